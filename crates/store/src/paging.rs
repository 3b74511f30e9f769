//! One page of a longer list.

use serde::Serialize;

/// A page of results and the total they are drawn from.
#[derive(Debug, Clone, Serialize)]
pub struct Paged<T> {
    pub items: Vec<T>,
    pub total: usize,
    /// The page number, from 1.
    pub page: usize,
    pub per_page: usize,
}

impl<T> Paged<T> {
    /// How many pages the total makes (at least one, so an empty list has a page).
    pub fn pages(&self) -> usize {
        self.total.div_ceil(self.per_page).max(1)
    }
}

impl<T: Clone> Paged<T> {
    /// Page `page` (from 1) of `all`, `per_page` at a time.
    pub fn of(all: &[T], page: usize, per_page: usize) -> Self {
        let (page, per_page) = (page.max(1), per_page.max(1));
        let items = all.iter().skip((page - 1).saturating_mul(per_page)).take(per_page).cloned().collect();
        Self { items, total: all.len(), page, per_page }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_cut_from_the_whole_list() {
        let all: Vec<u32> = (1..=7).collect();
        let third = Paged::of(&all, 3, 3);
        assert_eq!((third.pages(), third.total, third.items), (3, 7, vec![7]));
        assert!(Paged::of(&all, usize::MAX, 3).items.is_empty(), "no overflow past the end");
    }

    #[test]
    fn an_empty_list_still_has_one_page() {
        let paged = |total| Paged::<()> { items: Vec::new(), total, page: 1, per_page: 50 };
        assert_eq!(paged(0).pages(), 1);
        assert_eq!(paged(50).pages(), 1);
        assert_eq!(paged(51).pages(), 2);
        assert_eq!(paged(165).pages(), 4);
    }
}
