//! The five seed texts cut into sections under their headings, so a quote can
//! be looked for "under the cited heading": after that heading, before the next
//! heading of the same or a higher rank (a section includes its sub-sections).
//!
//! What a heading is was decided by reading the files (they are text extracted
//! from a PDF and from web pages, with no markup), so the headings are listed
//! here with their rank, as printed:
//! - 001 (the programme's guide): chapters are lines in capitals (rank 1); boxes
//!   and sidebars are "LABEL: Title" lines, "GODE RÅD", the phases "Fase n: …"
//!   and the figure captions in capitals that the extraction printed after
//!   their figure (rank 2). Numbered points and mixed-case lines ("1 Udbud af
//!   boliger", "Kapacitet i bostøtten") are not headings: they are points of
//!   their section.
//! - 000 (the KKR catalogue): the catalogue is a transcript whose pages are one
//!   long line each, so its headings are titles inside the lines (one rank);
//!   its table of contents is left out, since it repeats the titles.
//! - 002 (a web page) and 003 (an op-ed): the page's own headings, one line each;
//!   pull quotes, bylines and photo credits are not headings.
//! - 004 (an evaluation chapter): the numbered headings; the rank is the depth
//!   of the number.
//!
//! A test checks that every heading listed here is found as a heading in its
//! file, so the list cannot hold a heading the file does not print.

use std::path::{Path, PathBuf};

/// How one seed file is cut into sections.
pub struct Layout {
    pub file: &'static str,
    /// Headings printed inside running text (000) rather than on lines of their own.
    pub inline: bool,
    /// Passages left out before cutting, from a start text through an end text
    /// (a table of contents that repeats the headings).
    pub skip: &'static [(&'static str, &'static str)],
    /// (rank, heading as printed; a heading over two lines is joined with a space).
    pub headings: &'static [(u8, &'static str)],
}

