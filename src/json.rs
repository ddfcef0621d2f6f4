//! JSON text to a [`Node`] tree: one small reader for every target, so a syntax error reads
//! the same natively and in every browser (`line 3, column 14: expected …, found …`).
//!
//! The grammar is RFC 8259's, as strict as `JSON.parse`: no comments, no trailing commas,
//! strings without raw control characters, numbers in JSON's form. Objects keep every key in
//! document order, duplicates included (the model reads the last, as `JSON.parse` does).
//! Nesting is capped at [`MAX_DEPTH`]. A lone surrogate in a `\u` escape, which a Rust string
//! cannot hold, becomes U+FFFD.
//!
//! Numbers are checked against JSON's grammar here and turned into `f64` by the caller's
//! `read_number` (core's `str::parse` natively; in the wasm the browser's, since core's float
//! parser would add about 10 KB to it), so both give the correctly rounded value.
//!
//! Deliberately free of `std::str` searching and indexing that can panic: the reader walks
//! bytes and slices with `get`, so no panic message machinery is linked into the wasm for it.
//!
//! [`Writer`] goes the other way for the browser handle's results: JSON text the host reads
//! with `JSON.parse`.

use crate::node::{Node, MAX_DEPTH};

/// Why a text is not JSON, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonError {
    /// Not JSON's grammar: at a line and column (both from 1, columns in characters).
    Syntax {
        line: usize,
        column: usize,
        expected: &'static str,
        found: String,
    },
    /// Arrays and objects nested deeper than [`MAX_DEPTH`].
    TooDeep,
}

impl JsonError {
    /// The syntax error as a message: `line 3, column 14: expected a value, found "}"`.
    pub fn detail(&self) -> String {
        match self {
            JsonError::Syntax {
                line,
                column,
                expected,
                found,
            } => format!("line {line}, column {column}: expected {expected}, found {found}"),
            JsonError::TooDeep => format!("nesting deeper than {MAX_DEPTH} levels"),
        }
    }
}

/// Reads `text` as one JSON value, with white space around it and nothing else.
pub fn parse(text: &str, read_number: &dyn Fn(&str) -> Option<f64>) -> Result<Node, JsonError> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
        read_number,
    };
    let node = reader.value(0)?;
    reader.skip_space();
    if reader.at < reader.bytes.len() {
        return Err(reader.error("the end of the text"));
    }
    Ok(node)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    read_number: &'a dyn Fn(&str) -> Option<f64>,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// A syntax error at the current place: its line and column, and what stands there.
    fn error(&self, expected: &'static str) -> JsonError {
        let before = self.text.get(..self.at).unwrap_or(self.text);
        let line = before.bytes().filter(|byte| *byte == b'\n').count() + 1;
        // The line's start found by bytes: `rsplit('\n')` would link core's reverse searcher.
        let line_start = before
            .bytes()
            .rposition(|byte| byte == b'\n')
            .map_or(0, |at| at + 1);
        let column = before.get(line_start..).unwrap_or("").chars().count() + 1;
        let found = match self
            .text
            .get(self.at..)
            .and_then(|rest| rest.chars().next())
        {
            None => "the end of the text".to_string(),
            Some(c) if c.is_control() => format!("the character U+{:04X}", u32::from(c)),
            Some(c) => format!("\"{c}\""),
        };
        JsonError::Syntax {
            line,
            column,
            expected,
            found,
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, JsonError> {
        self.skip_space();
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Node::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.word("true", Node::Bool(true)),
            Some(b'f') => self.word("false", Node::Bool(false)),
            Some(b'n') => self.word("null", Node::Null),
            _ => Err(self.error("a value")),
        }
    }

    fn word(&mut self, word: &'static str, node: Node) -> Result<Node, JsonError> {
        if self.bytes.get(self.at..self.at + word.len()) == Some(word.as_bytes()) {
            self.at += word.len();
            Ok(node)
        } else {
            Err(self.error("a value"))
        }
    }

    fn deeper(depth: usize) -> Result<usize, JsonError> {
        if depth >= MAX_DEPTH {
            Err(JsonError::TooDeep)
        } else {
            Ok(depth + 1)
        }
    }

    fn array(&mut self, depth: usize) -> Result<Node, JsonError> {
        let depth = Self::deeper(depth)?;
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Node::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Node::Array(items));
                }
                _ => return Err(self.error("\",\" or \"]\"")),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Node, JsonError> {
        let depth = Self::deeper(depth)?;
        self.at += 1;
        let mut entries = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Node::Object(entries));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return Err(self.error("a field name in double quotes"));
            }
            let key = self.string()?;
            self.skip_space();
            if self.peek() != Some(b':') {
                return Err(self.error("\":\""));
            }
            self.at += 1;
            entries.push((key, self.value(depth)?));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Node::Object(entries));
                }
                _ => return Err(self.error("\",\" or \"}\"")),
            }
        }
    }

    /// A string from its opening quote: escapes decoded, raw control characters refused.
    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while matches!(self.peek(), Some(byte) if byte != b'"' && byte != b'\\' && byte >= 0x20)
            {
                self.at += 1;
            }
            // The run ends at an ASCII byte, so both ends are character boundaries.
            out.push_str(self.text.get(start..self.at).unwrap_or(""));
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    self.escape(&mut out)?;
                }
                None => return Err(self.error("a closing \"\\\"\"")),
                Some(_) => return Err(self.error("a character that is not a control character")),
            }
        }
    }

    fn escape(&mut self, out: &mut String) -> Result<(), JsonError> {
        let decoded = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                let unit = self.hex4()?;
                let c = match unit {
                    0xd800..=0xdbff if self.bytes.get(self.at..self.at + 2) == Some(b"\\u") => {
                        let resume = self.at;
                        self.at += 2;
                        let low = self.hex4()?;
                        if (0xdc00..=0xdfff).contains(&low) {
                            char::from_u32(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00))
                        } else {
                            // Not a pair: the lone surrogate is replaced, the next escape read on its own.
                            self.at = resume;
                            None
                        }
                    }
                    _ => char::from_u32(unit),
                };
                out.push(c.unwrap_or('\u{fffd}'));
                return Ok(());
            }
            _ => {
                return Err(
                    self.error("an escape (\\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u)")
                )
            }
        };
        self.at += 1;
        out.push(decoded);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut value = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                Some(byte @ b'0'..=b'9') => byte - b'0',
                Some(byte @ b'a'..=b'f') => byte - b'a' + 10,
                Some(byte @ b'A'..=b'F') => byte - b'A' + 10,
                _ => return Err(self.error("four hexadecimal digits")),
            };
            value = value * 16 + u32::from(digit);
            self.at += 1;
        }
        Ok(value)
    }

    /// A number in JSON's form: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    fn number(&mut self) -> Result<Node, JsonError> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.error("a digit")),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("a digit after the decimal point"));
            }
            self.digits();
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("a digit in the exponent"));
            }
            self.digits();
        }
        let token = self.text.get(start..self.at).unwrap_or("");
        match (self.read_number)(token) {
            Some(value) => Ok(Node::Number(value)),
            None => Err(self.error("a number")),
        }
    }

    fn digits(&mut self) {
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
    }
}

