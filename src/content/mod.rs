//! The guide as data: the TOML files in this folder, compiled into the binary.
//!
//! Belongs here: the content's types ([`schema`]), loading the compiled-in
//! parts ([`part`]: each parsed on first read, and linked only where read), look-ups by id, the interface text (`t!`, [`section_text`], [`t`]) and [`validate`], which
//! the content tests run. Must not be here: scoring or any other logic on
//! answers (that is `model/`), storage, or UI.

// The `t!` macro (build.rs): the text of a key written in the code.
include!(concat!(env!("OUT_DIR"), "/ui_da_macro.rs"));

/// An enum's interface text keys and their texts from one list of
/// `Variant => "key"`: `$key_fn` gives the key (for the tests, which check
/// that the variants' keys are distinct), `$text_fn` the text, through `t!`,
/// so each text is linked only where it is shown.
macro_rules! key_and_text {
    ($(#[$km:meta])* $key_fn:ident, $(#[$tm:meta])* $text_fn:ident; $($pat:pat => $key:tt),+ $(,)?) => {
        $(#[$km])*
        pub fn $key_fn(&self) -> &'static str {
            match self {
                $($pat => $key),+
            }
        }
        $(#[$tm])*
        pub fn $text_fn(&self) -> &'static str {
            match self {
                $($pat => t!($key)),+
            }
        }
    };
}

pub mod derived;
pub mod part;
pub mod schema;
mod validate;

pub use derived::*;
pub use part::{Compiled, Part};
pub use schema::*;
pub use validate::{validate, SEED_FILES};

/// Everything the guide holds in one language, each part parsed the first
/// time it is read.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub guide: Part<Guide>,
    pub methods: Part<Methods>,
    pub items: Part<ItemBank>,
    pub learning: Part<Learning>,
    /// Each guide entry's section and title (from the guide), for links.
    pub entry_links: Part<EntryLinks>,
    /// The guide entries the anchoring levels point at (from the guide), for
    /// the results page.
    pub level_entries: Part<LevelEntries>,
    /// The learning modules' searchable text (from the modules), for the
    /// guide's search.
    pub module_texts: Part<ModuleTexts>,
    /// The sources of the method checks' items (from the item bank, whose
    /// items carry none), for the method checks' results.
    pub method_item_sources: Part<MethodItemSources>,
    /// The sources of the other items, for the content tests: no page shows them.
    pub item_sources: Part<ItemSources>,
    /// The items' advice and suggestions (from the item bank, whose items
    /// carry none), for the self-assessment's results and the guide.
    pub advice: Part<Advices>,
    /// The items' statements and level texts (from the item bank, whose items
    /// carry none), for the pages that show statements.
    pub item_texts: Part<ItemTexts>,
}

impl Item {
    /// The item's statement and what each rating looks like (in the Danish
    /// content's part of its own, [`Content::item_text`]; `build.rs` gives
    /// every item its texts, so none is ever missing).
    pub fn text(&self) -> &'static ItemText {
        static NONE: ItemText = ItemText {
            id: String::new(),
            statement: String::new(),
            level_1: String::new(),
            level_2: None,
            level_3: None,
            level_4: String::new(),
        };
        da().item_text(&self.id).unwrap_or(&NONE)
    }
}

/// The Danish content.
pub fn da() -> &'static Content {
    static DA: Content = Content {
        guide: Part::compiled(),
        methods: Part::compiled(),
        items: Part::compiled(),
        learning: Part::compiled(),
        entry_links: Part::compiled(),
        level_entries: Part::compiled(),
        module_texts: Part::compiled(),
        method_item_sources: Part::compiled(),
        item_sources: Part::compiled(),
        advice: Part::compiled(),
        item_texts: Part::compiled(),
    };
    &DA
}

/// Each part's compiled-in data (postcard, written by `build.rs`), in a function of its own so that
/// only code reading the part links its text.
macro_rules! compiled_part {
    ($ty:ty, $file:literal) => {
        impl Compiled for $ty {
            fn parse_compiled() -> Self {
                postcard::from_bytes(include_bytes!(concat!(env!("OUT_DIR"), "/", $file)))
                    // Not `expect`: that would link postcard's error's Debug
                    // (and core's escaping of text) into every module that
                    // reads a part; build.rs wrote what fits, so it never fails.
                    .unwrap_or_else(|_| panic!("build.rs wrote content that fits the schema"))
            }
        }
    };
}
compiled_part!(Guide, "da_guide.bin");
compiled_part!(Methods, "da_methods.bin");
compiled_part!(ItemBank, "da_items.bin");
compiled_part!(Learning, "da_learning.bin");
compiled_part!(EntryLinks, "da_entry_links.bin");
compiled_part!(LevelEntries, "da_level_entries.bin");
compiled_part!(ModuleTexts, "da_module_texts.bin");
compiled_part!(MethodItemSources, "da_method_item_sources.bin");
compiled_part!(ItemSources, "da_item_sources.bin");
compiled_part!(Advices, "da_advice.bin");
compiled_part!(ItemTexts, "da_item_texts.bin");

/// The interface text for `key` (e.g. `"nav.guide"`), from the `ui*.toml`
/// files, looked up in the table of every key: for the tests. The app writes
/// `t!("nav.guide")` (the text itself, so the table is not linked into the
/// WebAssembly, which `tests/ui_text.rs` checks) or, for a name found at run
/// time, [`section_text`].
///
/// An unknown key panics in debug builds; a release build gives an empty text.
pub fn t(key: &str) -> &'static str {
    match try_t(key) {
        Some(text) => text,
        None if cfg!(debug_assertions) => panic!("no interface text for the key {key:?}"),
        None => "",
    }
}

