//! Numbers as decimal text without core's float formatting. `{}` on an `f64` links core's
//! shortest and exact float-to-decimal algorithms, their big-number arithmetic and power
//! tables into the wasm (about 10 KB, 5.4 KB gzip, issue 15). This crate needs decimals for
//! error messages, the CSV download and the JSON it hands the host, and finds the shortest one
//! that reads back as the same number with a few multiplications, divisions and comparisons,
//! the way a reader would check a number by hand.
//!
//! A decimal `n × 10^k` with `n` at most 2^53 reads back as `value` exactly when the division
//! (or multiplication) of `n` by `10^|k|` rounds to `value`: both are exact `f64`s for
//! `|k| ≤ 22`, so that one correctly rounded operation is what a parser computes from the
//! text. So a number whose shortest digits, as an integer, are at most 2^53 (every number of
//! up to 15 significant digits, most of 16: what documents hold) is written as exactly and
//! as briefly as `{}` writes it, from 1e-6 to 1e37, and below 1e-6 when it has few digits
//! (`1.5e-7`); where two decimals are equally close, the last digit may differ. Any other
//! number (one of 17 digits, which only computation makes, such as `0.1 + 0.2`, one from 1e37,
//! or a subnormal one) gets at most 14 significant digits, the 14th within a few units: a
//! number of up to 14 digits comes out as `{:e}` writes it, a longer one close but not the
//! same `f64`. No user of this module needs more: layout coordinates, formula values in
//! messages, and the numbers a document was written with.

/// A finite, non-negative number as `digits × 10^exponent`, `digits` without trailing zeros.
#[derive(Clone, Copy)]
struct Decimal {
    digits: u64,
    exponent: i32,
}

/// 2^53: every integer up to it is an `f64`, so a candidate's digits are exact.
const MAX_EXACT_DIGITS: f64 = 9_007_199_254_740_992.0;
/// `10^22`, the largest power of ten an `f64` holds exactly.
const MAX_EXACT_POWER: i32 = 22;

/// The shortest `digits × 10^exponent` that reads back as `value` (finite, not negative), when
/// its digits are at most 2^53; otherwise [`approximate`].
fn shortest(value: f64) -> Decimal {
    if value == 0.0 {
        return Decimal {
            digits: 0,
            exponent: 0,
        };
    }
    // From 1e37 on, a short number's digits at 10^22 (the last exact power) need not be its
    // shortest, 8.594e37 reading back as 8594000000000001 × 10^22, and the powers past 10^22
    // that the shortest would need are not exact.
    if value >= 1e37 {
        return trimmed(approximate(value));
    }
    let integer = value == value.trunc();
    let mut best = None;
    let mut power = 1.0;
    for places in 0..=MAX_EXACT_POWER {
        // Integers: the most trailing zeros that still read back. Fractions: the fewest places.
        let (scaled, exponent) = if integer {
            (value / power, places)
        } else {
            (value * power, -places)
        };
        let reads_back = |digits: f64| {
            digits <= MAX_EXACT_DIGITS
                && if integer {
                    digits * power == value
                } else {
                    digits / power == value
                }
        };
        // The rounded candidate first; its neighbours cover the scaling's own rounding.
        let rounded = scaled.round();
        let found = [rounded, rounded - 1.0, rounded + 1.0]
            .into_iter()
            .find(|digits| reads_back(*digits));
        if let Some(digits) = found {
            best = Some(Decimal {
                digits: digits as u64,
                exponent,
            });
            if !integer {
                break;
            }
        }
        power *= 10.0;
    }
    trimmed(best.unwrap_or_else(|| approximate(value)))
}

