//! Drawing: a pure function of the app's state (`impl Widget for &App`), so that any screen can be
//! drawn into a buffer in tests. The only thing drawing writes is the size a scrolled view was
//! drawn at ([`Scroll::drawn`]), so that keys stop at its ends.

use std::time::Instant;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::engine::{Debrief, Percent, Prompt};
use crate::i18n::percent;
use crate::present::Channel;
use crate::scenario::{EndingKind, Scenario};
use crate::t;
use crate::text::excerpt;

use super::app::{App, DebriefView, FeedItem, LearnerPick, Play, Screen, Scroll};
use super::theme::Theme;

/// The smallest terminal the layout needs.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// The widest the play screen and the debrief get: lines of text longer than this are hard to
/// read, so a wide terminal shows them in a centred column.
const READING_WIDTH: u16 = 100;

impl Widget for &App<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let (width, height) = (area.width, area.height);
            let (min_width, min_height) = (MIN_WIDTH, MIN_HEIGHT);
            // Over SSH (`serve`) there is no `--plain` to run: only the window can change.
            let msg = if self.learner_fixed {
                t!(
                    "too-small-here",
                    width = width,
                    height = height,
                    min_width = min_width,
                    min_height = min_height
                )
            } else {
                t!(
                    "too-small",
                    width = width,
                    height = height,
                    min_width = min_width,
                    min_height = min_height
                )
            };
            Paragraph::new(msg)
                .style(t.text())
                .wrap(Wrap { trim: true })
                .alignment(Alignment::Center)
                .render(area, buf);
            return;
        }
        // A notice too long for one line (a path, a command to resume) takes two.
        let notice_h = match &self.notice {
            Some(n) if n.width() > area.width as usize => 2,
            _ => 1,
        };
        let [body, footer] = Layout::vertical([Constraint::Min(1), Constraint::Length(notice_h)]).areas(area);
        match &self.screen {
            Screen::Home => home(self, body, buf),
            Screen::Learner(pick) => {
                home(self, body, buf);
                learner_dialog(t, pick, body, buf);
            }
            Screen::Resume { scenario, resumable } => {
                home(self, body, buf);
                resume_dialog(t, scenario, resumable, body, buf);
            }
            Screen::Play(play) => play_view(t, play, Some(&self.feed), self.now, body, buf),
            Screen::Debrief(view) => debrief(t, view, body, buf),
        }
        self.footer(footer, buf);
        if self.help {
            help(t, &self.help_scroll, self.learner_fixed, area, buf);
        }
    }
}

impl App<'_> {
    /// The notice, or else the keys of the screen (as many as fit).
    fn footer(&self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        if let Some(n) = &self.notice {
            Paragraph::new(Line::styled(n.clone(), t.warn())).wrap(Wrap { trim: true }).render(area, buf);
            return;
        }
        let keys = match &self.screen {
            Screen::Home if self.learner_fixed => t!("home-keys-fixed"),
            Screen::Home => t!("home-keys"),
            Screen::Learner(_) => t!("learner-keys"),
            Screen::Resume { .. } => t!("resume-keys"),
            Screen::Play(p) if p.timer.is_some() => t!("play-keys-timer"),
            Screen::Play(p) if p.run.prompt() == Prompt::Continue => t!("play-keys-continue"),
            Screen::Play(_) => t!("play-keys"),
            Screen::Debrief(_) if self.has_home => t!("debrief-keys-home"),
            Screen::Debrief(_) => t!("debrief-keys"),
        };
        Paragraph::new(Line::styled(fit_keys(&keys, area.width as usize), t.dim())).render(area, buf);
    }
}

/// The key hints that fit in `width`: hints are separated by " · " and the last two ("? keys",
/// "q quit") always stay; the others are kept in order where they fit (`?` lists them all).
pub fn fit_keys(keys: &str, width: usize) -> String {
    let items: Vec<&str> = keys.split(" · ").collect();
    if keys.width() <= width || items.len() <= 2 {
        return excerpt(keys, width);
    }
    let (rest, kept) = items.split_at(items.len() - 2);
    let mut used = kept.join(" · ").width();
    let mut shown = Vec::new();
    for item in rest {
        if used + item.width() + 3 > width {
            continue;
        }
        used += item.width() + 3;
        shown.push(*item);
    }
    shown.extend(kept);
    excerpt(&shown.join(" · "), width)
}

/// `area` narrowed to at most `max` columns, centred.
fn centred(area: Rect, max: u16) -> Rect {
    if area.width <= max {
        return area;
    }
    Rect { x: area.x + (area.width - max) / 2, width: max, ..area }
}

/// A marker for a view with more to see: "▼ more below · PgDn".
fn marker(t: Theme, text: String) -> Line<'static> {
    Line::styled(format!(" {text} "), t.key()).right_aligned()
}
/// Wraps `text` to `width` columns on word boundaries (long words are cut).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut used = 0;
        for word in para.split(' ') {
            let w = word.width();
            if used > 0 && used + 1 + w > width {
                out.push(std::mem::take(&mut line));
                used = 0;
            }
            if used > 0 {
                line.push(' ');
                used += 1;
            }
            if w > width {
                for c in word.chars() {
                    let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                    if used + cw > width {
                        out.push(std::mem::take(&mut line));
                        used = 0;
                    }
                    line.push(c);
                    used += cw;
                }
            } else {
                line.push_str(word);
                used += w;
            }
        }
        out.push(line);
    }
    out
}

pub(crate) fn dialog(t: Theme, title: &str, lines: Vec<Line<'static>>, area: Rect, buf: &mut Buffer) {
    // As many rows as the lines take once wrapped to the dialog's inner width.
    let inner_w = dialog_rect(0, area).width.saturating_sub(4) as usize;
    let rows: usize = lines.iter().map(|l| wrap(&line_text(l), inner_w).len()).sum();
    let r = dialog_rect(rows, area);
    Clear.render(r, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(dialog_block(t, title))
        .style(t.text())
        .render(r, buf);
}

/// The text of a line, without its styles.
fn line_text(line: &Line<'_>) -> String {
    line.spans.iter().map(|s| s.content.as_ref()).collect()
}

/// Where a dialog of `rows` rows of text goes in `area`: centred, at most 76 columns wide.
fn dialog_rect(rows: usize, area: Rect) -> Rect {
    let w = area.width.saturating_sub(8).min(76);
    let h = (rows as u16 + 2).min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height.saturating_sub(h)) / 2,
        width: w,
        height: h,
    }
}

