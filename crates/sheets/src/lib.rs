//! Spreadsheets in and out: reading the files people upload (an XLSX workbook or a CSV
//! file) into a header and rows of text, and writing exports as CSV or XLSX.
//!
//! Uploaded files are outside input, so reading is bounded: every limit in [`Limits`] is
//! checked before the memory it guards is taken (the ZIP parts' real unpacked sizes, the
//! number and length of shared strings, the declared and the real dimensions of the
//! sheet, rows, columns, cells and their length, the total text and the time spent), and
//! a file beyond one is refused with a [`SheetProblem`] that names it. A workbook of a
//! few kilobytes that declares a cell at `XFD1048576`, or unpacks into hundreds of
//! megabytes, costs a few milliseconds and an error, never the process.
//!
//! Only the first worksheet of a workbook is read. CSV files may be UTF-8 (with or
//! without a byte-order mark), separated by commas, semicolons or tabs (spreadsheet
//! programs in French or Spanish settings write semicolons), with any line endings.

mod csv_read;
mod write;
mod xlsx;

pub use write::{Cell, Sheet, neutralise_formula, write_csv, write_workbook, write_xlsx};

/// How much of a file is read at most. Every field names a limit that a
/// [`SheetProblem`] can cite.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest file, in bytes.
    pub max_bytes: usize,
    /// The most data rows (the header and blank rows not counted).
    pub max_rows: usize,
    /// The most columns.
    pub max_columns: usize,
    /// The most characters in one cell.
    pub max_cell_chars: usize,
    /// The most non-empty cells, header included.
    pub max_cells: usize,
    /// The most text kept, in bytes, all cells together.
    pub max_text_bytes: usize,
    /// The most bytes a workbook's parts may unpack to, all parts together.
    pub max_unpacked_bytes: u64,
    /// The most parts (files) in a workbook's ZIP archive.
    pub max_parts: usize,
    /// The longest a file may take to read.
    pub max_seconds: u64,
}

impl Limits {
    /// The limits for a table of at most `max_rows` data rows.
    pub const fn rows(max_rows: usize) -> Self {
        Self {
            max_bytes: 10 * 1024 * 1024,
            max_rows,
            max_columns: 100,
            max_cell_chars: 10_000,
            max_cells: 500_000,
            max_text_bytes: 16 * 1024 * 1024,
            max_unpacked_bytes: 64 * 1024 * 1024,
            max_parts: 1_000,
            max_seconds: 20,
        }
    }

    /// The same limits with another maximum file size.
    pub const fn with_max_bytes(self, max_bytes: usize) -> Self {
        Self { max_bytes, ..self }
    }

    /// Blank lines a file may hold beyond its data rows before its length alone refuses it.
    const fn max_lines(&self) -> usize {
        self.max_rows.saturating_add(1_000)
    }
}

/// Why a file cannot be read as a table. Each variant beyond a limit carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetProblem {
    Empty,
    TooLarge {
        max_bytes: usize,
    },
    /// Neither a workbook nor a UTF-8 text file.
    NotASpreadsheet,
    /// A NUL character on this line: in a text file, not a CSV file; in a workbook's
    /// cell, text that no database can keep.
    NulByte {
        line: usize,
    },
    /// A workbook or CSV file that cannot be parsed; the detail is for staff.
    Unreadable(String),
    NoHeader,
    TooManyRows {
        max: usize,
    },
    TooManyColumns {
        max: usize,
    },
    TooManyCells {
        max: usize,
    },
    /// A cell longer than the limit, at this line and column (both from 1).
    CellTooLong {
        line: usize,
        column: usize,
        max: usize,
    },
    TooMuchText {
        max_bytes: usize,
    },
    /// The workbook says its sheet spans this range, beyond the rows or columns allowed.
    DeclaredTooLarge {
        range: String,
        max_rows: usize,
        max_columns: usize,
    },
    /// The workbook's parts unpack to more than this.
    UnpackedTooLarge {
        max_bytes: u64,
    },
    TooManyParts {
        max: usize,
    },
    /// A text of the workbook's shared strings far longer than a cell may be.
    StringTooLong {
        max: usize,
    },
    /// More shared strings than cells allowed.
    TooManySharedStrings {
        max: usize,
    },
    TooSlow {
        max_seconds: u64,
    },
}

