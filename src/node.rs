//! A JSON value as parsed, before it means anything: the one type serde deserializes.
//!
//! Both readers build a `Node`: serde_json from text natively, serde-wasm-bindgen from the
//! browser's `JSON.parse` result in the wasm. One small visitor serves both, so the derived
//! deserializers of a whole schema (and their error texts) are not compiled in twice, and
//! `model` reads the format from this tree with a path for every problem. Nesting is capped,
//! so neither a deep document nor a cyclic JS object can exhaust the stack.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

/// How deep arrays and objects may nest; the format itself needs five levels.
pub const MAX_DEPTH: usize = 32;

/// The message of the error for deeper nesting, which readers recognise by it.
pub const TOO_DEEP: &str = "nesting deeper than 32 levels";
/// The message of the error for a JS value JSON cannot hold (a function, a symbol, bytes).
pub const NOT_JSON: &str = "a value JSON cannot hold";

/// A JSON value. Objects keep their keys in document order, duplicates included.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Node>),
    Object(Vec<(String, Node)>),
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        Seed { depth: 0 }.deserialize(deserializer)
    }
}

/// Reads one value `depth` levels down.
#[derive(Clone, Copy)]
struct Seed {
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for Seed {
    type Value = Node;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl Seed {
    fn deeper<E: de::Error>(self) -> Result<Seed, E> {
        if self.depth >= MAX_DEPTH {
            Err(E::custom(TOO_DEEP))
        } else {
            Ok(Seed {
                depth: self.depth + 1,
            })
        }
    }
}

// Every `visit_*` a reader may call is written out: serde's defaults word their errors with
// `Unexpected`, whose formatting would link float printing into the wasm.
impl<'de> Visitor<'de> for Seed {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Node, E> {
        Ok(Node::Bool(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Node, E> {
        Ok(Node::Number(value as f64))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Node, E> {
        Ok(Node::Number(value as f64))
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<Node, E> {
        Ok(Node::Number(value as f64))
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<Node, E> {
        Ok(Node::Number(value as f64))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Node, E> {
        Ok(Node::Number(value))
    }

    fn visit_char<E: de::Error>(self, value: char) -> Result<Node, E> {
        Ok(Node::String(value.to_string()))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Node, E> {
        Ok(Node::String(value.to_string()))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<Node, E> {
        Ok(Node::String(value))
    }

    fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Node, E> {
        Err(E::custom(NOT_JSON))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Node, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, _: D) -> Result<Node, D::Error> {
        Err(de::Error::custom(NOT_JSON))
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, _: A) -> Result<Node, A::Error> {
        Err(de::Error::custom(NOT_JSON))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let seed = self.deeper()?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(seed)? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let seed = self.deeper()?;
        let mut entries = Vec::new();
        while let Some(key) = map.next_key_seed(seed)? {
            // A JS `Map` may have keys of any type; JSON's are strings.
            let Node::String(key) = key else {
                return Err(de::Error::custom(NOT_JSON));
            };
            entries.push((key, map.next_value_seed(seed)?));
        }
        Ok(Node::Object(entries))
    }
}

impl Node {
    /// What the value is, for an error's "found": `string "12a"`, `number 42`, `an array`.
    pub fn describe(&self) -> String {
        match self {
            Node::Null => "null".to_string(),
            Node::Bool(value) => format!("boolean {value}"),
            Node::Number(value) => format!("number {}", crate::error::short_number(*value)),
            Node::String(text) => format!("string {}", crate::error::quote(text)),
            Node::Array(_) => "an array".to_string(),
            Node::Object(_) => "an object".to_string(),
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Node, serde_json::Error> {
        serde_json::from_str(text)
    }

    #[test]
    fn reads_every_json_type_and_keeps_key_order() {
        let node = parse(r#"{"b": [1, -2, 2.5e3], "a": {"t": true, "n": null}, "b": "x"}"#)
            .expect("valid JSON");
        assert_eq!(
            node,
            Node::Object(vec![
                (
                    "b".into(),
                    Node::Array(vec![
                        Node::Number(1.0),
                        Node::Number(-2.0),
                        Node::Number(2500.0)
                    ])
                ),
                (
                    "a".into(),
                    Node::Object(vec![
                        ("t".into(), Node::Bool(true)),
                        ("n".into(), Node::Null)
                    ])
                ),
                ("b".into(), Node::String("x".into())),
            ])
        );
    }

    #[test]
    fn nesting_is_capped() {
        let at_limit = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(TOO_DEEP.contains(&MAX_DEPTH.to_string()));
        assert!(parse(&at_limit).is_ok());
        let too_deep = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        let error = parse(&too_deep).expect_err("too deep");
        assert!(error.is_data());
        assert!(error.to_string().starts_with(TOO_DEEP), "{error}");
        let deep_object = format!(
            "{}1{}",
            "{\"a\":".repeat(MAX_DEPTH + 1),
            "}".repeat(MAX_DEPTH + 1)
        );
        assert!(parse(&deep_object).is_err());
    }

    #[test]
    fn describes_values_in_json_words() {
        let node = parse(r#"[null, false, 42, 1.5, "12a", [], {}]"#).expect("valid JSON");
        let Node::Array(items) = node else {
            panic!("an array")
        };
        let described: Vec<String> = items.iter().map(Node::describe).collect();
        assert_eq!(
            described,
            [
                "null",
                "boolean false",
                "number 42",
                "number 1.5",
                "string \"12a\"",
                "an array",
                "an object"
            ]
        );
    }
}
