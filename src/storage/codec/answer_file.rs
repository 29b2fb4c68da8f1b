//! The answer file, for when links cannot be sent: a JSON envelope
//! (`storage::schema`) of kind `seminar-response` with the seminar's id,
//! title and fingerprint and the response.

use super::answer::check_fit;
use super::frame::clip;
use super::{
    CodecError, MAX_FILE_BYTES, MAX_ID_BYTES, MAX_NAME_CHARS, MAX_ROLE_CHARS, RESPONSE_FILE_KIND,
};
use crate::model::seminar::{Response, SeminarDef};
use crate::storage::schema::{self, DecodeError};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct ResponseFile {
    seminar: String,
    title: String,
    /// [`SeminarDef::fingerprint`] as 8 hex digits.
    fingerprint: String,
    response: Response,
}

/// An answer as a file (JSON), for when links cannot be sent.
pub fn encode_response_file(r: &Response, def: &SeminarDef) -> String {
    schema::encode(
        RESPONSE_FILE_KIND,
        &ResponseFile {
            seminar: def.id.clone(),
            title: def.title.clone(),
            fingerprint: format!("{:08x}", def.fingerprint()),
            response: r.clone(),
        },
    )
}

/// Reads an answer file for the seminar `def`.
pub fn decode_response_file(text: &str, def: &SeminarDef) -> Result<Response, CodecError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(CodecError::TooLong);
    }
    let text = text.trim_start_matches('\u{feff}').trim();
    if text.is_empty() {
        return Err(CodecError::Empty);
    }
    let env: schema::Envelope = serde_json::from_str(text).map_err(|_| CodecError::NotALink)?;
    if env.kind != RESPONSE_FILE_KIND {
        return Err(CodecError::NotALink);
    }
    let file: ResponseFile = schema::decode(RESPONSE_FILE_KIND, text).map_err(|e| match e {
        DecodeError::Newer(v) => CodecError::UnknownVersion(v),
        DecodeError::WrongKind(_) => CodecError::NotALink,
        DecodeError::Unreadable(_) => CodecError::Damaged,
    })?;
    let fingerprint =
        u32::from_str_radix(&file.fingerprint, 16).map_err(|_| CodecError::Damaged)?;
    check_fit(
        def,
        &file.seminar,
        fingerprint,
        file.response.ratings.len(),
        Some(&file.title),
    )?;
    let mut r = file.response;
    if r.seminar != file.seminar
        || r.participant.is_empty()
        || r.participant.len() > MAX_ID_BYTES
        || !r.at.is_finite()
    {
        return Err(CodecError::Damaged);
    }
    r.name = clip(r.name.trim(), MAX_NAME_CHARS).to_string();
    r.role = clip(r.role.trim(), MAX_ROLE_CHARS).to_string();
    Ok(r)
}
