//! A part of the content (the guide, the methods, the item bank, the learning
//! modules), read from its compiled-in data (postcard) the first time it is read.
//!
//! Each part's text is a static of its own, reached only through
//! [`Compiled::parse_compiled`] for that part's type. So code that reads only
//! the item bank links only the item bank's text: in the split build
//! (`tools/build-wasm.mjs`) each part lands in the module of the areas that
//! read it, and a participant's phone does not fetch the guide's pages to rate
//! statements. Reading a part is plain field access (`c.items.items`), through
//! [`Deref`].

use std::fmt;
use std::ops::{Deref, DerefMut};
use std::sync::OnceLock;

/// A content part with compiled-in data.
pub trait Compiled: Sized + Send + Sync + 'static {
    /// The part's compiled-in data, parsed (`build.rs` wrote it from the TOML
    /// files, in the schema's own types, so it always fits).
    fn parse_compiled() -> Self;
}

/// One part of [`super::Content`]: the compiled-in data, or a given value.
pub struct Part<T> {
    cell: OnceLock<T>,
}

impl<T> Part<T> {
    /// The compiled-in data, parsed on first read.
    pub const fn compiled() -> Self {
        Self {
            cell: OnceLock::new(),
        }
    }

    /// A part with the given value (tests that build content of their own).
    pub fn new(value: T) -> Self {
        let cell = OnceLock::new();
        let _ = cell.set(value);
        Self { cell }
    }
}

impl<T: Compiled> Deref for Part<T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.cell.get_or_init(T::parse_compiled)
    }
}

/// For tests that change a copy of the content to see a check fail.
impl<T: Compiled> DerefMut for Part<T> {
    fn deref_mut(&mut self) -> &mut T {
        let _ = self.cell.get_or_init(T::parse_compiled);
        self.cell.get_mut().expect("parsed just above")
    }
}

impl<T: Compiled + PartialEq> PartialEq for Part<T> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<T: Compiled + fmt::Debug> fmt::Debug for Part<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: Compiled + Clone> Clone for Part<T> {
    fn clone(&self) -> Self {
        Self::new((**self).clone())
    }
}
