//! Why a link or an answer file cannot be read, and how that is said to the
//! user: each error names a key of `[codec_error]` in
//! `src/content/da/ui_seminar.toml`.

/// Why a link or file cannot be read. [`CodecError::message_da`] says it to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodecError {
    /// Nothing was pasted.
    Empty,
    /// Longer than any link or file the app makes.
    TooLong,
    /// Not a link or file of the seminar (garbage, another app's link, …).
    NotALink,
    /// Made by another version of the app.
    UnknownVersion(u32),
    /// Truncated, altered or otherwise broken.
    Damaged,
    /// The answers belong to another seminar (its title, when the file says).
    OtherSeminar { title: Option<String> },
    /// The answers were given to an earlier item list of this seminar.
    ChangedSeminar,
    /// The invitation names an item this version of the guide does not know.
    UnknownItem(String),
    /// Not one answer per item of the seminar.
    WrongLength,
}

impl CodecError {
    /// One of each kind, for the tests that check every key has a text.
    pub fn examples() -> [CodecError; 10] {
        [
            CodecError::Empty,
            CodecError::TooLong,
            CodecError::NotALink,
            CodecError::UnknownVersion(2),
            CodecError::Damaged,
            CodecError::OtherSeminar {
                title: Some("Seminar 2027".into()),
            },
            CodecError::OtherSeminar { title: None },
            CodecError::ChangedSeminar,
            CodecError::UnknownItem("ind-99".into()),
            CodecError::WrongLength,
        ]
    }

    key_and_text! {
        /// The interface text key of the message.
        key,
        /// The text of [`Self::key`].
        text;
        CodecError::Empty => "codec_error.empty",
        CodecError::TooLong => "codec_error.too_long",
        CodecError::NotALink => "codec_error.not_a_link",
        CodecError::UnknownVersion(_) => "codec_error.unknown_version",
        CodecError::Damaged => "codec_error.damaged",
        CodecError::OtherSeminar { title: Some(_) } => "codec_error.other_seminar_titled",
        CodecError::OtherSeminar { title: None } => "codec_error.other_seminar",
        CodecError::ChangedSeminar => "codec_error.changed_seminar",
        CodecError::UnknownItem(_) => "codec_error.unknown_item",
        CodecError::WrongLength => "codec_error.wrong_length",
    }

    /// What went wrong and what to do, in Danish, for the user: the text of
    /// [`CodecError::key`] with its placeholder filled in.
    pub fn message_da(&self) -> String {
        let text = self.text();
        match self {
            CodecError::UnknownVersion(v) => text.replace("{v}", &v.to_string()),
            CodecError::OtherSeminar { title: Some(title) } => text.replace("{title}", title),
            CodecError::UnknownItem(id) => text.replace("{id}", id),
            _ => text.to_string(),
        }
    }
}

impl std::fmt::Display for CodecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_da())
    }
}

impl std::error::Error for CodecError {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_error_has_its_own_danish_message() {
        let mut seen = BTreeSet::new();
        for e in CodecError::examples() {
            let m = e.message_da();
            assert!(m.ends_with('.'), "{m}");
            assert!(!m.contains('{'), "placeholder left in {m}");
            assert!(seen.insert(m));
        }
        assert!(CodecError::OtherSeminar {
            title: Some("Forårsseminar".into())
        }
        .message_da()
        .contains("Forårsseminar"));
        assert!(CodecError::UnknownVersion(2).message_da().contains('2'));
        assert!(CodecError::UnknownItem("ind-99".into())
            .message_da()
            .contains("ind-99"));
    }
}
