# commands
# What the commands print for people: progress, list, export, class, sync, walk, analyze, new
# and validate's summary. JSON output, CSV columns and validate's diagnostics are not here.

## rehearse progress

progress-title = Progress of { $learner }
progress-lessons = Lessons (mastery from your best run of each scenario):
progress-not-assessed = not yet assessed
progress-course-completed = { $required ->
    [one] Course completed: its { $required } required scenario passed.
   *[other] Course completed: all { $required } required scenarios passed.
}
progress-course-not-completed = Course not completed yet: { $passed } of { $required ->
    [one] { $required } required scenario
   *[other] { $required } required scenarios
} passed.
progress-scenarios = Scenarios:
progress-required = required
# $status: passed, in-progress, not-passed, new.
progress-status = { $status ->
    [passed] passed
    [in-progress] in progress
    [not-passed] not passed yet
   *[new] new
}
# After a scenario's id and status: its best percentage, and how many runs.
# On standard error, before the (empty) standing of a learner with no saved attempt.
progress-none-saved = no saved progress for { $learner } in { $folder } (if the class's data is in another folder, point REHEARSE_HOME at it).
# $names: the close names, joined by ", ".
progress-did-you-mean = { $n ->
    [one] Did you mean { $names }?
   *[other] Did you mean one of these learners: { $names }?
} (`--learner NAME`)
progress-scenario = best { $best }  ({ $started } started, { $completed } completed)

## rehearse list

list-id = ID
list-level = LEVEL
list-minutes = MIN
list-title = TITLE
list-lessons = lessons: { $lessons }
list-no-scenario = no scenario loaded: run `rehearse validate` to see why

## rehearse export

export-empty = { $learner } has no saved attempts yet; the export is empty
export-other-version = attempt { $attempt } of `{ $scenario }` was played on a version of the scenario that is not loaded; it is left out
export-written = Wrote { $attempts ->
    [one] { $attempts } attempt
   *[other] { $attempts } attempts
} of { $learner } to { $path }

## rehearse class report

class-skipped = { $file }: skipped, { $reason }
class-no-export = no export could be read: give files written by `rehearse export` (or folders of them)
class-no-learners = no learner has a file in { $folder } yet: learners appear there once they play on this machine (or through `rehearse serve`); set REHEARSE_HOME if the class was served from another folder
class-files-skipped = { $n ->
    [one] { $n } file skipped
   *[other] { $n } files skipped
}

## rehearse sync

sync-sending = sending { $done }/{ $total }
sync-nothing = Nothing to send: the outbox is empty.
# A risk in the LRS settings.
sync-config-warning = warning: { $warning }
sync-dry-run-no-lrs = { $statements ->
    [one] { $statements } statement is queued
   *[other] { $statements } statements are queued
}, but no LRS is configured to send { $statements ->
    [one] it
   *[other] them
} to: set REHEARSE_LRS_URL, or write lrs.toml in the data folder. They would go in batches of { $batch }:
sync-dry-run = { $statements ->
    [one] { $statements } statement would be sent
   *[other] { $statements } statements would be sent
} to { $target }, in batches of { $batch }:
sync-failed = { $reason }. { $sent } of { $total ->
    [one] { $total } statement was delivered
   *[other] { $total } statements were delivered
}; the other { $left } stay queued for the next `rehearse sync`
sync-outbox-not-updated = sent, but the outbox could not be updated: { $reason }
sync-sent = Sent { $sent } of { $total ->
    [one] { $total } statement
   *[other] { $total } statements
} to { $target }.
sync-refused = the LRS refused statement { $id }: { $reason }
sync-refused-kept = { $n ->
    [one] { $n } refused statement is kept
   *[other] { $n } refused statements are kept
} in { $path } (not sent again)
sync-conflicts = the LRS holds a different statement under { $n ->
    [one] { $n } of these ids; it stays queued
   *[other] { $n } of these ids; they stay queued
}

## rehearse walk

walk-entry-invalid = entry { $position } of --choices cannot be played: { $reason }
walk-leftover = note: the run ended with { $n ->
    [one] { $n } choice
   *[other] { $n } choices
} of the list left unused
# $offered: how many choices the node offers; $timer: yes when `t` can let its timer run out.
walk-stopped = stopped before an ending: the choices ran out at node `{ $node }`, which offers { $offered ->
    [0] no choice, only its timer (`t`)
    [1] choice 1
   *[other] choices 1 to { $offered }
}{ $timer ->
    [yes] , or `t` to let the timer run out
   *[no] {""}
}
walk-title = { $title } (seed { $seed })
walk-timed-out = (time ran out)
walk-ending = ending: { $ending ->
    [success] success
    [mixed] mixed
   *[failure] failure
}
walk-score = score: { $percent }% ({ $passed ->
    [yes] passed
   *[no] not passed
}; pass mark { $pass_mark }%)
walk-no-ending = no ending yet
walk-score-so-far = score so far: { $percent }%

## rehearse analyze

analyze-incomplete = This scenario has more paths than the { $budget } steps the analysis may take: the figures below cover the runs played so far.
# $endings: the list of analyze-ending-count.
analyze-runs = { $runs ->
    [one] { $runs } run leads to an ending
   *[other] { $runs } different runs lead to an ending
} ({ $endings }).
analyze-ending-count = { $n } { $kind ->
    [success] success
    [mixed] mixed
    [failure] failure
   *[other] { $kind }
}
analyze-cut = { $n ->
    [one] { $n } more goes round a loop and was cut.
   *[other] { $n } more go round a loop and were cut.
}
# $kind: success, mixed, failure.
analyze-no-run-reaches = No run reaches a { $kind ->
    [success] success
    [mixed] mixed
   *[failure] failure
} ending.
analyze-best-run = Best run: { $run }
analyze-worst-run = Worst run: { $run }
# A run: its choices, its percentage, its ending, and how to replay it.
analyze-run = choices { $choices } → { $percent } ({ $ending }; { $replay })
analyze-no-choices = (none)
analyze-no-seed = no seed up to 500 takes the same branches
analyze-choice-numbers = (Choice numbers count the choices offered at each point, in file order.)
analyze-lessons = Lessons, lowest and highest percent over the runs that assess them:
analyze-all-reachable = Every choice is reachable by some run.
analyze-unreachable = Choices no run can reach (their conditions never hold where they are):
analyze-unreachable-choice = node `{ $node }`, choice { $choice }: { $text }
analyze-honesty = Can the score be trusted? Naive strategies (timers never run out; pass mark { $pass_mark }%):
# $strategy: longest, first, last.
analyze-strategy = { $strategy ->
    [longest] always taking the longest choice
    [first] always taking the first choice
   *[last] always taking the last choice
}
analyze-strategy-result = { $percent } ({ $ending }, seed 1); { $verdict }
analyze-fails-every-seed = fails with every seed 1 to 16
analyze-passes-every-seed = PASSES with every seed
analyze-passes-some-seeds = passes with { $n } of the seeds 1 to 16
analyze-endings-agree = Endings agree with the score: no success below the pass mark, no failure at or above it.
analyze-endings-disagree = Endings disagree with the score: { $success ->
    [one] { $success } run reaches
   *[other] { $success } runs reach
} a success ending without passing, { $failure ->
    [one] { $failure } run
   *[other] { $failure } runs
} at or above the pass mark end in failure (`rehearse validate` shows an example of each).
analyze-position-bias = Position bias: the best choice is number { $position } at { $count } of { $decisions } decisions. Learners soon learn to pick "number { $position }"; move the best choice around.
analyze-no-position-bias = No position bias: the best choice is most often number { $position } ({ $count } of { $decisions } decisions).

## rehearse new

new-bad-id = `{ $id }` is not a scenario id: use lowercase words and digits joined by `-`, e.g. `reporter-question`
new-written = Wrote { $path }.
new-course-written = Wrote { $path }: a course with the bundled lessons that the new scenario scores (the other bundled lessons are there too, commented out, ready to use).
new-uses-course = The scenario uses the course in { $course }.
new-schema-written = Wrote { $path }, for editors that read `#:schema` lines (Taplo, Even Better TOML).
new-schema-kept = Kept { $path } as it is, though it differs from what `{ $command }` prints (`{ $command } > { $target }` brings it up to date).
new-no-bundled-course = the bundled course did not load, so no course.toml could be written
new-next = Next: `rehearse validate { $check }`, then `rehearse preview { $path }` while you edit it.
new-exists = { $path } already exists: choose another id, or move it away first

## rehearse validate (the summary line; the diagnostics stay in English for now)

# $tests: validate-tests.
validate-errors = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
} and { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}; { $loaded ->
    [one] { $loaded } scenario
   *[other] { $loaded } scenarios
} loaded; { $tests }
validate-warnings = { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}; { $loaded ->
    [one] { $loaded } scenario
   *[other] { $loaded } scenarios
} ready to play; { $tests }
validate-ok = ok: { $loaded ->
    [one] { $loaded } scenario
   *[other] { $loaded } scenarios
} ready to play; { $tests }
# How the author's tests ([[tests]]) went: $total run, $passed passed, $failed failed.
validate-tests = { $total ->
    [0] no author's tests (add [[tests]] to keep a scenario honest while you edit it)
   *[other] { $failed ->
        [0] { $total ->
            [one] { $total } author's test passes
           *[other] { $total } author's tests pass
        }
       *[other] { $passed } of { $total } author's tests pass, { $failed } { $failed ->
            [one] fails
           *[other] fail
        }
    }
}

