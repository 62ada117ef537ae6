//! JSON Schemas of the scenario file and of `course.toml`, written to match the loader exactly
//! (`src/scenario/raw.rs`, `course.rs`, `limits.rs`): the same required keys, no unknown keys,
//! the same types, enums and integer ranges. Cross-references (node ids, lesson ids, variables,
//! conditions) are beyond a schema: `rehearse validate` checks those.

use serde_json::{json, Value};

use crate::scenario::limits::*;

fn text() -> Value {
    json!({ "type": "string", "maxLength": MAX_TEXT_CHARS })
}

fn points() -> Value {
    json!({
        "type": "object",
        "description": "Whole numbers by key: lesson ids (score) or variable names (set).",
        "additionalProperties": { "type": "integer", "minimum": -MAX_POINTS, "maximum": MAX_POINTS }
    })
}

fn next() -> Value {
    json!({
        "description": "A node id, or a list of branches.",
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
                        "to": { "type": "string", "minLength": 1, "description": "The node this branch leads to." },
                        "if": { "type": "string", "maxLength": MAX_CONDITION_BYTES, "description": "e.g. \"trust < 30 and risk >= 2\"" },
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
            "channel": { "type": "string", "description": "post, reply, dm, email, phone, meeting, news, note, ..." },
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
        "title": "rehearse scenario, format 1",
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
                    "id": { "type": "string", "minLength": 1, "description": "kebab-case, unique in the pack" },
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
                        { "type": "integer", "minimum": -MAX_POINTS, "maximum": MAX_POINTS, "description": "the starting value" },
                        {
                            "type": "object",
                            "additionalProperties": false,
                            "required": ["start"],
                            "description": "a meter: its start, what learners see, whether they see it, its bounds",
                            "properties": {
                                "start": { "type": "integer", "minimum": -MAX_POINTS, "maximum": MAX_POINTS },
                                "label": text(),
                                "shown": { "type": "boolean", "description": "false: a flag learners never see" },
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
                        "choices": { "type": "string", "description": "as `rehearse walk --choices`: e.g. \"2,1,t\"" },
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
        "title": "rehearse course, format 1",
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
                "description": "the pack's languages as BCP 47 tags, the source language first",
                "items": { "type": "string", "pattern": "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$" }
            },
            "scenarios": {
                "type": "array",
                "description": "the course's scenarios, in the order learners should take them",
                "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["id"],
                    "properties": {
                        "id": { "type": "string", "minLength": 1, "description": "a scenario id of the pack" },
                        "required": { "type": "boolean", "description": "counts towards completing the course (default true)" },
                        "after": { "type": "array", "items": { "type": "string" }, "description": "recommended first (never a lock)" }
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
            "language": { "type": "string", "minLength": 2, "description": "the BCP 47 tag of the file name, one of the course's languages" },
            "translates": { "type": "string", "minLength": 1, "description": "the scenario (or course) id" },
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
                "description": "one table per node of the source, by its id",
                "additionalProperties": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "source": { "type": "string", "description": "fingerprint of the source texts this entry translates" },
                        "from": text(),
                        "text": texts,
                        "discuss": text(),
                        "on_timeout": {
                            "type": "object", "additionalProperties": false, "properties": { "feedback": text() }
                        },
                        "choices": {
                            "type": "array",
                            "description": "as many as the source node has, in the same order",
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
        "title": "rehearse translation file, format 1 (a scenario's or the course's texts in another language)",
        "oneOf": [scenario, course]
    })
}
