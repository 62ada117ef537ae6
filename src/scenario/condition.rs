//! Conditions: `VAR OP INTEGER` with `<`, `<=`, `>`, `>=`, `==` or `!=`, joined by `and` / `or`
//! (`and` binds tighter), as the README's "The shape of a scenario" describes. Parentheses are
//! accepted too, for authors who want them.

use std::fmt;

use crate::t;

/// A comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

impl Op {
    fn apply(self, a: i64, b: i64) -> bool {
        match self {
            Op::Lt => a < b,
            Op::Le => a <= b,
            Op::Gt => a > b,
            Op::Ge => a >= b,
            Op::Eq => a == b,
            Op::Ne => a != b,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::Eq => "==",
            Op::Ne => "!=",
        }
    }
}

/// A parsed condition over variables (by index into the scenario's `[vars]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Condition {
    Compare { var: usize, op: Op, value: i64 },
    And(Box<Condition>, Box<Condition>),
    Or(Box<Condition>, Box<Condition>),
}

impl Condition {
    /// Whether the condition holds for these variable values.
    pub fn holds(&self, vars: &[i64]) -> bool {
        match self {
            Condition::Compare { var, op, value } => op.apply(vars[*var], *value),
            Condition::And(a, b) => a.holds(vars) && b.holds(vars),
            Condition::Or(a, b) => a.holds(vars) || b.holds(vars),
        }
    }

    /// Writes the condition back as text, with variable names.
    pub fn display<'a>(&'a self, names: &'a [String]) -> impl fmt::Display + 'a {
        struct D<'a>(&'a Condition, &'a [String]);
        impl fmt::Display for D<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self.0 {
                    Condition::Compare { var, op, value } => {
                        write!(f, "{} {} {}", self.1[*var], op.as_str(), value)
                    }
                    Condition::And(a, b) => {
                        let side = |c: &Condition| matches!(c, Condition::Or(..));
                        for (i, c) in [a, b].into_iter().enumerate() {
                            if i == 1 {
                                f.write_str(" and ")?;
                            }
                            if side(c) {
                                write!(f, "({})", D(c, self.1))?;
                            } else {
                                write!(f, "{}", D(c, self.1))?;
                            }
                        }
                        Ok(())
                    }
                    Condition::Or(a, b) => write!(f, "{} or {}", D(a, self.1), D(b, self.1)),
                }
            }
        }
        D(self, names)
    }
}

/// Why a condition did not parse or resolve: the message and the byte offset in the condition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConditionError {
    pub offset: usize,
    pub message: String,
    /// The name, when the condition names a variable that is not declared.
    pub unknown_variable: Option<String>,
}

impl ConditionError {
    fn new(offset: usize, message: String) -> Self {
        ConditionError { offset, message, unknown_variable: None }
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Tok<'a> {
    Ident(&'a str),
    Int(i64),
    Op(Op),
    And,
    Or,
    Open,
    Close,
}

fn tokenize(s: &str) -> Result<Vec<(usize, Tok<'_>)>, ConditionError> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let tok = if c.is_ascii_alphabetic() || c == b'_' {
            while i < bytes.len()
                && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'-')
            {
                i += 1;
            }
            match &s[start..i] {
                "and" => Tok::And,
                "or" => Tok::Or,
                word => Tok::Ident(word),
            }
        } else if c.is_ascii_digit() || (c == b'-' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)) {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let n = s[start..i].parse::<i64>().map_err(|_| {
                ConditionError::new(start, t!("diag-cond-number-too-large", number = &s[start..i]))
            })?;
            Tok::Int(n)
        } else {
            let (op, len) = symbol(s, start)?;
            i += len;
            op
        };
        out.push((start, tok));
    }
    Ok(out)
}

/// The operator or parenthesis at `start` (not a letter, digit or space), and its length.
fn symbol(s: &str, start: usize) -> Result<(Tok<'_>, usize), ConditionError> {
    let two = s.get(start..start + 2).unwrap_or("");
    let (op, len) = match two {
        "<=" => (Tok::Op(Op::Le), 2),
        ">=" => (Tok::Op(Op::Ge), 2),
        "==" => (Tok::Op(Op::Eq), 2),
        "!=" => (Tok::Op(Op::Ne), 2),
        "&&" => (Tok::And, 2),
        "||" => (Tok::Or, 2),
        _ => match s.as_bytes()[start] {
            b'<' => (Tok::Op(Op::Lt), 1),
            b'>' => (Tok::Op(Op::Gt), 1),
            b'(' => (Tok::Open, 1),
            b')' => (Tok::Close, 1),
            b'=' => return Err(ConditionError::new(start, t!("diag-cond-single-equals"))),
            _ => {
                let ch = s[start..].chars().next().unwrap_or(' ').escape_debug().to_string();
                return Err(ConditionError::new(start, t!("diag-cond-unexpected", char = &ch)));
            }
        },
    };
    if matches!(op, Tok::And | Tok::Or) {
        let word = if two == "&&" { "and" } else { "or" };
        return Err(ConditionError::new(start, t!("diag-cond-write-instead", word = word, written = two)));
    }
    Ok((op, len))
}

/// The largest nesting of parentheses accepted, so that no condition can exhaust the stack.
const MAX_DEPTH: usize = 32;

