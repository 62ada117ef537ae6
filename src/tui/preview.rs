//! `rehearse preview FILE`: play a scenario while editing it. The file is checked for changes a few
//! times a second; on a change it is loaded again and the steps taken so far are replayed as far as
//! they still apply: by choice number, or by the choice's text where the choice moved. While it
//! does not load, its errors replace the scene; failing author's tests and warnings are listed
//! beside the scene, which stays playable.

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::engine::{Action, Prompt, Run};
use crate::pack::{Library, LoadOptions};
use crate::scenario::{Located, Scenario};
use crate::t;
use crate::text::sanitize_line;

use super::app::{feed_of, Play};
use super::theme::Theme;
use super::view::{play_screen, wrap};
use super::Model;

/// How often the file is checked for changes.
const POLL: Duration = Duration::from_millis(300);

/// Lines moved by PgUp and PgDn in the side panel.
const PAGE: usize = 5;

/// One step taken, with the text of the choice it took: a reload finds a choice that moved by it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Step {
    action: Action,
    choice: Option<String>,
}

/// The run after replaying steps, the steps as they now apply, and the (1-based) steps whose
/// choice was found by its text because its number changed.
struct Replay<'s> {
    run: Run<'s>,
    steps: Vec<Step>,
    by_text: Vec<usize>,
}

/// The text of the choice shown as `number` where the run stands.
fn choice_text(run: &Run<'_>, number: usize) -> Option<String> {
    let index = *run.offered().get(number.checked_sub(1)?)?;
    Some(run.node().choices()[index].text.clone())
}

/// The action that replays `step` where the run stands, and whether its choice was found by its
/// text: the same number while it still shows the same text, else the number now showing that
/// text, else (the text was edited) the same number.
fn resolve(run: &Run<'_>, step: &Step) -> (Action, bool) {
    let (Action::Choose(n), Some(text)) = (step.action, &step.choice) else { return (step.action, false) };
    if choice_text(run, n).as_ref() == Some(text) {
        return (step.action, false);
    }
    let moved = (1..=run.offered().len()).find(|&k| choice_text(run, k).as_ref() == Some(text));
    match moved {
        Some(k) => (Action::Choose(k), true),
        None => (step.action, false),
    }
}

/// Replays `steps` from the start, stopping at the first that no longer applies.
fn replay<'s>(s: &'s Scenario, seed: u64, steps: &[Step]) -> Replay<'s> {
    let mut out = Replay { run: Run::new(s, seed), steps: Vec::new(), by_text: Vec::new() };
    for (i, step) in steps.iter().enumerate() {
        let (action, by_text) = resolve(&out.run, step);
        let choice = match action {
            Action::Choose(n) => choice_text(&out.run, n),
            _ => None,
        };
        if out.run.apply(action).is_err() {
            break;
        }
        out.steps.push(Step { action, choice });
        if by_text {
            out.by_text.push(i + 1);
        }
    }
    out
}

fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

pub struct Preview {
    path: PathBuf,
    /// The last version that loaded.
    scenario: Option<Arc<Scenario>>,
    /// Errors that keep the version on disk from loading (shown instead of the scene).
    problems: Vec<String>,
    /// Author's tests that fail, and warnings: listed beside the scene.
    failing: Vec<String>,
    warnings: Vec<String>,
    /// The first line of the side panel shown, and the largest that still fills it (set by draw).
    scroll: usize,
    max_scroll: Cell<usize>,
    /// Every step taken, continues included, replayed after each reload.
    steps: Vec<Step>,
    seed: u64,
    selected: usize,
    stamp: Option<(SystemTime, u64)>,
    last_poll: Instant,
    reloads: usize,
    notice: Option<String>,
    theme: Theme,
    quit: bool,
}

impl Preview {
    pub fn new(path: PathBuf, seed: u64) -> Preview {
        let mut p = Preview {
            path,
            scenario: None,
            problems: vec![],
            failing: vec![],
            warnings: vec![],
            scroll: 0,
            max_scroll: Cell::new(0),
            steps: vec![],
            seed,
            selected: 0,
            stamp: None,
            last_poll: Instant::now(),
            reloads: 0,
            notice: None,
            theme: Theme::from_env(),
            quit: false,
        };
        p.reload();
        p
    }

    /// Sorts the file's diagnostics into what stops it, failing tests, and warnings.
    fn take_diagnostics(&mut self, lib: &Library) {
        let shown = crate::fsio::display_path(&self.path);
        // In the panel a problem of this file needs no path; one of its course.toml does.
        let short = |d: &Located| match d.path == shown {
            true => format!("{}:{}: {}", d.line, d.column, sanitize_line(&d.message)),
            false => {
                format!("{}:{}:{}: {}", sanitize_line(&d.path), d.line, d.column, sanitize_line(&d.message))
            }
        };
        (self.problems, self.failing, self.warnings) = (vec![], vec![], vec![]);
        for d in lib.sorted_diagnostics() {
            match (d.is_error(), d.is_failed_test()) {
                (true, true) => self.failing.push(short(d)),
                (true, false) => self.problems.push(d.to_string()),
                (false, _) => self.warnings.push(short(d)),
            }
        }
    }

