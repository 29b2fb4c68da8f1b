//! "Scan svar med kameraet": the facilitator's camera reads the answer QR
//! codes participants hold up. Each new code goes to `on_code`, the same
//! path as a pasted link (decoded, checked, merged, the same messages); the
//! panel says what happened (aria-live), with the participant's name and a
//! tone. A code held in view is handled once (`model::scan::RecentCodes`).
//!
//! The decoder (`rqrr`, in `decoder/`) is, in the release build, a
//! WebAssembly module of its own (`qr_decoder.rs`), fetched with the camera's
//! first frame, so no other page (the participant's phone, which loads the
//! seminar area, included) pays for it. Where the browser has a
//! `BarcodeDetector` for QR codes, that is used instead of `rqrr`.
//!
//! The camera stops (every track) when the panel closes, when the page is
//! left (the component's cleanup) and on `pagehide`. No picture is kept.

use super::camera::{self, CameraError, FrameGrabber};
use crate::model::scan::{CameraChoice, Facing, GreyFrame, RecentCodes};
use crate::storage::documents::CAMERA;
use crate::ui::doc::use_doc;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::cell::RefCell;
use std::rc::Rc;

/// The panel. It lives in the seminar area's module; only the decoder is a
/// module of its own (`qr_decoder.rs`). A `#[lazy]` panel (or decoder) would
/// share code with the areas and split the chunks they share into many more
/// files (53 → 81 in the build for a lazy panel, 63 for a lazy decoder; each
/// area's first visit fetching 7–19 more), so the panel stays here.
pub fn scan_panel(on_code: Callback<String, Heard>, on_close: Callback<()>) -> AnyView {
    view! { <ScanPanel on_code=on_code on_close=on_close/> }.into_any()
}

/// The codes in a frame: in the split build through the decoder's own
/// WebAssembly module (`qr_decoder.rs`), fetched with the first frame, so no
/// other page (the participant's phone, which loads the seminar area,
/// included) pays for it; otherwise `rqrr` linked in.
async fn decode(frame: GreyFrame) -> Vec<String> {
    #[cfg(hfg_split)]
    {
        super::qr_decoder::decode(frame).await
    }
    #[cfg(not(hfg_split))]
    {
        crate::model::scan::decode(&frame)
    }
}

/// The pause between two frames: the decoder's time is the rest of the budget.
const FRAME_INTERVAL_MS: f64 = 100.0;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Starting,
    Scanning,
    Failed(CameraError),
}

/// What the camera read last, for the panel's confirmation.
#[derive(Clone, PartialEq)]
pub struct Heard {
    pub ok: bool,
    pub text: String,
}

/// The camera, the loop and the tone, kept outside the reactive graph.
#[derive(Default)]
struct Live {
    stream: Option<web_sys::MediaStream>,
    audio: Option<web_sys::AudioContext>,
    /// Bumped at every start and stop: an older loop sees it and ends.
    run: u32,
}

impl Live {
    fn stop(&mut self) {
        self.run += 1;
        if let Some(s) = self.stream.take() {
            camera::stop(&s);
        }
    }
}

type Shared = SendWrapper<Rc<RefCell<Live>>>;

