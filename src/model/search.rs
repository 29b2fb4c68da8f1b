//! Search across the whole guide: entries, glossary, methods, items, modules.
//!
//! Matching ignores case and spelling variants people type on a keyboard
//! without Danish letters (æ/ø/å as ae/oe/aa), and hyphens, so "fjerdedel"
//! finds "fjerdedels-reglen" and "boliganvisning" finds "bolig-anvisning".
//! Every word of the query must occur somewhere in a hit.

use crate::content::Content;
use crate::model::sort::sort_by;

/// What kind of page a hit leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HitKind {
    Entry,
    Term,
    Item,
    Module,
}

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub kind: HitKind,
    pub id: String,
    pub title: String,
    /// Where the hit lives, e.g. the section's title.
    pub place: String,
    /// The sentence in which the query was found.
    pub snippet: String,
    score: u32,
}

/// Folds text for matching: lower case ([`super::case`]), æ→ae, ø→oe, å→aa, accents dropped,
/// hyphens and soft punctuation removed, whitespace collapsed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut space = false;
    for ch in text.chars().map(super::case::lower) {
        let piece: &str = match ch {
            'æ' | 'ä' => "ae",
            'ø' | 'ö' => "oe",
            'å' => "aa",
            'é' | 'è' | 'ê' => "e",
            'ü' => "u",
            '-' | '\u{2010}' | '\u{2011}' | '\u{ad}' | '\'' | '’' => "",
            c if c.is_alphanumeric() || c == '§' => {
                space = false;
                out.push(c);
                continue;
            }
            _ => " ",
        };
        if piece == " " {
            if !space && !out.is_empty() {
                out.push(' ');
            }
            space = true;
        } else {
            space = false;
            out.push_str(piece);
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A searchable document: a title and texts in order of weight.
struct Doc<'a> {
    kind: HitKind,
    id: &'a str,
    title: &'a str,
    place: &'a str,
    texts: Vec<&'a str>,
}

/// A prepared index over one language's content.
pub struct Index<'a> {
    docs: Vec<(Doc<'a>, String, String)>,
}

impl<'a> Index<'a> {
    pub fn new(c: &'a Content) -> Self {
        let mut docs = Vec::new();
        for e in &c.guide.entries {
            let place = c
                .section(&e.section)
                .map(|s| s.title.as_str())
                .unwrap_or("");
            let mut texts = vec![e.summary.as_str()];
            texts.extend(e.body.iter().map(String::as_str));
            texts.extend(e.points.iter().map(String::as_str));
            for f in &e.facts {
                texts.push(&f.label);
                texts.push(&f.value);
            }
            docs.push(Doc {
                kind: HitKind::Entry,
                id: &e.id,
                title: &e.title,
                place,
                texts,
            });
        }
        for t in &c.guide.glossary {
            let mut texts: Vec<&str> = t.aliases.iter().map(String::as_str).collect();
            texts.push(&t.definition);
            docs.push(Doc {
                kind: HitKind::Term,
                id: &t.id,
                title: &t.term,
                place: t!("glossary.title"),
                texts,
            });
        }
        for i in &c.items.items {
            let place = c.driver(&i.driver).map(|d| d.name.as_str()).unwrap_or("");
            let advice = c.advice(&i.id).map(|a| a.advice.as_str()).unwrap_or("");
            let Some(text) = c.item_text(&i.id) else {
                continue;
            };
            let texts = vec![advice, text.level_1.as_str(), text.level_4.as_str()];
            docs.push(Doc {
                kind: HitKind::Item,
                id: &i.id,
                title: &text.statement,
                place,
                texts,
            });
        }
        // The modules' searchable text only: the guide's area carries that, not
        // the learning modules themselves (content `module_texts`).
        for m in &c.module_texts.modules {
            let texts = m.texts.iter().map(String::as_str).collect();
            docs.push(Doc {
                kind: HitKind::Module,
                id: &m.id,
                title: &m.title,
                place: t!("nav.learning"),
                texts,
            });
        }
        let docs = docs
            .into_iter()
            .map(|d| {
                let title = fold(d.title);
                let body = fold(&d.texts.join(" \u{1} "));
                (d, title, body)
            })
            .collect();
        Index { docs }
    }

    /// Hits for `query`, best first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Hit> {
        let words: Vec<String> = fold(query)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        if words.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = self
            .docs
            .iter()
            .filter_map(|(d, title, body)| {
                let mut score = 0;
                for w in &words {
                    if title.contains(w.as_str()) {
                        score += if title.starts_with(w.as_str()) {
                            30
                        } else {
                            20
                        };
                    } else if body.contains(w.as_str()) {
                        score += 5;
                    } else {
                        return None;
                    }
                }
                score += match d.kind {
                    HitKind::Entry => 3,
                    HitKind::Term => 2,
                    HitKind::Module => 1,
                    HitKind::Item => 0,
                };
                Some(Hit {
                    kind: d.kind,
                    id: d.id.to_string(),
                    title: d.title.to_string(),
                    place: d.place.to_string(),
                    snippet: snippet(&d.texts, &words),
                    score,
                })
            })
            .collect();
        sort_by(&mut hits, |a, b| {
            b.score.cmp(&a.score).then_with(|| a.title.cmp(&b.title))
        });
        hits.truncate(limit);
        hits
    }
}

/// The first sentence that holds the first query word, shortened.
fn snippet(texts: &[&str], words: &[String]) -> String {
    for t in texts {
        for sentence in t.split_inclusive(['.', '!', '?']) {
            let f = fold(sentence);
            if words.iter().any(|w| f.contains(w.as_str())) {
                return shorten(sentence.trim(), 180);
            }
        }
    }
    texts.first().map(|t| shorten(t, 180)).unwrap_or_default()
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&cut);
    format!("{cut} …")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_spells_danish_letters_as_on_an_english_keyboard() {
        assert_eq!(fold("Fjerdedels-reglen"), "fjerdedelsreglen");
        assert_eq!(
            fold("Boligsocial ANVISNING, § 59"),
            "boligsocial anvisning § 59"
        );
        assert_eq!(
            fold("Skæve boliger på Østerbro"),
            "skaeve boliger paa oesterbro"
        );
        assert_eq!(fold("  ét   ord  "), "et ord");
    }

    #[test]
    fn shortening_cuts_at_a_word() {
        assert_eq!(shorten("kort", 10), "kort");
        assert_eq!(shorten("et langt ord her", 9), "et langt …");
    }
}
