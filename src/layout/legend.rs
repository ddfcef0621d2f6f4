//! The legend under a view, as items flowing in lines: what each bar colour means (when bars
//! are in several groups), what hatching means, and what the qualifier signs mean, each only
//! where the view uses it.

use super::builder::{line_height, Builder};
use super::shape::{Rect, Shape};
use crate::model::{MarkKind, Provenance, Qualifier};
use crate::text;
use crate::theme::Role;

/// The legend, as items flowing in lines: what each bar colour means (when bars are in
/// several groups), what hatching means, and what the qualifier signs mean, each only when
/// the view uses it.
pub(super) fn legend(b: &mut Builder<'_>) {
    let view = b.view;
    let ui = text::ui(b.lang);
    let extra = std::mem::take(&mut b.legend_items);
    let mut items: Vec<(Option<Shape>, &str)> = Vec::new();
    let swatch = |role: Role| {
        Some(Shape::Rect {
            rect: Rect::default(),
            role,
        })
    };
    if b.groups.len() >= 2 && b.group_legend {
        // The model lists a view's groups in the order their bars first appear, which is
        // the order `series_of` gave them their colours.
        for (index, group) in view.groups.iter().enumerate() {
            items.push((swatch(Role::Series(index)), group.label.get(b.lang)));
        }
        if view
            .figures
            .iter()
            .any(|figure| figure.mark == MarkKind::Share)
        {
            items.push((swatch(b.share_role()), ui.share_legend));
        }
    }
    for (shape, label) in &extra {
        items.push((shape.clone(), label.as_str()));
    }
    let figures = &view.figures;
    if b.derived_legend
        && figures
            .iter()
            .any(|figure| matches!(figure.provenance, Provenance::Derived { .. }))
    {
        let derived = b.derived_swatch.clone().unwrap_or(Shape::Hatched {
            rect: Rect::default(),
            role: Role::MutedText,
        });
        let label = if matches!(derived, Shape::Dot { .. }) {
            ui.derived_point_legend
        } else {
            ui.derived_legend
        };
        items.push((Some(derived), label));
    }
    // Chinese labels write the qualifiers as words (超, 近, 约), which need no key.
    let signs = text::qualifiers_need_a_key(b.lang);
    if signs
        && figures
            .iter()
            .any(|figure| figure.qualifier == Qualifier::MoreThan)
    {
        items.push((None, ui.more_than_legend));
    }
    if signs
        && figures
            .iter()
            .any(|figure| matches!(figure.qualifier, Qualifier::Nearly | Qualifier::About))
    {
        items.push((None, ui.about_legend));
    }
    if items.is_empty() {
        return;
    }
    let (pad, small) = (b.scale.pad, b.scale.small);
    let (right, line) = (pad + b.inner_width(), line_height(small));
    let (swatch_width, item_gap) = (14.0, 14.0);
    b.y += 4.0;
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
            b.y += line + 4.0;
        }
        if let Some(mut mark) = mark {
            match &mut mark {
                Shape::Rect { rect, .. }
                | Shape::Hatched { rect, .. }
                | Shape::Frame { rect, .. } => {
                    // As tall as the text's capitals, centred on its line.
                    *rect = Rect {
                        x,
                        y: b.y + (line - small * 0.8) / 2.0,
                        width: swatch_width,
                        height: small * 0.8,
                    };
                }
                Shape::Dot { center, radius, .. } => {
                    *center = (x + swatch_width / 2.0, b.y + line / 2.0);
                    *radius = small * 0.35;
                }
                _ => {}
            }
            b.shapes.push(mark);
        }
        // An item wider than a line wraps on its own lines.
        let top = b.y;
        let height = b.paragraph(
            x + text_x,
            label,
            small,
            false,
            Role::MutedText,
            right - x - text_x,
        );
        b.y = top + (height - line).max(0.0);
        x += width + item_gap;
    }
    b.y += line;
}