fn dialog_block(t: Theme, title: &str) -> Block<'static> {
    Block::bordered()
        .border_type(BorderType::Double)
        .title(Span::styled(format!(" {title} "), t.title()))
        .padding(ratatui::widgets::Padding::horizontal(1))
}

/// A dialog drawn line by line (wrapping would drop the leading spaces that align columns), and
/// scrolled when it is taller than the screen.
fn scrolled_dialog(
    t: Theme,
    title: &str,
    lines: &[Line<'static>],
    scroll: &Scroll,
    area: Rect,
    buf: &mut Buffer,
) {
    let r = dialog_rect(lines.len(), area);
    Clear.render(r, buf);
    let mut block = dialog_block(t, title);
    let inner = block.inner(r);
    scroll.drawn.set((lines.len(), inner.height as usize));
    let top = scroll.shown();
    if top < scroll.max() {
        block = block.title_bottom(marker(t, t!("more-below")));
    }
    block.render(r, buf);
    for (i, line) in lines.iter().skip(top).take(inner.height as usize).enumerate() {
        buf.set_line(inner.x, inner.y + i as u16, line, inner.width);
    }
}

fn resume_dialog(
    t: Theme,
    scenario: &Scenario,
    resumable: &crate::play::Resumable,
    area: Rect,
    buf: &mut Buffer,
) {
    let mut lines = vec![
        Line::styled(scenario.title.clone(), t.title()),
        Line::raw(""),
        Line::raw(t!("resume-in-progress", n = resumable.attempt.choices.len())),
    ];
    if resumable.changed {
        lines.push(Line::styled(t!("resume-changed"), t.warn()));
    }
    lines.push(Line::raw(""));
    lines.push(keyed(&t!("resume-question"), t.key(), t.text()));
    dialog(t, &t!("resume-title"), lines, area, buf);
}

fn learner_dialog(t: Theme, pick: &LearnerPick, area: Rect, buf: &mut Buffer) {
    // The names that fit, in a window that keeps the selected one in view.
    let extra = 1 + if pick.input.is_some() { 2 } else { 0 };
    let rows = (area.height as usize).saturating_sub(4 + extra).max(1);
    let top = (pick.selected.min(pick.names.len().saturating_sub(1)) + 1).saturating_sub(rows);
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (i, name) in pick.names.iter().enumerate().skip(top).take(rows) {
        let style = if i == pick.selected && pick.input.is_none() { t.selected() } else { t.text() };
        lines.push(Line::styled(format!("  {name}"), style));
    }
    let new_style =
        if pick.selected == pick.names.len() && pick.input.is_none() { t.selected() } else { t.key() };
    lines.push(Line::styled(format!("  {}", t!("learner-new")), new_style));
    if let Some(input) = &pick.input {
        lines.push(Line::raw(""));
        lines.push(Line::from(vec![
            Span::raw(format!("{} ", t!("learner-name"))),
            Span::styled(format!("{input}▏"), t.learner()),
            Span::styled(format!("  {}", t!("learner-confirm")), t.dim()),
        ]));
    }
    dialog(t, &t!("learner-title"), lines, area, buf);
}
/// A line of `text` where a key name between `<` and `>` is drawn in the `key` style (the
/// messages mark keys so, and keep the whole line in one message for translators).
pub(crate) fn keyed(text: &str, key: Style, rest: Style) -> Line<'static> {
    let mut spans = Vec::new();
    let mut left = text;
    while let Some(open) = left.find('<') {
        let Some(close) = left[open..].find('>').map(|c| open + c) else { break };
        if open > 0 {
            spans.push(Span::styled(left[..open].to_string(), rest));
        }
        spans.push(Span::styled(left[open + 1..close].to_string(), key));
        left = &left[close + 1..];
    }
    if !left.is_empty() {
        spans.push(Span::styled(left.to_string(), rest));
    }
    Line::from(spans)
}

fn help(t: Theme, scroll: &Scroll, over_ssh: bool, area: Rect, buf: &mut Buffer) {
    let rows = [
        ("1 … 9".to_string(), t!("help-number")),
        (t!("help-move-keys"), t!("help-move")),
        (t!("help-enter-keys"), t!("help-enter")),
        ("+".to_string(), t!("help-more-time")),
        (t!("help-scroll-keys"), t!("help-scroll")),
        (t!("help-ends-keys"), t!("help-ends")),
        ("d".to_string(), t!("help-debrief")),
        ("r".to_string(), t!("help-replay")),
        ("l".to_string(), t!("help-learner")),
        ("L".to_string(), t!("help-language")),
        ("c".to_string(), t!("help-colours")),
        (t!("help-quit-keys"), t!("help-quit")),
        ("?".to_string(), t!("help-help")),
    ];
    // The dialog's inner width (see `dialog_rect`): descriptions wrap under themselves.
    let inner = area.width.saturating_sub(8).min(76).saturating_sub(4) as usize;
    let key_w = 16.min(inner / 3);
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (k, what) in &rows {
        for (j, l) in wrap(what, inner.saturating_sub(key_w + 2)).into_iter().enumerate() {
            let k = if j == 0 { k.as_str() } else { "" };
            lines.push(Line::from(vec![Span::styled(format!("{k:>key_w$}  "), t.key()), Span::raw(l)]));
        }
    }
    lines.push(Line::raw(""));
    let plain = if over_ssh { t!("help-plain-here") } else { t!("help-plain") };
    for note in [t!("help-timers"), plain] {
        for l in wrap(&note, inner) {
            lines.push(Line::styled(l, t.dim()));
        }
    }
    scrolled_dialog(t, &t!("help-title"), &lines, scroll, area, buf);
}
fn home(app: &App<'_>, area: Rect, buf: &mut Buffer) {
    let [head, main] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
    home_header(app, head, buf);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(42), Constraint::Percentage(58)]).areas(main);
    course_map(app, left, buf);
    let details = app.lib.entries.get(app.selected).map(|e| details_lines(app, &e.scenario, right.width));
    let need_details = details.as_ref().map_or(0, |d| d.len() as u16 + 2);
    let (list_h, details_h) = home_split(right.height, app.lib.entries.len() as u16 + 2, need_details);
    let [list, detail] =
        Layout::vertical([Constraint::Length(list_h), Constraint::Length(details_h)]).areas(right);
    scenario_list(app, list, buf);
    if let (Some(lines), Some(e)) = (details, app.lib.entries.get(app.selected)) {
        details_panel(app.theme, &e.scenario.title, lines, detail, buf);
    }
}