/// The scanning panel. `on_code` adds an answer link and says how it went;
/// `on_close` closes the panel (the camera is stopped first).
#[component]
fn ScanPanel(on_code: Callback<String, Heard>, on_close: Callback<()>) -> impl IntoView {
    let choice = use_doc(CAMERA.key.prefix().to_string(), CameraChoice::default);
    let phase = RwSignal::new(Phase::Starting);
    let heard = RwSignal::new(None::<Heard>);
    let frames = RwSignal::new(0u32);
    let decode_ms = RwSignal::new(0.0f64);
    let decoder = RwSignal::new("");
    let video_ref = NodeRef::<leptos::html::Video>::new();
    let live: Shared = SendWrapper::new(Rc::new(RefCell::new(Live::default())));
    let recent = StoredValue::new(RecentCodes::new());

    let start = {
        let live = live.clone();
        move |facing: Facing| {
            let live = live.clone();
            let run = {
                let mut l = live.borrow_mut();
                l.stop();
                if l.audio.is_none() {
                    l.audio = web_sys::AudioContext::new().ok();
                }
                l.run
            };
            phase.set(Phase::Starting);
            leptos::task::spawn_local(async move {
                let stream = match camera::open(facing).await {
                    Ok(s) => s,
                    Err(e) => {
                        phase.set(Phase::Failed(e));
                        return;
                    }
                };
                if live.borrow().run != run {
                    camera::stop(&stream);
                    return;
                }
                let Some(video) = video_ref.get_untracked() else {
                    camera::stop(&stream);
                    return;
                };
                video.set_src_object(Some(&stream));
                // `autoplay` starts it too; a play() cut short by leaving the page is no error.
                if let Ok(p) = video.play() {
                    leptos::task::spawn_local(async move {
                        let _ = wasm_bindgen_futures::JsFuture::from(p).await;
                    });
                }
                live.borrow_mut().stream = Some(stream);
                phase.set(Phase::Scanning);
                recent.update_value(RecentCodes::clear);
                let Some(grabber) = FrameGrabber::new() else {
                    return;
                };
                let detector = camera::barcode_detector().await;
                decoder.set(if detector.is_some() {
                    "barcode-detector"
                } else {
                    "rqrr"
                });
                let (mut count, mut total_ms) = (0u32, 0.0f64);
                while live.borrow().run == run {
                    let began = camera::now_ms();
                    if grabber.draw(&video) {
                        let texts = match &detector {
                            Some(d) => camera::detect(d, grabber.canvas()).await,
                            None => match grabber
                                .rgba()
                                .and_then(|(p, w, h)| GreyFrame::from_rgba(&p, w, h))
                            {
                                Some(frame) => decode(frame).await,
                                None => Vec::new(),
                            },
                        };
                        if live.borrow().run != run {
                            break;
                        }
                        count += 1;
                        total_ms += camera::now_ms() - began;
                        frames.set(count);
                        decode_ms.set(total_ms / count as f64);
                        let at = camera::now_ms();
                        for text in texts {
                            if recent
                                .try_update_value(|r| r.fresh(&text, at))
                                .unwrap_or(false)
                            {
                                let h = on_code.run(text);
                                if let Some(a) = live.borrow().audio.as_ref() {
                                    camera::tone(a, h.ok);
                                }
                                heard.set(Some(h));
                            }
                        }
                    }
                    let spent = camera::now_ms() - began;
                    camera::sleep((FRAME_INTERVAL_MS - spent).max(0.0) as i32).await;
                }
            });
        }
    };
    let start = StoredValue::new_local(start);
    Effect::new(move |_| {
        // Once, when the video element is there: focus the heading (the
        // panel has just opened) and start with the remembered camera.
        if video_ref.get().is_some() {
            if let Some(h) = document().get_element_by_id("scan-heading") {
                if let Ok(h) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h) {
                    let _ = h.focus();
                }
            }
            let facing = choice.data.get_untracked().facing;
            start.with_value(|s| s(facing));
        }
    });
    let stop = {
        let live = live.clone();
        move || {
            live.borrow_mut().stop();
            if let Some(v) = video_ref.get_untracked() {
                v.set_src_object(None);
            }
        }
    };
    let stop = StoredValue::new_local(stop);
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| stop.with_value(|s| s()));
    {
        let live = live.clone();
        on_cleanup(move || {
            on_hide.remove();
            let mut l = live.borrow_mut();
            l.stop();
            if let Some(a) = l.audio.take() {
                let _ = a.close();
            }
        });
    }
    let close = move |_| {
        stop.with_value(|s| s());
        on_close.run(());
    };
    let choose = move |ev: leptos::ev::Event| {
        let facing = if event_target_value(&ev) == "environment" {
            Facing::Environment
        } else {
            Facing::User
        };
        choice.change(|c, at| *c = CameraChoice { facing, at });
        start.with_value(|s| s(facing));
    };
    let focus_paste = move |_| {
        if let Some(el) = document().get_element_by_id("paste-links") {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    };
    view! {
        <section
            class="scan-panel"
            aria-labelledby="scan-heading"
            data-frames=move || frames.get()
            data-decode-ms=move || {
                // Tenths of a millisecond, without pulling float formatting into the module.
                let tenths = (decode_ms.get() * 10.0).round() as u64;
                format!("{}.{}", tenths / 10, tenths % 10)
            }
            data-decoder=move || decoder.get()
            data-state=move || match phase.get() {
                Phase::Starting => "starting",
                Phase::Scanning => "scanning",
                Phase::Failed(_) => "failed",
            }
        >
            <h2 id="scan-heading" tabindex="-1">{t!("scan.title")}</h2>
            <p class="form-hint" id="scan-hint">{t!("scan.hint")}</p>
            <div class="form-group scan-panel__camera">
                <label class="form-label" for="scan-facing">{t!("scan.facing")}</label>
                <select class="form-select" id="scan-facing" on:change=choose>
                    <option value="user" selected=move || choice.data.with(|c| c.facing == Facing::User)>{t!("scan.facing_user")}</option>
                    <option value="environment" selected=move || choice.data.with(|c| c.facing == Facing::Environment)>{t!("scan.facing_environment")}</option>
                </select>
            </div>
            <div class="scan-panel__view" class:scan-panel__view--mirrored=move || choice.data.with(|c| c.facing == Facing::User)>
                <video
                    node_ref=video_ref
                    class="scan-panel__video"
                    autoplay
                    muted
                    playsinline
                    aria-label=t!("scan.video_label")
                    aria-describedby="scan-hint"
                ></video>
                <span class="scan-panel__frame" aria-hidden="true"></span>
            </div>
            <div class="scan-panel__status" role="status" aria-live="polite" aria-atomic="true">
                {move || match phase.get() {
                    Phase::Starting => view! { <p>{t!("scan.starting")}</p> }.into_any(),
                    Phase::Failed(e) => view! {
                        <div class="alert alert-warning">
                            <p class="alert-text">{e.text()}</p>
                            <p class="alert-text">
                                <button type="button" class="link-button" on:click=focus_paste>{t!("scan.use_paste")}</button>
                            </p>
                        </div>
                    }
                    .into_any(),
                    Phase::Scanning => match heard.get() {
                        None => view! { <p>{t!("scan.waiting")}</p> }.into_any(),
                        Some(h) => view! {
                            <p class="scan-panel__heard" class:outcome--ok=h.ok class:outcome--refused=!h.ok>{h.text}</p>
                        }
                        .into_any(),
                    },
                }}
            </div>
            <p>
                <button type="button" class="button button-secondary" on:click=close>{t!("scan.close")}</button>
            </p>
            <p class="form-hint">{t!("scan.private")}</p>
        </section>
    }
}
