# screens
# What the terminal interface shows (home, play, debrief, facilitate, preview), the debrief as
# text, and the names shared with the reports and commands.
# In messages marked "keys", text between < and > is a key name, drawn in the key colour.

## Shared names.

# $level: 101 or advanced.
scenario-level = { $level ->
    [advanced] advanced
   *[other] 101
}
# $kind: success, mixed, failure, or none.
ending-kind = { $kind ->
    [success] success
    [mixed] mixed
    [failure] failure
    [none] no ending
   *[other] { $kind }
}

## The kind of a message in a scenario, and who it is from.

channel-post = Post
channel-reply = Reply
channel-dm = Direct message
channel-email = Email
channel-phone = Phone call
channel-meeting = Meeting
channel-news = News
channel-note = Note
# "Post from @citizen_k", "Phone call from Local radio, 16:20".
# A card's heading on the play screen. $sender: person when $from reads as a name or a handle
# ("Post from @citizen_k", "Email from Amira Haddad"), source otherwise ("Meeting · Your manager",
# "Reply · Eastgate thread, an hour later"). $elide: yes when $from starts with a vowel (French
# writes "d'" then).
channel-heading = { $sender ->
    [person] { $channel } from { $from }
   *[source] { $channel } · { $from }
}

## Feed cards: what each kind of message carries under it, as on the real thing.

card-post-actions = ♡ Like   ↻ Share   ↩ Reply
card-dm-seen = Seen
card-email-actions = ↩ Reply   → Forward
card-call-in-progress = ● call in progress
card-news-published = published just now

## Whole screen.

too-small = The terminal is too small ({ $width }×{ $height }).
    Make it at least { $min_width }×{ $min_height }, or use `rehearse play --plain`.
too-small-here = The terminal is too small ({ $width }×{ $height }).
    Make the window at least { $min_width }×{ $min_height } (or the font smaller).
theme-name = { $theme ->
    [high-contrast] high contrast
    [mono] monochrome
   *[default] default
}
theme-changed = Theme: { $theme }
terminal-not-set-up = the terminal could not be set up: { $reason } (use --plain?)
terminal-no-answer = the terminal did not answer (it may not be a full terminal)

## Home screen.

# keys: separated by " · "; the last two always show, the others as many as fit.
home-keys = ↑↓ choose · Enter start or resume · d last debrief · l learner · L language · c colours · ? keys · q quit
home-keys-fixed = ↑↓ choose · Enter start or resume · d last debrief · L language · c colours · ? keys · q quit
learner-fixed = In this class you are the name you logged in with: to change it, leave and log in again.
home-course-completed = ✓ course completed
home-required-passed = { $passed } of { $required ->
    [one] { $required } required scenario
   *[other] { $required } required scenarios
} passed
# The same, where the whole sentence does not fit.
home-required-passed-short = { $passed }/{ $required } required passed
home-learner = Learner:
home-learner-change = (l to change)
home-language = Language:
home-language-change = (L to change)
# Under the course map or the scenario list, when some of it does not fit.
home-more-lessons = { $n } more…
home-more-scenarios = ▼ { $n } more
home-course-map = Course map: your mastery
home-not-yet = not yet
home-scenarios = Scenarios
# One line of the scenario list. $status: new, in-progress, passed, not-passed.
home-scenario-meta = { $level } · { $minutes } min · { $status ->
    [in-progress] in progress
    [passed] passed
    [not-passed] not passed
   *[new] new
}
home-scenario-meta-best = { $level } · { $minutes } min · { $status ->
    [in-progress] in progress
    [passed] passed
    [not-passed] not passed
   *[new] new
} best { $best }%
# The same, on a narrow screen: the status only.
home-scenario-status = { $status ->
    [in-progress] in progress
    [passed] passed
    [not-passed] not passed
   *[new] new
}
home-scenario-status-best = { $status ->
    [in-progress] in progress
    [passed] passed
    [not-passed] not passed
   *[new] new
} { $best }%
# The course map's title where the whole one does not fit.
home-course-map-short = Mastery
home-no-scenario = No scenario loaded: run `rehearse validate` to see why.
home-required = * Required to complete the course.
home-recommended = Recommended, not required.
home-extra = An extra, outside the course.
home-after = Best taken after: { $titles }.
home-lessons = Lessons:
# keys
home-debrief-hint = <d> shows the debrief of your latest attempt.
# When the course is offered in one language only.
language-only-one = This course is offered in one language only.
# After switching: $language is the language's own name (English, Français).
language-changed = Language: { $language }

