//! The source check: does each figure say what its article says?
//!
//! [`check`] reads a validated [`Model`] beside the text of the article it quotes and lists,
//! each with its path, every figure
//! - whose quote is not in the article, saying where the closest passage parts from it;
//! - whose number its quote does not state (a reported figure: a derived one is ours);
//! - whose qualifier contradicts how its quote words the number;
//! - whose formula reads a figure that is derived, or no figure at all.
//!
//! These are warnings, not validation errors: a document that keeps every rule of the format
//! is drawn whatever its article says, and only its author can tell a typo from a paraphrase.
//! The editor and `check-document` show them after the errors.
//!
//! It also owns the number reader, [`numbers`]: the numbers of a text as articles write them
//! (`615`, `10,000`, `3.6`, `30%`, `30 per cent`, `5 times`, `five-fold`, `5倍`, `百分之三十`,
//! `1.2 million`, `a million`, `1.2万`, `三成`, `翻两番`), each with the hedge in front of or
//! behind it (`more than`, `nearly`, `超过`, `近`, `左右`…).
//!
//! Texts are compared after folding what a copy and paste changes without changing the words:
//! runs of Unicode white space become one space (none beside a Chinese character), every kind
//! of quote mark (straight, curly, `「」『』`, guillemets) becomes `"`, and full-width digits
//! and `％` become ASCII. Nothing else: a changed word, digit or comma is a different quote.
//!
//! Platform-independent (it runs natively and in the wasm) and small on purpose: no regular
//! expressions, no float parser, the words of the reader in tables.

use std::fmt;
use std::ops::Range;

use crate::error::{quote, write_problem, DataPath};
use crate::model::{Figure, Model, Provenance, Qualifier, Unit};
use crate::text::format_number;

/// One way a figure parts from its source article.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceWarning {
    pub path: DataPath,
    pub kind: WarningKind,
}

/// What parts a figure from its article, with what was found.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum WarningKind {
    /// The quote is not in the article, even with white space and quote marks folded.
    /// `closest` is where the passage most like it parts from it, if any passage is like it.
    QuoteNotInArticle {
        quote: String,
        closest: Option<Divergence>,
    },
    /// A reported figure whose number its quote does not state: `expected` is the value as an
    /// article writes it (`615`, `30%`, `5 times`), `found` every number the quote states, as
    /// written there with its hedge.
    NumberNotInQuote {
        expected: String,
        found: Vec<String>,
    },
    /// The quote states the figure's number, but hedged otherwise than the figure's qualifier
    /// (`more than 700` for an `exact` figure): `wording` is the number as the quote words it.
    QualifierContradicts {
        stated: Hedge,
        wording: String,
        found: Qualifier,
    },
    /// A derived figure's formula names a figure that is itself derived (`derived: true`) or
    /// that the document does not have. The format's own rule already makes this an error, so
    /// a model read from a document never trips it; the check keeps the promise on its own.
    FormulaOperand { id: String, derived: bool },
}

/// Where a quote and the article's closest passage part: the few words around the first (or,
/// when the quote's end matches better, the last) difference, as each text writes them.
#[derive(Clone, Debug, PartialEq)]
pub struct Divergence {
    pub quote: String,
    pub article: String,
}

/// How a text hedges a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hedge {
    /// No hedge: the number as it is.
    Exact,
    /// `more than`, `over`, `at least`, `超过`, `逾`, `100多`, `以上`.
    MoreThan,
    /// `nearly`, `almost`, `close to`, `近`, `将近`, `接近`.
    Nearly,
    /// `about`, `around`, `approximately`, `约`, `左右`.
    About,
    /// `less than`, `under`, `up to`, `不到`, `不足`: a bound the format's qualifiers cannot state.
    LessThan,
}

/// How a number is written: as itself, as a percentage, or as a multiple.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// `615`, `3.6`, `1.2 million`, `five`.
    Plain,
    /// `30%`, `30 per cent`, `百分之三十`, `half` (50).
    Percent,
    /// `5 times`, `five-fold`, `5倍`, `twice` (2).
    Times,
}

/// A number as a text states it.
#[derive(Clone, Debug, PartialEq)]
pub struct StatedNumber {
    /// The number as written: 30 for `30%`, 5 for `5 times`.
    pub value: f64,
    pub form: Form,
    pub hedge: Hedge,
    /// Where the number is in the text, its hedge and unit sign included (`more than 30%`).
    pub range: Range<usize>,
}

/// Checks every figure of `model` against `article`, the text of the article it quotes, and
/// lists what parts them in document order (per figure: quote, number, qualifier, formula).
pub fn check(model: &Model, article: &str) -> Vec<SourceWarning> {
    let article = Folded::new(article);
    let mut warnings = Vec::new();
    for (view_index, view) in model.views.iter().enumerate() {
        for (figure_index, figure) in view.figures.iter().enumerate() {
            let path = DataPath::root()
                .key("views")
                .index(view_index)
                .key("figures")
                .index(figure_index);
            check_figure(model, figure, &article, &path, &mut warnings);
        }
    }
    warnings
}

