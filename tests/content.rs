#![cfg(not(target_arch = "wasm32"))]
//! The content tests: the guide's data files parse, every id is unique and
//! known, every reference resolves, counts match the guide, and a broken file
//! is reported with its file and entry named.

use housing_first_guiden::content::{
    self, da, validate, Content, Guide, ItemBank, Learning, Methods, Part,
};
use std::collections::BTreeSet;
use std::path::Path;

fn read(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/content/da")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Parses the TOML files as `build.rs` does, so tests can break them on purpose.
fn parse_files(guide: &str, methods: &str, items: &str, learning: &str) -> Result<Content, String> {
    let g: Guide = toml::from_str(guide).map_err(|e| format!("guide.toml: {e}"))?;
    let m: Methods = toml::from_str(methods).map_err(|e| format!("methods.toml: {e}"))?;
    let mut i: ItemBank = toml::from_str(items).map_err(|e| format!("items.toml: {e}"))?;
    // build.rs appends the method checks to the item bank.
    let mi: content::MethodItems = toml::from_str(&read("items_methods.toml"))
        .map_err(|e| format!("items_methods.toml: {e}"))?;
    i.sections.extend(mi.sections);
    i.items.extend(mi.items);
    let l: Learning = toml::from_str(learning).map_err(|e| format!("learning.toml: {e}"))?;
    let links = content::EntryLinks::of(&g);
    let level_entries = content::LevelEntries::of(&g, &i);
    let (method_item_sources, item_sources) = content::ItemSources::take(&mut i);
    let advice = content::Advices::take(&mut i);
    let item_texts = content::ItemTexts::take(&mut i);
    Ok(Content {
        entry_links: Part::new(links),
        level_entries: Part::new(level_entries),
        module_texts: Part::new(content::ModuleTexts::of(&l)),
        method_item_sources: Part::new(method_item_sources),
        item_sources: Part::new(item_sources),
        guide: Part::new(g),
        methods: Part::new(m),
        advice: Part::new(advice),
        item_texts: Part::new(item_texts),
        items: Part::new(i),
        learning: Part::new(l),
    })
}

fn files() -> (String, String, String, String) {
    (
        read("guide.toml"),
        read("methods.toml"),
        read("items.toml"),
        read("learning.toml"),
    )
}

#[test]
fn the_compiled_in_content_is_the_files_content_and_sound() {
    let (g, m, i, l) = files();
    let parsed = parse_files(&g, &m, &i, &l).unwrap();
    assert_eq!(
        &parsed,
        da(),
        "the compiled-in bundle differs from the TOML files"
    );
    let problems = validate(da());
    assert!(
        problems.is_empty(),
        "content problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn counts_match_the_guide() {
    let c = da();
    let count = |section: &str| c.entries_in(section).count();
    assert_eq!(count("principper"), 8, "eight principles");
    assert_eq!(count("tjekliste-a"), 9, "checklist A has 9 points");
    assert_eq!(count("tjekliste-b"), 9, "checklist B has 9 points");
    assert_eq!(count("drivkraefter"), 5, "five implementation drivers");
    assert_eq!(count("aktoerer"), 5, "five actors");
    assert_eq!(count("forankring"), 3, "three anchoring levels");
    assert_eq!(
        c.entries_in("succes")
            .filter(|e| e.number.is_some())
            .count(),
        5,
        "five prerequisites for success"
    );
    assert_eq!(
        c.entries_in("boligloesning")
            .filter(|e| e.id.starts_with("bolig-forudsaetning-"))
            .count(),
        4,
        "four housing prerequisites"
    );
    let methods: Vec<&str> = c.methods.methods.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(methods, ["cti", "icm", "act", "act-modificeret"]);
    let caseload = |id: &str| c.method(id).and_then(|m| m.caseload_max);
    assert_eq!(
        (caseload("cti"), caseload("icm"), caseload("act")),
        (Some(10), Some(8), Some(8))
    );
    let cti = c.method("cti").unwrap();
    assert_eq!(cti.phases.len(), 3, "CTI has three phases");
    assert!(
        cti.phases.iter().all(|p| p.months == 3),
        "each CTI phase lasts three months"
    );
    assert_eq!(c.items.drivers.len(), 5);
    assert!(
        c.guide.glossary.len() >= 20,
        "glossary has {} terms",
        c.guide.glossary.len()
    );
    assert!((6..=8).contains(&c.learning.modules.len()));
    for m in &c.learning.modules {
        assert!(
            (3..=5).contains(&m.questions.len()),
            "module {} has {} questions",
            m.id,
            m.questions.len()
        );
    }
}

#[test]
fn the_item_bank_covers_every_driver_and_section() {
    let c = da();
    let in_section = |s: &str| c.items.items.iter().filter(|i| i.section == s).count();
    assert!(in_section("drivkraefter") >= 40, "at least 40 driver items");
    for d in &c.items.drivers {
        let n = c
            .items
            .items
            .iter()
            .filter(|i| i.section == "drivkraefter" && i.driver == d.id)
            .count();
        assert!(
            (5..=10).contains(&n),
            "driver {} has {n} items; 5–10 wanted",
            d.id
        );
    }
    assert_eq!(in_section("principper"), 8);
    assert_eq!(in_section("tjekliste-a"), 9);
    assert_eq!(in_section("tjekliste-b"), 9);
    let levels: Vec<&str> = c
        .items
        .scoring
        .levels
        .iter()
        .map(|l| l.id.as_str())
        .collect();
    assert_eq!(levels, ["begraenset", "delvis", "staerk"]);
}

/// Every id ever released stays: `tests/known_ids.txt` is the list.
#[test]
fn no_released_id_disappears() {
    let c = da();
    let mut now = BTreeSet::new();
    now.extend(c.guide.sections.iter().map(|x| x.id.clone()));
    now.extend(c.guide.entries.iter().map(|x| x.id.clone()));
    now.extend(c.guide.glossary.iter().map(|x| x.id.clone()));
    now.extend(c.methods.methods.iter().map(|x| x.id.clone()));
    now.extend(c.items.items.iter().map(|x| x.id.clone()));
    now.extend(c.items.drivers.iter().map(|x| x.id.clone()));
    now.extend(c.items.sections.iter().map(|x| x.id.clone()));
    now.extend(c.items.scoring.levels.iter().map(|x| x.id.clone()));
    now.extend(c.learning.modules.iter().map(|x| x.id.clone()));
    now.extend(
        c.learning
            .modules
            .iter()
            .flat_map(|m| m.questions.iter().map(|q| q.id.clone())),
    );
    let known =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/known_ids.txt"))
            .unwrap();
    let known: BTreeSet<String> = known
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect();
    let gone: Vec<_> = known.difference(&now).collect();
    assert!(
        gone.is_empty(),
        "released ids were removed or renamed (saved answers and links use them): {gone:?}"
    );
    let new: Vec<_> = now.difference(&known).collect();
    assert!(
        new.is_empty(),
        "new ids must be added to tests/known_ids.txt: {new:?}"
    );
}

/// Every `source.heading` is printed in the seed file it names.
#[test]
fn every_source_heading_is_in_its_seed() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    assert!(
        seeds.is_dir(),
        "the seed texts are expected beside the repository at {}",
        seeds.display()
    );
    let c = da();
    let mut sources: Vec<(&str, &content::Source)> = Vec::new();
    let mut add = |id: &'static str, list: &'static [content::Source]| {
        sources.extend(list.iter().map(move |s| (id, s)))
    };
    c.guide.sections.iter().for_each(|x| add(&x.id, &x.source));
    c.guide.entries.iter().for_each(|x| add(&x.id, &x.source));
    c.guide.glossary.iter().for_each(|x| add(&x.id, &x.source));
    c.methods.methods.iter().for_each(|x| add(&x.id, &x.source));
    c.items
        .items
        .iter()
        .for_each(|x| add(&x.id, c.item_source(&x.id)));
    c.learning
        .modules
        .iter()
        .for_each(|m| add(&m.id, &m.sources));
    let mut missing = Vec::new();
    for (id, s) in sources {
        let text = std::fs::read_to_string(seeds.join(&s.file)).unwrap_or_default();
        // A heading printed over two lines ("CTI-FORLØBETS\nTRE FASER") is cited on one.
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.contains(&s.heading) {
            missing.push(format!("{id}: {:?} not found in {}", s.heading, s.file));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn a_broken_file_is_reported_with_file_and_entry() {
    let (g, m, i, l) = files();
    // An unknown field: the shape check names the file, line and field.
    let broken = g.replacen("summary = ", "sumary = ", 1);
    let err = parse_files(&broken, &m, &i, &l).unwrap_err();
    assert!(
        err.starts_with("guide.toml:") && err.contains("sumary"),
        "{err}"
    );
    // A missing required field.
    let broken = i.replacen("advice = ", "# advice = ", 1);
    let err = parse_files(&g, &m, &broken, &l).unwrap_err();
    assert!(
        err.starts_with("items.toml:") && err.contains("advice"),
        "{err}"
    );
    // A dangling reference and an empty text: validate names the entry.
    let mut c = da().clone();
    c.guide.entries[0].related.push("findes-ikke".into());
    c.advice.items[3].advice = "  ".into();
    let id3 = c.advice.items[3].id.clone();
    c.learning.modules[0].questions[0]
        .choices
        .iter_mut()
        .for_each(|ch| ch.correct = true);
    let problems = validate(&c).join("\n");
    assert!(
        problems.contains(&format!(
            "entry {} refers to guide entry \"findes-ikke\"",
            c.guide.entries[0].id
        )),
        "{problems}"
    );
    assert!(
        problems.contains(&format!("items.toml.items[{id3}].advice: empty text")),
        "{problems}"
    );
    assert!(
        problems.contains("right answers; it needs exactly one"),
        "{problems}"
    );
    // A duplicated id.
    let mut c = da().clone();
    let dup = c.guide.entries[1].id.clone();
    c.guide.entries[2].id = dup.clone();
    assert!(validate(&c)
        .iter()
        .any(|p| p.contains(&format!("id {dup:?} is used more than once"))));
}

/// The results page shows a level's characteristics from `level_entries`,
/// without the guide: each level finds its entry there, as the guide has it.
#[test]
fn each_level_finds_its_guide_entry_without_the_guide() {
    let c = da();
    for level in &c.items.scoring.levels {
        let entry = c.level_entry(&level.guide).unwrap_or_else(|| {
            panic!(
                "level {}: no entry {} in level_entries",
                level.id, level.guide
            )
        });
        assert_eq!(Some(entry), c.entry(&level.guide), "level {}", level.id);
        assert!(
            !entry.points.is_empty(),
            "level {}: its entry lists no characteristics",
            level.id
        );
    }
}

/// The item bank's advice is a part of its own: every item has its advice
/// there, as the file has it, and the compiled-in bank carries none, so the
/// areas that show no advice (a participant's page, the seminar, the methods,
/// Mine data) do not fetch it.
#[test]
fn each_items_advice_is_in_the_advice_part_and_not_in_the_bank() {
    let mut files: ItemBank = toml::from_str(&read("items.toml")).unwrap();
    let methods: content::MethodItems = toml::from_str(&read("items_methods.toml")).unwrap();
    files.items.extend(methods.items);
    let c = da();
    assert_eq!(c.advice.items.len(), c.items.items.len());
    for item in &files.items {
        let a = c.advice(&item.id).expect("every item has its advice");
        assert_eq!(
            (&a.advice, &a.suggestion),
            (&item.advice, &item.suggestion),
            "{}",
            item.id
        );
        let compiled = c.item(&item.id).expect("every item is compiled in");
        assert!(
            compiled.advice.is_empty() && compiled.suggestion.is_none(),
            "{}",
            item.id
        );
    }
    assert!(files.items.iter().any(|i| i.suggestion.is_some()));
    // An item without advice is reported.
    let mut c = da().clone();
    let id = c.advice.items.remove(0).id;
    assert!(validate(&c).contains(&format!("items.toml: item {id} has no advice")));
}
