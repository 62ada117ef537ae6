//! Times a bare TOML parse of every file of a folder against `rehearse`'s load and validation:
//! `cargo run --release --example floor -- DIR`.

use std::time::Instant;

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: floor DIR"));
    let mut files: Vec<_> =
        std::fs::read_dir(&dir).unwrap().filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    let texts: Vec<String> = files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    for round in 0..3 {
        let t = Instant::now();
        for text in &texts {
            let v = toml::de::DeTable::parse(text).unwrap();
            std::hint::black_box(v);
        }
        let de = t.elapsed();
        let t = Instant::now();
        for text in &texts {
            let v: toml::Table = toml::from_str(text).unwrap();
            std::hint::black_box(v);
        }
        let owned = t.elapsed();
        let t = Instant::now();
        let lib =
            rehearse::pack::Library::load_paths(&[dir.clone()], rehearse::pack::LoadOptions { deep: true });
        std::hint::black_box(&lib);
        let ours = t.elapsed();
        println!("round {round}: DeTable::parse {de:?}, toml::Table {owned:?}, rehearse load+validate {ours:?} ({:.2}x DeTable, {:.2}x Table)", ours.as_secs_f64() / de.as_secs_f64(), ours.as_secs_f64() / owned.as_secs_f64());
    }
}
