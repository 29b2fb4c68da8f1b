#![cfg(not(target_arch = "wasm32"))]
//! The method checks (`items_methods.toml`): one section per support method,
//! 6–10 statements each, no driver, every statement with its verbatim quotes
//! from the seed text around the heading it cites, and an introduction that says
//! what the check is not.

use housing_first_guiden::content::{da, Content, Source};
use std::path::Path;

fn seed(file: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/seeds")
        .join(file);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Every heading any content cites in `file`, as line numbers there.
fn heading_lines<'c>(c: &'c Content, file: &str, text: &str) -> Vec<usize> {
    let mut cited: Vec<&'c str> = Vec::new();
    let mut add = |s: &'c Source| {
        if s.file == file {
            cited.push(s.heading.as_str());
        }
    };
    c.guide.sections.iter().for_each(|s| add(&s.source));
    c.guide.entries.iter().for_each(|e| add(&e.source));
    c.items.items.iter().for_each(|i| add(&i.source));
    c.methods.methods.iter().for_each(|m| add(&m.source));
    text.lines()
        .enumerate()
        .filter(|(_, l)| cited.iter().any(|h| l.trim() == *h))
        .map(|(n, _)| n)
        .collect()
}

/// The text a heading stands for in the transcript: from the cited heading
/// before it to the cited heading after it (the guide's boxes, such as
/// "KENDETEGN: CTI-METODEN", sit beside the running text they sum up).
fn around_heading(c: &Content, s: &Source) -> String {
    let text = seed(&s.file);
    let lines: Vec<&str> = text.lines().collect();
    let Some(at) = lines.iter().position(|l| l.trim() == s.heading) else {
        return String::new();
    };
    let heads = heading_lines(c, &s.file, &text);
    let from = heads.iter().copied().filter(|&n| n < at).max().unwrap_or(0);
    let to = heads
        .iter()
        .copied()
        .filter(|&n| n > at)
        .min()
        .unwrap_or(lines.len());
    lines[from..to].join("\n")
}

fn method_sections(c: &Content) -> Vec<&housing_first_guiden::content::AssessmentSection> {
    c.items.sections.iter().filter(|s| s.method.is_some()).collect()
}

#[test]
fn there_is_one_method_check_per_method_with_six_to_ten_statements() {
    let c = da();
    let methods: Vec<&str> = method_sections(c)
        .iter()
        .map(|s| s.method.as_deref().unwrap())
        .collect();
    assert_eq!(methods, ["cti", "icm", "act"]);
    for s in method_sections(c) {
        let n = c.items.items.iter().filter(|i| i.section == s.id).count();
        assert!((6..=10).contains(&n), "{}: {n} statements", s.id);
    }
}

#[test]
fn method_statements_belong_to_no_driver_and_other_statements_do() {
    let c = da();
    for i in &c.items.items {
        let method = c
            .assessment_section(&i.section)
            .is_some_and(|s| s.method.is_some());
        assert_eq!(i.driver.is_empty(), method, "{}", i.id);
    }
}

#[test]
fn every_method_statement_quotes_its_source_verbatim_at_its_heading() {
    let c = da();
    let mut missing = Vec::new();
    for s in method_sections(c) {
        for i in c.items.items.iter().filter(|i| i.section == s.id) {
            assert!(!i.source.quote.is_empty(), "{} has no quote", i.id);
            let around = around_heading(c, &i.source);
            assert!(!around.is_empty(), "{}: heading {:?} not in {}", i.id, i.source.heading, i.source.file);
            for q in &i.source.quote {
                if !around.contains(q.as_str()) {
                    missing.push(format!("{}: {q:?}", i.id));
                }
            }
        }
    }
    assert!(missing.is_empty(), "quotes not found at their heading:\n{}", missing.join("\n"));
}

#[test]
fn the_quote_check_catches_a_changed_word() {
    let c = da();
    let mut s = c.item("cti-7").unwrap().source.clone();
    assert!(around_heading(c, &s).contains(s.quote[0].as_str()));
    s.quote[0] = s.quote[0].replace("10 borgere", "12 borgere");
    assert!(!around_heading(c, &s).contains(s.quote[0].as_str()));
}

#[test]
fn each_method_check_says_it_is_not_an_official_fidelity_measurement() {
    for s in method_sections(da()) {
        assert!(
            s.description.contains("ikke en officiel fidelitetsmåling"),
            "{}",
            s.id
        );
    }
}

#[test]
fn caseload_statements_carry_the_methods_maximum() {
    let c = da();
    for (item, max) in [("cti-7", "10 borgere"), ("icm-7", "otte borgere"), ("act-6", "otte borgere")] {
        let i = c.item(item).unwrap();
        assert!(i.statement.contains(max), "{item}");
        assert!(i.source.quote.iter().any(|q| q.contains(max)), "{item}");
    }
}
