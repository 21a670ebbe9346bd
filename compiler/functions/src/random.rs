//! The seeded random stream: a port of the default ARC4 generator of the
//! JavaScript `seedrandom` 3.0.5 package, so a variation string draws the
//! same numbers as in Penrose.

/// Bytes per ARC4 state, and the base the generator's digits are in.
const WIDTH: usize = 256;
/// 2^48: the denominator of the first six bytes drawn by [`SeedRandom::next`].
const START_DENOMINATOR: f64 = 281_474_976_710_656.0;
/// 2^52: numerators below this have too few significant bits.
const SIGNIFICANCE: f64 = 4_503_599_627_370_496.0;
/// 2^53: numerators at or above this do not fit a double's mantissa.
const OVERFLOW: f64 = 9_007_199_254_740_992.0;

/// A random stream seeded with a string.
#[derive(Clone, Debug)]
pub struct SeedRandom {
    i: u8,
    j: u8,
    state: [u8; WIDTH],
}

impl SeedRandom {
    pub fn new(seed: &str) -> SeedRandom {
        let key = mix_key(seed);
        let mut state = [0u8; WIDTH];
        for (index, byte) in state.iter_mut().enumerate() {
            *byte = index as u8;
        }
        let mut j = 0u8;
        for index in 0..WIDTH {
            j = j
                .wrapping_add(key[index % key.len()])
                .wrapping_add(state[index]);
            state.swap(index, usize::from(j));
        }
        let mut random = SeedRandom { i: 0, j: 0, state };
        random.bytes(WIDTH);
        random
    }

    /// The next `count` bytes of the ARC4 stream as the digits of one
    /// base-256 number.
    fn bytes(&mut self, count: usize) -> f64 {
        let mut number = 0.0;
        for _ in 0..count {
            self.i = self.i.wrapping_add(1);
            let t = self.state[usize::from(self.i)];
            self.j = self.j.wrapping_add(t);
            self.state[usize::from(self.i)] = self.state[usize::from(self.j)];
            self.state[usize::from(self.j)] = t;
            let index = self.state[usize::from(self.i)].wrapping_add(t);
            number = number * WIDTH as f64 + f64::from(self.state[usize::from(index)]);
        }
        number
    }

    /// A number in `[0, 1)` with 53 random bits.
    pub fn draw(&mut self) -> f64 {
        let mut numerator = self.bytes(6);
        let mut denominator = START_DENOMINATOR;
        let mut extra = 0.0;
        while numerator < SIGNIFICANCE {
            numerator = (numerator + extra) * WIDTH as f64;
            denominator *= WIDTH as f64;
            extra = self.bytes(1);
        }
        while numerator >= OVERFLOW {
            numerator /= 2.0;
            denominator /= 2.0;
            extra = (extra / 2.0).floor();
        }
        (numerator + extra) / denominator
    }

    /// A number in `[low, high)`.
    pub fn uniform(&mut self, low: f64, high: f64) -> f64 {
        self.draw() * (high - low) + low
    }
}

/// The ARC4 key of a seed: its UTF-16 code units smeared into at most 256
/// bytes (`[0]` for the empty seed).
fn mix_key(seed: &str) -> Vec<u8> {
    let mut key: Vec<u8> = Vec::new();
    let mut smear: u32 = 0;
    for (position, unit) in seed.encode_utf16().enumerate() {
        let slot = position & (WIDTH - 1);
        let previous = key.get(slot).copied().unwrap_or(0);
        smear ^= u32::from(previous) * 19;
        let byte = (smear.wrapping_add(u32::from(unit)) & 0xff) as u8;
        if slot < key.len() {
            key[slot] = byte;
        } else {
            key.push(byte);
        }
    }
    if key.is_empty() {
        key.push(0);
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_three(seed: &str) -> [f64; 3] {
        let mut random = SeedRandom::new(seed);
        [random.draw(), random.draw(), random.draw()]
    }

    #[test]
    fn matches_the_javascript_package() {
        assert_eq!(
            first_three(""),
            [0.23144008215179881, 0.27404636548159655, 0.7901279251811976]
        );
        assert_eq!(
            first_three("test"),
            [0.8722025543160253, 0.4023928518604753, 0.9647289658507073]
        );
        assert_eq!(
            first_three("MonsoonCaterpillar95943"),
            [0.7432332084672045, 0.19218770162319057, 0.261465269989639]
        );
    }

    #[test]
    fn long_seeds_wrap_around_the_key() {
        let seed = "x".repeat(300);
        let mut random = SeedRandom::new(&seed);
        let value = random.draw();
        assert!((0.0..1.0).contains(&value));
        assert_ne!(first_three(&seed)[0], first_three(&"x".repeat(256))[0]);
    }

    #[test]
    fn uniform_scales_the_stream() {
        let mut plain = SeedRandom::new("seed");
        let mut scaled = SeedRandom::new("seed");
        let unit = plain.draw();
        assert_eq!(scaled.uniform(-5.0, 15.0), unit * 20.0 - 5.0);
    }
}
