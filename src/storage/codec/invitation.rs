//! The invitation link `i1…`: a seminar's definition (id, created, title,
//! roles, item list) packed into the fragment, so participants need nothing
//! but the link. The item list is text with runs of numbered ids shortened
//! (`ind-01,ind-02,…,ind-08` becomes `ind-01~8`).

use super::bytes::{put_id, put_str, put_varint, Reader};
use super::frame::{clip, millis, seal, unseal};
use super::paste::payload;
use super::{
    CodecError, INVITATION_KIND, INVITATION_MARKER, MAX_ITEMS, MAX_ROLES, MAX_ROLE_CHARS,
    MAX_TITLE_CHARS, VERSION,
};
use crate::content::Content;
use crate::model::seminar::SeminarDef;
use crate::model::sort::sort;

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
    let mut r = Reader::new(&body);
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
    r.finish()?;
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

/// The item list of [`encode_items`]; at most [`MAX_ITEMS`] ids, none twice.
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
    let mut sorted: Vec<&str> = items.iter().map(String::as_str).collect();
    sort(&mut sorted);
    if sorted.windows(2).any(|w| w[0] == w[1]) {
        return Err(CodecError::Damaged);
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
