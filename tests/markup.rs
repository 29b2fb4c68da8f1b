#![cfg(not(target_arch = "wasm32"))]
//! The rating scale built as markup (`model::markup`): every text is escaped,
//! the stored rating is checked, the radio to focus is marked, and each item's
//! scale has its six options with the level texts of the item bank.

use housing_first_guiden::content::{da, t, ItemText};
use housing_first_guiden::model::markup::{escape, scale};
use housing_first_guiden::model::rating::Rating;

#[test]
fn escape_makes_markup_characters_text() {
    assert_eq!(
        escape(r#"<img src=x onerror="alert('x')"> & co"#),
        "&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co"
    );
    assert_eq!(
        escape("Boligsocial indsats – æøå"),
        "Boligsocial indsats – æøå"
    );
}

fn hostile_item() -> ItemText {
    let mut text = da().items.items[0].text().clone();
    text.level_1 = "<script>alert(1)</script>".into();
    text.level_4 = "\"><b>fed</b>".into();
    text
}

#[test]
fn a_hostile_level_text_stays_text() {
    let html = scale(&hostile_item(), None, false);
    assert!(!html.contains("<script>"), "{html}");
    assert!(!html.contains("<b>"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;b&gt;fed&lt;/b&gt;"));
}

#[test]
fn every_item_has_six_options_with_its_level_texts() {
    for item in &da().items.items {
        let html = scale(item.text(), None, false);
        assert_eq!(html.matches("type=\"radio\"").count(), 6, "{}", item.id);
        for r in Rating::ALL {
            assert!(
                html.contains(&format!("id=\"r-{}-{}\"", item.id, r.code())),
                "{} {r:?}",
                item.id
            );
            assert!(
                html.contains(&escape(t(r.label_key()))),
                "{} {r:?}",
                item.id
            );
        }
        let text = item.text();
        assert!(
            !text.statement.is_empty() && !text.level_1.is_empty(),
            "{}",
            item.id
        );
        assert!(html.contains(&escape(&text.level_1)), "{}", item.id);
        assert!(html.contains(&escape(&text.level_4)), "{}", item.id);
        assert_eq!(
            html.matches("<div").count(),
            html.matches("</div>").count(),
            "{}",
            item.id
        );
        assert_eq!(
            html.matches("<label").count(),
            html.matches("</label>").count(),
            "{}",
            item.id
        );
    }
}

#[test]
fn the_stored_rating_is_checked_and_the_focus_mark_follows_it() {
    let item = &da().items.items[0];
    let id = &item.id;
    let none = scale(item.text(), None, true);
    assert!(!none.contains(" checked"));
    assert!(
        none.contains(&format!(
            "id=\"r-{id}-1\" name=\"r-{id}\" value=\"1\" data-autofocus=\"true\""
        )),
        "{none}"
    );
    assert_eq!(none.matches("data-autofocus").count(), 1);
    let three = scale(item.text(), Some(Rating::Partly), true);
    assert_eq!(three.matches(" checked").count(), 1);
    assert!(
        three.contains(&format!("value=\"3\" data-autofocus=\"true\" checked>")),
        "{three}"
    );
    assert!(!scale(item.text(), Some(Rating::Partly), false).contains("data-autofocus"));
}
