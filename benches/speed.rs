//! `cargo bench --bench speed`: the figures of the README's "Performance" section.
//!
//! Where a floor exists the two are timed side by side in the same run, alternating, and the
//! ratio of the medians is printed: validating a generated 10,000-node pack against a bare TOML
//! parse of the same files (plus its peak memory against the pack's size).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{criterion_group, Criterion};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use rehearse::engine::{replay, Action, Pick, Run};
use rehearse::pack::{Library, LoadOptions};
use rehearse::progress::Store;
use rehearse::tui::{App, Msg, PlayOptions};
use std::hint::black_box;

#[allow(dead_code)]
#[path = "../examples/gen_pack.rs"]
mod gen_pack;

/// A generated pack of `nodes` nodes in `files` files, written once per run.
fn pack(nodes: usize, files: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rehearse-bench-{nodes}-{files}"));
    if !dir.join("course.toml").exists() {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("course.toml"), include_str!("../scenarios/course.toml")).unwrap();
        for f in 0..files {
            std::fs::write(dir.join(format!("gen-{f:03}.toml")), gen_pack::scenario(f, nodes / files))
                .unwrap();
        }
    }
    dir
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(dir).unwrap().filter_map(Result::ok).map(|e| e.path()).collect();
    files.sort();
    files
}

/// The floor: read every file and parse it as TOML, nothing more.
fn bare_parse(dir: &Path) {
    for f in toml_files(dir) {
        let text = std::fs::read_to_string(f).unwrap();
        black_box(toml::de::DeTable::parse(&text).unwrap());
    }
}

/// Loads and checks a pack as `rehearse validate` does (each scenario let go once checked);
/// gives how many scenarios loaded.
fn validate(dir: &Path) -> usize {
    let lib = Library::load_paths(&[dir.to_path_buf()], LoadOptions { deep: true, keep: false });
    black_box(lib).loaded
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Peak resident memory of a process that loads and checks the pack at `dir` as `rehearse
/// validate` does (or, for the `floor`, only parses its files as TOML), and nothing else: this
/// benchmark run again as a process of its own (Linux: `VmHWM` in /proc), in bytes.
fn peak_of(dir: &Path, floor: bool) -> Option<u64> {
    let out = std::process::Command::new(std::env::current_exe().ok()?)
        .env(PEAK_ENV, dir)
        .env(PEAK_FLOOR_ENV, if floor { "1" } else { "" })
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

/// Set for the process [`peak_of`] starts.
const PEAK_ENV: &str = "REHEARSE_BENCH_PEAK_OF";
const PEAK_FLOOR_ENV: &str = "REHEARSE_BENCH_PEAK_FLOOR";

/// This process's peak resident memory so far, from /proc (Linux), in bytes.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse::<u64>().ok().map(|kb| kb * 1024)
}

/// A copy of the one-file pack in which every node id is renamed, so that every link is broken:
/// tens of thousands of diagnostics to place.
fn broken_pack() -> PathBuf {
    let from = pack(10_000, 1);
    let dir = std::env::temp_dir().join("rehearse-bench-broken");
    if !dir.join("course.toml").exists() {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(from.join("course.toml"), dir.join("course.toml")).unwrap();
        let text = std::fs::read_to_string(from.join("gen-000.toml")).unwrap();
        std::fs::write(dir.join("gen-000.toml"), text.replace("\nid = \"n", "\nid = \"m")).unwrap();
    }
    dir
}

/// 10,000 short nodes (about 150 bytes each) in one file: where the cost per node shows most.
fn sparse_pack() -> PathBuf {
    let dir = std::env::temp_dir().join("rehearse-bench-sparse");
    if !dir.join("course.toml").exists() {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("course.toml"), include_str!("../scenarios/course.toml")).unwrap();
        let mut s = String::from("format = 1\n\n[scenario]\nid = \"sparse\"\ntitle = \"Short nodes\"\nsummary = \"Many short nodes.\"\nlevel = \"101\"\nminutes = 5\nstart = \"n0\"\n\n");
        for i in 0..9_999 {
            s.push_str(&format!("[[nodes]]\nid = \"n{i}\"\ntext = \"Node {i}.\"\n\n[[nodes.choices]]\ntext = \"Go on.\"\nnext = \"n{}\"\nscore = {{ online-conflict = 1 }}\nfeedback = \"Fine.\"\n\n", i + 1));
        }
        s.push_str("[[nodes]]\nid = \"n9999\"\ntext = \"The end.\"\nending = \"success\"\n");
        std::fs::write(dir.join("sparse.toml"), s).unwrap();
    }
    dir
}

fn side_by_side() {
    let packs = [
        ("10,000 nodes in 10 files", pack(10_000, 10)),
        ("10,000 nodes in 1 file", pack(10_000, 1)),
        ("10,000 nodes in 1 file, every link broken", broken_pack()),
        ("10,000 short nodes in 1 file", sparse_pack()),
    ];
    for (what, dir) in packs {
        assert_eq!(validate(&dir) == 0, what.contains("broken"), "{what}: what loads");
        let size: u64 = toml_files(&dir).iter().map(|f| std::fs::metadata(f).unwrap().len()).sum();
        if let (Some(peak), Some(floor)) = (peak_of(&dir, false), peak_of(&dir, true)) {
            println!(
                "validate {what}: peak memory {:.1} MB for a {:.1} MB pack = {:.1}x (a bare TOML parse: {:.1} MB = {:.1}x)",
                peak as f64 / 1e6,
                size as f64 / 1e6,
                peak as f64 / size as f64,
                floor as f64 / 1e6,
                floor as f64 / size as f64
            );
        }
        let (mut floor, mut ours) = (Vec::new(), Vec::new());
        for _ in 0..9 {
            let t = Instant::now();
            bare_parse(&dir);
            floor.push(t.elapsed());
            let t = Instant::now();
            validate(&dir);
            ours.push(t.elapsed());
        }
        let (f, o) = (median(floor), median(ours));
        println!(
            "validate {what}: {o:.1?} against a bare TOML parse of {f:.1?} = {:.2}x",
            o.as_secs_f64() / f.as_secs_f64()
        );
    }
}

