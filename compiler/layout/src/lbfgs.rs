//! L-BFGS as Penrose runs it (§8.3): 17 curvature pairs, the two-loop
//! recursion, and a bisection line search on the weak Wolfe conditions.

use std::collections::VecDeque;

/// Curvature pairs kept.
const HISTORY: usize = 17;
const ARMIJO: f64 = 1e-3;
const WOLFE: f64 = 0.9;
const MIN_INTERVAL: f64 = 1e-9;
const LINE_SEARCH_STEPS: usize = 10;
const EPSILON: f64 = 1e-11;
/// Unconstrained convergence: the gradient dotted with the direction.
pub const CONVERGED: f64 = 1e-2;

/// The quasi-Newton memory: `(s, y)` pairs, newest first.
#[derive(Default)]
pub struct Memory {
    pairs: VecDeque<(Vec<f64>, Vec<f64>)>,
}

impl Memory {
    pub fn clear(&mut self) {
        self.pairs.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.pairs.is_empty()
    }

    pub fn push(&mut self, s: Vec<f64>, y: Vec<f64>) {
        if self.pairs.len() == HISTORY {
            self.pairs.pop_back();
        }
        self.pairs.push_front((s, y));
    }

    /// The preconditioned direction `r ≈ H⁻¹ g` by the two-loop
    /// recursion (`g` itself without history).
    pub fn direction(&self, gradient: &[f64], r: &mut [f64]) {
        r.copy_from_slice(gradient);
        if self.pairs.is_empty() {
            return;
        }
        let mut alphas = Vec::with_capacity(self.pairs.len());
        for (s, y) in &self.pairs {
            let rho = 1.0 / (dot(y, s) + EPSILON);
            let alpha = rho * dot(s, r);
            axpy(-alpha, y, r);
            alphas.push((rho, alpha));
        }
        let (s0, y0) = &self.pairs[0];
        let gamma = dot(s0, y0) / (dot(y0, y0) + EPSILON);
        r.iter_mut().for_each(|value| *value *= gamma);
        for ((s, y), (rho, alpha)) in self.pairs.iter().zip(alphas).rev() {
            let beta = rho * dot(y, r);
            axpy(alpha - beta, s, r);
        }
    }
}

/// Where a line search ended: the new point, its energy and gradient.
pub struct Step {
    pub energy: f64,
}

/// Searches along `−r` from `x0` (energy `f0`, gradient `g0`) for a step
/// meeting the weak Wolfe conditions, bisecting or doubling at most ten
/// times. Leaves the accepted point in `x` and its gradient in `g`.
#[allow(clippy::too_many_arguments)]
pub fn line_search(
    x0: &[f64],
    f0: f64,
    g0: &[f64],
    r: &[f64],
    x: &mut [f64],
    g: &mut [f64],
    mut energy: impl FnMut(&[f64], &mut [f64]) -> f64,
) -> Step {
    let d0 = -dot(r, g0);
    let (mut low, mut high, mut t) = (0.0_f64, f64::INFINITY, 1.0_f64);
    let mut iteration = 0;
    loop {
        for ((xi, &x0i), &ri) in x.iter_mut().zip(x0).zip(r) {
            *xi = x0i - t * ri;
        }
        let f = energy(x, g);
        if (low - high).abs() < MIN_INTERVAL || iteration >= LINE_SEARCH_STEPS {
            return Step { energy: f };
        }
        let finite = f.is_finite() && g.iter().all(|v| v.is_finite());
        let armijo = f <= f0 + ARMIJO * t * d0;
        let wolfe = -dot(r, g) >= WOLFE * d0;
        if !finite || !armijo {
            high = t;
        } else if !wolfe {
            low = t;
        } else {
            return Step { energy: f };
        }
        t = if high.is_finite() {
            (low + high) / 2.0
        } else {
            2.0 * low
        };
        iteration += 1;
    }
}

pub fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// `y += a·x`.
fn axpy(a: f64, x: &[f64], y: &mut [f64]) {
    for (yi, xi) in y.iter_mut().zip(x) {
        *yi += a * xi;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_direction_without_history_is_the_gradient() {
        let memory = Memory::default();
        let mut r = [0.0; 2];
        memory.direction(&[1.0, -2.0], &mut r);
        assert_eq!(r, [1.0, -2.0]);
    }

    #[test]
    fn one_pair_on_a_quadratic_gives_the_newton_step_along_it() {
        // f = x², s = 1, y = 2: H⁻¹ = 1/2.
        let mut memory = Memory::default();
        memory.push(vec![1.0], vec![2.0]);
        let mut r = [0.0];
        memory.direction(&[4.0], &mut r);
        assert!((r[0] - 2.0).abs() < 1e-9);
    }

    #[test]
    fn the_line_search_accepts_the_full_step_on_a_good_direction() {
        // f = (x − 3)², from 0 along the Newton direction.
        let energy = |x: &[f64], g: &mut [f64]| {
            g[0] = 2.0 * (x[0] - 3.0);
            (x[0] - 3.0).powi(2)
        };
        let (mut x, mut g) = ([0.0], [0.0]);
        let step = line_search(&[0.0], 9.0, &[-6.0], &[-3.0], &mut x, &mut g, energy);
        assert_eq!(x, [3.0]);
        assert_eq!(step.energy, 0.0);
    }
}
