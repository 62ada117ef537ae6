# reports
# Reports an instructor reads: the after-action report of a facilitated session (Markdown), the
# class report (table and Markdown), and why an export file cannot be read. CSV and JSON stay as
# they are (column names and keys are for programs).

# The mark between the units and the tenths of a number: 62.5.
decimal-mark = .

## After-action report (Markdown: keep the ** and | where they are).

after-action-title = After-action report: { $title }
# $date: 2026-11-23; $hh: 09 (two digits), $hour: 9 (a number); $minute: 05. The time is UTC.
after-action-date-time = Date: { $date }, { $hh }:{ $minute } UTC
after-action-date = Date: { $date }
after-action-scenario = Scenario: `{ $id }` (level { $level }, version { $version })
after-action-seed = Seed: { $seed }
# $ending: success, mixed, failure; $passed: yes, no.
after-action-result = Result: **{ $ending ->
    [success] success
    [mixed] mixed
   *[failure] failure
}** ending, **{ $percent }%**, { $passed ->
    [yes] passed
   *[no] not passed
} (pass mark { $pass_mark }%)
after-action-stopped = Result: the session stopped before an ending, at { $percent }% so far
after-action-stopped-unscored = Result: the session stopped before an ending, with no points at stake yet
# Under the title, when the class stopped before the scenario's ending.
after-action-stopped-early = **Stopped early:** the session ended before the scenario did. This report holds what happened until then.
# The heading of the decision the session stopped at ($heading: "Post from @someone").
after-action-open-heading = { $heading } (not decided)
after-action-not-decided = **Not decided:** the session stopped while the class was voting.
after-action-decisions = Decisions
after-action-discussion = **Discussion prompt:** { $prompt }
after-action-votes-header = | # | Choice | Votes |
after-action-choice-taken = { $choice } **(taken)**
after-action-taken = **Taken:** "{ $choice }"
after-action-taken-timeout = **Taken:** nothing: the time ran out
after-action-feedback = **Feedback:** { $feedback }
after-action-stronger = **A stronger choice:** { $choice }
after-action-stronger-lesson = **A stronger choice:** { $choice } ({ $lesson })
after-action-why-stronger = **Why it is stronger:** { $feedback }
after-action-debrief = Debrief
after-action-lessons-header = | Lesson | Points | Percent |
after-action-overall = **Overall: { $percent }%**, { $passed ->
    [yes] passed
   *[no] not passed
}.
after-action-overall-so-far = **So far: { $percent }%**, before an ending.
after-action-overall-unscored = **So far:** no points at stake yet.

## Class report.

