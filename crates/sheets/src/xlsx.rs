//! XLSX workbooks, read with calamine inside bounds checked first.
//!
//! calamine trusts the file: it unpacks whole parts, keeps every shared string and, for a
//! range, allocates the grid the cells span. So before it opens the workbook, the ZIP
//! archive is walked once, unpacking every part into nothing to learn its *real* size
//! (a declared size can lie), and the shared strings are counted and measured while
//! streaming. The sheet is then read cell by cell, never as a range, each cell checked
//! against the limits before it is kept.

use crate::{Budget, Grid, Limits, SheetProblem};
use calamine::{DataRef, Reader, Xlsx};
use quick_xml::events::Event;
use std::io::{BufReader, Cursor, Read};

pub fn read(bytes: &[u8], limits: &Limits) -> Result<Grid, SheetProblem> {
    check_archive(bytes, limits)?;
    let mut workbook: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| SheetProblem::Unreadable(format!("workbook: {e}")))?;
    let first = workbook.sheet_names().first().cloned().ok_or(SheetProblem::NoHeader)?;
    let mut cells =
        workbook.worksheet_cells_reader(&first).map_err(|e| SheetProblem::Unreadable(format!("sheet {first}: {e}")))?;
    let declared = cells.dimensions();
    let (end_row, end_column) = (declared.end.0 as usize, declared.end.1 as usize);
    if end_row >= limits.max_lines() || end_column >= limits.max_columns {
        let range =
            format!("{}:{}", cell_name(declared.start.0, declared.start.1), cell_name(declared.end.0, declared.end.1));
        return Err(SheetProblem::DeclaredTooLarge {
            range,
            max_rows: limits.max_rows,
            max_columns: limits.max_columns,
        });
    }
    let mut budget = Budget::new(limits);
    let mut kept: Vec<(u32, u32, String)> = Vec::new();
    loop {
        let cell = match cells.next_cell() {
            Ok(Some(cell)) => cell,
            Ok(None) => break,
            Err(e) => return Err(SheetProblem::Unreadable(format!("sheet {first}: {e}"))),
        };
        let text = cell_text(cell.get_value());
        if text.is_empty() {
            continue;
        }
        let (row, column) = cell.get_position();
        budget.cell(row as usize + 1, column as usize + 1, &text)?;
        kept.push((row, column, text));
    }
    Ok(into_grid(kept))
}

/// Lays kept cells out in rows, from the first row used to the last; a row between
/// without cells is an empty row (it counts as blank, and keeps line numbers true).
fn into_grid(mut kept: Vec<(u32, u32, String)>) -> Grid {
    kept.sort_by_key(|(row, column, _)| (*row, *column));
    let mut grid: Grid = Vec::new();
    let Some(first_row) = kept.first().map(|(row, _, _)| *row) else {
        return grid;
    };
    for (row, column, text) in kept {
        let line = row as usize + 1;
        while grid.last().is_none_or(|(l, _)| *l < line) {
            let next = grid.last().map_or(first_row as usize + 1, |(l, _)| l + 1);
            grid.push((next, Vec::new()));
        }
        let cells = &mut grid.last_mut().expect("a row was just pushed").1;
        let column = column as usize;
        if cells.len() <= column {
            cells.resize(column + 1, String::new());
        }
        // The same cell twice in a malformed sheet: the later one wins, as in a range.
        cells[column] = text;
    }
    grid
}