/// Rows for the scenario list and the selected scenario's details, out of `rows`: each gets what
/// it needs when both fit (the details take the rest, growing with the window); else the list
/// gets what it needs up to two thirds, the details the rest (at least 7 rows), and the list
/// scrolls.
fn home_split(rows: u16, list: u16, details: u16) -> (u16, u16) {
    if list + details <= rows {
        return (list, rows - list);
    }
    let min_details = (rows / 3).max(7).min(rows.saturating_sub(4));
    let l = list.min(rows - min_details);
    (l, rows - l)
}

/// Two lines: the program and the course (with the course's completion where it fits), then who
/// is practising and in which language.
fn home_header(app: &App<'_>, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let record = app.lib.course_of_record();
    let course = record.map_or("rehearse", |c| c.title.as_str());
    let mut first =
        Line::from(vec![Span::styled("rehearse", t.title()), Span::styled(format!(" · {course}"), t.text())]);
    let width = area.width as usize;
    let completion = record.and_then(|c| app.standing.course(c)).map(|c| {
        if c.completed {
            let done = Span::styled(format!("  {}", t!("home-course-completed")), t.good());
            [done.clone(), done]
        } else {
            let (passed, required) = (c.required_passed(), c.required.len());
            let long = t!("home-required-passed", passed = passed, required = required);
            let short = t!("home-required-passed-short", passed = passed, required = required);
            [Span::styled(format!("  {long}"), t.dim()), Span::styled(format!("  {short}"), t.dim())]
        }
    });
    // The completion after the course's title, else after the learner (whose key hints are
    // shortened for it when needed), in full or short.
    let mut second = who_line(app, true);
    for span in completion.into_iter().flatten() {
        if first.width() + span.width() <= width {
            first.spans.push(span);
            break;
        }
        let short = who_line(app, false);
        if second.width() + span.width() <= width || short.width() + span.width() <= width {
            if second.width() + span.width() > width {
                second = short;
            }
            second.spans.push(span);
            break;
        }
    }
    if second.width() > width {
        second = who_line(app, false);
    }
    Paragraph::new(vec![first, second]).render(area, buf);
}