report-title = Class report
report-summary = { $counted ->
    [one] { $counted } result
   *[other] { $counted } results
} counted from { $learners ->
    [one] { $learners } learner
   *[other] { $learners } learners
}; { $flagged } flagged.
report-lessons-intro = Lessons (class mean of each learner's best result; lowest–highest; spread):
# One lesson's figures, after its title: mean, lowest–highest, standard deviation, how many results.
report-lesson-figures = { $mean }%   { $min }–{ $max }  sd { $sd }  ({ $results ->
    [one] { $results } result
   *[other] { $results } results
})
report-course = Course ({ $required ->
    [one] { $required } required scenario
   *[other] { $required } required scenarios
}): completed by { $completed } of { $learners ->
    [one] { $learners } learner
   *[other] { $learners } learners
}.
report-course-md = { $required ->
    [one] { $required } required scenario
   *[other] { $required } required scenarios
}; completed by { $completed } of { $learners ->
    [one] { $learners } learner
   *[other] { $learners } learners
}.
report-not-completed = Not completed: { $learners }.
report-who-passed = Who has passed:
report-scenario-passed = { $scenario }: { $passed } passed, { $not_yet } not yet
report-scenario-passed-names = { $scenario }: { $passed } passed, { $not_yet } not yet ({ $names })
report-how-chose = How the class chose in { $scenario }:
report-flagged = Flagged, not counted:
report-flag = { $file } ({ $learner }, { $scenario }): { $reason }
# A flag about a whole file (not one attempt).
report-flag-file = { $file } ({ $learner }): { $reason }
report-timed-out = (time ran out)
report-percent = { $value }%
report-lessons = Lessons
report-lessons-header = | Lesson | Class mean | Lowest | Highest | Spread (sd) | Results |
report-the-course = The course
report-who-passed-title = Who has passed
report-passed-header = | Scenario | Passed | Not yet |
report-how-chose-title = How the class chose: { $scenario }
report-choices-header = | Choice | Count |
report-flagged-title = Flagged, not counted
report-flagged-header = | File | Learner | Scenario | Reason |

## Why an attempt is not counted.

report-flag-not-loaded = no scenario `{ $scenario }` is loaded (add its pack with --pack)
report-flag-other-version = played on another version of the scenario (its content hash differs from the file loaded now)
report-flag-choices = its choices cannot be read: { $reason }
report-flag-no-ending = its recorded choices do not lead to an ending of this scenario
# $recorded, $replayed: success, mixed, failure, none (or what the file says); the _name ones
# are those in words.
report-flag-ending = recorded { $recorded ->
    [none] no ending
   *[other] a { $recorded_name } ending
} but its choices { $replayed ->
    [none] reach no ending
   *[other] lead to a { $replayed_name } ending
}
report-flag-percent = recorded { $recorded } but its choices give { $replayed }
report-flag-no-percent = recorded no percent but its choices give { $replayed }
report-flag-passed = recorded { $recorded ->
    [yes] a pass
   *[no] no pass
} but its choices give { $replayed ->
    [yes] a pass
   *[no] no pass
}
report-flag-lesson = lesson `{ $lesson }`: recorded { $recorded ->
    [nothing] nothing
   *[other] { $recorded }
} but its choices give { $replayed ->
    [nothing] nothing
   *[other] { $replayed }
}

## Why an attempt or a file is not counted although it could be replayed.

report-flag-again = the same attempt appears more than once in this file: it counts once
report-flag-again-changed = an attempt appears more than once in this file with different contents: only the first is counted
# $learner: whose attempt it was first; attempt ids are drawn at random, so a shared id is a copy.
report-flag-copy = the same attempt as { $learner }'s, in { $file } (each attempt belongs to one learner): not counted
report-flag-learner-elsewhere = { $learner } also handed in { $file }: one file per learner is counted (keep their latest export only)

## Why a file is not an export this program can read.

export-error-not-text = not text (is it a rehearse export?)
export-error-empty = the file is empty
export-error-json = not valid JSON: { $reason }
export-error-not-an-export = JSON, but not a rehearse export (no "format": "rehearse-export")
export-error-version = an export of a version this rehearse does not read (it reads version { $version })
export-error-damaged = a damaged rehearse export: { $reason }
export-error-csv = not a CSV export: { $reason }
export-error-columns = not a rehearse export (the columns are not those `rehearse export --format csv` writes)
export-error-row = row { $row }: { $reason }
export-error-value = { $column } is not valid
export-error-fields = { $found } fields where the header has { $expected }
export-error-learners = it holds the rows of more than one learner ({ $learners }): exports put together in one file are not counted (each learner hands in their own)
export-error-header-again = a second header row, at row { $row }: exports put together in one file are not counted (each learner hands in their own)

## Facilitated sessions: where the after-action report went.

facilitate-report-written-early = After-action report (stopped early) written to { $path }
facilitate-no-report = No after-action report: the class had not voted yet.
facilitate-report-failed = the after-action report could not be written to { $path }: { $reason }

## JSON Schemas (`rehearse schema`, and the files `rehearse new` writes): what an editor shows on hover.
schema-points = Whole numbers by key: lesson ids (score) or variable names (set).
schema-next = A node id, or a list of branches.
schema-branch-to = The node this branch leads to.
schema-branch-if = e.g. "trust < 30 and risk >= 2"
schema-channel = post, reply, dm, email, phone, meeting, news, note, ...
schema-scenario-title = rehearse scenario, format 1
schema-scenario-id = kebab-case, unique in the pack
schema-var-start = the starting value
schema-var-meter = a meter: its start, what learners see, whether they see it, its bounds
schema-var-shown = false: a flag learners never see
schema-test-choices = as `rehearse walk --choices`: e.g. "2,1,t"
schema-course-title = rehearse course, format 1
schema-course-languages = the pack's languages as BCP 47 tags, the source language first
schema-course-scenarios = the course's scenarios, in the order learners should take them
schema-course-scenario-id = a scenario id of the pack
schema-course-required = counts towards completing the course (default true)
schema-course-after = recommended first (never a lock)
schema-translation-language = the BCP 47 tag of the file name, one of the course's languages
schema-translation-translates = the scenario (or course) id
schema-translation-nodes = one table per node of the source, by its id
schema-translation-source = fingerprint of the source texts this entry translates
schema-translation-choices = as many as the source node has, in the same order
schema-translation-title = rehearse translation file, format 1 (a scenario's or the course's texts in another language)
