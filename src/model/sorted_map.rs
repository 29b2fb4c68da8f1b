//! The maps the stored documents hold (an assessment's answers, a seminar's
//! consensus, the learning progress): a sorted vector (`litemap`) instead of
//! `BTreeMap`, and their JSON form.
//!
//! The maps are small (at most the item bank's ~60 statements), are read far
//! more than changed, and each `BTreeMap<K, V>` is its own copy of the B-tree's
//! node code (insert with splits, remove with merges, the iterators, drop):
//! 36 KB of wasm for the app's seven of them, 11 KB in the main module. A
//! sorted vector needs a binary search and `Vec::insert`.
//!
//! Stored as a JSON object, key order ascending, exactly as `BTreeMap` wrote
//! it, so every stored document reads as before. litemap's own serde support
//! reads any self-describing value and sorts what came out of order (a sort
//! per map type); [`as_object`] reads an object only, with `insert`.

pub use litemap::LiteMap as SortedMap;

/// `#[serde(with = "as_object")]` for a [`SortedMap`] field: a JSON object.
pub mod as_object {
    use super::SortedMap;
    use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
    use serde::ser::{Serialize, SerializeMap, Serializer};
    use std::fmt;
    use std::marker::PhantomData;

    pub fn serialize<K, V, S>(map: &SortedMap<K, V>, serializer: S) -> Result<S::Ok, S::Error>
    where
        K: Serialize,
        V: Serialize,
        S: Serializer,
    {
        let mut out = serializer.serialize_map(Some(map.len()))?;
        for (k, v) in map.iter() {
            out.serialize_entry(k, v)?;
        }
        out.end()
    }

    pub fn deserialize<'de, K, V, D>(deserializer: D) -> Result<SortedMap<K, V>, D::Error>
    where
        K: Deserialize<'de> + Ord,
        V: Deserialize<'de>,
        D: Deserializer<'de>,
    {
        deserializer.deserialize_map(ObjectVisitor(PhantomData))
    }

    struct ObjectVisitor<K, V>(PhantomData<fn() -> (K, V)>);

    impl<'de, K, V> Visitor<'de> for ObjectVisitor<K, V>
    where
        K: Deserialize<'de> + Ord,
        V: Deserialize<'de>,
    {
        type Value = SortedMap<K, V>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an object")
        }

        fn visit_map<M: MapAccess<'de>>(self, mut access: M) -> Result<Self::Value, M::Error> {
            let mut map = SortedMap::new();
            // In key order (as written) each entry is appended; a later
            // duplicate key replaces the earlier one, as in BTreeMap.
            while let Some((k, v)) = access.next_entry()? {
                map.insert(k, v);
            }
            Ok(map)
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde::{Deserialize, Serialize};
    use std::collections::BTreeMap;

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct Doc {
        #[serde(default, with = "as_object")]
        m: SortedMap<String, u32>,
    }

    #[derive(Serialize, Deserialize, PartialEq, Debug)]
    struct OldDoc {
        #[serde(default)]
        m: BTreeMap<String, u32>,
    }

    proptest! {
        /// Any inserts and removes leave the map as a BTreeMap would be, and
        /// its JSON is the BTreeMap's, byte for byte, both ways.
        #[test]
        fn behaves_and_reads_as_a_btreemap(
            ops in proptest::collection::vec(("[a-e]{0,2}", 0u32..5, any::<bool>()), 0..40)
        ) {
            let mut mine: SortedMap<String, u32> = SortedMap::new();
            let mut std_map = BTreeMap::new();
            for (k, v, remove) in ops {
                if remove {
                    prop_assert_eq!(mine.remove(&k), std_map.remove(&k));
                } else {
                    prop_assert_eq!(mine.insert(k.clone(), v), std_map.insert(k, v));
                }
            }
            let a: Vec<_> = mine.iter().collect();
            let b: Vec<_> = std_map.iter().collect();
            prop_assert_eq!(a, b);
            let new_json = serde_json::to_string(&Doc { m: mine }).unwrap();
            let old_json = serde_json::to_string(&OldDoc { m: std_map.clone() }).unwrap();
            prop_assert_eq!(&new_json, &old_json);
            let back: Doc = serde_json::from_str(&old_json).unwrap();
            let back: Vec<_> = back.m.iter().map(|(k, v)| (k.clone(), *v)).collect();
            prop_assert_eq!(back, std_map.into_iter().collect::<Vec<_>>());
        }
    }

    #[test]
    fn an_object_out_of_order_or_with_a_repeated_key_reads_as_a_btreemap_reads_it() {
        let json = r#"{"m":{"c":1,"a":2,"b":3,"a":4}}"#;
        let mine: Doc = serde_json::from_str(json).unwrap();
        let old: OldDoc = serde_json::from_str(json).unwrap();
        let mine: Vec<_> = mine.m.iter().map(|(k, v)| (k.clone(), *v)).collect();
        assert_eq!(mine, old.m.into_iter().collect::<Vec<_>>());
        assert_eq!(mine, [("a".into(), 4), ("b".into(), 3), ("c".into(), 1)]);
    }

    #[test]
    fn a_missing_field_is_empty_and_anything_but_an_object_is_refused() {
        let empty: Doc = serde_json::from_str("{}").unwrap();
        assert!(empty.m.is_empty());
        for bad in [r#"{"m":[["a",1]]}"#, r#"{"m":"a"}"#, r#"{"m":{"a":"x"}}"#] {
            assert!(serde_json::from_str::<Doc>(bad).is_err(), "{bad}");
            assert!(serde_json::from_str::<OldDoc>(bad).is_err(), "{bad}");
        }
    }
}
