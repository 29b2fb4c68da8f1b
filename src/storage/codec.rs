//! Seminar invitations and answers as links and files: the only way they
//! travel between the facilitator's and the participants' devices, since
//! there is no server. Everything decoded here is untrusted input.
//!
//! # Links
//! A payload goes into a URL fragment (`#/seminar/svar/<payload>`), so it uses
//! URL-safe characters only. It starts with a kind letter and a version digit:
//!
//! - invitation `i1` + base64url (no padding) of: seminar id, created,
//!   title, roles, the item list, CRC-32.
//!   The item list is text, with runs of numbered ids shortened
//!   (`ind-01,ind-02,…,ind-08` becomes `ind-01~8`).
//! - answer `s1` + one character per item in the seminar's order
//!   (`1`–`4`, `v` Ved ikke, `r` Ikke relevant, `-` unanswered) + `.` +
//!   base64url of: seminar id, the seminar's fingerprint
//!   ([`SeminarDef::fingerprint`], FNV-1a of id and items), participant id,
//!   time, name, role, CRC-32.
//!
//! Numbers are LEB128 varints, strings a varint length and UTF-8; ids that are
//! lower-case hex (as `new_id` makes them) are packed two digits a byte. The
//! CRC-32 covers every character before it, kind and version included: CRC-32
//! finds every error burst up to 32 bits, so any single changed character
//! (at most 12 bits) is always caught. base64 is decoded strictly (no
//! padding, no stray bits), so every payload has one spelling only.
//!
//! # Files
//! An answer file is a JSON envelope (`storage::schema`) of kind
//! `seminar-response` with the seminar's id, title and fingerprint and the
//! response.
//!
//! # Limits
//! Inputs longer than [`MAX_LINK_CHARS`] / [`MAX_FILE_BYTES`] are refused
//! before anything else. Decoding allocates at most in proportion to the input,
//! expands item runs only up to [`MAX_ITEMS`] ids, uses no recursion of its own
//! (serde_json limits nesting to 128) and never panics. Encoding clips texts to
//! the same limits, so what is encoded always decodes.

use super::schema::{self, DecodeError};
use crate::content::Content;
use crate::model::rating::Rating;
use crate::model::seminar::{Response, SeminarDef};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

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
    /// What went wrong and what to do, in Danish, for the user.
    pub fn message_da(&self) -> String {
        match self {
            CodecError::Empty => "Der er ikke indsat noget. Indsæt et link, eller vælg en fil.".into(),
            CodecError::TooLong => {
                "Teksten er for lang til at være et link eller en svarfil fra Housing First-guiden."
                    .into()
            }
            CodecError::NotALink => {
                "Det indsatte er ikke et link eller en fil fra Housing First-guidens seminar."
                    .into()
            }
            CodecError::UnknownVersion(v) => format!(
                "Linket er lavet med en anden version af Housing First-guiden (format {v}). \
                 Genindlæs siden, så du har den nyeste version, og prøv igen."
            ),
            CodecError::Damaged => "Linket er beskadiget eller ufuldstændigt – måske er det ikke \
                 kopieret helt med. Bed afsenderen om at sende det igen."
                .into(),
            CodecError::OtherSeminar { title: Some(t) } => {
                format!("Svarene hører til et andet seminar ({t}).")
            }
            CodecError::OtherSeminar { title: None } => {
                "Svarene hører til et andet seminar.".into()
            }
            CodecError::ChangedSeminar => "Svarene er givet til en tidligere udgave af \
                 seminaret med andre spørgsmål. Bed deltageren åbne den nye invitation og svare igen."
                .into(),
            CodecError::UnknownItem(id) => format!(
                "Invitationen indeholder et spørgsmål ({id}), som denne version af guiden ikke \
                 kender. Genindlæs siden for at få den nyeste version."
            ),
            CodecError::WrongLength => "Antallet af svar passer ikke til seminarets spørgsmål. \
                 Bed deltageren svare igen via invitationen."
                .into(),
        }
    }
}

impl std::fmt::Display for CodecError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_da())
    }
}

impl std::error::Error for CodecError {}

// ---------------------------------------------------------------- pasting

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

/// The payload of `text`, with the checks every link shares.
fn payload<'a>(text: &'a str, marker: &str, kind: char) -> Result<&'a str, CodecError> {
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

// ------------------------------------------------------------- invitation

