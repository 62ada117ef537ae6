//! Every screen drawn into a buffer at fixed sizes and compared with its approved snapshot
//! (`cargo insta review` after an intended change).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use ratatui::backend::TestBackend;
use ratatui::Terminal;
use rehearse::pack::{Library, LoadOptions};
use rehearse::progress::Store;
use rehearse::tui::theme::{Theme, ThemeKind};
use rehearse::tui::{App, Msg, PlayOptions, Screen};

fn library() -> Library {
    Library::load_paths(&[PathBuf::from("tests/fixtures/pack")], LoadOptions::default())
}

fn draw(app: &App<'_>, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
    let buf = terminal.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..h {
        let line: String = (0..w).map(|x| buf[(x, y)].symbol().to_string()).collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The bundled course: real scenarios, with long texts and choices.
fn bundled() -> Library {
    Library::load(&[], LoadOptions::default())
}

fn app<'a>(lib: &'a Library, store: &'a Store) -> App<'a> {
    std::env::remove_var("NO_COLOR");
    let opts = PlayOptions { seed: Some(1), timers: true, timer_scale: 1.0 };
    App::new(lib, store, "ana".into(), opts)
}

#[test]
fn screens() {
    let lib = library();
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(home.path().to_path_buf());
    let mut a = app(&lib, &store);
    insta::assert_snapshot!("home_80x24", draw(&a, 80, 24));

    let t0 = Instant::now();
    a.update(Msg::Enter, t0);
    insta::assert_snapshot!("play_continue_80x24", draw(&a, 80, 24));
    a.update(Msg::Enter, t0);
    insta::assert_snapshot!("play_choice_120x40", draw(&a, 120, 40));
    a.update(Msg::Number(2), t0);
    // A timed decision, 12 seconds in.
    a.tick(t0 + Duration::from_secs(12));
    insta::assert_snapshot!("play_timer_100x30", draw(&a, 100, 30));
    a.update(Msg::Help, t0);
    insta::assert_snapshot!("help_80x24", draw(&a, 80, 24));
    a.update(Msg::Help, t0);
    a.update(Msg::Number(1), t0 + Duration::from_secs(13));
    a.update(Msg::Enter, t0);
    insta::assert_snapshot!("debrief_100x30", draw(&a, 100, 30));
    insta::assert_snapshot!("too_small_40x10", draw(&a, 40, 10));
}

/// Over SSH (`serve`) the learner is fixed and cannot run `--plain` on the server: the home
/// screen offers no learner switch, and the hints name what the learner can do.
#[test]
fn a_classroom_seat_offers_nothing_the_learner_cannot_do() {
    let lib = library();
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(home.path().to_path_buf());
    let mut a = app(&lib, &store);
    a.learner_fixed = true;
    let screen = draw(&a, 100, 30);
    assert!(!screen.contains("l learner") && !screen.contains("(l"), "{screen}");
    let small = draw(&a, 40, 10);
    assert!(small.contains("window") && !small.contains("--plain"), "{small}");
    a.update(Msg::Help, Instant::now());
    let help = draw(&a, 100, 40);
    assert!(help.contains("instructor") && !help.contains("Screen reader? `rehearse"), "{help}");
}

/// The same screens with the interface in French (the language is set per thread): the words
/// change, the layout holds at 80×24.
#[test]
fn screens_in_french() {
    rehearse::i18n::set_lang(rehearse::i18n::Lang::Fr);
    let lib = library();
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(home.path().to_path_buf());
    let mut a = app(&lib, &store);
    insta::assert_snapshot!("home_fr_80x24", draw(&a, 80, 24));

    let t0 = Instant::now();
    a.update(Msg::Enter, t0);
    a.update(Msg::Enter, t0);
    a.update(Msg::Number(2), t0);
    a.tick(t0 + Duration::from_secs(12));
    insta::assert_snapshot!("play_timer_fr_80x24", draw(&a, 80, 24));
    a.update(Msg::Help, t0);
    insta::assert_snapshot!("help_fr_80x24", draw(&a, 80, 24));
    a.update(Msg::Help, t0);
    a.update(Msg::Number(1), t0 + Duration::from_secs(13));
    a.update(Msg::Enter, t0);
    insta::assert_snapshot!("debrief_fr_80x24", draw(&a, 80, 24));
    insta::assert_snapshot!("debrief_fr_100x30", draw(&a, 100, 30));
    insta::assert_snapshot!("too_small_fr_40x10", draw(&a, 40, 10));
    rehearse::i18n::set_lang(rehearse::i18n::Lang::En);
}

/// Selects the scenario `id` on the home screen and starts it.
fn start(a: &mut App<'_>, id: &str, t0: Instant) {
    a.selected = a.lib.entries.iter().position(|e| e.scenario.id == id).expect("the scenario is loaded");
    a.update(Msg::Enter, t0);
}

/// The home screen with a learner's progress, at the minimum size and at 120×40, where the
/// details panel grows to show the whole summary and the lessons; the debrief at both sizes.
#[test]
fn home_and_debrief_at_the_minimum_size_and_at_120x40() {
    let lib = bundled();
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(home.path().to_path_buf());
    let mut a = app(&lib, &store);
    let t0 = Instant::now();
    play_through(&mut a, "troll-handling", 3, t0);
    insta::assert_snapshot!("debrief_60x16", draw(&a, 60, 16));
    insta::assert_snapshot!("debrief_120x40", draw(&a, 120, 40));
    a.update(Msg::Back, t0);
    insta::assert_snapshot!("home_progress_60x16", draw(&a, 60, 16));
    let wide = draw(&a, 120, 40);
    insta::assert_snapshot!("home_progress_120x40", wide);
    let summary = &lib.entries[a.selected].scenario.summary;
    let last_word = summary.split_whitespace().last().unwrap();
    assert!(wide.contains(last_word), "the whole summary shows at 120×40:\n{wide}");
    assert!(!wide.contains('…'), "nothing is cut at 120×40:\n{wide}");
}

/// A decision of the bundled troll scenario at 60×16: every choice drawn, the selected one in
/// full with its ▶, after moving to the last one; at 200×60 the messages keep a reading width.
#[test]
fn play_at_the_minimum_size_and_on_a_wide_terminal() {
    let lib = bundled();
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(home.path().to_path_buf());
    let mut a = app(&lib, &store);
    let t0 = Instant::now();
    start(&mut a, "troll-handling", t0);
    insta::assert_snapshot!("play_briefing_60x16", draw(&a, 60, 16));
    a.update(Msg::Enter, t0);
    a.update(Msg::Enter, t0);
    a.update(Msg::Last, t0);
    let screen = draw(&a, 60, 16);
    insta::assert_snapshot!("play_last_choice_60x16", screen);
    for k in 1..=4 {
        assert!(screen.contains(&format!("{k}. ")), "choice {k} is drawn:\n{screen}");
    }
    assert!(screen.contains("▶ 4. "), "the selected choice shows its marker:\n{screen}");
    a.update(Msg::Number(3), t0);
    let wide = draw(&a, 200, 60);
    insta::assert_snapshot!("play_200x60", wide);
    let widest = wide.lines().filter(|l| l.contains('│')).map(|l| l.trim().chars().count()).max().unwrap();
    assert!(widest <= 100, "message cards are at most 100 columns wide, not {widest}:\n{wide}");
}

/// Plays a scenario to its debrief, taking choice `pick` (or the first when there are fewer).
fn play_through(a: &mut App<'_>, id: &str, pick: usize, t0: Instant) {
    start(a, id, t0);
    for _ in 0..200 {
        match &a.screen {
            Screen::Debrief(_) => return,
            Screen::Play(p) if p.run.offered().len() >= pick => a.update(Msg::Number(pick), t0),
            Screen::Play(p) if !p.run.offered().is_empty() => a.update(Msg::Number(1), t0),
            _ => a.update(Msg::Enter, t0),
        }
    }
    panic!("{id} did not reach its debrief");
}

/// Without colours the mastery bar and its percentage are side by side, never on top of each
/// other.
#[test]
fn mastery_reads_without_colours() {
    let lib = bundled();
    let home = tempfile::tempdir().unwrap();
    let store = Store::new(home.path().to_path_buf());
    let mut a = app(&lib, &store);
    a.theme = Theme { kind: ThemeKind::Mono };
    let t0 = Instant::now();
    play_through(&mut a, "troll-handling", 3, t0);
    a.update(Msg::Back, t0);
    for (w, h) in [(60, 16), (120, 40)] {
        let screen = draw(&a, w, h);
        let rows: Vec<&str> = screen.lines().filter(|l| l.contains('%') && l.contains(['█', '░'])).collect();
        assert!(rows.iter().any(|r| r.contains('█')), "some mastery is shown:\n{screen}");
        for row in rows {
            let map = row.split('│').nth(1).unwrap_or(row);
            let (bar, after) = map.split_at(map.find('%').unwrap());
            assert!(!after.contains(['█', '░']), "the bar goes on after the percentage: {row}");
            let before = bar.trim_end_matches(|c: char| c.is_ascii_digit());
            assert!(before.ends_with(' ') && before.trim_end().ends_with(['█', '░']), "{row}");
        }
    }
}
