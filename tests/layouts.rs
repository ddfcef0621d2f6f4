#![cfg(not(target_arch = "wasm32"))]
//! Every layout at every width a reader may have, for every document we have (the embedded
//! one, the example documents for real articles, the valid fixtures), in both languages: the
//! widget is as tall for every view, nothing is drawn past the right margin, no two texts
//! overlap, no text is over a figure, every column has its date, no line's label sits between
//! two lines' points, every figure has one mark and every mark is on the chart, the focus ring
//! around a point crosses no label, and every point is hit a finger wide.

use std::path::{Path, PathBuf};

use pingshan_infographic::draw::focus_ring;
use pingshan_infographic::layout::{layout_views, Layout, Rect, Shape};
use pingshan_infographic::model::{Lang, MarkKind, Model, View, ViewLayout};
use pingshan_infographic::text;
use pingshan_infographic::theme::Role;

/// Left, top, right, bottom.
type Bounds = (f64, f64, f64, f64);

/// Whether two boxes overlap. A text box is a line tall, taller than its letters: a pixel of
/// touching across, or two down, is not an overlap.
fn overlap(a: Bounds, b: Bounds) -> bool {
    a.2.min(b.2) - a.0.max(b.0) > 1.0 && a.3.min(b.3) - a.1.max(b.1) > 2.0
}

const WIDTHS: [f64; 6] = [240.0, 320.0, 360.0, 480.0, 640.0, 1280.0];

fn documents() -> Vec<(String, Model)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join("docs/examples"))
        .expect("docs/examples")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.is_dir())
        .map(|path| path.join("doc.json"))
        .chain(
            std::fs::read_dir(root.join("tests/fixtures/valid"))
                .expect("valid fixtures")
                .map(|entry| entry.expect("entry").path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "json")),
        )
        .collect();
    paths.sort();
    let mut documents = vec![("embedded".to_string(), Model::embedded().expect("valid"))];
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("readable");
        let model = Model::from_json_str(&text)
            .unwrap_or_else(|errors| panic!("{}: {errors}", path.display()));
        documents.push((path.display().to_string(), model));
    }
    assert!(documents.len() >= 7);
    documents
}

/// Where a layout is checked: the document, view, language and width (`at`, for messages), the
/// view and its layout, and the height every view of that language and width shares.
struct Seen<'a> {
    at: String,
    lang: Lang,
    width: f64,
    view: &'a View,
    layout: &'a Layout,
    height: f64,
}

