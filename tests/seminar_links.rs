#![cfg(not(target_arch = "wasm32"))]
//! Seminar links and files with the real content: round trips, lengths,
//! every error told apart, and hostile input (garbage, truncation, tampering,
//! huge pastes) that must never panic nor pass, with the work it may cost
//! bounded (bytes allocated), not the time on the clock.

use housing_first_guiden::content::da;
use housing_first_guiden::model::assessment::new_id;
use housing_first_guiden::model::rating::Rating;
use housing_first_guiden::model::seminar::*;
use housing_first_guiden::storage::codec::*;
use housing_first_guiden::storage::schema::encode;
use proptest::prelude::*;
#[path = "support/counting_alloc.rs"]
mod counting_alloc;
use counting_alloc::allocated_by;

fn whole_def() -> SeminarDef {
    SeminarDef {
        id: new_id(1_767_225_600_000.0, 0.42),
        title: "Ledelsesseminar i Eksempel Kommune".into(),
        items: template_items(da(), Template::Whole),
        roles: vec!["Ledelse".into(), "Faglig".into(), "Politisk".into()],
        created: 1_767_225_600_000.0,
    }
}

fn response(def: &SeminarDef, ratings: Vec<Option<Rating>>) -> Response {
    Response {
        seminar: def.id.clone(),
        participant: new_id(1_767_226_000_000.0, 0.73),
        name: "Mette Sørensen-Holm".into(),
        role: "Ledelse".into(),
        ratings,
        at: 1_767_226_123_456.0,
    }
}

/// Every value a rating can take, unanswered included.
fn values() -> Vec<Option<Rating>> {
    std::iter::once(None)
        .chain(Rating::ALL.into_iter().map(Some))
        .collect()
}

#[test]
fn every_rating_round_trips_at_every_position() {
    let def = whole_def();
    let v = values();
    // Shift k puts value (i + k) mod 7 at position i: over the seven shifts
    // every value stands at every position.
    for k in 0..v.len() {
        let ratings = (0..def.items.len()).map(|i| v[(i + k) % v.len()]).collect();
        let r = response(&def, ratings);
        let link = encode_response(&r, &def);
        assert_eq!(decode_response(&link, &def), Ok(r.clone()));
        let url = format!("https://eksempel.dk/hf/#/seminar/svar/{link}");
        assert_eq!(decode_response(&url, &def), Ok(r.clone()));
        let file = encode_response_file(&r, &def);
        assert_eq!(decode_response_file(&file, &def), Ok(r));
    }
}

#[test]
fn answer_links_are_short() {
    let mut def = whole_def();
    def.items.truncate(50);
    let name = "Mette Sørensen-Holms"; // 20 characters
    assert_eq!(name.chars().count(), 20);
    let mut r = response(&def, vec![Some(Rating::Partly); 50]);
    r.name = name.into();
    let link = encode_response(&r, &def);
    assert_eq!(decode_response(&link, &def), Ok(r));
    // 2 (kind, version) + 50 ratings + '.' + base64 of 66 bytes: seminar id 1+10
    // (19 hex digits packed), fingerprint 4, participant 1+10, time 6, name 1+21
    // (ø is two bytes), role 1+7, CRC-32 4.
    assert_eq!(link.len(), 141, "{link}");
    let url = format!("https://eksempel.dk/housing-first-guiden/#/seminar/svar/{link}");
    assert!(url.len() < 2000);
    assert_eq!(url.len(), 197);
}

#[test]
fn invitations_round_trip_and_are_short() {
    let c = da();
    let def = whole_def();
    assert_eq!(def.items.len(), 66);
    let link = encode_invitation(&def);
    assert_eq!(decode_invitation(&link, c), Ok(def.clone()));
    let url = format!("https://eksempel.dk/housing-first-guiden/#/seminar/deltag/{link}");
    assert_eq!(decode_invitation(&url, c), Ok(def.clone()));
    assert_eq!(link.len(), 202, "{link}");

    let mut drivers = def.clone();
    drivers.items = template_items(c, Template::Drivers);
    drivers.roles.clear();
    let link = encode_invitation(&drivers);
    assert_eq!(decode_invitation(&link, c), Ok(drivers));
    assert_eq!(link.len(), 138, "{link}");

    // A hand-picked list in any order.
    let mut picked = def.clone();
    picked.items = ["led-03", "ind-01", "tjb-9", "led-04", "led-05", "pri-2"]
        .map(String::from)
        .to_vec();
    assert_eq!(
        decode_invitation(&encode_invitation(&picked), c),
        Ok(picked)
    );
}

