//! Exports: CSV with formulas neutralised, one-sheet and many-sheet XLSX workbooks.
//!
//! A CSV cell is read by spreadsheet programs as a formula when it starts with `=`, `+`,
//! `-` or `@` (and, in some, after a tab or carriage return), so a name stored as
//! `=HYPERLINK(…)` would run when a colleague opens the export. Such cells are written
//! with a leading apostrophe, as OWASP recommends for CSV injection; a plain negative
//! number (`-12.5`) is left as it is, since it is no formula. XLSX cells are written as
//! text or numbers, never formulas, and need nothing.

/// The text a CSV cell holds so that no spreadsheet program evaluates it.
pub fn neutralise_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && !is_plain_number(cell) { format!("'{cell}").into() } else { cell.into() }
}

/// `-12`, `-12.5`: a number and nothing else.
fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// The text a neutralised CSV cell stood for: what [`neutralise_formula`] wrote reads back.
pub(crate) fn restore_formula(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_plain_number(rest) => rest,
        _ => cell,
    }
}

/// Writes a header and rows as CSV (UTF-8 with a byte-order mark, which spreadsheet
/// programs need to recognise the encoding), every cell neutralised.
pub fn write_csv<S: AsRef<str>>(header: &[&str], rows: &[Vec<S>]) -> Result<Vec<u8>, String> {
    let mut writer = csv::Writer::from_writer(b"\xef\xbb\xbf".to_vec());
    writer.write_record(header.iter().map(|h| neutralise_formula(h).into_owned())).map_err(|e| e.to_string())?;
    for row in rows {
        writer
            .write_record(row.iter().map(|c| neutralise_formula(c.as_ref()).into_owned()))
            .map_err(|e| e.to_string())?;
    }
    writer.into_inner().map_err(|e| e.to_string())
}

/// Writes a header and rows as a one-sheet XLSX workbook with a bold, frozen header.
pub fn write_xlsx(sheet: &str, header: &[&str], rows: &[Vec<String>]) -> Result<Vec<u8>, String> {
    let sheet = Sheet {
        name: sheet.to_owned(),
        header: header.iter().map(|h| (*h).to_owned()).collect(),
        rows: rows.iter().map(|row| row.iter().map(|c| Cell::Text(c.clone())).collect()).collect(),
    };
    write_workbook(std::slice::from_ref(&sheet))
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
    fn cells_a_spreadsheet_would_evaluate_are_neutralised() {
        for risky in ["=HYPERLINK(\"http://x\",\"y\")", "+SUM(A1:A2)", "@cmd", "-2+3", "\t=1", "\r=1", "-"] {
            assert_eq!(neutralise_formula(risky), format!("'{risky}"), "{risky:?}");
            assert_eq!(restore_formula(&neutralise_formula(risky)), risky);
        }
        for safe in ["Amina", "-12", "-12.5", "12", "a=b", "", "'quoted"] {
            assert_eq!(neutralise_formula(safe), safe, "{safe:?}");
            assert_eq!(restore_formula(safe), safe);
        }
    }

    #[test]
    fn csv_exports_carry_no_formula() {
        let bytes = write_csv(&["name"], &[vec!["=1+1"], vec!["-5"]]).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(text, "\u{feff}name\n'=1+1\n-5\n");
    }
}
