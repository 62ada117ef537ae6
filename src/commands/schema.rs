//! `rehearse schema [--course]`

use crate::report::schema::{course_schema, scenario_schema};

pub fn run(course: bool) -> super::Outcome {
    let schema = if course { course_schema() } else { scenario_schema() };
    super::print(&format!("{}\n", serde_json::to_string_pretty(&schema).unwrap_or_default()));
    Ok(super::OK)
}