#[test]
fn a_seminar_with_every_section_and_every_method_check_stays_scannable() {
    let c = da();
    let mut def = whole_def();
    let checks: Vec<String> = ["metodetjek-cti", "metodetjek-icm", "metodetjek-act"]
        .map(String::from)
        .to_vec();
    def.items = with_method_checks(c, def.items, &checks);
    assert_eq!(def.items.len(), 66 + 10 + 9 + 9);
    assert_eq!(&def.items[66..68], ["cti-1", "cti-2"]);
    // Choosing a check twice adds nothing.
    assert_eq!(with_method_checks(c, def.items.clone(), &checks), def.items);
    let link = encode_invitation(&def);
    assert_eq!(decode_invitation(&link, c), Ok(def.clone()));
    assert_eq!(link.len(), 244, "{link}");
    // The whole invitation address is 302 characters: QR version 13 (69 × 69
    // modules, medium error correction), as against version 12 for the 66 items.
    let url = format!("https://eksempel.dk/housing-first-guiden/#/seminar/deltag/{link}");
    let version = |u: &str| (housing_first_guiden::model::qr::qr(u).unwrap().side - 8 - 21) / 4 + 1;
    assert_eq!((url.len(), version(&url)), (302, 13));
    let common = format!(
        "https://eksempel.dk/housing-first-guiden/#/seminar/deltag/{}",
        encode_invitation(&whole_def())
    );
    assert_eq!((common.len(), version(&common)), (260, 12));
    // A participant's answer link grows by one character per item.
    let r = response(&def, vec![Some(Rating::Partly); def.items.len()]);
    assert_eq!(decode_response(&encode_response(&r, &def), &def), Ok(r));
}

#[test]
fn texts_are_clipped_to_their_limits() {
    let c = da();
    let mut def = whole_def();
    def.title = "å".repeat(500);
    def.roles = vec!["r".repeat(100); 30];
    let back = decode_invitation(&encode_invitation(&def), c).unwrap();
    assert_eq!(back.title.chars().count(), MAX_TITLE_CHARS);
    assert_eq!(back.roles.len(), MAX_ROLES);
    assert!(back
        .roles
        .iter()
        .all(|r| r.chars().count() == MAX_ROLE_CHARS));

    let mut r = response(&def, vec![None; def.items.len()]);
    r.name = format!("  {}  ", "ø".repeat(100));
    r.role = " Ledelse ".into();
    let back = decode_response(&encode_response(&r, &def), &def).unwrap();
    assert_eq!(back.name.chars().count(), MAX_NAME_CHARS);
    assert_eq!(back.role, "Ledelse");
}

#[test]
fn every_link_error_is_told_apart() {
    let c = da();
    let def = whole_def();
    let r = response(&def, vec![Some(Rating::Fully); def.items.len()]);
    let link = encode_response(&r, &def);

    assert_eq!(decode_response("", &def), Err(CodecError::Empty));
    assert_eq!(
        decode_response("https://x.dk/#/seminar/svar/", &def),
        Err(CodecError::Empty)
    );
    assert_eq!(
        decode_response(&"s".repeat(MAX_LINK_CHARS + 1), &def),
        Err(CodecError::TooLong)
    );
    for garbage in ["hej", "https://eksempel.dk/", "s", "sx", "i1abc", "S1"] {
        assert_eq!(
            decode_response(garbage, &def),
            Err(CodecError::NotALink),
            "{garbage}"
        );
    }
    assert_eq!(
        decode_response(&link.replacen("s1", "s2", 1), &def),
        Err(CodecError::UnknownVersion(2))
    );
    assert_eq!(
        decode_response(&link[..link.len() - 3], &def),
        Err(CodecError::Damaged)
    );

    let mut other = def.clone();
    other.id = "andet".into();
    assert_eq!(
        decode_response(&link, &other),
        Err(CodecError::OtherSeminar { title: None })
    );
    let mut changed = def.clone();
    changed.items.swap(0, 1);
    assert_eq!(
        decode_response(&link, &changed),
        Err(CodecError::ChangedSeminar)
    );
    let short = response(&def, vec![None; 3]);
    assert_eq!(
        decode_response(&encode_response(&short, &def), &def),
        Err(CodecError::WrongLength)
    );

    // Invitations.
    assert_eq!(decode_invitation(" \n", c), Err(CodecError::Empty));
    assert_eq!(decode_invitation(&link, c), Err(CodecError::NotALink));
    let inv = encode_invitation(&def);
    assert_eq!(
        decode_invitation(&inv.replacen("i1", "i7", 1), c),
        Err(CodecError::UnknownVersion(7))
    );
    assert_eq!(
        decode_invitation(&inv[..inv.len() - 1], c),
        Err(CodecError::Damaged)
    );
    let mut unknown = def.clone();
    unknown.items.push("ind-99".into());
    assert_eq!(
        decode_invitation(&encode_invitation(&unknown), c),
        Err(CodecError::UnknownItem("ind-99".into()))
    );
}

