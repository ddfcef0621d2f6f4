//! Signed verbs: the change verbs and nouns that give a number its direction (`fell 4.7
//! points`, `a 15.6% rise`, `下降4.7个百分点`).

use super::lookup::{ends_with_any, find_word};

/// Which way a change verb takes the number: `rose 5%`, `fell 4.7 points`, `增长15.6%`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// Change verbs and nouns before a number (`fell by`, `a rise of`, `下降了`): the longest that
/// ends right before it (or before its hedge), one space allowed; an English one starts a word.
const DIRECTIONS_BEFORE: &[(&str, Direction)] = &[
    ("fell", Direction::Down),
    ("fell by", Direction::Down),
    ("fallen", Direction::Down),
    ("fallen by", Direction::Down),
    ("falling", Direction::Down),
    ("dropped", Direction::Down),
    ("dropped by", Direction::Down),
    ("declined", Direction::Down),
    ("declined by", Direction::Down),
    ("decreased", Direction::Down),
    ("decreased by", Direction::Down),
    ("down", Direction::Down),
    ("down by", Direction::Down),
    ("shrank", Direction::Down),
    ("shrank by", Direction::Down),
    ("lost", Direction::Down),
    ("a drop of", Direction::Down),
    ("a fall of", Direction::Down),
    ("a decline of", Direction::Down),
    ("a decrease of", Direction::Down),
    ("rose", Direction::Up),
    ("rose by", Direction::Up),
    ("risen", Direction::Up),
    ("risen by", Direction::Up),
    ("rising", Direction::Up),
    ("increased", Direction::Up),
    ("increased by", Direction::Up),
    ("grew", Direction::Up),
    ("grew by", Direction::Up),
    ("grown", Direction::Up),
    ("grown by", Direction::Up),
    ("gained", Direction::Up),
    ("climbed", Direction::Up),
    ("jumped", Direction::Up),
    ("up", Direction::Up),
    ("up by", Direction::Up),
    ("a rise of", Direction::Up),
    ("an increase of", Direction::Up),
    ("a gain of", Direction::Up),
    ("growth of", Direction::Up),
    ("下降", Direction::Down),
    ("下降了", Direction::Down),
    ("减少", Direction::Down),
    ("减少了", Direction::Down),
    ("下跌", Direction::Down),
    ("下滑", Direction::Down),
    ("回落", Direction::Down),
    ("降低", Direction::Down),
    ("降低了", Direction::Down),
    ("下调", Direction::Down),
    ("增长", Direction::Up),
    ("增长了", Direction::Up),
    ("增加", Direction::Up),
    ("增加了", Direction::Up),
    ("上升", Direction::Up),
    ("上升了", Direction::Up),
    ("提高", Direction::Up),
    ("提高了", Direction::Up),
    ("上涨", Direction::Up),
    ("上调", Direction::Up),
];

/// Change nouns right after a number (`a 15.6% rise`, `4.7 points lower`).
const DIRECTIONS_AFTER: &[(&str, Direction)] = &[
    (" rise", Direction::Up),
    (" increase", Direction::Up),
    (" gain", Direction::Up),
    (" jump", Direction::Up),
    (" growth", Direction::Up),
    (" higher", Direction::Up),
    (" drop", Direction::Down),
    (" fall", Direction::Down),
    (" decline", Direction::Down),
    (" decrease", Direction::Down),
    (" lower", Direction::Down),
];

/// The direction a change verb or noun that ends `before` gives the number after it (`fell by`,
/// `a rise of`, `下降了`), one space allowed.
pub(super) fn direction_before(before: &str) -> Option<Direction> {
    ends_with_any(before, DIRECTIONS_BEFORE).map(|(_, direction)| direction)
}

/// The direction a change noun right after a number gives it (`a 15.6% rise`).
pub(super) fn direction_after(rest: &str) -> Option<Direction> {
    find_word(rest, DIRECTIONS_AFTER).map(|(_, direction)| direction)
}