/// Walks every part of the archive, unpacking it into nothing, so that its real size is
/// known before anything keeps it; then measures the shared strings.
fn check_archive(bytes: &[u8], limits: &Limits) -> Result<(), SheetProblem> {
    let unreadable = |e: zip::result::ZipError| SheetProblem::Unreadable(format!("workbook: {e}"));
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(unreadable)?;
    if archive.len() > limits.max_parts {
        return Err(SheetProblem::TooManyParts { max: limits.max_parts });
    }
    let too_large = SheetProblem::UnpackedTooLarge { max_bytes: limits.max_unpacked_bytes };
    let mut remaining = limits.max_unpacked_bytes;
    let mut shared_strings = None;
    for index in 0..archive.len() {
        let mut part = archive.by_index(index).map_err(unreadable)?;
        if part.size() > remaining {
            return Err(too_large);
        }
        let unpacked = std::io::copy(&mut (&mut part).take(remaining + 1), &mut std::io::sink())
            .map_err(|e| SheetProblem::Unreadable(format!("workbook part {}: {e}", part.name())))?;
        if unpacked > remaining {
            return Err(too_large);
        }
        remaining -= unpacked;
        if part.name().eq_ignore_ascii_case("xl/sharedStrings.xml") {
            shared_strings = Some(index);
        }
    }
    if let Some(index) = shared_strings {
        let part = archive.by_index(index).map_err(unreadable)?;
        check_shared_strings(part, limits)?;
    }
    Ok(())
}

/// Counts the shared strings and measures each while streaming, keeping none.
fn check_shared_strings(part: impl Read, limits: &Limits) -> Result<(), SheetProblem> {
    let unreadable = |e: String| SheetProblem::Unreadable(format!("shared strings: {e}"));
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(part));
    let (mut count, mut chars, mut buf) = (0usize, 0usize, Vec::new());
    loop {
        buf.clear();
        match xml.read_event_into(&mut buf).map_err(|e| unreadable(e.to_string()))? {
            Event::Start(e) if e.local_name().as_ref() == b"si" => {
                count += 1;
                chars = 0;
                if count > limits.max_cells {
                    return Err(SheetProblem::TooManySharedStrings { max: limits.max_cells });
                }
            }
            Event::Text(text) => {
                // Measured as written: an entity is longer than its character, so a
                // string within the limit is never refused for its escapes.
                chars += text.len();
                if chars > limits.max_cell_chars.saturating_mul(10) {
                    return Err(SheetProblem::StringTooLong { max: limits.max_cell_chars });
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

/// A cell as people read it: whole numbers without ".0", dates as YYYY-MM-DD.
fn cell_text(cell: &DataRef<'_>) -> String {
    match cell {
        DataRef::Empty | DataRef::Error(_) => String::new(),
        DataRef::SharedString(s) => s.trim().to_owned(),
        DataRef::String(s) => s.trim().to_owned(),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        DataRef::Float(f) => f.to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(d) => excel_date(d.as_f64()).unwrap_or_else(|| d.to_string()),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
    }
}

/// An Excel date serial (days since 1899-12-30) as `YYYY-MM-DD`.
fn excel_date(serial: f64) -> Option<String> {
    const UNIX_EPOCH_SERIAL: f64 = 25_569.0;
    let days = (serial - UNIX_EPOCH_SERIAL).floor();
    if !days.is_finite() || days.abs() > 1e6 {
        return None;
    }
    #[allow(clippy::cast_possible_truncation, reason = "bounded above")]
    let date = time::Date::from_calendar_date(1970, time::Month::January, 1).ok()? + time::Duration::days(days as i64);
    Some(date.to_string())
}

/// A cell's name as spreadsheets show it (`A1`), from 0-based row and column.
fn cell_name(row: u32, column: u32) -> String {
    let mut letters = Vec::new();
    let mut n = u64::from(column) + 1;
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        letters.push(b'A' + rem);
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8_lossy(&letters), u64::from(row) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_date_serials_become_calendar_dates() {
        assert_eq!(excel_date(45_383.0).as_deref(), Some("2024-04-01"));
        assert_eq!(excel_date(25_569.5).as_deref(), Some("1970-01-01"));
    }

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(9, 27), "AB10");
        assert_eq!(cell_name(1_048_575, 16_383), "XFD1048576");
    }

    #[test]
    fn rows_without_cells_are_empty_rows_and_lines_stay_true() {
        let grid = into_grid(vec![(4, 1, "b".into()), (1, 0, "a".into()), (4, 0, "c".into())]);
        assert_eq!(
            grid,
            vec![(2, vec!["a".to_owned()]), (3, vec![]), (4, vec![]), (5, vec!["c".to_owned(), "b".to_owned()]),]
        );
    }
}