/// Every number of `text`, in order, as [`StatedNumber`]s whose ranges index `text`.
pub fn numbers(text: &str) -> Vec<StatedNumber> {
    let folded = Folded::new(text);
    read_numbers(&folded.text)
        .into_iter()
        .map(|number| StatedNumber {
            range: folded.original_range(number.range.clone()),
            ..number
        })
        .collect()
}

impl Hedge {
    /// The figure qualifier for a number so hedged, if the format has one.
    pub fn qualifier(self) -> Option<Qualifier> {
        match self {
            Hedge::Exact => Some(Qualifier::Exact),
            Hedge::MoreThan => Some(Qualifier::MoreThan),
            Hedge::Nearly => Some(Qualifier::Nearly),
            Hedge::About => Some(Qualifier::About),
            Hedge::LessThan => None,
        }
    }

    /// Whether a figure with `qualifier` says what a number so hedged says. `nearly` and
    /// `about` are one kind, the approximate; `less than` fits no qualifier of the format.
    pub fn allows(self, qualifier: Qualifier) -> bool {
        match self {
            Hedge::Exact => qualifier == Qualifier::Exact,
            Hedge::MoreThan => qualifier == Qualifier::MoreThan,
            Hedge::Nearly | Hedge::About => {
                matches!(qualifier, Qualifier::Nearly | Qualifier::About)
            }
            Hedge::LessThan => false,
        }
    }
}

impl SourceWarning {
    /// The expectation as a noun phrase, like a validation error's.
    pub fn expected(&self) -> String {
        match &self.kind {
            WarningKind::QuoteNotInArticle { .. } => "the article's words".to_string(),
            WarningKind::NumberNotInQuote { expected, .. } => format!("{expected} in its quote"),
            WarningKind::QualifierContradicts {
                stated, wording, ..
            } => {
                let (fitting, note) = match stated {
                    Hedge::Exact => ("\"exact\"", ""),
                    Hedge::MoreThan => ("\"more_than\"", ""),
                    Hedge::Nearly | Hedge::About => ("\"nearly\" or \"about\"", ""),
                    Hedge::LessThan => ("an upper bound", " (no qualifier states one)"),
                };
                format!("{fitting} as its quote says {}{note}", quote(wording))
            }
            WarningKind::FormulaOperand { .. } => "the id of a reported figure".to_string(),
        }
    }

    /// What was found instead, quoted where it is text.
    pub fn found(&self) -> String {
        match &self.kind {
            WarningKind::QuoteNotInArticle {
                closest: Some(divergence),
                ..
            } => format!(
                "{} where the article has {}",
                quote(&divergence.quote),
                quote(&divergence.article)
            ),
            WarningKind::QuoteNotInArticle {
                quote: text,
                closest: None,
            } => format!("{} nowhere in the article", quote(text)),
            WarningKind::NumberNotInQuote { found, .. } if found.is_empty() => {
                "no number".to_string()
            }
            WarningKind::NumberNotInQuote { found, .. } => {
                const MAX_LISTED: usize = 6;
                let mut listed: Vec<String> = found
                    .iter()
                    .take(MAX_LISTED)
                    .map(|text| quote(text))
                    .collect();
                if found.len() > MAX_LISTED {
                    listed.push(format!("{} more", found.len() - MAX_LISTED));
                }
                listed.join(", ")
            }
            WarningKind::QualifierContradicts { found, .. } => quote(found.name()),
            WarningKind::FormulaOperand { id, derived: true } => {
                format!("{}, a derived figure", quote(id))
            }
            WarningKind::FormulaOperand { id, derived: false } => {
                format!("{}, which no figure has", quote(id))
            }
        }
    }
}

impl fmt::Display for SourceWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_problem(f, &self.path, &self.expected(), &self.found())
    }
}

/// What `check-document` reports for a document and, when given, its article: every
/// validation error, or, for a valid document, every source warning.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Debug, PartialEq)]
pub struct DocumentReport {
    pub errors: Vec<crate::error::ValidationError>,
    pub warnings: Vec<SourceWarning>,
}

/// Validates a JSON document and, if it is valid and `article` is given, checks it against
/// the article.
#[cfg(not(target_arch = "wasm32"))]
pub fn check_document(json: &str, article: Option<&str>) -> DocumentReport {
    match Model::from_json_str(json) {
        Ok(model) => DocumentReport {
            errors: Vec::new(),
            warnings: article.map_or_else(Vec::new, |article| check(&model, article)),
        },
        Err(errors) => DocumentReport {
            errors: errors.0,
            warnings: Vec::new(),
        },
    }
}

