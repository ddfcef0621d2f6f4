//! The `change` layout: one row a change, under its label: where it went from (a muted dot)
//! and to (a dot in the series colour, an arrow leading to it) on one scale for every row, each
//! end's value beside its dot, and the change itself, signed (`−4.7 points`), at the row's
//! end. Each end and each change is a figure of its own, with its own tooltip.

use super::builder::{line_height, Builder};
use super::shape::{Baseline, Rect, Shape};
use super::Mark;
use crate::model::{Figure, MarkKind, Provenance};
use crate::text;
use crate::theme::Role;

pub(super) fn lay_out(b: &mut Builder<'_>) {
    let derived = |mark: MarkKind| {
        b.view
            .figures
            .iter()
            .any(|figure| figure.mark == mark && figure.provenance != Provenance::Reported)
    };
    let (ends_derived, changes_derived) = (derived(MarkKind::Bar), derived(MarkKind::Change));
    // A derived end is a hollow dot, which the legend shows; a derived change is written muted,
    // which the legend says in words.
    b.derived_swatch = Some(Shape::Dot {
        center: (0.0, 0.0),
        radius: 0.0,
        role: Role::MutedText,
        filled: false,
    });
    b.derived_legend = ends_derived;
    if changes_derived {
        let words = text::ui(b.lang).derived_change_legend.to_string();
        b.legend_items.push((None, words));
    }
    changes(b);
    super::rows::notes(b);
}

