//! QR codes for the seminar's links, as an SVG path (one square per dark
//! module), so the UI draws them with no image and no request anywhere.

use qrcodegen::{QrCode, QrCodeEcc};

/// A QR code ready to draw: `size` modules square plus a 4-module quiet zone.
#[derive(Debug, Clone, PartialEq)]
pub struct Qr {
    /// The SVG `viewBox` side, quiet zone included.
    pub side: i32,
    /// An SVG path `d` with one unit square per dark module.
    pub path: String,
}

/// The quiet zone around every code, in modules (the standard's minimum).
pub const QUIET_ZONE: i32 = 4;

/// A QR code's modules, without the quiet zone: `size` × `size`, row by row,
/// `true` for dark. What [`qr`] draws; the scanner's tests render it too.
#[derive(Debug, Clone, PartialEq)]
pub struct Modules {
    pub size: i32,
    pub dark: Vec<bool>,
}

impl Modules {
    /// Whether the module at column `x`, row `y` is dark (outside: light).
    pub fn get(&self, x: i32, y: i32) -> bool {
        (0..self.size).contains(&x)
            && (0..self.size).contains(&y)
            && self.dark[(y * self.size + x) as usize]
    }
}

/// Encodes `text` (a link) with medium error correction; `None` if too long.
pub fn modules(text: &str) -> Option<Modules> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let dark = (0..n * n).map(|i| code.get_module(i % n, i / n)).collect();
    Some(Modules { size: n, dark })
}

/// Encodes `text` (a link) with medium error correction; `None` if too long.
pub fn qr(text: &str) -> Option<Qr> {
    let code = modules(text)?;
    let n = code.size;
    let quiet = QUIET_ZONE;
    let mut path = String::with_capacity((n * n) as usize * 4);
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if code.get(x, y) {
                let start = x;
                while x < n && code.get(x, y) {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + quiet,
                    y + quiet,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Some(Qr {
        side: n + 2 * quiet,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_square_code_with_a_quiet_zone() {
        let q = qr("http://127.0.0.1:8080/#/seminar/deltag/i1abc").unwrap();
        assert!(
            q.side >= 21 + 8 && (q.side - 8 - 21) % 4 == 0,
            "QR sizes are 21 + 4k modules"
        );
        assert!(
            q.path.starts_with("M4 4h7v1h-7z"),
            "the finder pattern's top row: {}",
            &q.path[..20]
        );
        assert!(qr(&"x".repeat(5000)).is_none(), "too long for any QR code");
    }
}
