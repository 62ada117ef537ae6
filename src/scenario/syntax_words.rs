//! The TOML parser's syntax errors are English sentences built from a small, fixed vocabulary: a
//! description of what is wrong, then ", expected " and a list of what would have been right. They
//! are said again here, word for word, from the message files, so that a francophone facilitator
//! reads French. A phrase the tables do not know (a newer parser's wording) is kept as the parser
//! wrote it rather than dropped; a test below keeps the tables in step with the parser.

/// The parser's message in the reader's language.
pub(crate) fn localized(message: &str) -> String {
    let (description, expected) = match message.split_once(", expected ") {
        Some((d, e)) => (d, Some(e)),
        None => (message, None),
    };
    let description = word(DESCRIPTIONS, description);
    match expected {
        None => description,
        Some(list) => {
            let items: Vec<String> = list.split(", ").map(|item| word(EXPECTED, item)).collect();
            crate::t!("toml-described", description = &description, expected = &items.join(", "))
        }
    }
}

/// One phrase from `table`, or the phrase itself when the table does not know it (a literal
/// such as `]` is not words and is kept as written).
fn word(table: &[(&str, &str)], phrase: &str) -> String {
    table
        .iter()
        .find(|(english, _)| *english == phrase)
        .map_or_else(|| phrase.to_string(), |(_, id)| crate::i18n::message(id, &[]))
}