/// One line per problem: the errors as `path: message`, then the warnings as
/// `warning: path: message`.
#[cfg(not(target_arch = "wasm32"))]
impl fmt::Display for DocumentReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for error in &self.errors {
            writeln!(f, "{error}")?;
        }
        for warning in &self.warnings {
            writeln!(f, "warning: {warning}")?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// One figure.

fn check_figure(
    model: &Model,
    figure: &Figure,
    article: &Folded,
    path: &DataPath,
    warnings: &mut Vec<SourceWarning>,
) {
    let folded_quote = Folded::new(&figure.quote);
    if let Err(closest) = find_quote(article, &folded_quote) {
        warnings.push(SourceWarning {
            path: path.key("quote"),
            kind: WarningKind::QuoteNotInArticle {
                quote: figure.quote.clone(),
                closest,
            },
        });
    }
    match &figure.provenance {
        Provenance::Reported => check_number(figure, &folded_quote, path, warnings),
        Provenance::Derived { formula } => {
            for id in formula.ids() {
                let derived = match model.figure(id) {
                    Some(operand) if operand.provenance == Provenance::Reported => continue,
                    Some(_) => true,
                    None => false,
                };
                warnings.push(SourceWarning {
                    path: path.key("formula"),
                    kind: WarningKind::FormulaOperand {
                        id: id.to_string(),
                        derived,
                    },
                });
            }
        }
    }
}

/// A reported figure's value must be among its quote's numbers, in its unit's form (a rate of
/// 0.3 as `30%`, a ratio of 5 as `5 times`), hedged as its qualifier says.
fn check_number(
    figure: &Figure,
    folded_quote: &Folded,
    path: &DataPath,
    warnings: &mut Vec<SourceWarning>,
) {
    let stated = read_numbers(&folded_quote.text);
    let (form, value) = match figure.unit {
        Unit::Count => (Form::Plain, figure.value),
        // A fall is written as a word and a positive number ("output fell 5%"), so a
        // negative rate matches its size.
        Unit::Share | Unit::Rate => (Form::Percent, figure.value.abs() * 100.0),
        Unit::Ratio => (Form::Times, figure.value),
    };
    let wording = |number: &StatedNumber| {
        folded_quote.original_text(
            folded_quote.char_index(number.range.start)..folded_quote.char_index(number.range.end),
        )
    };
    let mut matching = stated
        .iter()
        .filter(|number| number.form == form && same_number(number.value, value))
        .peekable();
    let Some(first) = matching.peek().copied() else {
        let expected = match form {
            Form::Plain => format_number(value),
            Form::Percent => format!("{}%", format_number(value)),
            Form::Times => format!("{} times", format_number(value)),
        };
        warnings.push(SourceWarning {
            path: path.key("value"),
            kind: WarningKind::NumberNotInQuote {
                expected,
                found: stated.iter().map(wording).collect(),
            },
        });
        return;
    };
    if !matching.any(|number| number.hedge.allows(figure.qualifier)) {
        warnings.push(SourceWarning {
            path: path.key("qualifier"),
            kind: WarningKind::QualifierContradicts {
                stated: first.hedge,
                wording: wording(first),
                found: figure.qualifier,
            },
        });
    }
}

/// Equal but for the rounding of `0.3 * 100`.
fn same_number(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

// ---------------------------------------------------------------------------------------------
// Finding a quote.

/// A text with white space and quote marks folded, remembering where each of its characters
/// came from, so that what a message shows is the original text.
struct Folded<'a> {
    original: &'a str,
    text: String,
    /// For each character of `text`: its byte offset there and in `original`; then both
    /// lengths.
    offsets: Vec<(usize, usize)>,
}

impl<'a> Folded<'a> {
    fn new(original: &'a str) -> Folded<'a> {
        let mut text = String::with_capacity(original.len());
        let mut offsets = Vec::with_capacity(original.len() + 1);
        let mut space_at = None;
        let mut previous_wide = false;
        for (at, c) in original.char_indices() {
            if c.is_whitespace() {
                space_at = space_at.or(Some(at));
                continue;
            }
            if matches!(
                c,
                '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}'
            ) {
                continue;
            }
            let c = fold(c);
            let wide = is_wide(c);
            // Chinese puts no spaces between words: a line break inside a sentence, or a
            // space typeset beside a number, is not part of its words.
            if let Some(space_at) = space_at.take() {
                if !text.is_empty() && !previous_wide && !wide {
                    offsets.push((text.len(), space_at));
                    text.push(' ');
                }
            }
            offsets.push((text.len(), at));
            text.push(c);
            previous_wide = wide;
        }
        offsets.push((text.len(), original.len()));
        Folded {
            original,
            text,
            offsets,
        }
    }

    fn n_chars(&self) -> usize {
        self.offsets.len() - 1
    }

    /// The byte offset in `text` of character `index` (the length at `n_chars`).
    fn byte(&self, index: usize) -> usize {
        self.offsets[index].0
    }

    /// The character that starts at byte `byte` of `text`.
    fn char_index(&self, byte: usize) -> usize {
        self.offsets.partition_point(|&(at, _)| at < byte)
    }

    fn char_at(&self, index: usize) -> char {
        self.text[self.byte(index)..].chars().next().unwrap_or(' ')
    }

    /// The original text of the folded characters `chars`.
    fn original_chars(&self, chars: Range<usize>) -> Range<usize> {
        let start = self.offsets[chars.start].1;
        if chars.end <= chars.start {
            return start..start;
        }
        let last = self.offsets[chars.end - 1].1;
        let last_len = self.original[last..]
            .chars()
            .next()
            .map_or(0, char::len_utf8);
        start..last + last_len
    }

    /// The original text of the folded bytes `bytes`.
    fn original_range(&self, bytes: Range<usize>) -> Range<usize> {
        self.original_chars(self.char_index(bytes.start)..self.char_index(bytes.end))
    }

    /// The folded characters `chars` as the original writes them: its quote marks and digits,
    /// a space for each run of white space that folding kept, none where it dropped one.
    fn original_text(&self, chars: Range<usize>) -> String {
        chars
            .map(|index| match self.char_at(index) {
                ' ' => ' ',
                folded => self.original[self.offsets[index].1..]
                    .chars()
                    .next()
                    .unwrap_or(folded),
            })
            .collect()
    }

    /// A few words around character `at`, as the original writes them: back to the start of
    /// the word before, on to the end of the word after, within about 18 columns each way (a
    /// Chinese character counts three, for a reader's eye).
    fn excerpt(&self, at: usize) -> String {
        const REACH: usize = 18;
        let n = self.n_chars();
        let weight = |c: char| if is_wide(c) { 3 } else { 1 };
        let at = at.min(n);
        let (mut start, mut spaces, mut columns) = (at, 0, 0);
        while start > 0 && columns < REACH {
            let c = self.char_at(start - 1);
            if c == ' ' {
                spaces += 1;
                if spaces == 2 {
                    break;
                }
            }
            columns += weight(c);
            start -= 1;
        }
        // Cut short in a word: begin at the next word, if there is one before `at`.
        if start > 0 && self.char_at(start - 1) != ' ' {
            if let Some(space) = (start..at).find(|&index| self.char_at(index) == ' ') {
                start = space + 1;
            }
        }
        let (mut end, mut spaces, mut columns) = (at, 0, 0);
        while end < n && columns < REACH {
            let c = self.char_at(end);
            if c == ' ' {
                spaces += 1;
                if spaces == 2 {
                    break;
                }
            }
            columns += weight(c);
            end += 1;
        }
        if end < n && self.char_at(end) != ' ' {
            if let Some(space) = (at + 1..end)
                .rev()
                .find(|&index| self.char_at(index) == ' ')
            {
                end = space;
            }
        }
        self.original_text(start..end).trim().to_string()
    }
}

fn fold(c: char) -> char {
    match c {
        '\'' | '‘' | '’' | '‚' | '‛' | '“' | '”' | '„' | '‟' | '「' | '」' | '『' | '』' | '＂'
        | '＇' | '«' | '»' | '‹' | '›' => '"',
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '％' => '%',
        c => c,
    }
}

/// Chinese and Japanese characters and punctuation, which are written without spaces.
fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{2e80}'..='\u{2fdf}' | '\u{3000}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}')
}

