//! The rules of one view: its id, layout and texts, its number of figures, and the groups
//! its bars are in; each figure's own rules and what its layout asks of them together are
//! asked of `figure` and `layout`.

use super::checker::Checker;
use super::figure::check_figure;
use super::layout::check_layout;
use crate::error::{quote, DataPath};
use crate::model::formula::is_id;
use crate::model::limits::{
    MAX_FIGURES_CHECKED_PER_VIEW, MAX_FIGURES_PER_VIEW, MAX_GROUPS, MAX_ID_CHARS, MAX_LABEL_CHARS,
    MAX_LEGEND_CHARS, MAX_READING_CHARS, MAX_TAB_CHARS,
};
use crate::model::read::{RawGroup, RawView};
use crate::model::types::{groups_in_order, Figure, Group, MarkKind, Sealed, View, ViewLayout};

/// Every layout with its name in the data format; format 1 knows the first two.
const LAYOUTS: [(&str, ViewLayout); 6] = [
    ("nested", ViewLayout::Nested),
    ("bars", ViewLayout::Bars),
    ("columns", ViewLayout::Columns),
    ("line", ViewLayout::Line),
    ("stacked", ViewLayout::Stacked),
    ("change", ViewLayout::Change),
];

/// The view, and the document index of each figure it kept (a remainder the checker adds has
/// the index of the view's figures array length).
pub(super) fn check_view(check: &mut Checker, path: &DataPath, raw: RawView) -> (View, Vec<usize>) {
    check.id(path.key("id"), &raw.id);
    let layouts = if check.format == 1 {
        &LAYOUTS[..2]
    } else {
        &LAYOUTS[..]
    };
    let layout = check.one_of(path.key("layout"), &raw.layout, layouts);
    let tab = check.texts(&path.key("tab"), raw.tab, MAX_TAB_CHARS);
    let title = check.texts(&path.key("title"), raw.title, MAX_LABEL_CHARS);
    let subtitle = raw
        .subtitle
        .map(|subtitle| check.texts(&path.key("subtitle"), subtitle, MAX_LABEL_CHARS));
    let reading = raw
        .reading
        .map(|reading| check.texts(&path.key("reading"), reading, MAX_READING_CHARS));
    let remainder = raw
        .remainder
        .map(|remainder| check.texts(&path.key("remainder"), remainder, MAX_LABEL_CHARS));
    if remainder.is_some() && layout.is_some_and(|layout| layout != ViewLayout::Stacked) {
        check.rule(
            path.key("remainder"),
            "no remainder outside a stacked view",
            "a remainder",
        );
    }

    let figures_path = path.key("figures");
    let n_given = raw.figures.len();
    if raw.figures.is_empty() || raw.figures.len() > MAX_FIGURES_PER_VIEW {
        check.rule(
            figures_path,
            format!("1 to {MAX_FIGURES_PER_VIEW} figures"),
            format!("{} figures", raw.figures.len()),
        );
    }
    let (mut kept, mut figures): (Vec<usize>, Vec<Figure>) = raw
        .figures
        .into_iter()
        .take(MAX_FIGURES_CHECKED_PER_VIEW)
        .enumerate()
        .filter_map(|(index, raw_figure)| {
            check_figure(check, &figures_path.index(index), raw_figure, layout)
                .map(|figure| (index, figure))
        })
        .unzip();

    // What a layout asks of its figures together is asked only when each kept its own rules:
    // a part or an end left out for its own error would only give more errors about itself.
    let all_kept = kept.len() == n_given.min(MAX_FIGURES_CHECKED_PER_VIEW);
    if let Some(layout) = layout.filter(|_| all_kept) {
        let rest = check_layout(
            check,
            path,
            &raw.id,
            layout,
            &figures,
            &kept,
            remainder.as_ref(),
        );
        if let Some(rest) = rest {
            figures.push(rest);
            kept.push(n_given);
        }
    }
    let groups = check_groups(check, path, raw.groups, &figures, &kept);

    let view = View {
        id: raw.id,
        layout: layout.unwrap_or(ViewLayout::Bars),
        tab,
        title,
        subtitle,
        groups,
        reading,
        figures,
        _sealed: Sealed,
    };
    (view, kept)
}

/// The legend's groups: bars in two or more groups must each name a group the view lists, so a
/// reader is told what each colour means; every group listed must have a bar. Returned in the
/// order their bars first appear, the order of their colours.
fn check_groups(
    check: &mut Checker,
    path: &DataPath,
    raw: Option<Vec<RawGroup>>,
    figures: &[Figure],
    positions: &[usize],
) -> Vec<Group> {
    let groups_path = path.key("groups");
    let listed: Vec<Group> = raw
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(index, group)| {
            let path = groups_path.index(index);
            check.id(path.key("id"), &group.id);
            Group {
                label: check.texts(&path.key("label"), group.label, MAX_LEGEND_CHARS),
                id: group.id,
                _sealed: Sealed,
            }
        })
        .collect();
    for (index, group) in listed.iter().enumerate() {
        if listed[..index].iter().any(|other| other.id == group.id) {
            check.rule(
                groups_path.index(index).key("id"),
                "an id no other group of the view has",
                quote(&group.id),
            );
        }
    }
    let used = groups_in_order(figures.iter().filter(|figure| figure.mark == MarkKind::Bar));
    let beside_shares = figures.iter().any(|figure| figure.mark == MarkKind::Share);
    let most = if beside_shares {
        MAX_GROUPS - 1
    } else {
        MAX_GROUPS
    };
    if used.len() > most {
        let shares = if beside_shares {
            " beside share bars"
        } else {
            ""
        };
        check.rule(
            groups_path,
            format!("at most {most} groups of bars{shares}, one colour each"),
            format!("{} groups", used.len()),
        );
    }
    if used.len() < 2 && listed.is_empty() {
        return Vec::new();
    }
    // A group whose id breaks the id rule has that error; its bars naming the id as it should
    // have been written, and the group then having no bar, would only repeat it.
    if listed
        .iter()
        .any(|group| group.id.len() > MAX_ID_CHARS || !is_id(&group.id))
    {
        return Vec::new();
    }
    let figures_path = path.key("figures");
    for (&index, figure) in positions.iter().zip(figures) {
        if figure.mark != MarkKind::Bar {
            continue;
        }
        let named = figure.group.as_deref();
        if !named.is_some_and(|id| listed.iter().any(|group| group.id == id)) {
            check.rule(
                figures_path.index(index).key("group"),
                "a group listed in the view's \"groups\" (what its colour means)",
                named.map_or_else(|| "nothing".to_string(), quote),
            );
        }
    }
    for (index, group) in listed.iter().enumerate() {
        if !used.contains(&Some(group.id.as_str())) {
            check.rule(
                groups_path.index(index).key("id"),
                "a group that a bar of the view is in",
                quote(&group.id),
            );
        }
    }
    used.iter()
        .filter_map(|id| listed.iter().find(|group| Some(group.id.as_str()) == *id))
        .cloned()
        .collect()
}
