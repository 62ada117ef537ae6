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
class-files-skipped = { $n ->
    [one] { $n } file skipped
   *[other] { $n } files skipped
}

## rehearse sync

sync-sending = sending { $done }/{ $total }
sync-nothing = Nothing to send: the outbox is empty.
sync-no-lrs = (no LRS configured: set REHEARSE_LRS_URL)
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
    Next: `rehearse validate { $path }`, then `rehearse preview { $path }` while you edit it.
new-exists = { $path } already exists: choose another id, or move it away first

## rehearse validate (the summary line; the diagnostics stay in English for now)

validate-errors = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
} and { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}; { $loaded ->
    [one] { $loaded } scenario
   *[other] { $loaded } scenarios
} loaded
validate-warnings = { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}; { $loaded ->
    [one] { $loaded } scenario
   *[other] { $loaded } scenarios
} ready to play
validate-ok = ok: { $loaded ->
    [one] { $loaded } scenario
   *[other] { $loaded } scenarios
} ready to play
