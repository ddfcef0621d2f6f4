//! The `columns` layout: values along time, each column over its period on a time axis in
//! proportion to time (2014, 2017 and the first half of 2018 stand as far apart as they are),
//! from a zero line, its value over it (under it, when negative). A column of a period shorter
//! than the view's usual one is outlined, not filled, and as narrow as its period: a part,
//! never drawn as a whole. The unit is said once, over the chart (`Billion yuan`).

use super::builder::{line_height, Builder};
use super::shape::{Baseline, Rect, Shape};
use super::time::{self, TimeAxis, Timed, ValueScale};
use super::Mark;
use crate::model::{Provenance, Qualifier};
use crate::text;
use crate::theme::Role;

pub(super) fn lay_out(b: &mut Builder<'_>) {
    columns(b);
    super::rows::notes(b);
}

fn columns(b: &mut Builder<'_>) {
    let Some(Timed {
        points: columns,
        figures,
        periods,
        usual,
        unit,
    }) = time::timed(b)
    else {
        return;
    };
    let (pad, inner) = (b.scale.pad, b.inner_width());
    let axis = TimeAxis::new(&periods, pad, pad + inner);

    // Each column's slot across, and its value label, staggered onto a second line where it
    // would run into the label before it on the same side.
    let value_size = b.scale.value;
    let line = line_height(value_size);
    let slots: Vec<(f64, f64)> = periods
        .iter()
        .map(|period| (axis.x(period.start()), axis.x(period.end())))
        .collect();
    let labels: Vec<String> = figures
        .iter()
        .map(|figure| text::axis_value(figure, &unit, b.lang))
        .collect();
    // Each value label: its line (0 next to the column, 1 over the label before it) and its
    // left and right edges, kept inside the chart.
    let mut rows = Vec::with_capacity(labels.len());
    let mut last_end = [[f64::NEG_INFINITY; 2]; 2];
    // The lines of labels over the zero line and under it.
    let mut rows_on = [0.0; 2];
    for ((figure, (from, to)), label) in figures.iter().zip(&slots).zip(&labels) {
        let side = usize::from(figure.value < 0.0);
        let width = text::text_width(label, value_size, true);
        let left = ((from + to) / 2.0 - width / 2.0).clamp(pad, (pad + inner - width).max(pad));
        let row = usize::from(left < last_end[side][0] + 4.0);
        last_end[side][row] = left + width;
        rows.push((row, left, left + width));
        rows_on[side] = f64::max(rows_on[side], row as f64 + 1.0);
    }
    let area_top = b.y;
    let top = area_top + rows_on[0] * line + 4.0;
    let plot_height = if b.width < super::COMPACT_WIDTH {
        (inner * 0.45).clamp(100.0, 160.0)
    } else {
        (inner * 0.3).clamp(140.0, 220.0)
    };
    let bottom = top + plot_height;
    let scale = ValueScale::new(&figures, top, bottom);
    let zero = scale.y(0.0);
    let below = bottom + rows_on[1] * line + if rows_on[1] > 0.0 { 4.0 } else { 0.0 };

    let mut partial_shown = false;
    for (index, (figure, period)) in columns.iter().enumerate() {
        let (x, width) = column_across(slots[index]);
        let (y_top, y_bottom) = (
            scale.y(figure.value.max(0.0)),
            scale.y(figure.value.min(0.0)),
        );
        let rect = Rect {
            x,
            y: y_top,
            width,
            height: (y_bottom - y_top).max(0.0),
        };
        let role = b.series_of(figure);
        let partial = time::is_partial(period, usual);
        partial_shown |= partial;
        match (&figure.provenance, partial) {
            (Provenance::Derived { .. }, _) => b.shapes.push(Shape::Hatched { rect, role }),
            (Provenance::Reported, true) => {
                b.shapes.push(Shape::Rect {
                    rect,
                    role: Role::Track,
                });
                b.shapes.push(Shape::Frame { rect, role });
            }
            (Provenance::Reported, false) => b.shapes.push(Shape::Rect { rect, role }),
        }
        let negative = figure.value < 0.0;
        if figure.qualifier == Qualifier::MoreThan {
            // An arrowhead past the end says the true value is larger than the column.
            let (tip, way) = if negative {
                (rect.y + rect.height + 2.0, 1.0)
            } else {
                (rect.y - 2.0, -1.0)
            };
            let half = (width * 0.3).min(8.0);
            let middle = x + width / 2.0;
            b.shapes.push(Shape::Polygon {
                points: vec![
                    (middle - half, tip),
                    (middle, tip + half * way),
                    (middle + half, tip),
                ],
                role,
            });
        }
        // A label over a taller column beside its own (a narrow part of a year beside a whole
        // one) stands on that column instead, so no figure is drawn under its digits.
        let (row, left, right) = rows[index];
        let (mut stand_top, mut stand_bottom) = (y_top, y_bottom);
        for (other, &slot) in figures.iter().zip(&slots) {
            let (other_x, across) = column_across(slot);
            if other_x < right + 2.0 && left < other_x + across + 2.0 {
                stand_top = stand_top.min(scale.y(other.value.max(0.0)));
                stand_bottom = stand_bottom.max(scale.y(other.value.min(0.0)));
            }
        }
        let row = row as f64;
        let label_y = if negative {
            stand_bottom + 2.0 + row * line
        } else {
            stand_top - 2.0 - (row + 1.0) * line
        };
        b.shapes.push(Shape::Text {
            at: (left, label_y),
            text: labels[index].clone(),
            size: value_size,
            bold: true,
            role: Role::Text,
            baseline: Baseline::Top,
        });
    }
    b.shapes.push(Shape::Line {
        from: (pad, zero),
        to: (pad + inner, zero),
        role: Role::Rule,
        width: 1.0,
    });
    let period_labels: Vec<(f64, String)> = slots
        .iter()
        .zip(&periods)
        .map(|((from, to), period)| ((from + to) / 2.0, text::period_short(period, b.lang)))
        .collect();
    let labels_top = below + 6.0;
    let labels_height = time::period_labels(b, &period_labels, labels_top);
    let area_bottom = labels_top + labels_height;
    for ((figure, _), (from, to)) in columns.iter().zip(&slots) {
        b.marks.push(Mark {
            figure_id: figure.id.clone(),
            rect: Rect {
                x: *from,
                y: area_top,
                width: to - from,
                height: area_bottom - area_top,
            },
        });
    }
    b.y = area_bottom + b.scale.gap;
    if partial_shown {
        time::partial_in_legend(b);
    }
}

/// A column's left edge and width in its slot: most of it, centred.
fn column_across((from, to): (f64, f64)) -> (f64, f64) {
    let width = ((to - from) * 0.72).clamp(2.0, 96.0);
    ((from + to - width) / 2.0, width)
}
