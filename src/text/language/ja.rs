//! Japanese, as Japanese newsrooms write it (Kyodo's 記者ハンドブック, NHK, the Nikkei):
//! Arabic numerals with 万・億・兆 from ten thousand on and no separator below (`2210億元`,
//! `120万`), `30%`, `4.7ポイント` (points, never `%`), 超・ほぼ・約 around the amount (`700人超`),
//! a change's direction after it (`4.7ポイント低下`), `2020年第3四半期`, 「」 quotes.

use super::{Language, Money, Numbers, Periods, Scale, Sentences};
#[cfg(not(target_arch = "wasm32"))]
use crate::text::HostUi;
use crate::text::Ui;

pub const TABLE: Language = Language {
    ui: Ui {
        source: "出典",
        derived_legend: "推計：記事の数値から算出",
        more_than_legend: "> 超",
        about_legend: "≈ ほぼ・約",
        derived_point_legend: "白抜き：記事の数値から算出",
        partial_legend: "枠のみ：期間の一部のみで、通期とは比較できない",
        gap_legend: "- - この間の数値なし",
        derived_change_legend: "灰色の増減：記事の数値から算出",
        change_from: "前",
        change_to: "後",
        share_legend: "全体に占める割合",
        figure: "項目",
        value: "数値",
        as_of: "時点",
        provenance: "報道または推計",
        quote: "記事の原文",
        quote_in: "記事の原文（{l}）",
        views: "グラフの表示",
        table_caption: "グラフの数値",
        reported_short: "報道",
        derived_short: "推計",
        reported_long: "記事で報じられた数値",
        derived_long: "推計値。計算方法：",
        quote_intro: "記事の原文：",
        quote_intro_in: "記事の原文（{l}）：",
        reading_intro: "本グラフの解釈：",
        csv_header: "表示,ID,項目,数値,単位,グラフ上の表記,限定語,時点,種別,計算式,{q}",
        languages: [
            "英語",
            "中国語",
            "中国語",
            "スペイン語",
            "フランス語",
            "ドイツ語",
            "ポルトガル語",
            "日本語",
        ],
    },
    numbers: Numbers {
        group: "",
        group_from: 4,
        decimal: ".",
        percent: "{}%",
        space: "",
        scales: &[
            Scale {
                power: 1e12,
                one: "兆",
                many: "兆",
                caption: "兆",
            },
            Scale {
                power: 1e8,
                one: "億",
                many: "億",
                caption: "億",
            },
            Scale {
                power: 1e4,
                one: "万",
                many: "万",
                caption: "万",
            },
        ],
        singular_below_two: false,
        of: "",
        of_before_vowel: "",
        ratio: "{}倍",
        ratio_words: "{}倍",
        points: ["ポイント", "ポイント", "ポイント", "ポイント"],
        points_caption: "ポイント",
        qualifiers: ["{}超", "ほぼ{}", "約{}"],
        marks: ["{}超", "{}近く", "約{}"],
        marks_are_signs: false,
        directions: ["{}低下", "{}上昇", "{}減", "{}増", "横ばい"],
    },
    periods: Periods {
        year: "{y}年",
        half: ["{y}年{o}", "{y}年{o}"],
        quarter: ["{y}年Q{n}", "{y}年第{n}四半期"],
        month: ["{y}年{n}月", "{y}年{n}月"],
        day: ["{y}年{n}月{d}日", "{y}年{n}月{d}日"],
        half_ordinals: ["上半期", "下半期"],
        quarter_ordinals: ["1", "2", "3", "4"],
        months: [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
        ],
        months_short: [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
        ],
        range: "{a}～{b}",
        year_range: "{a}～{b}年",
        source_date: "{y}年{n}月{d}日",
        day_one: "1",
    },
    sentences: Sentences {
        space: "",
        colon: "：",
        aside: ["（", "、", "）"],
        separator: "。",
        stop: "。",
        and: "、",
        comma: "、",
        title_marks: ["「", "」"],
        quote_marks: ["「", "」"],
        explore: [
            "矢印キーで数値を読み上げます。",
            "矢印キーで{n}項目の数値を順に移動できます。",
        ],
    },
    currencies: [
        Money {
            symbol: "",
            name: "元",
        },
        Money {
            symbol: "",
            name: "ドル",
        },
        Money {
            symbol: "",
            name: "ユーロ",
        },
        Money {
            symbol: "",
            name: "香港ドル",
        },
        Money {
            symbol: "",
            name: "ポンド",
        },
        Money {
            symbol: "",
            name: "円",
        },
        Money {
            symbol: "",
            name: "パタカ",
        },
        Money {
            symbol: "",
            name: "台湾ドル",
        },
    ],
    font: super::font_stack!(
        "'Hiragino Sans', 'Hiragino Kaku Gothic ProN', 'Noto Sans CJK JP', 'Yu Gothic', 'Meiryo'"
    ),
};

/// The host's words: only the language's file carries them (native code).
#[cfg(not(target_arch = "wasm32"))]
pub const HOST: HostUi = HostUi {
    error_title: "このグラフのデータを表示できませんでした",
    download_png: "画像をダウンロード（PNG）",
    download_csv: "データをダウンロード（CSV）",
    download_png_short: "画像（PNG）",
    download_csv_short: "データ（CSV）",
    loading: "グラフを読み込み中…",
    loading_view: "グラフを読み込み中：{title}",
    load_error_title: "このグラフを読み込めませんでした",
    wasm_timeout: "wasm：{seconds}秒以内に{url}からグラフのプログラムを読み込めませんでした",
    wasm_failed: "wasm：{url}からグラフのプログラムを読み込めませんでした（{error}）",
    src_status: "src：{url}がHTTP 200ではなくHTTP {status}を返しました",
    src_timeout: "src：{seconds}秒以内に{url}から応答がありませんでした",
    src_network: "src：{url}でネットワークエラーが発生しました（{error}）。同一オリジンか、CORSを許可するURLを指定してください",
    data_invalid: "data：JSON文書（オブジェクトまたはその文字列）として読み込めません：{error}",
    widget_failed: "（ウィジェット）：グラフを描画できませんでした（{error}）",
    first_figure: "最初の項目です",
    last_figure: "最後の項目です",
    wasm_text: "wasm：{url}がグラフのプログラムではなく、{start}で始まるページを返しました（代替ページ？）。wasm属性でwasmのURLを指定してください",
};
