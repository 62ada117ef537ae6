//! Drawing: a pure function of the app's state (`impl Widget for &App`), so that any screen can be
//! drawn into a buffer in tests.

use std::time::Instant;

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Gauge, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::engine::{Debrief, Prompt};
use crate::present::Channel;
use crate::scenario::EndingKind;

use super::app::{App, FeedItem, LearnerPick, Play, Screen};
use super::theme::Theme;

/// The smallest terminal the layout needs.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

impl Widget for &App<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let msg = format!(
                "The terminal is too small ({}×{}).\nMake it at least {MIN_WIDTH}×{MIN_HEIGHT}, or use `rehearse play --plain`.",
                area.width, area.height
            );
            Paragraph::new(msg)
                .style(t.text())
                .wrap(Wrap { trim: true })
                .alignment(Alignment::Center)
                .render(area, buf);
            return;
        }
        let [body, notice] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
        match &self.screen {
            Screen::Home { selected } => home(self, *selected, body, buf),
            Screen::Learner(pick) => {
                home(self, 0, body, buf);
                learner_dialog(t, pick, body, buf);
            }
            Screen::Resume { scenario, resumable } => {
                home(self, 0, body, buf);
                let mut lines = vec![
                    Line::styled(scenario.title.clone(), t.title()),
                    Line::raw(""),
                    Line::raw(format!(
                        "You have a run in progress: {} choices made.",
                        resumable.attempt.choices.len()
                    )),
                ];
                if resumable.changed {
                    lines.push(Line::styled(
                        "The scenario has changed since: your choices are replayed as far as they still fit.",
                        t.warn(),
                    ));
                }
                lines.push(Line::raw(""));
                lines.push(Line::from(vec![
                    Span::raw("Resume where you left off?  "),
                    Span::styled("y", t.key()),
                    Span::raw("/Enter resume · "),
                    Span::styled("n", t.key()),
                    Span::raw(" start again · "),
                    Span::styled("Esc", t.key()),
                    Span::raw(" back"),
                ]));
                dialog(t, "Resume?", lines, body, buf);
            }
            Screen::Play(play) => play_screen(t, play, self.now, body, buf),
            Screen::Debrief(view) => debrief(self, &view.run, view.scroll, body, buf),
        }
        if let Some(n) = &self.notice {
            Paragraph::new(Line::styled(n.clone(), t.warn())).render(notice, buf);
        } else {
            let keys = match &self.screen {
                Screen::Home { .. } => {
                    "↑↓ choose · Enter start or resume · l learner · c colours · ? keys · q quit"
                }
                Screen::Learner(_) => "↑↓ choose · Enter select · Esc back",
                Screen::Resume { .. } => "y resume · n start again · Esc back",
                Screen::Play(_) => {
                    "1-9 choose · ↑↓ + Enter · + more time · ? keys · q quit (progress is kept)"
                }
                Screen::Debrief(_) if self.has_home => "↑↓ PgUp PgDn scroll · r replay · Enter home · q quit",
                Screen::Debrief(_) => "↑↓ PgUp PgDn scroll · r replay · q quit",
            };
            Paragraph::new(Line::styled(keys, t.dim())).render(notice, buf);
        }
        if self.help {
            help(t, area, buf);
        }
    }
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
    dialog_with(t, title, lines, true, area, buf);
}

fn dialog_with(t: Theme, title: &str, lines: Vec<Line<'static>>, wrap: bool, area: Rect, buf: &mut Buffer) {
    let w = area.width.saturating_sub(8).min(76);
    let h = (lines.len() as u16 + 4).min(area.height);
    let r = Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height.saturating_sub(h)) / 2,
        width: w,
        height: h,
    };
    Clear.render(r, buf);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .title(Span::styled(format!(" {title} "), t.title()))
        .padding(ratatui::widgets::Padding::horizontal(1));
    if wrap {
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block).style(t.text()).render(r, buf);
        return;
    }
    // Drawn line by line: wrapping would drop the leading spaces that align columns.
    let inner = block.inner(r);
    block.render(r, buf);
    for (i, line) in lines.iter().enumerate().take(inner.height as usize) {
        buf.set_line(inner.x, inner.y + i as u16, line, inner.width);
    }
}