/// "Learner: ana  (l to change)  Language: English  (L to change)"; without the "to change" words
/// when `long` is false.
fn who_line(app: &App<'_>, long: bool) -> Line<'static> {
    let t = app.theme;
    let (learner_key, language_key) = if long {
        (t!("home-learner-change"), t!("home-language-change"))
    } else {
        ("(l)".into(), "(L)".into())
    };
    let tag = app.lib.content_language();
    let language = super::language_name(&tag);
    let mut spans = vec![
        Span::styled(format!("{} ", t!("home-learner")), t.dim()),
        Span::styled(app.learner.clone(), t.learner()),
        Span::styled(if app.learner_fixed { String::new() } else { format!(" {learner_key}") }, t.dim()),
        Span::styled(format!("  {} ", t!("home-language")), t.dim()),
        Span::styled(language, t.text()),
    ];
    if app.lib.languages().len() > 1 {
        spans.push(Span::styled(format!(" {language_key}"), t.dim()));
    }
    Line::from(spans)
}

/// Every lesson of the course with the learner's mastery. Lesson titles wrap onto the rows left
/// empty when there are enough of them; otherwise they are shortened.
fn course_map(app: &App<'_>, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let mut title = t!("home-course-map");
    if title.width() + 4 > area.width as usize {
        title = t!("home-course-map-short");
    }
    let mut block = Block::bordered().title(Span::styled(format!(" {title} "), t.title()));
    let inner = block.inner(area);
    let Some(course) = app.lib.course_of_record() else {
        block.render(area, buf);
        return;
    };
    let pct_w = percent(100).width();
    let bar_w = (inner.width / 4).clamp(4, 12) as usize;
    let name_w = (inner.width as usize).saturating_sub(bar_w + pct_w + 2).max(1);
    let wrapped: Vec<Vec<String>> = course.lessons.iter().map(|l| wrap(&l.title, name_w)).collect();
    let fits = wrapped.iter().map(Vec::len).sum::<usize>() <= inner.height as usize;
    let shown = if fits { course.lessons.len() } else { (inner.height as usize).min(course.lessons.len()) };
    if shown < course.lessons.len() {
        block = block.title_bottom(marker(t, t!("home-more-lessons", n = course.lessons.len() - shown)));
    }
    block.render(area, buf);
    let mut y = inner.y;
    for (lesson, lines) in course.lessons.iter().zip(wrapped).take(shown) {
        if y >= inner.bottom() {
            break;
        }
        let names = if fits { lines } else { vec![excerpt(&lesson.title, name_w)] };
        for (j, name) in names.iter().enumerate().take((inner.bottom() - y) as usize) {
            buf.set_stringn(inner.x, y + j as u16, name, name_w, t.text());
        }
        let cell = Rect { x: inner.x + name_w as u16 + 1, y, width: (bar_w + 1 + pct_w) as u16, height: 1 };
        mastery_cell(t, app.standing.mastery(&lesson.id), bar_w, cell, buf);
        y += names.len() as u16;
    }
}

/// A lesson's mastery: a bar of `bar_w` cells and the percentage beside it (never on top of it,
/// so that it reads the same without colours), or "not yet".
fn mastery_cell(t: Theme, mastery: Option<Percent>, bar_w: usize, area: Rect, buf: &mut Buffer) {
    let line = match mastery {
        Some(p) => {
            let filled = ((p.value() / 100.0) * bar_w as f64).round().clamp(0.0, bar_w as f64) as usize;
            let pct_w = (area.width as usize).saturating_sub(bar_w + 1);
            Line::from(vec![
                Span::styled("█".repeat(filled), t.bar()),
                Span::styled("░".repeat(bar_w - filled), t.dim()),
                Span::styled(format!(" {:>pct_w$}", percent(p.rounded())), t.text()),
            ])
        }
        None => Line::styled(t!("home-not-yet"), t.dim()),
    };
    buf.set_line(area.x, area.y, &line, area.width);
}

/// The scenarios, with level, length and the learner's status, scrolled to keep the selection in
/// view.
fn scenario_list(app: &App<'_>, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let mut block = Block::bordered().title(Span::styled(format!(" {} ", t!("home-scenarios")), t.title()));
    let inner = block.inner(area);
    let rows = inner.height as usize;
    let top = app.selected.saturating_sub(rows.saturating_sub(1));
    let below = app.lib.entries.len().saturating_sub(top + rows);
    if below > 0 {
        block = block.title_bottom(marker(t, t!("home-more-scenarios", n = below)));
    }
    block.render(area, buf);
    for (row, (i, e)) in app.lib.entries.iter().enumerate().skip(top).take(rows).enumerate() {
        scenario_row(app, i, &e.scenario, Rect { y: inner.y + row as u16, height: 1, ..inner }, buf);
    }
    if app.lib.entries.is_empty() {
        Paragraph::new(t!("home-no-scenario")).style(t.bad()).render(inner, buf);
    }
}

/// One row of the scenario list: "* 3. Title" and, on the right, "101 · 10 min · passed best 80%".
fn scenario_row(app: &App<'_>, i: usize, s: &Scenario, r: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let record = app.lib.course_of_record();
    let st = app.standing.scenarios.get(&s.id);
    let (status, style) = match st {
        Some(st) if st.in_progress => ("in-progress", t.warn()),
        Some(st) if st.passed => ("passed", t.good()),
        Some(st) if st.completed > 0 => ("not-passed", t.bad()),
        _ => ("new", t.dim()),
    };
    let mark = match record {
        Some(c) if !c.scenarios.is_empty() => {
            if c.scenarios.iter().any(|x| x.id == s.id && x.required) {
                "*"
            } else {
                " "
            }
        }
        _ => "",
    };
    let text = format!("{mark}{:2}. {}", i + 1, s.title);
    let level = t!("scenario-level", level = s.level.as_str());
    let meta = match st.and_then(|s| s.best_percent) {
        Some(best) => {
            t!("home-scenario-meta-best", level = &level, minutes = s.minutes, status = status, best = best)
        }
        None => t!("home-scenario-meta", level = &level, minutes = s.minutes, status = status),
    };
    // On a narrow list the title keeps room to be recognised: the status alone then.
    let meta = match st.and_then(|s| s.best_percent) {
        _ if (r.width as usize).saturating_sub(meta.width() + 1) >= 16 => meta,
        Some(best) => t!("home-scenario-status-best", status = status, best = best),
        None => t!("home-scenario-status", status = status),
    };
    let meta = format!(" {meta}");
    let selected = i == app.selected;
    let line_style = if selected { t.selected() } else { t.text() };
    buf.set_style(r, line_style);
    let avail = r.width as usize;
    let meta_w = meta.width().min(avail);
    let text_w = avail.saturating_sub(meta_w);
    buf.set_stringn(r.x, r.y, excerpt(&text, text_w.max(1)), text_w, line_style);
    buf.set_stringn(r.x + text_w as u16, r.y, &meta, meta_w, if selected { line_style } else { style });
}

/// The selected scenario: its summary, its place in the course, its lessons, and the key that
/// shows its last debrief, wrapped to the panel's width.
fn details_lines(app: &App<'_>, s: &Scenario, width: u16) -> Vec<Line<'static>> {
    let t = app.theme;
    let w = width.saturating_sub(2) as usize;
    let mut lines: Vec<Line<'static>> =
        wrap(&s.summary, w).into_iter().map(|l| Line::styled(l, t.text())).collect();
    if let Some(c) = app.lib.course_of_record().filter(|c| !c.scenarios.is_empty()) {
        let listed = c.scenarios.iter().find(|x| x.id == s.id);
        let place = match listed {
            Some(x) if x.required => t!("home-required"),
            Some(_) => t!("home-recommended"),
            None => t!("home-extra"),
        };
        let title = |id: &String| {
            app.lib
                .entries
                .iter()
                .find(|e| e.scenario.id == *id)
                .map_or(id.clone(), |e| e.scenario.title.clone())
        };
        let after = listed.map(|x| &x.after).filter(|a| !a.is_empty()).map_or(String::new(), |a| {
            let titles = a.iter().map(title).collect::<Vec<_>>().join(", ");
            format!(" {}", t!("home-after", titles = &titles))
        });
        lines.extend(wrap(&format!("{place}{after}"), w).into_iter().map(|l| Line::styled(l, t.dim())));
    }
    let lessons: Vec<&str> =
        s.assessed_lessons().iter().map(|&l| s.course.lessons[l].title.as_str()).collect();
    let label = t!("home-lessons");
    for (j, l) in wrap(&format!("{label} {}", lessons.join(" · ")), w).into_iter().enumerate() {
        match l.strip_prefix(label.as_str()) {
            Some(rest) if j == 0 => lines.push(Line::from(vec![
                Span::styled(label.clone(), t.dim()),
                Span::styled(rest.to_string(), t.text()),
            ])),
            _ => lines.push(Line::styled(l, t.text())),
        }
    }
    if app.standing.scenarios.get(&s.id).is_some_and(|st| st.completed > 0) {
        for l in wrap(&t!("home-debrief-hint"), w) {
            lines.push(keyed(&l, t.key(), t.dim()));
        }
    }
    lines
}

/// The details panel; when the text is taller than the panel, its last line ends with "…".
fn details_panel(t: Theme, title: &str, mut lines: Vec<Line<'static>>, area: Rect, buf: &mut Buffer) {
    let block = Block::bordered().title(Span::styled(format!(" {title} "), t.title()));
    let inner = block.inner(area);
    block.render(area, buf);
    let rows = inner.height as usize;
    if lines.len() > rows && rows > 0 {
        lines.truncate(rows);
        if let Some(last) = lines.last_mut() {
            let text = line_text(last);
            let style = last.spans.last().map_or(t.text(), |s| s.style);
            *last = Line::styled(excerpt(&format!("{text} …"), inner.width as usize), style);
        }
    }
    for (i, line) in lines.iter().enumerate().take(rows) {
        buf.set_line(inner.x, inner.y + i as u16, line, inner.width);
    }
}
/// The lines of one feed card: a border with the heading, the wrapped text, what the kind of
/// message carries under it, a border.
fn card(t: Theme, item: &FeedItem, width: u16) -> Vec<Line<'static>> {
    let inner = width.saturating_sub(4) as usize;
    let style = if item.mine { t.learner() } else { t.channel(item.channel) };
    let mut lines = vec![card_top(item, width, style)];
    let text_style = match (item.mine, item.channel) {
        (true, _) => t.text().add_modifier(Modifier::ITALIC),
        (_, Channel::News) => t.text().add_modifier(Modifier::BOLD),
        (_, Channel::Note) => t.dim().add_modifier(Modifier::ITALIC),
        _ => t.text(),
    };
    let row = |text: String, text_style: Style| {
        let pad = inner.saturating_sub(text.width());
        Line::from(vec![
            Span::styled("│ ", style),
            Span::styled(text, text_style),
            Span::raw(" ".repeat(pad)),
            Span::styled(" │", style),
        ])
    };
    // An email's subject on a line of its own, set apart from the body as a mail program shows it.
    let (subject, body) = match (item.mine, item.channel) {
        (false, Channel::Email) => split_subject(&item.text),
        _ => (None, item.text.as_str()),
    };
    if let Some(subject) = subject {
        lines.extend(wrap(subject, inner).into_iter().map(|l| row(l, t.text().add_modifier(Modifier::BOLD))));
        if !body.is_empty() {
            lines.push(row(String::new(), t.text()));
        }
    }
    if subject.is_none() || !body.is_empty() {
        lines.extend(wrap(body, inner).into_iter().map(|l| row(l, text_style)));
    }
    if let Some(f) = card_footer(item) {
        lines.push(row(excerpt(&f, inner), t.dim()));
    }
    lines.push(Line::styled(format!("╰{}╯", "─".repeat((width as usize).saturating_sub(2))), style));
    lines
}

/// A card's top border, with the channel's icon and the heading.
fn card_top(item: &FeedItem, width: u16, style: Style) -> Line<'static> {
    let icon = match item.channel {
        Channel::Post => "◉ ",
        Channel::Reply => "↳ ",
        Channel::Dm => "✉ ",
        Channel::Email => "✉ ",
        Channel::Phone => "☎ ",
        Channel::News => "▤ ",
        Channel::Meeting => "◎ ",
        Channel::Note | Channel::Plain => "",
    };
    let title = if item.heading.is_empty() { String::new() } else { format!(" {icon}{} ", item.heading) };
    let title = excerpt(&title, width.saturating_sub(4) as usize);
    let fill = (width as usize).saturating_sub(2 + title.width());
    Line::from(vec![
        Span::styled("╭", style),
        Span::styled(title, style.add_modifier(Modifier::BOLD)),
        Span::styled(format!("{}╮", "─".repeat(fill)), style),
    ])
}

