//! Translation files, as translators' tools send them back: any bytes are either refused
//! whole with a reason or read within the limits; what is read can be written again and
//! reads back with the same files and units.
#![no_main]

use apdc_xliff::{Limits, read, write};
use libfuzzer_sys::fuzz_target;

const LIMITS: Limits = Limits { max_bytes: 1 << 20, max_units: 1_000, max_text_chars: 10_000, max_depth: 32 };

fuzz_target!(|data: &[u8]| {
    let Ok(document) = read(data, &LIMITS) else { return };
    let units: usize = document.files.iter().map(|f| f.units.len()).sum();
    assert!(units <= LIMITS.max_units);
    for unit in document.files.iter().flat_map(|f| &f.units) {
        assert!(unit.source.chars().count() <= LIMITS.max_text_chars);
        assert!(unit.target.as_ref().is_none_or(|t| !t.trim().is_empty()), "an empty target is no translation");
    }
    let again = read(&write(&document), &Limits { max_bytes: usize::MAX, ..LIMITS }).expect("what was read is written readable");
    assert_eq!(again.files.len(), document.files.len());
    assert_eq!(again.files.iter().map(|f| f.units.len()).sum::<usize>(), units);
});
