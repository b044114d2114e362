//! Prints the time zone table `data/zones.txt` from chrono-tz (a native dev-dependency):
//!
//! `cargo run --example gen_zones > data/zones.txt`
//!
//! The logic lives in `tests/common/zone_gen.rs`, which `tests/zones_match_chrono_tz.rs` also
//! uses to check that the committed file is exactly this output. A summary goes to stderr.

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/common/zone_gen.rs"]
mod zone_gen;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let text = zone_gen::generate();
    let lines = text.lines().filter(|l| !l.starts_with('#'));
    let (mut fixed, mut rule, mut list) = (0, 0, 0);
    for l in lines {
        match l.split(' ').nth(3) {
            None => fixed += 1,
            Some(t) if t.starts_with(['+', '-']) => rule += 1,
            Some(_) => list += 1,
        }
    }
    eprintln!("{fixed} fixed, {rule} yearly rules, {list} explicit lists");
    print!("{text}");
}

#[cfg(target_arch = "wasm32")]
fn main() {}
