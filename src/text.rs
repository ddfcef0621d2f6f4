//! Every word the widget shows that is not in the data, in each language of the format
//! ([`Lang`], which `model` owns): number and qualifier formats, the fixed interface strings,
//! the source line, the summary sentence, and the text measurement that layout relies on.
//!
//! Text is measured here with a fixed per-character model rather than by the renderer, so the
//! layout is the same natively and in the browser (golden SVGs stay byte-stable) and the
//! browser never lays out a DOM span to measure a label (plotters' wasm text measurement).
//! The model errs wide, so measured text never overflows the room it is given.

use crate::model::{
    note_parts, Figure, Formula, Lang, MarkKind, Model, Operand, Operator, Provenance, Qualifier,
    Unit, View,
};
use crate::strings::{is_blank, trim_end, trim_start};

/// Interface strings in one language.
pub struct Ui {
    pub source: &'static str,
    pub derived_legend: &'static str,
    pub more_than_legend: &'static str,
    pub about_legend: &'static str,
    /// The legend's word for the colour of share bars, beside bars of several groups.
    pub share_legend: &'static str,
    pub figure: &'static str,
    pub value: &'static str,
    pub as_of: &'static str,
    pub provenance: &'static str,
    pub quote: &'static str,
    pub views: &'static str,
    pub error_title: &'static str,
    pub reported_long: &'static str,
    pub derived_long: &'static str,
    pub quote_intro: &'static str,
    pub download_png: &'static str,
    pub download_csv: &'static str,
    /// The download buttons' words on a narrow widget; the full ones stay their names.
    pub download_png_short: &'static str,
    pub download_csv_short: &'static str,
    /// What the widget says while its code loads and the document is unknown.
    pub loading: &'static str,
    /// The same with the view's title where it is known: `{title}` is replaced.
    pub loading_view: &'static str,
    /// The title over the error list when the widget's own code could not be loaded.
    pub load_error_title: &'static str,
    /// The wasm never came: `{url}` and `{seconds}` are replaced.
    pub wasm_timeout: &'static str,
    /// The wasm failed to load: `{url}` and `{error}` (the browser's words) are replaced.
    pub wasm_failed: &'static str,
    /// A `src` document that did not come: `{url}`, `{status}`, `{seconds}`, `{error}`.
    pub src_status: &'static str,
    pub src_timeout: &'static str,
    pub src_network: &'static str,
    /// Anything else that stopped the widget (a trap): `{error}` is replaced.
    pub widget_failed: &'static str,
}

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &Ui {
            source: "Source",
            derived_legend: "Derived: computed from the article's figures",
            more_than_legend: "> more than",
            about_legend: "≈ nearly or about",
            share_legend: "Share of a whole",
            figure: "Figure",
            value: "Value",
            as_of: "As of",
            provenance: "Reported or derived",
            quote: "Article sentence",
            views: "Chart views",
            error_title: "This chart's data could not be shown",
            reported_long: "Reported in the article",
            derived_long: "Derived: computed by us as",
            quote_intro: "The article says:",
            download_png: "Download image (PNG)",
            download_csv: "Download data (CSV)",
            download_png_short: "Image (PNG)",
            download_csv_short: "Data (CSV)",
            loading: "Loading the chart…",
            loading_view: "Loading the chart: {title}",
            load_error_title: "This chart could not be loaded",
            wasm_timeout:
                "wasm: expected the chart's code from {url} within {seconds} s, found none",
            wasm_failed: "wasm: expected the chart's code from {url}, found {error}",
            src_status: "src: expected HTTP 200 from {url}, found HTTP {status}",
            src_timeout: "src: expected an answer from {url} within {seconds} s, found none",
            src_network: "src: expected a same-origin or CORS-enabled URL, found a network error for {url} ({error})",
            widget_failed: "(widget): expected the chart to draw, found {error}",
        },
        Lang::Zh => &Ui {
            source: "来源",
            derived_legend: "推算：由文章中的数据计算得出",
            more_than_legend: "> 超过",
            about_legend: "≈ 近或约",
            share_legend: "占整体的比例",
            figure: "指标",
            value: "数值",
            as_of: "时间",
            provenance: "报道或推算",
            quote: "文章原句",
            views: "图表视图",
            error_title: "无法显示此图表的数据",
            reported_long: "文章报道的数据",
            derived_long: "推算数据，计算方法：",
            quote_intro: "文章原文（英文）：",
            download_png: "下载图片（PNG）",
            download_csv: "下载数据（CSV）",
            download_png_short: "图片（PNG）",
            download_csv_short: "数据（CSV）",
            loading: "正在加载图表…",
            loading_view: "正在加载图表：{title}",
            load_error_title: "无法加载此图表",
            wasm_timeout: "wasm：应在{seconds}秒内从{url}收到图表程序，但未收到",
            wasm_failed: "wasm：应从{url}收到图表程序，实际为{error}",
            src_status: "src：应从{url}收到HTTP 200，实际为HTTP {status}",
            src_timeout: "src：应在{seconds}秒内收到{url}的回应，但未收到",
            src_network: "src：应为同源或允许跨域（CORS）的URL，但{url}出现网络错误（{error}）",
            widget_failed: "（组件）：应绘制图表，实际为{error}",
        },
    }
}

