//! The frame around a link's body: the kind-and-version prefix, an optional
//! plain text part, base64url of the body and a CRC-32 over every character
//! before it, kind and version included. CRC-32 finds every error burst up
//! to 32 bits, so any single changed character (at most 12 bits) is always
//! caught. Also the two clamps every encoder uses (`millis`, `clip`).

use super::base64url;
use super::crc32::Crc32;
use super::CodecError;

/// `prefix`, then `text` and `.` when given, then base64url of `body` and the
/// CRC-32 of all before it.
pub(super) fn seal(prefix: String, text: Option<&[u8]>, mut body: Vec<u8>) -> String {
    let mut crc = Crc32::new();
    crc.update(prefix.as_bytes());
    let mut out = prefix;
    if let Some(text) = text {
        crc.update(text);
        crc.update(b".");
        out.push_str(std::str::from_utf8(text).unwrap_or_default());
        out.push('.');
    }
    crc.update(&body);
    body.extend_from_slice(&crc.finish().to_le_bytes());
    out.push_str(&base64url::encode(&body));
    out
}

/// Checks the CRC and returns the body without it.
pub(super) fn unseal(prefix: &str, text: Option<&[u8]>, b64: &str) -> Result<Vec<u8>, CodecError> {
    let mut body = base64url::decode(b64).ok_or(CodecError::Damaged)?;
    if body.len() < 4 {
        return Err(CodecError::Damaged);
    }
    let stored = body.split_off(body.len() - 4);
    let mut crc = Crc32::new();
    crc.update(prefix.as_bytes());
    if let Some(text) = text {
        crc.update(text);
        crc.update(b".");
    }
    crc.update(&body);
    if crc.finish().to_le_bytes()[..] != stored[..] {
        return Err(CodecError::Damaged);
    }
    Ok(body)
}

/// A time in milliseconds as a whole number: 0 for anything not positive
/// and finite, at most 2^53 (the largest integer a JSON number keeps).
pub(super) fn millis(t: f64) -> u64 {
    if t.is_finite() && t > 0.0 {
        t.min(9_007_199_254_740_992.0) as u64
    } else {
        0
    }
}

/// At most `max` chars of `s`, cut at a char boundary.
pub(super) fn clip(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((k, _)) => &s[..k],
        None => s,
    }
}
