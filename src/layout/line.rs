//! The `line` layout: one line a group of figures over a time axis, each value the article
//! gives a point (filled when reported, hollow when derived, outlined square when its period is
//! a part of the usual one), the line between two points solid where their periods meet and
//! dashed across the periods the article gives no value for, so nothing drawn between points
//! reads as data. Each line is named at its end, with its last value, so no legend is looked
//! up; the other points carry their values where they fit.

use super::builder::{line_height, Builder};
use super::shape::{Baseline, Rect, Shape};
use super::time::{self, Point, TimeAxis, Timed, ValueScale};
use super::Mark;
use crate::model::{groups_in_order, Figure, Period, Provenance};
use crate::text;
use crate::theme::Role;

pub(super) fn lay_out(b: &mut Builder<'_>) {
    b.group_legend = false;
    b.derived_swatch = Some(Shape::Dot {
        center: (0.0, 0.0),
        radius: 0.0,
        role: Role::MutedText,
        filled: false,
    });
    lines(b);
    super::rows::notes(b);
}

/// A box a label takes, to keep labels off each other.
#[derive(Clone, Copy)]
struct Taken {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Taken {
    fn meets(&self, other: &Taken) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }
}

fn lines<'a>(b: &mut Builder<'a>) {
    let view = b.view;
    let Some(Timed {
        points,
        figures,
        periods,
        usual,
        unit,
    }) = time::timed(b)
    else {
        return;
    };
    // One line a group, its points in document order (the checker holds them in time).
    let lines: Vec<(Option<&'a str>, Vec<&Point<'a>>)> = groups_in_order(figures.iter().copied())
        .into_iter()
        .map(|group| {
            let line = points
                .iter()
                .filter(|(figure, _)| figure.group.as_deref() == group)
                .collect();
            (group, line)
        })
        .collect();
    let (pad, inner) = (b.scale.pad, b.inner_width());
    let (value_size, small) = (b.scale.value, b.scale.small);
    let value_line = line_height(value_size);
    // Each line's name at its end: its group's label (where the view has groups) over its last
    // value, in a column to the right wide enough for the widest, at most 40% of the width.
    let end_labels: Vec<Vec<String>> = lines
        .iter()
        .map(|(group, line)| {
            let last = line
                .last()
                .map(|(figure, _)| text::axis_value(figure, &unit, b.lang))
                .unwrap_or_default();
            let name = group
                .and_then(|id| view.groups.iter().find(|known| known.id == id))
                .map(|known| known.label.get(b.lang).to_string());
            name.into_iter().chain([last]).collect()
        })
        .collect();
    let room = end_labels
        .iter()
        .flatten()
        .map(|label| text::text_width(label, small, true))
        .fold(0.0, f64::max)
        .min(inner * 0.4)
        + 10.0;
    let plot_right = pad + inner - room;
    // Half a column of room at each end, so a first or last point is not on the edge.
    let axis = TimeAxis::new(&periods, pad + 6.0, plot_right - 6.0);
    let area_top = b.y;
    let top = area_top + value_line + 4.0;
    let plot_height = if b.width < super::COMPACT_WIDTH {
        (inner * 0.45).clamp(110.0, 170.0)
    } else {
        (inner * 0.3).clamp(150.0, 230.0)
    };
    let bottom = top + plot_height;
    let scale = ValueScale::new(&figures, top, bottom);
    let zero = scale.y(0.0);
    b.shapes.push(Shape::Line {
        from: (pad, zero),
        to: (plot_right, zero),
        role: Role::Rule,
        width: 1.0,
    });

    let radius = if b.width < super::COMPACT_WIDTH {
        3.5
    } else {
        4.5
    };
    let mut taken: Vec<Taken> = Vec::new();
    let mut any_dashed = false;
    // Each point with where it is drawn, whether its period is a part, and whether it ends its
    // line (its value is in the end label).
    let mut placed_points: Vec<(&Figure, (f64, f64), bool, bool)> = Vec::new();
    let mut ends: Vec<(f64, Role, &Vec<String>)> = Vec::new();
    for ((_, line), end_label) in lines.iter().zip(&end_labels) {
        let role = match line.first() {
            Some((figure, _)) => b.series_of(figure),
            None => continue,
        };
        let at =
            |(figure, period): &(&Figure, Period)| (axis.x(period.middle()), scale.y(figure.value));
        for pair in line.windows(2) {
            let (from, to) = (at(pair[0]), at(pair[1]));
            // Periods that meet are joined; across missing ones the line is dashed.
            let meets = (pair[1].1.start() - pair[0].1.end()).abs() < 1e-9;
            if meets {
                b.shapes.push(Shape::Line {
                    from,
                    to,
                    role,
                    width: 2.5,
                });
            } else {
                dashed(b, from, to, role);
                any_dashed = true;
            }
        }
        for (index, point) in line.iter().enumerate() {
            let (figure, period) = point;
            let center = at(point);
            let partial = time::is_partial(period, usual);
            if partial {
                let side = radius * 1.8;
                let rect = Rect {
                    x: center.0 - side / 2.0,
                    y: center.1 - side / 2.0,
                    width: side,
                    height: side,
                };
                b.shapes.push(Shape::Rect {
                    rect,
                    role: Role::Background,
                });
                b.shapes.push(Shape::Frame { rect, role });
            } else {
                b.shapes.push(Shape::Dot {
                    center,
                    radius,
                    role,
                    filled: figure.provenance == Provenance::Reported,
                });
            }
            taken.push(Taken {
                x0: center.0 - radius,
                y0: center.1 - radius,
                x1: center.0 + radius,
                y1: center.1 + radius,
            });
            placed_points.push((figure, center, partial, index + 1 == line.len()));
        }
        if let Some(last) = line.last() {
            ends.push((at(last).1, role, end_label));
        }
    }

    // The end labels, from the top down, none over another.
    ends.sort_by(|a, b| a.0.total_cmp(&b.0));
    let small_line = line_height(small);
    let mut next_free = f64::NEG_INFINITY;
    let label_x = plot_right + 8.0;
    let mut lowest = bottom;
    for (y, role, lines) in ends {
        let height = lines.len() as f64 * small_line;
        let y0 = (y - height / 2.0).max(next_free).max(area_top);
        for (index, line) in lines.iter().enumerate() {
            let last = index + 1 == lines.len();
            b.shapes.push(Shape::Text {
                at: (label_x, y0 + index as f64 * small_line),
                text: line.clone(),
                size: small,
                bold: last,
                role: if last { Role::Text } else { role },
                baseline: Baseline::Top,
            });
        }
        next_free = y0 + height + 2.0;
        lowest = lowest.max(next_free);
    }

    // The values of the other points, over each point where they fit; under it first where
    // another line has a point over it at the same time, so no label sits between two points.
    for (figure, center, _, _) in placed_points.iter().filter(|(.., last)| !last) {
        let label = text::axis_value(figure, &unit, b.lang);
        let width = text::text_width(&label, value_size, true);
        let x = (center.0 - width / 2.0).clamp(pad, (plot_right - width).max(pad));
        let above = center.1 - radius - 3.0 - value_line;
        let below = center.1 + radius + 3.0;
        let fits = |y: f64| {
            let candidate = Taken {
                x0: x,
                y0: y,
                x1: x + width,
                y1: y + value_line,
            };
            (!taken.iter().any(|box_| box_.meets(&candidate))).then_some(candidate)
        };
        // (A line's own points are at other times.)
        let under_another = placed_points
            .iter()
            .any(|(_, at, ..)| (at.0 - center.0).abs() < 0.5 && at.1 < center.1);
        let (first, then) = if under_another {
            (below, above.max(area_top))
        } else {
            (above.max(area_top), below)
        };
        let Some(candidate) = fits(first).or_else(|| fits(then)) else {
            continue;
        };
        b.shapes.push(Shape::Text {
            at: (candidate.x0, candidate.y0),
            text: label,
            size: value_size,
            bold: true,
            role: Role::Text,
            baseline: Baseline::Top,
        });
        lowest = lowest.max(candidate.y1);
        taken.push(candidate);
    }

    let mut labels: Vec<(f64, String)> = Vec::new();
    let mut seen: Vec<Period> = Vec::new();
    let mut sorted = periods.clone();
    sorted.sort_by(|a, b| a.start().total_cmp(&b.start()));
    for period in sorted {
        if !seen.contains(&period) {
            seen.push(period);
            labels.push((axis.x(period.middle()), text::period_short(&period, b.lang)));
        }
    }
    let labels_top = lowest.max(bottom + radius) + 6.0;
    let labels_height = time::period_labels(b, &labels, labels_top);
    let area_bottom = labels_top + labels_height;

    // Each point's mark: its dot, so the focus ring around it keeps off the labels beside it
    // (hit testing gives the mark a finger's width, `Rect::reach`).
    let reach = radius;
    for (figure, center, _, _) in &placed_points {
        b.marks.push(Mark {
            figure_id: figure.id.clone(),
            rect: Rect {
                x: center.0 - reach,
                y: center.1 - reach,
                width: reach * 2.0,
                height: reach * 2.0,
            },
        });
    }
    b.y = area_bottom + b.scale.gap;
    if any_dashed {
        let words = text::ui(b.lang).gap_legend.to_string();
        b.legend_items.push((None, words));
    }
    if placed_points.iter().any(|(_, _, partial, _)| *partial) {
        time::partial_in_legend(b);
    }
}

/// A dashed line from `from` to `to`: dashes of 5 px, gaps of 4.
fn dashed(b: &mut Builder<'_>, from: (f64, f64), to: (f64, f64), role: Role) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = (dx * dx + dy * dy).sqrt();
    if length <= 0.0 {
        return;
    }
    let (dash, gap) = (5.0, 4.0);
    let mut at = 0.0;
    while at < length {
        let end = (at + dash).min(length);
        let point = |t: f64| (from.0 + dx * t / length, from.1 + dy * t / length);
        b.shapes.push(Shape::Line {
            from: point(at),
            to: point(end),
            role,
            width: 1.5,
        });
        at = end + gap;
    }
}
