//! What each layout asks of its figures together: one unit and currency on a view's scale,
//! nested bars within the bar above, periods in order along a time axis, lines of two points
//! or more, parts within their whole (the rest derived), and changes between two bars of the
//! view in a unit that fits them.

use super::checker::Checker;
use crate::error::{quote, short_number, DataPath, ErrorKind};
use crate::model::formula::Formula;
use crate::model::limits::{DERIVED_TOLERANCE, MAX_GROUPS, MAX_YEARS_SPANNED};
use crate::model::period::Period;
use crate::model::types::{
    groups_in_order, Figure, MarkKind, Provenance, Qualifier, Sealed, Text, Unit, ViewLayout,
};

/// Checks the view's figures together; for a stacked view whose parts fall short of their
/// whole, returns the remainder, a derived figure for the rest.
pub(super) fn check_layout(
    check: &mut Checker,
    path: &DataPath,
    view_id: &str,
    layout: ViewLayout,
    figures: &[Figure],
    positions: &[usize],
    remainder: Option<&Text>,
) -> Option<Figure> {
    let figures_path = path.key("figures");
    let at = |index: usize| figures_path.index(index);
    let bars: Vec<(usize, &Figure)> = positions
        .iter()
        .copied()
        .zip(figures)
        .filter(|(_, figure)| figure.mark == MarkKind::Bar)
        .collect();
    one_scale(check, &at, &bars);
    match layout {
        ViewLayout::Nested => nested(check, &at, &bars),
        ViewLayout::Bars => {}
        ViewLayout::Columns => in_time(check, &at, &bars, "column"),
        ViewLayout::Line => {
            let series = groups_in_order(bars.iter().map(|(_, bar)| *bar));
            for group in series {
                let points: Vec<(usize, &Figure)> = bars
                    .iter()
                    .copied()
                    .filter(|(_, bar)| bar.group.as_deref() == group)
                    .collect();
                if let [(index, _)] = points.as_slice() {
                    check.rule(
                        at(*index).key("as_of"),
                        "a line of two points or more (another figure of its group at another period)",
                        "a line of one point",
                    );
                }
                in_time(check, &at, &points, "point of a line");
            }
        }
        ViewLayout::Stacked => {
            return stacked(check, path, view_id, figures, positions, &bars, remainder);
        }
        ViewLayout::Change => changes(check, &at, figures, positions, &bars),
    }
    None
}

/// Bars in one view are drawn on one scale, which is only honest when they share a unit (and
/// for money, a currency).
fn one_scale<'p>(
    check: &mut Checker,
    at: &dyn Fn(usize) -> DataPath<'p>,
    bars: &[(usize, &Figure)],
) {
    let Some((_, first)) = bars.first() else {
        return;
    };
    for (index, bar) in &bars[1..] {
        if bar.unit != first.unit {
            check.rule(
                at(*index).key("unit"),
                format!("the unit of the view's other bars ({})", first.unit.name()),
                format!("\"{}\"", bar.unit.name()),
            );
        } else if bar.currency != first.currency {
            check.rule(
                at(*index).key("currency"),
                format!(
                    "the currency of the view's other bars ({}): one scale has one currency",
                    first.currency_code()
                ),
                quote(bar.currency_code()),
            );
        }
    }
}

/// Each bar of a nested view is part of the bar above it.
fn nested<'p>(check: &mut Checker, at: &dyn Fn(usize) -> DataPath<'p>, bars: &[(usize, &Figure)]) {
    for pair in bars.windows(2) {
        let ((_, previous), (index, bar)) = (pair[0], pair[1]);
        if bar.unit == previous.unit && bar.value > previous.value {
            check.push(
                at(index).key("value"),
                ErrorKind::OutOfRange {
                    expected: format!(
                        "at most {} (a nested bar is part of the bar above it)",
                        short_number(previous.value)
                    ),
                    found: bar.value,
                },
            );
        }
    }
}

