//! Checks the content for what its shape alone cannot promise: unique ids,
//! references that resolve, no empty text, one right answer per question,
//! levels in order. Each problem names the file and the entry.

use super::Content;
use std::collections::HashSet;

/// The seed files a `source` may name.
pub const SEED_FILES: &[&str] = &[
    "000_e7fbc46bf6fa66d9.txt",
    "001_7950ec96d4316666.txt",
    "002_e8ba956f663ac236.txt",
    "003_287b77cf27f5235a.txt",
    "004_df7f168a50c39300.txt",
];

/// All problems found; empty when the content is sound.
pub fn validate(c: &Content) -> Vec<String> {
    let mut p = Vec::new();
    empty_texts(c, &mut p);
    unique_ids(c, &mut p);
    references(c, &mut p);
    sources(c, &mut p);
    learning(c, &mut p);
    scoring(c, &mut p);
    p
}

fn empty_texts(c: &Content, p: &mut Vec<String>) {
    fn walk(v: &serde_json::Value, path: &str, p: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) if s.trim().is_empty() => {
                p.push(format!("{path}: empty text"))
            }
            serde_json::Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    let name = x
                        .get("id")
                        .and_then(|id| id.as_str())
                        .map(|id| format!("[{id}]"))
                        .unwrap_or(format!("[{i}]"));
                    walk(x, &format!("{path}{name}"), p);
                }
            }
            serde_json::Value::Object(o) => {
                for (k, x) in o {
                    walk(x, &format!("{path}.{k}"), p);
                }
            }
            _ => {}
        }
    }
    // The item bank's advice and texts are walked in their own parts
    // (`derived::Advices`, `derived::ItemTexts`), which name each item as the
    // bank does; the bank's own are empty.
    let mut items = serde_json::to_value(&*c.items);
    if let Ok(serde_json::Value::Object(bank)) = &mut items {
        if let Some(serde_json::Value::Array(list)) = bank.get_mut("items") {
            for item in list.iter_mut().filter_map(serde_json::Value::as_object_mut) {
                for moved in ["advice", "statement", "level_1", "level_4"] {
                    item.remove(moved);
                }
                // A method check's items belong to no driver (`references`
                // checks every other item's driver).
                if item.get("driver").and_then(|d| d.as_str()) == Some("") {
                    item.remove("driver");
                }
            }
        }
    }
    let files = [
        ("guide.toml", serde_json::to_value(&*c.guide)),
        ("methods.toml", serde_json::to_value(&*c.methods)),
        ("items.toml", items),
        ("items.toml", serde_json::to_value(&*c.advice)),
        ("items.toml", serde_json::to_value(&*c.item_texts)),
        ("learning.toml", serde_json::to_value(&*c.learning)),
    ];
    for (file, v) in files {
        if let Ok(v) = v {
            walk(&v, file, p);
        }
    }
}

fn unique_ids(c: &Content, p: &mut Vec<String>) {
    let mut seen = HashSet::new();
    let mut check = |file: &str, id: &str| {
        if !id
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
        {
            p.push(format!(
                "{file}: id {id:?} must be lower-case ASCII letters, digits and hyphens"
            ));
        }
        if !seen.insert(id.to_string()) {
            p.push(format!("{file}: id {id:?} is used more than once"));
        }
    };
    for s in &c.guide.sections {
        check("guide.toml [[sections]]", &s.id);
    }
    for e in &c.guide.entries {
        check("guide.toml [[entries]]", &e.id);
    }
    for t in &c.guide.glossary {
        check("guide.toml [[glossary]]", &t.id);
    }
    for m in &c.methods.methods {
        check("methods.toml", &m.id);
    }
    for d in &c.items.drivers {
        check("items.toml [[drivers]]", &d.id);
    }
    for s in &c.items.sections {
        // Assessment sections may share their id with the guide section they mirror.
        if c.section(&s.id).is_none() {
            check("items.toml [[sections]]", &s.id);
        }
    }
    for l in &c.items.scoring.levels {
        check("items.toml [[scoring.levels]]", &l.id);
    }
    for i in &c.items.items {
        check("items.toml [[items]]", &i.id);
    }
    for m in &c.learning.modules {
        check("learning.toml [[modules]]", &m.id);
        for q in &m.questions {
            check("learning.toml [[modules.questions]]", &q.id);
        }
    }
}