/// The least a quote and a passage must share, from the quote's start or end, for the passage
/// to be shown as the closest: a few words.
const MIN_SHARED_BYTES: usize = 12;

/// Finds a folded quote in a folded article; if it is not there, where the passage sharing
/// the longest start or end with it parts from it (none if no passage shares a few words).
fn find_quote(article: &Folded, quote: &Folded) -> Result<(), Option<Divergence>> {
    if quote.text.is_empty() {
        return Err(None);
    }
    if article.text.contains(&quote.text) {
        return Ok(());
    }
    let n = quote.n_chars();
    let piece = |from_start: bool, length: usize| {
        if from_start {
            &quote.text[..quote.byte(length)]
        } else {
            &quote.text[quote.byte(n - length)..]
        }
    };
    // The longest start of the quote in the article (a shorter start is in it whenever a longer
    // one is, so a binary search finds it), and the longest end.
    let longest = |from_start: bool| {
        let (mut low, mut high) = (0, n);
        while low < high {
            let middle = (low + high).div_ceil(2);
            if article.text.contains(piece(from_start, middle)) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        low
    };
    let (n_start, n_end) = (longest(true), longest(false));
    let start = |length| piece(true, length);
    let end = |length| piece(false, length);
    let (start_bytes, end_bytes) = (start(n_start).len(), end(n_end).len());
    if start_bytes.max(end_bytes) < MIN_SHARED_BYTES {
        return Err(None);
    }
    let (quote_at, article_at) = if start_bytes >= end_bytes {
        let found = article.text.find(start(n_start)).unwrap_or(0);
        (n_start, article.char_index(found) + n_start)
    } else {
        let found = article.text.find(end(n_end)).unwrap_or(0);
        (n - n_end - 1, article.char_index(found).saturating_sub(1))
    };
    Err(Some(Divergence {
        quote: quote.excerpt(quote_at),
        article: article.excerpt(article_at),
    }))
}

// ---------------------------------------------------------------------------------------------
// Reading numbers.

/// Hedges written before a number. The longest that ends right before it wins (`no more than`
/// over `more than`); an English one must start a word.
const HEDGES_BEFORE: &[(&str, Hedge)] = &[
    ("more than", Hedge::MoreThan),
    ("over", Hedge::MoreThan),
    ("just over", Hedge::MoreThan),
    ("well over", Hedge::MoreThan),
    ("above", Hedge::MoreThan),
    ("exceeding", Hedge::MoreThan),
    ("in excess of", Hedge::MoreThan),
    ("upwards of", Hedge::MoreThan),
    ("at least", Hedge::MoreThan),
    ("no less than", Hedge::MoreThan),
    ("not less than", Hedge::MoreThan),
    ("no fewer than", Hedge::MoreThan),
    ("nearly", Hedge::Nearly),
    ("almost", Hedge::Nearly),
    ("close to", Hedge::Nearly),
    ("just under", Hedge::Nearly),
    ("about", Hedge::About),
    ("around", Hedge::About),
    ("approximately", Hedge::About),
    ("roughly", Hedge::About),
    ("some", Hedge::About),
    ("an estimated", Hedge::About),
    ("less than", Hedge::LessThan),
    ("fewer than", Hedge::LessThan),
    ("under", Hedge::LessThan),
    ("below", Hedge::LessThan),
    ("up to", Hedge::LessThan),
    ("at most", Hedge::LessThan),
    ("no more than", Hedge::LessThan),
    ("not more than", Hedge::LessThan),
    ("超过", Hedge::MoreThan),
    ("超", Hedge::MoreThan),
    ("逾", Hedge::MoreThan),
    ("多于", Hedge::MoreThan),
    ("高于", Hedge::MoreThan),
    ("近", Hedge::Nearly),
    ("将近", Hedge::Nearly),
    ("接近", Hedge::Nearly),
    ("约", Hedge::About),
    ("大约", Hedge::About),
    ("大概", Hedge::About),
    ("不到", Hedge::LessThan),
    ("不足", Hedge::LessThan),
    ("少于", Hedge::LessThan),
    ("低于", Hedge::LessThan),
];

/// Hedges written after a number (and its unit sign): in English right after it, in Chinese
/// also after up to three characters of what is counted (`100家以上`).
const HEDGES_AFTER: &[(&str, Hedge)] = &[
    (" or more", Hedge::MoreThan),
    ("+", Hedge::MoreThan),
    ("-plus", Hedge::MoreThan),
    (" plus", Hedge::MoreThan),
    (" or so", Hedge::About),
    ("以上", Hedge::MoreThan),
    ("左右", Hedge::About),
    ("以下", Hedge::LessThan),
    ("以内", Hedge::LessThan),
];

/// Number words. Tens take a unit after a hyphen (`twenty-five`).
const WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Words that are a number in a form of their own.
const FORM_WORDS: &[(&str, f64, Form)] = &[
    ("half", 50.0, Form::Percent),
    ("twice", 2.0, Form::Times),
    ("doubled", 2.0, Form::Times),
    ("tripled", 3.0, Form::Times),
    ("quadrupled", 4.0, Form::Times),
];

/// What may follow `成` right after a number when it starts a word, not tenths (`5成为`).
const NOT_TENTHS: &[char] = &[
    '立', '为', '本', '功', '果', '员', '长', '交', '熟', '都', '绩',
];

/// Words and characters that multiply the number before them (`1.2 million`, `1.2万`).
const SCALES: &[(&str, f64)] = &[
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
const FORMS: &[(&str, Form)] = &[
    ("%", Form::Percent),
    (" %", Form::Percent),
    (" per cent", Form::Percent),
    (" percent", Form::Percent),
    (" percentage points", Form::Percent),
    (" percentage point", Form::Percent),
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

/// Every number of a folded text, with byte ranges into it.
fn read_numbers(text: &str) -> Vec<StatedNumber> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let previous = text[..at].chars().next_back();
        let Some((value, mut end, form)) = read_value(rest, previous) else {
            at += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        // `第三季度` is the third quarter, not three of anything.
        if previous == Some('第') {
            at += end;
            continue;
        }
        let mut value = value;
        let mut hedge = Hedge::Exact;
        // `100多家`, `10余万`: more than.
        let mut more = |end: &mut usize| {
            if let Some(length) = starts_with_any(&rest[*end..], &["多", "余"]) {
                *end += length;
                hedge = Hedge::MoreThan;
            }
        };
        more(&mut end);
        while let Some((length, scale)) = find_word(&rest[end..], SCALES) {
            value *= scale;
            end += length;
            more(&mut end);
        }
        // `三成`, `七成以上`: tenths, so 30% and 70% (not `成立`, `成为`, … after a number).
        let tenths = form.is_none()
            && rest[end..].starts_with('成')
            && !rest[end + '成'.len_utf8()..].starts_with(NOT_TENTHS);
        if tenths {
            value *= 10.0;
            end += '成'.len_utf8();
        }
        let form = match form {
            Some(form) => form,
            None if tenths => Form::Percent,
            None => match find_word(&rest[end..], FORMS) {
                Some((length, form)) => {
                    end += length;
                    form
                }
                None => Form::Plain,
            },
        };
        if let Some((length, after)) = hedge_after(&rest[end..]) {
            end += length;
            if hedge == Hedge::Exact {
                hedge = after;
            }
        }
        let mut start = at;
        if let Some((length, before)) = hedge_before(&text[..at]) {
            start -= length;
            hedge = before;
        }
        found.push(StatedNumber {
            value,
            form,
            hedge,
            range: start..at + end,
        });
        at += end;
    }
    found
}

/// A number at the start of `rest`: its value, its length in bytes, and its form when the
/// way it is written fixes one (`百分之三十`, `twice`, `翻一番`).
fn read_value(rest: &str, previous: Option<char>) -> Option<(f64, usize, Option<Form>)> {
    // `翻一番`, `翻了两番`: doubled once, twice (2 and 4 times).
    if let Some(after) = rest.strip_prefix('翻') {
        let after = after.strip_prefix('了').unwrap_or(after);
        let (n, length) = read_chinese(after).or_else(|| read_digits(after))?;
        if !after[length..].starts_with('番') || !(1.0..=10.0).contains(&n) || n.fract() != 0.0 {
            return None;
        }
        let length = rest.len() - after.len() + length + '番'.len_utf8();
        let times = (1..=n as u32).fold(1.0, |times, _| times * 2.0);
        return Some((times, length, Some(Form::Times)));
    }
    if let Some(after) = rest.strip_prefix("百分之") {
        let (value, length) = read_digits(after).or_else(|| read_chinese(after))?;
        return Some((value, "百分之".len() + length, Some(Form::Percent)));
    }
    let in_word = previous.is_some_and(|c| c.is_ascii_alphanumeric());
    let first = rest.chars().next()?;
    if first.is_ascii_digit() {
        return if in_word {
            None
        } else {
            read_digits(rest).map(|(value, length)| (value, length, None))
        };
    }
    if first.is_ascii_alphabetic() {
        return if in_word { None } else { read_words(rest) };
    }
    read_chinese(rest).map(|(value, length)| (value, length, None))
}

/// Digits with thousands separators and decimals: `615`, `10,000`, `3.6`.
fn read_digits(rest: &str) -> Option<(f64, usize)> {
    let bytes = rest.as_bytes();
    let is_digit = |index: usize| bytes.get(index).is_some_and(u8::is_ascii_digit);
    let mut whole = 0.0;
    let mut length = 0;
    while length < bytes.len() {
        if is_digit(length) {
            whole = whole * 10.0 + f64::from(bytes[length] - b'0');
            length += 1;
        } else if bytes[length] == b','
            && length > 0
            && (1..=3).all(|step| is_digit(length + step))
            && !is_digit(length + 4)
        {
            length += 1;
        } else {
            break;
        }
    }
    if length == 0 {
        return None;
    }
    if bytes.get(length) == Some(&b'.') && is_digit(length + 1) {
        length += 1;
        let (mut fraction, mut scale) = (0.0, 1.0);
        while is_digit(length) {
            fraction = fraction * 10.0 + f64::from(bytes[length] - b'0');
            scale *= 10.0;
            length += 1;
        }
        whole += fraction / scale;
    }
    Some((whole, length))
}

/// A number in English words: `five`, `twenty-five`, `Twice`.
fn read_words(rest: &str) -> Option<(f64, usize, Option<Form>)> {
    if let Some((length, value, form)) = FORM_WORDS
        .iter()
        .find(|(word, ..)| word_at(rest, word))
        .map(|&(word, value, form)| (word.len(), value, form))
    {
        return Some((value, length, Some(form)));
    }
    // `a million`, `A hundred`: one, when a scale follows.
    if word_at(rest, "a") && find_word(&rest[1..], SCALES).is_some() {
        return Some((1.0, 1, None));
    }
    let (word, value) = WORDS.iter().find(|(word, _)| word_at(rest, word))?;
    let mut length = word.len();
    let mut value = *value;
    if value >= 20.0 {
        if let Some(unit) = rest[length..]
            .strip_prefix('-')
            .and_then(|after| WORDS[..9].iter().find(|(word, _)| word_at(after, word)))
        {
            length += 1 + unit.0.len();
            value += unit.1;
        }
    }
    Some((value, length, None))
}

/// Whether `rest` starts with the whole word `word`, in any case (`five` in `Five times`,
/// `fivefold`, not in `fiver`).
fn word_at(rest: &str, word: &str) -> bool {
    let bytes = rest.as_bytes();
    bytes.len() >= word.len()
        && bytes[..word.len()].eq_ignore_ascii_case(word.as_bytes())
        && (!bytes.get(word.len()).is_some_and(u8::is_ascii_alphabetic)
            || starts_with_ignore_case(&rest[word.len()..], "fold"))
}

/// A number in Chinese numerals: `五`, `三十`, `一百二十`, `两万`, `二〇一六`.
fn read_chinese(rest: &str) -> Option<(f64, usize)> {
    // 〇 and 零 are both zero, 两 is two before a unit.
    let digit = |c: char| {
        "〇一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .or(match c {
                '零' => Some(0),
                '两' => Some(2),
                _ => None,
            })
    };
    let first = rest.chars().next()?;
    if digit(first).is_none() && first != '十' {
        return None;
    }
    let (mut total, mut section, mut number) = (0.0, 0.0, 0.0);
    let mut previous_digit = false;
    let mut length = 0;
    for (at, c) in rest.char_indices() {
        if let Some(value) = digit(c) {
            // Digits in a row are read as written, like a year: 二〇一六.
            let carried = if previous_digit { number * 10.0 } else { 0.0 };
            number = carried + value as f64;
            previous_digit = true;
        } else {
            previous_digit = false;
            match c {
                '十' | '百' | '千' => {
                    let unit = match c {
                        '十' => 10.0,
                        '百' => 100.0,
                        _ => 1000.0,
                    };
                    section += if number == 0.0 { 1.0 } else { number } * unit;
                    number = 0.0;
                }
                '万' => {
                    total += (section + number) * 1e4;
                    (section, number) = (0.0, 0.0);
                }
                '亿' => {
                    total = (total + section + number) * 1e8;
                    (section, number) = (0.0, 0.0);
                }
                _ => break,
            }
        }
        length = at + c.len_utf8();
    }
    Some((total + section + number, length))
}

