//! French, as French newsrooms write it (Le Monde, l'AFP; the Lexique des règles
//! typographiques en usage à l'Imprimerie nationale): a narrow no-break space (U+202F) between
//! groups of digits and before `%` and `;`, a no-break space before `:` and inside « »,
//! `3e trimestre 2020`, `221 milliards de yuans`, `4,7 points de pourcentage`.

use super::{Language, Money, Numbers, Periods, Scale, Sentences};
#[cfg(not(target_arch = "wasm32"))]
use crate::text::HostUi;
use crate::text::Ui;

pub const TABLE: Language = Language {
    ui: Ui {
        source: "Source",
        derived_legend: "Calculé\u{a0}: d’après les chiffres de l’article",
        more_than_legend: "> plus de",
        about_legend: "≈ près de ou environ",
        derived_point_legend: "Point creux\u{a0}: calculé d’après les chiffres de l’article",
        partial_legend:
            "Contour seul\u{a0}: une partie de la période, à ne pas comparer aux périodes entières",
        gap_legend: "- - pas de chiffres entre ces périodes",
        derived_change_legend:
            "Variations en gris\u{a0}: calculées d’après les chiffres de l’article",
        change_from: "Avant",
        change_to: "Après",
        share_legend: "Part d’un total",
        figure: "Chiffre",
        value: "Valeur",
        as_of: "Date",
        provenance: "Donné ou calculé",
        quote: "Phrase de l’article",
        quote_in: "Phrase de l’article ({l})",
        views: "Vues du graphique",
        table_caption: "Chiffres du graphique",
        reported_short: "donné par l’article",
        derived_short: "calculé",
        reported_long: "Donné par l’article",
        derived_long: "Calculé par nos soins\u{a0}:",
        quote_intro: "L’article dit\u{a0}:",
        quote_intro_in: "L’article dit ({l})\u{a0}:",
        reading_intro: "Notre lecture\u{a0}:",
        csv_header: "vue,id,libellé,valeur,unité,dans le graphique,qualificatif,date des données,type,formule,{q}",
        languages: ["anglais", "chinois", "chinois", "espagnol", "français", "allemand", "portugais", "japonais"],
    },
    numbers: Numbers {
        group: "\u{202f}",
        group_from: 4,
        decimal: ",",
        percent: "{}\u{202f}%",
        space: "\u{a0}",
        scales: &[
            Scale {
                power: 1e12,
                one: "billion",
                many: "billions",
                caption: "billions",
            },
            Scale {
                power: 1e9,
                one: "milliard",
                many: "milliards",
                caption: "milliards",
            },
            Scale {
                power: 1e6,
                one: "million",
                many: "millions",
                caption: "millions",
            },
        ],
        singular_below_two: true,
        of: "de ",
        of_before_vowel: "d’",
        ratio: "{}×",
        ratio_words: "{}\u{a0}fois",
        points: [
            "point",
            "points",
            "point de pourcentage",
            "points de pourcentage",
        ],
        points_caption: "Points de pourcentage",
        qualifiers: ["plus de {}", "près de {}", "environ {}"],
        marks: ["plus de\u{a0}{}", "près de\u{a0}{}", "environ\u{a0}{}"],
        marks_are_signs: false,
        directions: [
            "en baisse de {}",
            "en hausse de {}",
            "en baisse de {}",
            "en hausse de {}",
            "inchangé",
        ],
    },
    periods: Periods {
        year: "{y}",
        half: ["S{n} {y}", "{o} semestre {y}"],
        quarter: ["T{n} {y}", "{o} trimestre {y}"],
        month: ["{m} {y}", "{m} {y}"],
        day: ["{d} {m} {y}", "{d} {m} {y}"],
        half_ordinals: ["premier", "second"],
        quarter_ordinals: ["1er", "2e", "3e", "4e"],
        months: [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        months_short: [
            "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
            "nov.", "déc.",
        ],
        range: "{a}–{b}",
        year_range: "{a}–{b}",
        source_date: "{d}\u{a0}{m}\u{a0}{y}",
        day_one: "1er",
    },
    sentences: Sentences {
        space: " ",
        colon: "\u{a0}: ",
        aside: [" (", ", ", ")"],
        separator: "\u{202f}; ",
        stop: ".",
        and: ", ",
        comma: ", ",
        title_marks: ["«\u{a0}", "\u{a0}»"],
        quote_marks: ["«\u{a0}", "\u{a0}»"],
        explore: [
            "Les flèches du clavier font entendre son chiffre.",
            "Les flèches du clavier passent d’un chiffre à l’autre, {n} en tout.",
        ],
    },
    currencies: [
        Money {
            symbol: "",
            name: "yuans",
        },
        Money {
            symbol: "",
            name: "dollars",
        },
        Money {
            symbol: "",
            name: "euros",
        },
        Money {
            symbol: "",
            name: "dollars de Hongkong",
        },
        Money {
            symbol: "",
            name: "livres sterling",
        },
        Money {
            symbol: "",
            name: "yens",
        },
        Money {
            symbol: "",
            name: "patacas",
        },
        Money {
            symbol: "",
            name: "dollars taïwanais",
        },
    ],
    font: super::SIMPLIFIED_HAN,
};

/// The host's words: only the language's file carries them (native code).
#[cfg(not(target_arch = "wasm32"))]
pub const HOST: HostUi = HostUi {
    error_title: "Les données de ce graphique n’ont pas pu être affichées",
    download_png: "Télécharger l’image (PNG)",
    download_csv: "Télécharger les données (CSV)",
    download_png_short: "Image (PNG)",
    download_csv_short: "Données (CSV)",
    loading: "Chargement du graphique…",
    loading_view: "Chargement du graphique\u{a0}: {title}",
    load_error_title: "Ce graphique n’a pas pu être chargé",
    wasm_timeout: "wasm\u{a0}: le code du graphique n’est pas arrivé de {url} en {seconds}\u{a0}s",
    wasm_failed: "wasm\u{a0}: le code du graphique n’a pas pu être chargé depuis {url} ({error})",
    src_status: "src\u{a0}: {url} a répondu HTTP {status} au lieu de HTTP 200",
    src_timeout: "src\u{a0}: pas de réponse de {url} en {seconds}\u{a0}s",
    src_network: "src\u{a0}: erreur réseau pour {url} ({error})\u{202f}; l’adresse doit être de la même origine ou autoriser CORS",
    data_invalid: "data\u{a0}: ce n’est pas un document JSON (un objet ou son texte)\u{a0}: {error}",
    widget_failed: "(widget)\u{a0}: le graphique n’a pas pu être dessiné ({error})",
    first_figure: "C’est le premier chiffre",
    last_figure: "C’est le dernier chiffre",
    wasm_text: "wasm\u{a0}: {url} a renvoyé une page commençant par {start} (une page de repli\u{202f}?) au lieu du code du graphique\u{a0}: indiquez l’adresse du wasm dans l’attribut wasm",
};
