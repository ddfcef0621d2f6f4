//! The geometry a layout is made of: rectangles, lines, polygons and text anchors, in CSS
//! pixels, each with the colour role `draw` paints it in.

use crate::theme::Role;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// The least a mark takes the pointer over, each way (WCAG 2.5.8's 24 CSS px): a mark drawn
/// smaller (a point's dot) is hit within this much around its centre.
pub const TARGET: f64 = 24.0;

impl Rect {
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x <= self.x + self.width && y >= self.y && y <= self.y + self.height
    }

    /// What a pointer reaches this mark within: the mark, grown to [`TARGET`] each way around
    /// its centre where it is smaller.
    pub fn reach(&self) -> Rect {
        let (width, height) = (self.width.max(TARGET), self.height.max(TARGET));
        Rect {
            x: self.x - (width - self.width) / 2.0,
            y: self.y - (height - self.height) / 2.0,
            width,
            height,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Baseline {
    Top,
    Middle,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Rect {
        rect: Rect,
        role: Role,
    },
    /// A derived value: diagonal hatching in the role's colour with an outline.
    Hatched {
        rect: Rect,
        role: Role,
    },
    Line {
        from: (f64, f64),
        to: (f64, f64),
        role: Role,
        width: f64,
    },
    Polygon {
        points: Vec<(f64, f64)>,
        role: Role,
    },
    /// An outline without a fill: a part of a period, drawn as less than a whole one.
    Frame {
        rect: Rect,
        role: Role,
    },
    /// A point of a line: filled for a reported value, hollow (a ring) for a derived one.
    Dot {
        center: (f64, f64),
        radius: f64,
        role: Role,
        filled: bool,
    },
    Text {
        at: (f64, f64),
        text: String,
        size: f64,
        bold: bool,
        role: Role,
        /// Text is always drawn from its start; `at` is its left edge.
        baseline: Baseline,
    },
}

impl Shape {
    /// The box the shape covers: left, top, right, bottom (text measured as layout measures
    /// it; middle-aligned text centred on its y).
    pub fn bounds(&self) -> (f64, f64, f64, f64) {
        match self {
            Shape::Rect { rect, .. } | Shape::Hatched { rect, .. } | Shape::Frame { rect, .. } => {
                (rect.x, rect.y, rect.x + rect.width, rect.y + rect.height)
            }
            Shape::Line { from, to, .. } => (
                from.0.min(to.0),
                from.1.min(to.1),
                from.0.max(to.0),
                from.1.max(to.1),
            ),
            Shape::Polygon { points, .. } => points.iter().fold(
                (
                    f64::INFINITY,
                    f64::INFINITY,
                    f64::NEG_INFINITY,
                    f64::NEG_INFINITY,
                ),
                |(l, t, r, b), p| (l.min(p.0), t.min(p.1), r.max(p.0), b.max(p.1)),
            ),
            Shape::Dot { center, radius, .. } => (
                center.0 - radius,
                center.1 - radius,
                center.0 + radius,
                center.1 + radius,
            ),
            Shape::Text {
                at,
                text,
                size,
                bold,
                baseline,
                ..
            } => {
                let width = crate::text::text_width(text, *size, *bold);
                let height = size * 1.3;
                let top = match baseline {
                    Baseline::Top => at.1,
                    Baseline::Middle => at.1 - height / 2.0,
                };
                (at.0, top, at.0 + width, top + height)
            }
        }
    }

    pub(super) fn move_down(&mut self, dy: f64) {
        match self {
            Shape::Rect { rect, .. } | Shape::Hatched { rect, .. } | Shape::Frame { rect, .. } => {
                rect.y += dy
            }
            Shape::Dot { center, .. } => center.1 += dy,
            Shape::Line { from, to, .. } => {
                from.1 += dy;
                to.1 += dy;
            }
            Shape::Polygon { points, .. } => points.iter_mut().for_each(|point| point.1 += dy),
            Shape::Text { at, .. } => at.1 += dy,
        }
    }
}
