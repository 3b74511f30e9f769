//! Uploaded workbooks (participant lists, member data for reported indicators): any
//! bytes read as XLSX within the import limits must return a table or a problem, in
//! bounded memory and time, never panic.
#![no_main]

use apdc_sheets::Limits;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Only a ZIP archive is read as a workbook; make every input one to spend the time there.
    let mut bytes = Vec::with_capacity(data.len() + 4);
    if !data.starts_with(b"PK\x03\x04") {
        bytes.extend_from_slice(b"PK\x03\x04");
    }
    bytes.extend_from_slice(data);
    let _ = apdc_sheets::read(&bytes, &Limits::rows(20_000));
});