    /// Loads the file again (with author's tests) and replays the steps so far.
    fn reload(&mut self) {
        self.stamp = stamp(&self.path);
        let lib = Library::load_paths(std::slice::from_ref(&self.path), LoadOptions::deep());
        self.take_diagnostics(&lib);
        if !self.problems.is_empty() {
            return;
        }
        let Some(entry) = lib.entries.into_iter().next() else {
            let path = self.path.display().to_string();
            self.problems = vec![t!("preview-no-scenario", path = &path)];
            return;
        };
        let unchanged = self.scenario.as_ref().is_some_and(|s| s.content_hash == entry.scenario.content_hash);
        self.scenario = Some(entry.scenario);
        if unchanged {
            return;
        }
        self.reloads += 1;
        let s = self.scenario.as_ref().expect("just set");
        let Replay { steps, by_text, .. } = replay(s, self.seed, &self.steps);
        let before = self.steps.len();
        let mut notice = if steps.len() < before {
            Some(t!("preview-reloaded-partly", applied = steps.len(), steps = before))
        } else if self.reloads > 1 {
            Some(t!("preview-reloaded", steps = before))
        } else {
            None
        };
        if !by_text.is_empty() {
            let list: Vec<String> = by_text.iter().map(usize::to_string).collect();
            let matched = t!("preview-matched-by-text", n = by_text.len(), steps = &list.join(", "));
            notice = Some(format!("{} {matched}", notice.unwrap_or_default()));
        }
        self.notice = notice;
        self.steps = steps;
        self.selected = 0;
    }

    fn act(&mut self, action: Action) {
        let Some(s) = &self.scenario else { return };
        let Replay { mut run, .. } = replay(s, self.seed, &self.steps);
        let choice = match action {
            Action::Choose(n) => choice_text(&run, n),
            _ => None,
        };
        if run.apply(action).is_ok() {
            self.steps.push(Step { action, choice });
            self.selected = 0;
            self.notice = None;
        }
    }

    /// Whether the side panel has anything to list.
    fn has_panel(&self) -> bool {
        !self.failing.is_empty() || !self.warnings.is_empty()
    }

    /// The side panel's lines, wrapped to `width`: failing tests, then warnings; with each line,
    /// the item it belongs to (none for a heading), to count the items left below the window.
    fn panel_lines(&self, width: usize) -> Vec<(Line<'static>, Option<usize>)> {
        let t = self.theme;
        let mut out = Vec::new();
        let sections = [
            (t!("preview-failing-tests", n = self.failing.len()), t.bad(), &self.failing),
            (t!("preview-warnings", n = self.warnings.len()), t.warn(), &self.warnings),
        ];
        let mut item = 0;
        for (heading, style, items) in sections.into_iter().filter(|(_, _, items)| !items.is_empty()) {
            if !out.is_empty() {
                out.push((Line::raw(""), None));
            }
            out.push((Line::styled(heading, style.patch(t.title())), None));
            for text in items {
                for (k, piece) in wrap(text, width.saturating_sub(2)).into_iter().enumerate() {
                    let bullet = if k == 0 { "• " } else { "  " };
                    out.push((Line::styled(format!("{bullet}{piece}"), t.text()), Some(item)));
                }
                item += 1;
            }
        }
        out
    }

    /// Failing tests and warnings, scrolled, with a count of the items below the window.
    fn draw_panel(&self, area: Rect, buf: &mut ratatui::buffer::Buffer) {
        let t = self.theme;
        let block = Block::bordered().border_style(t.dim());
        let inner = block.inner(area);
        ratatui::widgets::Widget::render(block, area, buf);
        let lines = self.panel_lines(inner.width as usize);
        let rows = inner.height as usize;
        let fits = lines.len() <= rows;
        // When it does not all fit, the last row says how many items are left below.
        let window = if fits { rows } else { rows.saturating_sub(1) };
        self.max_scroll.set(lines.len().saturating_sub(window));
        let from = self.scroll.min(self.max_scroll.get());
        let end = (from + window).min(lines.len());
        let mut shown: Vec<Line<'static>> = lines[from..end].iter().map(|(l, _)| l.clone()).collect();
        if !fits {
            let mut below: Vec<usize> = lines[end..].iter().filter_map(|(_, i)| *i).collect();
            below.dedup();
            let more = match below.len() {
                0 => t!("preview-panel-top"),
                n => t!("preview-panel-more", n = n),
            };
            shown.push(Line::styled(more, t.dim()));
        }
        ratatui::widgets::Widget::render(Paragraph::new(shown), inner, buf);
    }