fn library() -> Library {
    Library::load(&[PathBuf::from("tests/fixtures/pack")], LoadOptions::default())
}

fn benches(c: &mut Criterion) {
    let lib = library();
    let scenario = lib
        .entries
        .iter()
        .max_by_key(|e| e.scenario.nodes.len())
        .map(|e| e.scenario.clone())
        .expect("bundled scenarios");

    // One engine step: apply the first choice at the first decision.
    let mut at_decision = Run::new(&scenario, 1);
    let _ = rehearse::engine::pass_continues(&mut at_decision);
    c.bench_function("engine step (one choice)", |b| {
        b.iter_batched(
            || at_decision.clone(),
            |mut run| run.apply(Action::Choose(1)),
            criterion::BatchSize::SmallInput,
        )
    });

    // A full frame of the play screen.
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(home.path().to_path_buf());
    for (w, h) in [(120u16, 40u16), (200, 60)] {
        let mut app = App::new(
            &lib,
            &store,
            "bench".into(),
            PlayOptions { seed: Some(1), timers: false, timer_scale: 1.0 },
        );
        app.open(&scenario, Instant::now());
        app.update(Msg::Enter, Instant::now());
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        c.bench_function(&format!("full frame render {w}x{h}"), |b| {
            b.iter(|| {
                // A new frame from scratch each time: the whole screen is drawn and diffed.
                terminal.clear().unwrap();
                terminal.draw(|f| f.render_widget(&app, f.area())).unwrap();
            })
        });
    }

    // A progress save, flushed to disk, under the lock.
    let save_home = tempfile::tempdir().unwrap();
    let save_store = Store::new(save_home.path().to_path_buf());
    c.bench_function("progress save (atomic write + fsync)", |b| {
        b.iter(|| save_store.update("bench", |f| f.learner.push_str("")).unwrap())
    });

    // Resuming a 50-choice run: replaying its seed and choices.
    let long = rehearse::scenario::load_scenario(
        gen_pack::scenario(0, 60).as_bytes(),
        &std::sync::Arc::new(
            rehearse::scenario::load_course(include_str!("../scenarios/course.toml")).value.unwrap(),
        ),
    )
    .value
    .unwrap();
    let picks = vec![Pick::Number(1); 50];
    assert_eq!(replay(&long, 1, &picks).1, 50);
    c.bench_function("resume replay of a 50-choice run", |b| b.iter(|| replay(&long, 1, black_box(&picks))));

    // `rehearse list`, start to exit.
    let bin = env!("CARGO_BIN_EXE_rehearse");
    c.bench_function("`rehearse list` start to exit", |b| {
        b.iter(|| {
            let out = std::process::Command::new(bin).arg("list").output().unwrap();
            assert!(out.status.success());
        })
    });

    // The bundled pack as `validate` checks it (every honest-score check and author's test), and
    // loading it with its French translations against a copy without them.
    let bundled = PathBuf::from("scenarios");
    let english_only = std::env::temp_dir().join("rehearse-bench-english-only");
    let _ = std::fs::remove_dir_all(&english_only);
    std::fs::create_dir_all(&english_only).unwrap();
    for f in toml_files(&bundled) {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        if name.matches('.').count() == 1 {
            let text = std::fs::read_to_string(&f).unwrap();
            // The course of a pack without translation files offers only its source language.
            let text = text.replace("languages = [\"en-CA\", \"fr-CA\"]", "languages = [\"en-CA\"]");
            std::fs::write(english_only.join(&name), text).unwrap();
        }
    }
    let mut g = c.benchmark_group("bundled pack");
    g.sample_size(20);
    g.bench_function("validate (every check, every author's test)", |b| {
        b.iter(|| {
            Library::load_paths(std::slice::from_ref(&bundled), LoadOptions { deep: true, keep: false })
                .loaded
        })
    });
    g.bench_function("load with its translations", |b| {
        b.iter(|| Library::load_paths(std::slice::from_ref(&bundled), LoadOptions::default()).entries.len())
    });
    g.bench_function("load without translations", |b| {
        b.iter(|| {
            Library::load_paths(std::slice::from_ref(&english_only), LoadOptions::default()).entries.len()
        })
    });
    g.finish();

    let dir = pack(10_000, 10);
    let mut g = c.benchmark_group("10,000-node pack");
    g.sample_size(10);
    g.bench_function("bare TOML parse (floor)", |b| b.iter(|| bare_parse(&dir)));
    g.bench_function("load + validate", |b| b.iter(|| validate(&dir)));
    g.finish();
}

criterion_group!(group, benches);

fn main() {
    if let Some(dir) = std::env::var_os(PEAK_ENV) {
        if std::env::var_os(PEAK_FLOOR_ENV).is_some_and(|f| !f.is_empty()) {
            bare_parse(Path::new(&dir));
        } else {
            validate(Path::new(&dir));
        }
        println!("{}", peak_rss().unwrap_or(0));
        return;
    }
    side_by_side();
    group();
    Criterion::default().configure_from_args().final_summary();
}