/// The hedge that ends `before` (one space allowed between it and the number), with its length
/// up to the number.
fn hedge_before(before: &str) -> Option<(usize, Hedge)> {
    let trimmed = before.strip_suffix(' ').unwrap_or(before);
    let gap = before.len() - trimmed.len();
    HEDGES_BEFORE
        .iter()
        .filter(|(phrase, _)| {
            let bytes = trimmed.as_bytes();
            let Some(start) = bytes.len().checked_sub(phrase.len()) else {
                return false;
            };
            bytes[start..].eq_ignore_ascii_case(phrase.as_bytes())
                && (!phrase.is_ascii() || start == 0 || !bytes[start - 1].is_ascii_alphanumeric())
        })
        .max_by_key(|(phrase, _)| phrase.len())
        .map(|&(phrase, hedge)| (phrase.len() + gap, hedge))
}

/// The hedge after a number, with its length from the number's end.
fn hedge_after(rest: &str) -> Option<(usize, Hedge)> {
    let mut skipped = 0;
    for c in rest.chars().take(4) {
        if let Some(&(phrase, hedge)) = HEDGES_AFTER
            .iter()
            .find(|(phrase, _)| starts_with_ignore_case(&rest[skipped..], phrase))
        {
            let boundary = !phrase.is_ascii()
                || !rest[skipped + phrase.len()..].starts_with(|c: char| c.is_ascii_alphanumeric());
            if boundary {
                return Some((skipped + phrase.len(), hedge));
            }
        }
        // What is counted may come between a Chinese number and its hedge: `100家以上`.
        if !('\u{4e00}'..='\u{9fff}').contains(&c) {
            return None;
        }
        skipped += c.len_utf8();
    }
    None
}

