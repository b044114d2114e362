//! `share::decode` must never panic, whatever it is given; and any link it accepts must
//! re-encode to a link that decodes to the same plan, and turn into a goal entry.
#![no_main]

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use libfuzzer_sys::fuzz_target;
use trellis::core::sharing::share;

fn check(link: &str) {
    if let Ok(plan) = share::decode(link) {
        let again = share::decode(&share::encode(&plan)).expect("a decoded plan re-encodes");
        assert_eq!(again, plan);
        let entry = plan.to_entry("g1");
        assert!(
            entry.draft.validate().is_ok(),
            "a decoded plan's goal validates"
        );
        for i in 0..plan.sessions.len().min(3) {
            let _ = plan.agenda(i);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    // The bytes as typed/pasted text…
    if let Ok(s) = std::str::from_utf8(data) {
        check(s);
    }
    // …as the packed payload (reaches inflate and its limit)…
    // (both shipped versions: v1 and v2)…
    let packed = miniz_oxide::deflate::compress_to_vec(data, 1);
    for v in ["v1.", "v2."] {
        check(&format!("{v}{}", URL_SAFE_NO_PAD.encode(data)));
        // …and as the plan bytes themselves (reaches postcard and validation).
        check(&format!("{v}{}", URL_SAFE_NO_PAD.encode(&packed)));
    }
});
