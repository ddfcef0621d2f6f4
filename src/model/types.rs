//! The validated model: what every stage after `model` reads, and the languages its texts are
//! written in.
//!
//! Each struct here holds a private [`Sealed`] field, so only `model` can build one: every
//! value outside this module was built by the checker from a document that kept every rule
//! (see the module doc of [`crate::model`]). The enums are plain values and need no seal.

use super::formula::Formula;
use super::period::Period;

/// The languages of the data format: every text of a document is given in each it declares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    /// Simplified Chinese, as mainland newsrooms write it: `zh` in a document.
    Zh,
    /// Traditional Chinese, as Hong Kong newsrooms write it (企業, 數據, 約; quotes in 「」):
    /// `zh-Hant` in a document.
    Hant,
    Es,
    Fr,
    De,
    /// Portuguese as Brazilian newsrooms write it (`bilhão` for 10^9): `pt` in a document.
    Pt,
    Ja,
}

/// A validated document: every invariant of the data format holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    /// The format the document was written in (`FORMATS`).
    pub format: u32,
    /// The languages the document is written in, its first the default; every text is given
    /// in each (format 1, and format 2 without `languages`: English and Chinese).
    pub languages: Vec<Lang>,
    pub title: Text,
    pub source: Source,
    pub views: Vec<View>,
    pub(super) _sealed: Sealed,
}

impl Model {
    /// The language the widget speaks for a reader who asks for `wanted`: it, if the document
    /// is written in it, else the document's default.
    /// A Chinese reader whose script the document lacks gets the other script before the
    /// default: a Hong Kong reader of an English and Simplified Chinese document reads Chinese.
    pub fn speak(&self, wanted: Lang) -> Lang {
        let other_script = match wanted {
            Lang::Zh => Lang::Hant,
            Lang::Hant => Lang::Zh,
            _ => wanted,
        };
        [wanted, other_script]
            .into_iter()
            .chain(self.languages.first().copied())
            .find(|lang| self.languages.contains(lang))
            .unwrap_or(wanted)
    }
}

/// A text in every language the widget speaks, in the order of [`Lang::ALL`]: empty in a
/// language the document does not declare.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    pub(super) texts: [String; Lang::ALL.len()],
    pub(super) _sealed: Sealed,
}

/// Where the figures come from.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub headline: String,
    pub authors: Vec<String>,
    /// The publication date, `YYYY-MM-DD`.
    pub date: String,
    pub outlet: String,
    /// The source's own names in the document's other languages, where it gives them
    /// (`names`, format 2): the outlet's official Chinese name; a headline or authors only
    /// where the article has an original in that language. One entry a language at most.
    pub names: Vec<SourceNames>,
    /// The language the article is written in (`language`, format 2; English without it):
    /// its quotes, and its headline, authors and outlet as given, are in it.
    pub language: Lang,
    pub(super) _sealed: Sealed,
}

impl Source {
    /// The names given for `lang`, if any.
    pub fn names_in(&self, lang: Lang) -> Option<&SourceNames> {
        self.names.iter().find(|names| names.lang == lang)
    }
}

/// A source's names in one language: each one that is left out is written as the article
/// gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceNames {
    pub lang: Lang,
    pub outlet: Option<String>,
    pub headline: Option<String>,
    pub authors: Option<Vec<String>>,
    pub(super) _sealed: Sealed,
}

#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub id: String,
    pub layout: ViewLayout,
    pub tab: Text,
    pub title: Text,
    pub subtitle: Option<Text>,
    /// What each bar colour means, for a view whose bars are in more than one group; in the
    /// order the groups' bars first appear, which is the order of their colours.
    pub groups: Vec<Group>,
    /// How the view reads the article where the article does not say it (that the bars of a
    /// nested view are parts of each other, say), in each language: said beside the chart.
    pub reading: Option<Text>,
    /// In document order. A stacked view whose parts fall short of their whole ends with the
    /// remainder, a figure the checker derives (`whole - part - …`), labelled by the view's
    /// `remainder` text.
    pub figures: Vec<Figure>,
    pub(super) _sealed: Sealed,
}

