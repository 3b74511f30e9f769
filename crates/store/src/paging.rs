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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_list_still_has_one_page() {
        let paged = |total| Paged::<()> { items: Vec::new(), total, page: 1, per_page: 50 };
        assert_eq!(paged(0).pages(), 1);
        assert_eq!(paged(50).pages(), 1);
        assert_eq!(paged(51).pages(), 2);
        assert_eq!(paged(165).pages(), 4);
    }
}
