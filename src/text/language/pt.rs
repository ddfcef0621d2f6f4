//! Portuguese, as Brazilian newsrooms write it (the Manual da Redação of the Folha de
//! S.Paulo, the Estadão's): `1.234,5`, `30%` without a space, 10^9 as `bilhão` (`221 bilhões de
//! yuans`; Portugal's `mil milhões` is not used), singular below two (`1,2 milhão`), `3º
//! trimestre de 2020`, `4,7 pontos percentuais`.

use super::{Language, Money, Numbers, Periods, Scale, Sentences};
#[cfg(not(target_arch = "wasm32"))]
use crate::text::HostUi;
use crate::text::Ui;

pub const TABLE: Language = Language {
    ui: Ui {
        source: "Fonte",
        derived_legend: "Calculado: a partir dos números da reportagem",
        more_than_legend: "> mais de",
        about_legend: "≈ quase ou cerca de",
        derived_point_legend: "Vazado: calculado a partir dos números da reportagem",
        partial_legend: "Só contorno: parte de um período, não comparável a períodos inteiros",
        gap_legend: "- - sem números entre esses períodos",
        derived_change_legend: "Variações em cinza: calculadas a partir dos números da reportagem",
        change_from: "Antes",
        change_to: "Depois",
        share_legend: "Parte de um total",
        figure: "Dado",
        value: "Valor",
        as_of: "Data",
        provenance: "Publicado ou calculado",
        quote: "Frase da reportagem",
        quote_in: "Frase da reportagem ({l})",
        views: "Visualizações do gráfico",
        table_caption: "Dados do gráfico",
        reported_short: "publicado",
        derived_short: "calculado",
        reported_long: "Publicado na reportagem",
        derived_long: "Calculado por nós como",
        quote_intro: "A reportagem diz:",
        quote_intro_in: "A reportagem diz ({l}):",
        reading_intro: "Nossa leitura:",
        csv_header: "visualização,id,rótulo,valor,unidade,no gráfico,qualificador,data dos dados,tipo,fórmula,{q}",
        languages: ["inglês", "chinês", "chinês", "espanhol", "francês", "alemão", "português", "japonês"],
    },
    numbers: Numbers {
        group: ".",
        group_from: 4,
        decimal: ",",
        percent: "{}%",
        space: "\u{a0}",
        scales: &[
            Scale {
                power: 1e12,
                one: "trilhão",
                many: "trilhões",
                caption: "trilhões",
            },
            Scale {
                power: 1e9,
                one: "bilhão",
                many: "bilhões",
                caption: "bilhões",
            },
            Scale {
                power: 1e6,
                one: "milhão",
                many: "milhões",
                caption: "milhões",
            },
        ],
        singular_below_two: true,
        of: "de ",
        of_before_vowel: "de ",
        ratio: "{}×",
        ratio_words: "{} vezes",
        points: ["ponto", "pontos", "ponto percentual", "pontos percentuais"],
        points_caption: "Pontos percentuais",
        qualifiers: ["mais de {}", "quase {}", "cerca de {}"],
        marks: ["mais de\u{a0}{}", "quase\u{a0}{}", "cerca de\u{a0}{}"],
        marks_are_signs: false,
        directions: [
            "queda de {}",
            "alta de {}",
            "queda de {}",
            "alta de {}",
            "estável",
        ],
    },
    periods: Periods {
        year: "{y}",
        half: ["S{n} {y}", "{n}º semestre de {y}"],
        quarter: ["T{n} {y}", "{n}º trimestre de {y}"],
        month: ["{m} {y}", "{m} de {y}"],
        day: ["{d} {m} {y}", "{d} de {m} de {y}"],
        half_ordinals: ["1º", "2º"],
        quarter_ordinals: ["1º", "2º", "3º", "4º"],
        months: [
            "janeiro",
            "fevereiro",
            "março",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro",
        ],
        months_short: [
            "jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.",
            "dez.",
        ],
        range: "{a}–{b}",
        year_range: "{a}–{b}",
        source_date: "{d}\u{a0}de\u{a0}{m}\u{a0}de\u{a0}{y}",
        day_one: "1º",
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
            "As setas do teclado leem o seu dado.",
            "As setas do teclado percorrem os {n} dados.",
        ],
    },
    currencies: [
        Money {
            symbol: "",
            name: "yuans",
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
            name: "ienes",
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
    error_title: "Não foi possível mostrar os dados deste gráfico",
    download_png: "Baixar imagem (PNG)",
    download_csv: "Baixar dados (CSV)",
    download_png_short: "Imagem (PNG)",
    download_csv_short: "Dados (CSV)",
    loading: "Carregando o gráfico…",
    loading_view: "Carregando o gráfico: {title}",
    load_error_title: "Não foi possível carregar este gráfico",
    wasm_timeout: "wasm: o código do gráfico não chegou de {url} em {seconds}\u{a0}s",
    wasm_failed: "wasm: não foi possível carregar o código do gráfico de {url} ({error})",
    src_status: "src: {url} respondeu HTTP {status} em vez de HTTP 200",
    src_timeout: "src: {url} não respondeu em {seconds}\u{a0}s",
    src_network: "src: erro de rede em {url} ({error}); o endereço deve ser da mesma origem ou permitir CORS",
    data_invalid: "data: não é um documento JSON (um objeto ou o seu texto): {error}",
    widget_failed: "(widget): não foi possível desenhar o gráfico ({error})",
    first_figure: "Este é o primeiro dado",
    last_figure: "Este é o último dado",
    wasm_text: "wasm: {url} devolveu uma página que começa com {start} (uma página substituta?) em vez do código do gráfico: informe o endereço do wasm no atributo wasm",
};