/// A group of bars that share a colour, named for the view's legend.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub id: String,
    pub label: Text,
    pub(super) _sealed: Sealed,
}

/// How a view arranges its bars.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewLayout {
    /// Each bar is a part of the bar above it; the bar above is drawn behind it as a track.
    Nested,
    /// Independent bars on one scale.
    Bars,
    /// Columns along a time axis, each at its period, in proportion to time.
    Columns,
    /// One line a group of figures, over a time axis, labelled at its end.
    Line,
    /// The parts of one whole, side by side in one bar.
    Stacked,
    /// Each item before and after, with the change between.
    Change,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub id: String,
    pub mark: MarkKind,
    /// Bars of one group share a colour; `None` is the first group.
    pub group: Option<String>,
    pub label: Text,
    /// For `MarkKind::Note`: the sentence drawn, with `{value}` where the value goes.
    pub note: Option<Text>,
    pub value: f64,
    pub unit: Unit,
    /// What is counted, for `Unit::Count` (`companies`, `家企业`).
    pub unit_label: Option<Text>,
    /// The currency of `Unit::Money`.
    pub currency: Option<Currency>,
    /// Whether the value is a change (a difference), written with its sign and said as a rise
    /// or a fall. Always so for `Unit::Points`.
    pub change: bool,
    pub qualifier: Qualifier,
    pub as_of: String,
    /// `as_of` read as a period, where it is written as one (always so in the time layouts).
    pub period: Option<Period>,
    pub provenance: Provenance,
    /// The sentence of the article the figure comes from, verbatim.
    pub quote: String,
    /// The words of the quote its number comes from (`4.7 percentage points`), for a reported
    /// figure of a format 2 document.
    pub number: Option<String>,
    /// A formula the article's own figures should agree with (`(a + b + c) / total`); where
    /// they do not, the source check says so: the article said both.
    pub check: Option<Formula>,
    /// How the figure reads the article where the article could be read otherwise, in each
    /// language: said wherever the figure is (tooltip, table, description).
    pub reading: Option<Text>,
    /// For `MarkKind::Change`: the ids of the figures it goes from and to.
    pub ends: Option<(String, String)>,
    pub(super) _sealed: Sealed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// A bar on the view's common scale.
    Bar,
    /// A bar of its own showing a share of a whole.
    Share,
    /// A sentence under the bars.
    Note,
    /// The whole that a stacked view's bars are parts of.
    Whole,
    /// The change from one figure to another, in a change view.
    Change,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A number of things, `unit_label` says which.
    Count,
    /// A part of a whole, 0 to 1, shown as a percentage.
    Share,
    /// A growth rate, 0.3 is 30%, shown as a percentage.
    Rate,
    /// A multiple, 5 is five times.
    Ratio,
    /// A sum of money in `currency`'s units: 221e9 is 221 billion yuan.
    Money,
    /// A difference of percentages in percentage points: -4.7 is a fall of 4.7 points.
    Points,
}

/// The currencies money can be in (ISO 4217 codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Currency {
    Cny,
    Usd,
    Eur,
    Hkd,
    Gbp,
    Jpy,
    Mop,
    Twd,
}

/// How the article words the figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    Exact,
    MoreThan,
    Nearly,
    About,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Provenance {
    /// Stated in the article.
    Reported,
    /// Computed by us from reported figures.
    Derived { formula: Formula },
}

/// The private field that keeps the structs above from being written as literals outside
/// `model`. It is empty, so it costs nothing at run time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Sealed;

impl Lang {
    /// Every language the format carries, in the order documents write them.
    pub const ALL: [Lang; 8] = [
        Lang::En,
        Lang::Zh,
        Lang::Hant,
        Lang::Es,
        Lang::Fr,
        Lang::De,
        Lang::Pt,
        Lang::Ja,
    ];

