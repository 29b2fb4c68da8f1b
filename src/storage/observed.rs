//! A store that tells after every write: [`Observed`] wraps another
//! [`KeyValue`] and calls its listener with the key of each value set or
//! removed (after the store accepted it). The data home uses it to know that
//! something changed since the last backup, whatever wrote it.

use super::{KeyValue, StoreError};

pub struct Observed<S: KeyValue> {
    inner: S,
    listener: Box<dyn Fn(&str)>,
}

impl<S: KeyValue> Observed<S> {
    pub fn new(inner: S, listener: impl Fn(&str) + 'static) -> Self {
        Observed {
            inner,
            listener: Box::new(listener),
        }
    }
}

impl<S: KeyValue> KeyValue for Observed<S> {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner.get(key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.inner.set(key, value)?;
        (self.listener)(key);
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        let existed = self.inner.get(key).ok().flatten().is_some();
        self.inner.remove(key)?;
        if existed {
            (self.listener)(key);
        }
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.inner.keys()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryStore;
    use std::cell::RefCell;
    use std::rc::Rc;

    #[test]
    fn tells_each_accepted_write_and_removal() {
        let heard = Rc::new(RefCell::new(Vec::<String>::new()));
        let h = heard.clone();
        let s = Observed::new(MemoryStore::new(), move |k| h.borrow_mut().push(k.to_string()));
        s.set("a", "1").unwrap();
        s.remove("a").unwrap();
        s.remove("never-there").unwrap();
        assert_eq!(*heard.borrow(), ["a", "a"]);
    }
}