## Choosing who practises.

learner-title = Who is practising?
learner-keys = ↑↓ choose · Enter select · Esc back
learner-new = + New learner…
learner-name = Name:
learner-confirm = (Enter to confirm)
learner-changed = Learner: { $name }
learner-name-empty = Type a name first (or Esc to go back).

## Resuming a run.

resume-title = Resume?
resume-keys = y resume · n start again · Esc back
resume-in-progress = You have a run in progress: { $n ->
    [one] { $n } choice
   *[other] { $n } choices
} made.
resume-changed = The scenario has changed since: your choices are replayed as far as they still fit.
# keys
resume-question = Resume where you left off?  <y>/<Enter> resume · <n> start again · <Esc> back
resume-kept = Your run in progress is kept.

## Keys (the ? window).

help-title = Keys
help-number = take that choice
help-move-keys = ↑ ↓ then Enter
help-move = move to a choice and take it
help-enter-keys = Enter
help-enter = go on (when there is nothing to choose)
help-more-time = more time on a timed decision
help-scroll-keys = PgUp PgDn
help-scroll = scroll back through the messages, or the debrief
help-ends-keys = Home End
help-ends = first or last item of a list; top or bottom of the messages
help-debrief = the debrief of your latest attempt (home)
help-replay = replay the scenario (on the debrief)
help-learner = choose or create a learner (home)
help-language = switch the language (home)
help-colours = colours: default, high contrast, monochrome
help-quit-keys = q / Esc
help-quit = leave; your progress is kept
help-help = show or hide these keys
help-timers = Timers: `--no-timers` turns them off, `--timer-scale 2` doubles them.
help-plain = Screen reader? `rehearse play ID --plain` is a line-by-line mode.
help-plain-here = Screen reader? Ask your instructor for the line-by-line mode: `rehearse play ID --plain` on a computer with rehearse installed.

## Playing.

# keys: at a decision, at a timed one, and where Enter goes on.
play-keys = 1-9 choose · ↑↓ + Enter · PgUp PgDn earlier messages · ? keys · q quit (progress is kept)
play-keys-timer = 1-9 choose · + more time · ↑↓ + Enter · PgUp PgDn earlier messages · ? keys · q quit (progress is kept)
play-keys-continue = Enter go on · PgUp PgDn earlier messages · ? keys · q quit (progress is kept)
# $n: the decision at hand; 0 before the first one.
play-header = · { $n ->
    [0] briefing
   *[other] decision { $n }
} · { $level }
play-what-do-you-do = What do you do?
play-the-end = The end
play-stuck = This scenario cannot go on
play-time-left = ⏱ { $seconds } s left
play-no-choice-open = No choice is open to you now: wait for the timer.
# keys
play-enter-to-go-on = <Enter> to go on
play-you = You
play-you-timed-out = (You let the time run out.)
play-more-time = More time: the timer was extended by half.
play-no-timer = This decision has no timer: take your time.
play-no-such-choice = There is no choice { $n }: the choices are 1 to { $count }.
play-nothing-to-choose = Nothing to choose here: Enter goes on.
# Markers under the messages, on the right.
play-more-below = ▼ more below · PgDn
play-earlier-above = ▲ earlier messages · PgUp
# Under a page or a window with more below.
more-below = ▼ more below
play-saved = Progress saved: run `{ $command }` to resume where you left off.
play-saved-here = Progress saved: open the scenario again, now or after connecting again, to resume where you left off.
play-not-saved = This run was not saved (this computer could not save progress: see the message when it started).
play-stopped = Stopped. Your progress is saved.

## The debrief (screen and text).

