//! The member list import: any bytes planned against a small registry must give a plan
//! or a file problem, never panic, and count every row it plans.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(plan) = apdc_store::imports::plan_file(data, &["KE", "FR", "SN", "PE"]) {
        assert_eq!(plan.added + plan.updated + plan.unchanged + plan.rejected, plan.rows.len());
    }
});
