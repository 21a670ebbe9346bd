//! Reading a call's arguments as the types its parameters declare, with
//! Penrose's implicit casts (a vector parameter takes a vector, list or
//! tuple; a matrix parameter takes a matrix, list of lists or point list)
//! and errors that name the argument.

use crate::error::FunctionError;
use crate::expr::{Builder, Num, V2};
use crate::geometry::Scene;
use crate::geometry::bbox::Corners;
use kite_graph::{Color, PathCmd, Shape, Value};
use kite_library::{FunctionSpec, ShapeSet, ValueType};

/// The largest count a call may ask for (of ticks, copies, matrix rows…),
/// so a typo cannot build a graph that does not fit in memory.
pub const MAX_COUNT: usize = 1_000_000;

/// The most things (points, arcs, ticks, vector entries, matrix entries)
/// one library call builds.
pub const MAX_BUILT: usize = 10_000;

/// The arguments of one call, completed with defaults.
pub struct Args<'a, 'b> {
    pub spec: &'static FunctionSpec,
    pub values: &'a [Value],
    pub scene: Scene<'b>,
}

impl<'a, 'b> Args<'a, 'b> {
    pub fn builder(&self) -> &'b Builder {
        self.scene.builder
    }

    /// An error about argument `index`: "argument 2 (`v`) of `dot` …".
    pub fn error(&self, index: usize, problem: impl std::fmt::Display) -> FunctionError {
        let name = self.spec.params.get(index).map_or("?", |param| param.name);
        FunctionError {
            message: format!(
                "argument {} (`{name}`) of `{}` {problem}",
                index + 1,
                self.spec.name
            ),
            argument: Some(index),
        }
    }

    fn value(&self, index: usize) -> Result<&'a Value, FunctionError> {
        self.values
            .get(index)
            .ok_or_else(|| self.error(index, "is missing"))
    }

    fn wrong(&self, index: usize, expected: &str) -> FunctionError {
        match self.values.get(index) {
            Some(value) => self.error(
                index,
                format!("must be {expected}, not {}", value.describe()),
            ),
            None => self.error(index, "is missing"),
        }
    }

    pub fn real(&self, index: usize) -> Result<Num<'b>, FunctionError> {
        match self.value(index)? {
            Value::Float(scalar) => Ok(self.builder().wrap(*scalar)),
            _ => Err(self.wrong(index, "a number")),
        }
    }

    /// The first `N` arguments, all numbers.
    pub fn reals<const N: usize>(&self) -> Result<[Num<'b>; N], FunctionError> {
        let numbers = (0..N)
            .map(|index| self.real(index))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(numbers.try_into().expect("N numbers"))
    }

    /// A number that must be fixed before layout (not depend on a `?` or a
    /// sampled default).
    pub fn fixed(&self, index: usize) -> Result<f64, FunctionError> {
        self.real(index)?
            .constant()
            .ok_or_else(|| self.error(index, "must be a plain number, fixed before layout"))
    }

    /// A fixed number of things the call builds (points, arcs, ticks,
    /// entries): a whole number from 0 to [`MAX_BUILT`], so that one call
    /// cannot exhaust memory.
    pub fn fixed_size(&self, index: usize) -> Result<usize, FunctionError> {
        let count = self.fixed_count(index)?;
        if count > MAX_BUILT {
            return Err(self.error(
                index,
                format!(
                    "must be at most {MAX_BUILT}: one call builds no more than that, not {count}"
                ),
            ));
        }
        Ok(count)
    }

    /// A fixed whole number from 0 to [`MAX_COUNT`], e.g. an index.
    pub fn fixed_count(&self, index: usize) -> Result<usize, FunctionError> {
        let value = self.fixed(index)?;
        if (0.0..=MAX_COUNT as f64).contains(&value) && value.fract() == 0.0 {
            Ok(value as usize)
        } else {
            Err(self.error(
                index,
                format!("must be a whole number from 0 to {MAX_COUNT}, not {value}"),
            ))
        }
    }

    pub fn vector(&self, index: usize) -> Result<Vec<Num<'b>>, FunctionError> {
        self.value(index)?
            .as_numbers()
            .map(|scalars| self.builder().wrap_all(scalars))
            .ok_or_else(|| self.wrong(index, "a vector"))
    }

    /// A vector of exactly `length` numbers.
    pub fn vector_of(&self, index: usize, length: usize) -> Result<Vec<Num<'b>>, FunctionError> {
        let numbers = self.vector(index)?;
        if numbers.len() != length {
            return Err(self.error(
                index,
                format!("must have {length} numbers, not {}", numbers.len()),
            ));
        }
        Ok(numbers)
    }

    pub fn point(&self, index: usize) -> Result<V2<'b>, FunctionError> {
        let numbers = self.vector_of(index, 2)?;
        Ok(V2::new(numbers[0], numbers[1]))
    }

    /// Rows of a matrix or list of vectors, all of one length.
    pub fn rows(&self, index: usize) -> Result<Vec<Vec<Num<'b>>>, FunctionError> {
        let value = self.value(index)?;
        let rows: &[Vec<kite_graph::Scalar>] = match value {
            Value::Vector(numbers) | Value::List(numbers) if numbers.is_empty() => &[],
            _ => value
                .as_rows()
                .ok_or_else(|| self.wrong(index, "a matrix or a list of vectors"))?,
        };
        if let Some(first) = rows.first()
            && rows.iter().any(|row| row.len() != first.len())
        {
            return Err(self.error(index, "must have rows of one length"));
        }
        Ok(rows
            .iter()
            .map(|row| self.builder().wrap_all(row))
            .collect())
    }

    /// A square matrix of side 2, 3 or 4, or any side if `sides` is empty.
    pub fn square_matrix(
        &self,
        index: usize,
        sides: &[usize],
    ) -> Result<Vec<Vec<Num<'b>>>, FunctionError> {
        let rows = self.rows(index)?;
        let n = rows.len();
        let square = rows.iter().all(|row| row.len() == n);
        if !square || (!sides.is_empty() && !sides.contains(&n)) {
            let allowed: Vec<String> = sides.iter().map(|side| format!("{side}×{side}")).collect();
            let expected = if allowed.is_empty() {
                "a square matrix".to_string()
            } else {
                format!("a {} matrix", allowed.join(", "))
            };
            return Err(self.error(index, format!("must be {expected}")));
        }
        Ok(rows)
    }

    /// A list of 2D points.
    pub fn points(&self, index: usize) -> Result<Vec<V2<'b>>, FunctionError> {
        self.rows(index)?
            .into_iter()
            .map(|row| {
                V2::from_slice(&row).ok_or_else(|| self.error(index, "must be a list of 2D points"))
            })
            .collect()
    }

    /// A list of 2D points of exactly `count` points.
    pub fn points_of(&self, index: usize, count: usize) -> Result<Vec<V2<'b>>, FunctionError> {
        let points = self.points(index)?;
        if points.len() != count {
            return Err(self.error(
                index,
                format!("must have {count} points, not {}", points.len()),
            ));
        }
        Ok(points)
    }

    /// A rectangle given as its four corners `[TR, TL, BL, BR]`.
    pub fn corners(&self, index: usize) -> Result<Corners<'b>, FunctionError> {
        let points: [V2<'b>; 4] = self.points_of(index, 4)?.try_into().expect("four points");
        Ok(Corners::from_array(points))
    }

    pub fn string(&self, index: usize) -> Result<&'a str, FunctionError> {
        match self.value(index)? {
            Value::Str(text) => Ok(text),
            _ => Err(self.wrong(index, "a string")),
        }
    }

    /// A path type: `true` for `"closed"`, `false` for `"open"`.
    pub fn closed(&self, index: usize) -> Result<bool, FunctionError> {
        match self.string(index)? {
            "closed" => Ok(true),
            "open" => Ok(false),
            other => Err(self.error(
                index,
                format!("must be \"open\" or \"closed\", not \"{other}\""),
            )),
        }
    }

    pub fn boolean(&self, index: usize) -> Result<bool, FunctionError> {
        match self.value(index)? {
            Value::Bool(value) => Ok(*value),
            _ => Err(self.wrong(index, "a boolean")),
        }
    }

    pub fn color(&self, index: usize) -> Result<&'a Color, FunctionError> {
        match self.value(index)? {
            Value::Color(color) => Ok(color),
            _ => Err(self.wrong(index, "a colour")),
        }
    }

    /// A shape of a kind the parameter accepts.
    pub fn shape(&self, index: usize) -> Result<&'b Shape, FunctionError> {
        let Value::Shape(id) = self.value(index)? else {
            return Err(self.wrong(index, "a shape"));
        };
        let shape = self
            .scene
            .shape(*id)
            .map_err(|error| error.in_argument(index))?;
        if let Some(param) = self.spec.params.get(index)
            && let ValueType::Shape(ShapeSet::Only(kinds)) = param.ty
            && !kinds.contains(&shape.kind)
        {
            let names: Vec<&str> = kinds.iter().map(|kind| kind.name()).collect();
            return Err(self.error(
                index,
                format!(
                    "must be a {}, not a {}",
                    names.join(" or "),
                    shape.kind.name()
                ),
            ));
        }
        Ok(shape)
    }

    pub fn shapes(&self, index: usize) -> Result<Vec<&'b Shape>, FunctionError> {
        match self.value(index)? {
            Value::ShapeList(ids) => ids
                .iter()
                .map(|&id| {
                    self.scene
                        .shape(id)
                        .map_err(|error| error.in_argument(index))
                })
                .collect(),
            _ => Err(self.wrong(index, "a list of shapes")),
        }
    }

    pub fn paths(&self, index: usize) -> Result<&'a [Vec<PathCmd>], FunctionError> {
        match self.value(index)? {
            Value::PathDataList(paths) => Ok(paths),
            _ => Err(self.wrong(index, "a list of path data")),
        }
    }

    /// Checks that two vector arguments have the same length.
    pub fn same_length(
        &self,
        first: usize,
        a: &[Num<'b>],
        second: usize,
        b: &[Num<'b>],
    ) -> Result<(), FunctionError> {
        if a.len() == b.len() {
            return Ok(());
        }
        Err(self.error(
            second,
            format!(
                "must have as many numbers as argument {} ({} ≠ {})",
                first + 1,
                b.len(),
                a.len()
            ),
        ))
    }
}