/// A number with thousands separators and at most two decimals, trailing zeros dropped.
///
/// Integer arithmetic rather than `{:.2}`: precision formatting links core's exact float
/// formatter into the wasm, which nothing else needs.
pub fn format_number(value: f64) -> String {
    if !value.is_finite() {
        return crate::error::short_number(value);
    }
    if value.abs() >= 1e15 {
        return crate::decimal::positional(value);
    }
    let cents = (value.abs() * 100.0).round() as u64;
    let (whole, fraction) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 + 4);
    if value < 0.0 && cents > 0 {
        grouped.push('-');
    }
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    match fraction {
        0 => {}
        f if f % 10 == 0 => grouped.push_str(&format!(".{}", f / 10)),
        f => grouped.push_str(&format!(".{f:02}")),
    }
    grouped
}

/// The number with its unit sign: `615`, `30%`, `5×` (`5倍` in Chinese).
pub fn format_amount(value: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Count => format_number(value),
        Unit::Share | Unit::Rate => format!("{}%", format_number(value * 100.0)),
        Unit::Ratio => match lang {
            Lang::En => format!("{}×", format_number(value)),
            Lang::Zh => format!("{}倍", format_number(value)),
        },
    }
}

/// The value as a chart label shows it, the article's qualifier as a sign: `>700`, `≈50%`.
pub fn short_value(figure: &Figure, lang: Lang) -> String {
    let sign = match figure.qualifier {
        Qualifier::Exact => "",
        Qualifier::MoreThan => ">",
        Qualifier::Nearly | Qualifier::About => "≈",
    };
    format!("{sign}{}", format_amount(figure.value, figure.unit, lang))
}

/// The short value with what is counted, for the first bar of a view: `615 companies`,
/// `615家企业`. Later bars carry the number alone, as newsroom charts do.
pub fn short_value_with_unit(figure: &Figure, lang: Lang) -> String {
    let value = short_value(figure, lang);
    match (&figure.unit_label, lang) {
        (Some(label), Lang::En) => format!("{value} {}", label.en),
        (Some(label), Lang::Zh) => format!("{value}{}", label.zh),
        (None, _) => value,
    }
}

/// The value in words, as a sentence or table says it: `more than 700 doctorate holders`.
pub fn long_value(figure: &Figure, lang: Lang) -> String {
    let amount = amount_in_words(figure, lang);
    match (&figure.unit_label, lang) {
        (Some(label), Lang::En) => format!("{amount} {}", label.en),
        (Some(label), Lang::Zh) => format!("{amount}{}", label.zh),
        (None, _) => amount,
    }
}

