//! `rehearse graph SCENARIO [--format dot|mermaid]`

use std::path::PathBuf;

use crate::cli::GraphFormat;
use crate::report::graph;

pub fn run(packs: &[PathBuf], name: &str, format: GraphFormat) -> super::Outcome {
    let mut lib = super::library(packs);
    let s = lib.find(name)?;
    let text = match format {
        GraphFormat::Dot => graph::dot(&s),
        GraphFormat::Mermaid => graph::mermaid(&s),
    };
    super::print(&text);
    Ok(super::OK)
}
