//! View layout: turns one view of the model into plain geometry (rectangles, lines, text
//! anchors, in CSS pixels) and the marks that hit-testing and accessibility use.
//!
//! Layout owns every placement decision: sizes, wrapping, where labels go, the widget's height
//! for a width. It knows nothing about plotters or the browser; `draw` paints what it returns.
//! Height is a function of width (and language) only, the same for every view, so switching
//! views never moves the page and the widget can never grow from its own output.

use crate::model::{Figure, Lang, MarkKind, Model, Provenance, Qualifier, View, ViewLayout};
use crate::text;
use crate::theme::Role;

/// Narrower than this, the widget uses its compact type scale.
pub const COMPACT_WIDTH: f64 = 480.0;
/// The margin around the chart, which the host's tabs and footer line up with.
pub const PAD: f64 = 20.0;
pub const COMPACT_PAD: f64 = 12.0;
/// The smallest width laid out; narrower containers get this width and clip.
pub const MIN_WIDTH: f64 = 240.0;
pub const MAX_WIDTH: f64 = 4096.0;

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
    fn move_down(&mut self, dy: f64) {
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

/// A figure's place on the chart, for hit-testing, tooltips and focus.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub figure_id: String,
    pub rect: Rect,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub shapes: Vec<Shape>,
    pub marks: Vec<Mark>,
    /// Shapes from this index on are the footer (the legend), kept at the bottom edge.
    footer_start: usize,
}

impl Layout {
    pub fn mark(&self, figure_id: &str) -> Option<&Mark> {
        self.marks.iter().find(|mark| mark.figure_id == figure_id)
    }

    /// The figure under a point, the smallest mark first so nested marks win over their parents.
    pub fn hit_test(&self, x: f64, y: f64) -> Option<&Mark> {
        self.marks
            .iter()
            .filter(|mark| mark.rect.contains(x, y))
            .min_by(|a, b| {
                (a.rect.width * a.rect.height).total_cmp(&(b.rect.width * b.rect.height))
            })
    }
}

/// Lays out every view at one width, each as tall as the tallest (the widget's height), so
/// every view fits and switching views never resizes the widget. Each view is built once.
pub fn layout_views(model: &Model, lang: Lang, width: f64) -> Vec<Layout> {
    let width = clamp_width(width);
    let mut layouts: Vec<Layout> = model
        .views
        .iter()
        .map(|view| ViewBuilder::new(view, lang, width).build())
        .collect();
    let height = layouts
        .iter()
        .map(|layout| layout.height)
        .fold(0.0, f64::max)
        .ceil();
    for layout in &mut layouts {
        // A view shorter than the tallest keeps its legend at the bottom edge.
        let drop = height - layout.height;
        for shape in &mut layout.shapes[layout.footer_start..] {
            shape.move_down(drop);
        }
        layout.height = height;
    }
    layouts
}

/// The widget's height at a width: the tallest view's, as [`layout_views`] gives every view.
pub fn widget_height(model: &Model, lang: Lang, width: f64) -> f64 {
    layout_views(model, lang, width)
        .first()
        .map_or(0.0, |layout| layout.height)
}

/// Lays out one view at a width, as [`layout_views`] does (so at the widget's height).
pub fn layout_view(model: &Model, view: &View, lang: Lang, width: f64) -> Layout {
    let index = model
        .views
        .iter()
        .position(|candidate| candidate.id == view.id)
        .unwrap_or(0);
    layout_views(model, lang, width).swap_remove(index)
}

/// Lays out one view for a downloaded image: the view at its own height with the source line
/// under it, since an image travels without the page around it.
pub fn layout_view_for_export(model: &Model, view: &View, lang: Lang, width: f64) -> Layout {
    let width = clamp_width(width);
    let mut builder = ViewBuilder::new(view, lang, width);
    builder.source = Some(text::source_line(model, lang));
    builder.build()
}

pub fn clamp_width(width: f64) -> f64 {
    if width.is_finite() {
        width.clamp(MIN_WIDTH, MAX_WIDTH)
    } else {
        MIN_WIDTH
    }
}

