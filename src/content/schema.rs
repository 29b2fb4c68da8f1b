//! The shape of the guide's content files.
//!
//! These types are shared by `build.rs` (which parses the TOML files under
//! `src/content/<lang>/` and fails the build with the file and entry named when
//! a file does not fit this shape) and by the library (which reads the compact
//! JSON that `build.rs` writes). They hold data only: no logic, no UI.
//!
//! Stable ids: every `id` below appears in URLs and in saved answers. Never
//! rename or reuse one; `tests/known_ids.txt` lists them all and the content
//! tests fail when one disappears.

use serde::{Deserialize, Serialize};

/// Where a piece of content comes from: a seed file, a section heading in it and
/// the verbatim passages of that section that support the content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The seed file name, e.g. `001_7950ec96d4316666.txt`.
    pub file: String,
    /// The section heading in that file, as printed there.
    pub heading: String,
    /// Verbatim passages of that section (after the heading, before the next
    /// one) that support the content: the shortest that do. `tests/quotes.rs`
    /// finds each in the seed text.
    #[serde(default)]
    pub quote: Vec<String>,
}

/// Reads a `source` field written either as one table (`[x.source]`,
/// `source = { … }`) or as an array of tables (`[[x.source]]`, `source = [ … ]`).
/// Errors inside a table (an unknown field, a missing heading) keep their message.
pub mod one_or_many {
    use super::Source;
    use serde::de::{value, Deserializer, MapAccess, SeqAccess, Visitor};
    use serde::Deserialize;
    use std::fmt;

    struct OneOrMany;

    impl<'de> Visitor<'de> for OneOrMany {
        type Value = Vec<Source>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a source table or an array of source tables")
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            Source::deserialize(value::MapAccessDeserializer::new(map)).map(|s| vec![s])
        }

        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            Vec::deserialize(value::SeqAccessDeserializer::new(seq))
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Source>, D::Error> {
        if !d.is_human_readable() {
            // The compiled-in form (postcard) always writes a list.
            return Vec::deserialize(d);
        }
        d.deserialize_any(OneOrMany)
    }
}

/// The guide: sections, entries and the glossary (`guide.toml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub sections: Vec<Section>,
    pub entries: Vec<Entry>,
    pub glossary: Vec<Term>,
}

/// A section of the guide, shown as one page with its entries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    pub title: String,
    /// One or two sentences under the title.
    pub intro: String,
    /// Where it comes from; an entry drawing on two sections has two.
    #[serde(deserialize_with = "one_or_many::deserialize")]
    pub source: Vec<Source>,
}

/// One entry of the guide: a principle, a checklist point, a method, …
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub id: String,
    /// The id of the section the entry belongs to.
    pub section: String,
    pub title: String,
    /// The number the guide gives the entry (principle 1–8, checklist point 1–9).
    #[serde(default)]
    pub number: Option<u32>,
    /// One sentence that sums the entry up (shown in lists and search hits).
    pub summary: String,
    /// Paragraphs of text.
    #[serde(default)]
    pub body: Vec<String>,
    /// A bulleted list shown after the paragraphs.
    #[serde(default)]
    pub points: Vec<String>,
    /// Labelled facts shown as a definition list (e.g. "Caseload" → "Højst 10 borgere pr. medarbejder").
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// Paragraphs that are the tool's own reading (a link the sources do not
    /// make, questions to ask), shown apart under "Værktøjets egen tilføjelse".
    /// Summary, body, points and facts say only what the quotes of `source` support.
    #[serde(default)]
    pub tool_note: Vec<String>,
    /// Where it comes from; an entry drawing on two sections has two.
    #[serde(deserialize_with = "one_or_many::deserialize")]
    pub source: Vec<Source>,
    /// Ids of other guide entries this one links to (links are shown both ways).
    #[serde(default)]
    pub related: Vec<String>,
    /// Ids of glossary terms used in the entry.
    #[serde(default)]
    pub terms: Vec<String>,
}

/// A labelled fact of an entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

/// A glossary term.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: String,
    /// Other spellings that search should find (e.g. "fjerdedelsreglen").
    #[serde(default)]
    pub aliases: Vec<String>,
    pub definition: String,
    /// Where it comes from; an entry drawing on two sections has two.
    #[serde(deserialize_with = "one_or_many::deserialize")]
    pub source: Vec<Source>,
    /// Guide entries where the term matters.
    #[serde(default)]
    pub related: Vec<String>,
}

/// The support methods as structured data (`methods.toml`), for the comparison and tools.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Methods {
    pub methods: Vec<Method>,
}

/// One support method (CTI, ICM, ACT, or the modified ACT practice).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    /// `cti`, `icm`, `act` or `act-modificeret`.
    pub id: String,
    /// Short name, e.g. "CTI".
    pub name: String,
    /// Full name, e.g. "Critical Time Intervention".
    pub full_name: String,
    pub target_group: String,
    pub duration: String,
    /// Who gives the support (one key worker, a team, …).
    pub supporter: String,
    pub team: String,
    /// The method's maximum number of citizens per worker, if it has one.
    #[serde(default)]
    pub caseload_max: Option<u32>,
    /// How the caseload is described in words.
    pub caseload: String,
    pub characteristics: Vec<String>,
    #[serde(default)]
    pub phases: Vec<Phase>,
    /// The guide entry that describes the method.
    pub guide: String,
    /// Where it comes from; an entry drawing on two sections has two.
    #[serde(deserialize_with = "one_or_many::deserialize")]
    pub source: Vec<Source>,
}

/// A phase of a time-limited method (CTI's three phases of three months).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phase {
    pub number: u32,
    pub title: String,
    pub months: u32,
    pub description: String,
    pub tasks: Vec<String>,
}