pub const LAYOUTS: &[Layout] = &[
    Layout {
        file: "000_e7fbc46bf6fa66d9.txt",
        inline: true,
        skip: &[(
            "Indhold Fakta om hjemløse i Danmark 1",
            "Den brændende platform 8",
        )],
        headings: &[
            (1, "Relaterede dokumenter"),
            (1, "Transkript:"),
            (1, "Inspirationskatalog HJEMLØSHED"),
            (1, "Fakta om hjemløse i Danmark"),
            (1, "Forsorgshjem - løsning i akut situation"),
            (1, "Fakta om Fremskudt Sagsbehandling"),
            (1, "Fremskudt Sagsbehandling en vej til hurtigere og helhedsorienteret hjælp"),
            (1, "Ungeprojektet"),
            (1, "Tættere samarbejde kan forebygge unges hjemløshed"),
            (1, "Én indgang for alle unge!"),
            (1, "Målgruppeforståelse"),
            (1, "Utraditionelle boligløsninger til unge"),
            (1, "Fakta om Housing First"),
            (1, "Kom godt i gang med Housing First fem implementeringsdrivkræfter!"),
            (1, "Det kan betale sig!"),
            (1, "Gode tips til at fastholde borgere i boligen"),
            (1, "Vejen til at fastholde borgere i boligen er samarbejde og dialog"),
            (1, "Inspiration til billige og alternative boliger"),
            (1, "Bevar og byg billige boliger!"),
            (1, "Den brændende platform!"),
        ],
    },
    Layout {
        file: "001_7950ec96d4316666.txt",
        inline: false,
        skip: &[],
        headings: &[
            (1, "UDBREDELSE AF HOUSING FIRST BESKRIVELSE AF INDSATSEN"),
            (1, "INDHOLD"),
            (1, "INTRODUKTION"),
            (2, "TILGANG: Metoderne i Housing First"),
            (1, "DEN METODISKE TILGANG"),
            (2, "TILGANGENS OTTE GRUNDPRINCIPPER"),
            (2, "PRAKSISERFARING: Praktiske udfordringer for Housing First"),
            (1, "ETABLERING AF BOLIGLØSNING"),
            (2, "FIRE FORUDSÆTNINGER FOR BOLIGLØSNINGERNE"),
            (2, "PRAKSISERFARING: Central boliganvisning"),
            (2, "LOVGIVNING: Fjerdedels-reglen"),
            (2, "GODE RÅD"),
            (2, "PRAKSISERFARING: Forskellige behov for boligløsning"),
            (2, "PRAKSISERFARING: Ungdomsboliger til udsatte unge"),
            (2, "GODE RÅD #2"),
            (2, "TJEKLISTE: Læringspunkter inden implementering"),
            (1, "SPECIALISERET STØTTE"),
            (2, "TILGANG: Målgruppedifferentiering"),
            (2, "KENDETEGN: CTI-METODEN"),
            (2, "Fase 1: OVERGANG TIL EGEN BOLIG"),
            (2, "Fase 2: AFPRØVNING"),
            (2, "Fase 3: OVERDRAGELSE AF STØTTEN"),
            (2, "CTI-FORLØBETS TRE FASER"),
            (2, "KENDETEGN: ICM-METODEN"),
            (2, "KENDETEGN: ACT-METODEN"),
            (1, "GODE RÅD TIL IMPLEMENTERING"),
            (2, "PRAKSISERFARING: Den kommunale ledelse kan spille en stor rolle"),
            (2, "PRAKSISERFARING: En modificeret ACT-indsats"),
            (2, "PRAKSISERFARING: Tilgangen styrker det socialfaglige arbejde"),
            (2, "ORGANISERING: Aktører i det tværfaglige samarbejde"),
            (2, "TJEKLISTE: Gode løsninger for udvikling af indsatsen"),
            (1, "INSPIRATION TIL VIDERE LÆSNING"),
        ],
    },
    Layout {
        file: "002_e8ba956f663ac236.txt",
        inline: false,
        skip: &[],
        headings: &[
            (1, "Hjemløsestrategi"),
            (1, "Høje-Taastrup Kommunes Plan for nedbringelse af hjemløshed 2023-2027"),
            (2, "Det Høje-Taastrup Kommune står på"),
            (3, "Den faglige tilgang"),
            (3, "Arbejdet med udbud og anvisning af boliger i Høje-Taastrup Kommune"),
            (4, "Aftaler med boligorganisationerne om boliger til kommunal boligsocial anvisning"),
            (4, "Borgere i hjemløshed og boligsocial anvisning"),
            (4, "Forebyggelse af udsættelser sammen med to boligorganisationer."),
            (2, "Planens indsatser i 2023-2027"),
            (3, "1) Styrkede overgange for unge med sociale udfordringer"),
            (3, "2) Forebyggelse af udsættelser"),
            (3, "3) Udbud af boliger"),
            (2, "Opfølgning på planens indsatser"),
            (2, "Samarbejdet med Hjem til Alle Alliancen"),
            (1, "Hold dig orienteret om Høje-Taastrup Kommune"),
        ],
    },
    Layout {
        file: "003_287b77cf27f5235a.txt",
        inline: false,
        skip: &[],
        headings: &[
            (1, "Hjem til Alle: Vi ved, hvad der virker, når hjemløseindsatsen skal omstilles markant"),
            (2, "Lær af de gode eksempler"),
            (2, "Læs også"),
            (2, "Det betaler sig"),
            (1, "Afsendere"),
            (1, "Politik har aldrig været vigtigere"),
            (1, "Omtalte personer"),
        ],
    },
    Layout {
        file: "004_df7f168a50c39300.txt",
        inline: false,
        skip: &[],
        headings: &[
            (1, "5 Udbredelsen af Housing First 2016-2019"),
            (2, "5.1 Status for kommunerne"),
            (3, "5.1.1 Kommuner med en stærk implementering af Housing First-tilgangen"),
            (3, "5.1.2 Kommuner med en delvis forankring af Housing First-tilgangen"),
            (3, "5.1.3 Kommuner med en begrænset forankring af Housing First-tilgangen"),
        ],
    },
];