/// The number in words with its qualifier, without what is counted: `more than 700`,
/// `about 5 times`, `近50%`.
pub fn amount_in_words(figure: &Figure, lang: Lang) -> String {
    match lang {
        Lang::En => {
            let qualifier = match figure.qualifier {
                Qualifier::Exact => "",
                Qualifier::MoreThan => "more than ",
                Qualifier::Nearly => "nearly ",
                Qualifier::About => "about ",
            };
            let amount = match figure.unit {
                Unit::Ratio => format!("{} times", format_number(figure.value)),
                _ => format_amount(figure.value, figure.unit, lang),
            };
            format!("{qualifier}{amount}")
        }
        Lang::Zh => {
            let qualifier = match figure.qualifier {
                Qualifier::Exact => "",
                Qualifier::MoreThan => "超过",
                Qualifier::Nearly => "近",
                Qualifier::About => "约",
            };
            format!(
                "{qualifier}{}",
                format_amount(figure.value, figure.unit, lang)
            )
        }
    }
}

/// The sentence of a note mark, its `{value}` filled with the short value.
pub fn note_text(figure: &Figure, lang: Lang) -> String {
    match &figure.note {
        Some(note) => fill_note(note.get(lang), &short_value(figure, lang)),
        None => format!("{} {}", short_value(figure, lang), figure.label.get(lang)),
    }
}

/// A note's sentence as it is read out: the value in words, not signs (`more than 100 new
/// biopharmaceutical companies …`).
pub fn note_in_words(figure: &Figure, lang: Lang) -> String {
    match &figure.note {
        Some(note) => fill_note(note.get(lang), &amount_in_words(figure, lang)),
        None => long_value(figure, lang),
    }
}

/// A note's sentence with its `{value}` slot filled.
fn fill_note(note: &str, value: &str) -> String {
    match note_parts(note) {
        Some((before, after)) => format!("{before}{value}{after}"),
        None => note.to_string(),
    }
}

/// Where the value comes from, in words: reported, or derived with the formula spelled out
/// (`Derived: computed by us as Doctorate holders, 2020 (more than 700 …) ÷ …`).
pub fn provenance_in_words(model: &Model, figure: &Figure, lang: Lang) -> String {
    let ui = ui(lang);
    match &figure.provenance {
        Provenance::Reported => ui.reported_long.to_string(),
        Provenance::Derived { formula } => format!(
            "{}{}{}",
            ui.derived_long,
            if lang == Lang::En { " " } else { "" },
            readable_formula(model, formula, lang)
        ),
    }
}

/// What a screen reader hears for one figure: its label and its value in words, and whether it
/// is derived (`Doctorate holders, 2016: about 140 doctorate holders (derived)`).
pub fn figure_in_words(figure: &Figure, lang: Lang) -> String {
    let derived = match (&figure.provenance, lang) {
        (Provenance::Reported, _) => "",
        (Provenance::Derived { .. }, Lang::En) => " (derived)",
        (Provenance::Derived { .. }, Lang::Zh) => "（推算）",
    };
    match figure.mark {
        // A note is a sentence already; its label would say the same again.
        MarkKind::Note => format!("{}{derived}", note_in_words(figure, lang)),
        MarkKind::Bar | MarkKind::Share => format!(
            "{}{}{}{derived}",
            figure.label.get(lang),
            colon(lang),
            long_value(figure, lang)
        ),
    }
}

/// The colon between a name and what it names, as each language writes it.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::Zh => "：",
    }
}

/// What a tooltip says about one figure, line by line (written as is for the host).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tooltip {
    /// The figure in one sentence, for the live region when the keyboard reaches it.
    pub announcement: String,
    pub label: String,
    pub value: String,
    /// The date and the provenance on one line, as the tooltip shows them.
    pub meta: String,
    pub quote_intro: String,
    pub quote: String,
}

pub fn tooltip(model: &Model, figure: &Figure, lang: Lang) -> Tooltip {
    let ui = ui(lang);
    Tooltip {
        announcement: figure_in_words(figure, lang),
        label: figure.label.get(lang).to_string(),
        // The value in words; a note's sentence is already on the chart.
        value: long_value(figure, lang),
        meta: format!(
            "{}{}{} · {}",
            ui.as_of,
            colon(lang),
            figure.as_of,
            provenance_in_words(model, figure, lang)
        ),
        quote_intro: ui.quote_intro.to_string(),
        quote: format!("“{}”", figure.quote),
    }
}

