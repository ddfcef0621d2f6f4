//! Traditional Chinese, as Hong Kong newsrooms write it (企業, 數據, 約; 第三季, not 第三季度):
//! `zh-Hant` in a document. Hong Kong words, not Simplified Chinese converted: 報道, 數據, 載入,
//! 程式, 網絡, 網址.

use super::{Language, Money, Newsroom, Numbers, Periods, Scale, Sentences};
#[cfg(not(target_arch = "wasm32"))]
use crate::text::HostUi;
use crate::text::Ui;

pub const TABLE: Language = Language {
    ui: Ui {
        source: "資料來源",
        derived_legend: "推算：根據報道中的數據計算",
        more_than_legend: "> 超過",
        about_legend: "≈ 近或約",
        derived_point_legend: "空心：根據報道中的數據計算",
        partial_legend: "空心框：只屬部分時段，不宜與完整時段比較",
        gap_legend: "- - 其間各時段沒有數據",
        derived_change_legend: "灰色的變化：根據報道中的數據計算",
        change_from: "之前",
        change_to: "之後",
        share_legend: "佔整體的比例",
        figure: "指標",
        value: "數值",
        as_of: "數據時間",
        provenance: "報道或推算",
        quote: "原句",
        quote_in: "{l}版原句",
        views: "圖表分頁",
        table_caption: "圖表數據",
        reported_short: "報道數據",
        derived_short: "推算",
        reported_long: "報道所載數據",
        derived_long: "推算數據，計算方法：",
        quote_intro: "原句：",
        quote_intro_in: "{l}版原句：",
        reading_intro: "本圖解讀：",
        csv_header: "分頁,編號,指標,數值,單位,圖中寫法,限定詞,數據時間,來源類型,計算公式,{q}",
        languages: [
            "英文",
            "簡體中文",
            "繁體中文",
            "西班牙文",
            "法文",
            "德文",
            "葡萄牙文",
            "日文",
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
                one: "萬億",
                many: "萬億",
                caption: "萬億",
            },
            Scale {
                power: 1e8,
                one: "億",
                many: "億",
                caption: "億",
            },
            Scale {
                power: 1e4,
                one: "萬",
                many: "萬",
                caption: "萬",
            },
        ],
        singular_below_two: false,
        of: "",
        of_before_vowel: "",
        ratio: "{}倍",
        ratio_words: "{}倍",
        points: ["個百分點", "個百分點", "個百分點", "個百分點"],
        points_caption: "百分點",
        qualifiers: ["超過{}", "近{}", "約{}"],
        marks: ["超{}", "近{}", "約{}"],
        marks_are_signs: false,
        directions: ["下降{}", "上升{}", "減少{}", "增加{}", "持平"],
    },
    periods: Periods {
        year: "{y}年",
        half: ["{y}年{o}半年", "{y}年{o}半年"],
        quarter: ["{y}年第{o}季", "{y}年第{o}季"],
        month: ["{y}年{n}月", "{y}年{n}月"],
        day: ["{y}年{n}月{d}日", "{y}年{n}月{d}日"],
        half_ordinals: ["上", "下"],
        quarter_ordinals: ["一", "二", "三", "四"],
        months: [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
        ],
        months_short: [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
        ],
        range: "{a}至{b}",
        year_range: "{a}至{b}年",
        source_date: "{y}年{n}月{d}日",
        day_one: "1",
    },
    sentences: Sentences {
        space: "",
        colon: "：",
        aside: ["（", "，", "）"],
        separator: "；",
        stop: "。",
        and: "、",
        comma: "，",
        title_marks: ["《", "》"],
        quote_marks: ["「", "」"],
        explore: ["用方向鍵收聽這項數據。", "用方向鍵在這{n}項數據之間移動。"],
    },
    currencies: [
        Money {
            symbol: "",
            name: "元",
        },
        Money {
            symbol: "",
            name: "美元",
        },
        Money {
            symbol: "",
            name: "歐元",
        },
        Money {
            symbol: "",
            name: "港元",
        },
        Money {
            symbol: "",
            name: "英鎊",
        },
        Money {
            symbol: "",
            name: "日圓",
        },
        Money {
            symbol: "",
            name: "澳門元",
        },
        Money {
            symbol: "",
            name: "新台幣",
        },
    ],
    font: super::font_stack!(
        "'PingFang HK', 'PingFang TC', 'Noto Sans CJK HK', 'Noto Sans CJK TC', 'Microsoft JhengHei'"
    ),
};

pub const NEWSROOM: Newsroom = Newsroom {
    note: ["註：", "「", "」", "為報道原文約數", "乃根據報道推算", "；"],
    other_version: "{l}版報道",
    by: ["（作者：", "）"],
};

/// The host's words: only the shell carries them (native code).
#[cfg(not(target_arch = "wasm32"))]
pub const HOST: HostUi = HostUi {
    error_title: "未能顯示此圖表的數據",
    download_png: "下載圖片（PNG）",
    download_csv: "下載數據（CSV）",
    download_png_short: "圖片（PNG）",
    download_csv_short: "數據（CSV）",
    loading: "圖表載入中……",
    loading_view: "圖表載入中：{title}",
    load_error_title: "未能載入此圖表",
    wasm_timeout: "wasm：{seconds}秒內未能從{url}載入圖表程式",
    wasm_failed: "wasm：未能從{url}載入圖表程式（{error}）",
    src_status: "src：{url}回應HTTP {status}，而非HTTP 200",
    src_timeout: "src：{seconds}秒內未收到{url}的回應",
    src_network: "src：{url}出現網絡錯誤（{error}）；網址須為同源，或容許跨域存取（CORS）",
    data_invalid: "data：未能讀取為JSON文件（物件或其文字）：{error}",
    widget_failed: "（組件）：未能繪製圖表（{error}）",
    first_figure: "已是第一項數據",
    last_figure: "已是最後一項數據",
    wasm_text: "wasm：{url}傳回以{start}開頭的網頁（後備網頁？），而非圖表程式：請在wasm屬性中寫明wasm的網址",
};
