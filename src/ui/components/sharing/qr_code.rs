//! A QR code of a share link, drawn as SVG.

use leptos::prelude::*;
use qrcode::{Color, EcLevel, QrCode};

/// A QR code of `data` as an inline SVG (error correction level M), drawn with `<rect>`s, with
/// a title screen readers announce. Shows nothing if the data does not fit one code.
#[component]
pub fn QrCodeSvg(
    /// The text to encode (a whole link).
    #[prop(into)]
    data: Signal<String>,
    /// What the code holds, for screen readers (e.g. "QR code of the share link").
    label: &'static str,
) -> impl IntoView {
    let code = Memo::new(move |_| {
        data.with(|d| {
            QrCode::with_error_correction_level(d.as_bytes(), EcLevel::M)
                .ok()
                .map(|c| {
                    let w = c.width();
                    (w, dark_runs(w, &c.to_colors()))
                })
        })
    });
    move || {
        code.get().map(|(width, runs)| {
            let size = width + 2 * QUIET;
            view! {
                <svg
                    class="qr-code"
                    data-testid="share-qr"
                    role="img"
                    aria-label=label
                    viewBox=format!("0 0 {size} {size}")
                    shape-rendering="crispEdges"
                    xmlns="http://www.w3.org/2000/svg"
                >
                    <title>{label}</title>
                    <rect class="qr-light" x="0" y="0" width=size height=size></rect>
                    {runs
                        .into_iter()
                        .map(|r| {
                            view! {
                                <rect
                                    class="qr-dark"
                                    x=r.x + QUIET
                                    y=r.y + QUIET
                                    width=r.len
                                    height="1"
                                ></rect>
                            }
                        })
                        .collect_view()}
                </svg>
            }
        })
    }
}

/// Quiet zone around the code, in modules (the QR standard asks for 4).
const QUIET: usize = 4;

/// One horizontal run of dark modules: row, first column, length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Run {
    y: usize,
    x: usize,
    len: usize,
}

/// The dark runs of a code, row by row, so the SVG needs one `<rect>` per run rather than one
/// per module.
fn dark_runs(width: usize, colors: &[Color]) -> Vec<Run> {
    let mut runs = Vec::new();
    for y in 0..width {
        let row = &colors[y * width..(y + 1) * width];
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let start = x;
                while x < width && row[x] == Color::Dark {
                    x += 1;
                }
                runs.push(Run {
                    y,
                    x: start,
                    len: x - start,
                });
            } else {
                x += 1;
            }
        }
    }
    runs
}
