//! pingshan-infographic: sourced charts of Pingshan's biomedical industry, drawn by Rust.
//!
//! The pipeline is JSON → [`node`] (a plain tree) → [`model`] (typed, validated) → [`layout`] (plain geometry) →
//! [`draw`] (any plotters backend) → canvas in the browser ([`web`], wasm32 only) or SVG
//! natively ([`render_svg`]). See ARCHITECTURE.md for the invariants.

pub mod decimal;
pub mod draw;
pub mod error;
pub mod json;
pub mod layout;
pub mod model;
pub mod node;
#[cfg(not(target_arch = "wasm32"))]
pub mod shell;
#[allow(
    clippy::disallowed_methods,
    reason = "the source check ships only in the editor's wasm (stable std, bytes only the editor loads) and natively"
)]
pub mod source;
pub mod strings;
pub mod text;
pub mod theme;

#[cfg(target_arch = "wasm32")]
pub mod web;

/// The wasm build's allocator (see Cargo.toml for why not the default dlmalloc).
// SAFETY: `AssumeSingleThreaded` is sound only without threads; this crate is built for
// wasm32-unknown-unknown without the atomics feature, where there is one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

use plotters::prelude::{DrawingBackend, SVGBackend};

use crate::layout::Layout;
use crate::model::{Lang, Model};
use crate::theme::{Theme, ThemeName};

/// Draws one view to an SVG document, at one CSS pixel per SVG unit. Returns the SVG text and
/// the layout it drew (for its marks). `view_id` must name a view of the model.
pub fn render_svg(
    model: &Model,
    view_id: &str,
    lang: Lang,
    theme: ThemeName,
    width: f64,
) -> Option<(String, Layout)> {
    let view = model.view(view_id)?;
    let layout = layout::layout_view(model, view, lang, width);
    let svg = svg_of(&layout, lang, theme)?;
    Some((svg, layout))
}

/// Draws one view as an image that travels without the page around it: at its own height,
/// with the source line under it. `render_static` writes these for readers without
/// JavaScript, since a picture in `<noscript>` has no source line beside it.
pub fn render_svg_for_export(
    model: &Model,
    view_id: &str,
    lang: Lang,
    theme: ThemeName,
    width: f64,
) -> Option<String> {
    let view = model.view(view_id)?;
    svg_of(
        &layout::layout_view_for_export(model, view, lang, width),
        lang,
        theme,
    )
}

fn svg_of(layout: &Layout, lang: Lang, theme: ThemeName) -> Option<String> {
    let mut svg = String::new();
    {
        let size = (layout.width.round() as u32, layout.height.round() as u32);
        let mut backend = SVGBackend::with_string(&mut svg, size);
        let paint = draw::Paint {
            scale: 1.0,
            font_scale: draw::SVG_FONT_CORRECTION,
            focus: None,
            font: text::table(lang).font,
        };
        draw::draw(&mut backend, layout, &Theme::named(theme), paint).ok()?;
        backend.present().ok()?;
    }
    Some(svg)
}