fn help(t: Theme, area: Rect, buf: &mut Buffer) {
    let rows = [
        ("1 … 9", "take that choice"),
        ("↑ ↓ then Enter", "move to a choice and take it"),
        ("Enter", "go on (when there is nothing to choose)"),
        ("+", "more time on a timed decision"),
        ("PgUp PgDn", "scroll the debrief"),
        ("r", "replay the scenario (on the debrief)"),
        ("l", "choose or create a learner (home)"),
        ("c", "colours: default, high contrast, monochrome"),
        ("q / Esc", "leave; your progress is kept"),
        ("?", "show or hide these keys"),
    ];
    let mut lines: Vec<Line<'static>> = rows
        .iter()
        .map(|(k, what)| Line::from(vec![Span::styled(format!("{k:>16}  "), t.key()), Span::raw(*what)]))
        .collect();
    lines.push(Line::raw(""));
    lines
        .push(Line::styled("Timers: `--no-timers` turns them off, `--timer-scale 2` doubles them.", t.dim()));
    lines.push(Line::styled("Screen reader? `rehearse play ID --plain` is a line-by-line mode.", t.dim()));
    dialog_with(t, "Keys", lines, false, area, buf);
}

fn percent_gauge(t: Theme, label: String, percent: Option<f64>, area: Rect, buf: &mut Buffer) {
    match percent {
        Some(p) => Gauge::default()
            .gauge_style(t.bar())
            .ratio((p / 100.0).clamp(0.0, 1.0))
            .label(Span::styled(label, t.text().add_modifier(Modifier::BOLD)))
            .use_unicode(true)
            .render(area, buf),
        None => Paragraph::new(Span::styled(label, t.dim())).render(area, buf),
    }
}