/// A formula with each id replaced by its figure's label and value in words, read from the
/// parsed formula (so `a/b` reads as well as `a / b`):
/// `Doctorate holders, 2020 (more than 700 doctorate holders) ÷ … (about 5 times)`.
pub fn readable_formula(model: &Model, formula: &Formula, lang: Lang) -> String {
    let mut out = String::new();
    for (index, (operator, operand)) in formula.terms().iter().enumerate() {
        if index > 0 {
            out.push_str(match operator {
                Operator::Times => " × ",
                Operator::Divide => " ÷ ",
            });
        }
        match operand {
            Operand::Constant(number) => out.push_str(&format_number(*number)),
            Operand::Id(id) => match model.figure(id) {
                Some(figure) => {
                    let (open, close) = match lang {
                        Lang::En => (" (", ")"),
                        Lang::Zh => ("（", "）"),
                    };
                    out.push_str(&format!(
                        "{}{open}{}{close}",
                        figure.label.get(lang),
                        long_value(figure, lang)
                    ));
                }
                None => out.push_str(id),
            },
        }
    }
    out
}

/// The figures of one view (or of all, for `None`) as CSV (RFC 4180), with a header row.
pub fn csv(model: &Model, view_id: Option<&str>, lang: Lang) -> String {
    let mut out =
        String::from("view,id,label,value,unit,shown_as,qualifier,as_of,kind,formula,quote\r\n");
    for view in model
        .views
        .iter()
        .filter(|view| view_id.is_none_or(|id| view.id == id))
    {
        for figure in &view.figures {
            let (kind, formula) = match &figure.provenance {
                Provenance::Reported => ("reported", ""),
                Provenance::Derived { formula } => ("derived", formula.text.as_str()),
            };
            let cells = [
                csv_text(&view.id),
                csv_text(&figure.id),
                csv_text(figure.label.get(lang)),
                crate::decimal::positional(figure.value),
                figure.unit.name().to_string(),
                csv_text(&short_value(figure, lang)),
                figure.qualifier.name().to_string(),
                csv_text(&figure.as_of),
                kind.to_string(),
                csv_text(formula),
                csv_text(&figure.quote),
            ];
            out.push_str(&crate::strings::join(&cells, ","));
            out.push_str("\r\n");
        }
    }
    out
}

