//! CRC-32 (IEEE 802.3, as in zip and PNG) from the `crc` crate, computed bit
//! by bit (`NoTable`): inputs are a few hundred bytes at most.
//!
//! Measured on the release wasm (opt-level z, LTO; before wasm-bindgen and
//! wasm-opt): `crc` with `NoTable` adds 0.5 KB over the hand-written loop it
//! replaced; `crc32fast` would add 17 KB (16.5 KB of it its slice-by-16
//! table, 16 KB gzipped), a tenth of the wasm budget, so it is not used.

static CRC: crc::Crc<u32, crc::NoTable> = crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC);

pub(super) struct Crc32(crc::Digest<'static, u32, crc::NoTable>);

impl Crc32 {
    pub(super) fn new() -> Self {
        Crc32(CRC.digest())
    }

    pub(super) fn update(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    pub(super) fn finish(&self) -> u32 {
        self.0.clone().finalize()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_check_value() {
        let mut c = Crc32::new();
        c.update(b"123456789");
        assert_eq!(c.finish(), 0xcbf4_3926);
    }
}
