//! The browser APIs behind the data home, each feature-detected:
//! `navigator.storage` (persist, persisted, estimate), the File System Access
//! API (`showSaveFilePicker`, `showOpenFilePicker`, a handle's permission,
//! `createWritable`), IndexedDB (to remember the file's handle over a
//! reload) and the Web Locks API (one writer of the file at a time).
//!
//! The File System Access API and Web Locks are called through `Reflect`:
//! web-sys has them only behind its unstable-API flag. Nothing here keeps
//! state; `super` does.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn get(obj: &JsValue, name: &str) -> JsValue {
    Reflect::get(obj, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

fn call(obj: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = get(obj, name).dyn_into()?;
    f.apply(obj, &args.iter().collect::<Array>())
}

async fn call_async(obj: &JsValue, name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let p: Promise = call(obj, name, args)?.dyn_into()?;
    JsFuture::from(p).await
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &(*k).into(), v);
    }
    o.into()
}

fn window() -> JsValue {
    web_sys::window()
        .map(JsValue::from)
        .unwrap_or(JsValue::UNDEFINED)
}

fn navigator() -> JsValue {
    get(&window(), "navigator")
}

/// The `name` of a thrown error ("AbortError", "NotAllowedError", …).
pub fn error_name(e: &JsValue) -> String {
    get(e, "name").as_string().unwrap_or_default()
}

// ---- navigator.storage ----------------------------------------------------

fn storage_manager() -> Option<JsValue> {
    let s = get(&navigator(), "storage");
    (!s.is_undefined() && !s.is_null()).then_some(s)
}

/// Asks the browser to keep the site's data; `None` where it cannot be asked.
pub async fn persist() -> Option<bool> {
    let s = storage_manager()?;
    call_async(&s, "persist", &[]).await.ok()?.as_bool()
}

/// Whether the browser has promised to keep the data; `None` where unknown.
pub async fn persisted() -> Option<bool> {
    let s = storage_manager()?;
    call_async(&s, "persisted", &[]).await.ok()?.as_bool()
}

/// (bytes used by the whole site, bytes it may use), where the browser says.
pub async fn estimate() -> Option<(f64, f64)> {
    let s = storage_manager()?;
    let e = call_async(&s, "estimate", &[]).await.ok()?;
    Some((get(&e, "usage").as_f64()?, get(&e, "quota").as_f64()?))
}

// ---- File System Access ---------------------------------------------------

/// Whether this browser can keep a file of the user's up to date.
pub fn has_file_access() -> bool {
    get(&window(), "showSaveFilePicker").is_function()
}

fn json_types(description: &str) -> JsValue {
    let accept = object(&[("application/json", Array::of1(&".json".into()).into())]);
    Array::of1(&object(&[
        ("description", description.into()),
        ("accept", accept),
    ]))
    .into()
}

/// The save dialog; the chosen file's handle. `Err` with "AbortError" when
/// the user cancels.
pub async fn pick_save_file(suggested: &str, description: &str) -> Result<JsValue, JsValue> {
    let opts = object(&[
        ("suggestedName", suggested.into()),
        ("types", json_types(description)),
        ("id", "hfg-data".into()),
    ]);
    call_async(&window(), "showSaveFilePicker", &[opts]).await
}

/// The open dialog; the chosen file's handle.
pub async fn pick_open_file(description: &str) -> Result<JsValue, JsValue> {
    let opts = object(&[
        ("types", json_types(description)),
        ("id", "hfg-data".into()),
    ]);
    let list = call_async(&window(), "showOpenFilePicker", &[opts]).await?;
    Ok(Array::from(&list).get(0))
}

/// The file name of a handle.
pub fn handle_name(handle: &JsValue) -> String {
    get(handle, "name").as_string().unwrap_or_default()
}

fn readwrite() -> JsValue {
    object(&[("mode", "readwrite".into())])
}

/// Whether the page may write the file now without asking ("granted").
pub async fn may_write(handle: &JsValue) -> bool {
    if !get(handle, "queryPermission").is_function() {
        return true;
    }
    matches!(
        call_async(handle, "queryPermission", &[readwrite()])
            .await
            .ok()
            .and_then(|v| v.as_string())
            .as_deref(),
        Some("granted")
    )
}

/// Asks for write permission (needs a click); whether it was granted.
pub async fn ask_write(handle: &JsValue) -> bool {
    if !get(handle, "requestPermission").is_function() {
        return true;
    }
    matches!(
        call_async(handle, "requestPermission", &[readwrite()])
            .await
            .ok()
            .and_then(|v| v.as_string())
            .as_deref(),
        Some("granted")
    )
}

/// The file's text.
pub async fn read_file(handle: &JsValue) -> Result<String, JsValue> {
    let file = call_async(handle, "getFile", &[]).await?;
    let text = call_async(&file, "text", &[]).await?;
    text.as_string().ok_or(JsValue::NULL)
}