    fn draw_status(&self, area: Rect, buf: &mut ratatui::buffer::Buffer) {
        let t = self.theme;
        let mut spans = vec![
            Span::styled(format!("{} ", t!("preview-label")), t.title()),
            Span::styled(format!("{} · ", self.path.display()), t.dim()),
        ];
        if !self.problems.is_empty() {
            spans.push(Span::styled(t!("preview-errors", errors = self.problems.len()), t.bad()));
        } else if !self.failing.is_empty() {
            let (n, warnings, reloads) = (self.failing.len(), self.warnings.len(), self.reloads);
            spans.push(Span::styled(
                t!("preview-tests-fail", n = n, warnings = warnings, reloads = reloads),
                t.bad(),
            ));
        } else {
            let status = t!("preview-validates", warnings = self.warnings.len(), reloads = self.reloads);
            spans.push(Span::styled(status, t.good()));
        }
        ratatui::widgets::Widget::render(Paragraph::new(Line::from(spans)), area, buf);
    }

    fn draw_problems(&self, area: Rect, buf: &mut ratatui::buffer::Buffer) {
        let t = self.theme;
        let lines: Vec<Line<'_>> = self.problems.iter().map(|p| Line::styled(p.clone(), t.text())).collect();
        let block = Block::bordered().title(Span::styled(format!(" {} ", t!("preview-invalid")), t.bad()));
        ratatui::widgets::Widget::render(
            Paragraph::new(lines).wrap(Wrap { trim: false }).block(block),
            area,
            buf,
        );
    }

    /// The scene, and the panel beside it (below it on a narrow terminal) when there is one.
    fn draw_scene(&self, s: &Scenario, area: Rect, buf: &mut ratatui::buffer::Buffer) {
        let (scene, panel) = if !self.has_panel() {
            (area, None)
        } else if area.width >= 100 {
            let side = (area.width * 2 / 5).min(60);
            let [scene, panel] =
                Layout::horizontal([Constraint::Min(40), Constraint::Length(side)]).areas(area);
            (scene, Some(panel))
        } else {
            let [scene, panel] =
                Layout::vertical([Constraint::Min(10), Constraint::Length(area.height / 3)]).areas(area);
            (scene, Some(panel))
        };
        let Replay { run, .. } = replay(s, self.seed, &self.steps);
        let play = Play {
            feed: feed_of(&run),
            previous_vars: run.vars().to_vec(),
            run,
            session: None,
            selected: self.selected,
            timer: None,
        };
        play_screen(self.theme, &play, Instant::now(), scene, buf);
        if let Some(panel) = panel {
            self.draw_panel(panel, buf);
        }
    }
}

impl Model for Preview {
    fn key(&mut self, key: KeyEvent, _now: Instant) -> bool {
        if key.modifiers.contains(KeyModifiers::CONTROL) && matches!(key.code, KeyCode::Char('c')) {
            self.quit = true;
            return true;
        }
        let (prompt, offered) = match &self.scenario {
            Some(s) if self.problems.is_empty() => {
                let Replay { run, .. } = replay(s, self.seed, &self.steps);
                (Some(run.prompt()), run.offered().len())
            }
            _ => (None, 0),
        };
        match (key.code, prompt) {
            (KeyCode::Char('q') | KeyCode::Esc, _) => self.quit = true,
            (KeyCode::Char('r'), _) => {
                self.steps.clear();
                self.notice = Some(t!("preview-restarted"));
            }
            (KeyCode::Backspace, _) => {
                self.steps.pop();
                self.notice = Some(t!("preview-step-back"));
            }
            (KeyCode::Char('c'), _) => self.theme = self.theme.next(),
            (KeyCode::PageDown, _) => self.scroll = (self.scroll + PAGE).min(self.max_scroll.get()),
            (KeyCode::PageUp, _) => self.scroll = self.scroll.saturating_sub(PAGE),
            (KeyCode::Enter, Some(Prompt::Continue)) => self.act(Action::Continue),
            (KeyCode::Enter, Some(Prompt::Choose)) if offered > 0 => {
                self.act(Action::Choose(self.selected + 1))
            }
            (KeyCode::Char('t'), Some(Prompt::Choose)) => self.act(Action::Timeout),
            (KeyCode::Char(c @ '1'..='9'), Some(Prompt::Choose)) => {
                self.act(Action::Choose(c as usize - '0' as usize))
            }
            (KeyCode::Up, _) => self.selected = self.selected.saturating_sub(1),
            (KeyCode::Down, _) => self.selected = (self.selected + 1).min(offered.saturating_sub(1)),
            _ => return false,
        }
        true
    }