    /// The languages of a document that declares none (format 1, and format 2 without
    /// `languages`): English and Simplified Chinese.
    pub const DEFAULT: [Lang; 2] = [Lang::En, Lang::Zh];

    /// The language whose [`Lang::code`] `code` is, exactly (a document's key, a language
    /// file's `code`), or `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The key of this language in a document's texts (a BCP 47 tag): `en`, `zh`, `zh-Hant`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
            Lang::Hant => "zh-Hant",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Pt => "pt",
            Lang::Ja => "ja",
        }
    }

    /// The language tags a reader's `lang` is matched against, lowercase, each with the
    /// language it picks: `zh-HK`, `zh-MO`, `zh-TW` and `zh-Hant` read Traditional Chinese;
    /// `zh-Hans` and every other `zh` (`zh-CN`, `zh-SG`) Simplified; every other language by
    /// its primary subtag (`pt-BR` and `pt-PT` Portuguese, `fr-CA` French, `ja-JP` Japanese).
    /// The shell carries the same table, so the host picks its words before the wasm arrives
    /// as the wasm does after.
    pub const TAGS: [(&'static str, Lang); 12] = [
        ("en", Lang::En),
        ("zh", Lang::Zh),
        ("zh-hans", Lang::Zh),
        ("zh-hant", Lang::Hant),
        ("zh-hk", Lang::Hant),
        ("zh-mo", Lang::Hant),
        ("zh-tw", Lang::Hant),
        ("es", Lang::Es),
        ("fr", Lang::Fr),
        ("de", Lang::De),
        ("pt", Lang::Pt),
        ("ja", Lang::Ja),
    ];

    /// Reads a BCP 47 tag by RFC 4647's lookup over [`Lang::TAGS`]: the whole tag, then less
    /// and less of it, a subtag at a time from the end (`zh-Hant-HK` → `zh-hant`; `zh-Hans-HK`
    /// → `zh-hans`, the script before the region; `en-GB` → `en`). Case and `_` for `-` do not
    /// matter.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        // By bytes: `replace` and `rfind` would link core's char searchers.
        let mut wanted: Vec<u8> = tag
            .bytes()
            .map(|byte| match byte {
                b'_' => b'-',
                _ => byte.to_ascii_lowercase(),
            })
            .collect();
        loop {
            if let Some((_, lang)) = Self::TAGS
                .iter()
                .find(|(known, _)| known.as_bytes() == wanted)
            {
                return Some(*lang);
            }
            let end = wanted.iter().rposition(|byte| *byte == b'-')?;
            wanted.truncate(end);
        }
    }

    /// The tag for the `lang` attribute of generated content: each Chinese text is written
    /// for one place's readers, so a browser picks that place's glyphs and a screen reader its
    /// voice (Cantonese for Hong Kong's Traditional Chinese).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
            Lang::Hant => "zh-HK",
            // The Portuguese table is Brazil's (bilhão, not mil milhões).
            Lang::Pt => "pt-BR",
            Lang::Es | Lang::Fr | Lang::De | Lang::Ja => self.code(),
        }
    }
}

impl Model {
    pub fn view(&self, id: &str) -> Option<&View> {
        self.views.iter().find(|view| view.id == id)
    }

    /// Every figure of the document, in document order.
    pub fn figures(&self) -> impl Iterator<Item = &Figure> {
        self.views.iter().flat_map(|view| view.figures.iter())
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures().find(|figure| figure.id == id)
    }
}

impl View {
    /// The view's figures with `mark`, in document order.
    pub fn marked(&self, mark: MarkKind) -> impl Iterator<Item = &Figure> {
        self.figures
            .iter()
            .filter(move |figure| figure.mark == mark)
    }
}

/// The groups of `figures` in the order they first appear (`None` for a figure in no group):
/// the order of their colours, and of a line view's lines.
pub fn groups_in_order<'a>(figures: impl IntoIterator<Item = &'a Figure>) -> Vec<Option<&'a str>> {
    let mut groups: Vec<Option<&str>> = Vec::new();
    for figure in figures {
        if !groups.contains(&figure.group.as_deref()) {
            groups.push(figure.group.as_deref());
        }
    }
    groups
}

