//! German, as German newsrooms write it (dpa, Der Spiegel; Duden and DIN 5008): `1.234,5`, a
//! no-break space before `%`, „…“ quotes, `3. Quartal 2020`, `221 Milliarden Yuan`,
//! `4,7 Prozentpunkte`, nouns capitalized; a no-break space after an ordinal's point (`3. Quartal`,
//! `8. Januar`), which no line divides.

use super::{Language, Money, Numbers, Periods, Scale, Sentences};
#[cfg(not(target_arch = "wasm32"))]
use crate::text::HostUi;
use crate::text::Ui;

pub const TABLE: Language = Language {
    ui: Ui {
        source: "Quelle",
        derived_legend: "Berechnet: aus den Zahlen des Artikels",
        more_than_legend: "> mehr als",
        about_legend: "≈ fast oder etwa",
        derived_point_legend: "Hohl: aus den Zahlen des Artikels berechnet",
        partial_legend: "Umrandet: nur ein Teil des Zeitraums, nicht mit ganzen vergleichbar",
        gap_legend: "- - keine Zahlen zwischen diesen Zeiträumen",
        derived_change_legend: "Veränderungen in Grau: aus den Zahlen des Artikels berechnet",
        change_from: "Vorher",
        change_to: "Nachher",
        share_legend: "Anteil am Ganzen",
        figure: "Kennzahl",
        value: "Wert",
        as_of: "Stand",
        provenance: "Berichtet oder berechnet",
        quote: "Satz aus dem Artikel",
        views: "Ansichten des Diagramms",
        table_caption: "Zahlen des Diagramms",
        reported_short: "berichtet",
        derived_short: "berechnet",
        reported_long: "Im Artikel berichtet",
        derived_long: "Von uns berechnet als",
        quote_intro: "Im Artikel heißt es:",
        reading_intro: "Unsere Lesart:",
    },
    numbers: Numbers {
        group: ".",
        group_from: 4,
        decimal: ",",
        percent: "{}\u{a0}%",
        space: "\u{a0}",
        scales: &[
            Scale {
                power: 1e12,
                one: "Billion",
                many: "Billionen",
                caption: "Billionen",
            },
            Scale {
                power: 1e9,
                one: "Milliarde",
                many: "Milliarden",
                caption: "Milliarden",
            },
            Scale {
                power: 1e6,
                one: "Million",
                many: "Millionen",
                caption: "Millionen",
            },
        ],
        singular_below_two: false,
        of: "",
        of_before_vowel: "",
        ratio: "{}×",
        ratio_words: "das {}-Fache",
        points: ["Punkt", "Punkte", "Prozentpunkt", "Prozentpunkte"],
        points_caption: "Prozentpunkte",
        qualifiers: ["mehr als {}", "fast {}", "etwa {}"],
        signs: [">", "≈"],
        directions: [
            "Rückgang um {}",
            "Anstieg um {}",
            "Rückgang um {}",
            "Anstieg um {}",
            "unverändert",
        ],
    },
    periods: Periods {
        year: "{y}",
        half: ["H{n} {y}", "{n}.\u{a0}Halbjahr {y}"],
        quarter: ["Q{n} {y}", "{n}.\u{a0}Quartal {y}"],
        month: ["{m} {y}", "{m} {y}"],
        day: ["{d}.\u{a0}{m} {y}", "{d}.\u{a0}{m} {y}"],
        half_ordinals: ["1.", "2."],
        quarter_ordinals: ["1.", "2.", "3.", "4."],
        months: [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        months_short: [
            "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
            "Dez.",
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
        title_marks: ["„", "“"],
        quote_marks: ["„", "“"],
        explore: [
            "Mit den Pfeiltasten hören Sie seine Zahl.",
            "Mit den Pfeiltasten wechseln Sie zwischen den {n} Zahlen.",
        ],
    },
    currencies: [
        Money {
            symbol: "",
            name: "Yuan",
        },
        Money {
            symbol: "",
            name: "US-Dollar",
        },
        Money {
            symbol: "",
            name: "Euro",
        },
        Money {
            symbol: "",
            name: "Hongkong-Dollar",
        },
        Money {
            symbol: "",
            name: "Pfund",
        },
        Money {
            symbol: "",
            name: "Yen",
        },
        Money {
            symbol: "",
            name: "Pataca",
        },
        Money {
            symbol: "",
            name: "Taiwan-Dollar",
        },
    ],
    font: super::SIMPLIFIED_HAN,
};

/// The host's words: only the language's file carries them (native code).
#[cfg(not(target_arch = "wasm32"))]
pub const HOST: HostUi = HostUi {
    error_title: "Die Daten dieses Diagramms konnten nicht angezeigt werden",
    download_png: "Bild herunterladen (PNG)",
    download_csv: "Daten herunterladen (CSV)",
    download_png_short: "Bild (PNG)",
    download_csv_short: "Daten (CSV)",
    loading: "Diagramm wird geladen …",
    loading_view: "Diagramm wird geladen: {title}",
    load_error_title: "Dieses Diagramm konnte nicht geladen werden",
    wasm_timeout: "wasm: Der Code des Diagramms kam nicht innerhalb von {seconds}\u{a0}s von {url}",
    wasm_failed: "wasm: Der Code des Diagramms konnte nicht von {url} geladen werden ({error})",
    src_status: "src: {url} antwortete mit HTTP {status} statt HTTP 200",
    src_timeout: "src: Keine Antwort von {url} innerhalb von {seconds}\u{a0}s",
    src_network: "src: Netzwerkfehler bei {url} ({error}); die Adresse muss denselben Ursprung haben oder CORS erlauben",
    data_invalid: "data: Kein JSON-Dokument (ein Objekt oder sein Text): {error}",
    widget_failed: "(Widget): Das Diagramm konnte nicht gezeichnet werden ({error})",
    first_figure: "Das ist die erste Zahl",
    last_figure: "Das ist die letzte Zahl",
    wasm_text: "wasm: {url} lieferte statt des Diagrammcodes eine Seite, die mit {start} beginnt (eine Ersatzseite?): Geben Sie die Adresse der wasm-Datei im Attribut wasm an",
};
