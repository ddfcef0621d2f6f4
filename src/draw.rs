//! Drawing: paints a `Layout` onto any plotters `DrawingBackend`.
//!
//! The same code draws to the browser canvas (plotters-canvas, in `web`) and to SVG (natively,
//! for tests and static images). It decides nothing about placement, which is `layout`'s job;
//! it maps roles to the theme's colours and CSS pixels to device pixels. The body stays thin
//! on purpose: every backend gets its own compiled copy, and bytes matter in the wasm.
//!
//! Text is drawn with the backend's `draw_text` only and never measured through plotters: on
//! wasm that would insert a DOM span per label and force a layout.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters_backend::DrawingErrorKind;

use crate::layout::{Baseline, Layout, Rect, Shape};
use crate::theme::{Rgb, Role, Theme};

/// plotters' SVG backend writes `font-size` as the requested size divided by 1.24; asking it
/// for sizes this much larger gives SVG text the CSS pixel size the canvas draws.
pub const SVG_FONT_CORRECTION: f64 = 1.24;

/// How to paint: device pixels per CSS pixel (devicePixelRatio), the backend's font correction
/// (1 for canvas, [`SVG_FONT_CORRECTION`] for SVG), and the mark with keyboard focus, if any.
#[derive(Clone, Copy, Debug)]
pub struct Paint<'a> {
    pub scale: f64,
    pub font_scale: f64,
    pub focus: Option<&'a Rect>,
    /// The font stack of the layout's language (`text::table(lang).font`: its own Han faces).
    pub font: &'a str,
}

/// Paints the layout, then the focus ring around the focused mark, with the backend's own
/// primitives (`draw_rect`, `draw_path`, `fill_polygon`, `draw_text`): what plotters' elements
/// would call, without a `DrawingArea`'s shared cell, coordinate mapping and per-element
/// generic code, which weighed in the wasm. The caller presents the backend afterwards.
pub fn draw<DB: DrawingBackend>(
    backend: &mut DB,
    layout: &Layout,
    theme: &Theme,
    paint: Paint,
) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
    let Paint {
        scale,
        font_scale,
        focus,
        font,
    } = paint;
    let color = |role: Role| {
        let Rgb(r, g, b) = theme.color(role);
        RGBColor(r, g, b)
    };
    let point = |(x, y): (f64, f64)| ((x * scale).round() as i32, (y * scale).round() as i32);
    // A rectangle's corners, top left then bottom right, as plotters' `Rectangle` orders them.
    let corners = |rect: &Rect| {
        let (a, b) = (
            point((rect.x, rect.y)),
            point((rect.x + rect.width, rect.y + rect.height)),
        );
        ((a.0.min(b.0), a.1.min(b.1)), (a.0.max(b.0), a.1.max(b.1)))
    };
    let frame = |backend: &mut DB, rect: &Rect, style: ShapeStyle| {
        let (from, to) = corners(rect);
        backend.draw_rect(from, to, &style, style.filled)
    };

    backend.ensure_prepared()?;
    let (width, height) = backend.get_size();
    backend.draw_rect(
        (0, 0),
        (width as i32, height as i32),
        &color(Role::Background),
        true,
    )?;
    for shape in &layout.shapes {
        match shape {
            Shape::Rect { rect, role } => {
                frame(backend, rect, color(*role).filled())?;
                // A track (the whole a part is of, the parent behind a nested bar) is edged in
                // the rule colour: its extent is seen at 3:1 against the background (WCAG
                // 1.4.11, the theme test) while its fill stays light beside the figure over it.
                // An even number of device pixels, centred on the edge, so no pixel of it is
                // half covered and blended towards the background.
                if *role == Role::Track {
                    let edge = 2 * (scale / 2.0).round().max(1.0) as u32;
                    frame(backend, rect, color(Role::Rule).stroke_width(edge))?;
                }
            }
            Shape::Hatched { rect, role } => {
                let style = color(*role).stroke_width(stroke(1.5, scale));
                for (from, to) in hatch_lines(rect, 5.0) {
                    backend.draw_path([point(from), point(to)], &style)?;
                }
                frame(backend, rect, style)?;
            }
            Shape::Line {
                from,
                to,
                role,
                width,
            } => {
                let style = color(*role).stroke_width(stroke(*width, scale));
                backend.draw_path([point(*from), point(*to)], &style)?;
            }
            Shape::Polygon { points, role } => {
                backend.fill_polygon(points.iter().map(|p| point(*p)), &color(*role))?;
            }
            Shape::Frame { rect, role } => {
                frame(backend, rect, color(*role).stroke_width(stroke(1.5, scale)))?
            }
            Shape::Dot {
                center,
                radius,
                role,
                filled,
            } => {
                let style = if *filled {
                    color(*role).filled()
                } else {
                    color(*role).stroke_width(stroke(2.0, scale))
                };
                let radius = (radius * scale).round().max(1.0) as u32;
                backend.draw_circle(point(*center), radius, &style, *filled)?;
            }
            Shape::Text {
                at,
                text,
                size,
                bold,
                role,
                baseline,
            } => {
                let style = if *bold {
                    FontStyle::Bold
                } else {
                    FontStyle::Normal
                };
                let v_pos = match baseline {
                    Baseline::Top => VPos::Top,
                    Baseline::Middle => VPos::Center,
                };
                let font = FontDesc::new(FontFamily::Name(font), size * scale * font_scale, style)
                    .color(&color(*role))
                    .pos(Pos::new(HPos::Left, v_pos));
                backend.draw_text(text, &font, point(*at))?;
            }
        }
    }
    if let Some(rect) = focus {
        // The keyboard focus ring, in the text colour (contrast ≥ 4.5:1).
        frame(
            backend,
            &focus_ring(rect),
            color(Role::Text).stroke_width(stroke(2.0, scale)),
        )?;
    }
    Ok(())
}

