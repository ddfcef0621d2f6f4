//! View layout: turns one view of the model into plain geometry (rectangles, lines, text
//! anchors, in CSS pixels) and the marks that hit-testing and accessibility use.
//!
//! Layout owns every placement decision: sizes, wrapping, where labels go, the widget's height
//! for a width. It knows nothing about plotters or the browser; `draw` paints what it returns.
//! Height is a function of width (and language) only, the same for every view, so switching
//! views never moves the page and the widget can never grow from its own output.
//!
//! One file a layout (`bars`, `nested`, `columns`, `line`, `stacked`, `change`), each a
//! function that places the view's figures on a [`Builder`](builder::Builder), which carries
//! what every layout shares: the type scale, the heading, row labels and marks, and the end of
//! the view. `rows` holds the share bars and notes a layout carries under its chart, `time`
//! the time axis the time layouts share, `legend` the legend, `shape` the geometry itself.

mod bars;
mod builder;
mod change;
mod columns;
mod legend;
mod line;
mod nested;
mod rows;
mod shape;
mod stacked;
mod time;

pub use shape::{Baseline, Rect, Shape};

use crate::model::{Lang, Model, View, ViewLayout};
use crate::text;
use builder::Builder;

/// Narrower than this, the widget uses its compact type scale.
pub const COMPACT_WIDTH: f64 = 480.0;
/// The margin around the chart, which the host's tabs and footer line up with.
pub const PAD: f64 = 20.0;
pub const COMPACT_PAD: f64 = 12.0;
/// The smallest width laid out; narrower containers get this width and clip.
pub const MIN_WIDTH: f64 = 240.0;
pub const MAX_WIDTH: f64 = 4096.0;

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
    /// Further places a figure is drawn (a part's segment of a stacked bar, beside its row),
    /// found by hit-testing but not walked by the keyboard, which goes by `marks`.
    pub hits: Vec<Mark>,
    /// Shapes from this index on are the footer (the legend), kept at the bottom edge.
    footer_start: usize,
}

impl Layout {
    pub fn mark(&self, figure_id: &str) -> Option<&Mark> {
        self.marks.iter().find(|mark| mark.figure_id == figure_id)
    }

    /// The figure under a point: the smallest mark it is on, so nested marks win over their
    /// parents. A mark smaller than a finger (a point's dot) is on within [`shape::TARGET`] of
    /// its centre (`Rect::reach`); the further places a figure is drawn (`hits`: a part's segment
    /// of a bar, beside the next) only within themselves, so a thin one never takes the pointer
    /// from the segment beside it.
    pub fn hit_test(&self, x: f64, y: f64) -> Option<&Mark> {
        self.marks
            .iter()
            .filter(|mark| mark.rect.reach().contains(x, y))
            .chain(self.hits.iter().filter(|mark| mark.rect.contains(x, y)))
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
        .map(|view| build(view, lang, width, None))
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
    build(view, lang, width, Some(text::source_line(model, lang)))
}

/// One view laid out by its layout, with the source line under it when one is given.
fn build(view: &View, lang: Lang, width: f64, source: Option<String>) -> Layout {
    let mut builder = Builder::new(view, lang, width);
    builder.source = source;
    builder.heading();
    match view.layout {
        ViewLayout::Bars => bars::lay_out(&mut builder),
        ViewLayout::Nested => nested::lay_out(&mut builder),
        ViewLayout::Columns => columns::lay_out(&mut builder),
        ViewLayout::Line => line::lay_out(&mut builder),
        ViewLayout::Stacked => stacked::lay_out(&mut builder),
        ViewLayout::Change => change::lay_out(&mut builder),
    }
    builder.finish()
}

pub fn clamp_width(width: f64) -> f64 {
    if width.is_finite() {
        width.clamp(MIN_WIDTH, MAX_WIDTH)
    } else {
        MIN_WIDTH
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::builder::{line_height, Scale};
    use super::*;
    use crate::error::ValidationErrors;
    use crate::model::Model;
    use crate::theme::Role;

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
            // The tallest view's own height, each view laid out alone: no view is cut, and no
            // view is given more room than the tallest needs.
            let alone: Vec<Layout> = (model.views.iter())
                .map(|view| build(view, Lang::En, clamp_width(width), None))
                .collect();
            let tallest = alone.iter().map(|layout| layout.height).fold(0.0, f64::max);
            assert_eq!(height, tallest.ceil(), "at {width}");
            assert!(
                alone.iter().any(|layout| layout.height < height),
                "the views differ at {width}"
            );
            let lowest = |layout: &Layout| {
                (layout.shapes.iter())
                    .map(|shape| shape.bounds().3)
                    .fold(0.0, f64::max)
            };
            for (view, own) in model.views.iter().zip(&alone) {
                let layout = layout_view(&model, view, Lang::En, width);
                assert_eq!(layout.height, height);
                // A shorter view keeps its footer (legend, notes) at the bottom edge.
                let moved = lowest(&layout) - lowest(own);
                assert!(
                    (moved - (height - own.height)).abs() < 1e-9,
                    "{} footer moved {moved} at {width}",
                    view.id
                );
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
                    let right = shape.bounds().2;
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

    /// Issue 23: a Chinese chart writes its qualifiers as words, so it draws no sign and no
    /// key to the signs, and says its approximate words and derived values in a 注 line.
    #[test]
    fn a_chinese_chart_writes_qualifiers_in_words_and_notes_them() -> Result<(), ValidationErrors> {
        let model = Model::embedded()?;
        for lang in [Lang::Zh, Lang::Hant] {
            for width in [360.0, 640.0] {
                for view in &model.views {
                    let layout = layout_view(&model, view, lang, width);
                    let texts: Vec<&str> = layout
                        .shapes
                        .iter()
                        .filter_map(|shape| match shape {
                            Shape::Text { text, .. } => Some(text.as_str()),
                            _ => None,
                        })
                        .collect();
                    for text in &texts {
                        assert!(
                            !text.contains('>') && !text.contains('≈'),
                            "{lang:?} {} at {width}: {text}",
                            view.id
                        );
                    }
                    let note = crate::text::approximation_note(view, lang).unwrap_or_default();
                    let drawn: String = texts
                        .iter()
                        .skip_while(|text| !text.starts_with(note.get(..6).unwrap_or("?")))
                        .copied()
                        .collect();
                    assert!(drawn.starts_with(&note), "{lang:?} {}: {texts:?}", view.id);
                }
            }
        }
        let talent = model.view("talent").expect("talent view");
        let texts: Vec<String> = layout_view(&model, talent, Lang::Zh, 640.0)
            .shapes
            .into_iter()
            .filter_map(|shape| match shape {
                Shape::Text { text, .. } => Some(text),
                _ => None,
            })
            .collect();
        for label in ["约140名", "超700", "近50%"] {
            assert!(
                texts.iter().any(|text| text.contains(label)),
                "{label}: {texts:?}"
            );
        }
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
