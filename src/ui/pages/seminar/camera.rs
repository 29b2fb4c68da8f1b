//! The browser side of the seminar's scanner: the camera (`getUserMedia`,
//! every track stopped when done), one frame as RGBA bytes from an off-page
//! canvas, the browser's own `BarcodeDetector` where it reads QR codes, and
//! the confirmation tone (Web Audio, made in the browser, no file).
//!
//! Nothing is kept: a frame's bytes are decoded and dropped, the canvas is
//! never in the page, and nothing is sent anywhere.

use crate::model::scan::{Facing, FRAME_LONG_SIDE};
use js_sys::{Array, Object, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why the camera could not be started; each has its Danish text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CameraError {
    /// The user (or the site's permissions) said no.
    Refused,
    /// No camera, or none that fits.
    Missing,
    /// Another program holds it.
    Busy,
    /// No `mediaDevices` here (an insecure address, an old browser).
    Unsupported,
}

impl CameraError {
    key_and_text! {
        key,
        /// The text of [`Self::key`].
        text;
        CameraError::Refused => "scan.refused",
        CameraError::Missing => "scan.missing",
        CameraError::Busy => "scan.busy",
        CameraError::Unsupported => "scan.unsupported",
    }

    fn from_js(e: &JsValue) -> CameraError {
        let name = Reflect::get(e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        match name.as_str() {
            "NotAllowedError" | "SecurityError" | "PermissionDeniedError" => CameraError::Refused,
            "NotFoundError" | "OverconstrainedError" | "DevicesNotFoundError" => {
                CameraError::Missing
            }
            "NotReadableError" | "AbortError" | "TrackStartError" => CameraError::Busy,
            _ => CameraError::Unsupported,
        }
    }
}

fn obj(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o
}

/// Opens the camera facing `facing` (a wish: a laptop's only camera is
/// taken whatever it faces), asking for 720p so a phone's code held at a
/// hand's distance has pixels enough.
pub async fn open(facing: Facing) -> Result<web_sys::MediaStream, CameraError> {
    let devices = window()
        .navigator()
        .media_devices()
        .map_err(|_| CameraError::Unsupported)?;
    let video = obj(&[
        ("facingMode", obj(&[("ideal", facing.mode().into())]).into()),
        ("width", obj(&[("ideal", 1280.into())]).into()),
        ("height", obj(&[("ideal", 720.into())]).into()),
    ]);
    let constraints = web_sys::MediaStreamConstraints::new();
    constraints.set_video(&video);
    constraints.set_audio(&JsValue::FALSE);
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|e| CameraError::from_js(&e))?;
    JsFuture::from(promise)
        .await
        .map_err(|e| CameraError::from_js(&e))?
        .dyn_into::<web_sys::MediaStream>()
        .map_err(|_| CameraError::Unsupported)
}

/// Stops every track of `stream`: the camera's light goes out.
pub fn stop(stream: &web_sys::MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(t) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            t.stop();
        }
    }
}

/// An off-page canvas that turns the video's current picture into bytes.
pub struct FrameGrabber {
    canvas: web_sys::HtmlCanvasElement,
    ctx: web_sys::CanvasRenderingContext2d,
}

impl FrameGrabber {
    pub fn new() -> Option<FrameGrabber> {
        let canvas = document()
            .create_element("canvas")
            .ok()?
            .dyn_into::<web_sys::HtmlCanvasElement>()
            .ok()?;
        let options = obj(&[("willReadFrequently", JsValue::TRUE)]);
        let ctx = canvas
            .get_context_with_context_options("2d", &options)
            .ok()??
            .dyn_into::<web_sys::CanvasRenderingContext2d>()
            .ok()?;
        Some(FrameGrabber { canvas, ctx })
    }

