//! `reply::decode` must never panic, whatever it is given; a reply it accepts re-encodes to the
//! same reply, and diffing and applying it to a plan never panics and is idempotent.
#![no_main]

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use libfuzzer_sys::fuzz_target;
use trellis::core::sharing::{reply, share};

const PLAN: &str = include_str!("../../tests/fixtures/share_v2_typical.txt");

fn check(link: &str) {
    if let Ok(r) = reply::decode(link) {
        let again = reply::decode(&reply::encode(&r)).expect("a decoded reply re-encodes");
        assert_eq!(again, r);
        let entry = share::decode(PLAN).expect("fixture").to_entry("g1");
        let all: Vec<usize> = (0..r.changes.len()).collect();
        let _ = reply::diff(&entry, &r);
        let once = reply::apply(&entry, &r, &all);
        assert_eq!(reply::apply(&once, &r, &all), once, "applying twice is harmless");
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(s) = std::str::from_utf8(data) {
        check(s);
    }
    check(&format!("r1.{}", URL_SAFE_NO_PAD.encode(data)));
    let packed = miniz_oxide::deflate::compress_to_vec(data, 1);
    check(&format!("r1.{}", URL_SAFE_NO_PAD.encode(packed)));
});
