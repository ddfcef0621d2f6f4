//! The `stacked` layout: the parts of one whole side by side in one bar as wide as the whole
//! (or as 100%, for shares), each in a colour of its own, the rest of the whole (a figure the
//! checker derives) hatched; under the bar, each part named beside its colour with its value.
//! The whole's label and value stand over the bar.

use super::builder::{line_height, Builder};
use super::shape::{Baseline, Rect, Shape};
use super::Mark;
use crate::model::{Figure, MarkKind, Provenance};
use crate::text;
use crate::theme::Role;

pub(super) fn lay_out(b: &mut Builder<'_>) {
    b.group_legend = false;
    stack(b);
    super::rows::notes(b);
}

fn stack<'a>(b: &mut Builder<'a>) {
    let view = b.view;
    let parts: Vec<&'a Figure> = view.marked(MarkKind::Bar).collect();
    if parts.is_empty() {
        return;
    }
    let whole = view.marked(MarkKind::Whole).next();
    let (pad, inner) = (b.scale.pad, b.inner_width());
    let total = whole.map_or(1.0, |whole| whole.value);

    // The whole: its label and value over the bar.
    let top = b.y;
    if let Some(whole) = whole {
        let value = text::short_value_with_unit(whole, b.lang);
        b.y = label_and_value(b, pad, whole.label.get(b.lang), value) + 4.0;
    }

    // The bar: each part's segment, a hairline of background between two.
    let bar_top = b.y;
    let bar_height = (b.scale.bar * 1.5).round();
    b.shapes.push(Shape::Rect {
        rect: Rect {
            x: pad,
            y: bar_top,
            width: inner,
            height: bar_height,
        },
        role: Role::Track,
    });
    let mut x = pad;
    let mut swatches = Vec::with_capacity(parts.len());
    for (index, part) in parts.iter().enumerate() {
        let width = if total > 0.0 {
            part.value / total * inner
        } else {
            0.0
        };
        let gap = if index + 1 < parts.len() { 2.0 } else { 0.0 };
        let rect = Rect {
            x,
            y: bar_top,
            width: (width - gap).max(0.0),
            height: bar_height,
        };
        let segment = match part.provenance {
            Provenance::Reported => Shape::Rect {
                rect,
                role: Role::Series(index),
            },
            Provenance::Derived { .. } => Shape::Hatched {
                rect,
                role: Role::MutedText,
            },
        };
        b.shapes.push(segment.clone());
        swatches.push(segment);
        // The value inside its segment where it fits, on the part's colour.
        let value = text::short_value(part, b.lang);
        let value_width = text::text_width(&value, b.scale.value, true);
        if part.provenance == Provenance::Reported && value_width + 12.0 <= rect.width {
            b.shapes.push(Shape::Text {
                at: (rect.x + 6.0, bar_top + bar_height / 2.0),
                text: value,
                size: b.scale.value,
                bold: true,
                role: Role::OnSeries,
                baseline: Baseline::Middle,
            });
        }
        b.hits.push(Mark {
            figure_id: part.id.clone(),
            rect,
        });
        x += width;
    }
    b.y = bar_top + bar_height + b.scale.gap * 0.8;
    if let Some(whole) = whole {
        b.marks.push(Mark {
            figure_id: whole.id.clone(),
            rect: Rect {
                x: pad,
                y: top,
                width: inner,
                height: bar_top + bar_height - top,
            },
        });
    }

    // Under the bar, each part: its colour, its label, its value.
    let swatch_size = 14.0;
    for (part, segment) in parts.iter().zip(swatches) {
        let row_top = b.y;
        let value = text::short_value_with_unit(part, b.lang);
        let label_x = pad + swatch_size + 8.0;
        let bottom = label_and_value(b, label_x, part.label.get(b.lang), value);
        let line = line_height(b.scale.label);
        let swatch_rect = Rect {
            x: pad,
            y: row_top + (line - swatch_size) / 2.0,
            width: swatch_size,
            height: swatch_size,
        };
        b.shapes.push(match segment {
            Shape::Hatched { role, .. } => Shape::Hatched {
                rect: swatch_rect,
                role,
            },
            Shape::Rect { role, .. } => Shape::Rect {
                rect: swatch_rect,
                role,
            },
            other => other,
        });
        b.marks.push(Mark {
            figure_id: part.id.clone(),
            rect: Rect {
                x: pad,
                y: row_top,
                width: inner,
                height: bottom - row_top,
            },
        });
        b.y = bottom + 8.0;
    }
    b.y += b.scale.gap - 8.0;
}

/// A label from `x` with its value at the right edge, on the label's first line where the
/// label leaves room for it, else on a line of its own under the label; returns the bottom.
fn label_and_value(b: &mut Builder<'_>, x: f64, label: &str, value: String) -> f64 {
    let (pad, inner) = (b.scale.pad, b.inner_width());
    let (label_size, value_size) = (b.scale.label, b.scale.value);
    let right = pad + inner;
    let value_width = text::text_width(&value, value_size, true);
    let top = b.y;
    let beside = right - value_width - 12.0 - x;
    if beside >= inner * 0.4 {
        let height = b.paragraph(x, label, label_size, false, Role::Text, beside);
        b.shapes.push(Shape::Text {
            at: (right - value_width, top),
            text: value,
            size: value_size,
            bold: true,
            role: Role::Text,
            baseline: Baseline::Top,
        });
        top + height.max(line_height(value_size))
    } else {
        let height = b.paragraph(x, label, label_size, false, Role::Text, right - x);
        b.shapes.push(Shape::Text {
            at: (x, top + height),
            text: value,
            size: value_size,
            bold: true,
            role: Role::Text,
            baseline: Baseline::Top,
        });
        top + height + line_height(value_size)
    }
}
