//! HTML text for the rating scale of a statement: the six options with what
//! each level looks like. A group of ten statements has some 400 elements of
//! the guide's own text; built as one string and parsed by the browser in one
//! step, a group appears several times faster than built element by element
//! (bench/RESULTS.md, "Next group").
//!
//! The one place the app builds markup as text. Every text that goes in is
//! escaped ([`escape`]); only the guide's content (the item bank) and the
//! interface texts go in, never what a user typed: notes stay real elements
//! with their text set as text (`ui/components/rating_item.rs`).

use crate::content::ItemText;
use crate::model::rating::Rating;
use std::fmt::Write;

/// `text` with `& < > " '` as character references: safe in element content
/// and in a quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// What a rating looks like in practice for the item (none for Ved ikke and
/// Ikke relevant, or when the item bank leaves a middle step out).
pub fn descriptor(text: &ItemText, r: Rating) -> Option<&str> {
    match r {
        Rating::NotInPlace => Some(text.level_1.as_str()),
        Rating::Started => text.level_2.as_deref(),
        Rating::Partly => text.level_3.as_deref(),
        Rating::Fully => Some(text.level_4.as_str()),
        Rating::DontKnow | Rating::NotRelevant => None,
    }
}

/// The element id of an item's radio for a rating.
pub fn radio_id(item: &str, r: Rating) -> String {
    format!("r-{item}-{}", r.code())
}

/// The radios and labels of one item's scale (`text`: its level texts),
/// `checked` on the stored rating; `autofocus` marks the radio the page
/// focuses after navigation (the checked one, or the first).
pub fn scale(text: &ItemText, checked: Option<Rating>, autofocus: bool) -> String {
    let id = escape(&text.id);
    let mut out = String::with_capacity(2400);
    for r in Rating::ALL {
        let code = r.code();
        let aside = if r.score().is_none() {
            " rating-option--aside"
        } else {
            ""
        };
        let is_checked = checked == Some(r);
        let focus = autofocus && (is_checked || (checked.is_none() && r == Rating::NotInPlace));
        let _ = write!(
            out,
            "<div class=\"form-group-radio rating-option{aside}\">\
             <input type=\"radio\" class=\"form-radio\" id=\"r-{id}-{code}\" name=\"r-{id}\" value=\"{code}\"{}{}>\
             <label for=\"r-{id}-{code}\"><span class=\"rating-option__label\">\
             <span class=\"rating-option__key\" aria-hidden=\"true\">{}</span>{}</span>",
            if focus { " data-autofocus=\"true\"" } else { "" },
            if is_checked { " checked" } else { "" },
            r.shortcut(),
            escape(r.label()),
        );
        if let Some(d) = descriptor(text, r) {
            let _ = write!(
                out,
                "<span class=\"rating-option__desc\">{}</span>",
                escape(d)
            );
        }
        out.push_str("</label></div>");
    }
    out
}
