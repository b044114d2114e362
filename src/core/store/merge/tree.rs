//! The JSON text of a stored value as a tree of slices of that text, for the merge.
//!
//! The merge compares and combines stored values field by field. It used to do that on
//! `serde_json::Value`, which compiled a second serializer and deserializer for every stored
//! type into the wasm (and the whole `Value` machinery with them) just for this. Instead the
//! values are written with the same `serde_json::to_string` the save path uses, read here into
//! a tree that keeps every string, number and literal as the exact text serde_json wrote, and
//! the merged tree is written back and read with the same `serde_json::from_str` the load path
//! uses. serde_json writes a value one way only, so two leaves are equal exactly when their
//! texts are. Objects are kept sorted by key and without repeated keys, as `Value`'s map was.

/// One JSON value; leaves are the exact text serde_json wrote.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Node<'a> {
    /// A number, `true`, `false` or `null`, as written.
    Atom(&'a str),
    /// A string: the text between the quotes, escapes kept.
    Str(&'a str),
    Arr(Vec<Node<'a>>),
    /// Members sorted by key (the key's text between its quotes), each key once.
    Obj(Vec<(&'a str, Node<'a>)>),
}

/// Deeper than any stored type nests; serde_json refuses the same depth.
const MAX_DEPTH: usize = 128;

impl<'a> Node<'a> {
    /// The member `key` of an object.
    pub(super) fn get(&self, key: &str) -> Option<&Node<'a>> {
        match self {
            Node::Obj(members) => members
                .binary_search_by(|(k, _)| (*k).cmp(key))
                .ok()
                .map(|i| &members[i].1),
            _ => None,
        }
    }

    /// The text of a string, escapes kept (equal texts are equal strings).
    pub(super) fn as_raw_str(&self) -> Option<&'a str> {
        match self {
            Node::Str(s) => Some(s),
            _ => None,
        }
    }

    /// A string's or key's text as it reads (escapes resolved).
    pub(super) fn unescape(raw: &str) -> std::borrow::Cow<'_, str> {
        if raw.contains('\\') {
            serde_json::from_str::<String>(&format!("\"{raw}\"")).map_or(raw.into(), Into::into)
        } else {
            raw.into()
        }
    }

    /// Whether this is `null`.
    pub(super) fn is_null(&self) -> bool {
        *self == Node::Atom("null")
    }

    /// Compact JSON, as serde_json writes it.
    pub(super) fn write(&self, out: &mut String) {
        match self {
            Node::Atom(a) => out.push_str(a),
            Node::Str(s) => {
                out.push('"');
                out.push_str(s);
                out.push('"');
            }
            Node::Arr(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write(out);
                }
                out.push(']');
            }
            Node::Obj(members) => {
                out.push('{');
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push('"');
                    out.push_str(k);
                    out.push_str("\":");
                    v.write(out);
                }
                out.push('}');
            }
        }
    }

    /// An object from members in any order: sorted by key, the last of a repeated key kept.
    pub(super) fn object(members: Vec<(&'a str, Node<'a>)>) -> Node<'a> {
        // Insertion into a sorted list: objects have a handful of members, and the standard
        // sorts would add kilobytes of code to the first chunk for it.
        let mut out: Vec<(&'a str, Node<'a>)> = Vec::with_capacity(members.len());
        for m in members {
            match out.binary_search_by(|(k, _)| (*k).cmp(m.0)) {
                Ok(i) => out[i] = m,
                Err(i) => out.insert(i, m),
            }
        }
        Node::Obj(out)
    }
}

/// Reads one JSON value filling the whole text (whitespace around it allowed); `None` if the
/// text is not JSON or nests deeper than [`MAX_DEPTH`].
pub(super) fn parse(text: &str) -> Option<Node<'_>> {
    let mut p = Parser { text, pos: 0 };
    let node = p.value(0)?;
    p.space();
    (p.pos == text.len()).then_some(node)
}

