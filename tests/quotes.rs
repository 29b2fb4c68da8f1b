#![cfg(not(target_arch = "wasm32"))]
//! Provenance you can check: every quote of every source reference is found
//! verbatim in the seed text it cites, under the heading it cites (whitespace,
//! `*` and `✓` aside), and every reference in the files that are done carries
//! at least one quote. The seeds are at `../shared/seeds/` beside the checkout;
//! without them these tests fail and say where they looked.

#[path = "quotes/seed_sections.rs"]
mod seed_sections;

use housing_first_guiden::content::{self, da, one_or_many, Source};
use seed_sections::{all, normalise, Seed, LAYOUTS};
use serde::Deserialize;
use std::path::Path;

/// The content files whose every reference must carry a quote. The others'
/// quotes are checked too, wherever they have them; a file joins this list when
/// its pass is done (items.toml and learning.toml: content B).
const FILES_THAT_MUST_QUOTE: &[&str] = &[
    "guide.toml",
    "items.toml",
    "learning.toml",
    "methods.toml",
    "provenance.toml",
];

/// The longest quote allowed: a quote is the shortest passage that supports the
/// entry, not the section.
const MAX_QUOTE_CHARS: usize = 600;

/// `provenance.toml`: where the interface text's statements about the sources
/// come from (the document titles in ui.toml `[sources]`, …). Only tests read it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Provenance {
    texts: Vec<ProvenanceText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProvenanceText {
    /// The ui.toml key whose text the sources support.
    key: String,
    #[serde(deserialize_with = "one_or_many::deserialize")]
    source: Vec<Source>,
}

fn provenance() -> Provenance {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/content/da/provenance.toml");
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("provenance.toml: {e}"))
}

/// One reference list: the file it is in, whose it is, its sources.
struct Owner {
    file: &'static str,
    who: String,
    sources: Vec<Source>,
}

/// Every source reference in the content and in provenance.toml.
fn owners() -> Vec<Owner> {
    let c = da();
    let mut v = Vec::new();
    let mut add = |file: &'static str, who: String, s: &[Source]| {
        v.push(Owner {
            file,
            who,
            sources: s.to_vec(),
        })
    };
    for x in &c.guide.sections {
        add("guide.toml", format!("section {}", x.id), &x.source);
    }
    for x in &c.guide.entries {
        add("guide.toml", format!("entry {}", x.id), &x.source);
    }
    for x in &c.guide.glossary {
        add("guide.toml", format!("term {}", x.id), &x.source);
    }
    for x in &c.methods.methods {
        add("methods.toml", format!("method {}", x.id), &x.source);
    }
    for x in &c.items.scoring.levels {
        add("items.toml", format!("level {}", x.id), &x.source);
    }
    for x in &c.items.drivers {
        add("items.toml", format!("driver {}", x.id), &x.source);
    }
    for x in &c.items.items {
        add("items.toml", format!("item {}", x.id), c.item_source(&x.id));
    }
    for x in &c.learning.modules {
        add("learning.toml", format!("module {}", x.id), &x.sources);
        for q in &x.questions {
            add("learning.toml", format!("question {}", q.id), &q.source);
        }
    }
    for x in provenance().texts {
        add("provenance.toml", format!("text {}", x.key), &x.source);
    }
    v
}

fn seed<'a>(seeds: &'a [Seed], file: &str) -> Option<&'a Seed> {
    seeds.iter().find(|s| s.layout.file == file)
}

/// The problems of one owner's references against the seeds.
fn problems(o: &Owner, seeds: &[Seed], must_quote: bool) -> Vec<String> {
    let mut p = Vec::new();
    let name = format!("{}: {}", o.file, o.who);
    if must_quote && o.sources.iter().all(|s| s.quote.is_empty()) {
        p.push(format!(
            "{name} has no quote (file {:?})",
            o.sources.first().map(|s| &s.file)
        ));
    }
    for s in &o.sources {
        let Some(seed) = seed(seeds, &s.file) else {
            p.push(format!(
                "{name} cites {:?}, which is not a seed file",
                s.file
            ));
            continue;
        };
        if must_quote && s.quote.is_empty() {
            p.push(format!(
                "{name}: the reference to {} „{}“ has no quote",
                s.file, s.heading
            ));
        }
        if (must_quote || !s.quote.is_empty()) && !seed.has_heading(&s.heading) {
            p.push(format!(
                "{name} cites the heading {:?}, which is not a heading of {} \
                 (tests/quotes/seed_sections.rs lists them)",
                s.heading, s.file
            ));
            continue;
        }
        for q in &s.quote {
            let n = normalise(q);
            if n.is_empty() || n.chars().count() > MAX_QUOTE_CHARS {
                p.push(format!(
                    "{name}: a quote of {} chars (1–{MAX_QUOTE_CHARS}): {q:?}",
                    n.chars().count()
                ));
            } else if !seed.quote_under(&s.heading, &n) {
                let elsewhere = seed.where_is(&n);
                p.push(format!(
                    "{name}: quote not found in {} under the heading {:?}: {q:?}{}",
                    s.file,
                    s.heading,
                    if elsewhere.is_empty() {
                        " (not anywhere in the file)".to_string()
                    } else {
                        format!(" (it is under {elsewhere:?})")
                    }
                ));
            }
        }
    }
    p
}