impl Text {
    /// The text in `lang`; in a language the document does not declare (which the widget
    /// never speaks, `Model::speak`), its first.
    pub fn get(&self, lang: Lang) -> &str {
        let text = self.texts.get(lang as usize).map_or("", String::as_str);
        if !text.is_empty() {
            return text;
        }
        self.texts
            .iter()
            .find(|text| !text.is_empty())
            .map_or("", String::as_str)
    }
}

impl Unit {
    /// Each unit with its name in the data format (and in the CSV download).
    pub const NAMES: [(&'static str, Unit); 6] = [
        ("count", Unit::Count),
        ("share", Unit::Share),
        ("rate", Unit::Rate),
        ("ratio", Unit::Ratio),
        ("money", Unit::Money),
        ("points", Unit::Points),
    ];

    pub fn name(self) -> &'static str {
        name_of(&Self::NAMES, self)
    }
}

impl Currency {
    /// Each currency with its ISO 4217 code, as documents write it.
    pub const CODES: [(&'static str, Currency); 8] = [
        ("CNY", Currency::Cny),
        ("USD", Currency::Usd),
        ("EUR", Currency::Eur),
        ("HKD", Currency::Hkd),
        ("GBP", Currency::Gbp),
        ("JPY", Currency::Jpy),
        ("MOP", Currency::Mop),
        ("TWD", Currency::Twd),
    ];

    pub fn code(self) -> &'static str {
        name_of(&Self::CODES, self)
    }
}

impl Figure {
    /// The ISO 4217 code of its currency (money), or "" (any other unit): for messages.
    pub fn currency_code(&self) -> &'static str {
        self.currency.map_or("", Currency::code)
    }

    /// Whether the value is written with its sign: a change, or a negative value.
    pub fn signed(&self) -> bool {
        self.change || self.value < 0.0
    }

    /// Whether the figure is on its view's common scale (a bar, a column, a point of a line, a
    /// part of a stack, an end of a change), rather than a share, note, whole or change.
    pub fn on_scale(&self) -> bool {
        self.mark == MarkKind::Bar
    }
}

impl Qualifier {
    /// Each qualifier with its name in the data format (and in the CSV download).
    pub const NAMES: [(&'static str, Qualifier); 4] = [
        ("exact", Qualifier::Exact),
        ("more_than", Qualifier::MoreThan),
        ("nearly", Qualifier::Nearly),
        ("about", Qualifier::About),
    ];

    pub fn name(self) -> &'static str {
        name_of(&Self::NAMES, self)
    }
}

/// The name of `value` in a table that lists every value of its type.
fn name_of<T: PartialEq>(names: &[(&'static str, T)], value: T) -> &'static str {
    names
        .iter()
        .find(|(_, candidate)| *candidate == value)
        .map_or("", |(name, _)| name)
}

/// The slot in a note's sentence where its value goes.
pub const VALUE_SLOT: &str = "{value}";

/// A note's sentence split around its first `{value}` slot: the text before and after it.
pub fn note_parts(note: &str) -> Option<(&str, &str)> {
    let at = find(note, VALUE_SLOT)?;
    let (before, rest) = note.split_at_checked(at)?;
    Some((before, rest.get(VALUE_SLOT.len()..)?))
}

/// How many `{value}` slots a sentence has.
pub fn count_slots(mut text: &str) -> usize {
    let mut n_slots = 0;
    while let Some((_, rest)) = note_parts(text) {
        n_slots += 1;
        text = rest;
    }
    n_slots
}

/// Where `needle` (not empty) first starts in `text`, by a plain scan of bytes: core's
/// two-way string searcher, with the panic paths it brings, would cost the wasm about 4 KB for
/// the few searches the widget makes.
pub fn find(text: &str, needle: &str) -> Option<usize> {
    text.as_bytes()
        .windows(needle.len().max(1))
        .position(|window| window == needle.as_bytes())
}
