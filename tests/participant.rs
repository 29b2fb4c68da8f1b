#![cfg(not(target_arch = "wasm32"))]
//! A participant's page as markup (`ui::participant::markup`): what an
//! invitation brings and what the participant typed stays text, every
//! statement is the self-assessment's fieldset with its scale and stored
//! answer, the frame is the app's with the seminar marked, and the send
//! section carries the link and its QR code.

use housing_first_guiden::content::da;
use housing_first_guiden::model::markup::escape;
use housing_first_guiden::model::rating::Rating;
use housing_first_guiden::model::seminar::{Participation, SeminarDef};
use housing_first_guiden::ui::participant::markup::{
    answer_file_name, frame, notices, page, refused, statements, Notices,
};

fn def(title: &str, roles: &[&str]) -> SeminarDef {
    SeminarDef {
        id: "19b8a7c6d5e4f3a2b1c".into(),
        title: title.into(),
        items: vec![
            "ind-01".into(),
            "ind-02".into(),
            "kon-01".into(),
            "pri-1".into(),
        ],
        roles: roles.iter().map(|r| r.to_string()).collect(),
        created: 1767225600000.0,
    }
}

fn participation(title: &str, roles: &[&str]) -> Participation {
    Participation::new(def(title, roles), "p1".into(), 1767226000000.0)
}

const HOSTILE: &str = "<img src=x onerror=\"alert(1)\"> & <script>x</script>";

#[test]
fn a_hostile_title_role_and_name_stay_text() {
    let mut p = participation(HOSTILE, &[HOSTILE, "Ledelse"]);
    p.response.name = HOSTILE.into();
    p.response.role = HOSTILE.into();
    let html = page(&p, 4, "http://127.0.0.1/#/seminar/svar/s1x\"><b>");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<script>"), "{html}");
    assert!(!html.contains("\"><b>"), "{html}");
    // The title as the heading, the name as the field's value, the role chosen.
    assert!(html.contains(&format!("<h1 tabindex=\"-1\">{}</h1>", escape(HOSTILE))));
    assert!(html.contains(&format!("value=\"{}\">", escape(HOSTILE))));
    assert!(html.contains(&format!(
        "<option value=\"{0}\" selected>{0}</option>",
        escape(HOSTILE)
    )));
    assert!(html.contains("<option value=\"Ledelse\">Ledelse</option>"));
    assert!(!refused(HOSTILE).contains("<img"));
}

#[test]
fn every_statement_is_a_fieldset_with_its_scale_and_stored_answer() {
    let mut p = participation("Seminar", &[]);
    p.response.ratings[1] = Some(Rating::Partly);
    let html = statements(&p, 0..4);
    for (n, id) in p.def.items.iter().enumerate() {
        let item = da().item(id).unwrap();
        assert!(html.contains(&format!(
            "<fieldset class=\"rating-item\" id=\"item-{id}\" data-item=\"{id}\">"
        )));
        assert!(html.contains(&format!(
            "<span class=\"rating-item__number\">{}.</span> {}</legend>",
            n + 1,
            escape(&item.text().statement)
        )));
        assert!(html.contains(&format!("id=\"r-{id}-1\"")), "{id}");
    }
    assert_eq!(html.matches("type=\"radio\"").count(), 4 * 6);
    assert_eq!(html.matches(" checked").count(), 1);
    assert!(html.contains("id=\"r-ind-02-3\" name=\"r-ind-02\" value=\"3\" checked>"));
    // Each links to the guide entry it rests on.
    assert_eq!(html.matches("class=\"rating-item__guide\"").count(), 4);
    // No roles: no role field.
    assert!(!page(&p, 1, "x").contains("p-role"));
}

#[test]
fn the_first_part_comes_with_the_page_and_the_rest_after() {
    let p = participation("Seminar", &["Ledelse"]);
    let first = page(&p, 1, "http://127.0.0.1/#/seminar/svar/s1");
    assert_eq!(first.matches("<fieldset").count(), 1);
    assert_eq!(statements(&p, 1..4).matches("<fieldset").count(), 3);
    assert!(first.contains("0 af 4 besvaret"));
    assert!(first.contains("Du mangler 4 udsagn"));
    assert!(first.contains("id=\"answer-link\""));
    assert!(first.contains("value=\"http://127.0.0.1/#/seminar/svar/s1\""));
    assert!(first.contains("<svg class=\"qr qr--large\""));
}

#[test]
fn the_frame_is_the_apps_with_the_seminar_marked() {
    let html = frame("<p>side</p>");
    assert!(html.starts_with("<a class=\"skipnav\" href=\"#main\">"));
    assert!(html.contains(
        "<main id=\"main\" tabindex=\"-1\" class=\"container app-main\"><p>side</p></main>"
    ));
    assert_eq!(html.matches("aria-current=\"page\"").count(), 1);
    assert!(html.contains("href=\"#/seminar\" aria-current=\"page\">Seminar</a>"));
    assert!(html.contains("aria-controls=\"main-nav\" aria-expanded=\"false\""));
}

#[test]
fn the_storage_notices_say_what_happened() {
    let none = notices(&Notices {
        in_memory: false,
        not_saved: None,
        newer: false,
        aside: 0,
    });
    assert!(none.is_empty());
    let all = notices(&Notices {
        in_memory: true,
        not_saved: Some("fuldt"),
        newer: true,
        aside: 2,
    });
    assert!(all.contains("Intet bliver gemt i denne browser"));
    assert!(all.contains("role=\"alert\"") && all.contains("fuldt"));
    assert!(all.contains("Dine svar kunne ikke gemmes"));
    assert!(all.contains("Nogle data er fra en nyere version"));
    assert!(all.contains("data-aside=\"1\">Hent ulæselige data 2</button>"));
}

#[test]
fn the_answer_files_name_comes_from_the_name() {
    assert_eq!(answer_file_name(""), "seminarsvar-svar.json");
    assert_eq!(answer_file_name("  "), "seminarsvar-svar.json");
    assert_eq!(
        answer_file_name("Anna Ørsted"),
        "seminarsvar-anna-oersted.json"
    );
}
