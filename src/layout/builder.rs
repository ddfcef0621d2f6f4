//! What every layout shares: the type scale for a width, the running y of a view being laid
//! out, wrapped text, the heading, a row's label and mark, and the end of the view (its
//! notes, legend and, for an exported image, the source line).

use super::shape::{Baseline, Rect, Shape};
use super::{Layout, Mark, COMPACT_PAD, COMPACT_WIDTH, PAD};
use crate::model::{Figure, Lang, View};
use crate::text;
use crate::theme::Role;

/// Type sizes and spacing for one width.
pub(super) struct Scale {
    pub(super) pad: f64,
    pub(super) title: f64,
    pub(super) subtitle: f64,
    pub(super) label: f64,
    pub(super) value: f64,
    pub(super) small: f64,
    pub(super) bar: f64,
    pub(super) gap: f64,
}

impl Scale {
    pub(super) fn for_width(width: f64) -> Scale {
        if width < COMPACT_WIDTH {
            // Tighter than the wide scale, so the whole widget fits a 360 × 640 phone screen.
            Scale {
                pad: COMPACT_PAD,
                title: 16.0,
                subtitle: 13.0,
                label: 13.0,
                value: 14.0,
                small: 12.0,
                bar: 18.0,
                gap: 8.0,
            }
        } else {
            Scale {
                pad: PAD,
                title: 20.0,
                subtitle: 14.0,
                label: 14.0,
                value: 15.0,
                small: 12.0,
                bar: 24.0,
                gap: 18.0,
            }
        }
    }
}

pub(super) fn line_height(size: f64) -> f64 {
    (size * 1.3).round()
}

/// One view being laid out: what it has placed so far and where the next thing goes.
pub(super) struct Builder<'a> {
    pub(super) view: &'a View,
    pub(super) lang: Lang,
    pub(super) width: f64,
    pub(super) scale: Scale,
    pub(super) y: f64,
    pub(super) shapes: Vec<Shape>,
    pub(super) marks: Vec<Mark>,
    /// Further places a figure is drawn, for hit-testing only (`Layout::hits`).
    pub(super) hits: Vec<Mark>,
    /// Series colour per bar group, in order of first appearance.
    pub(super) groups: Vec<Option<&'a str>>,
    /// The source line, drawn last, for exported images.
    pub(super) source: Option<String>,
    /// Whether the legend says what each group's colour means: not where the layout names
    /// each group on the chart itself (a line at its end, a part beside its swatch).
    pub(super) group_legend: bool,
    /// What the legend shows for a derived value, where the layout does not hatch it.
    pub(super) derived_swatch: Option<Shape>,
    /// Whether the legend explains derived values with that swatch (where the view has any):
    /// not where the layout says so in an item of its own.
    pub(super) derived_legend: bool,
    /// Legend items of the layout's own, after the groups' colours.
    pub(super) legend_items: Vec<(Option<Shape>, String)>,
}

impl<'a> Builder<'a> {
    pub(super) fn new(view: &'a View, lang: Lang, width: f64) -> Builder<'a> {
        let scale = Scale::for_width(width);
        Builder {
            view,
            lang,
            width,
            y: scale.pad,
            scale,
            shapes: Vec::new(),
            marks: Vec::new(),
            hits: Vec::new(),
            groups: Vec::new(),
            source: None,
            group_legend: true,
            derived_swatch: None,
            derived_legend: true,
            legend_items: Vec::new(),
        }
    }

    pub(super) fn inner_width(&self) -> f64 {
        self.width - 2.0 * self.scale.pad
    }

    /// Ends the view: the document's readings of its article, the legend (the footer, kept
    /// at the bottom edge) and, for an exported image, the source line under it.
    pub(super) fn finish(mut self) -> Layout {
        super::rows::readings(&mut self);
        let footer_start = self.shapes.len();
        super::legend::legend(&mut self);
        if let Some(source) = self.source.take() {
            self.y += 6.0;
            let (pad, inner, small) = (self.scale.pad, self.inner_width(), self.scale.small);
            self.paragraph(pad, &source, small, false, Role::MutedText, inner);
        }
        Layout {
            width: self.width,
            height: self.y + self.scale.pad,
            shapes: self.shapes,
            marks: self.marks,
            hits: self.hits,
            footer_start,
        }
    }

    /// Wrapped text from the current y; returns the height used.
    pub(super) fn paragraph(
        &mut self,
        x: f64,
        text: &str,
        size: f64,
        bold: bool,
        role: Role,
        max_width: f64,
    ) -> f64 {
        let line_height = line_height(size);
        let lines = text::wrap(text, size, bold, max_width);
        for (index, line) in lines.iter().enumerate() {
            self.shapes.push(Shape::Text {
                at: (x, self.y + index as f64 * line_height),
                text: line.clone(),
                size,
                bold,
                role,
                baseline: Baseline::Top,
            });
        }
        let height = lines.len() as f64 * line_height;
        self.y += height;
        height
    }

    pub(super) fn heading(&mut self) {
        let (pad, inner) = (self.scale.pad, self.inner_width());
        self.paragraph(
            pad,
            self.view.title.get(self.lang),
            self.scale.title,
            true,
            Role::Text,
            inner,
        );
        if let Some(subtitle) = &self.view.subtitle {
            self.y += 4.0;
            self.paragraph(
                pad,
                subtitle.get(self.lang),
                self.scale.subtitle,
                false,
                Role::MutedText,
                inner,
            );
        }
        self.y += self.scale.gap;
    }

    /// The series colour of a figure's group, the groups numbered as they first appear.
    pub(super) fn series_of(&mut self, figure: &'a Figure) -> Role {
        let group = figure.group.as_deref();
        let index = match self.groups.iter().position(|known| *known == group) {
            Some(index) => index,
            None => {
                self.groups.push(group);
                self.groups.len() - 1
            }
        };
        Role::Series(index)
    }

    /// A bar or share row's label, from the current y; returns the row's top.
    pub(super) fn row_label(&mut self, figure: &Figure) -> f64 {
        let row_top = self.y;
        let (pad, inner) = (self.scale.pad, self.inner_width());
        let label = figure.label.get(self.lang);
        self.paragraph(pad, label, self.scale.label, false, Role::Text, inner);
        self.y += 4.0;
        row_top
    }

    /// Ends a row: its mark spans the label and the bar, and the next row starts a gap below.
    pub(super) fn end_row(&mut self, figure: &Figure, row_top: f64, bottom: f64) {
        self.marks.push(Mark {
            figure_id: figure.id.clone(),
            rect: Rect {
                x: self.scale.pad,
                y: row_top,
                width: self.inner_width(),
                height: bottom - row_top,
            },
        });
        self.y = bottom + self.scale.gap;
    }

    /// Shares take a colour of their own beside bars of several groups, so they never read as
    /// one of them; otherwise the first, since a view of one colour needs no legend.
    pub(super) fn share_role(&self) -> Role {
        match self.groups.len() {
            n if n >= 2 => Role::Series(n),
            _ => Role::Series(0),
        }
    }
}