/// The parser's descriptions of what is wrong, with their message ids.
const DESCRIPTIONS: &[(&str, &str)] = &[
    ("`_` may only go between digits", "toml-underscore-may-only-go-between-digits"),
    (
        "cannot recurse further; max recursion depth met",
        "toml-cannot-recurse-further-max-recursion-depth-met",
    ),
    ("carriage return must be followed by newline", "toml-carriage-return-must-be-followed-by-newline"),
    ("extra `=`", "toml-extra-equals"),
    ("extra assignment between key-value pairs", "toml-extra-assignment-between-key-value-pairs"),
    ("extra comma in array", "toml-extra-comma-in-array"),
    ("extra comma in inline table", "toml-extra-comma-in-inline-table"),
    ("integers with a radix cannot be signed", "toml-integers-with-a-radix-cannot-be-signed"),
    ("invalid comment character", "toml-invalid-comment-character"),
    ("invalid inline table element", "toml-invalid-inline-table-element"),
    ("invalid key-value pair", "toml-invalid-key-value-pair"),
    ("invalid unquoted key", "toml-invalid-unquoted-key"),
    ("invalid value", "toml-invalid-value"),
    ("key with no value", "toml-key-with-no-value"),
    ("keys cannot be multi-line basic strings", "toml-keys-cannot-be-multi-line-basic-strings"),
    ("keys cannot be multi-line literal strings", "toml-keys-cannot-be-multi-line-literal-strings"),
    ("missing array opening", "toml-missing-array-opening"),
    ("missing assignment between key-value pairs", "toml-missing-assignment-between-key-value-pairs"),
    ("missing comma between array elements", "toml-missing-comma-between-array-elements"),
    ("missing comma between key-value pairs", "toml-missing-comma-between-key-value-pairs"),
    ("missing comment start", "toml-missing-comment-start"),
    ("missing escaped value", "toml-missing-escaped-value"),
    ("missing inline table opening", "toml-missing-inline-table-opening"),
    ("missing key for inline table element", "toml-missing-key-for-inline-table-element"),
    ("missing opening quote", "toml-missing-opening-quote"),
    ("missing table open", "toml-missing-table-open"),
    ("missing value", "toml-missing-value"),
    ("missing value for key", "toml-missing-value-for-key"),
    ("radix must be lowercase", "toml-radix-must-be-lowercase"),
    ("redundant integer number prefix", "toml-redundant-integer-number-prefix"),
    ("redundant numeric sign", "toml-redundant-numeric-sign"),
    ("string values must be quoted", "toml-string-values-must-be-quoted"),
    ("too few unicode value digits", "toml-too-few-unicode-value-digits"),
    ("unclosed array", "toml-unclosed-array"),
    ("unclosed array table", "toml-unclosed-array-table"),
    ("unclosed inline table", "toml-unclosed-inline-table"),
    ("unclosed table", "toml-unclosed-table"),
    ("unexpected `=` in array", "toml-unexpected-equals-in-array"),
    ("unexpected content", "toml-unexpected-content"),
    ("unexpected content between comment and newline", "toml-unexpected-content-between-comment-and-newline"),
    ("unexpected key or value", "toml-unexpected-key-or-value"),
    ("unexpected leading zero", "toml-unexpected-leading-zero"),
    ("unexpected sign", "toml-unexpected-sign"),
    ("unquoted keys cannot be empty", "toml-unquoted-keys-cannot-be-empty"),
    ("invalid basic string", "toml-invalid-basic-string"),
    ("invalid binary number", "toml-invalid-binary-number"),
    ("invalid boolean", "toml-invalid-boolean"),
    ("invalid date-time", "toml-invalid-date-time"),
    ("invalid float", "toml-invalid-float"),
    ("invalid hexadecimal number", "toml-invalid-hexadecimal-number"),
    ("invalid integer number", "toml-invalid-integer-number"),
    ("invalid literal string", "toml-invalid-literal-string"),
    ("invalid multi-line basic string", "toml-invalid-multi-line-basic-string"),
    ("invalid multi-line literal string", "toml-invalid-multi-line-literal-string"),
    ("invalid octal number", "toml-invalid-octal-number"),
    ("invalid string", "toml-invalid-string"),
    ("duplicate key", "toml-duplicate-key"),
    ("invalid date", "toml-invalid-date"),
    ("invalid time", "toml-invalid-time"),
    ("invalid offset", "toml-invalid-offset"),
    ("invalid datetime", "toml-invalid-datetime"),
    ("invalid fraction", "toml-invalid-fraction"),
    ("invalid exponent", "toml-invalid-exponent"),
    ("invalid mantissa", "toml-invalid-mantissa"),
    ("invalid key", "toml-invalid-key"),
    ("invalid table", "toml-invalid-table"),
];
/// The parser's words for what it expected instead, with their message ids.
const EXPECTED: &[(&str, &str)] = &[
    (r#"basic string"#, "toml-expected-basic-string"),
    (r#"characters"#, "toml-expected-characters"),
    (r#"digits"#, "toml-expected-digits"),
    (r#"key"#, "toml-expected-key"),
    (r#"letters"#, "toml-expected-letters"),
    (r#"literal string"#, "toml-expected-literal-string"),
    (r#"multi-line basic string"#, "toml-expected-multi-line-basic-string"),
    (r#"multi-line literal string"#, "toml-expected-multi-line-literal-string"),
    (r#"non-double-quote visible characters"#, "toml-expected-non-double-quote-visible-characters"),
    (r#"non-single-quote characters"#, "toml-expected-non-single-quote-characters"),
    (r#"non-single-quote visible characters"#, "toml-expected-non-single-quote-visible-characters"),
    (r#"numbers"#, "toml-expected-numbers"),
    (r#"printable characters"#, "toml-expected-printable-characters"),
    (r#"unicode hexadecimal value"#, "toml-expected-unicode-hexadecimal-value"),
    (r#"value"#, "toml-expected-value"),
    (r#"newline"#, "toml-expected-newline"),
    (r#"nothing"#, "toml-expected-nothing"),
    (r#"year or hour"#, "toml-expected-year-or-hour"),
    (r#"month"#, "toml-expected-month"),
    (r#"day"#, "toml-expected-day"),
    (r#"hour"#, "toml-expected-hour"),
    (r#"minute"#, "toml-expected-minute"),
    (r#"second"#, "toml-expected-second"),
    (r#"month between 01 and 12"#, "toml-expected-month-between-01-and-12"),
    (r#"day between 01 and 28"#, "toml-expected-day-between-01-and-28"),
    (r#"day between 01 and 29"#, "toml-expected-day-between-01-and-29"),
    (r#"day between 01 and 30"#, "toml-expected-day-between-01-and-30"),
    (r#"day between 01 and 31"#, "toml-expected-day-between-01-and-31"),
    (r#"hour between 00 and 23"#, "toml-expected-hour-between-00-and-23"),
    (r#"hours between 00 and 23"#, "toml-expected-hours-between-00-and-23"),
    (r#"minute between 00 and 59"#, "toml-expected-minute-between-00-and-59"),
    (r#"minutes between 00 and 59"#, "toml-expected-minutes-between-00-and-59"),
    (r#"second between 00 and 60"#, "toml-expected-second-between-00-and-60"),
    (r#"a four-digit year (YYYY)"#, "toml-expected-a-four-digit-year-yyyy"),
    (r#"a two-digit month (MM)"#, "toml-expected-a-two-digit-month-mm"),
    (r#"a two-digit day (DD)"#, "toml-expected-a-two-digit-day-dd"),
    (r#"a two-digit hour (HH)"#, "toml-expected-a-two-digit-hour-hh"),
    (r#"a two-digit minute (MM)"#, "toml-expected-a-two-digit-minute-mm"),
    (r#"a two-digit second (SS)"#, "toml-expected-a-two-digit-second-ss"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{set_lang, Lang};

    fn with_lang(lang: Lang, f: impl FnOnce() -> String) -> String {
        set_lang(lang);
        let text = f();
        set_lang(Lang::En);
        text
    }

    /// Broken snippets covering the parser's usual complaints.
    const BROKEN: &[&str] = &[
        "[scenario\nid = 1\n",
        "[[nodes]\nid = 1\n",
        "a = \"open\n",
        "a = x\n",
        "a = [1 2]\n",
        "a = {b = 1 c = 2}\n",
        "a = 1\nb\n",
        "a = 1 = 2\n",
        "a = 0x-1\n",
        "a = 01\n",
        "a = tru\n",
        "= 1\n",
        "a = [1,,2]\n",
        "a = 'x\n",
        "a = \"\\q\"\n",
        "a = 1979-13-45\n",
        "a = 1.\n",
        "a = { b = 1\n",
        "a.\"\"\"b\"\"\" = 1\n",
    ];

    fn parse_error(text: &str) -> String {
        toml::from_str::<toml::Table>(text).unwrap_err().message().to_string()
    }

    #[test]
    fn every_word_the_parser_uses_here_has_a_translation() {
        for text in BROKEN {
            let english = parse_error(text);
            let (description, expected) = english.split_once(", expected ").unwrap_or((&english, ""));
            assert!(
                DESCRIPTIONS.iter().any(|(e, _)| *e == description),
                "{text:?}: add {description:?} to DESCRIPTIONS and the message files"
            );
            for item in expected.split(", ").filter(|i| !i.is_empty() && !i.starts_with(['`', '\''])) {
                assert!(EXPECTED.iter().any(|(e, _)| *e == item), "{text:?}: add {item:?} to EXPECTED");
            }
            // English is the parser's own sentence, unchanged.
            assert_eq!(with_lang(Lang::En, || localized(&english)), english);
        }
    }

    #[test]
    fn french_reads_french_and_keeps_literals() {
        let fr = |m: &str| with_lang(Lang::Fr, || localized(m));
        assert_eq!(
            fr("unclosed table, expected `]`"),
            "en-tête de table non fermé\u{a0}; attendu à cet endroit\u{a0}: `]`"
        );
        assert_eq!(
            fr("string values must be quoted, expected literal string"),
            "un texte doit être entre guillemets\u{a0}; attendu à cet endroit\u{a0}: une chaîne littérale"
        );
        // Unknown wording (a newer parser) is kept, not lost.
        assert_eq!(fr("something new"), "something new");
        for (_, id) in DESCRIPTIONS.iter().chain(EXPECTED) {
            let text = with_lang(Lang::Fr, || crate::i18n::message(id, &[]));
            assert!(!text.is_empty() && !text.contains(id), "{id} has no French");
        }
    }
}