fn home(app: &App<'_>, selected: usize, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let [head, main] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
    let record = app.lib.course_of_record();
    let course = record.map_or("rehearse", |c| c.title.as_str());
    let completion = match record.and_then(|c| app.standing.course(c)) {
        Some(c) if c.completed => Span::styled("  ✓ course completed".to_string(), t.good()),
        Some(c) => Span::styled(
            format!("  {} of {} required scenarios passed", c.required_passed(), c.required.len()),
            t.dim(),
        ),
        None => Span::raw(""),
    };
    Paragraph::new(vec![
        Line::from(vec![
            Span::styled("rehearse", t.title()),
            Span::styled(format!(" · {course}"), t.text()),
            completion,
        ]),
        Line::from(vec![
            Span::styled("Learner: ", t.dim()),
            Span::styled(app.learner.clone(), t.learner()),
            Span::styled("  (l to change)", t.dim()),
        ]),
    ])
    .render(head, buf);

    let [left, right] =
        Layout::horizontal([Constraint::Percentage(42), Constraint::Percentage(58)]).areas(main);
    // Course map: every lesson with its mastery.
    let block = Block::bordered().title(Span::styled(" Course map: your mastery ", t.title()));
    let inner = block.inner(left);
    block.render(left, buf);
    if let Some(course) = &app.lib.course {
        for (i, lesson) in course.lessons.iter().enumerate() {
            let y = inner.y + i as u16;
            if y >= inner.bottom() {
                break;
            }
            let m = app.standing.mastery(&lesson.id);
            let [name, bar] = Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)])
                .areas(Rect { y, height: 1, ..inner });
            let title = crate::text::excerpt(&lesson.title, name.width.saturating_sub(1) as usize);
            Paragraph::new(Span::styled(title, t.text())).render(name, buf);
            let label = m.map_or("not yet".to_string(), |p| format!("{}%", p.rounded()));
            percent_gauge(t, label, m.map(|p| p.value()), bar, buf);
        }
    }

    // Scenario list.
    let [list, detail] = Layout::vertical([Constraint::Min(4), Constraint::Length(7)]).areas(right);
    let block = Block::bordered().title(Span::styled(" Scenarios ", t.title()));
    let inner = block.inner(list);
    block.render(list, buf);
    let top = selected.saturating_sub(inner.height.saturating_sub(1) as usize);
    for (row, (i, e)) in app.lib.entries.iter().enumerate().skip(top).enumerate() {
        let y = inner.y + row as u16;
        if y >= inner.bottom() {
            break;
        }
        let s = &e.scenario;
        let st = app.standing.scenarios.get(&s.id);
        let (status, style) = match st {
            Some(st) if st.in_progress => ("in progress", t.warn()),
            Some(st) if st.passed => ("passed", t.good()),
            Some(st) if st.completed > 0 => ("not passed", t.bad()),
            _ => ("new", t.dim()),
        };
        let best = st.and_then(|s| s.best_percent).map_or(String::new(), |p| format!(" best {p}%"));
        let listed = record.and_then(|c| c.scenarios.iter().find(|x| x.id == s.id));
        let mark = match record {
            Some(c) if !c.scenarios.is_empty() => {
                if listed.is_some_and(|x| x.required) {
                    "*"
                } else {
                    " "
                }
            }
            _ => "",
        };
        let text = format!("{mark}{:2}. {}", i + 1, s.title);
        let meta = format!(" {} · {} min · {status}{best}", s.level.as_str(), s.minutes);
        let line_style = if i == selected { t.selected() } else { t.text() };
        let r = Rect { y, height: 1, ..inner };
        buf.set_style(r, line_style);
        let avail = inner.width as usize;
        let meta_w = meta.width().min(avail);
        let text_w = avail.saturating_sub(meta_w);
        let clipped: String = crate::text::excerpt(&text, text_w.max(1));
        buf.set_stringn(r.x, y, &clipped, text_w, line_style);
        buf.set_stringn(
            r.x + text_w as u16,
            y,
            &meta,
            meta_w,
            if i == selected { line_style } else { style },
        );
    }
    if app.lib.entries.is_empty() {
        Paragraph::new("No scenario loaded: run `rehearse validate` to see why.")
            .style(t.bad())
            .render(inner, buf);
    }
    // The selected scenario.
    if let Some(e) = app.lib.entries.get(selected) {
        let s = &e.scenario;
        let lessons: Vec<String> =
            s.assessed_lessons().iter().map(|&l| s.course.lessons[l].title.clone()).collect();
        let mut lines = vec![Line::styled(s.summary.clone(), t.text())];
        if let Some(c) = record {
            let title = |id: &str| {
                app.lib
                    .entries
                    .iter()
                    .find(|e| e.scenario.id == id)
                    .map_or(id.to_string(), |e| e.scenario.title.clone())
            };
            let place = match c.scenarios.iter().find(|x| x.id == s.id) {
                Some(x) if x.required => "* Required to complete the course.".to_string(),
                Some(_) => "Recommended, not required.".to_string(),
                None => "An extra, outside the course.".to_string(),
            };
            let after = c.scenarios.iter().find(|x| x.id == s.id).map(|x| &x.after).filter(|a| !a.is_empty());
            let after = after.map_or(String::new(), |a| {
                format!(" Best taken after: {}.", a.iter().map(|id| title(id)).collect::<Vec<_>>().join(", "))
            });
            if !c.scenarios.is_empty() {
                lines.push(Line::styled(format!("{place}{after}"), t.dim()));
            }
        }
        lines.push(Line::from(vec![
            Span::styled("Lessons: ", t.dim()),
            Span::styled(lessons.join(" · "), t.text()),
        ]));
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(Block::bordered().title(Span::styled(format!(" {} ", s.title), t.title())))
            .render(detail, buf);
    }
}

fn learner_dialog(t: Theme, pick: &LearnerPick, area: Rect, buf: &mut Buffer) {
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (i, name) in pick.names.iter().enumerate() {
        let style = if i == pick.selected && pick.input.is_none() { t.selected() } else { t.text() };
        lines.push(Line::styled(format!("  {name}"), style));
    }
    let new_style =
        if pick.selected == pick.names.len() && pick.input.is_none() { t.selected() } else { t.key() };
    lines.push(Line::styled("  + New learner…", new_style));
    if let Some(input) = &pick.input {
        lines.push(Line::raw(""));
        lines.push(Line::from(vec![
            Span::raw("Name: "),
            Span::styled(format!("{input}▏"), t.learner()),
            Span::styled("  (Enter to confirm)", t.dim()),
        ]));
    }
    dialog(t, "Who is practising?", lines, area, buf);
}

