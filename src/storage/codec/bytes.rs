//! The fields of a link's body: numbers as LEB128 varints, strings as a
//! varint length and UTF-8; ids that are lower-case hex (as `new_id` makes
//! them) packed two digits a byte. [`Reader`] checks every length against
//! what is left, so a hostile body can make it allocate no more than the
//! body's size.

use super::{CodecError, MAX_ID_BYTES};

pub(super) fn put_varint(w: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            w.push(b);
            return;
        }
        w.push(b | 0x80);
    }
}

pub(super) fn put_str(w: &mut Vec<u8>, s: &str) {
    put_varint(w, s.len() as u64);
    w.extend_from_slice(s.as_bytes());
}

fn is_hex_id(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// An id: varint (length × 2 + hex flag), then the text or its hex digits
/// packed two a byte (an odd count padded with a zero digit). Ids longer
/// than [`MAX_ID_BYTES`] are cut.
pub(super) fn put_id(w: &mut Vec<u8>, id: &str) {
    let mut cut = id.len().min(MAX_ID_BYTES);
    while !id.is_char_boundary(cut) {
        cut -= 1;
    }
    let id = &id[..cut];
    if is_hex_id(id) {
        put_varint(w, (id.len() as u64) << 1 | 1);
        let digits: Vec<u8> = id.bytes().map(hex_value).collect();
        for pair in digits.chunks(2) {
            w.push(pair[0] << 4 | pair.get(1).copied().unwrap_or(0));
        }
    } else {
        put_varint(w, (id.len() as u64) << 1);
        w.extend_from_slice(id.as_bytes());
    }
}

fn hex_value(b: u8) -> u8 {
    match b {
        b'0'..=b'9' => b - b'0',
        _ => b - b'a' + 10,
    }
}

/// Reads the fields of a body; every length is checked against what is left.
pub(super) struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    pub(super) fn new(body: &'a [u8]) -> Self {
        Reader(body)
    }

    /// `Ok` when every byte has been read: a body with more is damaged.
    pub(super) fn finish(&self) -> Result<(), CodecError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(CodecError::Damaged)
        }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], CodecError> {
        if n > self.0.len() {
            return Err(CodecError::Damaged);
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    pub(super) fn varint(&mut self) -> Result<u64, CodecError> {
        let mut v: u64 = 0;
        for i in 0..10 {
            let b = *self.take(1)?.first().ok_or(CodecError::Damaged)?;
            let part = (b & 0x7f) as u64;
            if i == 9 && part > 1 {
                return Err(CodecError::Damaged);
            }
            v |= part << (7 * i);
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(CodecError::Damaged)
    }

    pub(super) fn u32(&mut self) -> Result<u32, CodecError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A string of at most `max_chars` characters.
    pub(super) fn text(&mut self, max_chars: usize) -> Result<String, CodecError> {
        let n = usize::try_from(self.varint()?).map_err(|_| CodecError::Damaged)?;
        let s = std::str::from_utf8(self.take(n)?).map_err(|_| CodecError::Damaged)?;
        if s.chars().nth(max_chars).is_some() {
            return Err(CodecError::Damaged);
        }
        Ok(s.to_string())
    }

    pub(super) fn id(&mut self) -> Result<String, CodecError> {
        let head = self.varint()?;
        let len = (head >> 1) as usize;
        if len == 0 || len > MAX_ID_BYTES {
            return Err(CodecError::Damaged);
        }
        if head & 1 == 0 {
            let s = std::str::from_utf8(self.take(len)?).map_err(|_| CodecError::Damaged)?;
            return Ok(s.to_string());
        }
        let packed = self.take(len.div_ceil(2))?;
        if len % 2 == 1 && packed.last().is_some_and(|b| b & 0x0f != 0) {
            return Err(CodecError::Damaged);
        }
        const HEX: &[u8; 16] = b"0123456789abcdef";
        Ok(packed
            .iter()
            .flat_map(|b| [HEX[(b >> 4) as usize], HEX[(b & 0x0f) as usize]])
            .take(len)
            .map(char::from)
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_and_ids_round_trip() {
        for v in [0, 1, 127, 128, 300, 1_767_225_600_000, u64::MAX] {
            let mut w = Vec::new();
            put_varint(&mut w, v);
            let mut r = Reader(&w);
            assert_eq!(r.varint().unwrap(), v);
            assert_eq!(r.finish(), Ok(()));
        }
        assert_eq!(
            Reader(&[0xff; 11]).varint(),
            Err(CodecError::Damaged),
            "too long"
        );
        for id in ["19b8a7c6d5e4f3a2b1c", "abc", "a", "P-1", "æøå", "00"] {
            let mut w = Vec::new();
            put_id(&mut w, id);
            let mut r = Reader(&w);
            assert_eq!(r.id().unwrap(), id);
            assert_eq!(r.finish(), Ok(()));
        }
        let mut w = Vec::new();
        put_id(&mut w, "19b8a7c6d5e4f3a2b1c");
        assert_eq!(w.len(), 11, "19 hex digits pack into 10 bytes");
        assert_eq!(Reader(&[1]).finish(), Err(CodecError::Damaged));
    }
}
