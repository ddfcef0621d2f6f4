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

impl Rect {
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x <= self.x + self.width && y >= self.y && y <= self.y + self.height
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
    pub(super) fn move_down(&mut self, dy: f64) {
        match self {
            Shape::Rect { rect, .. } | Shape::Hatched { rect, .. } => rect.y += dy,
            Shape::Line { from, to, .. } => {
                from.1 += dy;
                to.1 += dy;
            }
            Shape::Polygon { points, .. } => points.iter_mut().for_each(|point| point.1 += dy),
            Shape::Text { at, .. } => at.1 += dy,
        }
    }
}