/// Writes `text` as the whole file, atomically: the browser writes a copy and
/// swaps it in on `close`; a failure before that aborts and leaves the file
/// as it was.
pub async fn write_file(handle: &JsValue, text: &str) -> Result<(), JsValue> {
    let writable = call_async(handle, "createWritable", &[]).await?;
    let written = async {
        call_async(&writable, "write", &[text.into()]).await?;
        call_async(&writable, "close", &[]).await
    }
    .await;
    if let Err(e) = written {
        let _ = call_async(&writable, "abort", &[]).await;
        return Err(e);
    }
    Ok(())
}

// ---- IndexedDB: the remembered handle -------------------------------------

const DB: &str = "hfg";
const STORE: &str = "handles";
const KEY: &str = "file";

/// A request's result (or error) as a future.
async fn request(req: &JsValue) -> Result<JsValue, JsValue> {
    let req = req.clone();
    let p = Promise::new(&mut |resolve, reject| {
        let ok_req = req.clone();
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &get(&ok_req, "result"));
        });
        let err_req = req.clone();
        let fail = Closure::once_into_js(move || {
            let _ = reject.call1(&JsValue::NULL, &get(&err_req, "error"));
        });
        let _ = Reflect::set(&req, &"onsuccess".into(), &ok);
        let _ = Reflect::set(&req, &"onerror".into(), &fail);
    });
    JsFuture::from(p).await
}

async fn open_db() -> Result<JsValue, JsValue> {
    let idb = get(&window(), "indexedDB");
    let req = call(&idb, "open", &[DB.into(), 1.into()])?;
    let upgrade_req = req.clone();
    let upgrade = Closure::once_into_js(move || {
        let db = get(&upgrade_req, "result");
        let _ = call(&db, "createObjectStore", &[STORE.into()]);
    });
    let _ = Reflect::set(&req, &"onupgradeneeded".into(), &upgrade);
    request(&req).await
}

async fn with_store(
    mode: &str,
    f: impl FnOnce(&JsValue) -> Result<JsValue, JsValue>,
) -> Result<JsValue, JsValue> {
    let db = open_db().await?;
    let tx = call(&db, "transaction", &[STORE.into(), mode.into()])?;
    let store = call(&tx, "objectStore", &[STORE.into()])?;
    let out = request(&f(&store)?).await;
    let _ = call(&db, "close", &[]);
    out
}

/// Remembers the linked file's handle (handles can be stored in IndexedDB).
pub async fn remember_handle(handle: &JsValue) -> Result<(), JsValue> {
    with_store("readwrite", |s| {
        call(s, "put", &[handle.clone(), KEY.into()])
    })
    .await
    .map(|_| ())
}

/// The remembered handle, if any.
pub async fn remembered_handle() -> Option<JsValue> {
    if get(&window(), "indexedDB").is_undefined() {
        return None;
    }
    let v = with_store("readonly", |s| call(s, "get", &[KEY.into()]))
        .await
        .ok()?;
    (!v.is_undefined() && !v.is_null()).then_some(v)
}

/// Whether a handle may have been remembered: false only where the browser
/// lists its databases (`indexedDB.databases()`) and the app's is not among
/// them. Cheap, and it creates no database ([`remembered_handle`] would).
pub async fn may_have_remembered_handle() -> bool {
    let idb = get(&window(), "indexedDB");
    if idb.is_undefined() {
        return false;
    }
    let Ok(list) = call_async(&idb, "databases", &[]).await else {
        return true;
    };
    Array::from(&list)
        .iter()
        .any(|db| get(&db, "name").as_string().as_deref() == Some(DB))
}

/// Forgets the linked file: the database goes with it, so that the next
/// start finds none ([`may_have_remembered_handle`]).
pub async fn forget_handle() {
    let idb = get(&window(), "indexedDB");
    if let Ok(req) = call(&idb, "deleteDatabase", &[DB.into()]) {
        let _ = request(&req).await;
    }
}

// ---- Web Locks: one writer -------------------------------------------------

/// Asks to become the one tab that writes the file. `granted` runs (with
/// `true`) once this tab holds the lock, at once or when the tab holding it
/// closes; it runs with `false` first when another tab holds it now. Where the
/// browser has no Web Locks, this tab is the writer at once. The lock is held
/// for as long as the page lives.
pub fn become_writer(name: &str, granted: impl Fn(bool) + 'static) {
    let locks = get(&navigator(), "locks");
    if locks.is_undefined() || locks.is_null() {
        granted(true);
        return;
    }
    let granted = std::rc::Rc::new(granted);
    let hold = || Promise::new(&mut |_, _| {});
    let g1 = granted.clone();
    let locks2 = locks.clone();
    let name2 = name.to_string();
    let first = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |lock: JsValue| {
        if lock.is_null() {
            g1(false);
            // Wait in line; when the other tab closes, this one writes.
            let g2 = g1.clone();
            let wait = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |_lock: JsValue| {
                g2(true);
                hold().into()
            });
            let _ = call(
                &locks2,
                "request",
                &[name2.clone().into(), wait.as_ref().clone()],
            );
            wait.forget();
            JsValue::UNDEFINED
        } else {
            g1(true);
            hold().into()
        }
    });
    let opts = object(&[("ifAvailable", true.into())]);
    let _ = call(
        &locks,
        "request",
        &[name.into(), opts, first.as_ref().clone()],
    );
    first.forget();
}