/// The lines of one feed card: a border with the heading, the wrapped text, a border.
fn card(t: Theme, item: &FeedItem, width: u16) -> Vec<Line<'static>> {
    let inner = width.saturating_sub(4) as usize;
    let style = if item.mine { t.learner() } else { t.channel(item.channel) };
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
    let title = crate::text::excerpt(&title, inner);
    let fill = (width as usize).saturating_sub(2 + title.width());
    let mut lines = vec![Line::from(vec![
        Span::styled("╭", style),
        Span::styled(title, style.add_modifier(Modifier::BOLD)),
        Span::styled(format!("{}╮", "─".repeat(fill)), style),
    ])];
    let text_style = match (item.mine, item.channel) {
        (true, _) => t.text().add_modifier(Modifier::ITALIC),
        (_, Channel::News) => t.text().add_modifier(Modifier::BOLD),
        (_, Channel::Note) => t.dim().add_modifier(Modifier::ITALIC),
        _ => t.text(),
    };
    for l in wrap(&item.text, inner) {
        let pad = inner.saturating_sub(l.width());
        lines.push(Line::from(vec![
            Span::styled("│ ", style),
            Span::styled(l, text_style),
            Span::raw(" ".repeat(pad)),
            Span::styled(" │", style),
        ]));
    }
    // What each kind of message carries under it, as on the real thing.
    let footer = match (item.mine, item.channel) {
        (false, Channel::Post | Channel::Reply) => Some("♡ Like   ↻ Share   ↩ Reply"),
        (false, Channel::Dm) => Some("Seen"),
        (false, Channel::Email) => Some("↩ Reply   → Forward"),
        (false, Channel::Phone) => Some("● call in progress"),
        (false, Channel::News) => Some("published just now"),
        _ => None,
    };
    if let Some(f) = footer {
        let f = crate::text::excerpt(f, inner);
        let pad = inner.saturating_sub(f.width());
        lines.push(Line::from(vec![
            Span::styled("│ ", style),
            Span::styled(f, t.dim()),
            Span::raw(" ".repeat(pad)),
            Span::styled(" │", style),
        ]));
    }
    lines.push(Line::styled(format!("╰{}╯", "─".repeat((width as usize).saturating_sub(2))), style));
    lines
}

