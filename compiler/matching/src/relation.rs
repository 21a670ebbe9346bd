//! Candidates for one relation or one free pattern variable: the partial
//! substitutions it allows, each with the facts it matched, in Substance
//! order.

use kite_check::{DomainEnv, LabelKind, SubstanceEnv, SubstanceFact, SubstanceValue, Ty};
use kite_syntax::ast::{
    Binding, BindingKind, FieldDescriptor, Relation, SelectorArg, SelectorExpr,
};

/// A partial substitution: variable keys bound to values.
pub type Partial = Vec<(String, SubstanceValue)>;

/// One way a relation can hold: its bindings and the facts it used.
pub struct Candidate {
    pub partial: Partial,
    pub facts: Vec<usize>,
}

/// What candidates are computed against.
pub struct Scope<'a> {
    pub domain: &'a DomainEnv,
    pub substance: &'a SubstanceEnv,
    /// The declared type of each pattern variable, by key.
    pub types: &'a [(String, Ty)],
}

/// The key of a variable in substitutions: its name, or `` `A` `` for a
/// backtick reference to the Substance object `A`.
pub fn key(binding: &Binding) -> String {
    match binding.kind {
        BindingKind::Style => binding.name.name.clone(),
        BindingKind::Substance => format!("`{}`", binding.name.name),
    }
}

/// The name a value has for de-duplication and repeat checks: an object's
/// name, or `{n3}` / `{shello}` for literals.
pub fn identity(value: &SubstanceValue) -> String {
    match value {
        SubstanceValue::Object(name) => name.clone(),
        SubstanceValue::Number(number) => format!("{{n{number}}}"),
        SubstanceValue::String(string) => format!("{{s{string}}}"),
    }
}

/// Merges `extra` into `partial`; `None` if a shared key disagrees.
pub fn merge(partial: &Partial, extra: &Partial) -> Option<Partial> {
    let mut merged = partial.clone();
    for (key, value) in extra {
        match merged.iter().find(|(known, _)| known == key) {
            Some((_, existing)) if existing != value => return None,
            Some(_) => {}
            None => merged.push((key.clone(), value.clone())),
        }
    }
    Some(merged)
}

