//! Functions of strings.

use super::Answer;
use crate::args::Args;
use kite_graph::Value;

pub fn call(name: &str, args: &Args) -> Answer {
    Some(match name {
        "TeXify" => args.string(0).map(|text| Value::Str(texify(text))),
        _ => return None,
    })
}

/// `a_b_c` ↦ `{a}_{{b}_{{c}}}`: nested subscripts for TeX.
fn texify(text: &str) -> String {
    match text.split_once('_') {
        None => format!("{{{text}}}"),
        Some((first, rest)) => format!("{{{first}}}_{{{}}}", texify(rest)),
    }
}

#[cfg(test)]
mod tests {
    use super::texify;
    use crate::functions::tests::Harness;
    use kite_graph::Value;

    #[test]
    fn nests_subscripts() {
        assert_eq!(texify("x"), "{x}");
        assert_eq!(texify("a_b_c"), "{a}_{{b}_{{c}}}");
        assert_eq!(texify(""), "{}");
        let mut h = Harness::new();
        let value = h.call("TeXify", &[Value::Str("x_1".into())]).unwrap();
        assert_eq!(value, Value::Str("{x}_{{1}}".into()));
    }
}