/// The self-assessment's item bank, sections, drivers and scoring (`items.toml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemBank {
    pub scoring: Scoring,
    pub priorities: Priorities,
    pub drivers: Vec<Driver>,
    pub sections: Vec<AssessmentSection>,
    pub items: Vec<Item>,
}

/// How an overall result maps to an anchoring level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    /// No level is given below this share (in %) of scorable items actually scored.
    pub min_coverage_percent: u32,
    /// What the tool says about its own reading (shown with every level).
    pub explanation: String,
    /// From lowest to highest.
    pub levels: Vec<Level>,
}

/// How the results choose the few gaps to start with ("Start her"); the rule
/// itself is documented in `model::priorities`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Priorities {
    /// At most this many gaps are chosen.
    pub max: usize,
    /// No driver takes more than this many of the places while other drivers
    /// still have gaps to fill them.
    pub per_driver: usize,
    /// Guide sections whose entries the guide names as prerequisites
    /// ("forudsætninger"); an item resting on one of them is a prerequisite.
    pub prerequisite_sections: Vec<String>,
}

/// One anchoring level (begrænset, delvis, stærk forankring).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub id: String,
    pub label: String,
    /// The level applies from this percentage of the maximum score upwards.
    pub min_percent: f64,
    pub summary: String,
    /// The guide entry with the evaluation report's characteristics of the level.
    pub guide: String,
    /// Where the summary comes from (the evaluation report's section on the level).
    #[serde(default, deserialize_with = "one_or_many::deserialize")]
    pub source: Vec<Source>,
}

/// One of the five implementation drivers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Driver {
    /// `indsatsen`, `konteksten`, `organiseringen`, `menneskene`, `ledelse`.
    pub id: String,
    pub name: String,
    /// The driver's guiding question in one line.
    pub question: String,
    /// The guide entry of the driver.
    pub guide: String,
    /// Where the question comes from (the catalogue's five drivers).
    #[serde(default, deserialize_with = "one_or_many::deserialize")]
    pub source: Vec<Source>,
}

/// A section of the self-assessment that can be included or left out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentSection {
    /// `drivkraefter`, `principper`, `tjekliste-a`, `tjekliste-b`, or a method
    /// check `metodetjek-cti`, `metodetjek-icm`, `metodetjek-act`.
    pub id: String,
    pub title: String,
    pub description: String,
    /// For a method check: the method's id in `methods.toml` (`cti`, `icm`, `act`).
    /// Its items belong to no driver and are scored in a block of their own.
    #[serde(default)]
    pub method: Option<String>,
    /// For a method check: its caseload statement, which the capacity
    /// calculator's numbers can suggest a rating for.
    #[serde(default)]
    pub caseload_item: Option<String>,
}

/// The method checks (`items_methods.toml`): sections and items that `build.rs`
/// appends to the item bank of `items.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodItems {
    pub sections: Vec<AssessmentSection>,
    pub items: Vec<Item>,
}

/// One statement to rate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    /// The assessment section id.
    pub section: String,
    /// The driver id; empty for the items of a method check, which belong to no driver.
    #[serde(default)]
    pub driver: String,
    /// The statement and what each rating looks like: **empty in the
    /// compiled-in content**: `build.rs` moves them into a part of their own
    /// (`derived::ItemTexts`), read through [`Item::text`], so a page that
    /// counts and scores items carries none of their text. Not public, so
    /// that no code reads the empty fields by mistake.
    pub(super) statement: String,
    /// What a rating of 1 (Ikke på plads) looks like in practice.
    pub(super) level_1: String,
    #[serde(default)]
    pub(super) level_2: Option<String>,
    #[serde(default)]
    pub(super) level_3: Option<String>,
    /// What a rating of 4 (Fuldt på plads) looks like in practice.
    pub(super) level_4: String,
    /// The guide's advice when the item is rated 1 or 2, in the guide's own
    /// words only (shown under "Guidens råd:").
    /// **Empty in the compiled-in content**, as is `suggestion`: `build.rs`
    /// moves both into a part of their own, read through `Content::advice`.
    pub advice: String,
    /// The tool's own suggestion beside the guide's advice, if any (shown under
    /// "Værktøjets forslag:", never under the guide's name).
    #[serde(default)]
    pub suggestion: Option<String>,
    /// Where it comes from; an entry drawing on two sections has two.
    /// **Empty in the compiled-in content** (`da()`): `build.rs` moves the
    /// sources into parts of their own, read through
    /// `Content::method_item_source` and `Content::item_source`.
    #[serde(deserialize_with = "one_or_many::deserialize")]
    pub source: Vec<Source>,
    /// Guide entries the item rests on (at least one).
    pub guide: Vec<String>,
}

/// The learning modules for housing associations (`learning.toml`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Learning {
    pub modules: Vec<Module>,
}

/// One learning module: reading, scenario questions, summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    pub id: String,
    pub title: String,
    /// One line on who the module is for and what it teaches.
    pub intro: String,
    pub minutes: u32,
    /// Paragraphs of the short reading.
    pub reading: Vec<String>,
    pub sources: Vec<Source>,
    /// Guide entries to read more.
    pub guide: Vec<String>,
    pub questions: Vec<Question>,
    /// Points to take away, shown when the module is done.
    pub summary: Vec<String>,
}

/// A scenario question with multiple choices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub scenario: String,
    pub choices: Vec<Choice>,
    /// The guide entry that explains the answer.
    pub guide: String,
    /// Where the right answer and its feedback come from.
    #[serde(default, deserialize_with = "one_or_many::deserialize")]
    pub source: Vec<Source>,
}

/// One answer to a scenario question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub text: String,
    pub correct: bool,
    /// Why this choice is right or wrong.
    pub feedback: String,
}
