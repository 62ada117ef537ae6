//! Text made from scenarios and results: the scenario map for Graphviz and Mermaid, and the JSON
//! Schema of the format. Text in, text out; the commands write it.

pub mod after_action;
pub mod class;
pub mod export;
pub mod graph;
pub mod schema;
pub mod xapi;