/// Along a time axis, each figure's period starts after the one before it ends, and the
/// periods span at most [`MAX_YEARS_SPANNED`].
fn in_time<'p>(
    check: &mut Checker,
    at: &dyn Fn(usize) -> DataPath<'p>,
    bars: &[(usize, &Figure)],
    what: &str,
) {
    let mut previous: Option<&Figure> = None;
    let mut first_start = None;
    for &(index, bar) in bars {
        let Some(period) = bar.period else {
            continue;
        };
        let first_start = *first_start.get_or_insert(period.start());
        if period.end() - first_start > MAX_YEARS_SPANNED {
            check.rule(
                at(index).key("as_of"),
                format!(
                    "periods within {} years of the view's first",
                    short_number(MAX_YEARS_SPANNED)
                ),
                quote(&bar.as_of),
            );
        }
        if let Some(before) = previous.and_then(|figure| figure.period.map(|p| (figure, p))) {
            let (figure, before) = before;
            if period.start() < before.end() - 1e-9 {
                let expected = if period == before {
                    format!("a period no other {what} has")
                } else {
                    format!(
                        "a period after {} (each {what} later than the one before)",
                        quote(&figure.as_of)
                    )
                };
                check.rule(at(index).key("as_of"), expected, quote(&bar.as_of));
            }
        }
        previous = Some(bar);
    }
}

/// The parts of a stacked view stay within their whole (the one `whole` figure, or 100% for
/// shares); what the parts leave of it is derived as the remainder, named by the view.
fn stacked(
    check: &mut Checker,
    path: &DataPath,
    view_id: &str,
    figures: &[Figure],
    positions: &[usize],
    parts: &[(usize, &Figure)],
    remainder: Option<&Text>,
) -> Option<Figure> {
    let figures_path = path.key("figures");
    let at = |index: usize| figures_path.index(index);
    let wholes: Vec<(usize, &Figure)> = positions
        .iter()
        .copied()
        .zip(figures)
        .filter(|(_, figure)| figure.mark == MarkKind::Whole)
        .collect();
    if let Some((index, _)) = wholes.get(1) {
        check.rule(
            at(*index).key("mark"),
            "one whole in a stacked view",
            "a second",
        );
        return None;
    }
    let whole = wholes.first().copied();
    if let Some((index, _)) = parts.get(MAX_GROUPS) {
        check.rule(
            at(*index).key("mark"),
            format!("at most {MAX_GROUPS} parts in a stacked view, one colour each (and the rest, derived)"),
            format!("{} parts", parts.len()),
        );
        return None;
    }
    let (first_index, first) = *parts.first()?;
    match whole {
        Some((index, whole)) if whole.unit != first.unit || whole.currency != first.currency => {
            // Money in another currency than its parts' is a wrong currency, not a wrong unit.
            let (key, expected, found) = if whole.unit != first.unit {
                ("unit", first.unit.name(), whole.unit.name())
            } else {
                ("currency", first.currency_code(), whole.currency_code())
            };
            check.rule(
                at(index).key(key),
                format!("the {key} of its parts ({expected})"),
                quote(found),
            );
            return None;
        }
        None if first.unit != Unit::Share => {
            check.rule(
                at(first_index).key("unit"),
                "\"share\" for parts without a whole (a figure with mark \"whole\")",
                format!("\"{}\"", first.unit.name()),
            );
            return None;
        }
        _ => {}
    }
    if parts.iter().any(|(_, part)| part.unit != first.unit) {
        return None; // `one_scale` said so.
    }
    let total = whole.map_or(1.0, |(_, whole)| whole.value);
    let tolerance = DERIVED_TOLERANCE * total.abs().max(1e-9);
    let sum: f64 = parts.iter().map(|(_, part)| part.value).sum();
    if sum > total + tolerance {
        let (last_index, _) = parts[parts.len() - 1];
        check.push(
            at(last_index).key("value"),
            ErrorKind::OutOfRange {
                expected: format!(
                    "parts that add up to at most their whole ({}), found with this one",
                    short_number(total)
                ),
                found: sum,
            },
        );
        return None;
    }
    if total - sum <= tolerance {
        return None;
    }
    let Some(label) = remainder else {
        check.missing(
            path.key("remainder"),
            "a value (what the rest of the whole is: the parts fall short of it)",
        );
        return None;
    };
    let derived = parts
        .iter()
        .chain(&whole)
        .find(|(_, figure)| figure.provenance != Provenance::Reported);
    if let Some((index, _)) = derived {
        check.rule(
            at(*index).key("kind"),
            "\"reported\" (the rest of the whole is derived from reported parts and whole)",
            "\"derived\"",
        );
        return None;
    }
    let ids: Vec<&str> = parts.iter().map(|(_, part)| part.id.as_str()).collect();
    let hedged = parts
        .iter()
        .chain(&whole)
        .any(|(_, figure)| figure.qualifier != Qualifier::Exact);
    let basis = whole.map_or(first, |(_, whole)| whole);
    Some(Figure {
        // Ids of a document have no `.`, so this one never meets one of them.
        id: format!("{view_id}.remainder"),
        mark: MarkKind::Bar,
        group: None,
        label: label.clone(),
        note: None,
        value: total - sum,
        unit: basis.unit,
        unit_label: basis.unit_label.clone(),
        currency: basis.currency,
        change: false,
        qualifier: if hedged {
            Qualifier::About
        } else {
            Qualifier::Exact
        },
        as_of: basis.as_of.clone(),
        period: basis.period,
        provenance: Provenance::Derived {
            formula: Formula::remainder(whole.map(|(_, whole)| whole.id.as_str()), &ids),
        },
        quote: basis.quote.clone(),
        number: None,
        check: None,
        reading: None,
        ends: None,
        _sealed: Sealed,
    })
}

