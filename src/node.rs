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
    /// The value of field `name` of an object, the last if it is given twice (as `JSON.parse`
    /// keeps it); none for a value that is not an object.
    pub fn field(&self, name: &str) -> Option<&Node> {
        match self {
            Node::Object(entries) => last_field(entries, name),
            _ => None,
        }
    }

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

/// The value of `name` among an object's entries, the last if it is given twice.
pub fn last_field<'a>(entries: &'a [(String, Node)], name: &str) -> Option<&'a Node> {
    entries
        .iter()
        .rev()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value)
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
