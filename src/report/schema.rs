//! JSON Schemas of the scenario file and of `course.toml`, written to match the loader exactly
//! (`src/scenario/raw.rs`, `course.rs`, `limits.rs`): the same required keys, no unknown keys,
//! the same types, enums and integer ranges. Cross-references (node ids, lesson ids, variables,
//! conditions) are beyond a schema: `rehearse validate` checks those. Descriptions and titles are
//! what an editor shows on hover: they are in the language the program speaks.

use serde_json::{json, Value};

use crate::scenario::limits::*;
use crate::t;

fn text() -> Value {
    json!({ "type": "string", "maxLength": MAX_TEXT_CHARS })
}

fn points() -> Value {
    json!({
        "type": "object",
        "description": t!("schema-points"),
        "additionalProperties": { "type": "integer", "minimum": -MAX_POINTS, "maximum": MAX_POINTS }
    })
}

fn next() -> Value {
    json!({
        "description": t!("schema-next"),
        "oneOf": [
            { "type": "string", "minLength": 1 },
            {
                "type": "array",
                "minItems": 1,
                "maxItems": MAX_BRANCHES,
                "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["to"],
                    "properties": {
                        "to": { "type": "string", "minLength": 1, "description": t!("schema-branch-to") },
                        "if": { "type": "string", "maxLength": MAX_CONDITION_BYTES, "description": t!("schema-branch-if") },
                        "weight": { "type": "integer", "minimum": 1, "maximum": 1_000_000 }
                    }
                }
            }
        ]
    })
}

/// One `[[nodes]]` table.
fn node_schema() -> Value {
    json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["id", "text"],
        "properties": {
            "id": { "type": "string", "minLength": 1 },
            "channel": { "type": "string", "description": t!("schema-channel") },
            "from": text(),
            "text": {
                "oneOf": [
                    text(),
                    { "type": "array", "minItems": 1, "maxItems": MAX_BRANCHES, "items": text() }
                ]
            },
            "discuss": text(),
            "timer": { "type": "integer", "minimum": 1, "maximum": MAX_TIMER_SECONDS },
            "on_timeout": {
                "type": "object",
                "additionalProperties": false,
                "required": ["next"],
                "properties": { "next": next(), "score": points(), "set": points(), "feedback": text() }
            },
            "choices": {
                "type": "array",
                "minItems": 1,
                "maxItems": MAX_CHOICES,
                "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["text", "next"],
                    "properties": {
                        "text": text(),
                        "next": next(),
                        "score": points(),
                        "set": points(),
                        "if": { "type": "string", "maxLength": MAX_CONDITION_BYTES },
                        "feedback": text()
                    }
                }
            },
            "ending": { "enum": ["success", "mixed", "failure"] },
            "next": next()
        },
        "oneOf": [
            { "required": ["choices"], "not": { "anyOf": [{ "required": ["ending"] }, { "required": ["next"] }] } },
            { "required": ["ending"], "not": { "anyOf": [{ "required": ["choices"] }, { "required": ["next"] }] } },
            { "required": ["next"], "not": { "anyOf": [{ "required": ["choices"] }, { "required": ["ending"] }] } }
        ]
    })
}

/// The schema of a scenario file.
pub fn scenario_schema() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://rehearse.example/schema/scenario-1.json",
        "title": t!("schema-scenario-title"),
        "type": "object",
        "additionalProperties": false,
        "required": ["format", "scenario", "nodes"],
        "properties": {
            "format": { "type": "integer", "const": 1 },
            "scenario": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "title", "summary", "level", "minutes", "start"],
                "properties": {
                    "id": { "type": "string", "minLength": 1, "description": t!("schema-scenario-id") },
                    "title": text(),
                    "summary": text(),
                    "level": { "enum": ["101", "advanced"] },
                    "minutes": { "type": "integer", "minimum": 1, "maximum": 600 },
                    "start": { "type": "string", "minLength": 1 },
                    "pass_percent": { "type": "integer", "minimum": 0, "maximum": 100 },
                    "shuffle": { "type": "boolean" }
                }
            },
            "vars": {
                "type": "object",
                "maxProperties": MAX_VARS,
                "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$" },
                "additionalProperties": {
                    "oneOf": [
                        { "type": "integer", "minimum": -MAX_POINTS, "maximum": MAX_POINTS, "description": t!("schema-var-start") },
                        {
                            "type": "object",
                            "additionalProperties": false,
                            "required": ["start"],
                            "description": t!("schema-var-meter"),
                            "properties": {
                                "start": { "type": "integer", "minimum": -MAX_POINTS, "maximum": MAX_POINTS },
                                "label": text(),
                                "shown": { "type": "boolean", "description": t!("schema-var-shown") },
                                "min": { "type": "integer", "minimum": -MAX_POINTS, "maximum": MAX_POINTS },
                                "max": { "type": "integer", "minimum": -MAX_POINTS, "maximum": MAX_POINTS }
                            }
                        }
                    ]
                }
            },
            "nodes": { "type": "array", "minItems": 1, "maxItems": MAX_NODES, "items": node_schema() },
            "tests": {
                "type": "array",
                "maxItems": MAX_TESTS,
                "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["name", "choices"],
                    "properties": {
                        "name": text(),
                        "choices": { "type": "string", "description": t!("schema-test-choices") },
                        "seed": { "type": "integer", "minimum": 0 },
                        "ending": { "enum": ["success", "mixed", "failure"] },
                        "min_percent": { "type": "integer", "minimum": 0, "maximum": 100 },
                        "max_percent": { "type": "integer", "minimum": 0, "maximum": 100 },
                        "path_includes": { "type": "array", "items": { "type": "string" } }
                    }
                }
            }
        }
    })
}