/// Type sizes and spacing for one width.
struct Scale {
    pad: f64,
    title: f64,
    subtitle: f64,
    label: f64,
    value: f64,
    small: f64,
    bar: f64,
    gap: f64,
}

impl Scale {
    fn for_width(width: f64) -> Scale {
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
                gap: 10.0,
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

fn line_height(size: f64) -> f64 {
    (size * 1.3).round()
}

struct ViewBuilder<'a> {
    view: &'a View,
    lang: Lang,
    width: f64,
    scale: Scale,
    y: f64,
    shapes: Vec<Shape>,
    marks: Vec<Mark>,
    /// Series colour per bar group, in order of first appearance.
    groups: Vec<Option<&'a str>>,
    /// The source line, drawn last, for exported images.
    source: Option<String>,
}

impl<'a> ViewBuilder<'a> {
    fn new(view: &'a View, lang: Lang, width: f64) -> ViewBuilder<'a> {
        let scale = Scale::for_width(width);
        ViewBuilder {
            view,
            lang,
            width,
            y: scale.pad,
            scale,
            shapes: Vec::new(),
            marks: Vec::new(),
            groups: Vec::new(),
            source: None,
        }
    }

    fn inner_width(&self) -> f64 {
        self.width - 2.0 * self.scale.pad
    }

    fn build(mut self) -> Layout {
        self.heading();
        self.bars();
        self.shares();
        self.notes();
        let footer_start = self.shapes.len();
        self.legend();
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
            footer_start,
        }
    }