## rehearse preview (more in screens.ftl): the list of failing tests and warnings beside the scene

# After "Reloaded; 3 steps replayed.": $steps lists step numbers ("2" or "2, 4").
preview-matched-by-text = { $n ->
    [one] Step { $steps } was matched by its choice's text (the choice moved).
   *[other] Steps { $steps } were matched by their choices' text (the choices moved).
}
# The status line when the file loads but some of its [[tests]] fail.
preview-tests-fail = playable, but { $n ->
    [one] { $n } author's test fails
   *[other] { $n } author's tests fail
} · { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
} · reloaded { $reloads }×
preview-failing-tests = Failing tests ({ $n })
preview-warnings = Warnings ({ $n })
preview-panel-more = ↓ { $n } more (PgDn)
preview-panel-top = ↑ the rest is above (PgUp)
preview-keys-panel = 1-9 choose · Enter go on · t time runs out · Backspace step back · r restart · PgUp/PgDn scroll the list · q quit

## The Learning Record Store (sync and its settings)

lrs-not-configured = no Learning Record Store is configured: set REHEARSE_LRS_URL (and REHEARSE_LRS_USER, REHEARSE_LRS_PASSWORD), or write lrs.toml in the data folder
lrs-plain-http = the LRS address { $url } is plain http: the password crosses the network readable by anyone on the way; use https
lrs-password-in-address = the LRS address has a user name or password written into it: set REHEARSE_LRS_USER and REHEARSE_LRS_PASSWORD instead (addresses end up in logs and on screens)
lrs-password-file-readable = { $path } holds a password and can be read by other users of this machine: `chmod 600` it
lrs-unreachable = the LRS could not be reached: { $reason }
lrs-another-address = another address
lrs-redirect = the LRS address answered { $status } with a redirect to { $to }: statements are not sent on through a redirect, because the credentials would go with them to another address; set REHEARSE_LRS_URL to the address the LRS really answers at
lrs-credentials-refused = the LRS refused the credentials (check REHEARSE_LRS_USER and REHEARSE_LRS_PASSWORD)
lrs-not-json = the LRS answered with something that is not JSON: { $reason }
lrs-answered = the LRS answered { $code }: { $body }
lrs-not-an-lrs = the address answered 200 but not with the ids of the statements, as an LRS does (is REHEARSE_LRS_URL the xAPI endpoint, and not a login page or a network's sign-in page?): { $body }

## rehearse translate

translate-not-offered = the course is not offered in "{ $lang }": its languages are { $languages }; add the language to `languages` in course.toml first
translate-own-language = { $lang } is the scenario's own language: nothing to translate
translate-compiled-in = `{ $id }` is compiled into the program: translate it from a copy of the scenario file (give its path)
translate-id-not-a-file-name = the scenario id `{ $id }` cannot name a file beside the scenario (it holds `/`, `\`, `:` or starts with `.`): give the scenario a kebab-case id such as `budget-call`; nothing was written
translate-existing-broken = { $path }: { $reason }; fix it (or move it away) first: nothing was written
translate-confirm-no-node = --confirm: the scenario has no node `{ $node }`.{ $hint }
translate-wrote = Wrote { $path }: { $done ->
    [one] { $done } entry translated
   *[other] { $done } entries translated
}, { $todo } to translate, { $stale } to check (the source changed){ $kept ->
    [0] {""}
    [one] , { $kept } kept as a comment (no longer in the source)
   *[other] , { $kept } kept as comments (no longer in the source)
}.
# The comment at the top of a translation file (each line becomes a "# " comment line).
translate-file-header = Translation of "{ $title }" ({ $file }) into { $lang }: write each text below its source (the comment
    above it). An empty text is shown in the source language. `source` is the fingerprint of the
    source texts an entry translates; when the source changes, check the translation, then run
    `rehearse translate { $id } --lang { $lang } --confirm NODE-ID` (or --confirm-all).
    Ids, scores, conditions and endings come from the source file: only texts live here.
translate-file-gone = Translations of nodes the source no longer has (kept so that no work is lost):
translate-file-stale = The source of this node changed after it was translated: check it, then confirm.

## The scenario file `rehearse import twee` writes (each message becomes "# " comment lines; keep "TODO" so that authors can search for it)

twee-file-header = Imported from a Twine story{ $format ->
    [none] {""}
   *[other] {" "}({ $format })
} by `rehearse import twee`. What Twine cannot express is marked
    TODO: the lessons each choice serves (`score`), why each choice was good or bad (`feedback`),
    the kind of each ending, and the level and summary. Story-format code is kept as comments:
    rehearse does not run it; rebuild what it did with [vars], `set` and `if`.
twee-summary-todo = TODO: one paragraph shown before the learner starts: the situation and their role.
twee-level-todo = TODO: "101" (every employee) or "advanced" (official account holders)
twee-passage = Twine passage: { $name }
twee-passage-tagged = Twine passage: { $name } (tags: { $tags })
twee-code-todo = TODO: story-format code, not converted: { $code }
twee-no-text = TODO: this passage had no text of its own.
twee-ending-todo = TODO: "success", "mixed" or "failure"
twee-link-text = The link's text was: { $text }
twee-discuss-todo = TODO: a `discuss` prompt for classroom use
twee-score-todo = TODO: score = { "{" } lesson-id = 2 { "}" }, and feedback = "why this was good or bad"
twee-missing-passage = TODO: the story links to a passage "{ $name }" that it does not have
twee-write-passage = TODO: write this passage.
