//! Image uploads, as staff send them: any bytes are either refused with a reason or
//! become variants no wider than the widest served width nor the picture itself, each
//! a JPEG or PNG named by the hash of its bytes. The limits are those of the site,
//! scaled down so that libFuzzer's memory limit stands for the site's allocation
//! ceiling.
#![no_main]

use apdc_images::{Limits, WIDTHS, hash, prepare};
use libfuzzer_sys::fuzz_target;

const LIMITS: Limits = Limits { max_bytes: 1 << 20, max_pixels: 4_000_000, max_side: 4_000, max_alloc: 64 << 20 };

fuzz_target!(|data: &[u8]| {
    let Ok(prepared) = prepare(data, &LIMITS) else { return };
    assert!(u64::from(prepared.width) * u64::from(prepared.height) <= LIMITS.max_pixels);
    assert!(!prepared.variants.is_empty());
    for variant in &prepared.variants {
        assert!(variant.width <= prepared.width && variant.width <= WIDTHS[WIDTHS.len() - 1]);
        let extension = if variant.media_type == "image/png" { "png" } else { "jpg" };
        assert_eq!(variant.file, format!("{}.{extension}", hash(&variant.bytes)));
    }
});