impl Scope<'_> {
    fn declared_type(&self, key: &str) -> Option<&Ty> {
        self.types
            .iter()
            .find(|(known, _)| known == key)
            .map(|(_, ty)| ty)
    }

    fn value_type(&self, value: &SubstanceValue) -> Ty {
        match value {
            SubstanceValue::Object(name) => self
                .substance
                .objects
                .get(name)
                .map_or(Ty::Unknown, |object| object.ty.clone()),
            SubstanceValue::Number(_) => Ty::named("Number"),
            SubstanceValue::String(_) => Ty::named("String"),
        }
    }

    fn fits(&self, value: &SubstanceValue, ty: &Ty) -> bool {
        self.domain.is_subtype(&self.value_type(value), ty)
    }

    /// Matches one Style argument against one Substance argument.
    /// `param` is the Domain parameter type, the type of a variable the
    /// header does not declare (an implicitly declared literal).
    fn argument(
        &self,
        arg: &SelectorArg,
        value: &SubstanceValue,
        param: Option<&Ty>,
    ) -> Option<Partial> {
        match (arg, value) {
            (SelectorArg::Binding(binding), value) => {
                let key = key(binding);
                if binding.kind == BindingKind::Substance
                    && *value != SubstanceValue::Object(binding.name.name.clone())
                {
                    return None;
                }
                let ty = self
                    .declared_type(&key)
                    .or(param)
                    .cloned()
                    .unwrap_or(Ty::Unknown);
                self.fits(value, &ty).then(|| vec![(key, value.clone())])
            }
            (SelectorArg::Number(number), SubstanceValue::Number(value)) => {
                (number.value == *value).then(Vec::new)
            }
            (SelectorArg::String(string), SubstanceValue::String(value)) => {
                (string.value == *value).then(Vec::new)
            }
            _ => None,
        }
    }

    /// Matches argument lists pairwise; every argument must match, and the
    /// bindings must agree.
    fn arguments(
        &self,
        args: &[&SelectorArg],
        values: &[SubstanceValue],
        params: &[Option<Ty>],
    ) -> Option<Partial> {
        if args.len() != values.len() {
            return None;
        }
        let mut partial = Vec::new();
        for (index, (arg, value)) in args.iter().zip(values).enumerate() {
            let param = params.get(index).and_then(Option::as_ref);
            partial = merge(&partial, &self.argument(arg, value, param)?)?;
        }
        Some(partial)
    }

    /// The candidates of one relation.
    pub fn relation(&self, relation: &Relation) -> Vec<Candidate> {
        match relation {
            Relation::Predicate {
                name, args, alias, ..
            } => self.predicate(
                &name.name,
                args,
                alias.as_ref().map(|alias| alias.name.as_str()),
            ),
            Relation::Bind { binding, expr, .. } => self.bind(binding, expr),
            Relation::Field {
                binding,
                descriptor,
                ..
            } => self.field(binding, *descriptor),
        }
    }

    fn predicate(&self, name: &str, args: &[SelectorArg], alias: Option<&str>) -> Vec<Candidate> {
        let Some(signature) = self.domain.predicates.get(name) else {
            return Vec::new();
        };
        let params: Vec<Option<Ty>> = signature
            .params
            .iter()
            .map(|p| Some(p.ty.clone()))
            .collect();
        let forward: Vec<&SelectorArg> = args.iter().collect();
        let flipped: Option<Vec<&SelectorArg>> =
            (signature.symmetric && args.len() == 2).then(|| vec![&args[1], &args[0]]);
        let mut candidates = Vec::new();
        for (index, fact) in self.substance.facts.iter().enumerate() {
            let SubstanceFact::Predicate {
                name: fact_name,
                args: values,
                ..
            } = fact
            else {
                continue;
            };
            if fact_name != name {
                continue;
            }
            let orders = std::iter::once(&forward).chain(flipped.as_ref());
            for order in orders {
                let Some(mut partial) = self.arguments(order, values, &params) else {
                    continue;
                };
                if let Some(alias) = alias {
                    partial.push((alias.to_string(), alias_object(name, values)));
                }
                candidates.push(Candidate {
                    partial,
                    facts: vec![index],
                });
            }
        }
        candidates
    }

    fn bind(&self, target: &Binding, expr: &SelectorExpr) -> Vec<Candidate> {
        let target_key = key(target);
        let target_type = self
            .declared_type(&target_key)
            .cloned()
            .unwrap_or(Ty::Unknown);
        let mut candidates = Vec::new();
        for (index, fact) in self.substance.facts.iter().enumerate() {
            let SubstanceFact::Bind {
                variable,
                callee,
                args: values,
                ..
            } = fact
            else {
                continue;
            };
            let bound = SubstanceValue::Object(variable.clone());
            if !self.fits(&bound, &target_type) {
                continue;
            }
            let partial = match (expr, callee) {
                (SelectorExpr::Call { name, args, .. }, Some(callee)) => {
                    let callee_name = match callee {
                        kite_check::Callee::Constructor(name)
                        | kite_check::Callee::Function(name) => name,
                    };
                    if *callee_name != name.name {
                        continue;
                    }
                    let params: Vec<Option<Ty>> = self
                        .domain
                        .callee(callee_name)
                        .map(|signature| {
                            signature
                                .params
                                .iter()
                                .map(|p| Some(p.ty.clone()))
                                .collect()
                        })
                        .unwrap_or_default();
                    let args: Vec<&SelectorArg> = args.iter().collect();
                    self.arguments(&args, values, &params)
                }
                (SelectorExpr::Arg(arg @ SelectorArg::Binding(_)), None) => {
                    match values.as_slice() {
                        [value @ SubstanceValue::Object(_)] => self.argument(arg, value, None),
                        _ => None,
                    }
                }
                _ => None,
            };
            let Some(partial) =
                partial.and_then(|partial| merge(&partial, &vec![(target_key.clone(), bound)]))
            else {
                continue;
            };
            candidates.push(Candidate {
                partial,
                facts: vec![index],
            });
        }
        candidates
    }

    fn field(&self, binding: &Binding, descriptor: Option<FieldDescriptor>) -> Vec<Candidate> {
        let key = key(binding);
        let ty = self.declared_type(&key).cloned().unwrap_or(Ty::Unknown);
        self.substance
            .objects
            .keys()
            .filter_map(|name| {
                let value = SubstanceValue::Object(name.clone());
                let label = self.substance.labels.get(name)?;
                let labelled = match descriptor {
                    Some(FieldDescriptor::Math) => label.kind == LabelKind::Math,
                    Some(FieldDescriptor::Text) => label.kind == LabelKind::Text,
                    None => !label.text.is_empty(),
                };
                let named = binding.kind == BindingKind::Style || binding.name.name == *name;
                (labelled && named && self.fits(&value, &ty)).then(|| Candidate {
                    partial: vec![(key.clone(), value)],
                    facts: Vec::new(),
                })
            })
            .collect()
    }

    /// The candidates of a pattern variable that no relation mentions:
    /// every object (or, for `Number` and `String`, every literal) of its
    /// type; a backtick variable only the object of its name.
    pub fn free_variable(&self, binding: &Binding, ty: &Ty) -> Vec<Candidate> {
        let key = key(binding);
        let values: Vec<SubstanceValue> = match ty.name() {
            Some("Number" | "String") => self.substance.literals.clone(),
            _ => self
                .substance
                .objects
                .keys()
                .map(|name| SubstanceValue::Object(name.clone()))
                .collect(),
        };
        values
            .into_iter()
            .filter(|value| {
                binding.kind == BindingKind::Style
                    || *value == SubstanceValue::Object(binding.name.name.clone())
            })
            .filter(|value| self.fits(value, ty))
            .map(|value| Candidate {
                partial: vec![(key.clone(), value)],
                facts: Vec::new(),
            })
            .collect()
    }
}

/// The synthetic object a predicate alias stands for: the predicate's name
/// and its object arguments, joined by `_`.
fn alias_object(predicate: &str, values: &[SubstanceValue]) -> SubstanceValue {
    let mut name = predicate.to_string();
    for value in values {
        if let SubstanceValue::Object(object) = value {
            name.push('_');
            name.push_str(object);
        }
    }
    SubstanceValue::Object(name)
}

/// The keys a relation mentions.
pub fn relation_keys(relation: &Relation) -> Vec<String> {
    let arg_keys = |args: &[SelectorArg]| -> Vec<String> {
        args.iter()
            .filter_map(|arg| match arg {
                SelectorArg::Binding(binding) => Some(key(binding)),
                _ => None,
            })
            .collect()
    };
    match relation {
        Relation::Predicate { args, .. } => arg_keys(args),
        Relation::Bind { binding, expr, .. } => {
            let mut keys = vec![key(binding)];
            keys.extend(match expr {
                SelectorExpr::Call { args, .. } => arg_keys(args),
                SelectorExpr::Arg(arg) => arg_keys(std::slice::from_ref(arg)),
            });
            keys
        }
        Relation::Field { binding, .. } => vec![key(binding)],
    }
}
