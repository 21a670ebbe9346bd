//! Gradients of colours, and of the random samples that follow their
//! arguments: the draws are constants, the arguments are not.

use super::{Call, check, rgba};
use crate::term_harness::TermHarness;
use kite_graph::Value;

fn two_colours(h: &mut TermHarness) -> [Value; 2] {
    [rgba(h, [0.2, 0.4, 0.7, 0.9]), rgba(h, [0.8, 0.3, 0.1, 0.6])]
}

pub fn calls() -> Vec<Call> {
    vec![
        Call::new("rgba", |h| [0.2, 0.4, 0.7, 0.9].map(|x| h.num(x)).to_vec()),
        Call::new("hsva", |h| {
            [210.0, 40.0, 70.0, 0.9].map(|x| h.num(x)).to_vec()
        }),
        // An odd level picks the second colour; an even one the first.
        Call::new("selectColor", |h| {
            let [first, second] = two_colours(h);
            vec![first, second, h.num(3.0)]
        }),
        Call::new("selectColor", |h| {
            let [first, second] = two_colours(h);
            vec![first, second, h.fixed(2.0)]
        }),
        Call::new("setOpacity", |h| {
            vec![rgba(h, [0.2, 0.4, 0.7, 0.9]), h.num(0.6)]
        }),
        Call::new("triangleRandom", |h| {
            vec![
                h.point((0.1, 0.2)),
                h.point((4.3, 0.5)),
                h.point((1.2, 3.1)),
            ]
        }),
        Call::new("sampleColor", |h| {
            vec![h.num(0.7), Value::Str("rgb".into())]
        }),
        Call::new("sampleColor", |h| {
            vec![h.num(0.7), Value::Str("hsv".into())]
        }),
        Call::new("diffusionProcess", |h| {
            vec![
                h.fixed(4.0),
                h.point((0.3, -0.8)),
                h.matrix(&[&[0.9, 0.2], &[-0.3, 1.1]]),
                h.point((0.5, 0.1)),
            ]
        }),
    ]
}

#[test]
fn gradients_match_finite_differences() {
    check(&calls());
}
