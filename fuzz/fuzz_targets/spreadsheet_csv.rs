//! Uploaded CSV files (participant lists, member data for reported indicators): any
//! bytes read as CSV within the import limits must return a table or a problem.
#![no_main]

use apdc_sheets::Limits;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(table) = apdc_sheets::read_csv(data, &Limits::rows(20_000)) {
        // Every kept row holds no trailing empty cell and a line within the file.
        for (line, cells) in &table.rows {
            assert!(*line >= 1);
            assert!(cells.last().is_none_or(|c| !c.is_empty()));
        }
    }
});