    /// Wrapped text from the current y; returns the height used.
    fn paragraph(
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

    fn heading(&mut self) {
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

    fn series_of(&mut self, figure: &'a Figure) -> Role {
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

    /// The value label of each bar: the first with its unit, the rest the number alone.
    fn value_labels(&self, bars: &[&Figure]) -> Vec<String> {
        bars.iter()
            .enumerate()
            .map(|(index, figure)| match index {
                0 => text::short_value_with_unit(figure, self.lang),
                _ => text::short_value(figure, self.lang),
            })
            .collect()
    }

    /// Room the longest value label needs after its bar, with the "more than" arrowhead.
    fn value_room(&self, labels: &[String]) -> f64 {
        let widest = labels
            .iter()
            .map(|label| text::text_width(label, self.scale.value, true))
            .fold(0.0, f64::max);
        widest + 8.0 + self.scale.bar * 0.45
    }

    fn bars(&mut self) {
        let view = self.view;
        let bars: Vec<&Figure> = view
            .figures
            .iter()
            .filter(|figure| figure.mark == MarkKind::Bar)
            .collect();
        if bars.is_empty() {
            return;
        }
        let pad = self.scale.pad;
        let max_value = bars.iter().map(|figure| figure.value).fold(0.0, f64::max);
        let value_labels = self.value_labels(&bars);
        let full_length =
            (self.inner_width() - self.value_room(&value_labels)).max(self.inner_width() * 0.5);
        let length_of = |value: f64| {
            if max_value > 0.0 {
                value / max_value * full_length
            } else {
                0.0
            }
        };
        let mut parent_length = None;
        for (figure, value_label) in bars.into_iter().zip(value_labels) {
            let row_top = self.row_label(figure);
            let bar = Rect {
                x: pad,
                y: self.y,
                width: length_of(figure.value),
                height: self.scale.bar,
            };
            if let (ViewLayout::Nested, Some(parent_length)) = (view.layout, parent_length) {
                self.shapes.push(Shape::Rect {
                    rect: Rect {
                        width: parent_length,
                        ..bar
                    },
                    role: Role::Track,
                });
            }
            let role = self.series_of(figure);
            self.bar(figure, bar, role, value_label);
            parent_length = Some(bar.width);
            // The zero line: every bar starts from it.
            self.shapes.push(Shape::Line {
                from: (pad, bar.y - 3.0),
                to: (pad, bar.y + bar.height + 3.0),
                role: Role::Rule,
                width: 1.0,
            });
            self.end_row(figure, row_top, bar.y + bar.height);
        }
    }

    /// A bar or share row's label, from the current y; returns the row's top.
    fn row_label(&mut self, figure: &Figure) -> f64 {
        let row_top = self.y;
        let (pad, inner) = (self.scale.pad, self.inner_width());
        let label = figure.label.get(self.lang);
        self.paragraph(pad, label, self.scale.label, false, Role::Text, inner);
        self.y += 4.0;
        row_top
    }

    /// Ends a row: its mark spans the label and the bar, and the next row starts a gap below.
    fn end_row(&mut self, figure: &Figure, row_top: f64, bottom: f64) {
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

    /// One bar with its qualifier arrow and value label after it.
    fn bar(&mut self, figure: &Figure, bar: Rect, role: Role, value_label: String) {
        match figure.provenance {
            Provenance::Reported => self.shapes.push(Shape::Rect { rect: bar, role }),
            Provenance::Derived { .. } => self.shapes.push(Shape::Hatched { rect: bar, role }),
        }
        let mut label_x = bar.x + bar.width + 6.0;
        if figure.qualifier == Qualifier::MoreThan {
            // An arrowhead past the end says the true value is larger than the bar.
            let (tip_x, middle) = (bar.x + bar.width + 2.0, bar.y + bar.height / 2.0);
            let depth = bar.height * 0.45;
            self.shapes.push(Shape::Polygon {
                points: vec![
                    (tip_x, bar.y + 3.0),
                    (tip_x + depth, middle),
                    (tip_x, bar.y + bar.height - 3.0),
                ],
                role,
            });
            label_x += depth;
        }
        self.shapes.push(Shape::Text {
            at: (label_x, bar.y + bar.height / 2.0),
            text: value_label,
            size: self.scale.value,
            bold: true,
            role: Role::Text,
            baseline: Baseline::Middle,
        });
    }

    fn shares(&mut self) {
        let view = self.view;
        let shares: Vec<&Figure> = view
            .figures
            .iter()
            .filter(|figure| figure.mark == MarkKind::Share)
            .collect();
        let pad = self.scale.pad;
        for figure in shares {
            let row_top = self.row_label(figure);
            let whole = Rect {
                x: pad,
                y: self.y,
                width: self.inner_width(),
                height: self.scale.bar,
            };
            self.shapes.push(Shape::Rect {
                rect: whole,
                role: Role::Track,
            });
            let part = Rect {
                width: whole.width * figure.value,
                ..whole
            };
            let role = self.share_role();
            let value = text::short_value(figure, self.lang);
            let value_width = text::text_width(&value, self.scale.value, true);
            match figure.provenance {
                Provenance::Reported => self.shapes.push(Shape::Rect { rect: part, role }),
                Provenance::Derived { .. } => self.shapes.push(Shape::Hatched { rect: part, role }),
            }
            let inside =
                value_width + 12.0 <= part.width && figure.provenance == Provenance::Reported;
            let (x, text_role) = if inside {
                (part.x + 6.0, Role::OnSeries)
            } else {
                (part.x + part.width + 6.0, Role::Text)
            };
            self.shapes.push(Shape::Text {
                at: (x, whole.y + whole.height / 2.0),
                text: value,
                size: self.scale.value,
                bold: true,
                role: text_role,
                baseline: Baseline::Middle,
            });
            self.end_row(figure, row_top, whole.y + whole.height);
        }
    }

    fn notes(&mut self) {
        let view = self.view;
        let notes: Vec<&Figure> = view
            .figures
            .iter()
            .filter(|figure| figure.mark == MarkKind::Note)
            .collect();
        let pad = self.scale.pad;
        for figure in notes {
            let top = self.y;
            let indent = 12.0;
            let role = if figure.provenance == Provenance::Reported {
                Role::Text
            } else {
                Role::MutedText
            };
            let height = self.paragraph(
                pad + indent,
                &text::note_text(figure, self.lang),
                self.scale.label,
                true,
                role,
                self.inner_width() - indent,
            );
            // An accent rule to the left marks the sentence as a figure, not prose.
            self.shapes.push(Shape::Line {
                from: (pad + 2.0, top + 1.0),
                to: (pad + 2.0, top + height - 1.0),
                role: Role::Series(0),
                width: 3.0,
            });
            self.marks.push(Mark {
                figure_id: figure.id.clone(),
                rect: Rect {
                    x: pad,
                    y: top,
                    width: self.inner_width(),
                    height,
                },
            });
            self.y += self.scale.gap * 0.6;
        }
    }

    /// The legend, as items flowing in lines: what each bar colour means (when bars are in
    /// several groups), what hatching means, and what the qualifier signs mean, each only when
    /// the view uses it.
    fn legend(&mut self) {
        let view = self.view;
        let ui = text::ui(self.lang);
        let mut items: Vec<(Option<Shape>, &str)> = Vec::new();
        let swatch = |role: Role| {
            Some(Shape::Rect {
                rect: Rect::default(),
                role,
            })
        };
        if self.groups.len() >= 2 {
            // The model lists a view's groups in the order their bars first appear, which is
            // the order `series_of` gave them their colours.
            for (index, group) in view.groups.iter().enumerate() {
                items.push((swatch(Role::Series(index)), group.label.get(self.lang)));
            }
            if view
                .figures
                .iter()
                .any(|figure| figure.mark == MarkKind::Share)
            {
                items.push((swatch(self.share_role()), ui.share_legend));
            }
        }
        let figures = &view.figures;
        if figures
            .iter()
            .any(|figure| matches!(figure.provenance, Provenance::Derived { .. }))
        {
            let hatched = Shape::Hatched {
                rect: Rect::default(),
                role: Role::MutedText,
            };
            items.push((Some(hatched), ui.derived_legend));
        }
        if figures
            .iter()
            .any(|figure| figure.qualifier == Qualifier::MoreThan)
        {
            items.push((None, ui.more_than_legend));
        }
        if figures
            .iter()
            .any(|figure| matches!(figure.qualifier, Qualifier::Nearly | Qualifier::About))
        {
            items.push((None, ui.about_legend));
        }
        if items.is_empty() {
            return;
        }
        let (pad, small) = (self.scale.pad, self.scale.small);
        let (right, line) = (pad + self.inner_width(), line_height(small));
        let (swatch_width, item_gap) = (14.0, 14.0);
        self.y += 4.0;
        let mut x = pad;
        for (mark, label) in items {
            let text_x = if mark.is_some() {
                swatch_width + 6.0
            } else {
                0.0
            };
            let width = text_x + text::text_width(label, small, false);
            if x > pad && x + width > right {
                x = pad;
                self.y += line + 4.0;
            }
            if let Some(mut mark) = mark {
                if let Shape::Rect { rect, .. } | Shape::Hatched { rect, .. } = &mut mark {
                    // As tall as the text's capitals, centred on its line.
                    *rect = Rect {
                        x,
                        y: self.y + (line - small * 0.8) / 2.0,
                        width: swatch_width,
                        height: small * 0.8,
                    };
                }
                self.shapes.push(mark);
            }
            // An item wider than a line wraps on its own lines.
            let top = self.y;
            let height = self.paragraph(
                x + text_x,
                label,
                small,
                false,
                Role::MutedText,
                right - x - text_x,
            );
            self.y = top + (height - line).max(0.0);
            x += width + item_gap;
        }
        self.y += line;
    }

    /// Shares take a colour of their own beside bars of several groups, so they never read as
    /// one of them; otherwise the first, since a view of one colour needs no legend.
    fn share_role(&self) -> Role {
        match self.groups.len() {
            n if n >= 2 => Role::Series(n),
            _ => Role::Series(0),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::error::ValidationErrors;

    #[test]
    fn every_figure_of_every_view_has_one_mark() -> Result<(), ValidationErrors> {
        let model = Model::embedded()?;
        for lang in [Lang::En, Lang::Zh] {
            for view in &model.views {
                let layout = layout_view(&model, view, lang, 640.0);
                let mut marked: Vec<&str> = layout
                    .marks
                    .iter()
                    .map(|mark| mark.figure_id.as_str())
                    .collect();
                let mut figures: Vec<&str> = view
                    .figures
                    .iter()
                    .map(|figure| figure.id.as_str())
                    .collect();
                marked.sort();
                figures.sort();
                assert_eq!(marked, figures, "view {}", view.id);
            }
        }
        Ok(())
    }

    #[test]
    fn height_is_the_same_for_every_view_and_fits_each() -> Result<(), ValidationErrors> {
        let model = Model::embedded()?;
        for width in [240.0, 320.0, 360.0, 480.0, 640.0, 1200.0] {
            let height = widget_height(&model, Lang::En, width);
            for view in &model.views {
                let layout = layout_view(&model, view, Lang::En, width);
                assert_eq!(layout.height, height);
                for mark in &layout.marks {
                    assert!(
                        mark.rect.y + mark.rect.height <= height,
                        "{} below the bottom at {width}",
                        mark.figure_id
                    );
                }
            }
        }
        Ok(())
    }

    #[test]
    fn nothing_is_laid_out_past_the_right_edge_on_a_phone() -> Result<(), ValidationErrors> {
        let model = Model::embedded()?;
        for lang in [Lang::En, Lang::Zh] {
            for view in &model.views {
                let layout = layout_view(&model, view, lang, 320.0);
                for shape in &layout.shapes {
                    let right = match shape {
                        Shape::Rect { rect, .. } | Shape::Hatched { rect, .. } => {
                            rect.x + rect.width
                        }
                        Shape::Text {
                            at,
                            text,
                            size,
                            bold,
                            ..
                        } => at.0 + text::text_width(text, *size, *bold),
                        Shape::Line { from, to, .. } => from.0.max(to.0),
                        Shape::Polygon { points, .. } => {
                            points.iter().map(|p| p.0).fold(0.0, f64::max)
                        }
                    };
                    assert!(right <= 320.0 - 11.0, "{shape:?} overflows in {}", view.id);
                }
            }
        }
        Ok(())
    }

    #[test]
    fn exported_layout_carries_the_source_line() -> Result<(), ValidationErrors> {
        let model = Model::embedded()?;
        let view = model.view("output").expect("output view");
        let export = layout_view_for_export(&model, view, Lang::En, 640.0);
        let on_screen = layout_view(&model, view, Lang::En, 640.0);
        let has_source = |layout: &Layout| {
            layout.shapes.iter().any(|shape| matches!(shape, Shape::Text { text, .. } if text.starts_with("Source: Lin Yiying")))
        };
        assert!(has_source(&export));
        assert!(
            !has_source(&on_screen),
            "on screen the source line is page text, not canvas"
        );
        Ok(())
    }

    #[test]
    fn the_legend_sits_at_the_bottom_edge_of_every_view() -> Result<(), ValidationErrors> {
        let model = Model::embedded()?;
        for view in &model.views {
            let layout = layout_view(&model, view, Lang::En, 640.0);
            let Some(Shape::Text { at, size, .. }) = layout.shapes.last() else {
                panic!("{}: the legend is the last shape", view.id)
            };
            let bottom = at.1 + line_height(*size);
            let pad = Scale::for_width(640.0).pad;
            assert!(
                (layout.height - pad - bottom).abs() < 1.0,
                "{}: legend ends at {bottom} of {}",
                view.id,
                layout.height
            );
        }
        Ok(())
    }

    #[test]
    fn nested_bars_shrink_and_sit_on_their_parent_track() -> Result<(), ValidationErrors> {
        let model = Model::embedded()?;
        let view = model.view("companies").expect("companies view");
        let layout = layout_view(&model, view, Lang::En, 640.0);
        let bars: Vec<Rect> = layout
            .shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Rect {
                    rect,
                    role: Role::Series(_),
                } => Some(*rect),
                _ => None,
            })
            .collect();
        let tracks = layout
            .shapes
            .iter()
            .filter(|shape| {
                matches!(
                    shape,
                    Shape::Rect {
                        role: Role::Track,
                        ..
                    }
                )
            })
            .count();
        assert_eq!(bars.len(), 3);
        assert_eq!(
            tracks, 2,
            "the 191 and 11 bars each sit on their parent's track"
        );
        assert!(bars[0].width > bars[1].width && bars[1].width > bars[2].width);
        let ratio = bars[1].width / bars[0].width;
        assert!((ratio - 191.0 / 615.0).abs() < 1e-9);
        Ok(())
    }

    #[test]
    fn hit_test_finds_the_mark_under_a_point() -> Result<(), ValidationErrors> {
        let model = Model::embedded()?;
        let view = model.view("talent").expect("talent view");
        let layout = layout_view(&model, view, Lang::En, 640.0);
        for mark in &layout.marks {
            let (x, y) = (
                mark.rect.x + mark.rect.width / 2.0,
                mark.rect.y + mark.rect.height / 2.0,
            );
            assert_eq!(
                layout.hit_test(x, y).map(|m| m.figure_id.as_str()),
                Some(mark.figure_id.as_str())
            );
        }
        assert!(layout.hit_test(1.0, 1.0).is_none());
        Ok(())
    }

    #[test]
    fn the_legend_says_what_each_bar_colour_means() -> Result<(), ValidationErrors> {
        let model = Model::embedded()?;
        for lang in Lang::ALL {
            for width in [320.0, 640.0] {
                for view in &model.views {
                    let layout = layout_view(&model, view, lang, width);
                    let colours: Vec<Role> = layout
                        .shapes
                        .iter()
                        .filter_map(|shape| match shape {
                            Shape::Rect {
                                role: role @ Role::Series(_),
                                ..
                            }
                            | Shape::Hatched {
                                role: role @ Role::Series(_),
                                ..
                            } => Some(*role),
                            _ => None,
                        })
                        .fold(Vec::new(), |mut seen, role| {
                            if !seen.contains(&role) {
                                seen.push(role);
                            }
                            seen
                        });
                    let texts: Vec<&str> = layout
                        .shapes
                        .iter()
                        .filter_map(|shape| match shape {
                            Shape::Text { text, .. } => Some(text.as_str()),
                            _ => None,
                        })
                        .collect();
                    if colours.len() > 1 {
                        // Each colour is named: by its group, or as shares of a whole.
                        assert_eq!(colours.len(), view.groups.len(), "{} at {width}", view.id);
                        for group in &view.groups {
                            assert!(
                                texts.contains(&group.label.get(lang)),
                                "{}: the legend names {}",
                                view.id,
                                group.id
                            );
                        }
                    } else {
                        assert!(view.groups.is_empty(), "{}: one colour, no legend", view.id);
                    }
                }
            }
        }
        let output = model.view("output").expect("output view");
        assert_eq!(
            output.groups.len(),
            2,
            "the output view names its two groups"
        );
        Ok(())
    }

    #[test]
    fn derived_figures_are_hatched_and_explained() -> Result<(), ValidationErrors> {
        let model = Model::embedded()?;
        let view = model.view("talent").expect("talent view");
        let layout = layout_view(&model, view, Lang::En, 640.0);
        assert!(layout.shapes.iter().any(|shape| matches!(
            shape,
            Shape::Hatched {
                role: Role::Series(_),
                ..
            }
        )));
        assert!(layout
            .shapes
            .iter()
            .any(|shape| matches!(shape, Shape::Text { text, .. } if text.starts_with("Derived"))));
        let companies = layout_view(
            &model,
            model.view("companies").expect("companies"),
            Lang::En,
            640.0,
        );
        assert!(!companies
            .shapes
            .iter()
            .any(|shape| matches!(shape, Shape::Hatched { .. })));
        Ok(())
    }
}
