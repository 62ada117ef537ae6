//! Every screen drawn into a buffer at fixed sizes and compared with its approved snapshot
//! (`cargo insta review` after an intended change).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use ratatui::backend::TestBackend;
use ratatui::Terminal;
use rehearse::pack::{Library, LoadOptions};
use rehearse::progress::Store;
use rehearse::tui::{App, Msg, PlayOptions};

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
