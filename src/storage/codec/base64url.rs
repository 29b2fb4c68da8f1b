//! base64url without padding (RFC 4648 § 5), decoded strictly: no padding,
//! no other alphabet, no impossible length, no stray bits, so every payload
//! has one spelling only.

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.len();
        let v = (chunk[0] as u32) << 16
            | (chunk.get(1).copied().unwrap_or(0) as u32) << 8
            | chunk.get(2).copied().unwrap_or(0) as u32;
        for k in 0..=n {
            out.push(B64[(v >> (18 - 6 * k) & 0x3f) as usize] as char);
        }
    }
    out
}

/// Strict base64url without padding: `None` for any other character, an
/// impossible length or unused bits that are not zero.
pub fn decode(s: &str) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    if b.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(b.len() / 4 * 3 + 2);
    for chunk in b.chunks(4) {
        let mut v: u32 = 0;
        for (k, &c) in chunk.iter().enumerate() {
            let d = match c {
                b'A'..=b'Z' => c - b'A',
                b'a'..=b'z' => c - b'a' + 26,
                b'0'..=b'9' => c - b'0' + 52,
                b'-' => 62,
                b'_' => 63,
                _ => return None,
            };
            v |= (d as u32) << (18 - 6 * k);
        }
        let bytes = [(v >> 16) as u8, (v >> 8) as u8, v as u8];
        let n = chunk.len() - 1;
        // The bits after the last whole byte must be zero.
        if n < 3 && bytes[n..].iter().any(|&x| x != 0) {
            return None;
        }
        out.extend_from_slice(&bytes[..n]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc_4648_and_is_strict() {
        for (plain, enc) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(plain.as_bytes()), enc);
            assert_eq!(decode(enc).unwrap(), plain.as_bytes());
        }
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(decode("Zh"), None, "stray bits");
        assert_eq!(decode("Zg=="), None, "padding");
        assert_eq!(decode("Z"), None, "impossible length");
        assert_eq!(decode("Zm+v"), None, "standard alphabet");
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(decode(&encode(&all)).unwrap(), all);
    }
}
