//! Every limit of the data format, in one place. Most are quoted in the message a breach
//! gives, beside the path of the value, so the numbers here are the ones an editor reads.
//!
//! One limit lives elsewhere: the parser's nesting depth ([`crate::node::MAX_DEPTH`]), which
//! `node` keeps because it holds while the text is parsed, before there is a document to check.

/// The data formats this version reads: 1 (the first), and 2, the current one, which adds
/// money, percentage points, changes, the time layouts, parts of a whole, a figure's number
/// words, checks and readings.
pub const FORMATS: [u32; 2] = [1, 2];
/// The format documents are written in now.
pub const FORMAT: u32 = 2;

/// The largest document read, in bytes of JSON text.
pub const MAX_DOCUMENT_BYTES: usize = 256 * 1024;
/// The most shape problems listed for one document; a page of junk reports its first ones.
pub const MAX_SHAPE_ERRORS: usize = 50;

pub const MAX_VIEWS: usize = 8;
pub const MAX_FIGURES_PER_VIEW: usize = 12;
/// The figures of one view checked one by one. A longer view is already an error (over
/// [`MAX_FIGURES_PER_VIEW`]); this keeps a huge one from listing an error for each figure.
pub const MAX_FIGURES_CHECKED_PER_VIEW: usize = MAX_FIGURES_PER_VIEW * 4;

/// The longest id of a view, a figure or a group.
pub const MAX_ID_CHARS: usize = 48;

/// The longest title, subtitle, figure label, note, headline or outlet.
pub const MAX_LABEL_CHARS: usize = 160;
/// The longest name of a view on its tab.
pub const MAX_TAB_CHARS: usize = 40;
/// The longest name of a group in a view's legend.
pub const MAX_LEGEND_CHARS: usize = 60;
/// The most groups of bars a view may have: the palette's colours (`theme`), so no two groups
/// share one; beside share bars, which take a colour of their own, one fewer.
pub const MAX_GROUPS: usize = 3;
/// The longest name of what a count counts (`companies`, `家企业`).
pub const MAX_UNIT_LABEL_CHARS: usize = 40;
/// The longest `as_of` of a figure (`2020`, `2020-Q3`).
pub const MAX_AS_OF_CHARS: usize = 32;
/// The longest reading of the article a view or figure states (`reading`).
pub const MAX_READING_CHARS: usize = 240;
/// The longest number words of a figure (`number`: `4.7 percentage points`).
pub const MAX_NUMBER_CHARS: usize = 60;
/// The longest quote of the article.
pub const MAX_QUOTE_CHARS: usize = 1000;
pub const MAX_AUTHORS: usize = 8;
/// The longest name of an author.
pub const MAX_AUTHOR_CHARS: usize = 80;

/// The longest formula. Counted in bytes, which are its characters: a formula of anything but
/// ASCII is refused by its grammar anyway.
pub const MAX_FORMULA_CHARS: usize = 200;
/// How deep parentheses nest in a formula.
pub const MAX_FORMULA_DEPTH: usize = 8;
/// The most digits of a number in a formula before and after its point: 15 whole digits are
/// exact in an `f64`, and 6 after the point are more than an article gives.
pub const MAX_CONSTANT_WHOLE_DIGITS: usize = 15;
pub const MAX_CONSTANT_FRACTION_DIGITS: usize = 6;

/// The largest count.
pub const MAX_COUNT: f64 = 1e12;
/// The largest rate (100 is 10,000%). The smallest is -1, a fall to nothing, and 0 for a bar,
/// whose length cannot be negative.
pub const MAX_RATE: f64 = 100.0;
/// The largest ratio (a million times). A ratio is above 0.
pub const MAX_RATIO: f64 = 1e6;
/// The largest sum of money, in the currency's units (a quadrillion: every economy's output
/// fits, in yen too).
pub const MAX_MONEY: f64 = 1e15;
/// The largest change in percentage points, either way: as far apart as the largest rate.
pub const MAX_POINTS: f64 = MAX_RATE * 100.0;

/// The widest stretch of time a view's periods may span, in years.
pub const MAX_YEARS_SPANNED: f64 = 1000.0;

/// How far a derived value may be from what its formula gives, as a share of that: the
/// document writes values rounded as the article does.
pub const DERIVED_TOLERANCE: f64 = 0.01;
