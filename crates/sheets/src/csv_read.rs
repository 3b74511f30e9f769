//! CSV files: UTF-8 text, comma, semicolon or tab separated, any line endings. A cell
//! that an export neutralised against formulas reads back as it was.

use crate::write::restore_formula;
use crate::{Budget, Grid, Limits, SheetProblem, trim_trailing};

/// How the separator between cells is chosen.
#[derive(Debug, Clone, Copy)]
pub enum Delimiter {
    /// The one of comma, semicolon and tab that the header line uses most, outside quotes.
    Detect,
}

pub fn read(bytes: &[u8], limits: &Limits, delimiter: Delimiter) -> Result<Grid, SheetProblem> {
    let text = std::str::from_utf8(bytes).map_err(|_| SheetProblem::NotASpreadsheet)?;
    if let Some(at) = bytes.iter().position(|b| *b == 0) {
        // Valid UTF-8, but no spreadsheet program writes a NUL byte and no database keeps one.
        return Err(SheetProblem::NulByte { line: line_at(bytes, at) });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = match delimiter {
        Delimiter::Detect => detect(text),
    };
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut budget = Budget::new(limits);
    let mut grid = Vec::new();
    let bytes = text.as_bytes();
    // The reader skips empty lines, so line numbers are counted from byte offsets: that
    // is right whatever the line endings (LF, CRLF) and for quoted cells over several lines.
    let (mut counted_to, mut line) = (0, 1);
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => return Err(SheetProblem::Unreadable(e.to_string())),
        }
        let mut start = record.position().map_or(counted_to, |p| usize::try_from(p.byte()).unwrap_or(counted_to));
        // A record's position is where reading resumed, before any empty lines it skipped.
        while matches!(bytes.get(start), Some(b'\n' | b'\r')) {
            start += 1;
        }
        if start > counted_to {
            line += bytes.get(counted_to..start).map_or(0, |b| b.iter().filter(|c| **c == b'\n').count());
            counted_to = start;
        }
        let mut cells = Vec::new();
        for (index, cell) in record.iter().enumerate() {
            // A cell an export neutralised (`'=…`) reads back as it was stored.
            let cell = restore_formula(cell.trim());
            if cell.is_empty() {
                if index < limits.max_columns {
                    cells.push(String::new());
                }
                continue;
            }
            budget.cell(line, index + 1, cell)?;
            cells.push(cell.to_owned());
        }
        trim_trailing(&mut cells);
        if grid.len() >= limits.max_lines() {
            return Err(SheetProblem::TooManyRows { max: limits.max_rows });
        }
        if grid.len().is_multiple_of(4_096) {
            budget.check_time()?;
        }
        grid.push((line, cells));
    }
    Ok(grid)
}

/// The line (from 1) of the byte at `at`.
fn line_at(bytes: &[u8], at: usize) -> usize {
    1 + bytes[..at].iter().filter(|b| **b == b'\n').count()
}

/// The separator the first non-empty line uses most outside quoted text; a comma when it
/// uses none (a file of one column).
fn detect(text: &str) -> u8 {
    let first_line = first_logical_line(text);
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for byte in first_line.bytes() {
        if byte == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(entry) = counts.iter_mut().find(|(d, _)| *d == byte) {
            entry.1 += 1;
        }
    }
    // The first of the most used wins, so a tie goes to the comma.
    counts.iter().fold((b',', 0), |best, &(d, n)| if n > best.1 { (d, n) } else { best }).0
}

/// The first line with something on it, up to its end outside quotes.
fn first_logical_line(text: &str) -> &str {
    let text = text.trim_start_matches(['\r', '\n', ' ']);
    let mut quoted = false;
    for (i, byte) in text.bytes().enumerate() {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => return &text[..i],
            _ => {}
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: Limits = Limits::rows(100);

    fn lines(text: &str) -> Vec<usize> {
        read(text.as_bytes(), &LIMITS, Delimiter::Detect).unwrap().into_iter().map(|(line, _)| line).collect()
    }

    #[test]
    fn line_numbers_are_true_for_every_line_ending() {
        assert_eq!(lines("a,b\n1,2\n\n3,4\n"), vec![1, 2, 4]);
        assert_eq!(lines("a,b\r\n1,2\r\n\r\n3,4\r\n"), vec![1, 2, 4]);
        assert_eq!(lines("\r\n\r\na,b\r\n\"two\r\nlines\",2\r\n3,4"), vec![3, 4, 6]);
    }

    #[test]
    fn the_delimiter_is_the_one_the_header_uses() {
        assert_eq!(detect("alpha2;category;developing\nKE;member;true"), b';');
        assert_eq!(detect("a\tb\tc"), b'\t');
        assert_eq!(detect("\"name; with semicolons\",email\n"), b',');
        assert_eq!(detect("single"), b',');
    }

    #[test]
    fn a_nul_byte_is_named_with_its_line() {
        assert_eq!(read(b"a,b\n1,2\n3\0,4", &LIMITS, Delimiter::Detect), Err(SheetProblem::NulByte { line: 3 }));
    }

    #[test]
    fn a_row_of_thousands_of_empty_cells_keeps_none() {
        let text = format!("a,b\n1{}\n", ",".repeat(100_000));
        let grid = read(text.as_bytes(), &LIMITS, Delimiter::Detect).unwrap();
        assert_eq!(grid[1].1, vec!["1".to_owned()]);
    }
}
