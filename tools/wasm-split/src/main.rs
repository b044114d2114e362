//! Splits the linked Trellis wasm (built with `-Clink-args=--emit-relocs`) at its `#[lazy]`
//! points, before wasm-bindgen runs. Used by scripts/split.sh; not part of the app.
//!
//! Usage: trellis-wasm-split INPUT.wasm OUT_DIR NAME
//! Writes OUT_DIR/NAME.wasm (the main module, for wasm-bindgen), one .wasm per chunk,
//! OUT_DIR/__wasm_split.js (the chunk loader, importing `./NAME.js`) and
//! OUT_DIR/split-manifest.json (chunk → the files it needs, for prefetching and the precache).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out_dir, name] = args.as_slice() else {
        eprintln!("usage: trellis-wasm-split INPUT.wasm OUT_DIR NAME");
        return ExitCode::from(2);
    };
    let wasm = match std::fs::read(input) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("trellis-wasm-split: cannot read {input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let out_dir = PathBuf::from(out_dir);
    if let Err(e) = std::fs::create_dir_all(&out_dir) {
        eprintln!("trellis-wasm-split: cannot create {}: {e}", out_dir.display());
        return ExitCode::FAILURE;
    }
    let main_out = out_dir.join(format!("{name}.wasm"));
    let main_module = format!("./{name}.js");
    let mut opts = wasm_split_cli_support::Options::new(&wasm);
    opts.output_dir = &out_dir;
    opts.main_out_path = &main_out;
    opts.main_module = &main_module;
    opts.target.web();
    let split = match wasm_split_cli_support::transform(opts) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("trellis-wasm-split: {e:?}");
            return ExitCode::FAILURE;
        }
    };
    // A tiny JSON writer: chunk names and file stems are plain identifiers.
    let mut names: Vec<_> = split.prefetch_map.iter().collect();
    names.sort();
    let body: Vec<String> = names
        .iter()
        .map(|(k, v)| {
            let files: Vec<String> = v.iter().map(|f| format!("\"{f}\"")).collect();
            format!("  \"{k}\": [{}]", files.join(", "))
        })
        .collect();
    let json = format!("{{\n{}\n}}\n", body.join(",\n"));
    if let Err(e) = std::fs::write(out_dir.join("split-manifest.json"), json) {
        eprintln!("trellis-wasm-split: cannot write the manifest: {e}");
        return ExitCode::FAILURE;
    }
    println!(
        "trellis-wasm-split: {} chunk module(s) in {}",
        split.split_modules.len(),
        out_dir.display()
    );
    ExitCode::SUCCESS
}
