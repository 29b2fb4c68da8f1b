//! Stable sorting through one sort in the whole app.
//!
//! Each `slice::sort_by` call site is its own copy of the standard library's
//! sort (driftsort with its small-sort and merge code, 1–4 KB of wasm each):
//! sixteen call sites made 55 KB of wasm, 18 KB of it on the results page
//! alone. Here the standard sort runs once, non-generically, on the indices
//! 0..n with a comparison through `dyn`, and each call site only moves its
//! elements into that order. The lists sorted here are short (statements,
//! actions, hits, stored documents), so the indirect call costs nothing one
//! could measure.

use std::cmp::Ordering;

/// The order of 0..n that sorts by `cmp` (stable: equal elements keep their
/// order).
#[inline(never)]
fn sorted_order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Moves the elements of `v` so that position i holds the element that was at
/// `order[i]` (`order` is a permutation of 0..v.len()).
fn apply<T>(v: &mut [T], order: &[usize]) {
    for i in 0..v.len() {
        // Where the element that was at order[i] is now: positions before i
        // have been filled, and each swap left a trail through `order`.
        let mut j = order[i];
        while j < i {
            j = order[j];
        }
        v.swap(i, j);
    }
}

/// Sorts `v` by `cmp`, stably, as `slice::sort_by` does.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = {
        let v = &*v;
        sorted_order(v.len(), &mut |a, b| cmp(&v[a], &v[b]))
    };
    apply(v, &order);
}

/// Sorts `v` by the key of each element, stably, as `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` by a key computed once per element (`slice::sort_by_cached_key`).
pub fn sort_by_cached_key<T, K: Ord>(v: &mut [T], key: impl FnMut(&T) -> K) {
    let keys: Vec<K> = v.iter().map(key).collect();
    let order = sorted_order(keys.len(), &mut |a, b| keys[a].cmp(&keys[b]));
    apply(v, &order);
}

/// Sorts `v` in ascending order, stably, as `slice::sort`.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_permutation_is_applied() {
        let mut v = vec!['a', 'b', 'c', 'd'];
        apply(&mut v, &[2, 0, 3, 1]);
        assert_eq!(v, ['c', 'a', 'd', 'b']);
    }

    proptest! {
        #[test]
        fn the_same_order_as_the_standard_library(v in proptest::collection::vec((0u8..5, 0u16..1000), 0..80)) {
            // Sorting by the first field only: the second shows that equal
            // elements keep their order.
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std = v.clone();
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(&ours, &std);
            let mut keyed = v.clone();
            sort_by_key(&mut keyed, |x| x.0);
            prop_assert_eq!(&keyed, &std);
            let mut cached = v.clone();
            sort_by_cached_key(&mut cached, |x| x.0);
            prop_assert_eq!(&cached, &std);
            let mut whole = v.clone();
            sort(&mut whole);
            let mut std_whole = v;
            std_whole.sort();
            prop_assert_eq!(whole, std_whole);
        }
    }
}