/// The invitation payload (without route); texts longer than the limits are clipped.
pub fn encode_invitation(def: &SeminarDef) -> String {
    let mut w = Vec::new();
    put_id(&mut w, &def.id);
    put_varint(&mut w, millis(def.created));
    put_str(&mut w, clip(&def.title, MAX_TITLE_CHARS));
    let roles = &def.roles[..def.roles.len().min(MAX_ROLES)];
    put_varint(&mut w, roles.len() as u64);
    for r in roles {
        put_str(&mut w, clip(r, MAX_ROLE_CHARS));
    }
    let items = &def.items[..def.items.len().min(MAX_ITEMS)];
    put_str(&mut w, &encode_items(items));
    seal(format!("{INVITATION_KIND}{VERSION}"), None, w)
}

/// Reads an invitation: a whole link, its fragment or the bare payload.
pub fn decode_invitation(s: &str, c: &Content) -> Result<SeminarDef, CodecError> {
    let p = payload(s, INVITATION_MARKER, INVITATION_KIND)?;
    let body = unseal(&p[..2], None, &p[2..])?;
    let mut r = Reader(&body);
    let id = r.id()?;
    let created = r.varint()? as f64;
    let title = r.text(MAX_TITLE_CHARS)?;
    let n_roles = r.varint()?;
    if n_roles > MAX_ROLES as u64 {
        return Err(CodecError::Damaged);
    }
    let mut roles = Vec::new();
    for _ in 0..n_roles {
        roles.push(r.text(MAX_ROLE_CHARS)?);
    }
    let items = decode_items(&r.text(usize::MAX)?)?;
    if !r.0.is_empty() {
        return Err(CodecError::Damaged);
    }
    if let Some(unknown) = items.iter().find(|i| c.item(i).is_none()) {
        return Err(CodecError::UnknownItem(clip(unknown, 40).to_string()));
    }
    Ok(SeminarDef {
        id,
        title,
        items,
        roles,
        created,
    })
}

/// `prefix` + a number of up to 9 digits, e.g. `("ind-", 1, 2)` for `ind-01`.
fn numbered(id: &str) -> Option<(&str, u32, usize)> {
    let digits = id.bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 9 {
        return None;
    }
    let (prefix, num) = id.split_at(id.len() - digits);
    Some((prefix, num.parse().ok()?, digits))
}

/// Item ids joined by `,`, runs of consecutive numbers as `first~last`.
fn encode_items(items: &[String]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < items.len() {
        let mut j = i + 1;
        if let Some((prefix, start, width)) = numbered(&items[i]) {
            while j < items.len()
                && numbered(&items[j]) == Some((prefix, start + (j - i) as u32, width))
            {
                j += 1;
            }
        }
        if !out.is_empty() {
            out.push(',');
        }
        out.push_str(&items[i]);
        if j - i > 1 {
            let last = numbered(&items[j - 1]).map_or(0, |n| n.1);
            out.push_str(&format!("~{last}"));
        }
        i = j;
    }
    out
}

fn decode_items(text: &str) -> Result<Vec<String>, CodecError> {
    let mut items = Vec::new();
    if text.is_empty() {
        return Ok(items);
    }
    for token in text.split(',') {
        if token.is_empty() || items.len() >= MAX_ITEMS {
            return Err(CodecError::Damaged);
        }
        match token.split_once('~') {
            None => items.push(token.to_string()),
            Some((first, last)) => {
                let (prefix, start, width) = numbered(first).ok_or(CodecError::Damaged)?;
                if last.is_empty()
                    || last.len() > width
                    || !last.bytes().all(|b| b.is_ascii_digit())
                {
                    return Err(CodecError::Damaged);
                }
                let end: u32 = last.parse().map_err(|_| CodecError::Damaged)?;
                if end <= start || (end - start) as usize >= MAX_ITEMS - items.len() {
                    return Err(CodecError::Damaged);
                }
                for n in start..=end {
                    items.push(format!("{prefix}{n:0width$}"));
                }
            }
        }
    }
    let mut seen = BTreeSet::new();
    if !items.iter().all(|i| seen.insert(i.as_str())) {
        return Err(CodecError::Damaged);
    }
    Ok(items)
}

