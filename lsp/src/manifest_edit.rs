//! Editing a trio manifest's `variation` in place: the rest of the text,
//! its key order and its formatting stay as they are.

use std::ops::Range;

/// `text` (a `.trio.json`) with its `variation` set to `variation`, or
/// removed for `None`; `None` when `text` is not a JSON object.
pub fn set_variation(text: &str, variation: Option<&str>) -> Option<String> {
    serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text).ok()?;
    let members = top_level_members(text);
    let existing = members.iter().position(|member| member.key == "variation");
    let encoded = variation.map(|value| serde_json::Value::from(value).to_string());
    let mut edited = text.to_string();
    match (existing, encoded) {
        (Some(index), Some(encoded)) => {
            edited.replace_range(members[index].value.clone(), &encoded)
        }
        (Some(index), None) => {
            let member = &members[index];
            // The member and the comma that joins it to its neighbour.
            let range = match (index.checked_sub(1), members.get(index + 1)) {
                (_, Some(next)) => member.start..next.start,
                (Some(previous), None) => members[previous].value.end..member.value.end,
                (None, None) => member.start..member.value.end,
            };
            edited.replace_range(range, "");
        }
        (None, Some(encoded)) => {
            let open = text.find('{')? + 1;
            let entry = match members.first() {
                Some(first) => {
                    let indent = &text[open..first.start];
                    format!("{indent}\"variation\": {encoded},")
                }
                None => format!("\"variation\": {encoded}"),
            };
            edited.insert_str(open, &entry);
        }
        (None, None) => {}
    }
    Some(edited)
}

/// One `"key": value` of the outer object: where its key starts and
/// where its value lies.
struct Member {
    key: String,
    start: usize,
    value: Range<usize>,
}

/// The outer object's members, found by tracking strings and nesting.
fn top_level_members(text: &str) -> Vec<Member> {
    let bytes = text.as_bytes();
    let mut members = Vec::new();
    let mut depth = 0usize;
    let mut index = 0;
    let mut pending: Option<(String, usize)> = None;
    let mut value_start = None;
    while index < bytes.len() {
        match bytes[index] {
            b'"' => {
                let end = string_end(bytes, index);
                if depth == 1 && pending.is_none() && value_start.is_none() {
                    let key = serde_json::from_str(&text[index..end]).unwrap_or_default();
                    pending = Some((key, index));
                } else if depth == 1 && value_start.is_none() {
                    value_start = Some(index);
                }
                index = end;
                continue;
            }
            b'{' | b'[' => {
                if depth == 1 && pending.is_some() && value_start.is_none() {
                    value_start = Some(index);
                }
                depth += 1;
            }
            b'}' | b']' => {
                if depth == 1 {
                    finish(&mut members, &mut pending, &mut value_start, text, index);
                }
                depth = depth.saturating_sub(1);
            }
            b',' if depth == 1 => finish(&mut members, &mut pending, &mut value_start, text, index),
            b':' if depth == 1 => {}
            byte if depth == 1 && !byte.is_ascii_whitespace() && pending.is_some() => {
                value_start.get_or_insert(index);
            }
            _ => {}
        }
        index += 1;
    }
    members
}

fn finish(
    members: &mut Vec<Member>,
    pending: &mut Option<(String, usize)>,
    value_start: &mut Option<usize>,
    text: &str,
    end: usize,
) {
    if let (Some((key, start)), Some(value)) = (pending.take(), value_start.take()) {
        let value_end = value + text[value..end].trim_end().len();
        members.push(Member {
            key,
            start,
            value: value..value_end,
        });
    }
}

/// The index just past the string that starts at `start`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut index = start + 1;
    while index < bytes.len() {
        match bytes[index] {
            b'\\' => index += 2,
            b'"' => return index + 1,
            _ => index += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::set_variation;

    const MANIFEST: &str = "{\n  \"substance\": \"a.substance\",\n  \"style\": [\"a.style\"],\n  \"domain\": \"a.domain\"\n}\n";

    #[test]
    fn a_variation_is_added_first_with_the_file_indentation() {
        let edited = set_variation(MANIFEST, Some("seed-1")).unwrap();
        assert_eq!(
            edited,
            "{\n  \"variation\": \"seed-1\",\n  \"substance\": \"a.substance\",\n  \"style\": [\"a.style\"],\n  \"domain\": \"a.domain\"\n}\n"
        );
    }

    #[test]
    fn a_variation_is_replaced_in_place_and_removed_with_its_comma() {
        let pinned = set_variation(MANIFEST, Some("seed-1")).unwrap();
        let repinned = set_variation(&pinned, Some("se\"ed-2")).unwrap();
        assert!(
            repinned.contains("\"variation\": \"se\\\"ed-2\",\n  \"substance\""),
            "{repinned}"
        );
        assert_eq!(set_variation(&repinned, None).unwrap(), MANIFEST);
        let last = "{\"domain\": \"a.domain\", \"variation\": \"x\"}";
        assert_eq!(
            set_variation(last, None).unwrap(),
            "{\"domain\": \"a.domain\"}"
        );
    }

    #[test]
    fn text_that_is_not_an_object_is_refused() {
        assert_eq!(set_variation("[1, 2]", Some("x")), None);
        assert_eq!(set_variation("{", Some("x")), None);
        assert_eq!(
            set_variation("{}", Some("x")).unwrap(),
            "{\"variation\": \"x\"}"
        );
    }
}