/// 14 significant digits of a number [`shortest`] cannot write exactly: the value over the
/// power of ten of its first digit, one division by a power `powi` makes in a few roundings, so
/// the 14th digit is off by a few units at most.
fn approximate(value: f64) -> Decimal {
    // A subnormal number is first made normal: the powers of ten it needs are not `f64`s.
    let subnormal = value < f64::MIN_POSITIVE;
    let (value, shift) = if subnormal {
        (value * 1e30, -30)
    } else {
        (value, 0)
    };
    // The decimal exponent from the binary one (log10 2 = 0.30103…), then set right.
    let binary = ((value.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let mut exponent = (f64::from(binary) * std::f64::consts::LOG10_2).floor() as i32;
    let mut mantissa = value / 10f64.powi(exponent);
    if mantissa >= 10.0 {
        mantissa /= 10.0;
        exponent += 1;
    } else if mantissa < 1.0 {
        mantissa *= 10.0;
        exponent -= 1;
    }
    Decimal {
        digits: (mantissa * 1e13).round() as u64,
        exponent: exponent + shift - 13,
    }
}

fn trimmed(mut decimal: Decimal) -> Decimal {
    while decimal.digits != 0 && decimal.digits.is_multiple_of(10) {
        decimal.digits /= 10;
        decimal.exponent += 1;
    }
    decimal
}

fn sign(value: f64) -> &'static str {
    if value.is_sign_negative() {
        "-"
    } else {
        ""
    }
}

/// A finite number as `{}` writes it: `615`, `0.25`, `-1500`, `1000000000000000000000`,
/// `0.0000001` (never an exponent, so always JSON's form). Callers name NaN and the infinities
/// themselves (`error::short_number`, `json::Writer::number`).
pub fn positional(value: f64) -> String {
    debug_assert!(value.is_finite(), "{value}");
    let Decimal { digits, exponent } = shortest(value.abs());
    let digits = digits.to_string();
    let mut out = sign(value).to_string();
    if exponent >= 0 {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', exponent as usize));
    } else {
        let places = exponent.unsigned_abs() as usize;
        if digits.len() > places {
            let (whole, fraction) = digits.split_at(digits.len() - places);
            out.push_str(whole);
            out.push('.');
            out.push_str(fraction);
        } else {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', places - digits.len()));
            out.push_str(&digits);
        }
    }
    out
}

/// A finite number in scientific notation, as `{:e}` writes it: `1e12`, `1.5e-7`, `-2.5e20`.
pub fn scientific(value: f64) -> String {
    debug_assert!(value.is_finite(), "{value}");
    let Decimal { digits, exponent } = shortest(value.abs());
    let digits = digits.to_string();
    let (first, rest) = digits.split_at(1);
    let mut out = format!("{}{first}", sign(value));
    if !rest.is_empty() {
        out.push('.');
        out.push_str(rest);
    }
    out.push_str(&format!("e{}", exponent + rest.len() as i32));
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::{positional, scientific};
    use proptest::prelude::*;

    /// Significant digits as `{:e}` writes them.
    fn significant(text: &str) -> usize {
        let mantissa = text.split('e').next().unwrap_or("");
        mantissa.bytes().filter(u8::is_ascii_digit).count()
    }

    #[test]
    fn writes_what_the_standard_library_writes() {
        for value in [
            0.0,
            -0.0,
            615.0,
            0.25,
            -1500.0,
            1.5e-7,
            1e-7,
            1e-22,
            1e12,
            1e15,
            -2.5e20,
            1e21,
            1e23,
            123456789e20,
            2f64.powi(60),
            0.000_001_25,
            100.0,
            1e6,
            // The embedded document's numbers.
            1.215e-1,
            22.6,
            0.433,
            2021.0,
        ] {
            assert_eq!(positional(value), format!("{value}"), "{value:e}");
            assert_eq!(scientific(value), format!("{value:e}"), "{value:e}");
        }
        // 17 significant digits, 14 written.
        for (value, written) in [
            (0.1 + 0.2, "0.3"),
            (2f64.powi(53) + 2.0, "9007199254741000"),
            (u64::MAX as f64, "18446744073710000000"),
            (-1.7976931348623157e30, "-1797693134862300000000000000000"),
        ] {
            assert_eq!(positional(value), written);
        }
        // 2^53 itself is exact.
        assert_eq!(positional(2f64.powi(53)), "9007199254740992");
    }

    #[test]
    fn extreme_numbers_are_close_and_short() {
        // Few digits, far out: as `{:e}` writes them.
        for value in [1e300, 1e308, 8e-302, 9.87654321e-100, -2.5e-30, 8.594e37] {
            assert_eq!(scientific(value), format!("{value:e}"));
        }
        for value in [
            f64::EPSILON,
            1e40 / 3.0,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            1.2345e-310,
        ] {
            let text = scientific(value);
            let read: f64 = text.parse().unwrap_or(f64::NAN);
            assert!(((read - value) / value).abs() < 1e-13, "{value:e} → {text}");
            assert!(significant(&text) <= 14, "{text}");
        }
    }

    proptest! {
        /// From 1e-6 to 1e37, a number whose shortest digits are at most 2^53 reads back
        /// exactly, in as many digits as `{}` takes; any other, in 14 digits, reads back within
        /// 1e-13.
        #[test]
        fn reads_back_in_the_fewest_digits(
            bits in 1e-6f64.to_bits()..1e37f64.to_bits(),
            negative in any::<bool>(),
        ) {
            let value = if negative { -f64::from_bits(bits) } else { f64::from_bits(bits) };
            let expected = format!("{value:e}");
            let digits: String = expected.split('e').next().unwrap_or("").chars().filter(char::is_ascii_digit).collect();
            let exact = digits.parse::<u64>().is_ok_and(|n| n <= 1 << 53);
            for text in [positional(value), scientific(value)] {
                let read = text.parse::<f64>().unwrap_or(f64::NAN);
                if exact {
                    prop_assert_eq!(read, value, "{}", text);
                } else {
                    prop_assert!(((read - value) / value).abs() < 1e-13, "{}", text);
                }
            }
            let ours = significant(&scientific(value));
            // Where two decimals are equally close, the last digit may differ from `{}`'s.
            prop_assert_eq!(ours, if exact { digits.len() } else { ours.min(14) }, "{}", expected);
        }

        /// Short decimals, as documents hold them, come out as `{}` writes them, and those of a
        /// few digits do at any size.
        #[test]
        fn short_decimals_match(
            digits in 0u64..10_000_000,
            exponent in -12i32..12,
            few in 1u64..10_000,
            far in -326i32..305,
        ) {
            let value: f64 = format!("{few}e{far}").parse().unwrap_or(0.0);
            if value >= f64::MIN_POSITIVE {
                prop_assert_eq!(scientific(value), format!("{value:e}"));
            } else if value > 0.0 {
                // A subnormal number is close, in 14 digits.
                let text = scientific(value);
                let read = text.parse::<f64>().unwrap_or(f64::NAN);
                prop_assert!(((read - value) / value).abs() < 1e-13, "{}", text);
            }
            let value: f64 = format!("{digits}e{exponent}").parse().unwrap_or(0.0);
            prop_assert_eq!(positional(value), format!("{value}"));
            prop_assert_eq!(scientific(value), format!("{value:e}"));
        }
    }
}