// ----------------------------------------------------------------- answer

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
    let mut r = Reader(&body);
    let seminar = r.id()?;
    let fingerprint = r.u32()?;
    let participant = r.id()?;
    let at = r.varint()? as f64;
    let name = r.text(MAX_NAME_CHARS)?;
    let role = r.text(MAX_ROLE_CHARS)?;
    if !r.0.is_empty() {
        return Err(CodecError::Damaged);
    }
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

fn check_fit(
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

// ------------------------------------------------------------ answer file

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

// -------------------------------------------------------------- framing

/// `prefix`, then `text` and `.` when given, then base64url of `body` and the
/// CRC-32 of all before it.
fn seal(prefix: String, text: Option<&[u8]>, mut body: Vec<u8>) -> String {
    let mut crc = Crc::new();
    crc.update(prefix.as_bytes());
    let mut out = prefix;
    if let Some(text) = text {
        crc.update(text);
        crc.update(b".");
        out.push_str(std::str::from_utf8(text).unwrap_or_default());
        out.push('.');
    }
    crc.update(&body);
    body.extend_from_slice(&crc.finish().to_le_bytes());
    out.push_str(&base64url_encode(&body));
    out
}

/// Checks the CRC and returns the body without it.
fn unseal(prefix: &str, text: Option<&[u8]>, b64: &str) -> Result<Vec<u8>, CodecError> {
    let mut body = base64url_decode(b64).ok_or(CodecError::Damaged)?;
    if body.len() < 4 {
        return Err(CodecError::Damaged);
    }
    let stored = body.split_off(body.len() - 4);
    let mut crc = Crc::new();
    crc.update(prefix.as_bytes());
    if let Some(text) = text {
        crc.update(text);
        crc.update(b".");
    }
    crc.update(&body);
    if crc.finish().to_le_bytes()[..] != stored[..] {
        return Err(CodecError::Damaged);
    }
    Ok(body)
}

fn millis(t: f64) -> u64 {
    if t.is_finite() && t > 0.0 {
        t.min(9_007_199_254_740_992.0) as u64
    } else {
        0
    }
}

/// At most `max` chars of `s`, cut at a char boundary.
fn clip(s: &str, max: usize) -> &str {
    match s.char_indices().nth(max) {
        Some((k, _)) => &s[..k],
        None => s,
    }
}

fn put_varint(w: &mut Vec<u8>, mut v: u64) {
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

fn put_str(w: &mut Vec<u8>, s: &str) {
    put_varint(w, s.len() as u64);
    w.extend_from_slice(s.as_bytes());
}

fn is_hex_id(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// An id: varint (length × 2 + hex flag), then the text or its hex digits
/// packed two a byte (an odd count padded with a zero digit).
fn put_id(w: &mut Vec<u8>, id: &str) {
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
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], CodecError> {
        if n > self.0.len() {
            return Err(CodecError::Damaged);
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    fn varint(&mut self) -> Result<u64, CodecError> {
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

    fn u32(&mut self) -> Result<u32, CodecError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A string of at most `max_chars` characters.
    fn text(&mut self, max_chars: usize) -> Result<String, CodecError> {
        let n = usize::try_from(self.varint()?).map_err(|_| CodecError::Damaged)?;
        let s = std::str::from_utf8(self.take(n)?).map_err(|_| CodecError::Damaged)?;
        if s.chars().nth(max_chars).is_some() {
            return Err(CodecError::Damaged);
        }
        Ok(s.to_string())
    }

    fn id(&mut self) -> Result<String, CodecError> {
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

// --------------------------------------------------------------- base64url

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648 § 5).
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.len();
        let v = (chunk[0] as u32) << 16
            | (chunk.get(1).copied().unwrap_or(0) as u32) << 8
            | chunk.get(2).copied().unwrap_or(0) as u32;
        for k in 0..=n {
            out.push(B64[(v >> (18 - 6 * k) & 0x3f) as usize] as char);
        }
    }
    out
}

/// Strict base64url without padding: `None` for any other character, an
/// impossible length or unused bits that are not zero.
pub fn base64url_decode(s: &str) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    if b.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(b.len() / 4 * 3 + 2);
    for chunk in b.chunks(4) {
        let mut v: u32 = 0;
        for (k, &c) in chunk.iter().enumerate() {
            let d = match c {
                b'A'..=b'Z' => c - b'A',
                b'a'..=b'z' => c - b'a' + 26,
                b'0'..=b'9' => c - b'0' + 52,
                b'-' => 62,
                b'_' => 63,
                _ => return None,
            };
            v |= (d as u32) << (18 - 6 * k);
        }
        let bytes = [(v >> 16) as u8, (v >> 8) as u8, v as u8];
        let n = chunk.len() - 1;
        // The bits after the last whole byte must be zero.
        if n < 3 && bytes[n..].iter().any(|&x| x != 0) {
            return None;
        }
        out.extend_from_slice(&bytes[..n]);
    }
    Some(out)
}

// ------------------------------------------------------------------ CRC-32

/// CRC-32 (IEEE 802.3, as in zip and PNG), bit by bit: inputs are small.
struct Crc(u32);

impl Crc {
    fn new() -> Self {
        Crc(0xffff_ffff)
    }

    fn update(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= b as u32;
            for _ in 0..8 {
                self.0 = (self.0 >> 1) ^ (0xedb8_8320 & (self.0 & 1).wrapping_neg());
            }
        }
    }

    fn finish(&self) -> u32 {
        !self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc_4648_and_is_strict() {
        for (plain, enc) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url_encode(plain.as_bytes()), enc);
            assert_eq!(base64url_decode(enc).unwrap(), plain.as_bytes());
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode("Zh"), None, "stray bits");
        assert_eq!(base64url_decode("Zg=="), None, "padding");
        assert_eq!(base64url_decode("Z"), None, "impossible length");
        assert_eq!(base64url_decode("Zm+v"), None, "standard alphabet");
        let all: Vec<u8> = (0..=255).collect();
        assert_eq!(base64url_decode(&base64url_encode(&all)).unwrap(), all);
    }

    #[test]
    fn crc32_check_value() {
        let mut c = Crc::new();
        c.update(b"123456789");
        assert_eq!(c.finish(), 0xcbf4_3926);
    }

    #[test]
    fn varints_and_ids_round_trip() {
        for v in [0, 1, 127, 128, 300, 1_767_225_600_000, u64::MAX] {
            let mut w = Vec::new();
            put_varint(&mut w, v);
            let mut r = Reader(&w);
            assert_eq!(r.varint().unwrap(), v);
            assert!(r.0.is_empty());
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
            assert!(r.0.is_empty());
        }
        let mut w = Vec::new();
        put_id(&mut w, "19b8a7c6d5e4f3a2b1c");
        assert_eq!(w.len(), 11, "19 hex digits pack into 10 bytes");
    }

    #[test]
    fn runs_of_numbered_items_are_shortened() {
        let ids = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let items = ids(&[
            "ind-01", "ind-02", "ind-03", "kon-05", "pri-9", "pri-10", "x", "tja-1", "tja-2",
        ]);
        let text = encode_items(&items);
        assert_eq!(text, "ind-01~3,kon-05,pri-9,pri-10,x,tja-1~2");
        assert_eq!(decode_items(&text).unwrap(), items);
        assert_eq!(decode_items("").unwrap(), Vec::<String>::new());
        for bad in [
            "a,,b",
            "ind-01~1",
            "ind-05~3",
            "ind-01~100",
            "ind~3",
            "ind-01~",
            "ind-01~x",
            "a,a",
            "ind-01~2,ind-02",
            "t-1~999999999",
        ] {
            assert_eq!(decode_items(bad), Err(CodecError::Damaged), "{bad}");
        }
    }

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

    #[test]
    fn every_error_has_a_danish_message() {
        let all = [
            CodecError::Empty,
            CodecError::TooLong,
            CodecError::NotALink,
            CodecError::UnknownVersion(2),
            CodecError::Damaged,
            CodecError::OtherSeminar {
                title: Some("Forårsseminar".into()),
            },
            CodecError::OtherSeminar { title: None },
            CodecError::ChangedSeminar,
            CodecError::UnknownItem("ind-99".into()),
            CodecError::WrongLength,
        ];
        let mut seen = BTreeSet::new();
        for e in all {
            let m = e.message_da();
            assert!(m.ends_with('.'), "{m}");
            assert!(seen.insert(m));
        }
        assert!(CodecError::OtherSeminar {
            title: Some("Forårsseminar".into())
        }
        .message_da()
        .contains("Forårsseminar"));
        assert!(CodecError::UnknownVersion(2).message_da().contains('2'));
    }
}

/// Bodies with a valid CRC but arbitrary content: the parser behind the
/// checksum must refuse them without panicking, too.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz {
    use super::*;
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
        let mut b = base64url_decode(b64).unwrap();
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
