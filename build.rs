//! Build step for the guide's content.
//!
//! Parses every language's TOML files under `src/content/<lang>/` into the
//! types of `src/content/schema.rs`, so a file that does not fit stops the build
//! with the file and the entry named, and writes:
//! - `<lang>_guide.bin`, `<lang>_methods.bin`, `<lang>_items.bin` (the item
//!   bank: `items.toml` followed by the method checks of `items_methods.toml`)
//!   and `<lang>_learning.bin`, in postcard (see `compact`), the items' advice apart from the item
//!   bank (`<lang>_advice.bin`), so are their statements and level texts
//!   (`<lang>_item_texts.bin`), and `<lang>_entry_links.bin` (each
//!   guide entry's section and title, for links from other pages) and
//!   `<lang>_level_entries.bin` (the entries the anchoring levels point at,
//!   for the results page) and `<lang>_module_texts.bin` (what the guide's
//!   search reads of the learning modules), and the items' sources apart from
//!   the item bank (`<lang>_method_item_sources.bin`, `<lang>_item_sources.bin`):
//!   one file per part, so each part is
//!   compiled in only where it is read (the split build puts each part's text
//!   in the module of the areas that read it, see `content::Part`);
//! - `ui_<lang>.rs`: the interface text as a table of (key, text), sorted by
//!   key, for keys built at run time, and `ui_<lang>_macro.rs`, the `t!`
//!   macro, which turns a key written in the code into its text, and
//!   `ui_<lang>_sections.rs`, each section's texts as a table of its own.
//!
//! Cross-references and counts are checked by `tests/content.rs`.

#[path = "src/content/derived.rs"]
#[allow(dead_code)]
mod derived;
#[path = "src/content/schema.rs"]
#[allow(dead_code)]
mod schema;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

const LANGS: &[&str] = &["da"];

