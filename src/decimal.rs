//! Numbers as decimal text without core's float formatting. `{}` on an `f64` links core's
//! shortest and exact float-to-decimal algorithms, their big-number arithmetic and power
//! tables into the wasm (about 10 KB, 5.7 KB gzip, issue 15). This crate needs only the
//! shortest decimal that reads back as the same number, for error messages, the CSV download
//! and the JSON it hands the host, and finds it with a few multiplications, divisions and
//! comparisons, the way a reader would check a number by hand.
//!
//! A decimal `n × 10^k` with `n` below 2^64 reads back as `value` exactly when the division
//! (or multiplication) of `n` by `10^|k|` rounds to `value`: both are exact `f64`s for
//! `|k| ≤ 22`, so that one correctly rounded operation is what a parser computes from the text.
//! So every number from 1e-6 to 1e37 (and smaller ones of few digits, such as `1.5e-7`) is
//! written exactly, in as few digits as `{}` uses (17-digit numbers may take one or two more). Beyond that (only error messages meet
//! such numbers: a document's `1e300` or `5e-324`) the text has 15 significant digits and reads
//! back within 1e-13 of the value.

/// A finite, non-negative number as `digits × 10^exponent`, `digits` without trailing zeros.
#[derive(Clone, Copy)]
struct Decimal {
    digits: u64,
    exponent: i32,
}

/// 2^53: every integer below it is an `f64`, so a candidate's digits are exact.
const EXACT_DIGITS_END: f64 = 9_007_199_254_740_992.0;
/// `10^22`, the largest power of ten an `f64` holds exactly.
const MAX_EXACT_POWER: i32 = 22;

/// The shortest `digits × 10^exponent` that reads back as `value` (finite, not negative), when
/// its digits are below 2^53; otherwise [`approximate`].
fn shortest(value: f64) -> Decimal {
    if value == 0.0 {
        return Decimal {
            digits: 0,
            exponent: 0,
        };
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
            digits < EXACT_DIGITS_END
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

/// 15 significant digits of a number too large or too small for [`shortest`]'s exact test.
fn approximate(value: f64) -> Decimal {
    let (mut mantissa, mut exponent) = (value, 0);
    // Big steps first: each operation rounds, and fewer of them keep the 15th digit.
    while mantissa >= 1e22 {
        mantissa /= 1e22;
        exponent += 22;
    }
    while mantissa < 1e-22 {
        mantissa *= 1e22;
        exponent -= 22;
    }
    while mantissa >= 10.0 {
        mantissa /= 10.0;
        exponent += 1;
    }
    while mantissa < 1.0 {
        mantissa *= 10.0;
        exponent -= 1;
    }
    Decimal {
        digits: (mantissa * 1e14).round() as u64,
        exponent: exponent - 14,
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

/// A number as `{}` writes it: `615`, `0.25`, `-1500`, `1000000000000000000000`, `0.0000001`
/// (never an exponent, so always JSON's form for finite numbers); `NaN`, `inf`, `-inf`.
pub fn positional(value: f64) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    if value.is_infinite() {
        return format!("{}inf", sign(value));
    }
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
        // 17 significant digits, 15 written.
        for (value, written) in [
            (0.1 + 0.2, "0.3"),
            (2f64.powi(53) + 2.0, "9007199254740990"),
            (u64::MAX as f64, "18446744073709600000"),
            (-1.7976931348623157e30, "-1797693134862320000000000000000"),
        ] {
            assert_eq!(positional(value), written);
        }
        assert_eq!(positional(f64::NAN), "NaN");
        assert_eq!(positional(f64::NEG_INFINITY), "-inf");
    }

    #[test]
    fn extreme_numbers_are_close_and_short() {
        for value in [
            1e300,
            1e308,
            5e-324,
            9.87654321e-100,
            -2.5e-30,
            f64::EPSILON,
            1e40 / 3.0,
        ] {
            let text = scientific(value);
            let read: f64 = text.parse().unwrap_or(f64::NAN);
            assert!(((read - value) / value).abs() < 1e-13, "{value:e} → {text}");
            assert!(significant(&text) <= 15, "{text}");
        }
        assert_eq!(scientific(1e300), "1e300");
        assert_eq!(scientific(9.87654321e-100), "9.87654321e-100");
    }

    proptest! {
        /// From 1e-6 to 1e37, a number whose shortest digits are below 2^53 reads back
        /// exactly, in as many digits as `{}` takes; any other, in 15 digits, reads back within
        /// 1e-13.
        #[test]
        fn reads_back_in_the_fewest_digits(
            bits in 1e-6f64.to_bits()..1e37f64.to_bits(),
            negative in any::<bool>(),
        ) {
            let value = if negative { -f64::from_bits(bits) } else { f64::from_bits(bits) };
            let expected = format!("{value:e}");
            let digits: String = expected.split('e').next().unwrap_or("").chars().filter(char::is_ascii_digit).collect();
            let exact = digits.parse::<u64>().is_ok_and(|n| n < 1 << 53);
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
            prop_assert_eq!(ours, if exact { digits.len() } else { ours.min(15) }, "{}", expected);
        }

        /// Short decimals, as documents hold them, come out as `{}` writes them.
        #[test]
        fn short_decimals_match(digits in 0u64..10_000_000, exponent in -12i32..12) {
            let value: f64 = format!("{digits}e{exponent}").parse().unwrap_or(0.0);
            prop_assert_eq!(positional(value), format!("{value}"));
            prop_assert_eq!(scientific(value), format!("{value:e}"));
        }
    }
}
