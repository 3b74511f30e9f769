//! Reading the spreadsheets people upload (XLSX or CSV) into a header and rows of text,
//! and writing exports as CSV or XLSX.
//!
//! Only the first worksheet of a workbook is read. CSV files may be UTF-8 (with or
//! without a byte-order mark) and separated by commas, semicolons or tabs: spreadsheet
//! programs in French or Spanish settings write semicolons.

use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;

/// The largest upload read.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

/// Why a file cannot be read as a table at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetProblem {
    Empty,
    TooLarge,
    /// Neither a workbook nor a UTF-8 text file.
    NotASpreadsheet,
    /// A workbook or CSV that cannot be parsed; the detail is for staff.
    Unreadable(String),
    NoHeader,
    TooManyRows(usize),
}

/// A table: the header row and the data rows, all cells as trimmed text. Each row keeps
/// its line number in the file (1 is the header).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
    /// Rows whose every cell is empty, skipped.
    pub blank_rows: usize,
}

/// Reads `bytes` as an XLSX workbook (recognised by its ZIP signature) or as CSV.
pub fn read(bytes: &[u8], max_rows: usize) -> Result<Table, SheetProblem> {
    if bytes.is_empty() {
        return Err(SheetProblem::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(SheetProblem::TooLarge);
    }
    let grid = if bytes.starts_with(b"PK\x03\x04") { read_xlsx(bytes)? } else { read_csv(bytes)? };
    let mut lines = grid.into_iter();
    let header = loop {
        match lines.next() {
            Some((_, cells)) if cells.iter().all(String::is_empty) => continue,
            Some((_, cells)) => break cells,
            None => return Err(SheetProblem::NoHeader),
        }
    };
    let mut table = Table { header, ..Table::default() };
    for (line, cells) in lines {
        if cells.iter().all(|c| c.is_empty()) {
            table.blank_rows += 1;
            continue;
        }
        if table.rows.len() == max_rows {
            return Err(SheetProblem::TooManyRows(max_rows));
        }
        table.rows.push((line, cells));
    }
    Ok(table)
}

/// Rows of cells with their line (row) number in the file, from 1.
type Grid = Vec<(usize, Vec<String>)>;

fn read_xlsx(bytes: &[u8]) -> Result<Grid, SheetProblem> {
    let mut workbook: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| SheetProblem::Unreadable(format!("workbook: {e}")))?;
    let first = workbook.sheet_names().first().cloned().ok_or(SheetProblem::NoHeader)?;
    let range =
        workbook.worksheet_range(&first).map_err(|e| SheetProblem::Unreadable(format!("sheet {first}: {e}")))?;
    // The range starts at the first used cell; its row offset keeps line numbers true.
    let first_row = range.start().map_or(0, |(row, _)| row as usize);
    Ok(range.rows().enumerate().map(|(i, row)| (first_row + i + 1, row.iter().map(cell_text).collect())).collect())
}

/// A cell as people read it: whole numbers without ".0", dates as YYYY-MM-DD.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.trim().to_owned(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => excel_date(d.as_f64()).unwrap_or_else(|| d.to_string()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(_) => String::new(),
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

fn read_csv(bytes: &[u8]) -> Result<Grid, SheetProblem> {
    let text = std::str::from_utf8(bytes).map_err(|_| SheetProblem::NotASpreadsheet)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\0') {
        return Err(SheetProblem::NotASpreadsheet);
    }
    let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter =
        [b',', b';', b'\t'].into_iter().max_by_key(|d| first_line.bytes().filter(|b| b == d).count()).unwrap_or(b',');
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut grid = Vec::new();
    // The reader skips empty lines, so line numbers are counted from byte offsets.
    let (mut counted_to, mut line) = (0, 1);
    for record in reader.records() {
        let record = record.map_err(|e| SheetProblem::Unreadable(e.to_string()))?;
        let mut start = record.position().map_or(counted_to, |p| usize::try_from(p.byte()).unwrap_or(counted_to));
        // A record's position is where reading resumed, before any empty lines it skipped.
        while matches!(text.as_bytes().get(start), Some(b'\n' | b'\r')) {
            start += 1;
        }
        line += text.as_bytes().get(counted_to..start).map_or(0, |b| b.iter().filter(|c| **c == b'\n').count());
        counted_to = start.max(counted_to);
        grid.push((line, record.iter().map(|c| c.trim().to_owned()).collect()));
    }
    Ok(grid)
}