    /// Draws the video's picture, scaled to at most [`FRAME_LONG_SIDE`];
    /// false while the video has no picture yet.
    pub fn draw(&self, video: &web_sys::HtmlVideoElement) -> bool {
        let (vw, vh) = (video.video_width(), video.video_height());
        if vw == 0 || vh == 0 || video.ready_state() < 2 {
            return false;
        }
        let scale = (FRAME_LONG_SIDE as f64 / vw.max(vh) as f64).min(1.0);
        let (w, h) = (
            (vw as f64 * scale).round() as u32,
            (vh as f64 * scale).round() as u32,
        );
        if self.canvas.width() != w || self.canvas.height() != h {
            self.canvas.set_width(w);
            self.canvas.set_height(h);
        }
        self.ctx
            .draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, w as f64, h as f64)
            .is_ok()
    }

    /// The drawn picture as RGBA bytes, with its width and height.
    pub fn rgba(&self) -> Option<(Vec<u8>, usize, usize)> {
        let (w, h) = (self.canvas.width(), self.canvas.height());
        let data = self.ctx.get_image_data(0.0, 0.0, w as f64, h as f64).ok()?;
        Some((data.data().0, w as usize, h as usize))
    }

    pub fn canvas(&self) -> &web_sys::HtmlCanvasElement {
        &self.canvas
    }
}

/// The browser's `BarcodeDetector` for QR codes, where there is one that
/// reads them (Chrome on Android, macOS, ChromeOS; not Chromium on Linux).
pub async fn barcode_detector() -> Option<JsValue> {
    let ctor = Reflect::get(&window(), &"BarcodeDetector".into()).ok()?;
    let ctor = ctor.dyn_into::<js_sys::Function>().ok()?;
    let get_formats = Reflect::get(&ctor, &"getSupportedFormats".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let formats = JsFuture::from(get_formats.call0(&ctor).ok()?.dyn_into::<Promise>().ok()?)
        .await
        .ok()?;
    if !Array::from(&formats).includes(&"qr_code".into(), 0) {
        return None;
    }
    let args = Array::of1(&obj(&[("formats", Array::of1(&"qr_code".into()).into())]));
    Reflect::construct(&ctor, &args).ok()
}

/// The texts of the QR codes the detector finds on the canvas.
pub async fn detect(detector: &JsValue, canvas: &web_sys::HtmlCanvasElement) -> Vec<String> {
    let Some(found) = Reflect::get(detector, &"detect".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(detector, canvas).ok())
        .and_then(|p| p.dyn_into::<Promise>().ok())
    else {
        return Vec::new();
    };
    let Ok(list) = JsFuture::from(found).await else {
        return Vec::new();
    };
    Array::from(&list)
        .iter()
        .filter_map(|b| Reflect::get(&b, &"rawValue".into()).ok()?.as_string())
        .collect()
}

/// A short tone: high and rising for an added answer, low for a refused one.
pub fn tone(audio: &web_sys::AudioContext, ok: bool) {
    let (Ok(osc), Ok(gain)) = (audio.create_oscillator(), audio.create_gain()) else {
        return;
    };
    let t = audio.current_time();
    let (from, to, length) = if ok {
        (660.0, 990.0, 0.16)
    } else {
        (300.0, 200.0, 0.3)
    };
    osc.set_type(web_sys::OscillatorType::Sine);
    let _ = osc.frequency().set_value_at_time(from, t);
    let _ = osc.frequency().linear_ramp_to_value_at_time(to, t + length);
    let _ = gain.gain().set_value_at_time(0.0001, t);
    let _ = gain
        .gain()
        .exponential_ramp_to_value_at_time(0.25, t + 0.02);
    let _ = gain
        .gain()
        .exponential_ramp_to_value_at_time(0.0001, t + length);
    let _ = osc.connect_with_audio_node(&gain);
    let _ = gain.connect_with_audio_node(&audio.destination());
    let _ = osc.start_with_when(t);
    let _ = osc.stop_with_when(t + length + 0.02);
}

/// Waits `ms` milliseconds (the scan loop's pause between frames).
pub async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = JsFuture::from(promise).await;
}

/// `performance.now()`, for the scan loop's timings.
pub fn now_ms() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}