/// A content part in its compiled-in form: postcard, whose reader needs
/// neither field names nor a parser of text, so each part's reading code in
/// the wasm is a fraction of a JSON reader's (`content::Part`).
fn compact(value: &impl serde::Serialize) -> Vec<u8> {
    postcard::to_allocvec(value).expect("content serialises")
}

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    println!("cargo:rerun-if-changed=src/content/schema.rs");
    for lang in LANGS {
        let dir = Path::new("src/content").join(lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        let guide: schema::Guide = parse(&dir.join("guide.toml"));
        let methods: schema::Methods = parse(&dir.join("methods.toml"));
        let mut items: schema::ItemBank = parse(&dir.join("items.toml"));
        // The method checks live in a file of their own, appended to the item bank.
        let method_items: schema::MethodItems = parse(&dir.join("items_methods.toml"));
        items.sections.extend(method_items.sections);
        items.items.extend(method_items.items);
        let learning: schema::Learning = parse(&dir.join("learning.toml"));
        let write = |part: &str, bytes: Vec<u8>| {
            std::fs::write(Path::new(&out).join(format!("{lang}_{part}.bin")), bytes)
                .expect("write content part")
        };
        write("guide", compact(&guide));
        write("entry_links", compact(&derived::EntryLinks::of(&guide)));
        write(
            "level_entries",
            compact(&derived::LevelEntries::of(&guide, &items)),
        );
        write("methods", compact(&methods));
        // The items' sources go into two parts of their own (content::derived).
        let (method_sources, other_sources) = derived::ItemSources::take(&mut items);
        write("method_item_sources", compact(&method_sources));
        write("item_sources", compact(&other_sources));
        // So do their advice and suggestions (content::derived::Advices),
        // and their statements and level texts (content::derived::ItemTexts).
        write("advice", compact(&derived::Advices::take(&mut items)));
        write("item_texts", compact(&derived::ItemTexts::take(&mut items)));
        write("items", compact(&items));
        write("learning", compact(&learning));
        write(
            "module_texts",
            compact(&derived::ModuleTexts::of(&learning)),
        );

        // Interface text: ui.toml plus any ui_*.toml beside it (one per area).
        let mut ui_files: Vec<_> = std::fs::read_dir(&dir)
            .expect("content dir")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
                name.starts_with("ui") && name.ends_with(".toml")
            })
            .collect();
        ui_files.sort();
        let mut flat = BTreeMap::new();
        for ui_path in &ui_files {
            let ui: toml::Table = parse(ui_path);
            let before = flat.len();
            let mut mine = BTreeMap::new();
            flatten("", &ui, ui_path, &mut mine);
            let n = mine.len();
            flat.extend(mine);
            assert_eq!(
                flat.len(),
                before + n,
                "\n\n{}: a key is also defined in another ui*.toml file\n",
                ui_path.display()
            );
        }
        // Sorted by key (a BTreeMap), looked up by binary search: a table of
        // string pairs is far less code than a `match` over hundreds of strings.
        let mut code = String::from("&[\n");
        for (k, v) in &flat {
            writeln!(code, "    ({k:?}, {v:?}),").unwrap();
        }
        code.push_str("]\n");
        std::fs::write(Path::new(&out).join(format!("ui_{lang}.rs")), code).expect("write ui");
        // The same texts as a macro, one arm per key: `t!("nav.guide")` is the
        // text itself, linked only into the code (and so the WebAssembly
        // module) that shows it, and a key the files lack does not compile.
        let mut arms = String::from(
            "/// The interface text for a key written in the code: `t!(\"nav.guide\")`.\n\
             /// A key no `ui*.toml` file has does not compile. Keys built at run time\n\
             /// go through [`content::t`](crate::content::t).\n\
             #[macro_export]\nmacro_rules! t {\n",
        );
        for (k, v) in &flat {
            writeln!(arms, "    ({k:?}) => {{ {v:?} }};").unwrap();
        }
        arms.push_str("}\n");
        std::fs::write(Path::new(&out).join(format!("ui_{lang}_macro.rs")), arms)
            .expect("write ui macro");
        // Each section's texts as a table of its own (name after the section,
        // text), for a key built at run time from a known section: only the
        // code that looks in a section links its table.
        let mut sections: BTreeMap<&str, Vec<(&str, &String)>> = BTreeMap::new();
        for (k, v) in &flat {
            let (section, name) = k.split_once('.').expect("a key has a section");
            sections.entry(section).or_default().push((name, v));
        }
        let mut code = String::new();
        for (section, entries) in &sections {
            writeln!(
                code,
                "pub static {}: &[(&str, &str)] = &[",
                section.to_uppercase()
            )
            .unwrap();
            for (name, text) in entries {
                writeln!(code, "    ({name:?}, {text:?}),").unwrap();
            }
            code.push_str("];\n");
        }
        std::fs::write(Path::new(&out).join(format!("ui_{lang}_sections.rs")), code)
            .expect("write ui sections");
        let keys: Vec<&String> = flat.keys().collect();
        std::fs::write(
            Path::new(&out).join(format!("ui_keys_{lang}.json")),
            serde_json::to_string(&keys).unwrap(),
        )
        .expect("write ui keys");
    }
}

fn parse<T: serde::de::DeserializeOwned>(path: &Path) -> T {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("\n\ncontent file {} cannot be read: {e}\n", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| {
        panic!(
            "\n\ncontent file {} does not fit the schema:\n{e}\n",
            path.display()
        )
    })
}

fn flatten(prefix: &str, table: &toml::Table, path: &Path, out: &mut BTreeMap<String, String>) {
    for (k, v) in table {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            toml::Value::String(s) if !s.trim().is_empty() => {
                out.insert(key, s.clone());
            }
            toml::Value::Table(t) => flatten(&key, t, path, out),
            _ => panic!(
                "\n\ncontent file {}: key {key} must be a non-empty text\n",
                path.display()
            ),
        }
    }
}
