//! The release build's QR decoder: `decoder/` (rqrr) built as a WebAssembly
//! module of its own, `qr-decoder.wasm` beside the app's modules, which
//! shares nothing with the app (see `decoder/src/lib.rs` for why and for its
//! three functions). Fetched and started with the camera's first frame; the
//! boot module tells where it is (`window.hfgQrDecoder`). What it returns goes
//! through `model::scan::codes_in`, as `model::scan::decode` does natively.

use crate::model::scan::{codes_in, GreyFrame};
use js_sys::{Function, Object, Reflect, Uint8Array, WebAssembly};
use leptos::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The decoder's exports, once it has started.
struct Module {
    memory: WebAssembly::Memory,
    alloc: Function,
    decode: Function,
    free: Function,
}

thread_local! {
    static STARTED: RefCell<Option<Rc<Module>>> = const { RefCell::new(None) };
}

/// Fetches and starts the decoder (once; a failed start is tried again next time).
async fn module() -> Option<Rc<Module>> {
    if let Some(m) = STARTED.with(|s| s.borrow().clone()) {
        return Some(m);
    }
    let url = Reflect::get(&window(), &"hfgQrDecoder".into())
        .ok()?
        .as_string()?;
    let response = window().fetch_with_str(&url);
    let result = JsFuture::from(WebAssembly::instantiate_streaming(
        &response,
        &Object::new(),
    ))
    .await
    .ok()?;
    let exports = Reflect::get(
        &Reflect::get(&result, &"instance".into()).ok()?,
        &"exports".into(),
    )
    .ok()?;
    let get = |name: &str| Reflect::get(&exports, &name.into()).ok();
    let m = Rc::new(Module {
        memory: get("memory")?.dyn_into().ok()?,
        alloc: get("hfg_alloc")?.dyn_into().ok()?,
        decode: get("hfg_decode")?.dyn_into().ok()?,
        free: get("hfg_free")?.dyn_into().ok()?,
    });
    STARTED.with(|s| *s.borrow_mut() = Some(m.clone()));
    Some(m)
}

/// The codes in `frame` worth handing on; empty when there are none or the
/// decoder could not be started (the panel then keeps trying frame by frame).
pub async fn decode(frame: GreyFrame) -> Vec<String> {
    let Some(m) = module().await else {
        return Vec::new();
    };
    codes_in(run(&m, &frame).unwrap_or_default())
}

fn run(m: &Module, frame: &GreyFrame) -> Option<Vec<String>> {
    let len = frame.pixels.len();
    let at = m
        .alloc
        .call1(&JsValue::NULL, &(len as u32).into())
        .ok()?
        .as_f64()? as u32;
    // The memory may grow inside a call: a fresh view after each.
    let view = |at: u32, len: u32| {
        Uint8Array::new_with_byte_offset_and_length(&m.memory.buffer(), at, len)
    };
    view(at, len as u32).copy_from(&frame.pixels);
    let out = m
        .decode
        .call3(
            &JsValue::NULL,
            &at.into(),
            &(frame.width as u32).into(),
            &(frame.height as u32).into(),
        )
        .ok()?
        .as_f64()? as u32;
    let mut size = [0u8; 4];
    view(out, 4).copy_to(&mut size);
    let n = u32::from_le_bytes(size);
    let mut bytes = vec![0u8; n as usize];
    view(out + 4, n).copy_to(&mut bytes);
    let _ = m.free.call2(&JsValue::NULL, &out.into(), &(n + 4).into());
    let text = String::from_utf8(bytes).ok()?;
    Some(text.lines().map(str::to_string).collect())
}