debrief-title = Debrief · { $title }
debrief-title-attempt = Debrief · { $title } · attempt { $n } of { $count }
debrief-keys-home = ↑↓ PgUp PgDn scroll · r replay · ? keys · Esc/q back home
debrief-keys = ↑↓ PgUp PgDn scroll · r replay · ? keys · Esc/q quit
# keys
debrief-enter = This is your debrief: <Esc> or <q> goes back, <r> plays again.
debrief-again = Your result is saved. To see this debrief again: { $command }
debrief-none-yet = You have not finished “{ $title }” yet: its debrief comes at its ending.
debrief-scenario-changed = The scenario has changed since this attempt: your choices are replayed on the current version.
# rehearse debrief SCENARIO: errors, and the heading of the text version.
debrief-no-completed = { $learner } has no completed attempt of { $scenario }.
debrief-no-such-attempt = There is no attempt { $n }: { $learner } has { $count ->
    [one] { $count } completed attempt
   *[other] { $count } completed attempts
} of { $scenario } (--attempt 1 to { $count }).
debrief-text-attempt = { $title }: attempt { $n } of { $count }, finished { $finished }.
debrief-ending = Ending: { $kind ->
    [success] Success
    [mixed] Mixed result
    [failure] Failure
   *[none] Not finished
}
debrief-score = Your score: { $percent }%
debrief-passed = PASSED
debrief-not-passed = NOT PASSED
debrief-pass-mark = (pass mark { $percent }%)
debrief-meters = Where things stand: { $meters }
debrief-lessons = Lessons
# A lesson's points, after its bar and percentage.
debrief-lesson-points = { $earned }/{ $best } { $best ->
    [one] point
   *[other] points
}
# A lesson whose points were only lost (no choice on the path could earn them).
debrief-lost = lost
debrief-not-assessed = not assessed
debrief-decisions = Your decisions
debrief-you-chose = You chose: { $choice }
debrief-timed-out = You let the time run out.
debrief-stronger = A stronger choice: { $choice }
debrief-stronger-lesson = A stronger choice: { $choice } — { $lesson }
debrief-questions = Questions to think about

## The debrief as text (play --plain): written to be heard.

debrief-text-title = == Debrief ==
debrief-text-ending = Ending: { $kind ->
    [success] success
    [mixed] mixed
   *[failure] failure
}.
debrief-text-score = Score: { $percent }%, { $passed ->
    [yes] passed
   *[no] not passed
} (pass mark { $pass_mark }%).
debrief-text-meters = Where things stand: { $meters }.
debrief-text-lessons = Lessons:
debrief-text-lesson = { $lesson }: { $result }.
debrief-text-lesson-result = { $earned } of { $best ->
    [one] { $best } point
   *[other] { $best } points
}, { $percent }%
debrief-text-lesson-lost = lost { $n ->
    [one] { $n } point (no choice there could earn it back)
   *[other] { $n } points (no choice there could earn them back)
}
debrief-text-decisions = Your decisions:
debrief-text-why = Why: { $feedback }
debrief-text-stronger = A stronger choice: { $choice }
debrief-text-stronger-lesson = A stronger choice: { $choice } (lesson: { $lesson })
debrief-text-why-stronger = Why it is stronger: { $feedback }
debrief-text-questions = Questions to think about:

## Facilitating (a class on a projector).

facilitate-keys = 1-9 add a vote · Backspace take the last back · Enter go with the most votes · s start the timer · q end
facilitate-report-written = After-action report written to { $path }
facilitate-report-not-written = The report could not be written: { $reason }
facilitate-no-such-choice = There is no choice { $n }.
facilitate-no-votes = No votes yet: press a choice's number once for each vote.
facilitate-tie = A tie between { $choices }: press the number of the one to go with.
facilitate-break-tie = Break the tie with one of: { $choices }
# Choice numbers: "1 and 2", "1, 2 and 3", "1 or 2". $joiner: and, or.
facilitate-list = { $rest } { $joiner ->
    [or] or
   *[and] and
} { $last }
facilitate-debrief-title = { $title } · debrief
facilitate-timer-running = ⏱ { $seconds } s
facilitate-timer = timer { $seconds } s (press s to start)
facilitate-discuss = DISCUSS

## Preview (an author plays a file while editing it).

preview-label = PREVIEW
preview-keys = 1-9 choose · Enter go on · t time runs out · Backspace step back · r restart · q quit
preview-validates = validates · { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
} · reloaded { $reloads }×
preview-errors = { $errors ->
    [one] { $errors } error: fix it and save
   *[other] { $errors } errors: fix them and save
}
preview-invalid = The file does not validate: the preview comes back when it does
preview-no-scenario = { $path }: no scenario in this file
preview-reloaded-partly = Reloaded: the first { $applied } of { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
} still apply; the rest were dropped.
preview-reloaded = Reloaded; { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
} replayed.
preview-restarted = Restarted from the beginning.
preview-step-back = One step back.