/// A table: the header row and the data rows, all cells as trimmed text. Each row keeps
/// its line number in the file (1 is the first line), and has no trailing empty cells.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
    /// Rows whose every cell is empty, skipped.
    pub blank_rows: usize,
}

/// Rows of cells with their line (row) number in the file, from 1.
type Grid = Vec<(usize, Vec<String>)>;

/// Reads `bytes` as an XLSX workbook (recognised by its ZIP signature) or as CSV.
pub fn read(bytes: &[u8], limits: &Limits) -> Result<Table, SheetProblem> {
    if bytes.is_empty() {
        return Err(SheetProblem::Empty);
    }
    if bytes.len() > limits.max_bytes {
        return Err(SheetProblem::TooLarge { max_bytes: limits.max_bytes });
    }
    let grid = if bytes.starts_with(b"PK\x03\x04") {
        contained(|| xlsx::read(bytes, limits))?
    } else {
        contained(|| csv_read::read(bytes, limits, csv_read::Delimiter::Detect))?
    };
    into_table(grid, limits)
}

/// Runs a reader so that a panic inside it (a bug, in this crate or a library, on a
/// malformed file) refuses the file instead of unwinding into the server.
fn contained(reader: impl FnOnce() -> Result<Grid, SheetProblem>) -> Result<Grid, SheetProblem> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(reader))
        .unwrap_or_else(|_| Err(SheetProblem::Unreadable("the reader failed on this file".to_owned())))
}

/// Reads `bytes` as CSV only, with the delimiter detected from the header line; a
/// workbook is not a CSV file.
pub fn read_csv(bytes: &[u8], limits: &Limits) -> Result<Table, SheetProblem> {
    if bytes.is_empty() {
        return Err(SheetProblem::Empty);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err(SheetProblem::NotASpreadsheet);
    }
    if bytes.len() > limits.max_bytes {
        return Err(SheetProblem::TooLarge { max_bytes: limits.max_bytes });
    }
    into_table(contained(|| csv_read::read(bytes, limits, csv_read::Delimiter::Detect))?, limits)
}

/// Separates the header from the data rows, skipping blank rows.
fn into_table(grid: Grid, limits: &Limits) -> Result<Table, SheetProblem> {
    let mut lines = grid.into_iter();
    let header = loop {
        match lines.next() {
            Some((_, cells)) if cells.is_empty() => continue,
            Some((_, cells)) => break cells,
            None => return Err(SheetProblem::NoHeader),
        }
    };
    let mut table = Table { header, ..Table::default() };
    for (line, cells) in lines {
        if cells.is_empty() {
            table.blank_rows += 1;
            continue;
        }
        if table.rows.len() == limits.max_rows {
            return Err(SheetProblem::TooManyRows { max: limits.max_rows });
        }
        table.rows.push((line, cells));
    }
    Ok(table)
}

/// Counts what a reader keeps, refusing a cell, a row or a total beyond the limits.
struct Budget<'a> {
    limits: &'a Limits,
    cells: usize,
    text_bytes: usize,
    started: std::time::Instant,
}

impl<'a> Budget<'a> {
    fn new(limits: &'a Limits) -> Self {
        Self { limits, cells: 0, text_bytes: 0, started: std::time::Instant::now() }
    }

    /// Accounts for one non-empty cell at `line` and `column` (both from 1).
    fn cell(&mut self, line: usize, column: usize, text: &str) -> Result<(), SheetProblem> {
        let limits = self.limits;
        if column > limits.max_columns {
            return Err(SheetProblem::TooManyColumns { max: limits.max_columns });
        }
        if line > limits.max_lines() {
            return Err(SheetProblem::TooManyRows { max: limits.max_rows });
        }
        if text.contains('\0') {
            return Err(SheetProblem::NulByte { line });
        }
        // Cheap first: a string of fewer bytes than the limit has fewer characters too.
        if text.len() > limits.max_cell_chars && text.chars().count() > limits.max_cell_chars {
            return Err(SheetProblem::CellTooLong { line, column, max: limits.max_cell_chars });
        }
        self.cells += 1;
        if self.cells > limits.max_cells {
            return Err(SheetProblem::TooManyCells { max: limits.max_cells });
        }
        self.text_bytes += text.len();
        if self.text_bytes > limits.max_text_bytes {
            return Err(SheetProblem::TooMuchText { max_bytes: limits.max_text_bytes });
        }
        if self.cells.is_multiple_of(4_096) {
            self.check_time()?;
        }
        Ok(())
    }

