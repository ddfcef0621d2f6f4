//! English, as international newsrooms write it (Reuters, the AP).

use super::{Language, Money, Numbers, Periods, Scale, Sentences};
#[cfg(not(target_arch = "wasm32"))]
use crate::text::HostUi;
use crate::text::Ui;

pub const TABLE: Language = Language {
    ui: Ui {
        source: "Source",
        derived_legend: "Derived: computed from the article's figures",
        more_than_legend: "> more than",
        about_legend: "≈ nearly or about",
        derived_point_legend: "Hollow: computed from the article's figures",
        partial_legend: "Outlined: part of a period only, not comparable with whole ones",
        gap_legend: "- - no figures between these periods",
        derived_change_legend: "Changes in grey: computed from the article's figures",
        change_from: "Before",
        change_to: "After",
        share_legend: "Share of a whole",
        figure: "Figure",
        value: "Value",
        as_of: "As of",
        provenance: "Reported or derived",
        quote: "Article sentence",
        views: "Chart views",
        table_caption: "Figures of the chart",
        reported_short: "reported",
        derived_short: "derived",
        reported_long: "Reported in the article",
        derived_long: "Derived: computed by us as",
        quote_intro: "The article says:",
        reading_intro: "Our reading:",
    },
    numbers: Numbers {
        group: ",",
        group_from: 4,
        decimal: ".",
        percent: "{}%",
        space: " ",
        scales: &[
            Scale {
                power: 1e12,
                one: "trillion",
                many: "trillion",
                caption: "Trillion",
            },
            Scale {
                power: 1e9,
                one: "billion",
                many: "billion",
                caption: "Billion",
            },
            Scale {
                power: 1e6,
                one: "million",
                many: "million",
                caption: "Million",
            },
        ],
        singular_below_two: false,
        of: "",
        of_before_vowel: "",
        ratio: "{}×",
        ratio_words: "{} times",
        points: ["point", "points", "percentage point", "percentage points"],
        points_caption: "Percentage points",
        qualifiers: ["more than {}", "nearly {}", "about {}"],
        signs: [">", "≈"],
        directions: ["down {}", "up {}", "down {}", "up {}", "unchanged"],
    },
    periods: Periods {
        year: "{y}",
        half: ["H{n} {y}", "{o} half of {y}"],
        quarter: ["Q{n} {y}", "{o} quarter of {y}"],
        month: ["{m} {y}", "{m} {y}"],
        day: ["{d} {m} {y}", "{d} {m} {y}"],
        half_ordinals: ["first", "second"],
        quarter_ordinals: ["first", "second", "third", "fourth"],
        months: [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        months_short: [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ],
        range: "{a}–{b}",
        year_range: "{a}–{b}",
    },
    sentences: Sentences {
        space: " ",
        colon: ": ",
        aside: [" (", ", ", ")"],
        separator: "; ",
        stop: ".",
        and: ", ",
        comma: ", ",
        title_marks: ["“", "”"],
        quote_marks: ["“", "”"],
        explore: [
            "Use the arrow keys to hear its figure.",
            "Use the arrow keys to move between the {n} figures.",
        ],
    },
    currencies: [
        Money {
            symbol: "",
            name: "yuan",
        },
        Money {
            symbol: "$",
            name: "US dollars",
        },
        Money {
            symbol: "€",
            name: "euros",
        },
        Money {
            symbol: "HK$",
            name: "Hong Kong dollars",
        },
        Money {
            symbol: "£",
            name: "pounds",
        },
        Money {
            symbol: "",
            name: "yen",
        },
        Money {
            symbol: "MOP$",
            name: "patacas",
        },
        Money {
            symbol: "NT$",
            name: "New Taiwan dollars",
        },
    ],
    font: super::SIMPLIFIED_HAN,
};

/// The host's words: only the shell carries them (native code).
#[cfg(not(target_arch = "wasm32"))]
pub const HOST: HostUi = HostUi {
    error_title: "This chart's data could not be shown",
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
    data_invalid: "data: expected a JSON document (an object, or its text), found {error}",
    widget_failed: "(widget): expected the chart to draw, found {error}",
    first_figure: "This is the first figure",
    last_figure: "This is the last figure",
    wasm_text: "wasm: expected the chart's code from {url}, found a page starting {start} (a fallback page?): give the wasm's address in the wasm attribute",
};