/// The interface text for `key`, or `None` when no `ui*.toml` file has it.
pub fn try_t(key: &str) -> Option<&'static str> {
    static UI_DA: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/ui_da.rs"));
    UI_DA
        .binary_search_by(|(k, _)| (*k).cmp(key))
        .ok()
        .map(|i| UI_DA[i].1)
}

/// Each `ui*.toml` section's texts, sorted by the name after the section
/// (`SOURCES` holds `sources.<file>`), for keys built at run time.
pub mod ui_section {
    include!(concat!(env!("OUT_DIR"), "/ui_da_sections.rs"));
}

/// The text of `name` in a section's table ([`ui_section`]).
pub fn section_text(section: &[(&str, &'static str)], name: &str) -> Option<&'static str> {
    section
        .binary_search_by(|(k, _)| (*k).cmp(name))
        .ok()
        .map(|i| section[i].1)
}

/// Every interface text key, for the tests.
pub fn ui_keys() -> Vec<String> {
    serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/ui_keys_da.json")))
        .expect("build.rs wrote the key list")
}

impl Content {
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.guide.sections.iter().find(|s| s.id == id)
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.guide.entries.iter().find(|e| e.id == id)
    }

    /// The entries of a guide section, in the order of the file.
    pub fn entries_in<'a>(&'a self, section: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.guide
            .entries
            .iter()
            .filter(move |e| e.section == section)
    }

    /// A guide entry's section and title, without parsing the guide.
    pub fn entry_link(&self, id: &str) -> Option<&EntryLink> {
        self.entry_links.entries.iter().find(|e| e.id == id)
    }

    /// The guide entry an anchoring level points at, without parsing the guide.
    pub fn level_entry(&self, id: &str) -> Option<&Entry> {
        self.level_entries.entries.iter().find(|e| e.id == id)
    }

    pub fn term(&self, id: &str) -> Option<&Term> {
        self.guide.glossary.iter().find(|t| t.id == id)
    }

    /// Entries that link to `id` without `id` linking back, so links show both ways.
    pub fn backlinks(&self, id: &str) -> Vec<&Entry> {
        let own = self.entry(id).map(|e| e.related.as_slice()).unwrap_or(&[]);
        self.guide
            .entries
            .iter()
            .filter(|e| e.id != id && e.related.iter().any(|r| r == id) && !own.contains(&e.id))
            .collect()
    }

    /// Every entry linked from or to `id`: its own links first, then back-links.
    pub fn linked_entries(&self, id: &str) -> Vec<&Entry> {
        let mut out: Vec<&Entry> = self
            .entry(id)
            .map(|e| e.related.iter().filter_map(|r| self.entry(r)).collect())
            .unwrap_or_default();
        out.extend(self.backlinks(id));
        out
    }

    /// Glossary terms that point at the entry, plus those the entry names.
    pub fn terms_for_entry(&self, id: &str) -> Vec<&Term> {
        let named = self.entry(id).map(|e| e.terms.as_slice()).unwrap_or(&[]);
        self.guide
            .glossary
            .iter()
            .filter(|t| named.contains(&t.id) || t.related.iter().any(|r| r == id))
            .collect()
    }

    /// The sources of a method check's item (the compiled-in item bank's
    /// items carry none); empty for any other item.
    pub fn method_item_source(&self, id: &str) -> &[Source] {
        self.method_item_sources.0.of(id).unwrap_or(&[])
    }

    /// The sources of any item, method check or not (the content tests).
    pub fn item_source(&self, id: &str) -> &[Source] {
        self.method_item_sources
            .0
            .of(id)
            .or_else(|| self.item_sources.of(id))
            .unwrap_or(&[])
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.items.iter().find(|i| i.id == id)
    }

    /// The statement and level texts of item `id` (the compiled-in item
    /// bank's items carry none).
    pub fn item_text(&self, id: &str) -> Option<&ItemText> {
        self.item_texts.of(id)
    }

    /// The guide's advice and the tool's suggestion for item `id` (the
    /// compiled-in item bank's items carry none).
    pub fn advice(&self, id: &str) -> Option<&Advice> {
        self.advice.of(id)
    }

    /// Assessment items that rest on the guide entry `id`.
    pub fn items_for_entry<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Item> + 'a {
        self.items
            .items
            .iter()
            .filter(move |i| i.guide.iter().any(|g| g == id))
    }

    pub fn driver(&self, id: &str) -> Option<&Driver> {
        self.items.drivers.iter().find(|d| d.id == id)
    }

    pub fn assessment_section(&self, id: &str) -> Option<&AssessmentSection> {
        self.items.sections.iter().find(|s| s.id == id)
    }

    /// True for the section of a method check (`items_methods.toml`).
    pub fn is_method_check(&self, section: &str) -> bool {
        self.assessment_section(section)
            .is_some_and(|s| s.method.is_some())
    }

    /// The method check of a method (`cti`, `icm`, `act`), if it has one.
    pub fn method_check(&self, method: &str) -> Option<&AssessmentSection> {
        self.items
            .sections
            .iter()
            .find(|s| s.method.as_deref() == Some(method))
    }

    pub fn method(&self, id: &str) -> Option<&Method> {
        self.methods.methods.iter().find(|m| m.id == id)
    }

    /// The method described by a guide entry, if the entry is a method's.
    pub fn method_for_entry(&self, entry: &str) -> Option<&Method> {
        self.methods.methods.iter().find(|m| m.guide == entry)
    }

    pub fn module(&self, id: &str) -> Option<&Module> {
        self.learning.modules.iter().find(|m| m.id == id)
    }

    pub fn level(&self, id: &str) -> Option<&Level> {
        self.items.scoring.levels.iter().find(|l| l.id == id)
    }
}
