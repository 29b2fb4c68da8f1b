//! The QR decoder behind the seminar's camera (`ui/pages/seminar/scan.rs`):
//! a grey frame in, the texts of the codes in it out.
//!
//! It is its own crate so that the release build can make it a WebAssembly
//! module that shares nothing with the app (`tools/build-wasm.mjs`): a
//! `#[lazy]` module of the app's own would share interface code with every
//! area and split the chunks they share into many more files. The app's
//! native tests reach [`decode_grey`] through `model::scan::decode`, and an
//! unsplit build links it in directly.
//!
//! The module's interface (wasm32, feature `abi`) is three plain functions on its own
//! memory, no JavaScript glue: `hfg_alloc(len) -> ptr` for a frame's bytes,
//! `hfg_decode(ptr, width, height) -> out` (takes the frame; `out` is a
//! 4-byte little-endian length and that many bytes of the texts, one per
//! line) and `hfg_free(out, 4 + length)`.

/// At most this many codes are read from one frame.
pub const MAX_CODES_PER_FRAME: usize = 4;

/// The texts of the QR codes in a `width` × `height` grey frame (one byte a
/// pixel, rows top down) that decode cleanly, error correction included.
/// Empty when there is none or the sizes do not fit; never a panic.
pub fn decode_grey(pixels: &[u8], width: usize, height: usize) -> Vec<String> {
    if width == 0 || width.checked_mul(height) != Some(pixels.len()) {
        return Vec::new();
    }
    let mut img =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    img.detect_grids()
        .into_iter()
        .take(MAX_CODES_PER_FRAME)
        .filter_map(|g| g.decode().ok())
        .map(|(_, text)| text)
        .collect()
}

#[cfg(all(target_arch = "wasm32", feature = "abi"))]
mod abi {
    use super::decode_grey;

    /// Room for a frame of `len` bytes, for the caller to fill.
    #[no_mangle]
    pub extern "C" fn hfg_alloc(len: usize) -> *mut u8 {
        Box::into_raw(vec![0u8; len].into_boxed_slice()) as *mut u8
    }

    /// Decodes the frame at `ptr` (from [`hfg_alloc`], `width * height`
    /// bytes; freed here) and returns the answer (see the crate's doc).
    ///
    /// # Safety
    /// `ptr` must come from `hfg_alloc(width * height)` and not be used again.
    #[no_mangle]
    pub unsafe extern "C" fn hfg_decode(ptr: *mut u8, width: usize, height: usize) -> *mut u8 {
        let len = width.saturating_mul(height);
        let frame = Box::from_raw(core::ptr::slice_from_raw_parts_mut(ptr, len));
        let texts = decode_grey(&frame, width, height).join("\n").into_bytes();
        drop(frame);
        let mut out = Vec::with_capacity(4 + texts.len());
        out.extend_from_slice(&(texts.len() as u32).to_le_bytes());
        out.extend_from_slice(&texts);
        Box::into_raw(out.into_boxed_slice()) as *mut u8
    }

    /// Frees an answer of [`hfg_decode`]; `len` is 4 + its length.
    ///
    /// # Safety
    /// `ptr` must be an answer of `hfg_decode` of that length, freed once.
    #[no_mangle]
    pub unsafe extern "C" fn hfg_free(ptr: *mut u8, len: usize) {
        drop(Box::from_raw(core::ptr::slice_from_raw_parts_mut(ptr, len)));
    }
}
