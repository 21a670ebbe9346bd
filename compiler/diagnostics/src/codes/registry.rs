//! Every diagnostic code kite emits, with its name, its Penrose
//! counterpart and its explanation.
//!
//! Every error and warning kind Penrose reports maps to a code here, except
//! those that are not problems in a program: `TaggedSubstanceError` (kite
//! reports the wrapped Substance-style error in the Style file itself),
//! `StyleErrorList` (kite always reports every error), `GenericStyleError`
//! and `RuntimeValueTypeError` (internal), `UnsupportedIndexingError`
//! (unreachable) and `Fatal` (failures of label measurement, which is not
//! part of checking).

define_codes! {
    /// A character that starts no token.
    InvalidCharacter = "E0001", "invalid-character", "ParseError",
        "A character appears that no token of the language starts with, such as `@`, a lone `&` or `|`, \
         or a `#` not followed by hexadecimal digits. Remove it, or put it inside a string literal.";
    /// A `"` with no closing quote on the same line.
    UnterminatedString = "E0002", "unterminated-string", "ParseError",
        "A string literal opened with `\"` is not closed on the same line. Strings cannot span lines and \
         have no escapes: a `\\\"` ends the string. Add the closing quote.";
    /// A `/*` that is never closed.
    UnterminatedComment = "E0003", "unterminated-comment", "ParseError",
        "A block comment opened with `/*` is never closed with `*/`, so the rest of the file would be a \
         comment. Add `*/` where the comment should end.";
    /// A Substance `$` TeX label with no closing `$` on the line.
    UnterminatedTex = "E0004", "unterminated-tex", "ParseError",
        "A TeX label opened with `$` is not closed with `$` on the same line. TeX labels are written \
         `Label x $\\alpha_1$` and cannot span lines or contain `$`.";
    /// Brackets nested too deeply.
    NestingTooDeep = "E0005", "nesting-too-deep", "ParseError",
        "Parentheses, brackets and braces nest more than 256 levels deep. No real diagram program \
         needs that; the limit keeps pathological input from exhausting the parser. Name \
         intermediate values instead of nesting them.";
    /// A source file larger than the `file-bytes` limit.
    FileTooLarge = "E0006", "file-too-large", "",
        "The file is larger than the `file-bytes` limit (16 MiB by default; the largest file of the \
         Penrose registry is 67 KB), so it is not parsed. Split the program, or raise the limit with \
         `--limit file-bytes=N` (the language server's `limits` setting, the batch runner's option).";
    /// A source line longer than the `line-bytes` limit.
    LineTooLong = "E0007", "line-too-long", "",
        "A line of the file is longer than the `line-bytes` limit (100,000 bytes by default; the longest \
         line in the Penrose registry has 2,530), so the file is not parsed. The languages are line \
         oriented and no program needs such a line: break a long declaration list into several \
         statements, or raise the limit with `--limit line-bytes=N`.";
    /// The parser met a token it cannot use at this point.
    UnexpectedToken = "E0010", "unexpected-token", "ParseError",
        "The parser met a token that cannot appear at this point. The message lists what was expected. \
         The three languages are line oriented: one statement per line, and an expression, argument \
         list or selector list cannot continue on the next line. Note that a sign directly before a \
         digit makes a signed number, so `2-1` is two numbers: write `2 - 1`. A shape can only be the \
         whole value of a statement (`x.icon = Circle { … }`), never part of an expression.";
    /// The file ended in the middle of a construct.
    UnexpectedEndOfInput = "E0011", "unexpected-end-of-input", "ParseError",
        "The file ended in the middle of a construct, most often a Style block whose closing `}` is \
         missing. Close the construct.";
    /// A Domain constructor parameter without a name.
    UnnamedConstructorParameter = "E0012", "unnamed-constructor-parameter", "ParseError",
        "Every parameter of a Domain `constructor` needs a name, as in `constructor MkPair(Real a, Real b)`, \
         because Style refers to a constructed object's arguments by those names. Functions and \
         predicates may leave parameters unnamed.";

    /// A Domain `type` declared twice, or named like a built-in type.
    TypeAlreadyDeclared = "E0100", "type-already-declared", "TypeDeclared",
        "A Domain `type` statement declares a name that already exists: an earlier `type` with the same \
         name, or one of the built-in literal types `String` and `Number`. Remove the duplicate or rename \
         one of the types.";
    /// A type name that no `type` statement declares.
    UnknownType = "E0101", "unknown-type", "TypeNotFound",
        "A type is used that is not declared. In Domain, a type must be declared (`type Set`) on an \
         earlier line than its first use; in Substance and Style selectors, it must be declared in the \
         Domain. The built-in types are `String` and `Number`.";
    /// Two Domain predicates, functions or constructors with one name.
    DuplicateDeclaration = "E0102", "duplicate-declaration", "DuplicateName",
        "Two Domain predicates, two functions or two constructors have the same name. Each kind has its \
         own namespace (a function and a constructor may share a name, and Substance then prefers the \
         constructor), but within a kind names must be unique.";
    /// The subtype relation has a cycle.
    CyclicSubtypes = "E0103", "cyclic-subtypes", "CyclicSubtypes",
        "The Domain's subtype declarations form a cycle, such as `A <: B` and `B <: A`, so no type can be \
         ordered above the other. Remove one of the declarations on the cycle.";
    /// A symmetric predicate that does not take exactly two arguments.
    SymmetricPredicateArity = "E0104", "symmetric-predicate-arity", "SymmetricArgLengthMismatch",
        "A `symmetric predicate` must take exactly two arguments, because symmetry swaps them. Remove \
         `symmetric` or change the parameter list.";
    /// A symmetric predicate whose two parameters have different types.
    SymmetricPredicateTypes = "E0105", "symmetric-predicate-types", "SymmetricTypeMismatch",
        "The two parameters of a `symmetric predicate` must have the same type, because `P(a, b)` also \
         means `P(b, a)`. Give both parameters the same type or remove `symmetric`.";
    /// `String` or `Number` as a function or constructor output.
    LiteralTypeOutput = "E0106", "literal-type-output", "OutputLiteralTypeError",
        "A Domain function or constructor returns `String` or `Number`. Literal types may be parameter \
         types but not outputs: Substance objects cannot have a literal type. Declare a type for the \
         result instead.";
    /// `String` or `Number` in a subtype declaration.
    LiteralTypeSubtyping = "E0107", "literal-type-subtyping", "SubOrSuperLiteralTypeError",
        "The built-in types `String` and `Number` cannot be subtypes or supertypes of anything. Declare a \
         type of your own and subtype that.";
    /// A Substance object declared twice.
    DuplicateObject = "E0200", "duplicate-object", "DuplicateName",
        "A Substance object is declared twice. Object names are global to the Substance program; rename \
         one of them or remove the second declaration.";
    /// A Substance name that no declaration introduces.
    UnknownObject = "E0201", "unknown-object", "VarNotFound",
        "A Substance statement (or a Style selector relation) refers to an object that is not declared. \
         Declare it first, as in `Set A`, or correct the name.";
    /// An argument or binding whose type is not a subtype of the expected one.
    TypeMismatch = "E0202", "type-mismatch", "TypeMismatch",
        "An argument has a type that is not the parameter's type or one of its subtypes, or a bound \
         object's type does not accept the callee's output. Subtyping follows the Domain's `<:` \
         declarations transitively.";
    /// A call or predicate application with the wrong number of arguments.
    WrongArgumentCount = "E0203", "wrong-argument-count", "ArgLengthMismatch",
        "A predicate, function or constructor is applied to a different number of arguments than its \
         Domain declaration lists. Substance has no default arguments.";
    /// A predicate that the Domain does not declare.
    UnknownPredicate = "E0204", "unknown-predicate", "TypeNotFound",
        "A predicate is applied that the Domain does not declare. Declare it with `predicate Name(T1, T2)` \
         or correct the name.";
    /// A function or constructor that the Domain does not declare.
    UnknownFunctionOrConstructor = "E0205", "unknown-function-or-constructor", "TypeNotFound",
        "The right-hand side of `:=` calls a name that is neither a Domain constructor nor a Domain \
         function. Declare it, or correct the name.";
    /// A Substance object declared with a literal type.
    LiteralTypeDeclaration = "E0206", "literal-type-declaration", "DeclLiteralError",
        "A Substance object is declared with type `String` or `Number`. Literal values are written \
         directly as arguments (`Has(A, 3)`, `Named(A, \"x\")`) and need no declaration.";
    /// An identifier in an indexed statement whose suffix is not an index.
    InvalidIndexSuffix = "E0207", "invalid-index-suffix", "InvalidSetIndexingError",
        "Inside a statement with `for … in […]`, an identifier containing `_` is split at its last \
         underscore, and the part after it must be an index variable or a number: `x_i` becomes `x_1`, \
         `x_2`, … Rename the identifier so that it has no `_`, or use an index variable after it.";
    /// An index range whose bounds are not integers.
    NonIntegerIndexRange = "E0208", "non-integer-index-range", "BadSetIndexRangeError",
        "The bounds of an index range `i in [lo, hi]` must be integers.";
    /// One index variable bound twice in a `for` clause.
    DuplicateIndexVariable = "E0209", "duplicate-index-variable", "DuplicateIndexError",
        "An indexed statement binds the same index variable twice, as in `for i in [1, 2], i in [3, 4]`. \
         Use a different name for the second range.";
    /// Division or remainder by zero in an index condition.
    DivisionByZero = "E0210", "division-by-zero", "DivideByZeroError",
        "The `where` condition of an indexed statement divides (`/`) or takes a remainder (`%`, `mod`) by \
         zero for some substitution of the index variables. Guard the condition or change the ranges.";
    /// An index condition whose value is not a number.
    InvalidArithmetic = "E0211", "invalid-arithmetic", "InvalidArithmeticValueError",
        "The `where` condition of an indexed statement computes a value that is not a number (for \
         example `0 ^ -1` or a power too large to represent).";
    /// A `where` condition naming a variable that no range binds.
    UnknownIndexVariable = "E0212", "unknown-index-variable", "",
        "The `where` condition of an indexed statement uses a name that none of its ranges binds. A \
         condition can only compare index variables and numbers.";
    /// An indexed statement that expands to too many statements.
    IndexSetTooLarge = "E0213", "index-set-too-large", "",
        "The ranges of an indexed statement would expand it to more statements than the \
         `indexed-statements` limit (100,000 by default), or test more than 10,000,000 substitutions \
         of its index variables. kite stops there, before expanding, instead of running out of memory. \
         Narrow the ranges, or raise the limit with `--limit indexed-statements=N`.";
    /// A selector variable declared twice in one header.
    SelectorVariableRedeclared = "E0300", "selector-variable-redeclared", "SelectorVarMultipleDecl",
        "A Style header declares the same variable twice, as in `forall Set x; Point x`. Each pattern \
         variable of a selector must have its own name.";
    /// A `has` relation on a field other than `label`.
    UnsupportedSelectorField = "E0301", "unsupported-selector-field", "SelectorFieldNotSupported",
        "A selector's `x has math label` relation may only test the field `label`.";
    /// A predicate alias named like a Domain name or a pattern variable.
    AliasNameClash = "E0302", "alias-name-clash", "SelectorAliasNamingError",
        "A predicate alias (`where P(x, y) as name`) must not reuse the name of a Domain type, predicate, \
         function or constructor, or of a variable of the same selector.";
    /// A shape type that does not exist.
    UnknownShapeType = "E0303", "unknown-shape-type", "InvalidGPITypeError",
        "A shape expression names a shape type that does not exist. The shape types are Circle, \
         Ellipse, Rectangle, Line, Polygon, Polyline, Path, Text, Equation, Image and Group.";
    /// A computation function that the library does not have.
    UnknownComputation = "E0304", "unknown-computation", "InvalidFunctionNameError",
        "An expression calls a function that is not in the function library. `kite` lists the library \
         in hover and completion; check the spelling and capitalisation.";
    /// An `ensure` of a constraint that the library does not have.
    UnknownConstraint = "E0305", "unknown-constraint", "InvalidConstraintNameError",
        "An `ensure` statement calls a name that is not a constraint of the library. Objectives go \
         after `encourage`, constraints after `ensure`.";
    /// An `encourage` of an objective that the library does not have.
    UnknownObjective = "E0306", "unknown-objective", "InvalidObjectiveNameError",
        "An `encourage` statement calls a name that is not an objective of the library. Objectives go \
         after `encourage`, constraints after `ensure`.";
    /// More than one `layout` statement.
    MultipleLayouts = "E0307", "multiple-layouts", "MultipleLayoutError",
        "A Style program may declare its layout stages (`layout = [shape, label]`) only once. Merge the \
         statements.";
    /// A colour literal with the wrong number of hex digits.
    InvalidColor = "E0308", "invalid-color", "InvalidColorLiteral",
        "A colour literal must have 3, 4, 6 or 8 hexadecimal digits: `#RGB`, `#RGBA`, `#RRGGBB` or \
         `#RRGGBBAA`.";
    /// A library call with more arguments than the function takes.
    TooManyArguments = "E0309", "too-many-arguments", "TooManyArgumentsError",
        "A library function, constraint or objective is called with more arguments than it has \
         parameters. Hover the name to see its signature.";
    /// A library call that leaves out a parameter without a default.
    MissingArgument = "E0310", "missing-argument", "MissingArgumentError",
        "A library function, constraint or objective is called with fewer arguments than it needs. \
         Only trailing parameters with defaults may be left out.";
    /// A shape property given a literal of the wrong type.
    PropertyTypeMismatch = "E0311", "property-type-mismatch", "BadShapeParamTypeError",
        "A shape property is given a literal value of the wrong type, such as a string for `r` or a \
         number for `fillColor`. The property table lists each property's type.";
    /// An assignment to a selector variable itself.
    AssignToSubstanceObject = "E0312", "assign-to-substance-object", "AssignSubstanceError",
        "A Style block assigns to a variable of its selector (`x = …`), which stands for a Substance \
         object and cannot be replaced. Assign to one of its fields instead (`x.shape = …`).";
    /// A Style block whose matches would exceed the `block-matches` limit.
    TooManyMatches = "E0313", "too-many-matches", "",
        "The selector of a Style block would match more times than the `block-matches` limit \
         (1,000,000 by default). The number is estimated from the candidates of each pattern variable \
         and relation before any match is made: `forall Node a; Node b; Node c; Node d` over 300 Nodes \
         would run the block 8.1 billion times. Relate the variables with a `where` clause so that \
         fewer combinations qualify, or raise the limit with `--limit block-matches=N`.";
    /// A shape property that the shape type does not have.
    UnknownShapeProperty = "W0300", "unknown-shape-property", "InvalidGPIPropertyError",
        "A shape is given a property that its type does not have and that is not an SVG presentation \
         attribute (such as `opacity` or `strokeLinejoin`, which pass through to the SVG element). It \
         is ignored, as in Penrose; most often it is a misspelt property name, or a property of another \
         shape type.";
    /// A stage name that the `layout` statement does not declare.
    UnknownStage = "W0301", "unknown-stage", "",
        "A `?`, `ensure` or `encourage` is limited to a layout stage (`in [label]`, `except [label]`) that \
         the program's `layout = […]` statement does not declare. Such a stage never runs, so with `in` \
         the statement is never active. Penrose accepts this silently.";
    /// A selector naming a Substance object that does not exist.
    UnmatchedSubstanceName = "W0302", "unmatched-substance-name", "",
        "A selector names a specific Substance object in backticks (`` forall Set `A` ``) that the \
         Substance program does not declare, so the block never applies. This is expected when one \
         Style serves several Substance programs; otherwise the name is misspelt.";
    /// Assignment into an indexed element of a path.
    AssignIntoAccess = "E0400", "assign-into-access", "AssignAccessError",
        "A Style assignment targets an element of a list or vector (`x.v[0] = …`). Only whole fields can \
         be assigned.";
    /// Assignment to a global name from the wrong place.
    AssignToGlobal = "E0401", "assign-to-global", "AssignGlobalError",
        "A Style block assigns to a global namespace in a way that is not allowed. Assign to a field of \
         the namespace (`canvas.width = …`).";
    /// Deleting a global name.
    DeleteGlobal = "E0402", "delete-global", "DeleteGlobalError",
        "A `delete` names a global namespace. Only fields can be deleted.";
    /// Deleting a selector variable itself.
    DeleteSubstanceObject = "E0403", "delete-substance-object", "DeleteSubstanceError",
        "A `delete` names a selector variable, which stands for a Substance object. Only its fields can \
         be deleted.";
    /// An element of a list or vector of the wrong type.
    BadElement = "E0404", "bad-element", "BadElementError",
        "An element of a list, vector or matrix literal has a type that the collection cannot hold, such \
         as a string inside a vector.";
    /// An index that is not an integer.
    BadIndex = "E0405", "bad-index", "BadIndexError",
        "An index expression does not evaluate to a non-negative whole number.";
    /// Indexing a value that has no elements.
    Unindexable = "E0406", "unindexable", "UnindexableItemError",
        "A value is indexed with `[…]` that is not a list, vector or matrix.";
    /// An index past the end.
    IndexOutOfBounds = "E0407", "index-out-of-bounds", "OutOfBoundsError",
        "An index is at least the length of the list, vector or matrix it indexes. Indices start at 0.";
    /// A binary operator applied to values it does not accept.
    BinaryOperandTypes = "E0408", "binary-operand-types", "BinOpTypeError",
        "A binary operator is applied to operands of types it does not combine, such as adding a string \
         to a number or multiplying two vectors with `*` (use `dot` or `.*`).";
    /// A unary operator applied to a value it does not accept.
    UnaryOperandType = "E0409", "unary-operand-type", "UOpTypeError",
        "A unary operator (`-` or transpose `'`) is applied to a value it does not accept.";
    /// Missing or ill-typed canvas dimensions.
    CanvasDimensions = "E0410", "canvas-dimensions", "CanvasNonexistentDimsError",
        "Every Style program must set `canvas { width = … height = … }` to numbers. One of them is \
         missing, is a shape, or is not a number.";
    /// Fields whose values depend on each other in a cycle.
    CyclicAssignment = "E0411", "cyclic-assignment", "CyclicAssignmentError",
        "Style fields depend on each other in a cycle (`a = b + 1`, `b = a`), so no value can be computed \
         first. The message lists the cycle; break it by computing one value from something else.";
    /// A path to a field that is never assigned.
    MissingPath = "E0412", "missing-path", "MissingPathError",
        "An expression refers to a field or local variable that no statement assigns (for this match). \
         Check the spelling, or assign it in a block that matches the same objects.";
    /// A backtick Substance name that the Substance program does not declare.
    UndeclaredSubstanceVariable = "E0413", "undeclared-substance-variable", "UndeclaredSubVarError",
        "A Style program refers to a Substance object by name (`` `A` ``), but the Substance program \
         declares no such object.";
    /// A path that names a collection where a value is needed.
    PathToCollection = "E0414", "path-to-collection", "PathToCollectionError",
        "A path names a collected set (from `collect … into`) where a value is needed. Use `listof` or \
         `numberof` to get values out of a collection.";
    /// A path that names a Substance object where a value is needed.
    PathToSubstance = "E0415", "path-to-substance", "PathToSubstanceError",
        "A path names a selector variable itself where a value is needed. Refer to one of its fields \
         (`x.shape`) instead.";
    /// A path that names a namespace where a value is needed.
    PathToNamespace = "E0416", "path-to-namespace", "PathToNamespaceError",
        "A path names a namespace (`canvas`) where a value is needed. Refer to one of its fields \
         (`canvas.width`).";
    /// Member access on a collection.
    CollectionMemberAccess = "E0417", "collection-member-access", "CollectionMemberAccessError",
        "A collection from `collect … into` has no fields. Use `listof field from collection`.";
    /// A path that should name a shape names nothing.
    MissingShape = "E0418", "missing-shape", "MissingShapeError",
        "A layering statement or a shape argument refers to a shape that does not exist for this match.";
    /// A value used where a shape is needed.
    NotAShape = "E0419", "not-a-shape", "NotShapeError",
        "A value is used where a shape is needed, such as a number passed to `disjoint`, or a number in a \
         Group's `shapes`.";
    /// A shape used where a value is needed.
    NotAValue = "E0420", "not-a-value", "NotValueError",
        "A shape is used where a plain value is needed, such as in arithmetic. Refer to one of the \
         shape's properties (`x.icon.center`).";
    /// A library call argument of the wrong type.
    ArgumentTypeMismatch = "E0421", "argument-type-mismatch", "BadArgumentTypeError",
        "A library function, constraint or objective is called with an argument of a type its \
         parameter does not accept. Hover the name to see its signature.";
    /// A library function that fails on its arguments.
    FunctionFailed = "E0422", "function-failed", "FunctionInternalError",
        "A library function could not compute a result from its arguments, for example `random` with \
         bounds that depend on unknowns.";
    /// A namespace declared twice.
    NamespaceRedeclared = "E0423", "namespace-redeclared", "RedeclareNamespaceError",
        "A namespace block (`name { … }`) is declared more than once. Merge the blocks.";
    /// `listof`/`numberof` over something that is not a collection.
    NotASubstanceCollection = "E0424", "not-a-substance-collection", "NotSubstanceCollectionError",
        "`listof` and `numberof` take a collection declared with `collect … into`; this path names \
         something else.";
    /// `nameof` applied to something that is not a variable.
    NotAStyleVariable = "E0425", "not-a-style-variable", "NotStyleVariableError",
        "`nameof` takes a selector variable and gives the name of the Substance object it matched.";
    /// A layering statement over values that are not shapes.
    LayerOnNonShapes = "E0426", "layer-on-non-shapes", "LayerOnNonShapesError",
        "`a above b` and `a below b` order shapes; one of the paths names a value that is not a shape.";
    /// A path whose form is not allowed where it is used.
    MalformedPath = "E0427", "malformed-path", "NonWellFormedPathError",
        "A path has a form that is not allowed here, such as indexing on the left of an assignment or \
         too many members.";
    /// A shape assigned to a shape property.
    NestedShape = "E0428", "nested-shape", "NestedShapeError",
        "A shape is assigned to a property of another shape (`x.icon.center = Circle { … }`). Shapes \
         cannot nest; assign the shape to a field of its own (`x.dot = Circle { … }`) and, to group \
         shapes, list them in a `Group`.";
    /// A diagram with more shapes than the `shapes` limit.
    TooManyShapes = "E0429", "too-many-shapes", "",
        "Running the Style's blocks over their matches would make more shapes than the `shapes` limit \
         (200,000 by default; the largest Penrose registry diagram has a few thousand). Elaboration \
         stops at the statement that crosses the limit, before anything is evaluated. Draw fewer \
         shapes per match, or raise the limit with `--limit shapes=N`.";
    /// A diagram with more constraints and objectives than the `terms` limit.
    TooManyTerms = "E0430", "too-many-terms", "",
        "Running the Style's blocks over their matches would make more `ensure` and `encourage` terms \
         than the `terms` limit (1,000,000 by default). Elaboration stops at the statement that \
         crosses the limit, before anything is evaluated. State fewer constraints per match, or raise \
         the limit with `--limit terms=N`.";
    /// A diagram with more optimisation inputs than the `inputs` limit.
    TooManyInputs = "E0431", "too-many-inputs", "",
        "The diagram would have more optimisation inputs than the `inputs` limit (2,000,000 by \
         default). Inputs are each `?` and each sampled default property of a shape (a Circle's \
         center is two, its colour three); they are counted as blocks run, before anything is \
         evaluated, and elaboration stops at the statement that crosses the limit. Fix more \
         properties, or raise the limit with `--limit inputs=N`.";
    /// A diagram whose expression graph outgrows the `graph-nodes` limit.
    TooManyGraphNodes = "E0432", "too-many-graph-nodes", "",
        "Evaluating the Style made the diagram's expression graph (every number of the diagram and \
         every operation on numbers, shared where equal) larger than the `graph-nodes` limit \
         (40,000,000 by default, about 3 GB; the largest Penrose registry diagram has under 100,000). \
         Within the shapes, terms and inputs limits a graph grows this large only through costly \
         library calls run over many matches. Evaluation stops at the statement whose value crossed \
         the limit. Call fewer or cheaper functions per match, or raise the limit with \
         `--limit graph-nodes=N`.";
    /// A value that is not a number appeared during optimisation.
    NanDuringLayout = "E0500", "nan-during-layout", "NaNError",
        "During layout an energy, a gradient or a field became NaN or infinite, for example by \
         normalising a zero-length vector. The layout stops with status `nan`; the message names the \
         expression where kite could trace it.";
    /// The layout could not run.
    LayoutFailed = "E0501", "layout-failed", "RuntimeError",
        "The optimiser could not run on the compiled diagram.";
    /// A field assigned twice without `override`.
    ImplicitOverride = "W0400", "implicit-override", "ImplicitOverrideWarning",
        "A field is assigned again by a later block without `override`. The later value wins; write \
         `override` to say that this is intended.";
    /// A `delete` of a field that does not exist.
    NoopDelete = "W0401", "noop-delete", "NoopDeleteWarning",
        "A `delete` names a field that has no value at that point, so it does nothing.";
    /// Layering statements that contradict each other.
    LayerCycle = "W0402", "layer-cycle", "LayerCycleWarning",
        "The `above`/`below` statements order some shapes in a cycle, so not all of them can hold. \
         The message lists the shapes on the cycle; the cycle is broken and they are drawn in an \
         approximate order. Ordering a shape inside a Group orders the whole Group.";
    /// A shape in more than one Group.
    ShapeInMultipleGroups = "W0403", "shape-in-multiple-groups", "ShapeBelongsToMultipleGroups",
        "A shape is listed in the `shapes` of more than one Group. It is drawn in every Group that \
         lists it, but layering treats it as a member of the first only.";
    /// Groups that contain each other.
    GroupCycle = "W0404", "group-cycle", "GroupCycleWarning",
        "Groups contain each other in a cycle; the cycle is broken to draw them.";
    /// A constraint approximated by bounding boxes.
    BboxApproximation = "W0405", "bbox-approximation", "BBoxApproximationWarning",
        "A constraint or objective has no exact form for this pair of shape types, so it is computed on \
         their axis-aligned bounding boxes. The result may be looser than the shapes suggest.";
    /// TeX that the math typesetter cannot set.
    UnsupportedTex = "W0406", "unsupported-tex", "",
        "An Equation's TeX uses something kite's math typesetter does not support (an unknown command, \
         an environment, unbalanced braces). The label is measured and drawn as its plain TeX source \
         instead, so the diagram still renders; rewrite the TeX to get typeset math.";
    /// An Image whose `href` kite will not read.
    ImageRefused = "W0600", "image-refused", "",
        "An Image's `href` names a file kite does not read: an absolute path, a URL, or a path that \
         leaves the folder of the Style file. Images are read only from the Style file's folder and \
         below, so that a program cannot make kite read (and embed) arbitrary files of the machine \
         it runs on. The Image is drawn as a placeholder. Copy the image next to the Style file and \
         give its relative path.";
    /// An Image whose file does not exist or cannot be read.
    ImageNotFound = "W0601", "image-not-found", "",
        "An Image's `href` names a file in the Style file's folder that does not exist or cannot be \
         read (paths are relative to the Style file). The Image is drawn as a placeholder. Check the \
         spelling and the folder.";
    /// A failure inside kite.
    InternalError = "E0900", "internal-error", "",
        "kite itself failed while handling this program: a bug in kite, not in the program. The \
         message names the phase that failed. The command reports it and exits with status 1, the \
         language server keeps serving, and a batch records the job as failed and goes on. Please \
         report it with the program that caused it.";
}
