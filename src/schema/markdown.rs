//! Descriptions from rustdoc: the documentation of a type, field or code as a plain
//! description for the schema, without the Rust-only material.

use schemars::Schema;
use serde_json::Value;

/// Removes rustdoc-only material from a `description`: `# Examples` and later sections, and
/// intra-doc link syntax (`` [`Unit::Other`] ``, `` [`Person`](DispositionUnit::Person) ``).
pub(super) fn clean_description(schema: &mut Schema) {
    if let Some(Value::String(description)) = schema.get("description") {
        let cleaned = plain_description(description);
        if cleaned.is_empty() {
            schema.remove("description");
        } else {
            schema.insert("description".to_owned(), cleaned.into());
        }
    }
}

/// The documentation as a description: up to the first heading (`# Examples`, `# Errors`:
/// for Rust readers), paragraphs unwrapped, intra-doc links as plain text.
fn plain_description(doc: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in doc.lines() {
        let line = line.trim_end();
        if line.starts_with('#') {
            break;
        }
        if line.is_empty() {
            paragraphs.extend((!current.is_empty()).then(|| std::mem::take(&mut current)));
            continue;
        }
        // Table rows and list items keep their own lines; other lines are wrapped text.
        let own_line = line.starts_with('|') || line.starts_with("- ");
        if !current.is_empty() {
            current.push(if own_line { '\n' } else { ' ' });
        }
        current.push_str(line.trim_start());
    }
    paragraphs.extend((!current.is_empty()).then_some(current));
    strip_links(&paragraphs.join("\n\n"))
}

/// Rewrites intra-doc links as their text: `` [`Unit::Other`] `` → `` `Unit::Other` ``,
/// `[builder](Metric::builder)` → `builder`. Markdown links to URLs are kept.
fn strip_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find(']') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let label = &after[..close];
        let tail = &after[close + 1..];
        let target = tail
            .strip_prefix('(')
            .and_then(|t| t.find(')').map(|end| (&t[..end], &t[end + 1..])));
        match target {
            Some((url, tail)) if url.contains("://") => {
                out.push_str(&rest[open..rest.len() - tail.len()]);
                rest = tail;
            }
            Some((_, tail)) => {
                out.push_str(label);
                rest = tail;
            }
            None if is_code_span(label) => {
                out.push_str(label);
                rest = tail;
            }
            None => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn is_code_span(label: &str) -> bool {
    label.len() >= 2 && label.starts_with('`') && label.ends_with('`')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intra_doc_links_become_text() {
        assert_eq!(
            strip_links("See [`Rank`]; unit [`Person`](DispositionUnit::Person)."),
            "See `Rank`; unit `Person`."
        );
        assert_eq!(
            strip_links(
                "Use the [builder](Metric::builder) or [proptest](https://docs.rs/proptest)."
            ),
            "Use the builder or [proptest](https://docs.rs/proptest)."
        );
        assert_eq!(strip_links("[1, 2] and [x"), "[1, 2] and [x");
    }

    #[test]
    fn examples_sections_are_dropped() {
        assert_eq!(
            plain_description("A figure.\n\n# Examples\n\n```\nlet x = 1;\n```"),
            "A figure."
        );
    }
}
