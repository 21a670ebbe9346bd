//! Colours: RGBA and HSVA values, no paint, and opacity.

use super::Answer;
use crate::args::Args;
use crate::error::FunctionError;
use kite_graph::{Color, Value};

pub fn call(name: &str, args: &Args) -> Answer {
    Some(match name {
        "rgba" => channels(args).map(|c| Value::Color(Color::Rgba(c))),
        "hsva" => channels(args).map(|c| Value::Color(Color::Hsva(c))),
        "none" => Ok(Value::Color(Color::None)),
        "selectColor" => select_color(args),
        "setOpacity" => set_opacity(args),
        _ => return None,
    })
}

fn channels(args: &Args) -> Result<[kite_graph::Scalar; 4], FunctionError> {
    Ok([
        args.real(0)?.scalar(),
        args.real(1)?.scalar(),
        args.real(2)?.scalar(),
        args.real(3)?.scalar(),
    ])
}

/// `color1` where `level` is even (`level / 2` is whole), else `color2`,
/// channel by channel.
fn select_color(args: &Args) -> Result<Value, FunctionError> {
    let builder = args.builder();
    let half = args.real(2)? / 2.0;
    let even = half.equals(half.trunc());
    let (Color::Rgba(first), Color::Rgba(second)) = (args.color(0)?, args.color(1)?) else {
        return Err(FunctionError::new(
            "`selectColor` only supports RGBA colours",
        ));
    };
    let pick = |i: usize| {
        even.select(builder.wrap(first[i]), builder.wrap(second[i]))
            .scalar()
    };
    Ok(Value::Color(Color::Rgba([0, 1, 2, 3].map(pick))))
}

/// The colour with its alpha multiplied by `frac`; no paint stays none.
fn set_opacity(args: &Args) -> Result<Value, FunctionError> {
    let builder = args.builder();
    let frac = args.real(1)?;
    let scaled = |[a, b, c, alpha]: [kite_graph::Scalar; 4]| {
        [a, b, c, (frac * builder.wrap(alpha)).scalar()]
    };
    Ok(Value::Color(match args.color(0)? {
        Color::None => Color::None,
        Color::Rgba(channels) => Color::Rgba(scaled(*channels)),
        Color::Hsva(channels) => Color::Hsva(scaled(*channels)),
    }))
}

#[cfg(test)]
mod tests {
    use crate::functions::tests::Harness;
    use kite_graph::{Color, Value};

    fn channels(h: &Harness, value: &Value) -> (char, Vec<f64>) {
        match value {
            Value::Color(Color::Rgba(c)) => ('r', c.iter().map(|&s| h.value_of(s)).collect()),
            Value::Color(Color::Hsva(c)) => ('h', c.iter().map(|&s| h.value_of(s)).collect()),
            Value::Color(Color::None) => ('n', Vec::new()),
            other => panic!("not a colour: {other:?}"),
        }
    }

    #[test]
    fn colours() {
        let mut h = Harness::new();
        let args: Vec<Value> = [0.1, 0.2, 0.3, 0.5].iter().map(|&x| h.float(x)).collect();
        let rgba = h.call("rgba", &args).unwrap();
        assert_eq!(channels(&h, &rgba), ('r', vec![0.1, 0.2, 0.3, 0.5]));
        let hsva = h.call("hsva", &args).unwrap();
        assert_eq!(channels(&h, &hsva).0, 'h');
        let none = h.call("none", &[]).unwrap();
        assert_eq!(channels(&h, &none), ('n', vec![]));
        let half = h.float(0.5);
        let faded = h.call("setOpacity", &[rgba.clone(), half.clone()]).unwrap();
        assert_eq!(channels(&h, &faded), ('r', vec![0.1, 0.2, 0.3, 0.25]));
        let still_none = h.call("setOpacity", &[none, half]).unwrap();
        assert_eq!(channels(&h, &still_none).0, 'n');
        let black = h.rgba([0.0, 0.0, 0.0, 1.0]);
        let (two, three) = (h.float(2.0), h.float(3.0));
        let even = h
            .call("selectColor", &[rgba.clone(), black.clone(), two])
            .unwrap();
        assert_eq!(channels(&h, &even).1, vec![0.1, 0.2, 0.3, 0.5]);
        let odd = h
            .call("selectColor", &[rgba, black.clone(), three.clone()])
            .unwrap();
        assert_eq!(channels(&h, &odd).1, vec![0.0, 0.0, 0.0, 1.0]);
        assert!(h.call("selectColor", &[hsva, black, three]).is_err());
    }
}