/// The schema of `course.toml`.
pub fn course_schema() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://rehearse.example/schema/course-1.json",
        "title": t!("schema-course-title"),
        "type": "object",
        "additionalProperties": false,
        "required": ["format", "course", "lessons"],
        "properties": {
            "format": { "type": "integer", "const": 1 },
            "course": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "title"],
                "properties": {
                    "id": { "type": "string", "minLength": 1 },
                    "title": text(),
                    "pass_percent": { "type": "integer", "minimum": 0, "maximum": 100 }
                }
            },
            "lessons": {
                "type": "array",
                "maxItems": MAX_LESSONS,
                "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["id", "title"],
                    "properties": { "id": { "type": "string", "minLength": 1 }, "title": text(), "summary": text() }
                }
            },
            "languages": {
                "type": "array",
                "minItems": 1,
                "uniqueItems": true,
                "description": t!("schema-course-languages"),
                "items": { "type": "string", "pattern": "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$" }
            },
            "scenarios": {
                "type": "array",
                "description": t!("schema-course-scenarios"),
                "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["id"],
                    "properties": {
                        "id": { "type": "string", "minLength": 1, "description": t!("schema-course-scenario-id") },
                        "required": { "type": "boolean", "description": t!("schema-course-required") },
                        "after": { "type": "array", "items": { "type": "string" }, "description": t!("schema-course-after") }
                    }
                }
            }
        }
    })
}

/// The schema of translation files (`ID.TAG.toml`, `course.TAG.toml`): only texts, keyed by the
/// source's ids.
pub fn translation_schema() -> Value {
    let header = |extra: Value| {
        let mut props = json!({
            "format": { "type": "integer", "const": 1 },
            "language": { "type": "string", "minLength": 2, "description": t!("schema-translation-language") },
            "translates": { "type": "string", "minLength": 1, "description": t!("schema-translation-translates") },
        });
        for (k, v) in extra.as_object().into_iter().flatten() {
            props[k] = v.clone();
        }
        props
    };
    let texts = json!({ "oneOf": [text(), { "type": "array", "minItems": 1, "items": text() }] });
    let scenario = json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["format", "language", "translates"],
        "properties": header(json!({
            "scenario": {
                "type": "object", "additionalProperties": false,
                "properties": { "title": text(), "summary": text() }
            },
            "vars": {
                "type": "object",
                "additionalProperties": {
                    "type": "object", "additionalProperties": false, "properties": { "label": text() }
                }
            },
            "nodes": {
                "type": "object",
                "description": t!("schema-translation-nodes"),
                "additionalProperties": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "source": { "type": "string", "description": t!("schema-translation-source") },
                        "from": text(),
                        "text": texts,
                        "discuss": text(),
                        "on_timeout": {
                            "type": "object", "additionalProperties": false, "properties": { "feedback": text() }
                        },
                        "choices": {
                            "type": "array",
                            "description": t!("schema-translation-choices"),
                            "items": {
                                "type": "object", "additionalProperties": false,
                                "properties": { "text": text(), "feedback": text() }
                            }
                        }
                    }
                }
            }
        })),
    });
    let course = json!({
        "type": "object",
        "additionalProperties": false,
        "required": ["format", "language", "translates"],
        "properties": header(json!({
            "course": {
                "type": "object", "additionalProperties": false, "properties": { "title": text() }
            },
            "lessons": {
                "type": "object",
                "additionalProperties": {
                    "type": "object", "additionalProperties": false,
                    "properties": { "title": text(), "summary": text() }
                }
            }
        })),
    });
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://rehearse.example/schema/translation-1.json",
        "title": t!("schema-translation-title"),
        "oneOf": [scenario, course]
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{set_lang, Lang};

    /// Every title and description in a schema, in document order.
    fn words(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    match (key.as_str(), v) {
                        ("title" | "description", Value::String(s)) => out.push(s.clone()),
                        _ => words(v, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|v| words(v, out)),
            _ => {}
        }
    }

    #[test]
    fn an_editor_shows_the_schemas_in_the_programs_language() {
        let all = || {
            let mut out = Vec::new();
            for schema in [scenario_schema(), course_schema(), translation_schema()] {
                words(&schema, &mut out);
            }
            out
        };
        set_lang(Lang::Fr);
        let french = all();
        set_lang(Lang::En);
        let english = all();
        assert_eq!(english.len(), french.len());
        assert!(english.len() >= 20, "{english:?}");
        assert!(english.contains(&"A node id, or a list of branches.".to_string()));
        for (en, fr) in english.iter().zip(&french) {
            // Only the list of channel names (which are keys, not words) reads the same.
            assert!(en != fr || en.starts_with("post, reply"), "not translated: {en}");
        }
        // The schemas are the same apart from their words.
        fn strip(value: &mut Value) {
            match value {
                Value::Object(map) => {
                    map.retain(|k, v| {
                        !matches!((k.as_str(), &*v), ("title" | "description", Value::String(_)))
                    });
                    map.values_mut().for_each(strip);
                }
                Value::Array(items) => items.iter_mut().for_each(strip),
                _ => {}
            }
        }
        set_lang(Lang::Fr);
        let mut fr_schema = scenario_schema();
        set_lang(Lang::En);
        let mut en_schema = scenario_schema();
        strip(&mut fr_schema);
        strip(&mut en_schema);
        assert_eq!(fr_schema, en_schema);
    }
}