#[test]
fn every_file_error_is_told_apart() {
    let def = whole_def();
    let r = response(&def, vec![Some(Rating::Started); def.items.len()]);
    let file = encode_response_file(&r, &def);

    assert_eq!(decode_response_file("  ", &def), Err(CodecError::Empty));
    assert_eq!(
        decode_response_file(&" ".repeat(MAX_FILE_BYTES + 1), &def),
        Err(CodecError::TooLong)
    );
    assert_eq!(
        decode_response_file("{\"a\": 1}", &def),
        Err(CodecError::NotALink)
    );
    assert_eq!(
        decode_response_file("ikke json", &def),
        Err(CodecError::NotALink)
    );
    assert_eq!(
        decode_response_file(&encode("assessment", &r), &def),
        Err(CodecError::NotALink)
    );
    assert_eq!(
        decode_response_file(&file.replacen("\"schema\":1", "\"schema\":9", 1), &def),
        Err(CodecError::UnknownVersion(9))
    );
    assert_eq!(
        decode_response_file(&file.replacen("\"ratings\"", "\"rattings\"", 1), &def),
        Err(CodecError::Damaged)
    );
    assert_eq!(
        decode_response_file(&file.replacen("\"2\"", "\"7\"", 1), &def),
        Err(CodecError::Damaged)
    );

    let mut other = def.clone();
    other.id = "andet".into();
    other.title = "Forårsseminar".into();
    assert_eq!(
        decode_response_file(&encode_response_file(&r, &other), &def),
        Err(CodecError::OtherSeminar {
            title: Some("Forårsseminar".into())
        })
    );
    let mut changed = def.clone();
    changed.items.pop();
    assert_eq!(
        decode_response_file(&file, &changed),
        Err(CodecError::ChangedSeminar)
    );
    let short = response(&def, vec![None; 2]);
    assert_eq!(
        decode_response_file(&encode_response_file(&short, &def), &def),
        Err(CodecError::WrongLength)
    );
    // A byte-order mark and surrounding space (as some editors save) are fine.
    assert_eq!(
        decode_response_file(&format!("\u{feff}{file}\n"), &def),
        Ok(r)
    );
}

#[test]
fn a_pasted_block_of_links_merges() {
    let def = whole_def();
    let mut block = String::new();
    for (k, p) in ["a", "b", "c"].iter().enumerate() {
        let mut r = response(&def, vec![Some(Rating::ALL[k]); 66]);
        r.participant = p.to_string();
        block.push_str(&format!(
            "  https://eksempel.dk/#/seminar/svar/{}\r\n\n",
            encode_response(&r, &def)
        ));
    }
    let mut s = Seminar::new(def.clone());
    for link in split_links(&block) {
        let r = decode_response(link, &def).unwrap();
        assert_eq!(s.add(r), AddOutcome::Added);
    }
    // Pasting the same block again adds nothing.
    for link in split_links(&block) {
        let r = decode_response(link, &def).unwrap();
        assert_eq!(s.add(r), AddOutcome::Unchanged);
    }
    assert_eq!(s.responses.len(), 3);
}

#[test]
fn every_truncation_is_refused() {
    let c = da();
    let def = whole_def();
    let r = response(&def, values().into_iter().cycle().take(66).collect());
    let link = encode_response(&r, &def);
    for n in 0..link.len() {
        assert!(decode_response(&link[..n], &def).is_err(), "{n}");
    }
    let inv = encode_invitation(&def);
    for n in 0..inv.len() {
        assert!(decode_invitation(&inv[..n], c).is_err(), "{n}");
    }
    let file = encode_response_file(&r, &def);
    for n in (0..file.len()).filter(|n| file.is_char_boundary(*n)) {
        assert!(decode_response_file(&file[..n], &def).is_err(), "{n}");
    }
}

