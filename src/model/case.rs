//! Lower case for matching (the guide's search, file names, the seminar's
//! roles), for the letters Danish text uses: ASCII, Latin-1 (Æ, Ø, Å, É, Ü …)
//! and Latin Extended-A (Ł, Š, Ž …). Other letters are kept as they are.
//!
//! Not `char::to_lowercase`: its table of every script's letters is 11.7 KB
//! of wasm (4.9 KB gzip) in each area that searches, names a file or groups
//! roles, for letters no Danish user types. Both sides of a comparison go
//! through the same function, so matching stays consistent.

/// `c` in lower case, where it is a capital of ASCII, Latin-1 or Latin
/// Extended-A; otherwise `c`.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A => u + 0x20,
        // Latin-1 capitals, but not × (multiplication sign).
        0xC0..=0xDE if u != 0xD7 => u + 0x20,
        // İ: "i" (to_lowercase gives "i" and a combining dot).
        0x130 => 0x69,
        // Pairs of a capital and its small letter, the capital first.
        0x100..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E if !u.is_multiple_of(2) => u + 1,
        0x178 => 0xFF,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

/// `text` in lower case ([`lower`] for each character).
pub fn lowercase(text: &str) -> String {
    text.chars().map(lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_capitals_are_lowered() {
        assert_eq!(
            lowercase("ÆBLE, ØL OG ÅL – Ledelse"),
            "æble, øl og ål – ledelse"
        );
        assert_eq!(lowercase("Škoda Łódź É × ß"), "škoda łódź é × ß");
    }

    #[test]
    fn the_same_as_the_standard_library_for_the_letters_it_covers() {
        for u in 0..0x180u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let std: Vec<char> = c.to_lowercase().collect();
            let expected = if u == 0x130 { 'i' } else { std[0] };
            if std.len() == 1 || u == 0x130 {
                assert_eq!(lower(c), expected, "U+{u:04X} {c}");
            }
        }
    }

    #[test]
    fn other_scripts_are_kept() {
        assert_eq!(lowercase("ΑΒΓ Дом"), "ΑΒΓ Дом");
    }
}