/// What each kind of message carries under it, as on the real thing.
fn card_footer(item: &FeedItem) -> Option<String> {
    match (item.mine, item.channel) {
        (false, Channel::Post | Channel::Reply) => Some(t!("card-post-actions")),
        (false, Channel::Dm) => Some(t!("card-dm-seen")),
        (false, Channel::Email) => Some(t!("card-email-actions")),
        (false, Channel::Phone) => Some(t!("card-call-in-progress")),
        (false, Channel::News) => Some(t!("card-news-published")),
        _ => None,
    }
}

/// An email's "Subject: ..." (or "Objet : ...") and the rest: the subject runs to the end of its
/// line, or of its first sentence when the text is one paragraph.
pub fn split_subject(text: &str) -> (Option<&str>, &str) {
    let text = text.trim_start();
    let label_end = ["subject", "objet", "sujet"].iter().find_map(|label| {
        let head = text.get(..label.len())?;
        let rest = text[label.len()..].trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        (head.eq_ignore_ascii_case(label) && rest.starts_with(':')).then(|| text.len() - rest.len() + 1)
    });
    let Some(label_end) = label_end else { return (None, text) };
    let after = &text[label_end..];
    let end =
        after.find('\n').or_else(|| after.find(". ").map(|i| i + 1)).map_or(text.len(), |i| label_end + i);
    (Some(text[..end].trim_end()), text[end..].trim_start())
}

/// The play screen without a scrolled feed (the preview draws it so).
pub(crate) fn play_screen(t: Theme, play: &Play<'_>, now: Instant, area: Rect, buf: &mut Buffer) {
    play_view(t, play, None, now, area, buf);
}

/// The play screen: a header, the meters, the feed of messages, and the choices or what to press.
fn play_view(t: Theme, play: &Play<'_>, feed: Option<&Scroll>, now: Instant, area: Rect, buf: &mut Buffer) {
    let area = centred(area, READING_WIDTH);
    let choices = choice_texts(play);
    let text_w = area.width.saturating_sub(5) as usize;
    let choices_h = match play.run.prompt() {
        Prompt::Choose => {
            let lines: usize = choices.iter().map(|c| wrap(c, text_w).len()).sum();
            (lines.max(1) as u16 + 1).min((area.height / 2).max(3))
        }
        _ => 2,
    };
    let meters = meters_lines(t, play, area.width as usize);
    let meters_h = (meters.len() as u16).min(3);
    let [head, meters_area, feed_area, choices_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(meters_h),
        Constraint::Min(3),
        Constraint::Length(choices_h),
    ])
    .areas(area);
    play_header(t, play, head, buf);
    Paragraph::new(meters).render(meters_area, buf);
    let more = feed_view(t, &play.feed, feed, feed_area, buf);
    choices_view(t, play, &choices, more, now, choices_area, buf);
}

/// "1. Reply once, plainly..." for each choice offered.
fn choice_texts(play: &Play<'_>) -> Vec<String> {
    let run = &play.run;
    run.offered()
        .iter()
        .enumerate()
        .map(|(k, &i)| format!("{}. {}", k + 1, run.node().choices()[i].text))
        .collect()
}

/// The scenario's title, and where the run is: the briefing, or the decision at hand.
fn play_header(t: Theme, play: &Play<'_>, area: Rect, buf: &mut Buffer) {
    let run = &play.run;
    let s = run.scenario();
    let n = run.decisions().len() + usize::from(run.prompt() == Prompt::Choose);
    let level = t!("scenario-level", level = s.level.as_str());
    Paragraph::new(Line::from(vec![
        Span::styled(s.title.clone(), t.title()),
        Span::styled(format!("  {}", t!("play-header", n = n, level = &level)), t.dim()),
    ]))
    .render(area, buf);
}

