//! When two Style fields are the same field: the owners they are reached
//! through may stand for the same Substance objects.

use super::FieldOwner;
use kite_check::{DomainEnv, SubstanceEnv, Ty};

/// Whether fields reached through `a` and through `b` may be the same:
/// the same owner; or Domain types one of which is a subtype of the other
/// (`x.icon` for a `Set x` is `y.icon` for a `Subset y`); or an object
/// named in backticks and a type it belongs to.
pub(super) fn owners_related(
    a: &FieldOwner,
    b: &FieldOwner,
    domain: &DomainEnv,
    substance: &SubstanceEnv,
) -> bool {
    match (a, b) {
        (FieldOwner::Type(a), FieldOwner::Type(b)) => {
            let (a, b) = (Ty::named(a), Ty::named(b));
            domain.is_subtype(&a, &b) || domain.is_subtype(&b, &a)
        }
        (FieldOwner::Object(object), FieldOwner::Type(ty))
        | (FieldOwner::Type(ty), FieldOwner::Object(object)) => {
            substance.objects.get(object).is_some_and(|object| {
                object.ty.name().is_some() && domain.is_subtype(&object.ty, &Ty::named(ty))
            })
        }
        _ => a == b,
    }
}
