//! Periods of time, as a figure's `as_of` writes them: `2018`, `2018-H1`, `2020-Q3`,
//! `2018-06`, `2014-01-08`, and ranges of two of one kind, `2014/2017` (ISO 8601's interval
//! mark). The time layouts place each figure at its period, in proportion to time, so an
//! uneven gap between two periods shows as one.
//!
//! Read by bytes, without `str::parse` (integer parsing would be linked into the wasm for
//! this alone).

/// A period: one year, half, quarter, month or day, or a range from one to another of the
/// same kind (`from == to` for a single one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: Moment,
    pub to: Moment,
}

/// One period of a calendar: a year and which part of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moment {
    pub year: u32,
    pub part: Part,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Year,
    /// 1 or 2.
    Half(u8),
    /// 1 to 4.
    Quarter(u8),
    /// 1 to 12.
    Month(u8),
    /// Month 1 to 12, day 1 to its month's length.
    Day(u8, u8),
}

impl Period {
    /// Reads `as_of` as a period, if it is written as one.
    pub fn parse(text: &str) -> Option<Period> {
        let bytes = text.as_bytes();
        match bytes.iter().position(|&byte| byte == b'/') {
            Some(slash) => {
                let from = Moment::parse(text.get(..slash)?)?;
                let to = Moment::parse(text.get(slash + 1..)?)?;
                let same_kind =
                    std::mem::discriminant(&from.part) == std::mem::discriminant(&to.part);
                (same_kind && from.start() < to.start()).then_some(Period { from, to })
            }
            None => Moment::parse(text).map(|moment| Period {
                from: moment,
                to: moment,
            }),
        }
    }

    pub fn is_range(&self) -> bool {
        self.from != self.to
    }

    /// When the period starts, in years (2018.5 is the start of July 2018).
    pub fn start(&self) -> f64 {
        self.from.start()
    }

    /// When the period ends: the start of the next one.
    pub fn end(&self) -> f64 {
        self.to.end()
    }

    /// How long the period lasts, in years.
    pub fn years(&self) -> f64 {
        self.end() - self.start()
    }

    pub fn middle(&self) -> f64 {
        (self.start() + self.end()) / 2.0
    }

    /// Whether the period is a whole year of the calendar or a range of whole years.
    pub fn is_years(&self) -> bool {
        self.from.part == Part::Year
    }
}

impl Moment {
    fn parse(text: &str) -> Option<Moment> {
        let bytes = text.as_bytes();
        let year = number(bytes.get(..4)?)?;
        if year == 0 {
            return None;
        }
        let part = match bytes.get(4..)? {
            [] => Part::Year,
            [b'-', b'H', half] => Part::Half(in_range(number(&[*half])?, 1, 2)?),
            [b'-', b'Q', quarter] => Part::Quarter(in_range(number(&[*quarter])?, 1, 4)?),
            [b'-', m1, m2] => Part::Month(in_range(number(&[*m1, *m2])?, 1, 12)?),
            [b'-', m1, m2, b'-', d1, d2] => {
                let month = in_range(number(&[*m1, *m2])?, 1, 12)?;
                let day = in_range(number(&[*d1, *d2])?, 1, days_in_month(year, month))?;
                Part::Day(month, day)
            }
            _ => return None,
        };
        Some(Moment { year, part })
    }

    /// When the moment starts, in years.
    pub fn start(&self) -> f64 {
        let year = f64::from(self.year);
        match self.part {
            Part::Year => year,
            Part::Half(half) => year + f64::from(half - 1) / 2.0,
            Part::Quarter(quarter) => year + f64::from(quarter - 1) / 4.0,
            Part::Month(month) => year + f64::from(month - 1) / 12.0,
            Part::Day(month, day) => {
                year + day_of_year(self.year, month, day) / days_in_year(self.year)
            }
        }
    }

    /// When the next moment of its kind starts.
    pub fn end(&self) -> f64 {
        let length = match self.part {
            Part::Year => 1.0,
            Part::Half(_) => 0.5,
            Part::Quarter(_) => 0.25,
            Part::Month(_) => 1.0 / 12.0,
            Part::Day(..) => 1.0 / days_in_year(self.year),
        };
        self.start() + length
    }
}

/// Decimal digits as a number, none other allowed.
fn number(digits: &[u8]) -> Option<u32> {
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(
        digits
            .iter()
            .fold(0, |n, digit| n * 10 + u32::from(digit - b'0')),
    )
}

fn in_range(value: u32, low: u8, high: u8) -> Option<u8> {
    (u32::from(low)..=u32::from(high))
        .contains(&value)
        .then_some(value as u8)
}

fn is_leap(year: u32) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

fn days_in_year(year: u32) -> f64 {
    if is_leap(year) {
        366.0
    } else {
        365.0
    }
}

fn days_in_month(year: u32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days before `day` in its year.
fn day_of_year(year: u32, month: u8, day: u8) -> f64 {
    let before: u32 = (1..month)
        .map(|earlier| u32::from(days_in_month(year, earlier)))
        .sum();
    f64::from(before + u32::from(day) - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_read_as_iso_writes_them() {
        let years = |text: &str| Period::parse(text).map(|period| (period.start(), period.end()));
        assert_eq!(years("2018"), Some((2018.0, 2019.0)));
        assert_eq!(years("2018-H2"), Some((2018.5, 2019.0)));
        assert_eq!(years("2020-Q3"), Some((2020.5, 2020.75)));
        assert_eq!(years("2014/2017"), Some((2014.0, 2018.0)));
        assert_eq!(years("2018-07").map(|(start, _)| start), Some(2018.5));
        assert_eq!(
            Period::parse("2020-02-29").map(|period| period.from.part),
            Some(Part::Day(2, 29))
        );
        for bad in [
            "",
            "20",
            "2018-H3",
            "2018-Q0",
            "2018-13",
            "2019-02-29",
            "2017/2014",
            "2014/2014",
            "2014/2015-Q1",
            "0000",
            "2018-",
            "2018-6",
            "recent years",
            "２０１８",
            "2018 ",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad:?}");
        }
    }
}
