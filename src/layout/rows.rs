//! Rows a layout may carry under its chart: share bars (a part of a 100% track, the value
//! inside it where it fits), notes (a sentence with the value in it, marked by an accent rule)
//! and the document's readings of its article (where it could be read otherwise), which every
//! view says under its figures, with a Chinese chart's 注 line after them.

use super::builder::{line_height, Builder};
use super::shape::{Baseline, Rect, Shape};
use super::Mark;
use crate::model::{Figure, MarkKind, Provenance};
use crate::text;
use crate::theme::Role;

pub(super) fn shares(b: &mut Builder<'_>) {
    let shares: Vec<&Figure> = b.view.marked(MarkKind::Share).collect();
    let pad = b.scale.pad;
    for figure in shares {
        let row_top = b.row_label(figure);
        let whole = Rect {
            x: pad,
            y: b.y,
            width: b.inner_width(),
            height: b.scale.bar,
        };
        b.shapes.push(Shape::Rect {
            rect: whole,
            role: Role::Track,
        });
        let part = Rect {
            width: whole.width * figure.value,
            ..whole
        };
        let role = b.share_role();
        let value = text::short_value(figure, b.lang);
        let value_width = text::text_width(&value, b.scale.value, true);
        match figure.provenance {
            Provenance::Reported => b.shapes.push(Shape::Rect { rect: part, role }),
            Provenance::Derived { .. } => b.shapes.push(Shape::Hatched { rect: part, role }),
        }
        let inside = value_width + 12.0 <= part.width && figure.provenance == Provenance::Reported;
        let after = part.x + part.width + 6.0;
        let middle = whole.y + whole.height / 2.0;
        let mut bottom = whole.y + whole.height;
        let (at, text_role) = if inside {
            ((part.x + 6.0, middle), Role::OnSeries)
        } else if after + value_width <= pad + b.inner_width() {
            ((after, middle), Role::Text)
        } else {
            // Neither in the part nor after it on a narrow chart (`près de 50 %` at 240 px):
            // under the bar, on a line of its own.
            let line = line_height(b.scale.value);
            bottom += line;
            ((pad, bottom - line / 2.0), Role::Text)
        };
        b.shapes.push(Shape::Text {
            at,
            text: value,
            size: b.scale.value,
            bold: true,
            role: text_role,
            baseline: Baseline::Middle,
        });
        b.end_row(figure, row_top, bottom);
    }
}

pub(super) fn notes(b: &mut Builder<'_>) {
    let notes: Vec<&Figure> = b.view.marked(MarkKind::Note).collect();
    let pad = b.scale.pad;
    for figure in notes {
        let top = b.y;
        let indent = 12.0;
        let role = if figure.provenance == Provenance::Reported {
            Role::Text
        } else {
            Role::MutedText
        };
        let height = b.paragraph(
            pad + indent,
            &text::note_text(figure, b.lang),
            b.scale.label,
            true,
            role,
            b.inner_width() - indent,
        );
        // An accent rule to the left marks the sentence as a figure, not prose.
        b.shapes.push(Shape::Line {
            from: (pad + 2.0, top + 1.0),
            to: (pad + 2.0, top + height - 1.0),
            role: Role::Series(0),
            width: 3.0,
        });
        b.marks.push(Mark {
            figure_id: figure.id.clone(),
            rect: Rect {
                x: pad,
                y: top,
                width: b.inner_width(),
                height,
            },
        });
        b.y += b.scale.gap * 0.6;
    }
}

/// The view's reading of its article and each figure's, in muted text under the chart: an
/// inference the article does not state is said where it is drawn.
pub(super) fn readings(b: &mut Builder<'_>) {
    let view = b.view;
    let readings = view.reading.iter().chain(
        view.figures
            .iter()
            .filter_map(|figure| figure.reading.as_ref()),
    );
    let (pad, inner) = (b.scale.pad, b.inner_width());
    // A size under the notes': a reading qualifies the chart, it is not one of its figures.
    let size = b.scale.small
        - if b.width < super::COMPACT_WIDTH {
            1.0
        } else {
            0.0
        };
    for reading in readings {
        let said = text::reading_line(reading.get(b.lang), b.lang);
        b.paragraph(pad, &said, size, false, Role::MutedText, inner);
        b.y += 4.0;
    }
    // A Chinese chart's 注: its approximate words and derived values, said once.
    if let Some(note) = text::approximation_note(view, b.lang) {
        b.paragraph(pad, &note, size, false, Role::MutedText, inner);
        b.y += 4.0;
    }
}