/// The entry of `table` that `rest` starts with, as a whole word where it is English.
fn find_word<T: Copy>(rest: &str, table: &[(&str, T)]) -> Option<(usize, T)> {
    table
        .iter()
        .find(|(word, _)| {
            starts_with_ignore_case(rest, word)
                && (!word.ends_with(|c: char| c.is_ascii_alphabetic())
                    || !rest[word.len()..].starts_with(|c: char| c.is_ascii_alphanumeric()))
        })
        .map(|&(word, value)| (word.len(), value))
}

fn starts_with_any(rest: &str, prefixes: &[&str]) -> Option<usize> {
    prefixes
        .iter()
        .find(|prefix| rest.starts_with(**prefix))
        .map(|prefix| prefix.len())
}

fn starts_with_ignore_case(rest: &str, prefix: &str) -> bool {
    rest.len() >= prefix.len()
        && rest.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(f64, Form, Hedge, &str)> {
        numbers(text)
            .into_iter()
            .map(|number| {
                (
                    number.value,
                    number.form,
                    number.hedge,
                    &text[number.range.clone()],
                )
            })
            .collect()
    }

    #[test]
    fn reads_numbers_as_articles_write_them() {
        use Form::*;
        use Hedge::*;
        assert_eq!(
            read("has reached 615, with more than 30% a year and nearly 10,000 people"),
            [
                (615.0, Plain, Exact, "615"),
                (30.0, Percent, MoreThan, "more than 30%"),
                (10_000.0, Plain, Nearly, "nearly 10,000"),
            ]
        );
        assert_eq!(
            read("A 3.6-kilometer road, about 5 times, five-fold, Twice, twenty-five, 1.2 million"),
            [
                (3.6, Plain, Exact, "3.6"),
                (5.0, Times, About, "about 5 times"),
                (5.0, Times, Exact, "five-fold"),
                (2.0, Times, Exact, "Twice"),
                (25.0, Plain, Exact, "twenty-five"),
                (1.2e6, Plain, Exact, "1.2 million"),
            ]
        );
        assert_eq!(
            read("over 30 per cent, half, no more than 5, 100 or more, someone, often, H1N1"),
            [
                (30.0, Percent, MoreThan, "over 30 per cent"),
                (50.0, Percent, Exact, "half"),
                (5.0, Plain, LessThan, "no more than 5"),
                (100.0, Plain, MoreThan, "100 or more"),
            ]
        );
        assert_eq!(
            read("博士700多名，增长约5倍，超过百分之三十，1.2万人，100家左右，二〇一六年"),
            [
                (700.0, Plain, MoreThan, "700多"),
                (5.0, Times, About, "约5倍"),
                (30.0, Percent, MoreThan, "超过百分之三十"),
                (12_000.0, Plain, Exact, "1.2万"),
                (100.0, Plain, About, "100家左右"),
                (2016.0, Plain, Exact, "二〇一六"),
            ]
        );
        assert_eq!(
            read("三成，七成以上，5成为，翻了一番，翻两番，翻番, a million, A hundred, a fan"),
            [
                (30.0, Percent, Exact, "三成"),
                (70.0, Percent, MoreThan, "七成以上"),
                (5.0, Plain, Exact, "5"),
                (2.0, Times, Exact, "翻了一番"),
                (4.0, Times, Exact, "翻两番"),
                (1e6, Plain, Exact, "a million"),
                (100.0, Plain, Exact, "A hundred"),
            ]
        );
        assert_eq!(
            read("一百二十、三千五百万、１２０％"),
            [
                (120.0, Plain, Exact, "一百二十"),
                (35_000_000.0, Plain, Exact, "三千五百万"),
                (120.0, Percent, Exact, "１２０％"),
            ]
        );
    }

    #[test]
    fn folding_keeps_the_words_and_drops_what_copying_changes() {
        let folded = Folded::new("  “BT\u{a0}Avenue”,\n which 坪山 区 615 家 ");
        assert_eq!(folded.text, "\"BT Avenue\", which坪山区615家");
        assert_eq!(folded.original_range(0..4), 2..9);
    }

    #[test]
    fn a_changed_quote_shows_where_it_parts_from_the_article() {
        let article = Folded::new(
            "The number of companies in the district has reached 615, forming a good trend.",
        );
        let divergence = |text: &str| find_quote(&article, &Folded::new(text));
        assert_eq!(divergence("has reached 615, forming"), Ok(()));
        assert_eq!(
            divergence("the district has reached 616, forming a good trend."),
            Err(Some(Divergence {
                quote: "reached 616, forming".into(),
                article: "reached 615, forming".into(),
            }))
        );
        assert_eq!(
            divergence("The count of companies in the district has reached 615"),
            Err(Some(Divergence {
                quote: "The count of".into(),
                article: "The number of".into(),
            }))
        );
        assert_eq!(divergence("Something else entirely."), Err(None));
    }

    /// Text from a page can be anything: pieces the reader and the matcher treat specially,
    /// strung together at random, never make them panic.
    #[test]
    fn odd_text_never_panics() {
        let pieces: Vec<&str> =
            "1|0|,|.|%| |\n\u{a0}|more than |第|超过|多|万|百分之|十|两|以上|家|成|翻|了|番|a |“|x|-fold|twenty-|+|é|１"
                .split('|')
                .collect();
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move |bound: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % bound as u64) as usize
        };
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..next(24) {
                text.push_str(pieces[next(pieces.len())]);
            }
            for number in numbers(&text) {
                assert!(text.get(number.range.clone()).is_some(), "{text:?}");
            }
            let cut = text.char_indices().nth(next(8)).map_or(0, |(at, _)| at);
            let _ = find_quote(&Folded::new(&text[cut..]), &Folded::new(&text));
            let _ = find_quote(&Folded::new(&text), &Folded::new(&text[cut..]));
        }
    }

    /// A formula over a derived figure is a validation error, so no model read from a document
    /// has one; this changes a valid model by hand to reach the check's own test of it.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn formulas_over_derived_or_absent_figures_are_named() -> Result<(), Box<dyn std::error::Error>>
    {
        use crate::model::Formula;
        let mut model = Model::embedded()?;
        let formula = Formula::parse("doctorates_2016 * nobody")?;
        model.views[0].figures[0].provenance = Provenance::Derived { formula };
        let warnings: Vec<String> = check(&model, "")
            .iter()
            .filter(|warning| warning.path.to_string().ends_with("formula"))
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            warnings,
            [
                "views[0].figures[0].formula: expected the id of a reported figure, found \
                 \"doctorates_2016\", a derived figure",
                "views[0].figures[0].formula: expected the id of a reported figure, found \
                 \"nobody\", which no figure has",
            ]
        );
        Ok(())
    }
}
