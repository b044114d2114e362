//! One stable sort shared by every short list in the app.
//!
//! `slice::sort_by` is generic over the element and the comparison, so each call site with its
//! own closure brings its own copy of the standard library's sort (several KB of wasm each).
//! These helpers sort a list of positions through one non-generic function instead, then move
//! the items into that order: one copy of the sort for all of them. Meant for lists of at most
//! a few thousand items (milestones, sessions, problems); the ranking of a whole directory keeps
//! its own specialised sort in `scoring`.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp`, like [`slice::sort_by`].
pub fn sort_by<T>(v: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    stable_order(&mut order, &mut |a, b| cmp(&v[a], &v[b]));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `v` stably by the key `key` gives, like [`slice::sort_by_key`].
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` in ascending order, like [`slice::sort`].
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

/// The only instance of the standard library's sort behind these helpers.
#[inline(never)]
fn stable_order(order: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The helpers agree with the standard library's stable sort.
    fn check(input: &[(u8, char)]) {
        let mut ours = input.to_vec();
        sort_by_key(&mut ours, |p| p.0);
        let mut std = input.to_vec();
        std.sort_by_key(|p| p.0);
        assert_eq!(ours, std, "{input:?}");
        let mut ours = input.to_vec();
        sort(&mut ours);
        let mut std = input.to_vec();
        std.sort();
        assert_eq!(ours, std);
    }

    #[test]
    fn matches_std_and_is_stable() {
        check(&[]);
        check(&[(1, 'a')]);
        check(&[(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')]);
        check(&[(3, 'z'); 4]);
        let many: Vec<(u8, char)> = (0..500u32)
            .map(|i| ((i * 7919 % 13) as u8, char::from(b'a' + (i % 26) as u8)))
            .collect();
        check(&many);
    }

    #[test]
    fn owned_values_move_without_clones() {
        let mut v = vec![
            String::from("pear"),
            String::from("apple"),
            String::from("fig"),
        ];
        sort_by(&mut v, |a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
        assert_eq!(v, ["fig", "pear", "apple"]);
    }
}
