#![cfg(not(target_arch = "wasm32"))]
//! The wire format of seminar links and answer files is frozen: links and a
//! file made by format 1 (committed in `fixtures/links-1.json`) must keep
//! decoding to the same seminar and answers, and encoding those must give
//! the same text byte for byte. Participants may open an old invitation or
//! send an answer link long after it was made.

use housing_first_guiden::content::da;
use housing_first_guiden::model::seminar::{Response, SeminarDef};
use housing_first_guiden::storage::codec::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct Links {
    def: SeminarDef,
    responses: Vec<Response>,
    invitation: String,
    answer_links: Vec<String>,
    answer_file: String,
}

fn fixture() -> Links {
    serde_json::from_str(include_str!("fixtures/links-1.json")).expect("fixture parses")
}

/// What a link carries of a response: name and role trimmed.
fn as_sent(r: &Response) -> Response {
    Response {
        name: r.name.trim().to_string(),
        role: r.role.trim().to_string(),
        ..r.clone()
    }
}

#[test]
fn a_format_1_invitation_decodes_and_encodes_unchanged() {
    let f = fixture();
    assert_eq!(decode_invitation(&f.invitation, da()).unwrap(), f.def);
    let link = format!("https://example.dk/hf/#{INVITATION_MARKER}{}", f.invitation);
    assert_eq!(decode_invitation(&link, da()).unwrap(), f.def);
    assert_eq!(encode_invitation(&f.def), f.invitation);
}

#[test]
fn format_1_answer_links_decode_and_encode_unchanged() {
    let f = fixture();
    assert_eq!(f.answer_links.len(), f.responses.len());
    for (link, r) in f.answer_links.iter().zip(&f.responses) {
        assert_eq!(decode_response(link, &f.def).unwrap(), as_sent(r), "{link}");
        assert_eq!(&encode_response(r, &f.def), link);
    }
}

#[test]
fn a_format_1_answer_file_decodes_and_encodes_unchanged() {
    let f = fixture();
    let r = &f.responses[0];
    assert_eq!(
        decode_response_file(&f.answer_file, &f.def).unwrap(),
        as_sent(r)
    );
    assert_eq!(encode_response_file(r, &f.def), f.answer_file);
}