/// Every view of every document, in each of its languages, at each width.
fn every_view(mut check: impl FnMut(&Seen<'_>)) {
    for (name, model) in documents() {
        for &lang in &model.languages {
            for width in WIDTHS {
                let layouts = layout_views(&model, lang, width);
                for (view, layout) in model.views.iter().zip(&layouts) {
                    check(&Seen {
                        at: format!("{name} {} {} at {width}", view.id, lang.code()),
                        lang,
                        width,
                        view,
                        layout,
                        height: layouts[0].height,
                    });
                }
            }
        }
    }
}

#[test]
fn every_layout_fits_its_width_and_keeps_its_texts_apart() {
    let mut failures = Vec::new();
    every_view(
        |&Seen {
             ref at,
             width,
             view,
             layout,
             height,
             ..
         }| {
            if layout.height != height {
                failures.push(format!("{at}: {} tall, not {height}", layout.height));
            }
            // The compact margin is 12 px; a pixel of it may go to rounding.
            let right = width - 11.0;
            let texts: Vec<(&str, Bounds)> = layout
                .shapes
                .iter()
                .filter_map(|shape| match shape {
                    Shape::Text { text, .. } => Some((text.as_str(), shape.bounds())),
                    _ => None,
                })
                .collect();
            for shape in &layout.shapes {
                let (left, _, shape_right, bottom) = shape.bounds();
                if shape_right > right + 1e-6 || left < -1e-6 || bottom > height + 1e-6 {
                    failures.push(format!("{at}: {shape:?} outside the chart"));
                }
            }
            for (index, (a, box_a)) in texts.iter().enumerate() {
                for (b, box_b) in &texts[index + 1..] {
                    if overlap(*box_a, *box_b) {
                        failures.push(format!("{at}: {a:?} overlaps {b:?}"));
                    }
                }
            }
            for figure in &view.figures {
                let n = layout
                    .marks
                    .iter()
                    .filter(|mark| mark.figure_id == figure.id)
                    .count();
                if n != 1 {
                    failures.push(format!("{at}: {} has {n} marks", figure.id));
                }
            }
            for mark in &layout.marks {
                let r = mark.rect;
                if r.x < -1e-6 || r.x + r.width > width + 1e-6 || r.y + r.height > height + 1e-6 {
                    failures.push(format!(
                        "{at}: the mark of {} is off the chart",
                        mark.figure_id
                    ));
                }
            }
        },
    );
    failures.dedup();
    assert!(
        failures.is_empty(),
        "{} problems, the first:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

/// A value label drawn over a figure of another colour is hard to read and hides the figure:
/// text in the text colours stays off every filled figure (bar, column, segment, hatching,
/// point); only text in the on-series colour is drawn on one.
#[test]
fn no_text_is_drawn_over_a_figure() {
    let mut failures = Vec::new();
    every_view(|&Seen { ref at, layout, .. }| {
        let figures: Vec<Bounds> = layout
            .shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Rect {
                    role: Role::Series(_),
                    ..
                }
                | Shape::Hatched { .. }
                | Shape::Dot { .. } => Some(shape.bounds()),
                _ => None,
            })
            .collect();
        for shape in &layout.shapes {
            let Shape::Text { text, role, .. } = shape else {
                continue;
            };
            if *role == Role::OnSeries {
                continue;
            }
            if figures
                .iter()
                .any(|figure| overlap(shape.bounds(), *figure))
            {
                failures.push(format!("{at}: {text:?} is drawn over a figure"));
            }
        }
    });
    failures.dedup();
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A column without its date under it is a figure the reader cannot place: every period of a
/// columns view is written under the axis at every width (a part of a year, narrow beside the
/// whole year before it, most of all).
#[test]
fn every_column_keeps_its_period_label() {
    let mut failures = Vec::new();
    every_view(
        |&Seen {
             ref at,
             lang,
             view,
             layout,
             ..
         }| {
            if view.layout != ViewLayout::Columns {
                return;
            }
            for figure in view.marked(MarkKind::Bar) {
                let Some(period) = &figure.period else {
                    continue;
                };
                let label = text::period_short(period, lang);
                let drawn = layout
                    .shapes
                    .iter()
                    .any(|shape| matches!(shape, Shape::Text { text, .. } if *text == label));
                if !drawn {
                    failures.push(format!("{at}: no {label:?} under the axis"));
                }
            }
        },
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Where two lines have a point at the same time, a value label between the two points reads as
/// either's: each label goes on its point's outer side, so it is nearer its own point than any.
#[test]
fn no_line_label_sits_between_two_points_of_one_time() {
    let mut failures = Vec::new();
    every_view(
        |&Seen {
             ref at,
             view,
             layout,
             ..
         }| {
            if view.layout != ViewLayout::Line {
                return;
            }
            // Each point is the centre of its mark.
            let points: Vec<(f64, f64)> = layout
                .marks
                .iter()
                .map(|mark| {
                    let r = mark.rect;
                    (r.x + r.width / 2.0, r.y + r.height / 2.0)
                })
                .collect();
            for shape in &layout.shapes {
                let Shape::Text { text, .. } = shape else {
                    continue;
                };
                let (left, top, right, bottom) = shape.bounds();
                let middle = (top + bottom) / 2.0;
                for (index, p) in points.iter().enumerate() {
                    for q in &points[index + 1..] {
                        let same_time = (p.0 - q.0).abs() < 0.5;
                        let over = left <= p.0 && p.0 <= right;
                        let between = p.1.min(q.1) < middle && middle < p.1.max(q.1);
                        if same_time && over && between {
                            failures.push(format!("{at}: {text:?} between two points"));
                        }
                    }
                }
            }
        },
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The keyboard's focus ring (`draw::focus_ring`, a little outside its mark): around a point of
/// a line or a change, it keeps off the value labels beside the point, as it did not when a
/// point's mark was the finger-wide square it is hit within.
#[test]
fn no_focus_ring_around_a_point_crosses_a_label() {
    let mut failures = Vec::new();
    every_view(
        |&Seen {
             ref at,
             view,
             layout,
             ..
         }| {
            if !matches!(view.layout, ViewLayout::Line | ViewLayout::Change) {
                return;
            }
            for mark in &layout.marks {
                let r = focus_ring(&mark.rect);
                let ring = (r.x, r.y, r.x + r.width, r.y + r.height);
                for shape in &layout.shapes {
                    let Shape::Text { text, .. } = shape else {
                        continue;
                    };
                    let (left, top, right, bottom) = shape.bounds();
                    // A text inside the ring (a change's row, ringed whole) is not crossed.
                    let inside =
                        left >= ring.0 && right <= ring.2 && top >= ring.1 && bottom <= ring.3;
                    if !inside && overlap(shape.bounds(), ring) {
                        failures.push(format!(
                            "{at}: the ring around {} crosses {text:?}",
                            mark.figure_id
                        ));
                    }
                }
            }
        },
    );
    failures.dedup();
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A point's mark is its dot, but a finger or a pointer gets 24 px around it (WCAG 2.5.8):
/// 11 px off a point's centre, every way, the hit test finds that point, or another point that
/// reaches as far (the two ends of a small change, one over the other), never the row around it.
#[test]
fn every_point_is_hit_a_finger_wide() {
    let mut failures = Vec::new();
    every_view(
        |&Seen {
             ref at,
             view,
             layout,
             ..
         }| {
            if !matches!(view.layout, ViewLayout::Line | ViewLayout::Change) {
                return;
            }
            let centre = |r: Rect| (r.x + r.width / 2.0, r.y + r.height / 2.0);
            for mark in layout.marks.iter().filter(|mark| mark.rect.width < 24.0) {
                let (x, y) = centre(mark.rect);
                for (dx, dy) in [(11.0, 0.0), (-11.0, 0.0), (0.0, 11.0), (0.0, -11.0)] {
                    let hit = layout.hit_test(x + dx, y + dy);
                    let fair = hit.is_some_and(|hit| {
                        hit.figure_id == mark.figure_id
                            || (hit.rect.width < 24.0 && hit.rect.reach().contains(x + dx, y + dy))
                    });
                    if !fair {
                        let found = hit.map(|hit| hit.figure_id.as_str());
                        failures.push(format!(
                            "{at}: {dx},{dy} px off {} hits {found:?}",
                            mark.figure_id
                        ));
                    }
                }
            }
        },
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A thin segment of a stacked bar (8 cities of 372) never takes the pointer from the segment
/// beside it, as it did when every mark was widened to a finger: every pixel across a segment
/// hits that segment's figure.
#[test]
fn a_pointer_on_a_segment_hits_it_not_its_thin_neighbour() {
    let mut failures = Vec::new();
    every_view(|&Seen { ref at, layout, .. }| {
        for segment in &layout.hits {
            let r = segment.rect;
            let y = r.y + r.height / 2.0;
            let mut x = r.x + 0.5;
            while x < r.x + r.width - 0.5 {
                let hit = layout.hit_test(x, y).map(|hit| hit.figure_id.as_str());
                if hit != Some(segment.figure_id.as_str()) {
                    failures.push(format!(
                        "{at}: x {x:.1} on {} hits {hit:?}",
                        segment.figure_id
                    ));
                    break;
                }
                x += 1.0;
            }
        }
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
