//! CRC-32 (IEEE 802.3, as in zip and PNG), bit by bit: inputs are small.

pub(super) struct Crc32(u32);

impl Crc32 {
    pub(super) fn new() -> Self {
        Crc32(0xffff_ffff)
    }

    pub(super) fn update(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= b as u32;
            for _ in 0..8 {
                self.0 = (self.0 >> 1) ^ (0xedb8_8320 & (self.0 & 1).wrapping_neg());
            }
        }
    }

    pub(super) fn finish(&self) -> u32 {
        !self.0
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
