//! What the data home shows: the section on Mine data ("Hvor dine data
//! bor": the browser's promise, the space used, the linked file, the last
//! copy) and the one-line file status shown near the storage notices.

use super::file::{self, FileState, WriteStatus};
use super::{download_backup, use_data_home, DataHomeState};
use crate::model::data_home::SavedHow;
use crate::model::format::da_fixed as da_decimal;
use crate::ui::state::{repo, use_state};
use leptos::prelude::*;

/// "kl. 14.32" today, else "1.3.2026 kl. 14.32" (the user's time zone).
pub fn when_text(ms: f64) -> String {
    let d = js_sys::Date::new(&ms.into());
    let today = js_sys::Date::new_0();
    let time = format!("{}.{:02}", d.get_hours(), d.get_minutes());
    let same_day = d.get_full_year() == today.get_full_year()
        && d.get_month() == today.get_month()
        && d.get_date() == today.get_date();
    if same_day {
        t!("datahome.at_today").replace("{time}", &time)
    } else {
        t!("datahome.at_day")
            .replace(
                "{date}",
                &format!(
                    "{}.{}.{}",
                    d.get_date(),
                    d.get_month() + 1,
                    d.get_full_year()
                ),
            )
            .replace("{time}", &time)
    }
}

/// Bytes as "12 KB" or "3,4 MB".
pub fn bytes_text(bytes: f64) -> String {
    if bytes < 1024.0 {
        t!("mydata.bytes").replace("{n}", &crate::model::format::fixed(bytes, 0))
    } else if bytes < 1024.0 * 1024.0 {
        t!("mydata.kb").replace("{n}", &da_decimal(bytes / 1024.0, 1))
    } else if bytes < 1024.0 * 1024.0 * 1024.0 {
        t!("mydata.mb").replace("{n}", &da_decimal(bytes / (1024.0 * 1024.0), 1))
    } else {
        t!("mydata.gb").replace("{n}", &da_decimal(bytes / (1024.0 * 1024.0 * 1024.0), 1))
    }
}

/// The linked file's state in one sentence, or `None` when no file is linked.
fn file_line(f: &FileState) -> Option<String> {
    Some(match f {
        FileState::Unsupported | FileState::NotLinked => return None,
        FileState::Paused { name, .. } => t!("datahome.file_paused").replace("{name}", name),
        FileState::OtherTab { name } => t!("datahome.file_other_tab").replace("{name}", name),
        FileState::Wiped { name } => t!("datahome.file_wiped").replace("{name}", name),
        FileState::Linked { name, status, .. } => match status {
            WriteStatus::Ready => t!("datahome.file_ready").replace("{name}", name),
            WriteStatus::Writing => t!("datahome.file_writing").replace("{name}", name),
            WriteStatus::Written(at) => t!("datahome.file_written")
                .replace("{name}", name)
                .replace("{when}", &when_text(*at)),
            WriteStatus::Failed(why) => t!("datahome.file_failed")
                .replace("{name}", name)
                .replace("{why}", why),
        },
    })
}

/// The last copy outside the browser, and whether there are changes since.
fn last_copy_line(dh: DataHomeState) -> String {
    dh.home.with(|h| {
        let since = if h.has_unsaved() {
            t!("datahome.changes_since")
        } else {
            t!("datahome.no_changes_since")
        };
        match (h.saved_at, h.saved_how) {
            (Some(at), Some(how)) => {
                let text = match how {
                    SavedHow::File => t!("datahome.last_file"),
                    SavedHow::Download => t!("datahome.last_download"),
                };
                format!(
                    "{} {since}",
                    text.replace("{when}", &when_text(at))
                        .replace("{name}", h.saved_name.as_deref().unwrap_or(""))
                )
            }
            _ if h.has_unsaved() => t!("datahome.never_saved").to_string(),
            _ => t!("datahome.nothing_yet").to_string(),
        }
    })
}

/// The file status as a line, for beside the storage notices (nothing when no file is linked).
#[component]
pub fn FileStatusLine() -> impl IntoView {
    let dh = use_data_home();
    move || {
        dh.file.with(file_line).map(|line| {
            let failed = dh.file.with(|f| {
                matches!(
                    f,
                    FileState::Linked {
                        status: WriteStatus::Failed(_),
                        ..
                    }
                )
            });
            view! {
                <p class="file-status" class:file-status--failed=failed role="status">
                    {line}
                </p>
            }
        })
    }
}

