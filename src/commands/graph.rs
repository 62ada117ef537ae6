//! `rehearse graph SCENARIO [--format dot|mermaid]`

use std::path::PathBuf;

use crate::cli::GraphFormat;
use crate::report::graph;

pub fn run(packs: &[PathBuf], name: &str, format: GraphFormat) -> u8 {
    let mut lib = super::library(packs);
    let s = match lib.find(name) {
        Ok(s) => s,
        Err(e) => return super::fail(super::INVALID, &e),
    };
    let text = match format {
        GraphFormat::Dot => graph::dot(&s),
        GraphFormat::Mermaid => graph::mermaid(&s),
    };
    super::print(&text);
    super::OK
}