/// A text cell: quoted when it must be, and defused when a spreadsheet would read it as a
/// formula (a leading `=`, `+`, `-`, `@`), since labels can come from an editor's document.
/// Read by bytes, each one ASCII and so never part of a longer character: char patterns would
/// link core's char searchers into the wasm (issue 15).
fn csv_text(text: &str) -> String {
    let formula = matches!(
        text.bytes().next(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    );
    let quoted = text
        .bytes()
        .any(|byte| matches!(byte, b',' | b'"' | b'\n' | b'\r'));
    let mut out = String::with_capacity(text.len() + 4);
    if quoted {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    // Each `"` doubled.
    let mut start = 0;
    for (at, byte) in text.bytes().enumerate() {
        if byte == b'"' {
            out.push_str(text.get(start..=at).unwrap_or_default());
            out.push('"');
            start = at + 1;
        }
    }
    out.push_str(text.get(start..).unwrap_or_default());
    if quoted {
        out.push('"');
    }
    out
}

/// `Source: Lin Yiying, Zhao Lu, "Headline", Outlet, 2021-03-10`.
pub fn source_line(model: &Model, lang: Lang) -> String {
    let source = &model.source;
    let authors = crate::strings::join(
        &source.authors,
        match lang {
            Lang::En => ", ",
            Lang::Zh => "、",
        },
    );
    let by = match (authors.is_empty(), lang) {
        (true, _) => String::new(),
        (false, Lang::En) => format!("{authors}, "),
        (false, Lang::Zh) => format!("{authors}，"),
    };
    match lang {
        Lang::En => format!(
            "{}: {by}“{}”, {}, {}",
            ui(lang).source,
            source.headline,
            source.outlet,
            source.date
        ),
        Lang::Zh => format!(
            "{}：{by}《{}》，{}，{}",
            ui(lang).source,
            source.headline,
            source.outlet,
            source.date
        ),
    }
}

/// What a screen reader hears as the chart's description: each figure in words, once. The
/// view's title is the chart's name, so it is not repeated here.
pub fn summary(view: &View, lang: Lang) -> String {
    let (separator, end) = match lang {
        Lang::En => ("; ", "."),
        Lang::Zh => ("；", "。"),
    };
    let parts: Vec<String> = view
        .figures
        .iter()
        .map(|figure| figure_in_words(figure, lang))
        .collect();
    format!("{}{end}", crate::strings::join(&parts, separator))
}

/// The width of `text` at `size` px, from a fixed model of a sans-serif face; bold is wider.
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let ems: f64 = text.chars().map(char_width_em).sum();
    ems * size * if bold { 1.1 } else { 1.0 }
}

fn char_width_em(c: char) -> f64 {
    // Widths of DejaVu Sans, the widest common fallback face, so other faces only wrap sooner.
    match c {
        'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' | 'I' | 'f' | 't'
        | 'r' => 0.36,
        'm' | 'w' | 'M' | 'W' | '@' | '%' => 0.98,
        'A'..='Z' => 0.75,
        '0'..='9' => 0.64,
        'a'..='z' => 0.62,
        '×' | '≈' | '>' | '<' | '+' | '=' => 0.84,
        // Combining marks add no width.
        '\u{0300}'..='\u{036f}' | '\u{200b}'..='\u{200f}' | '\u{fe00}'..='\u{fe0f}' => 0.0,
        // CJK, full-width forms and emoji take a full em.
        '\u{1100}'..='\u{115f}'
        | '\u{2e80}'..='\u{a4cf}'
        | '\u{ac00}'..='\u{d7a3}'
        | '\u{f900}'..='\u{faff}'
        | '\u{fe30}'..='\u{fe4f}'
        | '\u{ff00}'..='\u{ff60}'
        | '\u{ffe0}'..='\u{ffe6}'
        | '\u{1f000}'..='\u{1faff}'
        | '\u{20000}'..='\u{3fffd}' => 1.0,
        '\u{2000}'..='\u{206f}' => 0.5,
        _ if c.is_ascii_punctuation() => 0.5,
        _ => 0.7,
    }
}

fn is_cjk(c: char) -> bool {
    char_width_em(c) >= 1.0
}

/// Breaks `text` into lines no wider than `max_width`: between words, and between any two
/// CJK characters. A word wider than a line is cut where it must be.
pub fn wrap(text: &str, size: f64, bold: bool, max_width: f64) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for piece in pieces(text) {
        let candidate = format!("{line}{piece}");
        if line.is_empty() || text_width(trim_end(&candidate), size, bold) <= max_width {
            line = candidate;
        } else {
            lines.push(trim_end(&line).to_string());
            line = trim_start(&piece).to_string();
        }
        // A single piece wider than the line is cut at characters.
        while text_width(trim_end(&line), size, bold) > max_width && line.chars().count() > 1 {
            let mut head = String::new();
            let mut rest_start = line.len();
            for (index, c) in line.char_indices() {
                if !head.is_empty() && text_width(&format!("{head}{c}"), size, bold) > max_width {
                    rest_start = index;
                    break;
                }
                head.push(c);
            }
            if rest_start >= line.len() {
                break;
            }
            lines.push(head);
            line = line.get(rest_start..).unwrap_or_default().to_string();
        }
    }
    if !is_blank(&line) {
        lines.push(trim_end(&line).to_string());
    }
    lines
}