/// The shown meters with what the last choice changed, flowed onto as many lines as `width`
/// needs (without their bars when they would take more than one). Empty when none is shown.
fn meters_lines(t: Theme, play: &Play<'_>, width: usize) -> Vec<Line<'static>> {
    let s = play.run.scenario();
    let meter = |i: usize, v: &crate::scenario::Var, bars: bool| {
        let (now, before) = (play.run.vars()[i], play.previous_vars[i]);
        let mut spans = vec![Span::styled(format!("{} ", v.label), t.dim())];
        if let Some(filled) = meter_cells(v, now, 10).filter(|_| bars) {
            spans.push(Span::styled("▮".repeat(filled), t.bar()));
            spans.push(Span::styled(format!("{} ", "▯".repeat(10 - filled)), t.dim()));
        }
        spans.push(Span::styled(format!("{now}"), t.text()));
        let delta = now - before;
        if delta != 0 {
            let style = if delta > 0 { t.good() } else { t.bad() };
            spans.push(Span::styled(format!(" ({delta:+})"), style));
        }
        spans
    };
    let flow = |bars: bool| {
        let mut lines: Vec<Line<'static>> = Vec::new();
        for (i, v) in s.shown_vars() {
            let spans = meter(i, v, bars);
            let w: usize = spans.iter().map(Span::width).sum();
            match lines.last_mut() {
                Some(l) if l.width() + 3 + w <= width => {
                    l.spans.push(Span::raw("   "));
                    l.spans.extend(spans);
                }
                _ => lines.push(Line::from(spans)),
            }
        }
        lines
    };
    let with_bars = flow(true);
    if with_bars.len() <= 1 {
        with_bars
    } else {
        flow(false)
    }
}

/// The feed, newest at the bottom unless scrolled back; the learner's answers indented to the
/// right. Returns the marker to show under it: more below, or earlier messages above.
fn feed_view(
    t: Theme,
    items: &[FeedItem],
    scroll: Option<&Scroll>,
    area: Rect,
    buf: &mut Buffer,
) -> Option<Line<'static>> {
    let mut lines: Vec<Line<'static>> = Vec::new();
    let mut newest = 0;
    for item in items {
        let indent = if item.mine { area.width / 6 } else { 0 };
        let w = if item.mine { area.width - indent } else { area.width.saturating_sub(area.width / 8) };
        let card = card(t, item, w);
        newest = card.len();
        for mut l in card {
            if indent > 0 {
                l.spans.insert(0, Span::raw(" ".repeat(indent as usize)));
            }
            lines.push(l);
        }
    }
    let rows = area.height as usize;
    let offset = scroll.map_or(0, |s| {
        s.drawn.set((lines.len(), rows));
        // A new message taller than the window is read from its first line.
        s.rest.set(newest.saturating_sub(rows));
        s.shown()
    });
    let end = lines.len() - offset;
    let start = end.saturating_sub(rows);
    lines.truncate(end);
    Paragraph::new(lines.split_off(start)).render(area, buf);
    match scroll {
        Some(_) if offset > 0 => Some(marker(t, t!("play-more-below"))),
        Some(_) if start > 0 => Some(marker(t, t!("play-earlier-above"))),
        _ => None,
    }
}

/// The choices (or what to press), under a rule that carries the question, the timer and the
/// feed's marker.
fn choices_view(
    t: Theme,
    play: &Play<'_>,
    choices: &[String],
    more: Option<Line<'static>>,
    now: Instant,
    area: Rect,
    buf: &mut Buffer,
) {
    let prompt = play.run.prompt();
    let mut block = Block::new().borders(Borders::TOP).title(choices_title(t, play, now));
    if let Some(m) = more {
        block = block.title(m);
    }
    let inner = block.inner(area);
    block.render(area, buf);
    match prompt {
        Prompt::Choose if choices.is_empty() => {
            Paragraph::new(t!("play-no-choice-open")).style(t.dim()).render(inner, buf)
        }
        Prompt::Choose => {
            let rows = choice_rows(choices, play.selected, inner.width as usize, inner.height as usize);
            for (y, r) in (inner.y..).zip(rows) {
                let selected = r.choice == play.selected;
                let style = if selected { t.selected() } else { t.text() };
                let marker = if selected && r.first { "▶ " } else { "  " };
                let indent = if r.first { "" } else { "   " };
                buf.set_stringn(
                    inner.x,
                    y,
                    format!("{marker}{indent}{}", r.text),
                    inner.width as usize,
                    style,
                );
            }
        }
        Prompt::Continue => {
            Paragraph::new(keyed(&t!("play-enter-to-go-on"), t.key(), Style::new())).render(inner, buf);
        }
        _ => {}
    }
}

