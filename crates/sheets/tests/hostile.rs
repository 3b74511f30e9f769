//! Files made to exhaust a trusting reader are refused quickly, naming the limit.

use apdc_sheets::{Limits, SheetProblem, read};
use std::time::{Duration, Instant};

const LIMITS: Limits = Limits::rows(20_000);

fn file(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/files/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn refused(name: &str) -> SheetProblem {
    let started = Instant::now();
    let problem = read(&file(name), &LIMITS).expect_err(name);
    assert!(started.elapsed() < Duration::from_secs(10), "{name} took {:?}", started.elapsed());
    problem
}

#[test]
fn a_declared_cell_at_the_last_position_is_refused_before_any_grid() {
    assert_eq!(
        refused("sparse-last-cell.xlsx"),
        SheetProblem::DeclaredTooLarge { range: "A1:XFD1048576".into(), max_rows: 20_000, max_columns: 100 }
    );
}

#[test]
fn an_undeclared_cell_far_away_is_refused_by_its_position() {
    assert_eq!(refused("sparse-undeclared.xlsx"), SheetProblem::TooManyColumns { max: 100 });
}

#[test]
fn a_string_that_unpacks_to_200_mb_is_refused_by_the_unpacked_size() {
    assert_eq!(refused("expanding-string.xlsx"), SheetProblem::UnpackedTooLarge { max_bytes: 64 * 1024 * 1024 });
}

#[test]
fn with_room_to_unpack_the_long_string_is_still_refused_as_a_cell() {
    let limits = Limits { max_unpacked_bytes: 256 * 1024 * 1024, ..LIMITS };
    assert_eq!(read(&file("expanding-string.xlsx"), &limits), Err(SheetProblem::StringTooLong { max: 10_000 }));
}

#[test]
fn a_small_list_reads() {
    let table = read(&file("small-list.xlsx"), &LIMITS).unwrap();
    assert_eq!(table.header, vec!["Email"]);
    assert_eq!(table.rows.len(), 2);
    assert_eq!(table.rows[1], (3, vec!["kofi@example.org".to_owned()]));
}

#[test]
fn a_part_unpacking_beyond_what_remains_is_refused() {
    let limits = Limits { max_unpacked_bytes: 1_000, ..LIMITS };
    assert_eq!(read(&file("small-list.xlsx"), &limits), Err(SheetProblem::UnpackedTooLarge { max_bytes: 1_000 }));
}
