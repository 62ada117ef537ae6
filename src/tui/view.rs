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
use crate::i18n::percent;
use crate::present::Channel;
use crate::scenario::EndingKind;
use crate::t;

use super::app::{App, FeedItem, LearnerPick, Play, Screen};
use super::theme::Theme;

/// The smallest terminal the layout needs.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

impl Widget for &App<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = self.theme;
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let msg = t!(
                "too-small",
                width = area.width,
                height = area.height,
                min_width = MIN_WIDTH,
                min_height = MIN_HEIGHT
            );
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
        let [body, notice] = Layout::vertical([Constraint::Min(1), Constraint::Length(notice_h)]).areas(area);
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
                    Line::raw(t!("resume-in-progress", n = resumable.attempt.choices.len())),
                ];
                if resumable.changed {
                    lines.push(Line::styled(t!("resume-changed"), t.warn()));
                }
                lines.push(Line::raw(""));
                lines.push(keyed(&t!("resume-question"), t.key(), t.text()));
                dialog(t, &t!("resume-title"), lines, body, buf);
            }
            Screen::Play(play) => play_screen(t, play, self.now, body, buf),
            Screen::Debrief(view) => debrief(self, &view.run, view.scroll, body, buf),
        }
        if let Some(n) = &self.notice {
            Paragraph::new(Line::styled(n.clone(), t.warn())).wrap(Wrap { trim: true }).render(notice, buf);
        } else {
            let keys = match &self.screen {
                Screen::Home { .. } => t!("home-keys"),
                Screen::Learner(_) => t!("learner-keys"),
                Screen::Resume { .. } => t!("resume-keys"),
                Screen::Play(_) => t!("play-keys"),
                Screen::Debrief(_) if self.has_home => t!("debrief-keys-home"),
                Screen::Debrief(_) => t!("debrief-keys"),
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

fn help(t: Theme, area: Rect, buf: &mut Buffer) {
    let rows = [
        ("1 … 9".to_string(), t!("help-number")),
        (t!("help-move-keys"), t!("help-move")),
        (t!("help-enter-keys"), t!("help-enter")),
        ("+".to_string(), t!("help-more-time")),
        (t!("help-scroll-keys"), t!("help-scroll")),
        ("r".to_string(), t!("help-replay")),
        ("l".to_string(), t!("help-learner")),
        ("c".to_string(), t!("help-colours")),
        (t!("help-quit-keys"), t!("help-quit")),
        ("?".to_string(), t!("help-help")),
    ];
    // The dialog's inner width (see `dialog_with`): descriptions wrap under themselves.
    let inner = area.width.saturating_sub(8).min(76).saturating_sub(4) as usize;
    let key_w = 16;
    let mut lines: Vec<Line<'static>> = Vec::new();
    for (k, what) in &rows {
        for (j, l) in wrap(what, inner.saturating_sub(key_w + 2)).into_iter().enumerate() {
            let k = if j == 0 { k.as_str() } else { "" };
            lines.push(Line::from(vec![Span::styled(format!("{k:>key_w$}  "), t.key()), Span::raw(l)]));
        }
    }
    lines.push(Line::raw(""));
    for note in [t!("help-timers"), t!("help-plain")] {
        for l in wrap(&note, inner) {
            lines.push(Line::styled(l, t.dim()));
        }
    }
    dialog_with(t, &t!("help-title"), lines, false, area, buf);
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
        Some(c) if c.completed => Span::styled(format!("  {}", t!("home-course-completed")), t.good()),
        Some(c) => Span::styled(
            format!(
                "  {}",
                t!("home-required-passed", passed = c.required_passed(), required = c.required.len())
            ),
            t.dim(),
        ),
        None => Span::raw(""),
    };
    let mut first =
        Line::from(vec![Span::styled("rehearse", t.title()), Span::styled(format!(" · {course}"), t.text())]);
    let mut second = Line::from(vec![
        Span::styled(format!("{} ", t!("home-learner")), t.dim()),
        Span::styled(app.learner.clone(), t.learner()),
        Span::styled(format!("  {}", t!("home-learner-change")), t.dim()),
    ]);
    // The course's completion after its title, or after the learner when the title leaves no room.
    if first.width() + completion.width() <= head.width as usize {
        first.spans.push(completion);
    } else {
        second.spans.push(completion);
    }
    Paragraph::new(vec![first, second]).render(head, buf);

    let [left, right] =
        Layout::horizontal([Constraint::Percentage(42), Constraint::Percentage(58)]).areas(main);
    // Course map: every lesson with its mastery.
    let block = Block::bordered().title(Span::styled(format!(" {} ", t!("home-course-map")), t.title()));
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
            let label = m.map_or_else(|| t!("home-not-yet"), |p| percent(p.rounded()));
            percent_gauge(t, label, m.map(|p| p.value()), bar, buf);
        }
    }

    // Scenario list.
    let [list, detail] = Layout::vertical([Constraint::Min(4), Constraint::Length(7)]).areas(right);
    let block = Block::bordered().title(Span::styled(format!(" {} ", t!("home-scenarios")), t.title()));
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
            Some(st) if st.in_progress => ("in-progress", t.warn()),
            Some(st) if st.passed => ("passed", t.good()),
            Some(st) if st.completed > 0 => ("not-passed", t.bad()),
            _ => ("new", t.dim()),
        };
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
        let level = t!("scenario-level", level = s.level.as_str());
        let meta = match st.and_then(|s| s.best_percent) {
            Some(best) => t!(
                "home-scenario-meta-best",
                level = &level,
                minutes = s.minutes,
                status = status,
                best = best
            ),
            None => t!("home-scenario-meta", level = &level, minutes = s.minutes, status = status),
        };
        let meta = format!(" {meta}");
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
        Paragraph::new(t!("home-no-scenario")).style(t.bad()).render(inner, buf);
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
                Some(x) if x.required => t!("home-required"),
                Some(_) => t!("home-recommended"),
                None => t!("home-extra"),
            };
            let after = c.scenarios.iter().find(|x| x.id == s.id).map(|x| &x.after).filter(|a| !a.is_empty());
            let after = after.map_or(String::new(), |a| {
                let titles = a.iter().map(|id| title(id)).collect::<Vec<_>>().join(", ");
                format!(" {}", t!("home-after", titles = &titles))
            });
            if !c.scenarios.is_empty() {
                lines.push(Line::styled(format!("{place}{after}"), t.dim()));
            }
        }
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", t!("home-lessons")), t.dim()),
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
        (false, Channel::Post | Channel::Reply) => Some(t!("card-post-actions")),
        (false, Channel::Dm) => Some(t!("card-dm-seen")),
        (false, Channel::Email) => Some(t!("card-email-actions")),
        (false, Channel::Phone) => Some(t!("card-call-in-progress")),
        (false, Channel::News) => Some(t!("card-news-published")),
        _ => None,
    };
    if let Some(f) = footer {
        let f = crate::text::excerpt(&f, inner);
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
            format!(
                "  {}",
                t!(
                    "play-header",
                    n = step + usize::from(prompt == Prompt::Choose),
                    level = &t!("scenario-level", level = s.level.as_str())
                )
            ),
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
            Prompt::Choose => format!(" {} ", t!("play-what-do-you-do")),
            Prompt::Continue => " ".to_string(),
            Prompt::Ended(_) => format!(" {} ", t!("play-the-end")),
            Prompt::Stuck => format!(" {} ", t!("play-stuck")),
        },
        t.title(),
    )];
    if let Some(timer) = play.timer {
        let left = timer.deadline.saturating_duration_since(now);
        let secs = left.as_secs() + u64::from(left.subsec_millis() > 0);
        let style = if secs <= 10 { t.bad() } else { t.warn() };
        title.push(Span::styled(
            format!(" {} ", t!("play-time-left", seconds = secs)),
            style.add_modifier(Modifier::BOLD),
        ));
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
                Paragraph::new(t!("play-no-choice-open")).style(t.dim()).render(inner, buf);
            }
        }
        Prompt::Continue => {
            Paragraph::new(keyed(&t!("play-enter-to-go-on"), t.key(), Style::new())).render(inner, buf);
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
        Some(k @ EndingKind::Success) => (k.as_str(), true, false),
        Some(k @ EndingKind::Mixed) => (k.as_str(), false, true),
        Some(k @ EndingKind::Failure) => (k.as_str(), false, false),
        None => ("none", false, true),
    };
    lines.push(Line::styled(t!("debrief-ending", kind = kind), t.outcome(good, mixed)));
    for l in wrap(run.text(), w) {
        lines.push(Line::styled(l, t.text()));
    }
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
        lines.push(Line::styled(t!("debrief-meters", meters = &m), t.text()));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(t!("debrief-lessons"), t.title()));
    let bar_w = 20usize;
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
    let title_w = (width as usize).saturating_sub(2 + 2 + 1 + bar_w + tail).clamp(12, 34);
    for (title, bar, pct, points) in rows {
        let title = crate::text::excerpt(title, title_w);
        lines.push(Line::from(vec![
            Span::styled(format!("  {title:title_w$} "), t.text()),
            Span::styled(bar, t.bar()),
            Span::styled(format!(" {pct}  {points}"), t.text()),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(t!("debrief-decisions"), t.title()));
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
            for l in wrap(f, w.saturating_sub(4)) {
                lines.push(Line::styled(format!("    {l}"), t.text()));
            }
        }
        if let Some(b) = r.better(s) {
            let stronger = match b.lesson {
                Some(l) => t!("debrief-stronger-lesson", choice = b.text, lesson = l),
                None => t!("debrief-stronger", choice = b.text),
            };
            for (j, l) in wrap(&stronger, w.saturating_sub(4)).into_iter().enumerate() {
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
        lines.push(Line::styled(t!("debrief-questions"), t.title()));
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
    let block = Block::bordered()
        .title(Span::styled(format!(" {} ", t!("debrief-title", title = &run.scenario().title)), t.title()));
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
    fn keys_marked_in_a_message_are_styled() {
        let key = Style::new().add_modifier(Modifier::BOLD);
        let line = keyed("<Enter> to go on, <q> to quit", key, Style::new());
        let parts: Vec<(&str, bool)> =
            line.spans.iter().map(|s| (s.content.as_ref(), s.style == key)).collect();
        assert_eq!(parts, [("Enter", true), (" to go on, ", false), ("q", true), (" to quit", false)]);
        assert_eq!(keyed("a < b", key, Style::new()).spans.len(), 1, "an unclosed < is text");
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