/// The question, and the time left when a timer runs.
fn choices_title(t: Theme, play: &Play<'_>, now: Instant) -> Line<'static> {
    let question = match play.run.prompt() {
        Prompt::Choose => format!(" {} ", t!("play-what-do-you-do")),
        Prompt::Continue => " ".to_string(),
        Prompt::Ended(_) => format!(" {} ", t!("play-the-end")),
        Prompt::Stuck => format!(" {} ", t!("play-stuck")),
    };
    let mut title = vec![Span::styled(question, t.title())];
    if let Some(timer) = play.timer {
        let left = timer.deadline.saturating_duration_since(now);
        let secs = left.as_secs() + u64::from(left.subsec_millis() > 0);
        let style = if secs <= 10 { t.bad() } else { t.warn() };
        title.push(Span::styled(
            format!(" {} ", t!("play-time-left", seconds = secs)),
            style.add_modifier(Modifier::BOLD),
        ));
    }
    Line::from(title)
}

/// One line of the choice list.
#[derive(Debug, PartialEq, Eq)]
struct ChoiceRow {
    choice: usize,
    /// The choice's first line (where the ▶ goes).
    first: bool,
    text: String,
}

/// The lines of the choice list that fit in `rows` of `width` columns: every choice in full when
/// they all fit; else the selected one in full (as far as it fits), then as many others in full
/// as the rows left allow, the rest on one line each, cut with "…"; and when even that is too
/// tall, a window of one-line choices that keeps the selected one in view.
fn choice_rows(choices: &[String], selected: usize, width: usize, rows: usize) -> Vec<ChoiceRow> {
    let wrap_w = width.saturating_sub(5);
    let full: Vec<Vec<String>> = choices.iter().map(|c| wrap(c, wrap_w)).collect();
    let n = choices.len();
    let one_line = |k: usize| vec![excerpt(&choices[k], width.saturating_sub(2))];
    if n > rows {
        let top = (selected + 1).saturating_sub(rows).min(n - rows);
        return (top..top + rows).flat_map(|k| rows_of(k, one_line(k))).collect();
    }
    // How many lines each choice gets: all of them where the rows allow.
    let mut heights: Vec<usize> = full.iter().map(Vec::len).collect();
    if heights.iter().sum::<usize>() > rows {
        let mut left = rows - (n - 1);
        heights = vec![1; n];
        if let Some(h) = heights.get_mut(selected) {
            *h = full[selected].len().min(left);
            left -= *h;
        }
        for k in (0..n).filter(|&k| k != selected) {
            if full[k].len() - 1 <= left {
                left -= full[k].len() - 1;
                heights[k] = full[k].len();
            }
        }
    }
    let mut out = Vec::new();
    for (k, lines) in full.into_iter().enumerate() {
        let h = heights[k];
        let lines = if h == 1 && lines.len() > 1 && k != selected {
            one_line(k)
        } else if h < lines.len() {
            let mut kept: Vec<String> = lines.into_iter().take(h).collect();
            if let Some(last) = kept.last_mut() {
                if last.width() + 1 > wrap_w {
                    last.pop();
                }
                last.push('…');
            }
            kept
        } else {
            lines
        };
        out.extend(rows_of(k, lines));
    }
    out
}

fn rows_of(choice: usize, lines: Vec<String>) -> impl Iterator<Item = ChoiceRow> {
    lines.into_iter().enumerate().map(move |(j, text)| ChoiceRow { choice, first: j == 0, text })
}

/// The debrief's lines, `width` columns wide with its border (shared with the facilitator's
/// screen and the snapshot tests).
pub fn debrief_lines(t: Theme, run: &crate::engine::Run<'_>, width: u16) -> Vec<Line<'static>> {
    let d = Debrief::of(run);
    let w = width.saturating_sub(4) as usize;
    let mut lines = debrief_outcome(t, run, &d, w);
    lines.push(Line::raw(""));
    lines.push(Line::styled(t!("debrief-lessons"), t.title()));
    lines.extend(debrief_lessons(t, run.scenario(), &d, width as usize));
    lines.push(Line::raw(""));
    lines.push(Line::styled(t!("debrief-decisions"), t.title()));
    lines.extend(debrief_decisions(t, run.scenario(), &d, w));
    if !d.discuss.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(t!("debrief-questions"), t.title()));
        for &n in &d.discuss {
            let question = run.scenario().nodes[n].discuss.as_deref().unwrap_or("");
            for (j, l) in wrap(question, w.saturating_sub(4)).into_iter().enumerate() {
                let lead = if j == 0 { "  • " } else { "    " };
                lines.push(Line::styled(format!("{lead}{l}"), t.text()));
            }
        }
    }
    lines
}

/// The ending and its text, the score against the pass mark, and the meters at the end.
fn debrief_outcome(t: Theme, run: &crate::engine::Run<'_>, d: &Debrief, w: usize) -> Vec<Line<'static>> {
    let s = run.scenario();
    let (kind, good, mixed) = match d.ending {
        Some(k @ EndingKind::Success) => (k.as_str(), true, false),
        Some(k @ EndingKind::Mixed) => (k.as_str(), false, true),
        Some(k @ EndingKind::Failure) => (k.as_str(), false, false),
        None => ("none", false, true),
    };
    let mut lines = vec![Line::styled(t!("debrief-ending", kind = kind), t.outcome(good, mixed))];
    lines.extend(wrap(run.text(), w).into_iter().map(|l| Line::styled(l, t.text())));
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled(format!("{}  ", t!("debrief-score", percent = d.percent.rounded())), t.title()),
        Span::styled(
            if d.passed { t!("debrief-passed") } else { t!("debrief-not-passed") },
            t.outcome(d.passed, false),
        ),
        Span::styled(format!("  {}", t!("debrief-pass-mark", percent = s.pass_percent)), t.dim()),
    ]));
    if let Some(m) = crate::play::meters_line(s, &d.vars) {
        lines.extend(
            wrap(&t!("debrief-meters", meters = &m), w).into_iter().map(|l| Line::styled(l, t.text())),
        );
    }
    lines
}

/// A row per lesson: its title, a bar, the percentage and the points.
fn debrief_lessons(t: Theme, s: &Scenario, d: &Debrief, width: usize) -> Vec<Line<'static>> {
    let bar_w = if width >= 80 { 20 } else { 10 };
    // Percentages right-aligned on the widest one ("100%", "100 %").
    let pct_w = percent(100).width();
    let rows: Vec<(&str, String, String, String)> = d
        .lessons
        .iter()
        .map(|l| {
            let (bar, pct) = match l.percent {
                Some(p) => {
                    let filled = ((p.value() / 100.0) * bar_w as f64).round() as usize;
                    (
                        format!("{}{}", "█".repeat(filled), "░".repeat(bar_w - filled)),
                        format!("{:>pct_w$}", percent(p.rounded())),
                    )
                }
                None if l.only_lost() => (" ".repeat(bar_w), t!("debrief-lost")),
                None => (" ".repeat(bar_w), t!("debrief-not-assessed")),
            };
            let points = t!("debrief-lesson-points", earned = l.earned, best = l.best);
            (s.course.lessons[l.lesson].title.as_str(), bar, pct, points)
        })
        .collect();
    // The title column gives way (down to 12 columns) when the figures after it would not fit.
    let tail = rows.iter().map(|r| 1 + r.2.width() + 2 + r.3.width()).max().unwrap_or(0);
    let title_w = width.saturating_sub(2 + 2 + 1 + bar_w + tail).clamp(12, 34);
    rows.into_iter()
        .map(|(title, bar, pct, points)| {
            let title = excerpt(title, title_w);
            Line::from(vec![
                Span::styled(format!("  {title:title_w$} "), t.text()),
                Span::styled(bar, t.bar()),
                Span::styled(format!(" {pct}  {points}"), t.text()),
            ])
        })
        .collect()
}