    fn tick(&mut self, now: Instant) -> bool {
        if now.duration_since(self.last_poll) < POLL {
            return false;
        }
        self.last_poll = now;
        if stamp(&self.path) == self.stamp {
            return false;
        }
        self.reload();
        true
    }

    fn wait(&self, _now: Instant) -> Duration {
        POLL
    }

    fn done(&self) -> bool {
        self.quit
    }

    fn stop(&mut self) {
        self.quit = true;
    }

    fn draw(&self, frame: &mut ratatui::Frame<'_>) {
        let t = self.theme;
        let area = frame.area();
        let [head, body, foot] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3), Constraint::Length(2)]).areas(area);
        let buf = frame.buffer_mut();
        self.draw_status(head, buf);
        match (&self.scenario, self.problems.is_empty()) {
            (Some(s), true) => self.draw_scene(s, body, buf),
            _ => self.draw_problems(body, buf),
        }
        let keys = match (&self.notice, self.has_panel() && self.problems.is_empty()) {
            (Some(notice), _) => notice.clone(),
            (None, true) => t!("preview-keys-panel"),
            (None, false) => t!("preview-keys"),
        };
        // Two lines: the keys (or a notice) wrap rather than lose their end.
        let keys = Paragraph::new(Span::styled(keys, t.dim())).wrap(Wrap { trim: true });
        ratatui::widgets::Widget::render(keys, foot, buf);
    }
}

/// `rehearse preview FILE`.
pub fn preview(path: PathBuf, seed: u64) -> anyhow::Result<u8> {
    let mut p = Preview::new(path, seed);
    super::run_loop(&mut p)?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Arc<Scenario> {
        let course = Library::load_paths(&[], LoadOptions::default()).course.expect("bundled course");
        Arc::new(crate::scenario::load_scenario(text.as_bytes(), &course).value.expect("loads"))
    }

    const TWO_DECISIONS: &str = r#"
format = 1
[scenario]
id = "two"
title = "Two"
summary = "Two decisions."
level = "101"
minutes = 1
start = "a"
[[nodes]]
id = "a"
text = "First."
[[nodes.choices]]
text = "Alpha"
next = "b"
[[nodes.choices]]
text = "Beta"
next = "b"
[[nodes]]
id = "b"
text = "Second."
[[nodes.choices]]
text = "Gamma"
next = "end"
[[nodes.choices]]
text = "Delta"
next = "end"
[[nodes]]
id = "end"
text = "Done."
ending = "success"
"#;

    fn steps_of(s: &Scenario, actions: &[Action]) -> Vec<Step> {
        let mut run = Run::new(s, 1);
        actions
            .iter()
            .map(|&a| {
                let choice = match a {
                    Action::Choose(n) => choice_text(&run, n),
                    _ => None,
                };
                run.apply(a).unwrap();
                Step { action: a, choice }
            })
            .collect()
    }

    #[test]
    fn a_choice_that_moved_is_found_by_its_text_and_an_edited_one_by_its_number() {
        let s = load(TWO_DECISIONS);
        let steps = steps_of(&s, &[Action::Choose(2), Action::Choose(1)]);
        // "Beta" moves to the top; "Gamma" is reworded in place.
        let edited = TWO_DECISIONS
            .replacen("text = \"Alpha\"\nnext = \"b\"", "text = \"Beta\"\nnext = \"b\"", 1)
            .replacen(
                "text = \"Beta\"\nnext = \"b\"\n[[nodes]]",
                "text = \"Alpha\"\nnext = \"b\"\n[[nodes]]",
                1,
            )
            .replace("Gamma", "Gamma, reworded");
        let s2 = load(&edited);
        let r = replay(&s2, 1, &steps);
        assert_eq!(
            r.steps.iter().map(|s| s.action).collect::<Vec<_>>(),
            [Action::Choose(1), Action::Choose(1)]
        );
        assert_eq!(r.by_text, [1], "only the first step was matched by its text");
        assert_eq!(
            r.steps[1].choice.as_deref(),
            Some("Gamma, reworded"),
            "the new text is kept for next time"
        );
        assert!(r.run.ending().is_some());
    }

    #[test]
    fn replay_stops_where_a_step_no_longer_applies() {
        let s = load(TWO_DECISIONS);
        let steps = steps_of(&s, &[Action::Choose(2), Action::Choose(2)]);
        // The second decision loses "Delta": step 2's number no longer fits and its text is gone.
        let cut = TWO_DECISIONS.replace("[[nodes.choices]]\ntext = \"Delta\"\nnext = \"end\"\n", "");
        let s2 = load(&cut);
        let r = replay(&s2, 1, &steps);
        assert_eq!(r.steps.len(), 1);
        assert!(r.by_text.is_empty());
    }
}