/// Writes a header and rows as CSV (UTF-8 with a byte-order mark, which spreadsheet
/// programs need to recognise the encoding).
pub fn write_csv(header: &[&str], rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    let mut writer = csv::Writer::from_writer(b"\xef\xbb\xbf".to_vec());
    writer.write_record(header).map_err(|e| e.to_string())?;
    for row in rows {
        writer.write_record(row).map_err(|e| e.to_string())?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

/// Writes a header and rows as a one-sheet XLSX workbook with a bold, frozen header.
pub fn write_xlsx(sheet: &str, header: &[&str], rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let worksheet = workbook.add_worksheet();
    worksheet.set_name(sheet).map_err(|e| e.to_string())?;
    let bold = Format::new().set_bold();
    for (col, title) in header.iter().enumerate() {
        let col = u16::try_from(col).map_err(|e| e.to_string())?;
        worksheet.write_string_with_format(0, col, *title, &bold).map_err(|e| e.to_string())?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|e| e.to_string())?;
        for (c, value) in row.iter().enumerate() {
            let c = u16::try_from(c).map_err(|e| e.to_string())?;
            worksheet.write_string(r, c, value).map_err(|e| e.to_string())?;
        }
    }
    worksheet.set_freeze_panes(1, 0).map_err(|e| e.to_string())?;
    workbook.save_to_buffer().map_err(|e| e.to_string())
}

/// A cell of a workbook written by [`write_workbook`].
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    /// Written as a number, so that spreadsheets can add it up.
    Number(f64),
    Empty,
}

/// One sheet of a workbook: its name, header and rows.
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// Writes sheets as one XLSX workbook, each with a bold, frozen header.
pub fn write_workbook(sheets: &[Sheet]) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    for sheet in sheets {
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(&sheet.name).map_err(|e| e.to_string())?;
        for (col, title) in sheet.header.iter().enumerate() {
            let col = u16::try_from(col).map_err(|e| e.to_string())?;
            worksheet.write_string_with_format(0, col, title, &bold).map_err(|e| e.to_string())?;
        }
        for (r, row) in sheet.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).map_err(|e| e.to_string())?;
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c).map_err(|e| e.to_string())?;
                match cell {
                    Cell::Text(text) => worksheet.write_string(r, c, text).map(|_| ()),
                    Cell::Number(n) => worksheet.write_number(r, c, *n).map(|_| ()),
                    Cell::Empty => Ok(()),
                }
                .map_err(|e| e.to_string())?;
            }
        }
        worksheet.set_freeze_panes(1, 0).map_err(|e| e.to_string())?;
    }
    workbook.save_to_buffer().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_with_semicolons_and_a_byte_order_mark_is_read() {
        let table = read("\u{feff}Nom;Courriel\n\nAmina;amina@example.org\n;\n".as_bytes(), 100).unwrap();
        assert_eq!(table.header, vec!["Nom", "Courriel"]);
        assert_eq!(table.rows, vec![(3, vec!["Amina".to_owned(), "amina@example.org".to_owned()])]);
        assert_eq!(table.blank_rows, 1, "the row of empty cells; the empty line is not a row");
    }

    #[test]
    fn a_workbook_written_here_reads_back() {
        let rows = vec![vec!["Amina".to_owned(), "amina@example.org".to_owned()]];
        let bytes = write_xlsx("People", &["Name", "Email"], &rows).unwrap();
        let table = read(&bytes, 100).unwrap();
        assert_eq!(table.header, vec!["Name", "Email"]);
        assert_eq!(table.rows, vec![(2, rows[0].clone())]);
    }

    #[test]
    fn excel_date_serials_become_calendar_dates() {
        assert_eq!(excel_date(45_383.0).as_deref(), Some("2024-04-01"));
        assert_eq!(excel_date(25_569.5).as_deref(), Some("1970-01-01"));
    }

    #[test]
    fn what_is_not_a_table_is_named() {
        assert_eq!(read(b"", 10), Err(SheetProblem::Empty));
        assert_eq!(read(&[0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 10), Err(SheetProblem::NotASpreadsheet));
        assert!(matches!(read(b"PK\x03\x04garbage", 10), Err(SheetProblem::Unreadable(_))));
        assert_eq!(read(b"a,b\n1,2\n3,4\n", 1), Err(SheetProblem::TooManyRows(1)));
        assert_eq!(read(b"\n\n", 10), Err(SheetProblem::NoHeader));
    }
}