struct Parser<'a, 'r> {
    toks: Vec<(usize, Tok<'a>)>,
    pos: usize,
    end: usize,
    resolve: &'r dyn Fn(&str) -> Option<usize>,
    depth: usize,
}

impl<'a> Parser<'a, '_> {
    fn offset(&self) -> usize {
        self.toks.get(self.pos).map_or(self.end, |t| t.0)
    }
    fn err<T>(&self, message: String) -> Result<T, ConditionError> {
        Err(ConditionError::new(self.offset(), message))
    }
    fn peek(&self) -> Option<&Tok<'a>> {
        self.toks.get(self.pos).map(|t| &t.1)
    }

    fn or(&mut self) -> Result<Condition, ConditionError> {
        let mut left = self.and()?;
        while self.peek() == Some(&Tok::Or) {
            self.pos += 1;
            let right = self.and()?;
            left = Condition::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Condition, ConditionError> {
        let mut left = self.atom()?;
        while self.peek() == Some(&Tok::And) {
            self.pos += 1;
            let right = self.atom()?;
            left = Condition::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn atom(&mut self) -> Result<Condition, ConditionError> {
        match self.peek().cloned() {
            Some(Tok::Open) => {
                if self.depth >= MAX_DEPTH {
                    return self.err(t!("diag-cond-too-deep"));
                }
                self.depth += 1;
                self.pos += 1;
                let inner = self.or()?;
                if self.peek() != Some(&Tok::Close) {
                    return self.err(t!("diag-cond-not-closed"));
                }
                self.pos += 1;
                self.depth -= 1;
                Ok(inner)
            }
            Some(Tok::Ident(name)) => {
                let at = self.offset();
                self.pos += 1;
                let op = match self.peek() {
                    Some(Tok::Op(op)) => *op,
                    _ => return self.err(t!("diag-cond-expected-comparison", name = name)),
                };
                self.pos += 1;
                let value = match self.peek() {
                    Some(Tok::Int(n)) => *n,
                    Some(Tok::Ident(other)) => {
                        return self.err(t!("diag-cond-compare-with-number", name = name, other = *other))
                    }
                    _ => return self.err(t!("diag-cond-expected-number", name = name, op = op.as_str())),
                };
                self.pos += 1;
                let var = (self.resolve)(name).ok_or_else(|| ConditionError {
                    offset: at,
                    message: t!("diag-cond-unknown-variable", name = name),
                    unknown_variable: Some(name.to_string()),
                })?;
                Ok(Condition::Compare { var, op, value })
            }
            Some(Tok::Int(_)) => self.err(t!("diag-cond-variable-first")),
            None => self.err(t!("diag-cond-ends-early")),
            Some(_) => self.err(t!("diag-cond-expected-variable")),
        }
    }
}

/// Parses `text`, resolving each variable name with `resolve`.
pub fn parse(text: &str, resolve: &dyn Fn(&str) -> Option<usize>) -> Result<Condition, ConditionError> {
    let toks = tokenize(text)?;
    let mut p = Parser { toks, pos: 0, end: text.len(), resolve, depth: 0 };
    if p.toks.is_empty() {
        return p.err(t!("diag-cond-empty"));
    }
    let c = p.or()?;
    if p.pos < p.toks.len() {
        return p.err(t!("diag-cond-trailing"));
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(name: &str) -> Option<usize> {
        ["trust", "risk", "heat"].iter().position(|v| *v == name)
    }

    fn check(cond: &str, values: [i64; 3]) -> bool {
        parse(cond, &vars).unwrap().holds(&values)
    }

    #[test]
    fn comparisons() {
        let table = [
            ("trust < 40", [39, 0, 0], true),
            ("trust < 40", [40, 0, 0], false),
            ("trust <= 40", [40, 0, 0], true),
            ("trust > -5", [-4, 0, 0], true),
            ("trust >= -5", [-6, 0, 0], false),
            ("risk == 2", [0, 2, 0], true),
            ("risk != 2", [0, 2, 0], false),
            ("risk==2", [0, 2, 0], true),
        ];
        for (cond, values, expected) in table {
            assert_eq!(check(cond, values), expected, "{cond} with {values:?}");
        }
    }

    #[test]
    fn and_binds_tighter_than_or() {
        // true or (false and false) = true; (true or false) and false would be false.
        assert!(check("trust > 0 or risk > 0 and heat > 0", [1, 0, 0]));
        assert!(!check("(trust > 0 or risk > 0) and heat > 0", [1, 0, 0]));
        assert!(check("trust > 0 and risk > 0 or heat > 0", [0, 0, 1]));
    }

    #[test]
    fn errors_point_into_the_text() {
        let table = [
            ("trust >", 7, "expected a whole number"),
            ("trust = 4", 6, "`==`"),
            ("mood > 3", 0, "unknown variable `mood`"),
            ("trust > 3 risk < 2", 10, "join conditions"),
            ("", 0, "empty"),
            ("trust > 3 and", 13, "ends too early"),
            ("40 < trust", 0, "variable first"),
            ("trust > 3 && risk < 1", 10, "write `and`"),
            ("(trust > 3", 10, "not closed"),
            ("trust > 99999999999999999999", 8, "too large"),
        ];
        for (cond, offset, needle) in table {
            let e = parse(cond, &vars).unwrap_err();
            assert_eq!(e.offset, offset, "{cond}: {}", e.message);
            assert!(e.message.contains(needle), "{cond}: {}", e.message);
        }
    }

    #[test]
    fn deep_parentheses_are_refused_not_overflowed() {
        let cond = format!("{}trust > 1{}", "(".repeat(10_000), ")".repeat(10_000));
        assert!(parse(&cond, &vars).unwrap_err().message.contains("too deeply"));
    }

    #[test]
    fn display_round_trips() {
        let names: Vec<String> = ["trust", "risk", "heat"].map(String::from).to_vec();
        let c = parse("(trust > 1 or risk < 2) and heat == 3", &vars).unwrap();
        assert_eq!(c.display(&names).to_string(), "(trust > 1 or risk < 2) and heat == 3");
    }
}