fn changes<'a>(b: &mut Builder<'a>) {
    let view = b.view;
    let rows: Vec<(&'a Figure, &'a Figure, &'a Figure)> = view
        .marked(MarkKind::Change)
        .filter_map(|change| {
            let (from, to) = change.ends.as_ref()?;
            let end = |id: &str| view.figures.iter().find(|figure| figure.id == id);
            Some((change, end(from)?, end(to)?))
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    let (pad, inner) = (b.scale.pad, b.inner_width());
    let (value_size, small) = (b.scale.value, b.scale.small);
    let radius = radius_room(b) - 4.0;
    let change_labels: Vec<String> = rows
        .iter()
        .map(|(change, ..)| text::short_value(change, b.lang))
        .collect();
    let end_labels: Vec<(String, String)> = rows
        .iter()
        .map(|(_, from, to)| {
            (
                text::short_value(from, b.lang),
                text::short_value(to, b.lang),
            )
        })
        .collect();
    let change_room = change_labels
        .iter()
        .map(|label| text::text_width(label, value_size, true))
        .fold(0.0, f64::max)
        + 12.0;
    // The scale: every end of every row, with a little room beyond the extremes, and room for
    // the end labels that go outside the dots.
    let values = rows.iter().flat_map(|(_, from, to)| [from.value, to.value]);
    let low = values.clone().fold(f64::INFINITY, f64::min);
    let high = values.fold(f64::NEG_INFINITY, f64::max);
    let (low, high) = if high > low {
        (low, high)
    } else {
        (low - 1.0, high + 1.0)
    };
    let widest_end = end_labels
        .iter()
        .flat_map(|(from, to)| [from, to])
        .map(|label| text::text_width(label, small, false))
        .fold(0.0, f64::max);
    let x0 = pad + widest_end + radius_room(b) + 4.0;
    let x1 = (pad + inner - widest_end - radius_room(b) - 4.0).max(x0 + inner * 0.2);
    let x_of = |value: f64| x0 + (value - low) / (high - low) * (x1 - x0);
    for (((change, from, to), change_label), (from_label, to_label)) in
        rows.iter().zip(change_labels).zip(end_labels)
    {
        // The row's label, and the change at the right end of its first line.
        let row_top = b.y;
        let label_size = b.scale.label;
        b.paragraph(
            pad,
            change.label.get(b.lang),
            label_size,
            false,
            Role::Text,
            inner - change_room,
        );
        let change_width = text::text_width(&change_label, value_size, true);
        b.shapes.push(Shape::Text {
            at: (pad + inner - change_width, row_top),
            text: change_label,
            size: value_size,
            bold: true,
            // A derived change is ours, not the article's: muted, as derived notes are.
            role: if change.provenance == Provenance::Reported {
                Role::Text
            } else {
                Role::MutedText
            },
            baseline: Baseline::Top,
        });
        b.y = b.y.max(row_top + line_height(value_size)) + 4.0;
        let y = b.y + radius + 2.0;
        let (from_x, to_x) = (x_of(from.value), x_of(to.value));
        let role = b.series_of(change);
        // The track of the row, from one end to the other.
        b.shapes.push(Shape::Line {
            from: (from_x, y),
            to: (to_x, y),
            role: Role::Track,
            width: radius * 1.2,
        });
        // The arrow: from the first dot to the second, its head at the second.
        let way = if to_x >= from_x { 1.0 } else { -1.0 };
        let head = radius * 1.6;
        if (to_x - from_x).abs() > radius * 2.0 + head {
            let tip = to_x - way * (radius + 1.0);
            b.shapes.push(Shape::Line {
                from: (from_x + way * radius, y),
                to: (tip - way * head * 0.8, y),
                role,
                width: 2.0,
            });
            b.shapes.push(Shape::Polygon {
                points: vec![
                    (tip - way * head, y - head * 0.55),
                    (tip, y),
                    (tip - way * head, y + head * 0.55),
                ],
                role,
            });
        }
        // A derived end is hollow; the background under it keeps the arrow out of the ring.
        for (figure, x, role) in [(from, from_x, Role::Rule), (to, to_x, role)] {
            let filled = figure.provenance == Provenance::Reported;
            if !filled {
                b.shapes.push(Shape::Dot {
                    center: (x, y),
                    radius,
                    role: Role::Background,
                    filled: true,
                });
            }
            b.shapes.push(Shape::Dot {
                center: (x, y),
                radius,
                role,
                filled,
            });
        }
        // Each end's value outside its dot: the lower end's to its left, the higher's right.
        let line = line_height(small);
        let label_y = y - line / 2.0;
        for (x, label, left_side) in [
            (from_x, &from_label, way > 0.0),
            (to_x, &to_label, way < 0.0),
        ] {
            let width = text::text_width(label, small, false);
            // Clear of the focus ring drawn 4 px outside the dot.
            let at_x = if left_side {
                x - radius - 6.0 - width
            } else {
                x + radius + 6.0
            };
            b.shapes.push(Shape::Text {
                at: (at_x.max(pad), label_y),
                text: label.clone(),
                size: small,
                bold: false,
                role: Role::MutedText,
                baseline: Baseline::Top,
            });
        }
        let bottom = y + radius + 2.0;
        // Each end's mark: its dot (hit testing widens it to a finger's).
        let reach = radius;
        for (figure, x) in [(from, from_x), (to, to_x)] {
            b.marks.push(Mark {
                figure_id: figure.id.clone(),
                rect: Rect {
                    x: x - reach,
                    y: y - reach,
                    width: reach * 2.0,
                    height: reach * 2.0,
                },
            });
        }
        b.end_row(change, row_top, bottom);
    }
    let ui = text::ui(b.lang);
    for (role, words) in [
        (Role::Rule, ui.change_from),
        (Role::Series(0), ui.change_to),
    ] {
        let dot = Shape::Dot {
            center: (0.0, 0.0),
            radius: 0.0,
            role,
            filled: true,
        };
        b.legend_items.push((Some(dot), words.to_string()));
    }
}

/// The radius of an end's dot and 4 px: with the scale's 4 px more beyond it, room for its value
/// label, 6 px out from the dot (clear of the focus ring, drawn 4 px outside it).
fn radius_room(b: &Builder<'_>) -> f64 {
    if b.width < super::COMPACT_WIDTH {
        9.0
    } else {
        10.0
    }
}
