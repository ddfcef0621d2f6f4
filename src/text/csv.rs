//! The CSV download (RFC 4180): a view's figures, or every view's, under a header row in the
//! widget's language where a newsroom names the columns, text cells quoted and defused.

use super::language::fill;
use super::ui::{quote_label, ui};
use super::value::short_value;
use crate::model::{Lang, Model, Provenance};

/// The figures of one view (or of all, for `None`) as CSV (RFC 4180), with a header row.
pub fn csv(model: &Model, view_id: Option<&str>, lang: Lang) -> String {
    let mut out = csv_header(model.source.language, lang);
    out.push_str("\r\n");
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

/// The CSV's header row in `lang`: the columns' names, in the order of every row, the last
/// (`{q}`) the article's sentence as `lang` labels it for an article in `article`
/// ([`quote_label`]); English's are a program's names. The cells under `unit`, `qualifier` and
/// `kind` stay the format's codes, which a program reads.
pub fn csv_header(article: Lang, lang: Lang) -> String {
    fill(ui(lang).csv_header, &[("q", &quote_label(article, lang))])
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 23: a widget's CSV names its columns in its language, as many as English's, the
    /// quote's column as its label names the article's language.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_csv_header_is_in_the_widget_language() -> Result<(), Box<dyn std::error::Error>> {
        let model = Model::embedded()?;
        let english = csv_header(Lang::En, Lang::En).split(',').count();
        for lang in Lang::ALL {
            let csv = csv(&model, Some("talent"), lang);
            let header = csv.lines().next().ok_or("no header")?;
            assert_eq!(header, csv_header(Lang::En, lang));
            assert_eq!(header.split(',').count(), english, "{lang:?}");
        }
        let header = |lang: Lang| csv_header(Lang::En, lang);
        assert_eq!(
            header(Lang::En),
            "view,id,label,value,unit,shown_as,qualifier,as_of,kind,formula,quote"
        );
        assert_eq!(
            header(Lang::Zh),
            "视图,编号,指标,数值,单位,图中写法,限定词,数据时间,来源类型,计算公式,英文版原句"
        );
        assert_eq!(
            header(Lang::Hant),
            "分頁,編號,指標,數值,單位,圖中寫法,限定詞,數據時間,來源類型,計算公式,英文版原句"
        );
        assert_eq!(
            header(Lang::Es),
            "vista,id,etiqueta,valor,unidad,en el gráfico,calificador,fecha de los datos,tipo,fórmula,Frase del artículo (inglés)"
        );
        assert_eq!(
            header(Lang::Fr),
            "vue,id,libellé,valeur,unité,dans le graphique,qualificatif,date des données,type,formule,Phrase de l’article (anglais)"
        );
        assert_eq!(
            header(Lang::De),
            "Ansicht,ID,Bezeichnung,Wert,Einheit,im Diagramm,Einschränkung,Datenstand,Art,Formel,Satz aus dem Artikel (Englisch)"
        );
        assert_eq!(
            header(Lang::Pt),
            "visualização,id,rótulo,valor,unidade,no gráfico,qualificador,data dos dados,tipo,fórmula,Frase da reportagem (inglês)"
        );
        assert_eq!(
            header(Lang::Ja),
            "表示,ID,項目,数値,単位,グラフ上の表記,限定語,時点,種別,計算式,記事の原文（英語）"
        );
        // An article in the widget's language: its sentence, plainly.
        assert!(csv_header(Lang::Zh, Lang::Zh).ends_with(",计算公式,原句"));
        assert!(csv_header(Lang::Fr, Lang::Fr).ends_with(",formule,Phrase de l’article"));
        Ok(())
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
}
