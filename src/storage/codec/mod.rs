//! Seminar invitations and answers as links and files: the only way they
//! travel between the facilitator's and the participants' devices, since
//! there is no server. Everything decoded here is untrusted input.
//!
//! One file per job:
//! - [`invitation`]: the invitation link `i1…` (the seminar's definition);
//! - [`answer`]: the answer link `s1…` (one character per item, then the rest);
//! - [`answer_file`]: the answer as a JSON file, when links cannot be sent;
//! - [`paste`]: finding payloads in pasted text;
//! - [`error`]: [`CodecError`] and its message keys;
//! - `frame` (prefix, base64url body, CRC-32), `bytes` (varints, strings,
//!   packed hex ids), `base64url` and `crc32`: the pieces of the wire format.
//!
//! # Links
//! A payload goes into a URL fragment (`#/seminar/svar/<payload>`), so it uses
//! URL-safe characters only. It starts with a kind letter and a version digit:
//!
//! - invitation `i1` + base64url (no padding) of: seminar id, created,
//!   title, roles, the item list, CRC-32.
//! - answer `s1` + one character per item in the seminar's order + `.` +
//!   base64url of: seminar id, the seminar's fingerprint
//!   ([`SeminarDef::fingerprint`](crate::model::seminar::SeminarDef::fingerprint),
//!   FNV-1a of id and items), participant id, time, name, role, CRC-32.
//!
//! The wire format is frozen: `tests/link_fixtures.rs` decodes links and a
//! file of format 1 committed in `tests/fixtures/links-1.json` and checks
//! that encoding gives them back byte for byte. A change of format is a new
//! version digit, with the old one still read.
//!
//! # Limits
//! Inputs longer than [`MAX_LINK_CHARS`] / [`MAX_FILE_BYTES`] are refused
//! before anything else. Decoding allocates at most in proportion to the input,
//! expands item runs only up to [`MAX_ITEMS`] ids, uses no recursion of its own
//! (serde_json limits nesting to 128) and never panics. Encoding clips texts to
//! the same limits, so what is encoded always decodes.

mod answer;
mod answer_file;
mod base64url;
mod bytes;
mod crc32;
mod error;
mod frame;
mod invitation;
mod paste;

pub use answer::{decode_response, encode_response};
pub use answer_file::{decode_response_file, encode_response_file};
pub use error::CodecError;
pub use invitation::{decode_invitation, encode_invitation};
pub use paste::{extract_payload, split_links};

/// The route part before an answer payload.
pub const ANSWER_MARKER: &str = "/seminar/svar/";
/// The route part before an invitation payload.
pub const INVITATION_MARKER: &str = "/seminar/deltag/";
/// The longest link (or pasted payload) looked at, in bytes.
pub const MAX_LINK_CHARS: usize = 20_000;
/// The largest answer file looked at, in bytes.
pub const MAX_FILE_BYTES: usize = 2_000_000;
/// Seminar and participant ids, in bytes.
pub const MAX_ID_BYTES: usize = 64;
pub const MAX_TITLE_CHARS: usize = 120;
pub const MAX_NAME_CHARS: usize = 60;
pub const MAX_ROLE_CHARS: usize = 40;
pub const MAX_ROLES: usize = 20;
/// Items a seminar can ask (the whole item bank has 66).
pub const MAX_ITEMS: usize = 200;
/// The envelope kind of an answer file.
pub const RESPONSE_FILE_KIND: &str = "seminar-response";

const INVITATION_KIND: char = 'i';
const ANSWER_KIND: char = 's';
const VERSION: u32 = 1;

/// Bodies with a valid CRC but arbitrary content: the parser behind the
/// checksum must refuse them without panicking, too.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz {
    use super::frame::seal;
    use super::*;
    use crate::model::seminar::{Response, SeminarDef};
    use proptest::prelude::*;

    fn def() -> SeminarDef {
        SeminarDef {
            id: "19b8a7c6d5e4f3a2b1c".into(),
            title: "Seminar".into(),
            items: vec!["ind-01".into(), "ind-02".into(), "led-01".into()],
            roles: vec!["Ledelse".into()],
            created: 1.0,
        }
    }

    /// The body of a valid payload, without its CRC.
    fn body_of(b64: &str) -> Vec<u8> {
        let mut b = base64url::decode(b64).unwrap();
        b.truncate(b.len() - 4);
        b
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn sealed_arbitrary_bodies_never_panic(
            keep in 0usize..80,
            tail in prop::collection::vec(any::<u8>(), 0..120),
            ratings in "[-1234vr]{0,5}",
        ) {
            let c = crate::content::da();
            let def = def();
            let r = Response {
                seminar: def.id.clone(),
                participant: "abc".into(),
                name: "Navn".into(),
                role: "Ledelse".into(),
                ratings: vec![None; 3],
                at: 5.0,
            };
            let link = encode_response(&r, &def);
            let (_, b64) = link[2..].split_once('.').unwrap();
            let mut body = body_of(b64);
            body.truncate(keep);
            body.extend_from_slice(&tail);
            let sealed = seal("s1".into(), Some(ratings.as_bytes()), body);
            if let Ok(back) = decode_response(&sealed, &def) {
                prop_assert_eq!(back.ratings.len(), def.items.len());
                prop_assert_eq!(back.seminar, def.id.clone());
            }

            let mut body = body_of(&encode_invitation(&def)[2..]);
            body.truncate(keep);
            body.extend_from_slice(&tail);
            let sealed = seal("i1".into(), None, body);
            if let Ok(back) = decode_invitation(&sealed, c) {
                prop_assert!(back.items.len() <= MAX_ITEMS);
                prop_assert!(back.items.iter().all(|i| c.item(i).is_some()));
            }
        }
    }
}