/// The one button that saves outside the browser: the linked file now, the
/// remembered file after a click, a new file, or a download where the
/// browser cannot keep a file.
#[component]
pub fn SaveButton(#[prop(optional)] primary: bool) -> impl IntoView {
    let dh = use_data_home();
    if !dh
        .file
        .with_untracked(|f| matches!(f, FileState::Unsupported))
    {
        // The browser opens its file dialog only shortly after the click.
        file::preload();
    }
    let class = if primary {
        "button button-primary"
    } else {
        "button button-secondary"
    };
    let label = move || {
        dh.file.with(|f| match f {
            FileState::Paused { name, .. } => t!("datahome.resume").replace("{name}", name),
            FileState::Linked { .. } => t!("datahome.save_now").to_string(),
            FileState::OtherTab { .. } | FileState::Unsupported => {
                t!("datahome.download").to_string()
            }
            FileState::NotLinked | FileState::Wiped { .. } => {
                t!("datahome.save_to_file").to_string()
            }
        })
    };
    view! {
        <button type="button" class=class on:click=move |_| save_somewhere(dh)>
            {label}
        </button>
    }
}

/// What [`SaveButton`] does.
pub fn save_somewhere(dh: DataHomeState) {
    match dh.file.get_untracked() {
        FileState::Paused { .. } => file::resume(dh),
        FileState::Linked { .. } => file::write_now(dh),
        FileState::NotLinked | FileState::Wiped { .. } => {
            file::choose_and_link(dh, t!("datahome.file_type"))
        }
        FileState::OtherTab { .. } | FileState::Unsupported => download_backup(dh),
    }
}

/// "Hvor dine data bor" on Mine data.
#[component]
pub fn DataHomeSection(
    /// Opens a file for import ("Åbn en fil").
    on_open: Callback<()>,
) -> impl IntoView {
    let dh = use_data_home();
    let state = use_state();
    dh.refresh_browser_state();
    let used = Memo::new(move |_| {
        state.assessments.track();
        state.aside_version.track();
        dh.home.track();
        repo().used_bytes()
    });
    let promise = move || match (state.persistent, dh.persisted.get()) {
        (false, _) => t!("storage.memory_text").to_string(),
        (true, Some(true)) => t!("datahome.persisted_yes").to_string(),
        (true, Some(false)) => t!("datahome.persisted_no").to_string(),
        (true, None) => t!("datahome.persisted_unknown").to_string(),
    };
    let space = move || {
        let (size, n) = (used.get(), state.assessments.with(Vec::len));
        let mine = match (size, n) {
            (0, _) => t!("datahome.app_bytes_none").to_string(),
            (_, 1) => t!("datahome.app_bytes_one").replace("{size}", &bytes_text(size as f64)),
            _ => t!("datahome.app_bytes")
                .replace("{size}", &bytes_text(size as f64))
                .replace("{n}", &n.to_string()),
        };
        match dh.estimate.get() {
            Some((usage, quota)) if quota > 0.0 && usage < 1024.0 => {
                format!(
                    "{mine} {}",
                    t!("datahome.site_quota").replace("{quota}", &bytes_text(quota))
                )
            }
            Some((usage, quota)) if quota > 0.0 => format!(
                "{mine} {}",
                t!("datahome.site_bytes")
                    .replace("{usage}", &bytes_text(usage))
                    .replace("{quota}", &bytes_text(quota))
            ),
            _ => mine,
        }
    };
    let linked = move || {
        dh.file
            .with(|f| matches!(f, FileState::Linked { .. } | FileState::Paused { .. }))
    };
    view! {
        <section aria-labelledby="home-heading" class="mydata-section data-home">
            <h2 id="home-heading">{t!("datahome.title")}</h2>
            <p class="data-home__promise">{promise}</p>
            <p>{space}</p>
            // With a file linked, its status line says when it was last written.
            {move || (!linked()).then(|| view! { <p class="data-home__last">{last_copy_line(dh)}</p> })}
            <FileStatusLine/>
            <p>{move || if dh.file.with(|f| *f == FileState::Unsupported) { t!("datahome.file_text_unsupported") } else { t!("datahome.file_text") }}</p>
            <p class="data-home__buttons">
                <SaveButton primary=true/>
                <button type="button" class="button button-secondary" on:click=move |_| on_open.run(())>
                    {t!("datahome.open")}
                </button>
                {move || {
                    linked()
                        .then(|| {
                            view! {
                                <button type="button" class="button button-tertiary" on:click=move |_| file::unlink(dh)>
                                    {t!("datahome.unlink")}
                                </button>
                            }
                        })
                }}
            </p>
        </section>
    }
}