/// Where the keyboard focus ring around a mark is drawn: 4 px outside its sides, 3 px above and
/// below it (`tests/layouts.rs` holds it off the labels beside a point).
pub fn focus_ring(mark: &Rect) -> Rect {
    Rect {
        x: mark.x - 4.0,
        y: mark.y - 3.0,
        width: mark.width + 8.0,
        height: mark.height + 6.0,
    }
}

fn stroke(width: f64, scale: f64) -> u32 {
    (width * scale).round().max(1.0) as u32
}

/// Diagonal lines (bottom-left to top-right) `spacing` apart, clipped to the rectangle.
pub fn hatch_lines(rect: &Rect, spacing: f64) -> Vec<((f64, f64), (f64, f64))> {
    let (x0, y0, x1, y1) = (rect.x, rect.y, rect.x + rect.width, rect.y + rect.height);
    let mut lines = Vec::new();
    // Each line is x + y = k.
    let mut k = x0 + y0 + spacing;
    while k < x1 + y1 {
        let start_x = x0.max(k - y1);
        let end_x = x1.min(k - y0);
        if start_x < end_x {
            lines.push(((start_x, k - start_x), (end_x, k - end_x)));
        }
        k += spacing;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 24: a track's light fill is 1.25:1 against the light background; its edge, in
    /// the rule colour, is what shows where the whole ends (3:1, the theme test).
    #[test]
    #[cfg(not(target_arch = "wasm32"))] // Native: reads the document and draws SVG.
    fn every_track_is_edged_in_the_rule_colour() {
        let model = crate::model::Model::from_json_str(crate::model::DEFAULT_DOCUMENT)
            .expect("the embedded document is valid");
        for name in [
            crate::theme::ThemeName::Light,
            crate::theme::ThemeName::Dark,
        ] {
            let theme = Theme::named(name);
            let (svg, _) = crate::render_svg(&model, "talent", crate::model::Lang::En, name, 640.0)
                .expect("the view draws");
            let [track, rule] = [theme.track, theme.rule].map(|rgb| rgb.css().to_uppercase());
            let tracks: Vec<_> = svg
                .lines()
                .filter(|line| line.contains(&format!("fill=\"{track}\"")))
                .collect();
            assert!(!tracks.is_empty(), "the view has a track");
            for line in tracks {
                let box_of = |line: &str| line.split(" opacity").next().map(str::to_owned);
                let edge = svg.lines().find(|other| {
                    other.contains(&format!("stroke=\"{rule}\"")) && box_of(other) == box_of(line)
                });
                assert!(edge.is_some(), "{name:?}: {line} has no edge in {rule}");
            }
        }
    }

    #[test]
    fn hatch_lines_stay_inside_their_rectangle() {
        let rect = Rect {
            x: 10.0,
            y: 20.0,
            width: 50.0,
            height: 12.0,
        };
        let lines = hatch_lines(&rect, 5.0);
        assert!(lines.len() >= 10);
        for (from, to) in lines {
            for (x, y) in [from, to] {
                assert!(rect.contains(x, y), "({x}, {y}) outside");
            }
        }
    }
}
