//! Parts drawn from the content at build time, so an area can read what it
//! needs of another part without carrying all of it: links to guide entries,
//! the entries the anchoring levels point at, the learning modules' searchable
//! text, the item bank's source references, and the items' advice (kept apart from
//! the item bank, which most areas read without it). `build.rs` writes each one from
//! the TOML files as a part of its own (see `content::Part`); the content tests
//! check that the compiled-in parts are these functions of the files.

use super::schema::*;
use serde::{Deserialize, Serialize};

/// Where each guide entry is and what it is called: what a page needs to link
/// to an entry without the guide's text (a participant's statements link to
/// their entry). `build.rs` writes it from `guide.toml` ([`EntryLinks::of`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntryLinks {
    pub entries: Vec<EntryLink>,
}

/// One guide entry's place and title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntryLink {
    pub id: String,
    pub section: String,
    pub title: String,
}

impl EntryLinks {
    /// The links of every entry of the guide, in the guide's order.
    pub fn of(guide: &Guide) -> Self {
        Self {
            entries: guide
                .entries
                .iter()
                .map(|e| EntryLink {
                    id: e.id.clone(),
                    section: e.section.clone(),
                    title: e.title.clone(),
                })
                .collect(),
        }
    }
}

/// The guide entries the anchoring levels point at ([`Level::guide`]: the
/// evaluation report's characteristics of each level), so the results page
/// shows them without the guide's text. `build.rs` writes it from
/// `guide.toml` and the item bank ([`LevelEntries::of`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LevelEntries {
    pub entries: Vec<Entry>,
}

impl LevelEntries {
    /// The entry of every level, in the levels' order, each once.
    pub fn of(guide: &Guide, items: &ItemBank) -> Self {
        let mut entries: Vec<Entry> = Vec::new();
        for level in &items.scoring.levels {
            if entries.iter().any(|e| e.id == level.guide) {
                continue;
            }
            if let Some(e) = guide.entries.iter().find(|e| e.id == level.guide) {
                entries.push(e.clone());
            }
        }
        Self { entries }
    }
}

/// What the guide's search reads of each learning module (its title, intro
/// and reading), so the guide carries that without the modules' questions and
/// sources. `build.rs` writes it from `learning.toml` ([`ModuleTexts::of`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleTexts {
    pub modules: Vec<ModuleText>,
}

/// A learning module's searchable text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModuleText {
    pub id: String,
    pub title: String,
    /// The intro, then the reading's paragraphs.
    pub texts: Vec<String>,
}

impl ModuleTexts {
    pub fn of(learning: &Learning) -> Self {
        Self {
            modules: learning
                .modules
                .iter()
                .map(|m| ModuleText {
                    id: m.id.clone(),
                    title: m.title.clone(),
                    texts: std::iter::once(&m.intro)
                        .chain(&m.reading)
                        .cloned()
                        .collect(),
                })
                .collect(),
        }
    }
}

/// The item bank's source references, kept apart from the item bank: only the
/// method checks' results show an item's sources, and the other areas read the
/// item bank without them (about 7 KB gzip less each). `build.rs` moves them
/// here ([`ItemSources::take`]), one part for the method checks' items and one
/// for the others (read only by the content tests); in the compiled-in item
/// bank every item's `source` is empty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemSources {
    pub items: Vec<ItemSource>,
}

/// The method checks' item sources: a type of its own, so that it is a part
/// of its own (`content::Part` finds a part's data by its type).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MethodItemSources(pub ItemSources);

/// One item's source references.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemSource {
    pub id: String,
    pub source: Vec<Source>,
}

impl ItemSources {
    /// Takes every item's sources out of `bank`: (the method checks' items,
    /// the others), each in the item bank's order.
    pub fn take(bank: &mut ItemBank) -> (MethodItemSources, Self) {
        let method_sections: Vec<String> = bank
            .sections
            .iter()
            .filter(|s| s.method.is_some())
            .map(|s| s.id.clone())
            .collect();
        let (mut methods, mut others) = (Vec::new(), Vec::new());
        for item in &mut bank.items {
            let taken = ItemSource {
                id: item.id.clone(),
                source: std::mem::take(&mut item.source),
            };
            if method_sections.contains(&item.section) {
                methods.push(taken);
            } else {
                others.push(taken);
            }
        }
        (
            MethodItemSources(Self { items: methods }),
            Self { items: others },
        )
    }

    /// The sources of item `id`, if this part has it.
    pub fn of(&self, id: &str) -> Option<&[Source]> {
        self.items
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.source.as_slice())
    }
}

/// The guide's advice and the tool's suggestion of each item, kept apart from
/// the item bank: only the self-assessment's results and the guide show them,
/// and they are close to half the bank's text, so a participant's page, the
/// seminar, the methods and Mine data read the item bank without them.
/// `build.rs` moves them here ([`Advices::take`]); in the compiled-in item
/// bank every item's `advice` is empty and its `suggestion` is `None`. Read
/// through `Content::advice`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Advices {
    pub items: Vec<Advice>,
}

/// One item's advice: the guide's own words, and the tool's suggestion if any.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Advice {
    pub id: String,
    pub advice: String,
    pub suggestion: Option<String>,
}

impl Advices {
    /// Takes every item's advice and suggestion out of `bank`, in its order.
    pub fn take(bank: &mut ItemBank) -> Self {
        Self {
            items: bank
                .items
                .iter_mut()
                .map(|item| Advice {
                    id: item.id.clone(),
                    advice: std::mem::take(&mut item.advice),
                    suggestion: item.suggestion.take(),
                })
                .collect(),
        }
    }

    /// The advice of item `id`.
    pub fn of(&self, id: &str) -> Option<&Advice> {
        self.items.iter().find(|a| a.id == id)
    }
}

/// Each item's statement and what each rating looks like, kept apart from the
/// item bank: the pages that show statements read them (the answer pages, a
/// participant's, the results, the seminar's), while those that count, score
/// or check items (the self-assessment list, an answer link, the methods) read
/// the bank without its text. `build.rs` moves them here ([`ItemTexts::take`]);
/// read through `Item::text`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ItemTexts {
    pub items: Vec<ItemText>,
}

/// One item's statement and level texts.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ItemText {
    pub id: String,
    pub statement: String,
    /// What a rating of 1 (Ikke på plads) looks like in practice.
    pub level_1: String,
    pub level_2: Option<String>,
    pub level_3: Option<String>,
    /// What a rating of 4 (Fuldt på plads) looks like in practice.
    pub level_4: String,
}

impl ItemTexts {
    /// Takes every item's statement and level texts out of `bank`, in its order.
    pub fn take(bank: &mut ItemBank) -> Self {
        Self {
            items: bank
                .items
                .iter_mut()
                .map(|item| ItemText {
                    id: item.id.clone(),
                    statement: std::mem::take(&mut item.statement),
                    level_1: std::mem::take(&mut item.level_1),
                    level_2: item.level_2.take(),
                    level_3: item.level_3.take(),
                    level_4: std::mem::take(&mut item.level_4),
                })
                .collect(),
        }
    }

    /// The texts of item `id`.
    pub fn of(&self, id: &str) -> Option<&ItemText> {
        self.items.iter().find(|t| t.id == id)
    }
}
