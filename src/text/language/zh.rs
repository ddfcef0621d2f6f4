//! Simplified Chinese, as mainland newsrooms write it: `zh` in a document.

use super::{Language, Money, Newsroom, Numbers, Periods, Scale, Sentences};
#[cfg(not(target_arch = "wasm32"))]
use crate::text::HostUi;
use crate::text::Ui;

pub const TABLE: Language = Language {
    ui: Ui {
        source: "来源",
        derived_legend: "推算：由文章中的数据计算得出",
        more_than_legend: "> 超过",
        about_legend: "≈ 近或约",
        derived_point_legend: "空心：由文章中的数据计算得出",
        partial_legend: "空心框：仅为部分时段，不可与完整时段相比",
        gap_legend: "- - 其间各时段无数据",
        derived_change_legend: "灰色的变化：由文章中的数据计算得出",
        change_from: "之前",
        change_to: "之后",
        share_legend: "占整体的比例",
        figure: "指标",
        value: "数值",
        as_of: "数据时间",
        provenance: "报道或推算",
        quote: "原句",
        quote_in: "{l}版原句",
        views: "图表视图",
        table_caption: "图表数据",
        reported_short: "文章报道",
        derived_short: "推算",
        reported_long: "文章报道的数据",
        derived_long: "推算数据，计算方法：",
        quote_intro: "原句：",
        quote_intro_in: "{l}版原句：",
        reading_intro: "本图的理解：",
        csv_header: "视图,编号,指标,数值,单位,图中写法,限定词,数据时间,来源类型,计算公式,{q}",
        languages: [
            "英文",
            "简体中文",
            "繁体中文",
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
                one: "万亿",
                many: "万亿",
                caption: "万亿",
            },
            Scale {
                power: 1e8,
                one: "亿",
                many: "亿",
                caption: "亿",
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
        points: ["个百分点", "个百分点", "个百分点", "个百分点"],
        points_caption: "百分点",
        qualifiers: ["超过{}", "近{}", "约{}"],
        marks: ["超{}", "近{}", "约{}"],
        marks_are_signs: false,
        directions: ["下降{}", "上升{}", "减少{}", "增加{}", "持平"],
    },
    periods: Periods {
        year: "{y}年",
        half: ["{y}年{o}半年", "{y}年{o}半年"],
        quarter: ["{y}年第{o}季度", "{y}年第{o}季度"],
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
        year_range: "{a}—{b}年",
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
        quote_marks: ["“", "”"],
        explore: ["用方向键收听这项数据。", "用方向键在这{n}项数据之间移动。"],
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
            name: "欧元",
        },
        Money {
            symbol: "",
            name: "港元",
        },
        Money {
            symbol: "",
            name: "英镑",
        },
        Money {
            symbol: "",
            name: "日元",
        },
        Money {
            symbol: "",
            name: "澳门元",
        },
        Money {
            symbol: "",
            name: "新台币",
        },
    ],
    font: super::SIMPLIFIED_HAN,
};

pub const NEWSROOM: Newsroom = Newsroom {
    note: ["注：", "“", "”", "为报道原文约数", "系据报道推算", "；"],
    other_version: "{l}版报道",
    by: ["（作者：", "）"],
};

/// The host's words: only the shell carries them (native code).
#[cfg(not(target_arch = "wasm32"))]
pub const HOST: HostUi = HostUi {
    error_title: "无法显示此图表的数据",
    download_png: "下载图片（PNG）",
    download_csv: "下载数据（CSV）",
    download_png_short: "图片（PNG）",
    download_csv_short: "数据（CSV）",
    loading: "图表加载中……",
    loading_view: "图表加载中：{title}",
    load_error_title: "无法加载此图表",
    wasm_timeout: "wasm：{seconds}秒内未能从{url}加载图表程序",
    wasm_failed: "wasm：未能从{url}加载图表程序（{error}）",
    src_status: "src：{url}返回HTTP {status}，而非HTTP 200",
    src_timeout: "src：{seconds}秒内未收到{url}的响应",
    src_network: "src：{url}出现网络错误（{error}）；地址须为同源，或允许跨域访问（CORS）",
    data_invalid: "data：无法读取为JSON文档（对象或其文本）：{error}",
    widget_failed: "（组件）：未能绘制图表（{error}）",
    first_figure: "已是第一项数据",
    last_figure: "已是最后一项数据",
    wasm_text: "wasm：{url}返回以{start}开头的网页（回退页面？），而非图表程序：请在wasm属性中写明wasm的地址",
};