/// Splits text into the pieces a line may break after: a word with its trailing space, or a
/// single CJK character (with any punctuation that follows it, so `，` never starts a line).
fn pieces(text: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        let closing = matches!(
            c,
            '，' | '。' | '、' | '；' | '：' | '）' | '”' | '》' | '！' | '？' | ',' | '.' | ')'
        );
        // `ends_with` on strings, not on a char array: that would link a char searcher.
        let after_opening = ["（", "“", "《"]
            .iter()
            .any(|opening| current.ends_with(opening));
        if is_cjk(c) && !closing && !current.is_empty() && !after_opening {
            pieces.push(std::mem::take(&mut current));
        }
        current.push(c);
        if c == ' ' || (is_cjk(c) && !matches!(c, '（' | '“' | '《')) {
            pieces.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_group_thousands_and_drop_trailing_zeros() {
        assert_eq!(format_number(615.0), "615");
        assert_eq!(format_number(10000.0), "10,000");
        assert_eq!(format_number(1234567.5), "1,234,567.5");
        assert_eq!(format_number(0.25), "0.25");
        assert_eq!(format_number(-1500.0), "-1,500");
        assert_eq!(format_number(0.05), "0.05");
        assert_eq!(format_number(2.999), "3");
        assert_eq!(format_number(-0.001), "0");
        assert_eq!(format_number(1e15), "1000000000000000");
        assert_eq!(format_amount(0.3, Unit::Rate, Lang::En), "30%");
        assert_eq!(format_amount(5.0, Unit::Ratio, Lang::Zh), "5倍");
    }

    #[test]
    fn csv_quotes_and_defuses_text_cells() {
        assert_eq!(csv_text("plain"), "plain");
        assert_eq!(csv_text("a, b"), "\"a, b\"");
        assert_eq!(csv_text("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_text("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_text("-1+2"), "'-1+2");
        assert_eq!(csv_text("=a,\"b\""), "\"'=a,\"\"b\"\"\"");
        assert_eq!(csv_text("“引号”，逗号"), "“引号”，逗号");
        assert_eq!(csv_text("\"\""), "\"\"\"\"\"\"");
        assert_eq!(csv_text(""), "");
    }

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn csv_names_units_and_qualifiers_as_the_document_does(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let model = Model::embedded()?;
        let document: serde_json::Value = serde_json::from_str(crate::model::DEFAULT_DOCUMENT)?;
        let array = |value: &serde_json::Value| value.as_array().cloned().ok_or("not an array");
        let mut expected = Vec::new();
        for view in array(&document["views"])? {
            for figure in array(&view["figures"])? {
                expected.push((figure["unit"].clone(), figure["qualifier"].clone()));
            }
        }
        let csv = csv(&model, None, Lang::En);
        // Splits a row at the commas outside quotes (labels hold commas, and are quoted).
        let fields = |row: &str| {
            let (mut fields, mut field, mut quoted) = (Vec::new(), String::new(), false);
            for c in row.chars() {
                match c {
                    '"' => quoted = !quoted,
                    ',' if !quoted => fields.push(std::mem::take(&mut field)),
                    _ => field.push(c),
                }
            }
            fields.push(field);
            fields
        };
        let rows: Vec<_> = csv.lines().skip(1).map(fields).collect();
        assert_eq!(rows.len(), expected.len());
        for (row, (unit, qualifier)) in rows.iter().zip(&expected) {
            assert_eq!(*unit, row[4].as_str());
            assert_eq!(*qualifier, row[6].as_str());
        }
        Ok(())
    }

    #[test]
    fn lang_reads_region_tags() {
        assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("EN-gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag("zh_TW"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("ZH"), Some(Lang::Zh));
        assert_eq!(Lang::from_tag("eng"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::from_tag("-en"), None);
    }

    #[test]
    fn wrap_keeps_every_line_within_width() {
        let text = "Biopharmaceutical companies on BT Avenue (Jinxiu East Road, 3.6 km)";
        let lines = wrap(text, 14.0, false, 150.0);
        assert!(lines.len() > 1);
        for line in &lines {
            assert!(text_width(line, 14.0, false) <= 150.0, "{line:?} too wide");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn wrap_breaks_chinese_between_characters_not_before_punctuation() {
        let lines = wrap("615家生物医药企业，191家聚集在一条路上", 16.0, true, 120.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.concat(), "615家生物医药企业，191家聚集在一条路上");
        assert!(lines.iter().all(|line| !line.starts_with('，')));
    }

    #[test]
    fn wrap_cuts_a_word_longer_than_the_line() {
        let word = "x".repeat(200);
        let lines = wrap(&word, 10.0, false, 100.0);
        assert!(lines.len() > 5);
        assert_eq!(lines.concat(), word);
    }

    #[test]
    fn cjk_is_measured_wider_than_latin() {
        assert!(text_width("坪山", 10.0, false) > text_width("ab", 10.0, false));
        assert_eq!(
            text_width("e\u{301}", 10.0, false),
            text_width("e", 10.0, false)
        );
    }
}
