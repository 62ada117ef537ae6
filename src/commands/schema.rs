//! `rehearse schema [--course | --translation]`

use crate::report::schema::{course_schema, scenario_schema, translation_schema};

pub fn run(course: bool, translation: bool) -> super::Outcome {
    let schema = match (course, translation) {
        (true, _) => course_schema(),
        (_, true) => translation_schema(),
        _ => scenario_schema(),
    };
    super::print(&format!("{}\n", serde_json::to_string_pretty(&schema).unwrap_or_default()));
    Ok(super::OK)
}