/// Hostile sizes cost bounded work: too-long input is refused before a
/// byte is allocated, input just under the limit costs at most a few times
/// its size, and a megabyte of garbage or of nesting is given up at once.
#[test]
fn huge_input_is_refused_with_bounded_work() {
    let c = da();
    let def = whole_def();
    let huge = format!("s1{}", "A".repeat(1_000_000));
    let (r, bytes) = allocated_by(|| decode_response(&huge, &def));
    assert_eq!((r, bytes), (Err(CodecError::TooLong), 0));
    let (r, bytes) = allocated_by(|| decode_invitation(&huge, c));
    assert_eq!((r, bytes), (Err(CodecError::TooLong), 0));
    // Just under the limit: read, and refused as damaged.
    let long = format!("s1{}.{}", "1".repeat(10_000), "A".repeat(9_000));
    let (r, bytes) = allocated_by(|| decode_response(&long, &def));
    assert_eq!(r, Err(CodecError::Damaged));
    assert!(bytes <= 4 * long.len(), "{bytes} bytes for {}", long.len());
    let long = format!("i1{}", "A".repeat(19_996));
    let (r, bytes) = allocated_by(|| decode_invitation(&long, c));
    assert_eq!(r, Err(CodecError::Damaged));
    assert!(bytes <= 4 * long.len(), "{bytes} bytes for {}", long.len());
    // A 1 MB file of garbage, and one of deep nesting.
    let garbage = "x".repeat(1_000_000);
    let (r, bytes) = allocated_by(|| decode_response_file(&garbage, &def));
    assert_eq!(r, Err(CodecError::NotALink));
    assert!(bytes <= 4096, "{bytes} bytes for garbage");
    let deep = format!("{}{}", "[".repeat(500_000), "]".repeat(500_000));
    let (r, bytes) = allocated_by(|| decode_response_file(&deep, &def));
    assert_eq!(r, Err(CodecError::NotALink));
    assert!(bytes <= 64 * 1024, "{bytes} bytes for deep nesting");
}

/// The characters a tampering could bring in: the payload's own alphabet
/// and a few from around links.
const LINK_CHARS: &str =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.1234vr~,/#?= é\n";

#[test]
fn every_single_character_change_is_refused() {
    let c = da();
    let def = whole_def();
    let r = response(&def, values().into_iter().cycle().take(66).collect());
    let link = encode_response(&r, &def);
    let inv = encode_invitation(&def);
    for k in 0..link.chars().count().max(inv.chars().count()) {
        for ch in LINK_CHARS.chars() {
            let t = replace_char(&link, k, ch);
            if t != link {
                assert!(decode_response(&t, &def).is_err(), "{t}");
            }
            let t = replace_char(&inv, k, ch);
            if t != inv {
                assert!(decode_invitation(&t, c).is_err(), "{t}");
            }
        }
    }
}

fn link_char() -> impl Strategy<Value = char> {
    prop::sample::select(LINK_CHARS.chars().collect::<Vec<_>>())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,300}", tail in "[A-Za-z0-9_.-]{0,200}") {
        let c = da();
        let def = whole_def();
        let _ = decode_response(&s, &def);
        let _ = decode_invitation(&s, c);
        let _ = decode_response_file(&s, &def);
        for prefix in ["s1", "i1", "s1.", "s1111."] {
            let t = format!("{prefix}{tail}");
            prop_assert!(decode_response(&t, &def).is_err());
            prop_assert!(decode_invitation(&t, c).is_err());
        }
    }

    #[test]
    fn any_changed_character_is_refused(
        k in 0usize..1000,
        ch in link_char(),
        ratings in prop::collection::vec(prop::sample::select(values()), 66),
        name in "\\PC{0,30}",
    ) {
        let c = da();
        let def = whole_def();
        let mut r = response(&def, ratings);
        r.name = name;
        let link = encode_response(&r, &def);
        let tampered = replace_char(&link, k, ch);
        if tampered != link {
            prop_assert!(decode_response(&tampered, &def).is_err(), "{} -> {}", link, tampered);
        }
        let inv = encode_invitation(&def);
        let tampered = replace_char(&inv, k, ch);
        if tampered != inv {
            prop_assert!(decode_invitation(&tampered, c).is_err(), "{} -> {}", inv, tampered);
        }
    }
}

/// `s` with its character number `k mod len` replaced by `ch`.
fn replace_char(s: &str, k: usize, ch: char) -> String {
    let k = k % s.chars().count();
    s.chars()
        .enumerate()
        .map(|(i, c)| if i == k { ch } else { c })
        .collect()
}