    fn check_time(&self) -> Result<(), SheetProblem> {
        if self.started.elapsed().as_secs() >= self.limits.max_seconds {
            return Err(SheetProblem::TooSlow { max_seconds: self.limits.max_seconds });
        }
        Ok(())
    }
}

/// Drops a row's trailing empty cells, so that a row of nothing is an empty row.
fn trim_trailing(cells: &mut Vec<String>) {
    while cells.last().is_some_and(String::is_empty) {
        cells.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits::rows(100);

    #[test]
    fn csv_with_semicolons_and_a_byte_order_mark_is_read() {
        let table = read("\u{feff}Nom;Courriel\n\nAmina;amina@example.org\n;\n".as_bytes(), &LIMITS).unwrap();
        assert_eq!(table.header, vec!["Nom", "Courriel"]);
        assert_eq!(table.rows, vec![(3, vec!["Amina".to_owned(), "amina@example.org".to_owned()])]);
        assert_eq!(table.blank_rows, 1, "the row of empty cells; the empty line is not a row");
    }

    #[test]
    fn a_workbook_written_here_reads_back() {
        let rows = vec![vec!["Amina".to_owned(), "amina@example.org".to_owned()]];
        let bytes = write_xlsx("People", &["Name", "Email"], &rows).unwrap();
        let table = read(&bytes, &LIMITS).unwrap();
        assert_eq!(table.header, vec!["Name", "Email"]);
        assert_eq!(table.rows, vec![(2, rows[0].clone())]);
    }

    #[test]
    fn what_is_not_a_table_is_named() {
        assert_eq!(read(b"", &LIMITS), Err(SheetProblem::Empty));
        assert_eq!(read(&[0xff, 0xd8, 0xff, 0xe0, 0, 0x10], &LIMITS), Err(SheetProblem::NotASpreadsheet));
        assert!(matches!(read(b"PK\x03\x04garbage", &LIMITS), Err(SheetProblem::Unreadable(_))));
        assert_eq!(read(b"a,b\n1,2\n3,4\n", &Limits::rows(1)), Err(SheetProblem::TooManyRows { max: 1 }));
        assert_eq!(read(b"\n\n", &LIMITS), Err(SheetProblem::NoHeader));
        assert_eq!(read(b"a,b\n1\0,2\n", &LIMITS), Err(SheetProblem::NulByte { line: 2 }));
        let small = LIMITS.with_max_bytes(4);
        assert_eq!(read(b"a,b\n1,2\n", &small), Err(SheetProblem::TooLarge { max_bytes: 4 }));
    }

    #[test]
    fn cells_and_columns_beyond_the_limits_are_refused_with_their_place() {
        let limits = Limits { max_cell_chars: 5, max_columns: 3, ..LIMITS };
        assert_eq!(
            read(b"a,b\nshort,longer than five\n", &limits),
            Err(SheetProblem::CellTooLong { line: 2, column: 2, max: 5 })
        );
        assert_eq!(read(b"a,b,c,d\n", &limits), Err(SheetProblem::TooManyColumns { max: 3 }));
        let limits = Limits { max_text_bytes: 10, ..LIMITS };
        assert_eq!(read(b"abcd,efgh\nijkl,mnop\n", &limits), Err(SheetProblem::TooMuchText { max_bytes: 10 }));
        let limits = Limits { max_cells: 3, ..LIMITS };
        assert_eq!(read(b"a,b\nc,d\n", &limits), Err(SheetProblem::TooManyCells { max: 3 }));
    }

    #[test]
    fn trailing_empty_cells_are_not_kept() {
        let table = read(b"a,b,,\n1,,,\n", &LIMITS).unwrap();
        assert_eq!(table.header, vec!["a", "b"]);
        assert_eq!(table.rows, vec![(2, vec!["1".to_owned()])]);
    }
}