fn references(c: &Content, p: &mut Vec<String>) {
    let entry = |file: &str, owner: &str, id: &str, p: &mut Vec<String>| {
        if c.entry(id).is_none() {
            p.push(format!(
                "{file}: {owner} refers to guide entry {id:?}, which does not exist"
            ));
        }
    };
    for e in &c.guide.entries {
        if c.section(&e.section).is_none() {
            p.push(format!(
                "guide.toml: entry {} is in section {:?}, which does not exist",
                e.id, e.section
            ));
        }
        for r in &e.related {
            entry("guide.toml", &format!("entry {}", e.id), r, p);
            if r == &e.id {
                p.push(format!("guide.toml: entry {} links to itself", e.id));
            }
        }
        for t in &e.terms {
            if c.term(t).is_none() {
                p.push(format!(
                    "guide.toml: entry {} names term {t:?}, which does not exist",
                    e.id
                ));
            }
        }
    }
    for s in &c.guide.sections {
        if c.entries_in(&s.id).next().is_none() {
            p.push(format!("guide.toml: section {} has no entries", s.id));
        }
    }
    for t in &c.guide.glossary {
        for r in &t.related {
            entry("guide.toml", &format!("term {}", t.id), r, p);
        }
    }
    for m in &c.methods.methods {
        entry("methods.toml", &format!("method {}", m.id), &m.guide, p);
    }
    for d in &c.items.drivers {
        entry("items.toml", &format!("driver {}", d.id), &d.guide, p);
    }
    for s in &c.items.sections {
        if let Some(m) = &s.method {
            if c.method(m).is_none() {
                p.push(format!(
                    "items_methods.toml: section {} checks method {m:?}, which is not in methods.toml",
                    s.id
                ));
            }
        }
        if let Some(i) = &s.caseload_item {
            if c.item(i).is_none_or(|it| it.section != s.id) {
                p.push(format!(
                    "items_methods.toml: section {} names caseload item {i:?}, which is not one of its items",
                    s.id
                ));
            }
        }
        if !c.items.items.iter().any(|i| i.section == s.id) {
            p.push(format!("items.toml: section {} has no items", s.id));
        }
    }
    for l in &c.items.scoring.levels {
        entry("items.toml", &format!("level {}", l.id), &l.guide, p);
    }
    for i in &c.items.items {
        let owner = format!("item {}", i.id);
        if c.advice(&i.id).is_none() {
            p.push(format!("items.toml: {owner} has no advice"));
        }
        let method_check = c
            .assessment_section(&i.section)
            .is_some_and(|s| s.method.is_some());
        if method_check && !i.driver.is_empty() {
            p.push(format!(
                "items_methods.toml: {owner} is a method check and belongs to no driver, but names {:?}",
                i.driver
            ));
        }
        if !method_check && c.driver(&i.driver).is_none() {
            p.push(format!(
                "items.toml: {owner} has driver {:?}, which does not exist",
                i.driver
            ));
        }
        if c.assessment_section(&i.section).is_none() {
            p.push(format!(
                "items.toml: {owner} is in section {:?}, which does not exist",
                i.section
            ));
        }
        if i.guide.is_empty() {
            p.push(format!("items.toml: {owner} links to no guide entry"));
        }
        for g in &i.guide {
            entry("items.toml", &owner, g, p);
        }
    }
    for m in &c.learning.modules {
        for g in &m.guide {
            entry("learning.toml", &format!("module {}", m.id), g, p);
        }
        for q in &m.questions {
            entry("learning.toml", &format!("question {}", q.id), &q.guide, p);
        }
    }
}

fn sources(c: &Content, p: &mut Vec<String>) {
    let mut check = |file: &str, owner: &str, sources: &[super::Source]| {
        if sources.is_empty() {
            p.push(format!("{file}: {owner} cites no source"));
        }
        for s in sources {
            if !SEED_FILES.contains(&s.file.as_str()) {
                p.push(format!(
                    "{file}: {owner} cites {:?}, which is not one of the seed files",
                    s.file
                ));
            }
        }
    };
    for s in &c.guide.sections {
        check("guide.toml", &format!("section {}", s.id), &s.source);
    }
    for e in &c.guide.entries {
        check("guide.toml", &format!("entry {}", e.id), &e.source);
    }
    for t in &c.guide.glossary {
        check("guide.toml", &format!("term {}", t.id), &t.source);
    }
    for m in &c.methods.methods {
        check("methods.toml", &format!("method {}", m.id), &m.source);
    }
    for i in &c.items.items {
        check(
            "items.toml",
            &format!("item {}", i.id),
            c.item_source(&i.id),
        );
    }
    for m in &c.learning.modules {
        check("learning.toml", &format!("module {}", m.id), &m.sources);
    }
}

fn learning(c: &Content, p: &mut Vec<String>) {
    for m in &c.learning.modules {
        if m.questions.is_empty() {
            p.push(format!("learning.toml: module {} has no questions", m.id));
        }
        for q in &m.questions {
            let right = q.choices.iter().filter(|ch| ch.correct).count();
            if q.choices.len() < 2 {
                p.push(format!(
                    "learning.toml: question {} needs at least two choices",
                    q.id
                ));
            }
            if right != 1 {
                p.push(format!(
                    "learning.toml: question {} has {right} right answers; it needs exactly one",
                    q.id
                ));
            }
        }
    }
}

fn scoring(c: &Content, p: &mut Vec<String>) {
    let pr = &c.items.priorities;
    if !(3..=5).contains(&pr.max) {
        p.push(format!("items.toml: priorities.max {} must be 3–5", pr.max));
    }
    if pr.per_driver == 0 || pr.per_driver > pr.max {
        p.push(format!(
            "items.toml: priorities.per_driver {} must be 1–max",
            pr.per_driver
        ));
    }
    for s in &pr.prerequisite_sections {
        if c.section(s).is_none() {
            p.push(format!(
                "items.toml: priorities.prerequisite_sections names {s}, which is no guide section"
            ));
        }
    }
    let s = &c.items.scoring;
    if !(1..=100).contains(&s.min_coverage_percent) {
        p.push(format!(
            "items.toml: scoring.min_coverage_percent {} must be 1–100",
            s.min_coverage_percent
        ));
    }
    if s.levels.first().map(|l| l.min_percent) != Some(0.0) {
        p.push("items.toml: the first level must start at min_percent 0".into());
    }
    for w in s.levels.windows(2) {
        if w[1].min_percent <= w[0].min_percent || w[1].min_percent > 100.0 {
            p.push(format!(
                "items.toml: level {} must start above level {} and at most at 100",
                w[1].id, w[0].id
            ));
        }
    }
}
