//! Labels: the text each Substance object is drawn with.

use super::SubstanceObject;
use indexmap::IndexMap;
use kite_syntax::ast::{AutoLabelTarget, LabelStyle, SubstanceStmtKind};

/// The label of one object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub text: String,
    pub kind: LabelKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelKind {
    /// No label; the text is empty.
    None,
    /// TeX math, from `Label x $…$` or `AutoLabel`.
    Math,
    /// Plain text, from `Label x "…"`.
    Text,
}

/// Applies the label statements in order. Every object starts unlabelled;
/// `AutoLabel All` labels every declared object (also those declared after
/// it) with its name; later statements win.
pub fn resolve(
    objects: &IndexMap<String, SubstanceObject>,
    statements: &[SubstanceStmtKind],
) -> IndexMap<String, Label> {
    let unlabelled = || Label {
        text: String::new(),
        kind: LabelKind::None,
    };
    let named = |name: &str| Label {
        text: name.to_string(),
        kind: LabelKind::Math,
    };
    let mut labels: IndexMap<String, Label> = objects
        .keys()
        .map(|name| (name.clone(), unlabelled()))
        .collect();
    for statement in statements {
        match statement {
            SubstanceStmtKind::AutoLabel {
                target: AutoLabelTarget::All { .. },
            } => {
                for (name, label) in labels.iter_mut() {
                    *label = named(name);
                }
            }
            SubstanceStmtKind::AutoLabel {
                target: AutoLabelTarget::Names { names },
            } => {
                for name in names {
                    if let Some(label) = labels.get_mut(&name.name) {
                        *label = named(&name.name);
                    }
                }
            }
            SubstanceStmtKind::Label { name, label: text } => {
                if let Some(label) = labels.get_mut(&name.name) {
                    *label = Label {
                        text: text.text.clone(),
                        kind: match text.style {
                            LabelStyle::Math => LabelKind::Math,
                            LabelStyle::Text => LabelKind::Text,
                        },
                    };
                }
            }
            SubstanceStmtKind::NoLabel { names } => {
                for name in names {
                    if let Some(label) = labels.get_mut(&name.name) {
                        *label = unlabelled();
                    }
                }
            }
            _ => {}
        }
    }
    labels
}