/// Each decision: what was chosen and why it was good or bad, then the stronger choice, once,
/// with the lesson it serves and its own feedback.
fn debrief_decisions(t: Theme, s: &Scenario, d: &Debrief, w: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let indented = |text: &str, indent: usize, style: Style| -> Vec<Line<'static>> {
        let pad = " ".repeat(indent);
        wrap(text, w.saturating_sub(indent))
            .into_iter()
            .map(|l| Line::styled(format!("{pad}{l}"), style))
            .collect()
    };
    for (i, r) in d.decisions.iter().enumerate() {
        let (text, feedback) = r.taken(s);
        let chose = text.map_or_else(|| t!("debrief-timed-out"), |c| t!("debrief-you-chose", choice = c));
        lines.push(Line::raw(""));
        for (j, l) in wrap(&chose, w.saturating_sub(4)).into_iter().enumerate() {
            let lead = if j == 0 { format!("{:>2}. ", i + 1) } else { "    ".into() };
            lines.push(Line::from(vec![
                Span::styled(lead, t.key()),
                Span::styled(l, t.text().add_modifier(Modifier::BOLD)),
            ]));
        }
        if let Some(f) = feedback {
            lines.extend(indented(f, 4, t.text()));
        }
        if let Some(b) = r.better(s) {
            let stronger = match b.lesson {
                Some(l) => t!("debrief-stronger-lesson", choice = b.text, lesson = l),
                None => t!("debrief-stronger", choice = b.text),
            };
            let mut first = indented(&stronger, 4, t.good());
            if let Some(l) = first.first_mut() {
                *l = l.clone().style(t.good().add_modifier(Modifier::BOLD));
            }
            lines.extend(first);
            if let Some(f) = b.feedback {
                lines.extend(indented(f, 6, t.good()));
            }
        }
    }
    lines
}

/// The debrief screen, scrolled, with a marker while there is more below.
fn debrief(t: Theme, view: &DebriefView<'_>, area: Rect, buf: &mut Buffer) {
    let area = centred(area, READING_WIDTH + 4);
    let lines = debrief_lines(t, &view.run, area.width);
    let title = &view.run.scenario().title;
    let title = match view.attempt {
        Some((n, count)) => t!("debrief-title-attempt", title = title, n = n, count = count),
        None => t!("debrief-title", title = title),
    };
    let mut block = Block::bordered().title(Span::styled(format!(" {title} "), t.title()));
    view.scroll.drawn.set((lines.len(), block.inner(area).height as usize));
    let top = view.scroll.shown();
    if top < view.scroll.max() {
        block = block.title_bottom(marker(t, t!("more-below")));
    }
    Paragraph::new(lines).block(block).scroll((top as u16, 0)).style(Style::new()).render(area, buf);
}

/// How many of `width` cells a meter fills: over its bounds when it has both, else over 0 to 100
/// when the value is within them; None when there is no scale to draw against.
fn meter_cells(v: &crate::scenario::Var, now: i64, width: usize) -> Option<usize> {
    let (lo, hi) = match (v.min, v.max) {
        (Some(lo), Some(hi)) if hi > lo => (lo, hi),
        (None, None) if (0..=100).contains(&now) => (0, 100),
        _ => return None,
    };
    let span = (hi - lo) as f64;
    Some((((now.clamp(lo, hi) - lo) as f64 / span) * width as f64).round() as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_marked_in_a_message_are_styled() {
        let key = Style::new().add_modifier(Modifier::BOLD);
        let line = keyed("<Enter> to go on, <q> to quit", key, Style::new());
        let parts: Vec<(&str, bool)> =
            line.spans.iter().map(|s| (s.content.as_ref(), s.style == key)).collect();
        assert_eq!(parts, [("Enter", true), (" to go on, ", false), ("q", true), (" to quit", false)]);
        assert_eq!(keyed("a < b", key, Style::new()).spans.len(), 1, "an unclosed < is text");
    }

    #[test]
    fn choices_that_do_not_fit_keep_the_selected_one_whole_and_every_other_on_a_line() {
        let long = |n: usize| format!("{n}. {}", "word ".repeat(20).trim_end());
        let choices: Vec<String> = (1..=4).map(long).collect();
        let rows = choice_rows(&choices, 3, 40, 6);
        assert!(rows.len() <= 6, "{rows:?}");
        let firsts: Vec<usize> = rows.iter().filter(|r| r.first).map(|r| r.choice).collect();
        assert_eq!(firsts, [0, 1, 2, 3], "every choice is drawn");
        assert_eq!(rows.iter().filter(|r| r.choice == 3).count(), 3, "the selected one gets the rest");
        assert!(rows.iter().filter(|r| r.choice != 3).all(|r| r.text.ends_with('…')), "{rows:?}");
        // More choices than rows: a window that holds the selected one.
        let many: Vec<String> = (1..=9).map(|n| format!("{n}. short")).collect();
        let rows = choice_rows(&many, 8, 40, 4);
        assert_eq!(rows.iter().map(|r| r.choice).collect::<Vec<_>>(), [5, 6, 7, 8]);
        // Room for all: all of it.
        let rows = choice_rows(&choices[..1], 0, 40, 10);
        assert_eq!(rows.len(), wrap(&choices[0], 35).len());
    }

    #[test]
    fn an_email_subject_is_split_from_its_body() {
        assert_eq!(
            split_subject("Subject: URGENT: sign-in. We detected a sign-in."),
            (Some("Subject: URGENT: sign-in."), "We detected a sign-in.")
        );
        assert_eq!(split_subject("Objet\u{a0}: Heures\nMerci."), (Some("Objet\u{a0}: Heures"), "Merci."));
        assert_eq!(split_subject("Subject: all of it"), (Some("Subject: all of it"), ""));
        assert_eq!(split_subject("Hello. Subject: none"), (None, "Hello. Subject: none"));
    }

    #[test]
    fn key_hints_keep_the_last_two_and_as_many_others_as_fit() {
        let keys = "↑↓ choose · Enter start · d debrief · a long hint here · ? keys · q quit";
        assert_eq!(fit_keys(keys, 200), keys);
        assert_eq!(fit_keys(keys, 53), "↑↓ choose · Enter start · d debrief · ? keys · q quit");
        assert_eq!(fit_keys(keys, 20), "? keys · q quit");
    }

    #[test]
    fn the_details_grow_with_the_window_and_the_list_keeps_room() {
        assert_eq!(home_split(37, 15, 10), (15, 22), "both fit: the details take the rest");
        assert_eq!(home_split(13, 15, 12), (6, 7), "the minimum size: 7 rows of details");
        assert_eq!(home_split(27, 16, 14), (16, 11), "the whole list when two thirds hold it");
    }

    #[test]
    fn wrap_respects_width_and_words() {
        assert_eq!(wrap("the quick brown fox", 9), vec!["the quick", "brown fox"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert_eq!(wrap("a\nb", 10), vec!["a", "b"]);
        for l in wrap("Ünïcödé wörds and 漢字漢字漢字 wide", 6) {
            assert!(l.width() <= 6, "{l}");
        }
    }
}
