//! A JSON value as read, before it means anything: `crate::json` reads text into it, and
//! `model` reads the format from it with a path for every problem.

/// How deep arrays and objects may nest; the format itself needs five levels.
pub const MAX_DEPTH: usize = 32;

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

    #[test]
    fn describes_values_in_json_words() -> Result<(), crate::json::JsonError> {
        let node = crate::json::parse(r#"[null, false, 42, 1.5, "12a", [], {}]"#, &|token| {
            token.parse().ok()
        })?;
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
        Ok(())
    }
}
