//! The answer link `s1…`: a participant's ratings, one character per item in
//! the seminar's order (`1`–`4`, `v` Ved ikke, `r` Ikke relevant, `-`
//! unanswered), then `.` and the sealed body: seminar id, the seminar's
//! fingerprint ([`SeminarDef::fingerprint`]), participant id, time, name,
//! role. Short enough to send in a chat.

use super::bytes::{put_id, put_str, put_varint, Reader};
use super::frame::{clip, millis, seal, unseal};
use super::paste::payload;
use super::{
    CodecError, ANSWER_KIND, ANSWER_MARKER, MAX_NAME_CHARS, MAX_ROLE_CHARS, MAX_TITLE_CHARS,
    VERSION,
};
use crate::model::rating::Rating;
use crate::model::seminar::{Response, SeminarDef};

/// The answer payload (without route) for `r`, given to the seminar `def`:
/// short, one character per item. Name and role are trimmed and clipped to
/// their limits.
pub fn encode_response(r: &Response, def: &SeminarDef) -> String {
    let ratings: String = r.ratings.iter().map(|x| rating_char(*x)).collect();
    let mut w = Vec::new();
    put_id(&mut w, &r.seminar);
    w.extend_from_slice(&def.fingerprint().to_le_bytes());
    put_id(&mut w, &r.participant);
    put_varint(&mut w, millis(r.at));
    put_str(&mut w, clip(r.name.trim(), MAX_NAME_CHARS));
    put_str(&mut w, clip(r.role.trim(), MAX_ROLE_CHARS));
    seal(
        format!("{ANSWER_KIND}{VERSION}"),
        Some(ratings.as_bytes()),
        w,
    )
}

/// Reads a participant's answer link for the seminar `def`.
pub fn decode_response(s: &str, def: &SeminarDef) -> Result<Response, CodecError> {
    let p = payload(s, ANSWER_MARKER, ANSWER_KIND)?;
    let (ratings, rest) = p[2..].split_once('.').ok_or(CodecError::Damaged)?;
    let body = unseal(&p[..2], Some(ratings.as_bytes()), rest)?;
    let ratings = ratings
        .chars()
        .map(rating_from_char)
        .collect::<Option<Vec<_>>>()
        .ok_or(CodecError::Damaged)?;
    let mut r = Reader::new(&body);
    let seminar = r.id()?;
    let fingerprint = r.u32()?;
    let participant = r.id()?;
    let at = r.varint()? as f64;
    let name = r.text(MAX_NAME_CHARS)?;
    let role = r.text(MAX_ROLE_CHARS)?;
    r.finish()?;
    check_fit(def, &seminar, fingerprint, ratings.len(), None)?;
    Ok(Response {
        seminar,
        participant,
        name,
        role,
        ratings,
        at,
    })
}

/// Do answers to `seminar` with `fingerprint` and `n` ratings belong to `def`?
/// `title` is the seminar title the answers name, if any (for the message).
pub(super) fn check_fit(
    def: &SeminarDef,
    seminar: &str,
    fingerprint: u32,
    n: usize,
    title: Option<&str>,
) -> Result<(), CodecError> {
    if seminar != def.id {
        return Err(CodecError::OtherSeminar {
            title: title.map(|t| clip(t, MAX_TITLE_CHARS).to_string()),
        });
    }
    if fingerprint != def.fingerprint() {
        return Err(CodecError::ChangedSeminar);
    }
    if n != def.items.len() {
        return Err(CodecError::WrongLength);
    }
    Ok(())
}

fn rating_char(r: Option<Rating>) -> char {
    match r {
        None => '-',
        Some(Rating::NotInPlace) => '1',
        Some(Rating::Started) => '2',
        Some(Rating::Partly) => '3',
        Some(Rating::Fully) => '4',
        Some(Rating::DontKnow) => 'v',
        Some(Rating::NotRelevant) => 'r',
    }
}

fn rating_from_char(c: char) -> Option<Option<Rating>> {
    Some(match c {
        '-' => None,
        '1' => Some(Rating::NotInPlace),
        '2' => Some(Rating::Started),
        '3' => Some(Rating::Partly),
        '4' => Some(Rating::Fully),
        'v' => Some(Rating::DontKnow),
        'r' => Some(Rating::NotRelevant),
        _ => return None,
    })
}
