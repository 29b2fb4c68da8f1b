//! Versioned persistence behind a small key-value trait.
//!
//! Belongs here: the [`KeyValue`] trait and its stores (in memory for native
//! tests and as a fallback; `localStorage` in the browser), the saved schema
//! with its migrations, and import/export codecs. Must not be here: Leptos or
//! rendering. Only `local.rs` touches web-sys, and only on wasm32.

pub mod backup;
pub mod codec;
pub mod documents;
pub mod observed;
#[cfg(target_arch = "wasm32")]
pub mod local;
mod memory;
pub mod repo;
pub mod schema;

pub use memory::MemoryStore;
pub use repo::Repo;

/// Why a store could not do what was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The browser refuses storage (blocked, private mode, no `localStorage`).
    Unavailable,
    /// The browser's storage quota is full.
    QuotaExceeded,
    /// Anything else the browser reported.
    Other(String),
}

/// A string key-value store; `&self` so one store can be shared.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    /// Every key in the store (in no particular order).
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// A reference or a box to a store is a store (so a `Repo` can borrow or own one).
macro_rules! forward_key_value {
    ($($store:ty),*) => {$(
        impl<T: KeyValue + ?Sized> KeyValue for $store {
            fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
                (**self).get(key)
            }
            fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
                (**self).set(key, value)
            }
            fn remove(&self, key: &str) -> Result<(), StoreError> {
                (**self).remove(key)
            }
            fn keys(&self) -> Result<Vec<String>, StoreError> {
                (**self).keys()
            }
        }
    )*};
}

forward_key_value!(&T, Box<T>);