struct Parser<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        self.space();
        (self.peek() == Some(b)).then(|| self.pos += 1)
    }

    fn value(&mut self, depth: usize) -> Option<Node<'a>> {
        if depth >= MAX_DEPTH {
            return None;
        }
        self.space();
        match self.peek()? {
            b'"' => self.string().map(Node::Str),
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                if self.eat(b']').is_none() {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b',').is_none() {
                            self.eat(b']')?;
                            break;
                        }
                    }
                }
                Some(Node::Arr(items))
            }
            b'{' => {
                self.pos += 1;
                let mut members = Vec::new();
                if self.eat(b'}').is_none() {
                    loop {
                        self.space();
                        let key = self.string()?;
                        self.eat(b':')?;
                        members.push((key, self.value(depth + 1)?));
                        if self.eat(b',').is_none() {
                            self.eat(b'}')?;
                            break;
                        }
                    }
                }
                Some(Node::object(members))
            }
            _ => self.atom(),
        }
    }

    /// A string at `pos` (on its opening quote): the text between the quotes.
    fn string(&mut self) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        if bytes.get(self.pos) != Some(&b'"') {
            return None;
        }
        let start = self.pos + 1;
        let mut i = start;
        loop {
            match bytes.get(i)? {
                b'"' => break,
                b'\\' => i += 2,
                0..=0x1f => return None,
                _ => i += 1,
            }
        }
        self.pos = i + 1;
        // Quotes and backslashes are ASCII, so both ends are character boundaries.
        self.text.get(start..i)
    }

    /// A number or literal: the run of characters that can make one, checked loosely (the
    /// text comes from serde_json, and serde_json reads the merged text back strictly).
    fn atom(&mut self) -> Option<Node<'a>> {
        let start = self.pos;
        while matches!(
            self.peek(),
            Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E' | b'a'..=b'z')
        ) {
            self.pos += 1;
        }
        let atom = &self.text[start..self.pos];
        let literal = matches!(atom, "true" | "false" | "null");
        let number = atom
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
            && atom.bytes().any(|b| b.is_ascii_digit());
        (literal || number).then_some(Node::Atom(atom))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parsing and writing back gives serde_json's text, with object members sorted by key.
    fn check(text: &str, expected: Option<&str>) {
        let got = parse(text).map(|n| {
            let mut s = String::new();
            n.write(&mut s);
            s
        });
        assert_eq!(got.as_deref(), expected, "{text}");
    }

    #[test]
    fn reads_and_writes() {
        check("null", Some("null"));
        check(" true ", Some("true"));
        check("-1.5e-7", Some("-1.5e-7"));
        check(r#""a\"b\\c\u00e9 é""#, Some(r#""a\"b\\c\u00e9 é""#));
        check(
            r#"{"b":1,"a":[1,{"z":null,"y":"x"}],"c":{}}"#,
            Some(r#"{"a":[1,{"y":"x","z":null}],"b":1,"c":{}}"#),
        );
        check(r#"{"a":1,"a":2}"#, Some(r#"{"a":2}"#));
        check("[ ]", Some("[]"));
        check(" { \"k\" : [ 1 , 2 ] } ", Some(r#"{"k":[1,2]}"#));
        for bad in [
            "",
            "{",
            "[1,]",
            "[1 2]",
            r#"{"a"}"#,
            r#"{"a":1,}"#,
            "nul",
            "tru",
            "1 2",
            "\"a",
            "\"\u{1}\"",
            "-",
            "{1:2}",
            "[",
            "]",
            "x",
        ] {
            check(bad, None);
        }
        check(&("[".repeat(129) + &"]".repeat(129)), None);
        check(
            &("[".repeat(100) + &"]".repeat(100)),
            Some(&("[".repeat(100) + &"]".repeat(100))),
        );
    }

    #[test]
    fn same_text_as_serde_json_and_lookups() {
        // Whatever serde_json writes reads back to the same text (members already sorted).
        let text = serde_json::to_string(&serde_json::json!({
            "a": "é\n\"", "b": [1.5, -2, 3e300, true, null], "c": {"id": "x"}
        }))
        .unwrap();
        check(&text, Some(&text));
        let n = parse(&text).unwrap();
        assert_eq!(
            n.get("c")
                .and_then(|c| c.get("id"))
                .and_then(Node::as_raw_str),
            Some("x")
        );
        assert!(n.get("zz").is_none());
        assert!(Node::Atom("null").is_null());
    }
}
