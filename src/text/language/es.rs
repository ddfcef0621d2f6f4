//! Spanish, as Spanish-language newsrooms write it (El País's Libro de estilo, the Fundéu
//! and the RAE's Ortografía of 2010): a point between groups of digits from five digits on
//! (`2049`, `12.000`), a decimal comma, a no-break space before `%`, 10^9 as `mil millones`
//! (`221.000 millones de yuanes`), « » quotes, `tercer trimestre de 2020`,
//! `4,7 puntos porcentuales`.

use super::{Language, Money, Numbers, Periods, Scale, Sentences};
#[cfg(not(target_arch = "wasm32"))]
use crate::text::HostUi;
use crate::text::Ui;

pub const TABLE: Language = Language {
    ui: Ui {
        source: "Fuente",
        derived_legend: "Calculado: a partir de las cifras del artículo",
        more_than_legend: "> más de",
        about_legend: "≈ casi o alrededor de",
        derived_point_legend: "Hueco: calculado a partir de las cifras del artículo",
        partial_legend: "Solo contorno: parte de un periodo, no comparable con periodos completos",
        gap_legend: "- - sin cifras entre estos periodos",
        derived_change_legend: "Cambios en gris: calculados a partir de las cifras del artículo",
        change_from: "Antes",
        change_to: "Después",
        share_legend: "Parte de un total",
        figure: "Cifra",
        value: "Valor",
        as_of: "Fecha",
        provenance: "Publicado o calculado",
        quote: "Frase del artículo",
        quote_in: "Frase del artículo ({l})",
        views: "Vistas del gráfico",
        table_caption: "Cifras del gráfico",
        reported_short: "publicado",
        derived_short: "calculado",
        reported_long: "Publicado en el artículo",
        derived_long: "Calculado por nosotros como",
        quote_intro: "El artículo dice:",
        quote_intro_in: "El artículo dice ({l}):",
        reading_intro: "Nuestra lectura:",
        csv_header: "vista,id,etiqueta,valor,unidad,en el gráfico,calificador,fecha de los datos,tipo,fórmula,{q}",
        languages: ["inglés", "chino", "chino", "español", "francés", "alemán", "portugués", "japonés"],
    },
    numbers: Numbers {
        group: ".",
        group_from: 5,
        decimal: ",",
        percent: "{}\u{a0}%",
        space: "\u{a0}",
        scales: &[
            Scale {
                power: 1e12,
                one: "billón",
                many: "billones",
                caption: "billones",
            },
            Scale {
                power: 1e6,
                one: "millón",
                many: "millones",
                caption: "millones",
            },
        ],
        singular_below_two: false,
        of: "de ",
        of_before_vowel: "de ",
        ratio: "{}×",
        ratio_words: "{} veces",
        points: ["punto", "puntos", "punto porcentual", "puntos porcentuales"],
        points_caption: "Puntos porcentuales",
        qualifiers: ["más de {}", "casi {}", "alrededor de {}"],
        marks: ["más de\u{a0}{}", "casi\u{a0}{}", "unos\u{a0}{}"],
        marks_are_signs: false,
        directions: [
            "descenso de {}",
            "aumento de {}",
            "descenso de {}",
            "aumento de {}",
            "sin cambios",
        ],
    },
    periods: Periods {
        year: "{y}",
        half: ["S{n} {y}", "{o} semestre de {y}"],
        quarter: ["T{n} {y}", "{o} trimestre de {y}"],
        month: ["{m} {y}", "{m} de {y}"],
        day: ["{d} {m} {y}", "{d} de {m} de {y}"],
        half_ordinals: ["primer", "segundo"],
        quarter_ordinals: ["primer", "segundo", "tercer", "cuarto"],
        months: [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        months_short: [
            "ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.",
            "nov.", "dic.",
        ],
        range: "{a}-{b}",
        year_range: "{a}-{b}",
        source_date: "{d}\u{a0}de\u{a0}{m}\u{a0}de\u{a0}{y}",
        day_one: "1",
    },
    sentences: Sentences {
        space: " ",
        colon: ": ",
        aside: [" (", ", ", ")"],
        separator: "; ",
        stop: ".",
        and: ", ",
        comma: ", ",
        title_marks: ["«", "»"],
        quote_marks: ["«", "»"],
        explore: [
            "Las flechas del teclado leen su cifra.",
            "Las flechas del teclado recorren sus {n} cifras.",
        ],
    },
    currencies: [
        Money {
            symbol: "",
            name: "yuanes",
        },
        Money {
            symbol: "",
            name: "dólares",
        },
        Money {
            symbol: "",
            name: "euros",
        },
        Money {
            symbol: "",
            name: "dólares de Hong Kong",
        },
        Money {
            symbol: "",
            name: "libras",
        },
        Money {
            symbol: "",
            name: "yenes",
        },
        Money {
            symbol: "",
            name: "patacas",
        },
        Money {
            symbol: "",
            name: "dólares taiwaneses",
        },
    ],
    font: super::SIMPLIFIED_HAN,
};

/// The host's words: only the language's file carries them (native code).
#[cfg(not(target_arch = "wasm32"))]
pub const HOST: HostUi = HostUi {
    error_title: "No se han podido mostrar los datos de este gráfico",
    download_png: "Descargar imagen (PNG)",
    download_csv: "Descargar datos (CSV)",
    download_png_short: "Imagen (PNG)",
    download_csv_short: "Datos (CSV)",
    loading: "Cargando el gráfico…",
    loading_view: "Cargando el gráfico: {title}",
    load_error_title: "No se ha podido cargar este gráfico",
    wasm_timeout: "wasm: el código del gráfico no llegó desde {url} en {seconds}\u{a0}s",
    wasm_failed: "wasm: no se pudo cargar el código del gráfico desde {url} ({error})",
    src_status: "src: {url} respondió HTTP {status} en lugar de HTTP 200",
    src_timeout: "src: {url} no respondió en {seconds}\u{a0}s",
    src_network: "src: error de red en {url} ({error}); la dirección debe ser del mismo origen o permitir CORS",
    data_invalid: "data: no es un documento JSON (un objeto o su texto): {error}",
    widget_failed: "(widget): no se pudo dibujar el gráfico ({error})",
    first_figure: "Es la primera cifra",
    last_figure: "Es la última cifra",
    wasm_text: "wasm: {url} devolvió una página que empieza por {start} (¿una página de respaldo?) en lugar del código del gráfico: indique la dirección del wasm en el atributo wasm",
};
