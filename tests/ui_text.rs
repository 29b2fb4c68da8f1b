#![cfg(not(target_arch = "wasm32"))]
//! No interface text key can be missing from the `ui*.toml` files when the
//! app ships: `content::t` panics on an unknown key in debug builds, and these
//! tests check every key the code can produce without running it:
//! - every string literal in `src/` that looks like a key (`"section.name"`,
//!   with `section` one of the files' sections) is a key, wherever it stands
//!   (a `t("…")` call, a `key()` match, a table of routes and titles);
//! - every key pattern built at run time (a literal such as `"sources.{file}"`)
//!   is listed here with every value it can take;
//! - every enum that maps to keys gives a key with a text for each variant.

use housing_first_guiden::content::{self, t, try_t, SEED_FILES};
use housing_first_guiden::model::assessment::ActionStatus;
use housing_first_guiden::model::capacity::InputError;
use housing_first_guiden::model::cti_plan::DateError;
use housing_first_guiden::model::method_choice::ReasonKey;
use housing_first_guiden::model::rating::Rating;
use housing_first_guiden::storage::codec::CodecError;
use housing_first_guiden::ui::route::Area;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn keys() -> BTreeSet<String> {
    content::ui_keys().into_iter().collect()
}

/// The first part of every key: `nav` of `nav.guide`.
fn sections() -> BTreeSet<String> {
    keys()
        .iter()
        .map(|k| k.split('.').next().unwrap().to_string())
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of a Rust source (plain and raw), with comments and
/// char literals skipped.
fn string_literals(src: &str) -> Vec<String> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            // A char literal ('"', '\'', 'x') or a lifetime ('a).
            b'\'' => {
                if b.get(i + 1) == Some(&b'\\') {
                    i += 2;
                    while i < b.len() && b[i] != b'\'' {
                        i += 1;
                    }
                    i += 1;
                } else if b.get(i + 2) == Some(&b'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            b'r' if matches!(b.get(i + 1), Some(b'#') | Some(b'"'))
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
            {
                let hashes = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
                let start = i + 1 + hashes + 1;
                let end_mark = format!("\"{}", "#".repeat(hashes));
                let len = src[start..].find(&end_mark).unwrap();
                out.push(src[start..start + len].to_string());
                i = start + len + end_mark.len();
            }
            b'"' => {
                let mut s = String::new();
                i += 1;
                while b[i] != b'"' {
                    if b[i] == b'\\' {
                        s.push(b[i] as char);
                        i += 1;
                    }
                    let c = src[i..].chars().next().unwrap();
                    s.push(c);
                    i += c.len_utf8();
                }
                out.push(s);
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// Key patterns the code fills in at run time, each with every value it can
/// take. A new pattern in `src/` fails [`every_key_literal_in_the_source_exists`]
/// until it is listed here. None now: a text found at run time is looked up
/// by name in its section's table (`content::ui_section`, checked below).
fn run_time_patterns() -> Vec<(&'static str, Vec<String>)> {
    Vec::new()
}

#[test]
fn every_key_literal_in_the_source_exists() {
    let keys = keys();
    let sections = sections();
    let patterns: BTreeSet<&str> = run_time_patterns().iter().map(|(p, _)| *p).collect();
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let (mut checked, mut missing) = (0, Vec::new());
    for path in &files {
        let src = std::fs::read_to_string(path).unwrap();
        for lit in string_literals(&src) {
            let Some((head, rest)) = lit.split_once('.') else {
                continue;
            };
            // File names such as "guide.toml" are not keys.
            let file_name = [".toml", ".txt", ".json", ".csv", ".rs"]
                .iter()
                .any(|ext| lit.ends_with(ext));
            let looks_like_key = !rest.is_empty()
                && !file_name
                && sections.contains(head)
                && lit
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._-{}".contains(c));
            if !looks_like_key {
                continue;
            }
            checked += 1;
            let known = if lit.contains('{') {
                patterns.contains(lit.as_str())
            } else {
                keys.contains(&lit)
            };
            if !known {
                missing.push(format!("{}: {lit}", path.display()));
            }
        }
    }
    assert!(checked > 400, "only {checked} key literals found");
    assert!(
        missing.is_empty(),
        "keys missing from src/content/da/ui*.toml (or a run-time pattern not \
         listed in tests/ui_text.rs):\n{}",
        missing.join("\n")
    );
}

/// The app writes `t!("key")`, never `t(key)`: the table of every key that
/// `content::t` searches would then be linked into the WebAssembly, with
/// every text of every area in the module that every page loads.
#[test]
fn the_app_looks_up_no_key_at_run_time() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut found = Vec::new();
    for path in &files {
        if path.ends_with("content/mod.rs") {
            continue;
        }
        let src = std::fs::read_to_string(path).unwrap();
        for (n, line) in src.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            let b = code.as_bytes();
            for (i, _) in code.match_indices("t(") {
                let before = if i == 0 { b' ' } else { b[i - 1] };
                let call = !(before.is_ascii_alphanumeric() || before == b'_' || before == b'!');
                if call || code[..i].ends_with("try_") {
                    found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "use t!(\"…\") or content::section_text:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_literal_scanner_finds_what_it_must() {
    let src = r##"
        let a = t("nav.guide"); // "nav.not_this"
        /* "nav.nor_this" */
        let c = '"'; let q = '\''; fn f<'a>(x: &'a str) {}
        let r = r#"raw "quoted""#;
        let e = "with \"escape\"";
    "##;
    assert_eq!(
        string_literals(src),
        ["nav.guide", "raw \"quoted\"", "with \\\"escape\\\""]
    );
}

#[test]
fn every_run_time_key_exists() {
    for (pattern, values) in run_time_patterns() {
        assert!(!values.is_empty(), "{pattern}");
        for key in values {
            assert!(try_t(&key).is_some(), "{pattern}: {key} has no text");
        }
    }
    // The seed documents' titles, found by file name ("Kilde: …").
    for file in SEED_FILES {
        let title = content::section_text(content::ui_section::SOURCES, file);
        assert_eq!(title, try_t(&format!("sources.{file}")), "{file}");
        assert!(
            title.is_some_and(|t| !t.trim().is_empty()),
            "{file} has no title"
        );
    }
    assert_eq!(
        content::section_text(content::ui_section::SOURCES, "findes.ikke"),
        None
    );
}

/// A section's table holds exactly the section's keys, with their texts.
#[test]
fn each_section_table_holds_its_section() {
    let sources: Vec<String> = keys()
        .into_iter()
        .filter(|k| k.starts_with("sources."))
        .collect();
    assert_eq!(sources.len(), content::ui_section::SOURCES.len());
    for key in &sources {
        let name = key.strip_prefix("sources.").unwrap();
        assert_eq!(
            content::section_text(content::ui_section::SOURCES, name),
            Some(t(key))
        );
    }
    let nav = content::ui_section::NAV;
    assert!(nav.windows(2).all(|w| w[0].0 < w[1].0), "sorted by name");
    assert_eq!(content::section_text(nav, "guide"), Some("Guide"));
}

#[test]
fn every_enum_that_maps_to_keys_has_a_text_for_each_variant() {
    let mut produced: Vec<&str> = Vec::new();
    produced.extend(Rating::ALL.iter().map(|r| r.label_key()));
    produced.extend(ActionStatus::ALL.iter().map(|s| s.label_key()));
    produced.extend(InputError::ALL.iter().map(|e| e.key()));
    produced.extend(DateError::ALL.iter().map(|e| e.key()));
    produced.extend(ReasonKey::ALL.iter().map(|r| r.key()));
    let codec: Vec<CodecError> = CodecError::examples().into();
    produced.extend(codec.iter().map(CodecError::key));
    for key in &produced {
        assert!(try_t(key).is_some(), "{key} has no text");
    }
    let distinct: BTreeSet<&str> = produced.iter().copied().collect();
    assert_eq!(distinct.len(), produced.len(), "two variants share a key");
    // The navigation's labels (texts, through `t!`): one per area, none empty.
    let labels: BTreeSet<&str> = Area::nav().iter().map(|(_, _, label)| *label).collect();
    assert_eq!(labels.len(), Area::nav().len(), "two areas share a label");
    assert!(labels.iter().all(|l| !l.trim().is_empty()));
}

/// `t` finds every key's text (the table is searched by key).
#[test]
fn every_interface_text_key_gives_its_text() {
    let keys = content::ui_keys();
    assert!(keys.len() > 300, "{} keys", keys.len());
    let empty: Vec<&String> = keys.iter().filter(|k| t(k).is_empty()).collect();
    assert!(empty.is_empty(), "keys without text: {empty:?}");
    assert_eq!(t("nav.guide"), "Guide");
    assert_eq!(t("app.name"), "Housing First-guiden");
    assert_eq!(try_t("findes.ikke"), None);
    assert_eq!(try_t(""), None);
}

#[cfg(debug_assertions)]
#[test]
#[should_panic(expected = "no interface text for the key \"findes.ikke\"")]
fn an_unknown_key_stops_a_debug_build() {
    t("findes.ikke");
}
