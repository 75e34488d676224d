//! [`Ragged`]: rows of different lengths (one per sentence) stored in one
//! allocation, so that a long text costs two vectors rather than one per sentence.

use std::ops::Range;

/// Rows of `T` of varying length, row `i` being `items[starts[i]..starts[i + 1]]`.
/// Built row by row: append to [`Ragged::open_row`], then [`Ragged::close_row`].
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Ragged<T> {
    /// Where each row starts in `items`, plus the end of the last row.
    starts: Vec<usize>,
    items: Vec<T>,
}

impl<T> Default for Ragged<T> {
    fn default() -> Ragged<T> {
        Ragged {
            starts: vec![0],
            items: Vec::new(),
        }
    }
}

impl<T> Ragged<T> {
    /// No rows, with room for `rows` rows of `items` items in all.
    pub(crate) fn with_capacity(rows: usize, items: usize) -> Ragged<T> {
        let mut starts = Vec::with_capacity(rows + 1);
        starts.push(0);
        Ragged {
            starts,
            items: Vec::with_capacity(items),
        }
    }

    /// The items of the row being built: everything pushed after the last
    /// [`Ragged::close_row`] belongs to the next row.
    pub(crate) fn open_row(&mut self) -> &mut Vec<T> {
        &mut self.items
    }

    /// Ends the row being built (possibly empty).
    pub(crate) fn close_row(&mut self) {
        self.starts.push(self.items.len());
    }

    /// Frees the room reserved beyond the items (once the last row is closed).
    pub(crate) fn shrink_to_fit(&mut self) {
        self.starts.shrink_to_fit();
        self.items.shrink_to_fit();
    }

    /// The number of (closed) rows.
    pub(crate) fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Where row `i` is among all items (so that a parallel vector, one entry per
    /// item, can be sliced alike); empty when there is no such row.
    pub(crate) fn span(&self, i: usize) -> Range<usize> {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&a), Some(&b)) => a..b,
            _ => 0..0,
        }
    }

    /// The row holding item `item` (the last row when there is no such item).
    pub(crate) fn row_of(&self, item: usize) -> usize {
        // The last row beginning at or before the item: rows beginning there
        // too but before it are empty.
        self.starts
            .partition_point(|&start| start <= item)
            .saturating_sub(1)
            .min(self.len().saturating_sub(1))
    }

    /// Every item, row after row (row `i` being `items()[span(i)]`).
    pub(crate) fn items(&self) -> &[T] {
        &self.items
    }

    /// Row `i`; empty when there is no such row.
    pub(crate) fn get(&self, i: usize) -> &[T] {
        self.items.get(self.span(i)).unwrap_or(&[])
    }

    /// The rows in order.
    pub(crate) fn iter(&self) -> impl ExactSizeIterator<Item = &[T]> + '_ {
        self.starts.windows(2).map(|w| match w {
            [a, b] => self.items.get(*a..*b).unwrap_or(&[]),
            _ => &[],
        })
    }
}

#[cfg(test)]
impl<T, R: IntoIterator<Item = T>> FromIterator<R> for Ragged<T> {
    fn from_iter<I: IntoIterator<Item = R>>(rows: I) -> Ragged<T> {
        let mut ragged = Ragged::default();
        for row in rows {
            ragged.open_row().extend(row);
            ragged.close_row();
        }
        ragged
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_kept_apart_including_empty_ones() {
        let mut r: Ragged<u32> = Ragged::with_capacity(3, 4);
        r.open_row().extend([1, 2]);
        r.close_row();
        r.close_row();
        r.open_row().push(3);
        r.close_row();
        assert_eq!(r.len(), 3);
        assert_eq!(r.get(0), [1, 2]);
        assert_eq!(r.get(1), [] as [u32; 0]);
        assert_eq!(r.get(2), [3]);
        assert_eq!(r.get(3), [] as [u32; 0], "no such row");
        assert_eq!(
            (r.span(0), r.span(1), r.span(2), r.span(3)),
            (0..2, 2..2, 2..3, 0..0)
        );
        assert_eq!(r.iter().collect::<Vec<_>>(), [&[1, 2][..], &[], &[3]]);
        assert_eq!(r.items(), [1, 2, 3]);
        assert_eq!([0, 1, 2].map(|item| r.row_of(item)), [0, 0, 2]);
        let same: Ragged<u32> = [vec![1, 2], vec![], vec![3]].into_iter().collect();
        assert_eq!(same, r);
        assert_eq!(Ragged::<u8>::default().iter().count(), 0);
    }
}
