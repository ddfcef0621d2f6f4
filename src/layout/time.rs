//! What the time layouts (`columns`, `line`) share: a time axis that places each period in
//! proportion to time, so an uneven gap shows as one; which periods are partial (shorter than
//! the view's usual one: the first half of 2018 among whole years); period labels under the
//! axis, none over another; and a vertical value scale from zero.

use super::builder::{line_height, Builder};
use super::shape::{Baseline, Shape};
use crate::model::{Figure, MarkKind, Period};
use crate::text::{self, AxisScale};
use crate::theme::Role;

/// A value placed in time: the figure and its period.
pub(super) type Point<'a> = (&'a Figure, Period);

/// What a time layout places: the view's values with their periods, in document order.
pub(super) struct Timed<'a> {
    pub(super) points: Vec<Point<'a>>,
    pub(super) figures: Vec<&'a Figure>,
    pub(super) periods: Vec<Period>,
    /// The length of the view's usual period, in years ([`usual_length`]).
    pub(super) usual: f64,
    /// The one scale of the values' labels, whose caption is over the chart.
    pub(super) unit: AxisScale,
}

/// The view's values placed in time, with the caption of their unit written over the chart;
/// none if the view has no value (only notes).
pub(super) fn timed<'a>(b: &mut Builder<'a>) -> Option<Timed<'a>> {
    let points: Vec<Point<'a>> = b
        .view
        .marked(MarkKind::Bar)
        .filter_map(|figure| figure.period.map(|period| (figure, period)))
        .collect();
    let figures: Vec<&Figure> = points.iter().map(|(figure, _)| *figure).collect();
    let periods: Vec<Period> = points.iter().map(|(_, period)| *period).collect();
    let largest = ValueScale::new(&figures, 0.0, 1.0).largest();
    let unit = text::axis_scale(figures.first()?, largest, b.lang);
    caption(b, &unit.caption);
    Some(Timed {
        usual: usual_length(&periods),
        points,
        figures,
        periods,
        unit,
    })
}

/// Time, in years, across `x0..x1`.
pub(super) struct TimeAxis {
    start: f64,
    end: f64,
    x0: f64,
    x1: f64,
}

impl TimeAxis {
    /// The axis from the first period's start to the last one's end.
    pub(super) fn new(periods: &[Period], x0: f64, x1: f64) -> TimeAxis {
        let start = periods
            .iter()
            .map(Period::start)
            .fold(f64::INFINITY, f64::min);
        let end = periods
            .iter()
            .map(Period::end)
            .fold(f64::NEG_INFINITY, f64::max);
        let (start, end) = if start.is_finite() && end > start {
            (start, end)
        } else {
            (0.0, 1.0)
        };
        TimeAxis { start, end, x0, x1 }
    }

    pub(super) fn x(&self, time: f64) -> f64 {
        self.x0 + (time - self.start) / (self.end - self.start) * (self.x1 - self.x0)
    }
}

/// The length of the view's usual period: the one most of its periods have (the longest
/// where as many have each), in years.
pub(super) fn usual_length(periods: &[Period]) -> f64 {
    let mut best = (0, 0.0);
    for period in periods {
        let length = period.years();
        let n = periods
            .iter()
            .filter(|other| (other.years() - length).abs() < 1e-9)
            .count();
        if n > best.0 || (n == best.0 && length > best.1) {
            best = (n, length);
        }
    }
    best.1
}

/// Whether a period is shorter than the view's usual one, and so is drawn as a part.
pub(super) fn is_partial(period: &Period, usual: f64) -> bool {
    period.years() < usual - 1e-9
}

/// The legend's item for a period drawn as a part (outlined), shorter than the usual one.
pub(super) fn partial_in_legend(b: &mut Builder<'_>) {
    let swatch = Shape::Frame {
        rect: super::shape::Rect::default(),
        role: Role::Series(0),
    };
    let words = text::ui(b.lang).partial_legend.to_string();
    b.legend_items.push((Some(swatch), words));
}

/// Each period's label under the axis, centred at its x, from `y` down: a label that would
/// overlap the one before it goes on a second line (a part of a year beside a whole one keeps
/// its date), and one that would overlap on both lines is left out (the figure's tooltip and
/// the table still say its period). Returns the height used.
pub(super) fn period_labels(b: &mut Builder<'_>, labels: &[(f64, String)], y: f64) -> f64 {
    let size = b.scale.small;
    let line = line_height(size);
    let (left, right) = (b.scale.pad, b.scale.pad + b.inner_width());
    let mut last_end = [f64::NEG_INFINITY; 2];
    let mut rows = 0;
    for (center, label) in labels {
        let width = text::text_width(label, size, false);
        let x = (center - width / 2.0).clamp(left, (right - width).max(left));
        let row = usize::from(x < last_end[0] + 6.0);
        if x < last_end[row] + 6.0 {
            continue;
        }
        b.shapes.push(Shape::Text {
            at: (x, y + row as f64 * line),
            text: label.clone(),
            size,
            bold: false,
            role: Role::MutedText,
            baseline: Baseline::Top,
        });
        last_end[row] = x + width;
        rows |= row;
    }
    (rows + 1) as f64 * line
}

/// Values across `top..bottom` (y grows down), from the smallest to the largest, zero
/// always among them.
pub(super) struct ValueScale {
    low: f64,
    high: f64,
    top: f64,
    bottom: f64,
}

impl ValueScale {
    pub(super) fn new(figures: &[&Figure], top: f64, bottom: f64) -> ValueScale {
        let low = figures.iter().map(|f| f.value).fold(0.0, f64::min);
        let high = figures.iter().map(|f| f.value).fold(0.0, f64::max);
        let high = if high > low { high } else { low + 1.0 };
        ValueScale {
            low,
            high,
            top,
            bottom,
        }
    }

    pub(super) fn y(&self, value: f64) -> f64 {
        self.bottom - (value - self.low) / (self.high - self.low) * (self.bottom - self.top)
    }

    /// The largest size among the values, for the axis's scale word.
    pub(super) fn largest(&self) -> f64 {
        self.high.abs().max(self.low.abs())
    }
}

/// The caption over a time chart saying the unit of its labels (`Billion yuan`), if any.
fn caption(b: &mut Builder<'_>, caption: &str) {
    if caption.is_empty() {
        return;
    }
    let (pad, inner, small) = (b.scale.pad, b.inner_width(), b.scale.small);
    b.paragraph(pad, caption, small, false, Role::MutedText, inner);
    b.y += 4.0;
}