/// Every quote is verbatim in its seed, under the heading it cites.
#[test]
fn every_quote_is_in_its_seed_under_its_heading() {
    let seeds = all();
    let owners = owners();
    let quotes: usize = owners
        .iter()
        .flat_map(|o| &o.sources)
        .map(|s| s.quote.len())
        .sum();
    let p: Vec<String> = owners
        .iter()
        .flat_map(|o| problems(o, &seeds, false))
        .collect();
    assert!(
        p.is_empty(),
        "{} of {quotes} quotes do not check out:\n{}",
        p.len(),
        p.join("\n")
    );
}

/// Every reference in the files that are done carries a quote, under a real heading.
#[test]
fn every_reference_in_the_finished_files_carries_a_quote() {
    let seeds = all();
    let p: Vec<String> = owners()
        .iter()
        .filter(|o| FILES_THAT_MUST_QUOTE.contains(&o.file))
        .flat_map(|o| problems(o, &seeds, true))
        .collect();
    assert!(p.is_empty(), "{}", p.join("\n"));
}

/// Every document title in ui.toml `[sources]` has its provenance, and every
/// provenance key is an interface text.
#[test]
fn the_document_titles_have_their_provenance() {
    let keys = content::ui_keys();
    let prov = provenance();
    for f in content::SEED_FILES {
        let key = format!("sources.{f}");
        assert!(
            prov.texts.iter().any(|t| t.key == key),
            "provenance.toml has no entry for {key}"
        );
    }
    for t in &prov.texts {
        assert!(
            keys.contains(&t.key),
            "provenance.toml: {} is not a ui.toml key",
            t.key
        );
    }
}

/// The heading list matches the files: every listed heading is found as a
/// heading in its file, and every seed file has a layout.
#[test]
fn every_listed_heading_is_printed_in_its_seed() {
    let seeds = all();
    let files: Vec<&str> = LAYOUTS.iter().map(|l| l.file).collect();
    assert_eq!(files, content::SEED_FILES);
    for s in &seeds {
        for (_, h) in s.layout.headings {
            assert!(
                s.has_heading(h),
                "{}: the heading {h:?} is not printed there as a heading",
                s.layout.file
            );
        }
    }
    // The sections are cut where expected: a principle is under its chapter, not
    // under the next chapter, and a box ends at the next heading.
    let g = seed(&seeds, "001_7950ec96d4316666.txt").unwrap();
    assert!(g.quote_under("DEN METODISKE TILGANG", "8 Skadesreduktion."));
    assert!(!g.quote_under("ETABLERING AF BOLIGLØSNING", "8 Skadesreduktion."));
    assert!(g.quote_under(
        "ETABLERING AF BOLIGLØSNING",
        "hver fjerde ledige almene bolig"
    ));
    assert!(!g.quote_under(
        "LOVGIVNING: Fjerdedels-reglen",
        "benytte 'fjerdedels-reglen'"
    ));
    assert!(g.quote_under("GODE RÅD", "benytte 'fjerdedels-reglen'"));
    assert!(g.quote_under("KENDETEGN: CTI-METODEN", "En gennemgående støtteperson"));
    let k = seed(&seeds, "000_e7fbc46bf6fa66d9.txt").unwrap();
    assert!(k.quote_under("Fakta om hjemløse i Danmark", "de såkaldte sofa surfere"));
    assert!(!k.quote_under("Det kan betale sig!", "de såkaldte sofa surfere"));
    let e = seed(&seeds, "004_df7f168a50c39300.txt").unwrap();
    assert!(e.quote_under("5.1 Status for kommunerne", "cirka en sjettedel"));
    assert!(!e.quote_under(
        "5.1.2 Kommuner med en delvis forankring af Housing First-tilgangen",
        "cirka en sjettedel"
    ));
}

