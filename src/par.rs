//! Running one function over many items on every core, the results in the items' order: checking
//! the files of a pack, and the pieces of a large file.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `f` over every item, in order, on up to every core (on this thread alone when there is one
/// item or one core). Each worker takes the next item not yet taken, so that uneven items balance.
pub fn par_map<'i, T: Sync, R: Send>(items: &'i [T], f: impl Fn(&'i T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(items.len());
    if workers < 2 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            done.push((i, f(item)));
        }
        done
    };
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (1..workers).map(|_| scope.spawn(work)).collect();
        let mut all = work();
        for h in handles {
            all.extend(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        all
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_the_items_order() {
        let items: Vec<u64> = (0..1_000).collect();
        let out = par_map(&items, |&n| {
            // Uneven work, so that workers finish out of order.
            (0..(n % 7) * 1_000).fold(n, |a, b| a.wrapping_add(b)) - (0..(n % 7) * 1_000).sum::<u64>()
        });
        assert_eq!(out, items);
        assert!(par_map(&[] as &[u64], |&n| n).is_empty());
    }
}