pub(crate) fn play_screen(t: Theme, play: &Play<'_>, now: Instant, area: Rect, buf: &mut Buffer) {
    let run = &play.run;
    let s = run.scenario();
    let prompt = run.prompt();
    let choice_lines: Vec<Vec<String>> = run
        .offered()
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            wrap(
                &format!("{}. {}", k + 1, run.node().choices()[i].text),
                area.width.saturating_sub(6) as usize,
            )
        })
        .collect();
    let choices_h = match prompt {
        Prompt::Choose => choice_lines.iter().map(Vec::len).sum::<usize>() as u16 + 2,
        _ => 3,
    }
    .min(area.height / 2);
    let meters_h = u16::from(s.shown_vars().next().is_some());
    let [head, meters, feed, choices] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(meters_h),
        Constraint::Min(3),
        Constraint::Length(choices_h),
    ])
    .areas(area);

    let step = run.decisions().len();
    Paragraph::new(Line::from(vec![
        Span::styled(s.title.clone(), t.title()),
        Span::styled(
            format!("  · decision {} · {}", step + usize::from(prompt == Prompt::Choose), s.level.as_str()),
            t.dim(),
        ),
    ]))
    .render(head, buf);

    if meters_h > 0 {
        let mut spans = Vec::new();
        for (i, v) in s.shown_vars() {
            let (now, before) = (run.vars()[i], play.previous_vars[i]);
            spans.push(Span::styled(format!("{} ", v.label), t.dim()));
            if let Some(filled) = meter_cells(v, now, 10) {
                spans.push(Span::styled("▮".repeat(filled), t.bar()));
                spans.push(Span::styled("▯".repeat(10 - filled), t.dim()));
            }
            spans.push(Span::styled(format!(" {now}"), t.text()));
            let delta = now - before;
            if delta != 0 {
                let style = if delta > 0 { t.good() } else { t.bad() };
                spans.push(Span::styled(format!(" ({delta:+})"), style));
            }
            spans.push(Span::raw("   "));
        }
        Paragraph::new(Line::from(spans)).render(meters, buf);
    }

    // The feed, newest at the bottom; the learner's answers indented to the right.
    let mut lines: Vec<Line<'static>> = Vec::new();
    for item in &play.feed {
        let indent = if item.mine { feed.width / 6 } else { 0 };
        let w = if item.mine { feed.width - indent } else { feed.width.saturating_sub(feed.width / 8) };
        for mut l in card(t, item, w) {
            if indent > 0 {
                l.spans.insert(0, Span::raw(" ".repeat(indent as usize)));
            }
            lines.push(l);
        }
    }
    let skip = lines.len().saturating_sub(feed.height as usize);
    Paragraph::new(lines.split_off(skip)).render(feed, buf);

    // The choices, the timer, or what to press.
    let mut title = vec![Span::styled(
        match prompt {
            Prompt::Choose => " What do you do? ",
            Prompt::Continue => " ",
            Prompt::Ended(_) => " The end ",
            Prompt::Stuck => " This scenario cannot go on ",
        },
        t.title(),
    )];
    if let Some(timer) = play.timer {
        let left = timer.deadline.saturating_duration_since(now);
        let secs = left.as_secs() + u64::from(left.subsec_millis() > 0);
        let style = if secs <= 10 { t.bad() } else { t.warn() };
        title.push(Span::styled(format!(" ⏱ {secs} s left "), style.add_modifier(Modifier::BOLD)));
    }
    let block = Block::new().borders(Borders::TOP).title(Line::from(title));
    let inner = block.inner(choices);
    block.render(choices, buf);
    match prompt {
        Prompt::Choose => {
            let mut y = inner.y;
            for (k, wrapped) in choice_lines.iter().enumerate() {
                let selected = k == play.selected;
                let style = if selected { t.selected() } else { t.text() };
                for (j, l) in wrapped.iter().enumerate() {
                    if y >= inner.bottom() {
                        break;
                    }
                    let marker = if selected && j == 0 { "▶ " } else { "  " };
                    let indent = if j == 0 { "" } else { "   " };
                    buf.set_stringn(inner.x, y, format!("{marker}{indent}{l}"), inner.width as usize, style);
                    y += 1;
                }
            }
            if run.offered().is_empty() {
                Paragraph::new("No choice is open to you now: wait for the timer.")
                    .style(t.dim())
                    .render(inner, buf);
            }
        }
        Prompt::Continue => {
            Paragraph::new(Line::from(vec![Span::styled("Enter", t.key()), Span::raw(" to go on")]))
                .render(inner, buf);
        }
        _ => {}
    }
}