/// The check fails, naming the entry, file, heading and quote, for a quote that
/// is not in the seed, one under another heading and one under running text.
#[test]
fn a_wrong_quote_is_reported_with_entry_file_heading_and_quote() {
    let seeds = all();
    let src = |heading: &str, quote: &str| Source {
        file: "001_7950ec96d4316666.txt".into(),
        heading: heading.into(),
        quote: vec![quote.into()],
    };
    let owner = |s: Source| Owner {
        file: "guide.toml",
        who: "entry princip-8".into(),
        sources: vec![s],
    };
    // Emphasis, ticks and line breaks do not matter.
    let lower = owner(src(
        "DEN METODISKE TILGANG",
        "første skridt i tilgangen er derfor",
    ));
    assert_eq!(
        problems(&lower, &seeds, true).len(),
        1,
        "case is not normalised away"
    );
    let ok = owner(src(
        "DEN METODISKE TILGANG",
        "tilbyde borgerne relevante og\n   permanente boligløsninger",
    ));
    assert!(
        problems(&ok, &seeds, true).is_empty(),
        "{:?}",
        problems(&ok, &seeds, true)
    );
    let made_up = owner(src("DEN METODISKE TILGANG", "Skadesreduktion betyder at"));
    let p = problems(&made_up, &seeds, true).join("\n");
    assert!(
        p.contains("guide.toml: entry princip-8")
            && p.contains("001_7950ec96d4316666.txt")
            && p.contains("\"DEN METODISKE TILGANG\"")
            && p.contains("Skadesreduktion betyder at")
            && p.contains("not anywhere in the file"),
        "{p}"
    );
    let misplaced = owner(src("SPECIALISERET STØTTE", "8 Skadesreduktion."));
    let p = problems(&misplaced, &seeds, true).join("\n");
    assert!(p.contains("it is under [\"DEN METODISKE TILGANG\"]"), "{p}");
    let running_text = owner(src("brobygger og tillidsskaber", "8 Skadesreduktion."));
    let p = problems(&running_text, &seeds, true).join("\n");
    assert!(p.contains("which is not a heading of"), "{p}");
    let unquoted = Owner {
        file: "guide.toml",
        who: "entry princip-8".into(),
        sources: vec![Source {
            file: "001_7950ec96d4316666.txt".into(),
            heading: "DEN METODISKE TILGANG".into(),
            quote: vec![],
        }],
    };
    assert!(problems(&unquoted, &seeds, false).is_empty());
    assert!(problems(&unquoted, &seeds, true)
        .join("\n")
        .contains("has no quote"));
}

/// A `source` is one table or an array of tables; a mistake inside one keeps
/// its own message.
#[test]
fn a_source_is_one_table_or_an_array_of_tables() {
    let one =
        "id = \"t\"\nterm = \"T\"\ndefinition = \"D\"\n[source]\nfile = \"f\"\nheading = \"h\"\n";
    let t: content::Term = toml::from_str(one).unwrap();
    assert_eq!(t.source.len(), 1);
    assert!(t.source[0].quote.is_empty());
    let many = "id = \"t\"\nterm = \"T\"\ndefinition = \"D\"\n[[source]]\nfile = \"f\"\nheading = \"h\"\nquote = [\"a\", \"b\"]\n[[source]]\nfile = \"g\"\nheading = \"i\"\n";
    let t: content::Term = toml::from_str(many).unwrap();
    assert_eq!(t.source.len(), 2);
    assert_eq!(t.source[0].quote, ["a", "b"]);
    let inline = "id = \"t\"\nterm = \"T\"\ndefinition = \"D\"\nsource = { file = \"f\", heading = \"h\", quote = [\"a\"] }\n";
    assert_eq!(
        toml::from_str::<content::Term>(inline).unwrap().source[0].quote,
        ["a"]
    );
    let typo = many.replace("quote =", "qoute =");
    let err = toml::from_str::<content::Term>(&typo)
        .unwrap_err()
        .to_string();
    assert!(err.contains("qoute"), "{err}");
    let missing = "id = \"t\"\nterm = \"T\"\ndefinition = \"D\"\n";
    assert!(toml::from_str::<content::Term>(missing)
        .unwrap_err()
        .to_string()
        .contains("source"));
}
