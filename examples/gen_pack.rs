//! Writes a generated pack for measurements: `cargo run --release --example gen_pack -- DIR NODES
//! [FILES]`. Every scenario is valid: a chain of decisions with scores, conditions, variables,
//! branches and timers, ending in three kinds of ending.

use std::fmt::Write as _;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().expect("usage: gen_pack DIR NODES [FILES]"));
    let nodes: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let files: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10);
    std::fs::create_dir_all(&dir).expect("create the folder");
    // The bundled course's lessons, without its list of scenarios (the generated pack has its own).
    let course = include_str!("../scenarios/course.toml");
    let lessons = course.find("\n[[scenarios]]").map_or(course, |end| &course[..end]);
    std::fs::write(dir.join("course.toml"), lessons).expect("write course");
    for f in 0..files {
        std::fs::write(dir.join(format!("gen-{f:03}.toml")), scenario(f, nodes / files))
            .expect("write scenario");
    }
}

/// One scenario of `n` nodes (at least 4).
pub fn scenario(index: usize, n: usize) -> String {
    const LESSONS: [&str; 6] = [
        "online-conflict",
        "keep-it-clean",
        "public-narrative",
        "timely-response",
        "monitoring",
        "share-with-care",
    ];
    let n = n.max(4);
    let decisions = n - 3;
    let mut s = String::new();
    writeln!(
        s,
        "format = 1\n\n[scenario]\nid = \"gen-{index:03}\"\ntitle = \"Generated scenario {index}\"\nsummary = \"A long chain of decisions, generated to measure the validator.\"\nlevel = \"advanced\"\nminutes = 30\nstart = \"n0\"\n\n[vars]\ntrust = 50\nrisk = 0\n"
    )
    .unwrap();
    for i in 0..decisions {
        let next = if i + 1 < decisions { format!("n{}", i + 1) } else { "good".into() };
        let a = LESSONS[i % LESSONS.len()];
        let b = LESSONS[(i + 1) % LESSONS.len()];
        writeln!(s, "[[nodes]]\nid = \"n{i}\"\nchannel = \"post\"\nfrom = \"@user_{i}\"").unwrap();
        writeln!(s, "text = [\"Message {i}: someone asks a question about the service and waits for an answer.\", \"Message {i}, told another way, for the sake of variety.\"]").unwrap();
        if i % 5 == 0 {
            writeln!(s, "discuss = \"What would you do at step {i}?\"\ntimer = 60").unwrap();
            writeln!(s, "on_timeout = {{ next = \"{next}\", score = {{ timely-response = -1 }}, feedback = \"Waiting let the question sit.\" }}").unwrap();
        }
        writeln!(s, "\n[[nodes.choices]]\ntext = \"Answer with the facts and a link to the source.\"\nnext = \"{next}\"\nscore = {{ {a} = 2, {b} = 1 }}\nset = {{ trust = 1 }}\nfeedback = \"Facts from a credible source fill the vacuum.\"\n").unwrap();
        writeln!(s, "[[nodes.choices]]\ntext = \"Reply with a joke to lighten the mood.\"\nnext = [{{ to = \"{next}\", if = \"trust > 10\" }}, {{ to = \"bad\" }}]\nscore = {{ {a} = -1 }}\nset = {{ trust = -2, risk = 1 }}\nfeedback = \"A joke from an official account can read as not taking people seriously.\"\n").unwrap();
        writeln!(s, "[[nodes.choices]]\ntext = \"Escalate to the subject-matter expert.\"\nif = \"risk < 1000\"\nnext = [{{ to = \"{next}\", weight = 3 }}, {{ to = \"mixed\", weight = 1 }}]\nscore = {{ {b} = 2 }}\nfeedback = \"The expert gives an accurate answer, a little later.\"\n").unwrap();
    }
    s.push_str("[[nodes]]\nid = \"good\"\ntext = \"The thread calms down.\"\nending = \"success\"\n\n[[nodes]]\nid = \"mixed\"\ntext = \"Half the people are satisfied.\"\nending = \"mixed\"\n\n[[nodes]]\nid = \"bad\"\ntext = \"It went wrong.\"\nending = \"failure\"\n");
    s
}
