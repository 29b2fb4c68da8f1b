//! The saved format: every value the app writes is an envelope
//! `{"schema": N, "kind": "...", "data": {...}}`. [`SCHEMA`] is the version this
//! build writes; [`migrate`] lifts older data one version at a time. Every
//! version ever released has a fixture in `tests/fixtures/schema-N/` that the
//! tests load.
//!
//! History:
//! - 1: first release. Kinds: `assessment`, `seminar`, `participation`,
//!   `learning`, `scenarios`, `backup`, `seminar-response` (answer files).

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The version this build writes.
pub const SCHEMA: u32 = 1;

/// Prefix of every key the app owns in `localStorage`.
pub const PREFIX: &str = "hfg:";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    pub schema: u32,
    pub kind: String,
    pub data: Value,
}

/// Why a saved value cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum DecodeError {
    /// Not JSON, or not an envelope, or the data does not fit.
    Unreadable(String),
    /// Written by a newer version of the app: leave it alone.
    Newer(u32),
    /// An envelope of another kind than expected.
    WrongKind(String),
}

/// An envelope read straight into its data's type.
#[derive(Deserialize)]
struct Typed<T> {
    schema: u32,
    kind: String,
    data: T,
}

/// An envelope's version and kind, its data skipped.
#[derive(Deserialize)]
struct Header {
    schema: u32,
    kind: String,
}

/// Wraps data of `kind` in the current envelope. Through a `Value`, whose
/// map keeps its keys sorted: the written text is the same for the same data
/// (an answer file's fixture checks it byte for byte).
pub fn encode<T: Serialize>(kind: &str, data: &T) -> String {
    let env = Envelope {
        schema: SCHEMA,
        kind: kind.to_string(),
        data: serde_json::to_value(data).unwrap_or_else(|_| panic!("app data serialises")),
    };
    serde_json::to_string(&env).unwrap_or_else(|_| panic!("envelope serialises"))
}

/// Reads an envelope of `kind`, migrating older versions.
///
/// Current data of the right kind is read in one pass into `T`; anything
/// else goes to [`lift`], which says why it cannot be used or lifts data of
/// an older version through [`migrate`] to a current envelope, read again
/// the same way. Only the one-pass read is generic: each stored kind's
/// reader is that and a call, not a copy of the checks.
pub fn decode<T: for<'de> Deserialize<'de>>(kind: &str, raw: &str) -> Result<T, DecodeError> {
    let read = |raw: &str| serde_json::from_str::<Typed<T>>(raw);
    let unfit = match read(raw) {
        Ok(env) if env.schema == SCHEMA && env.kind == kind => return Ok(env.data),
        Ok(_) => None,
        Err(e) => Some(e.to_string()),
    };
    let current = lift(kind, raw, unfit)?;
    read(&current)
        .map(|env| env.data)
        .map_err(|e| DecodeError::Unreadable(e.to_string()))
}

/// Why `raw` is not current data of `kind` (`unfit`: why its data did not
/// read, if it did not), or, for data of an older version, the current
/// envelope [`migrate`] lifts it to, as text.
fn lift(kind: &str, raw: &str, unfit: Option<String>) -> Result<String, DecodeError> {
    let unreadable = |e: serde_json::Error| DecodeError::Unreadable(e.to_string());
    let head: Header = serde_json::from_str(raw).map_err(unreadable)?;
    if head.schema > SCHEMA {
        return Err(DecodeError::Newer(head.schema));
    }
    if head.kind != kind {
        return Err(DecodeError::WrongKind(head.kind));
    }
    if head.schema == 0 {
        return Err(DecodeError::Unreadable("schema 0 has never existed".into()));
    }
    if head.schema == SCHEMA {
        // Current and of this kind, but the data does not fit.
        return Err(DecodeError::Unreadable(unfit.unwrap_or_default()));
    }
    let env: Envelope = serde_json::from_str(raw).map_err(unreadable)?;
    let lifted = Envelope {
        schema: SCHEMA,
        kind: env.kind,
        data: migrate(kind, env.schema, env.data)?,
    };
    Ok(serde_json::to_string(&lifted).unwrap_or_else(|_| panic!("envelope serialises")))
}

/// Lifts `data` of `kind` from `version` to [`SCHEMA`], one step per version.
pub fn migrate(kind: &str, version: u32, data: Value) -> Result<Value, DecodeError> {
    if version == 0 {
        return Err(DecodeError::Unreadable("schema 0 has never existed".into()));
    }
    let mut data = data;
    for v in version..SCHEMA {
        data = step(kind, v, data)?;
    }
    Ok(data)
}

/// One migration step from `from` to `from + 1`. Add an arm with each new version.
fn step(kind: &str, from: u32, _data: Value) -> Result<Value, DecodeError> {
    Err(DecodeError::Unreadable(format!(
        "no migration for {kind} from schema {from}"
    )))
}