/// Each change of a change view goes from one bar of the view to another, in a unit that fits
/// them (points or a rate between rates or shares, their own unit between counts or sums of
/// money); every bar is an end of a change.
fn changes<'p>(
    check: &mut Checker,
    at: &dyn Fn(usize) -> DataPath<'p>,
    figures: &[Figure],
    positions: &[usize],
    bars: &[(usize, &Figure)],
) {
    let mut ends_named: Vec<&str> = Vec::new();
    for (&index, change) in positions.iter().zip(figures) {
        let Some((from, to)) = &change.ends else {
            continue;
        };
        let mut ends = Vec::new();
        for (name, id) in [("from", from), ("to", to)] {
            match bars.iter().find(|(_, bar)| bar.id == *id) {
                Some((_, bar)) => ends.push(*bar),
                None => check.rule(
                    at(index).key(name),
                    "the id of a bar of this view",
                    quote(id),
                ),
            }
            ends_named.push(id);
        }
        let [end, _] = ends[..] else {
            continue;
        };
        let fits = match end.unit {
            Unit::Rate | Unit::Share => matches!(change.unit, Unit::Points | Unit::Rate),
            unit => change.unit == unit,
        };
        if !fits {
            let expected = match end.unit {
                Unit::Rate | Unit::Share => {
                    format!(
                        "\"points\" or \"rate\" for a change of a {}",
                        end.unit.name()
                    )
                }
                unit => format!("\"{}\", the unit of its ends", unit.name()),
            };
            check.rule(
                at(index).key("unit"),
                expected,
                format!("\"{}\"", change.unit.name()),
            );
        } else if change.currency != end.currency {
            check.rule(
                at(index).key("currency"),
                "the currency of its ends",
                quote(change.currency_code()),
            );
        }
    }
    for (index, bar) in bars {
        if !ends_named.contains(&bar.id.as_str()) {
            check.rule(
                at(*index).key("mark"),
                "a bar that a change of the view goes from or to",
                "a bar no change names",
            );
        }
    }
}

/// A derived figure never compares a level of one period with one of another length in the same
/// unit: output in the first half of 2018 is not comparable with a whole year's.
pub(super) fn check_periods_compared(
    check: &mut Checker,
    path: &DataPath,
    formula: &Formula,
    reported: &[&Figure],
) {
    // The first level of each unit met, with its period.
    let mut firsts: Vec<(&Figure, Period)> = Vec::new();
    for id in formula.ids() {
        let Some(figure) = reported.iter().find(|figure| figure.id == id) else {
            continue;
        };
        // Only levels of one measure compare: a change over a range beside a level is not a
        // comparison of periods.
        let Some(period) = figure.period.filter(|_| !figure.change) else {
            continue;
        };
        let Some(&(other, other_period)) =
            firsts.iter().find(|(other, _)| other.unit == figure.unit)
        else {
            firsts.push((figure, period));
            continue;
        };
        if (other_period.years() - period.years()).abs() > 1e-9 {
            check.rule(
                path.key("formula"),
                format!(
                    "figures of periods of one length ({} and {} are not: a part of a period \
                     is never compared with a whole one)",
                    quote(&other.as_of),
                    quote(&figure.as_of)
                ),
                quote(&formula.text),
            );
            return;
        }
    }
}
