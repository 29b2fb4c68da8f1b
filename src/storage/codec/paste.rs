//! Finding payloads in what the user pastes: a whole URL, its fragment or the
//! bare payload, one link or a block of them from a mail.

use super::{CodecError, MAX_LINK_CHARS, VERSION};

/// The payload of a pasted link: the part after `marker` when the text holds
/// it (a whole URL or its fragment), else the trimmed text itself (a bare
/// payload).
pub fn extract_payload<'a>(text: &'a str, marker: &str) -> &'a str {
    let t = text.trim();
    match (marker.is_empty(), t.rfind(marker)) {
        (false, Some(k)) => t[k + marker.len()..].trim(),
        _ => t,
    }
}

/// Splits a pasted block of links (one per line, or separated by any white
/// space) into single links, dropping the brackets and quotes mail programs
/// put around them.
pub fn split_links(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .map(|p| p.trim_matches(|c: char| "<>\"'()[]{},;".contains(c)))
        .filter(|p| !p.is_empty())
        .collect()
}

/// The payload of `text`, with the checks every link shares: not too long,
/// not empty, the `kind` letter and the version digit this app reads.
pub(super) fn payload<'a>(text: &'a str, marker: &str, kind: char) -> Result<&'a str, CodecError> {
    if text.len() > MAX_LINK_CHARS {
        return Err(CodecError::TooLong);
    }
    let p = extract_payload(text, marker);
    if p.is_empty() {
        return Err(CodecError::Empty);
    }
    let mut chars = p.chars();
    if chars.next() != Some(kind) {
        return Err(CodecError::NotALink);
    }
    match chars.next().and_then(|c| c.to_digit(10)) {
        Some(VERSION) => Ok(p),
        Some(v) => Err(CodecError::UnknownVersion(v)),
        None => Err(CodecError::NotALink),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::codec::ANSWER_MARKER;

    #[test]
    fn pasted_links_are_found() {
        let m = ANSWER_MARKER;
        assert_eq!(
            extract_payload(" https://x.dk/hf/#/seminar/svar/s1abc.def \n", m),
            "s1abc.def"
        );
        assert_eq!(extract_payload("#/seminar/svar/s1abc", m), "s1abc");
        assert_eq!(extract_payload("s1abc", m), "s1abc");
        assert_eq!(extract_payload("", m), "");
        assert_eq!(
            split_links("<https://a/#/seminar/svar/s1a>\n\n  s1b,\t\"s1c\"  "),
            vec!["https://a/#/seminar/svar/s1a", "s1b", "s1c"]
        );
        assert!(split_links(" \n ").is_empty());
    }
}
