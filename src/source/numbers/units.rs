//! What is written with a number and changes what it states: the scales that multiply it
//! (`million`, `万`), the signs of its form (`%`, `percentage points`, `倍`), tenths (`三成`), and
//! the currency of money (`$`, `RMB`, `USD`, `yuan`, `亿元`).

use super::lookup::ends_with_any;
use super::stated::Form;
use crate::model::Currency;

/// What may follow `成` right after a number when it starts a word, not tenths (`5成为`).
pub(super) const NOT_TENTHS: &[char] = &[
    '立', '为', '本', '功', '果', '员', '长', '交', '熟', '都', '绩',
];

/// Words and characters that multiply the number before them (`1.2 million`, `1.2万`).
pub(super) const SCALES: &[(&str, f64)] = &[
    (" hundred", 1e2),
    (" thousand", 1e3),
    (" million", 1e6),
    (" billion", 1e9),
    (" trillion", 1e12),
    // The press's short forms: `1.2bn`, `1.2 bn`.
    ("bn", 1e9),
    (" bn", 1e9),
    ("万", 1e4),
    ("亿", 1e8),
];

/// What makes a number a percentage or a multiple, right after it.
pub(super) const FORMS: &[(&str, Form)] = &[
    ("%", Form::Percent),
    (" %", Form::Percent),
    (" per cent", Form::Percent),
    (" percent", Form::Percent),
    (" percentage points", Form::Points),
    (" percentage point", Form::Points),
    ("-percentage-point", Form::Points),
    (" points", Form::Points),
    (" point", Form::Points),
    ("-point", Form::Points),
    (" pp", Form::Points),
    ("pp", Form::Points),
    ("个百分点", Form::Points),
    ("百分点", Form::Points),
    // British papers' `30pc`.
    ("pc", Form::Percent),
    (" pc", Form::Percent),
    (" times", Form::Times),
    ("-fold", Form::Times),
    ("fold", Form::Times),
    ("倍", Form::Times),
    ("x", Form::Times),
    ("×", Form::Times),
];

/// Currencies written before a number by a sign (`$29.92 billion`, `RMB 5 billion`), the
/// ISO 4217 codes aside (`currency_before`): the longest that ends right before it, one space
/// allowed.
const CURRENCIES_BEFORE: &[(&str, Currency)] = &[
    ("US$", Currency::Usd),
    ("HK$", Currency::Hkd),
    ("NT$", Currency::Twd),
    ("MOP$", Currency::Mop),
    ("$", Currency::Usd),
    ("€", Currency::Eur),
    ("£", Currency::Gbp),
    ("RMB", Currency::Cny),
];

/// A currency before a number, by its sign or its ISO 4217 code (`$`, `RMB`, `USD 5 billion`).
pub(super) fn currency_before(before: &str) -> Option<(usize, Currency)> {
    ends_with_any(before, CURRENCIES_BEFORE).or_else(|| ends_with_any(before, &Currency::CODES))
}

/// Currencies written after a number and its scale (`221 billion yuan`, `2210亿元`).
pub(super) const CURRENCIES_AFTER: &[(&str, Currency)] = &[
    (" yuan", Currency::Cny),
    (" renminbi", Currency::Cny),
    (" RMB", Currency::Cny),
    (" US dollars", Currency::Usd),
    (" U.S. dollars", Currency::Usd),
    (" Hong Kong dollars", Currency::Hkd),
    (" HK dollars", Currency::Hkd),
    (" dollars", Currency::Usd),
    (" euros", Currency::Eur),
    (" euro", Currency::Eur),
    (" pounds", Currency::Gbp),
    (" yen", Currency::Jpy),
    (" patacas", Currency::Mop),
    ("元人民币", Currency::Cny),
    ("人民币", Currency::Cny),
    ("美元", Currency::Usd),
    ("欧元", Currency::Eur),
    ("港元", Currency::Hkd),
    ("港币", Currency::Hkd),
    ("英镑", Currency::Gbp),
    ("日元", Currency::Jpy),
    ("澳门元", Currency::Mop),
    ("新台币", Currency::Twd),
    ("元", Currency::Cny),
];