/// JSON text out: what the browser handle returns to the host, which the browser reads with
/// `JSON.parse`. Writing text costs the wasm far less than building JS objects field by field
/// (a serializer per result type and a call across the boundary per field), and the host
/// receives the same objects.
///
/// Commas are placed by what was written last, so calls read in the order of the text:
/// `out.object().key("id").string("a").key("x").number(1.5).end_object()`.
#[derive(Default)]
pub struct Writer(String);

impl Writer {
    pub fn object(&mut self) -> &mut Self {
        self.separate();
        self.0.push('{');
        self
    }

    pub fn end_object(&mut self) -> &mut Self {
        self.0.push('}');
        self
    }

    pub fn array(&mut self) -> &mut Self {
        self.separate();
        self.0.push('[');
        self
    }

    pub fn end_array(&mut self) -> &mut Self {
        self.0.push(']');
        self
    }

    /// A key of the object being written; its value is written next.
    pub fn key(&mut self, name: &str) -> &mut Self {
        self.string(name);
        self.0.push(':');
        self
    }

    /// A string, escaped as JSON requires (quotes, backslashes and control characters).
    pub fn string(&mut self, text: &str) -> &mut Self {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.separate();
        self.0.push('"');
        for c in text.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                '\n' => self.0.push_str("\\n"),
                c if u32::from(c) < 0x20 => {
                    let byte = u32::from(c) as usize;
                    self.0.push_str("\\u00");
                    self.0.push(char::from(HEX[byte >> 4]));
                    self.0.push(char::from(HEX[byte & 15]));
                }
                c => self.0.push(c),
            }
        }
        self.0.push('"');
        self
    }

    /// A number as [`crate::decimal::positional`] writes it (never with an exponent, so always
    /// JSON's form); `null` for a NaN or an infinity, which JSON cannot hold.
    pub fn number(&mut self, value: f64) -> &mut Self {
        self.separate();
        if value.is_finite() {
            self.0.push_str(&crate::decimal::positional(value));
        } else {
            self.0.push_str("null");
        }
        self
    }

    pub fn null(&mut self) -> &mut Self {
        self.separate();
        self.0.push_str("null");
        self
    }

    /// The text written so far, leaving the writer empty.
    pub fn finish(&mut self) -> String {
        std::mem::take(&mut self.0)
    }

    /// A comma before a key or value that follows another in the same object or array.
    fn separate(&mut self) {
        if !matches!(self.0.as_bytes().last(), None | Some(b'{' | b'[' | b':')) {
            self.0.push(',');
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Node, JsonError> {
        parse(text, &|token| token.parse().ok())
    }

    #[test]
    fn reads_what_json_parse_reads() -> Result<(), JsonError> {
        let text = r#" {"a": [1, -0.5, 2e3, 1E-2, true, false, null], "b": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00", "a": {}} "#;
        let node = read(text)?;
        let reference: serde_json::Value =
            serde_json::from_str(text).map_err(|_| JsonError::TooDeep)?;
        // Same values as serde_json reads (which keeps only the last "a").
        let Node::Object(entries) = node else {
            panic!("an object")
        };
        assert_eq!(entries.len(), 3, "duplicate keys are kept in order");
        assert_eq!(
            entries[1].1,
            Node::String(reference["b"].as_str().unwrap_or("").to_string())
        );
        assert_eq!(
            entries[0].1,
            Node::Array(vec![
                Node::Number(1.0),
                Node::Number(-0.5),
                Node::Number(2000.0),
                Node::Number(0.01),
                Node::Bool(true),
                Node::Bool(false),
                Node::Null,
            ])
        );
        assert_eq!(read("\"\\ud800x\"")?, Node::String("\u{fffd}x".into()));
        Ok(())
    }

    #[test]
    fn refuses_what_json_parse_refuses_and_says_where() {
        let cases = [
            ("{\"a\": 1,}", "line 1, column 9: expected a field name in double quotes, found \"}\""),
            ("[1, 2", "line 1, column 6: expected \",\" or \"]\", found the end of the text"),
            ("{\n  \"a\": NaN\n}", "line 2, column 8: expected a value, found \"N\""),
            ("01", "line 1, column 2: expected the end of the text, found \"1\""),
            ("1.", "line 1, column 3: expected a digit after the decimal point, found the end of the text"),
            ("\"a\tb\"", "line 1, column 3: expected a character that is not a control character, found the character U+0009"),
            ("\"\\x\"", "line 1, column 3: expected an escape (\\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u), found \"x\""),
            ("// no\n{}", "line 1, column 1: expected a value, found \"/\""),
            ("", "line 1, column 1: expected a value, found the end of the text"),
            ("{\"名\": 1 2}", "line 1, column 9: expected \",\" or \"}\", found \"2\""),
        ];
        for (text, message) in cases {
            let error = read(text).err().map(|error| error.detail());
            assert_eq!(error.as_deref(), Some(message), "{text:?}");
            assert!(
                serde_json::from_str::<serde_json::Value>(text).is_err(),
                "serde_json agrees: {text:?}"
            );
        }
    }

    #[test]
    fn nesting_is_capped() {
        let deep = |n: usize| format!("{}1{}", "[".repeat(n), "]".repeat(n));
        assert!(read(&deep(MAX_DEPTH)).is_ok());
        assert_eq!(read(&deep(MAX_DEPTH + 1)), Err(JsonError::TooDeep));
        assert_eq!(read(&deep(100_000)), Err(JsonError::TooDeep));
    }

    #[test]
    fn writes_what_json_parse_reads_back() -> Result<(), Box<dyn std::error::Error>> {
        let tricky = "a\"b\\c\nd\u{1}\u{1f}é“”\u{2028}";
        let text = Writer::default()
            .object()
            .key("id")
            .string(tricky)
            .key("marks")
            .array()
            .number(1.5)
            .number(-0.25)
            .number(1e21)
            .number(f64::NAN)
            .array()
            .end_array()
            .object()
            .end_object()
            .end_array()
            .key("last")
            .string("")
            .end_object()
            .finish();
        assert_eq!(
            text,
            "{\"id\":\"a\\\"b\\\\c\\nd\\u0001\\u001fé“”\u{2028}\",\"marks\":[1.5,-0.25,1000000000000000000000,null,[],{}],\"last\":\"\"}"
        );
        // serde_json reads back what was written, and so does our reader (as JSON.parse).
        let reference: serde_json::Value = serde_json::from_str(&text)?;
        assert_eq!(reference["id"], tricky);
        assert_eq!(reference["marks"][2], 1e21);
        assert_eq!(reference["marks"].as_array().map(Vec::len), Some(6));
        read(&text).map_err(|error| error.detail())?;
        Ok(())
    }
}
