//! The `bars` layout: independent bars on one scale, each under its label, with its value
//! after it; share bars and notes follow (`rows`).

use super::builder::Builder;
use super::shape::{Baseline, Rect, Shape};
use crate::model::{Figure, MarkKind, Provenance, Qualifier};
use crate::text;
use crate::theme::Role;

pub(super) fn lay_out(b: &mut Builder<'_>) {
    rows(b, Tracks::None);
    super::rows::shares(b);
    super::rows::notes(b);
}

/// What is drawn behind each bar.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Tracks {
    None,
    /// The bar above, as a track: each bar is part of it (`nested`).
    Parent,
}

/// The view's bar figures, one row each, on one scale from a common zero line: a positive value
/// to its right, a negative one to its left, each with its value label beyond its end.
pub(super) fn rows<'a>(b: &mut Builder<'a>, tracks: Tracks) {
    let bars: Vec<&'a Figure> = b.view.marked(MarkKind::Bar).collect();
    if bars.is_empty() {
        return;
    }
    let pad = b.scale.pad;
    let largest = bars.iter().map(|figure| figure.value).fold(0.0, f64::max);
    let smallest = bars.iter().map(|figure| figure.value).fold(0.0, f64::min);
    let value_labels = value_labels(b, &bars);
    let labels_of = |negative: bool| -> Vec<String> {
        bars.iter()
            .zip(&value_labels)
            .filter(|(figure, _)| (figure.value < 0.0) == negative)
            .map(|(_, label)| label.clone())
            .collect()
    };
    let right_room = value_room(b, &labels_of(false));
    let left_room = if smallest < 0.0 {
        value_room(b, &labels_of(true))
    } else {
        0.0
    };
    let extent = largest - smallest;
    let inner = b.inner_width();
    // The bars take what the widest label leaves, and at least half the width where every
    // label still fits after its own bar; on a narrow phone, where a long label ("615
    // companies") would not, as much as lets each label fit after its bar.
    let span = (inner - right_room - left_room).max(inner * 0.5);
    let span = if extent <= 0.0 {
        span
    } else if smallest < 0.0 {
        (inner - right_room - left_room).max(inner * 0.25)
    } else {
        bars.iter()
            .zip(&value_labels)
            .filter(|(figure, _)| figure.value > 0.0)
            .map(|(figure, label)| {
                (inner - value_room(b, std::slice::from_ref(label))) * extent / figure.value
            })
            .fold(span, f64::min)
            .max(inner * 0.1)
    };
    let zero = pad
        + left_room
        + if extent > 0.0 {
            -smallest / extent * span
        } else {
            0.0
        };
    let length_of = |value: f64| {
        if extent > 0.0 {
            value / extent * span
        } else {
            0.0
        }
    };
    let mut parent_length = None;
    for (figure, value_label) in bars.into_iter().zip(value_labels) {
        let row_top = b.row_label(figure);
        let length = length_of(figure.value);
        let bar = Rect {
            x: zero + length.min(0.0),
            y: b.y,
            width: length.abs(),
            height: b.scale.bar,
        };
        if let (Tracks::Parent, Some(parent_length)) = (tracks, parent_length) {
            b.shapes.push(Shape::Rect {
                rect: Rect {
                    width: parent_length,
                    ..bar
                },
                role: Role::Track,
            });
        }
        let role = b.series_of(figure);
        bar_with_value(b, figure, bar, role, value_label);
        parent_length = Some(bar.width);
        // The zero line: every bar starts from it.
        b.shapes.push(Shape::Line {
            from: (zero, bar.y - 3.0),
            to: (zero, bar.y + bar.height + 3.0),
            role: Role::Rule,
            width: 1.0,
        });
        b.end_row(figure, row_top, bar.y + bar.height);
    }
}

/// The value label of each bar: the first with its unit, the rest the number alone.
fn value_labels(b: &Builder<'_>, bars: &[&Figure]) -> Vec<String> {
    bars.iter()
        .enumerate()
        .map(|(index, figure)| match index {
            0 => text::short_value_with_unit(figure, b.lang),
            _ => text::short_value(figure, b.lang),
        })
        .collect()
}

/// Room the longest value label needs after its bar, with the "more than" arrowhead.
fn value_room(b: &Builder<'_>, labels: &[String]) -> f64 {
    let widest = labels
        .iter()
        .map(|label| text::text_width(label, b.scale.value, true))
        .fold(0.0, f64::max);
    widest + 8.0 + b.scale.bar * 0.45
}

/// One bar with its qualifier arrow and value label beyond its end: after it for a positive
/// value, before it for a negative one.
fn bar_with_value(
    b: &mut Builder<'_>,
    figure: &Figure,
    bar: Rect,
    role: Role,
    value_label: String,
) {
    match figure.provenance {
        Provenance::Reported => b.shapes.push(Shape::Rect { rect: bar, role }),
        Provenance::Derived { .. } => b.shapes.push(Shape::Hatched { rect: bar, role }),
    }
    let leftward = figure.value < 0.0;
    // Where the bar ends, and which way it points.
    let (end, way) = if leftward {
        (bar.x, -1.0)
    } else {
        (bar.x + bar.width, 1.0)
    };
    let mut label_gap = 6.0;
    if figure.qualifier == Qualifier::MoreThan {
        // An arrowhead past the end says the true value is larger than the bar.
        let (tip_x, middle) = (end + 2.0 * way, bar.y + bar.height / 2.0);
        let depth = bar.height * 0.45;
        b.shapes.push(Shape::Polygon {
            points: vec![
                (tip_x, bar.y + 3.0),
                (tip_x + depth * way, middle),
                (tip_x, bar.y + bar.height - 3.0),
            ],
            role,
        });
        label_gap += depth;
    }
    let size = b.scale.value;
    let x = if leftward {
        end - label_gap - text::text_width(&value_label, size, true)
    } else {
        end + label_gap
    };
    b.shapes.push(Shape::Text {
        at: (x, bar.y + bar.height / 2.0),
        text: value_label,
        size,
        bold: true,
        role: Role::Text,
        baseline: Baseline::Middle,
    });
}