/// Whitespace runs become one space; `*` (emphasis) and `✓` (list ticks) go.
/// Nothing else is changed: no case folding, no quote marks, no hyphens.
pub fn normalise(s: &str) -> String {
    let kept: String = s.chars().filter(|c| *c != '*' && *c != '✓').collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The folder with the seed texts; the tests fail here, saying where they
/// looked, when it is not there.
pub fn seeds_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    assert!(
        dir.is_dir(),
        "\n\nThe seed texts are not there: looked for the folder {} \
         (../shared/seeds/ beside the checkout). The quote tests cannot check \
         anything without them.\n",
        dir.display()
    );
    dir
}

/// One section: its heading and its text (normalised, lines joined by spaces).
pub struct Section {
    pub heading: &'static str,
    pub text: String,
}

/// A seed file cut into its sections, in the file's order; a heading printed
/// more than once has one section per occurrence.
pub struct Seed {
    pub layout: &'static Layout,
    pub sections: Vec<Section>,
}

impl Seed {
    pub fn load(layout: &'static Layout) -> Seed {
        let path = seeds_dir().join(layout.file);
        let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!("\n\nThe seed text {} cannot be read: {e}\n", path.display())
        });
        let mut text: String = raw.lines().map(normalise).collect::<Vec<_>>().join("\n");
        for (start, end) in layout.skip {
            let i = text.find(start).unwrap_or_else(|| {
                panic!(
                    "{}: the passage to leave out {start:?} is not there",
                    layout.file
                )
            });
            let j =
                i + text[i..].find(end).unwrap_or_else(|| {
                    panic!(
                        "{}: the end {end:?} of the passage to leave out is not there",
                        layout.file
                    )
                }) + end.len();
            text.replace_range(i..j, "\n");
        }
        if layout.inline {
            for (_, h) in layout.headings {
                text = text.replace(h, &format!("\n{h}\n"));
            }
        }
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        // Where each heading starts: (line, lines it takes, rank, heading).
        let mut marks = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            let two = lines.get(i + 1).map(|next| format!("{} {next}", lines[i]));
            let found = layout.headings.iter().find_map(|&(rank, h)| {
                if two.as_deref() == Some(h) {
                    Some((2, rank, h))
                } else if lines[i] == h {
                    Some((1, rank, h))
                } else {
                    None
                }
            });
            if let Some((span, rank, h)) = found {
                marks.push((i, span, rank, h));
                i += span;
            } else {
                i += 1;
            }
        }
        let sections = marks
            .iter()
            .enumerate()
            .map(|(k, &(start, span, rank, heading))| {
                let end = marks[k + 1..]
                    .iter()
                    .find(|m| m.2 <= rank)
                    .map_or(lines.len(), |m| m.0);
                // The body, with the sub-sections' headings in it as printed.
                Section {
                    heading,
                    text: lines[start + span..end].join(" "),
                }
            })
            .collect();
        Seed { layout, sections }
    }

    /// Whether `heading` is one of the file's headings.
    pub fn has_heading(&self, heading: &str) -> bool {
        self.sections.iter().any(|s| s.heading == heading)
    }

    /// Whether the (normalised) quote is in a section under `heading`.
    pub fn quote_under(&self, heading: &str, quote: &str) -> bool {
        self.sections
            .iter()
            .any(|s| s.heading == heading && s.text.contains(quote))
    }

    /// The innermost headings the quote is found under, to help fix a citation.
    pub fn where_is(&self, quote: &str) -> Vec<&'static str> {
        let mut found: Vec<&'static str> = self
            .sections
            .iter()
            .filter(|s| s.text.contains(quote))
            .map(|s| s.heading)
            .collect();
        found.dedup();
        found
    }
}

/// Every seed, loaded once per test.
pub fn all() -> Vec<Seed> {
    LAYOUTS.iter().map(Seed::load).collect()
}