/// The debrief's lines (shared with the snapshot tests).
pub fn debrief_lines(t: Theme, run: &crate::engine::Run<'_>, width: u16) -> Vec<Line<'static>> {
    let s = run.scenario();
    let d = Debrief::of(run);
    let w = width.saturating_sub(4) as usize;
    let mut lines: Vec<Line<'static>> = Vec::new();
    let (kind, good, mixed) = match d.ending {
        Some(EndingKind::Success) => ("Success", true, false),
        Some(EndingKind::Mixed) => ("Mixed result", false, true),
        Some(EndingKind::Failure) => ("Failure", false, false),
        None => ("Not finished", false, true),
    };
    lines.push(Line::styled(format!("Ending: {kind}"), t.outcome(good, mixed)));
    for l in wrap(run.text(), w) {
        lines.push(Line::styled(l, t.text()));
    }
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled(format!("Your score: {}%  ", d.percent.rounded()), t.title()),
        Span::styled(if d.passed { "PASSED" } else { "NOT PASSED" }, t.outcome(d.passed, false)),
        Span::styled(format!("  (pass mark {}%)", s.pass_percent), t.dim()),
    ]));
    if let Some(m) = crate::play::meters_line(s, &d.vars) {
        lines.push(Line::styled(format!("Where things stand: {m}"), t.text()));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled("Lessons", t.title()));
    let bar_w = 20usize;
    for l in &d.lessons {
        let lesson = &s.course.lessons[l.lesson];
        let (bar, pct) = match l.percent {
            Some(p) => {
                let filled = ((p.value() / 100.0) * bar_w as f64).round() as usize;
                (
                    format!("{}{}", "█".repeat(filled), "░".repeat(bar_w - filled)),
                    format!("{:>3}%", p.rounded()),
                )
            }
            None if l.only_lost() => (" ".repeat(bar_w), "lost".into()),
            None => (" ".repeat(bar_w), "not assessed".into()),
        };
        let title = crate::text::excerpt(&lesson.title, 34);
        lines.push(Line::from(vec![
            Span::styled(format!("  {title:34} "), t.text()),
            Span::styled(bar, t.bar()),
            Span::styled(format!(" {pct}  {}/{} points", l.earned, l.best), t.text()),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled("Your decisions", t.title()));
    for (i, r) in d.decisions.iter().enumerate() {
        let (text, feedback) = r.taken(s);
        let chose = text.map_or("You let the time run out.".to_string(), |t| format!("You chose: {t}"));
        lines.push(Line::raw(""));
        for (j, l) in wrap(&chose, w.saturating_sub(4)).into_iter().enumerate() {
            let lead = if j == 0 { format!("{:>2}. ", i + 1) } else { "    ".into() };
            lines.push(Line::from(vec![
                Span::styled(lead, t.key()),
                Span::styled(l, t.text().add_modifier(Modifier::BOLD)),
            ]));
        }
        if let Some(f) = feedback {
            for l in wrap(f, w.saturating_sub(4)) {
                lines.push(Line::styled(format!("    {l}"), t.text()));
            }
        }
        if let Some(b) = r.better(s) {
            let lesson = b.lesson.map(|l| format!(" — {l}")).unwrap_or_default();
            for (j, l) in wrap(&format!("A stronger choice: {}{lesson}", b.text), w.saturating_sub(4))
                .into_iter()
                .enumerate()
            {
                let style = if j == 0 { t.good().add_modifier(Modifier::BOLD) } else { t.good() };
                lines.push(Line::styled(format!("    {l}"), style));
            }
            if let Some(f) = b.feedback {
                for l in wrap(f, w.saturating_sub(6)) {
                    lines.push(Line::styled(format!("      {l}"), t.good()));
                }
            }
        }
    }
    if !d.discuss.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled("Questions to think about", t.title()));
        for &n in &d.discuss {
            for (j, l) in
                wrap(s.nodes[n].discuss.as_deref().unwrap_or(""), w.saturating_sub(4)).into_iter().enumerate()
            {
                let lead = if j == 0 { "  • " } else { "    " };
                lines.push(Line::styled(format!("{lead}{l}"), t.text()));
            }
        }
    }
    lines
}

fn debrief(app: &App<'_>, run: &crate::engine::Run<'_>, scroll: u16, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let lines = debrief_lines(t, run, area.width);
    let block =
        Block::bordered().title(Span::styled(format!(" Debrief · {} ", run.scenario().title), t.title()));
    let inner_h = block.inner(area).height as usize;
    let max_scroll = lines.len().saturating_sub(inner_h) as u16;
    Paragraph::new(lines)
        .block(block)
        .scroll((scroll.min(max_scroll), 0))
        .style(Style::new())
        .render(area, buf);
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
    fn wrap_respects_width_and_words() {
        assert_eq!(wrap("the quick brown fox", 9), vec!["the quick", "brown fox"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert_eq!(wrap("a\nb", 10), vec!["a", "b"]);
        for l in wrap("Ünïcödé wörds and 漢字漢字漢字 wide", 6) {
            assert!(l.width() <= 6, "{l}");
        }
    }
}
