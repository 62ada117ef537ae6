# Diagnostics of `validate` and the engine.
# What `rehearse validate` says about scenario, course and translation files, and the errors of
# the loader and the engine. A facilitator who wrote the file reads them: each says what is wrong
# and how to fix it. TOML keys, code and ids stay as they are, in backquotes. Messages start
# lowercase: they follow `PATH:LINE:COLUMN: error: `.

# A diagnostic after its place: $severity is error or warning.
diag-located = { $severity ->
    [error] error
   *[warning] warning
}: { $message }

## Places in a file, as messages name them. $case is "of" where a language needs the form that
## follows "of" (French: du nœud, de la table); English has one form for both.

diag-place-scenario-file = the scenario file
diag-place-course-file = the course file
diag-place-translation-file = the translation file
diag-place-course-translation = the course translation
# $table: a table as written in the file: [scenario], [vars.trust], [nodes.intro].
diag-place-table = { $table }
# A key named alone: `nodes`.
diag-place-key = `{ $key }`
diag-place-node = node `{ $id }`
# A node whose id is not known, counted from 1.
diag-place-node-number = node { $n }
diag-place-this-node = this node
diag-place-this-branch = this branch
diag-place-test = test { $n }
diag-place-a-test = a test
diag-place-lesson = lesson { $n }
diag-place-course-scenario = scenario { $n } of the course
diag-place-variable = variable `{ $name }`
diag-place-variable-or-table = variable `{ $name }` (or a table such as `{"{"} start = 50, label = "Public trust" {"}"}`)
# $inside and $of: another place, in its "of" form.
diag-place-key-in = `{ $key }` in { $inside }
diag-place-key-of = `{ $key }` of { $of }
diag-place-choice = choice { $n } of { $of }
diag-place-branch = branch { $n } of { $of }
diag-place-each-variant = each variant of { $of }
diag-place-each-entry = each entry of { $of }
diag-place-or-strings = { $place } (or a list of strings)
diag-place-or-branches = { $place } (a node id, or a list of branches)

## Reading values: wrong types, unknown and missing keys, limits.

# The type of a TOML value.
diag-kind = { $kind ->
    [string] a string
    [integer] a whole number
    [float] a decimal number
    [boolean] true/false
    [datetime] a date
    [array] a list
   *[table] a table
}
diag-not-table = { $what } must be a table, not { $kind }
diag-not-table-hint = { $what } must be a table, not { $kind } ({ $hint })
diag-not-list = { $what } must be a list, not { $kind }
diag-not-list-hint = { $what } must be a list, not { $kind } ({ $hint })
diag-not-string = { $what } must be a string in quotes, not { $kind }
diag-not-whole-number = { $what } must be a whole number, not { $kind }
diag-not-whole-number-quoted = { $what } must be a whole number, not { $kind } (write it without quotes)
diag-not-bool = { $what } must be true or false, not { $kind }
diag-out-of-range = { $what } must be between { $min } and { $max }
diag-text-too-long = { $what } is { $chars } characters long; the limit for one text is { $limit } characters: split it or shorten it
diag-unknown-key = unknown key `{ $key }` in { $inside }: did you mean `{ $suggestion }`?
diag-unknown-key-allowed = unknown key `{ $key }` in { $inside }: the keys allowed here are: { $allowed }.
diag-missing-key = { $what } is missing the required key `{ $key }`: add e.g. `{ $example }`
# Added after a sentence that names something unknown.
diag-did-you-mean = Did you mean `{ $name }`?

# How to write a value, in brackets after "must be a table, not ...".
diag-hint-example = write e.g. `{ $code }`
diag-hint-write = write `{ $code }`
diag-hint-table-then-key = write e.g. `{ $table }` then `{ $key }`
diag-hint-each-node-table = write each node as a `[[nodes]]` table
diag-hint-each-choice-table = write each choice as a `[[nodes.choices]]` table
diag-hint-each-test-table = write each test as a `[[tests]]` table
diag-hint-each-lesson-table = write each lesson as a `[[lessons]]` table
diag-hint-each-scenario-table = write each as a `[[scenarios]]` table with an `id`
diag-hint-each-node-as = write each node as `{ $code }`
diag-hint-each-as = write each as `{ $code }`

# Examples of a missing key, after "add e.g.": TOML, whose texts may be translated.
diag-example-scenario-title = title = "A troll in the comments"
diag-example-scenario-summary = summary = "What the learner is about to face."
diag-example-node-text = text = "What the learner sees."
diag-example-choice-text = text = "Reply with the facts."
diag-example-test-name = name = "the best run passes"
diag-example-course-title = title = "Social media at work"
diag-example-lesson-title = title = "Think before you post"

## The file as a whole, and TOML syntax.

# $whole and $tenth: a size in megabytes, e.g. 16 and 8 for 16.8 MB.
diag-file-too-large = the file is { $whole }.{ $tenth } MB; the limit is { $limit } MB: a scenario this large is almost certainly not a scenario (split it if it is)
diag-not-utf8 = the file is not valid UTF-8 text here: save it as UTF-8 (is it a binary file, or in another encoding?)
diag-file-empty = the file is empty: a { $kind ->
    [course] course
    [translation] translation
   *[scenario] scenario
} file starts with `format = 1`
diag-more-syntax-errors = { $count } more syntax errors not shown: is this a TOML file?
diag-multiline-inline-table = this inline table `{ $table }` spans several lines: rehearse reads it, but TOML 1.0 tools (Taplo, and editors built on it) reject the whole file. Keep it on one line, or write it as a `[table]`
diag-toml-too-deep = TOML syntax error: values are nested too deeply (more than 80 levels of lists or tables)
diag-toml-unclosed-string = TOML syntax error: this multi-line string is never closed: end the text with `{ $quotes }` (the file ends while still inside it)
diag-toml-curly-quotes = TOML syntax error: “curly quotes” (from a word processor) do not start a string in TOML: use straight quotes, "like this"
diag-toml-duplicate-key = TOML syntax error: duplicate key `{ $key }`: line { $line } already sets it in this table; keep one of them
diag-toml-duplicate-table = TOML syntax error: the table `{ $table }` is already opened at line { $line }: put these keys under that header and remove this one
diag-toml-stray-bom = TOML syntax error: an invisible byte-order mark (U+FEFF, often pasted from another file) is here: delete it (in most editors: delete the character before the next visible one)
# $shown: the character as it is shown here (e.g. ␛); $code: its escape, e.g. \u001B.
diag-toml-control-character = TOML syntax error: a control character ({ $shown }) is written as it is inside a string, which TOML does not allow: remove it, or write it as `{ $code }` if the text really needs it
# $message: what the TOML reader says (in English).
diag-toml-syntax = TOML syntax error: { $message }
diag-no-format = the file has no `format` key: add `format = 1` as its first line
diag-unsupported-format = unsupported format { $format }: this version of rehearse reads `format = 1`
diag-format-not-one = `format` must be the whole number 1: write `format = 1`

## Scenario files.

diag-no-scenario-table = the file has no [scenario] table: add one with id, title, summary, level, minutes and start
diag-bad-level = `level` must be "101" (every employee) or "advanced" (official account holders), not "{ $level }"
diag-scenario-id-not-kebab = scenario id `{ $id }` is not kebab-case (lowercase words joined by `-`, e.g. `troll-handling`)
diag-node-id-control = node id `{ $id }` holds a control or invisible character (shown as ␛ or �): links cannot spell it; remove it from the id
diag-too-many-vars = [vars] declares { $count } variables; the limit is { $limit }
diag-bad-var-name = `{ $name }` cannot be used in conditions: a variable name is letters, digits, `_` or `-`, starting with a letter
diag-var-min-above-max = variable `{ $name }` has `min` { $min } above `max` { $max }: swap them
# $side: min or max.
diag-var-start-outside = variable `{ $name }` starts at { $start }, { $side ->
    [min] below its `min`
   *[max] above its `max`
} { $bound }: a meter must start within its bounds
diag-no-nodes = the file has no nodes: add at least one `[[nodes]]` table
diag-too-many-nodes = the scenario has { $count } nodes; the limit is { $limit }: split it into several scenarios
diag-too-many-tests = the file has { $count } tests; the limit is { $limit }
diag-too-many-choices = { $what } has { $count } choices; the limit is { $limit }
diag-too-many-variants = { $what } has { $count } variants; the limit is { $limit }
diag-too-many-branches = { $what } has { $count } branches; the limit is { $limit }
diag-empty-text-list = { $what } is an empty list: give at least one text
diag-bad-ending = `ending` must be "success", "mixed" or "failure", not "{ $ending }"
diag-condition-too-long = this condition is longer than { $limit } bytes
diag-empty-node-id = a node id cannot be empty
diag-duplicate-node = duplicate node id `{ $id }`: line { $line } already has a node with this id; rename one of them
# $hint: " Did you mean ...?" or nothing.
diag-unknown-node = { $what } names `{ $name }`, but there is no node with that id.{ $hint } Check the spelling, or add a `[[nodes]]` with `id = "{ $name }"`
diag-node-no-body = { $what } has no choices, no `ending` and no `next`: give it `[[nodes.choices]]`, `ending = "success"` (or mixed/failure), or `next = "node-id"`
# $kinds: what the node has, joined by -.
diag-node-two-bodies = { $what } has { $kinds ->
    [choices-ending] choices and ending
    [choices-next] choices and next
    [ending-next] ending and next
   *[choices-ending-next] choices and ending and next
}: a node has exactly one of choices, `ending` or `next`
diag-unknown-channel = { $what } has `channel = "{ $channel }"`, which is not a channel rehearse knows: it is shown as plain text.{ $hint } Known channels: post, reply, dm, email, phone, meeting, news, note (and their synonyms)
diag-timer-no-timeout = { $what } has a `timer` but no `on_timeout`: add e.g. `{ $example }` to say what happens when time runs out
diag-timeout-no-timer = { $what } has `on_timeout` but no `timer`, so time never runs out: add `timer = 45` or remove `on_timeout`
diag-timer-no-choices = { $what } has a timer but no choices: a timer only counts down while a learner decides
diag-timeout-score-no-feedback = { $what } has a score but no `feedback`: add `feedback = "..."` saying why waiting helped or hurt
diag-empty-choices = { $what } has an empty list of choices: add at least one `[[nodes.choices]]`
diag-choice-no-feedback = { $what } is scored but has no `feedback`: add `feedback = "..."` saying why it was good or bad and what would be better
diag-empty-branches = { $what } is an empty list of branches: give at least one `{ $example }`
diag-every-branch-has-if = every branch of { $of } has an `if`, so when none holds the run has nowhere to go: add a last branch without `if`
diag-branch-never-taken = the branch to `{ $target }` in { $inside } is never taken: it has no `weight`, and the weighted branch to `{ $other }` always holds, so the pick is always among weighted branches. Give it a weight, or move the weighted branches into a node of their own
# $list: " Its lessons: ..." or nothing.
diag-unknown-lesson = unknown lesson `{ $lesson }`: score keys must be lesson ids of the course `{ $course }`.{ $hint }{ $list }
diag-course-lessons = Its lessons: { $lessons }.
diag-unknown-variable = unknown variable `{ $name }`: declare it in [vars] first (e.g. `{ $name } = 0`).{ $hint }
# $reason: one of the diag-cond- messages.
diag-condition-syntax = this condition does not parse: { $reason }.{ $hint }
diag-test-min-above-max = test `{ $name }` asks for min_percent { $min } above max_percent { $max }: no run can pass it
diag-no-ending-from-start = no ending can be reached from the start node `{ $start }`: add a node with `ending = "success"` (or mixed/failure) and lead a choice or `next` to it
diag-unreachable = node `{ $id }` can never be reached from the start node `{ $start }`: lead a choice or `next` to it, or remove it
diag-no-ending-from-node = no ending can be reached from node `{ $id }`: a learner who gets here can never finish; lead it towards an ending

## Conditions (`if`): why one does not parse.

diag-cond-number-too-large = the number `{ $number }` is too large
diag-cond-single-equals = `=` is not a comparison: write `==` to test equality
diag-cond-unexpected = unexpected `{ $char }`: a condition looks like `trust >= 40 and risk < 3`
# $word: and or or (the condition's own words); $written: && or ||.
diag-cond-write-instead = write `{ $word }` instead of `{ $written }`
diag-cond-too-deep = parentheses are nested too deeply
diag-cond-not-closed = a `(` is not closed: add `)`
diag-cond-expected-comparison = expected a comparison (<, <=, >, >=, ==, !=) after `{ $name }`
diag-cond-compare-with-number = compare `{ $name }` with a whole number, not with `{ $other }`
diag-cond-expected-number = expected a whole number after `{ $name } { $op }`
diag-cond-unknown-variable = unknown variable `{ $name }`: declare it in [vars] (e.g. `{ $name } = 0`)
diag-cond-variable-first = put the variable first, e.g. `trust >= 40`
diag-cond-ends-early = the condition ends too early: expected `VARIABLE OP NUMBER`
diag-cond-expected-variable = expected a variable name, e.g. `trust >= 40`
diag-cond-empty = the condition is empty: write e.g. `trust >= 40`, or remove `if`
diag-cond-trailing = unexpected text after the condition: join conditions with `and` or `or`

## Course files.

diag-no-course-table = the file has no [course] table: add one with `id` and `title`
diag-no-lessons = the course has no lessons: add `[[lessons]]` tables with `id`, `title` and `summary`
diag-too-many-lessons = the course has { $count } lessons; the limit is { $limit }
# $line: the number of the other lesson, counted from 1.
diag-duplicate-lesson = duplicate lesson id `{ $id }` (lesson { $line } has it too): lesson ids must be unique
diag-lesson-not-kebab = lesson id `{ $id }` is not kebab-case (lowercase words joined by `-`)
diag-bad-language-tag = "{ $tag }" is not a language tag: write it as BCP 47, e.g. "en-CA" or "fr-CA"
diag-language-twice = "{ $tag }" is listed twice in `languages`
diag-no-languages = `languages` is empty: list at least the source language, e.g. `languages = ["en-CA"]`
diag-course-scenario-twice = scenario `{ $id }` is listed twice in the course (also as scenario { $n }): list it once
diag-after-unknown = `after` of `{ $id }` names `{ $after }`, which the course does not list.{ $hint } Add a `[[scenarios]]` for it, or remove it from `after`
diag-after-cycle = the course's `after` lists go round in a circle ({ $cycle }): no scenario could be taken first; remove one of them
diag-course-scenario-missing = the course lists scenario `{ $id }`, but no scenario file of the pack has this id.{ $hint } Check the id in the scenario's [scenario] table, or remove it from the course
diag-lesson-unassessed = no scenario assesses lesson `{ $lesson }`: score it in at least one choice, or remove it from the course

## Translation files.

diag-tr-language-mismatch = `language` is "{ $language }" but the file name says "{ $tag }": rename the file, or change `language`
diag-tr-language-not-offered = "{ $language }" is not one of the course's languages ({ $languages }): add it to `languages` in course.toml
diag-tr-no-tests = a translation file cannot hold `[[tests]]`: author's tests live in the source file only
diag-tr-translates-other = `translates` names "{ $named }", but the scenario beside it is "{ $id }"
diag-tr-course-translates-other = `translates` names "{ $named }", but the course is "{ $id }"
diag-tr-no-such-variable = the source has no variable `{ $name }` to translate.{ $hint }
diag-tr-no-such-node = the source has no node `{ $id }` to translate.{ $hint } Remove this entry, or check the id
diag-tr-no-such-lesson = the course has no lesson `{ $id }` to translate.{ $hint }
diag-tr-stale = the source of node `{ $id }` changed after it was translated (fingerprint { $old } is now { $new }): check the translation, then confirm it with `rehearse translate { $scenario } --lang { $lang } --confirm { $id }`
diag-tr-untranslated-texts = node `{ $id }` has texts with no translation yet: they are shown in the source language
# $nodes: the first node ids, or diag-tr-nodes-and-more.
diag-tr-missing-nodes = { $count } of the source's nodes have no translation ({ $nodes }): they are shown in the source language. `rehearse translate { $scenario } --lang { $lang }` adds them
diag-tr-nodes-and-more = { $nodes } and { $more } more
diag-tr-no-title = the scenario's title has no translation: add `[scenario]` with `title` and `summary`
diag-tr-not-in-source = node `{ $id }` of the source has no `{ $key }`: remove it here
diag-tr-no-timeout-feedback = node `{ $id }` of the source has no `on_timeout` feedback: remove it here
# $choices: choices-count.
diag-tr-choice-count = node `{ $id }` has { $choices } in the source but { $count } here: translate each choice once, in the same order
diag-tr-no-feedback = choice { $n } of node `{ $id }` has no feedback in the source: remove it here
diag-tr-variant-count = node `{ $id }` has { $source } text variant(s) in the source but { $count } here: translate each once, in the same order
diag-tr-variants-list = node `{ $id }` has { $n } text variants in the source: write a list of { $n } texts here
diag-tr-lessons-missing = lessons with no translation (shown in the source language): { $lessons }
diag-tr-missing-file = the course is offered in { $tag }, but this scenario has no translation file `{ $id }.{ $tag }.toml`: learners in { $tag } see it in the source language. `rehearse translate { $id } --lang { $tag }` starts one

## Packs and files.

diag-pack-not-a-folder = `--pack` needs a folder holding course.toml and scenario files
diag-no-course-found = no course.toml found for this scenario (none in its folder or above, and the bundled course did not load)
diag-course-not-fixed = this scenario cannot be checked until its course.toml is fixed
diag-lessons-of-no-course = this file scores lessons that the bundled course does not have ({ $lessons }): no course.toml was found in its folder or above, so it was checked against the bundled course. Put your pack's course.toml beside it (or in a folder above), or use the bundled course's lesson ids
# $first: the file that has the id first.
diag-duplicate-scenario = duplicate scenario id `{ $id }`: { $first } already uses it; scenario ids must be unique in a pack
diag-translation-without-source = a translation file is read with its source, but there is no `{ $id }.toml` beside it
diag-translation-orphan = this translation file is named for a scenario `{ $id }`, but there is no `{ $id }.toml` beside it: name it after its scenario's file (`ID.TAG.toml`)
diag-course-translation-alone = a course translation needs the course.toml of its folder
diag-course-translation-missing = the course is offered in { $tag }, but there is no `course.{ $tag }.toml` beside it: the course's title and lessons are shown in the source language
# $hint: " Did you mean ...?" or nothing.
diag-find-not-loaded = no scenario `{ $name }` is loaded.{ $hint } Run `rehearse list` to see the scenarios, or give the path of a .toml file
diag-find-not-a-scenario = { $name }: this file did not load as a scenario
diag-read-io = cannot read the file: { $reason }
diag-read-folder = this is a folder, not a file
diag-read-not-regular = this is not a regular file (a pipe, device or socket): skipped
diag-read-too-large = the file is { $whole }.{ $tenth } MB; the limit is { $limit } MB
diag-io-not-found = no such file or folder
diag-io-permission-denied = permission denied
diag-io-disk-full = the disk is full: free some space, then try again
diag-io-read-only = the file system is read-only
diag-io-is-a-folder = it is a folder, not a file
diag-io-not-a-folder = a part of the path is a file, not a folder
diag-io-exists = it already exists
diag-io-no-terminal = there is no terminal to draw on (the program was not started from one)

## Author's tests, and the checks that play the scenario.

diag-test-fails = test `{ $name }` fails: { $reason }
# $ending: success, mixed or failure (as written in the file); $percent: e.g. 80%.
diag-test-ended = the run ended `{ $ending }` at `{ $node }` with { $percent }
diag-test-stopped = the run stopped at `{ $node }` with { $percent } so far
# $position: the entry of the choice list, counted from 1; $error: one of the diag-action- messages.
diag-test-unplayable = choice { $position } of "{ $choices }" cannot be played: { $error }
# $outcome: diag-test-ended or diag-test-stopped.
diag-test-ran-out = expected the ending `{ $ending }`, but the choices ran out first ({ $outcome })
diag-test-wrong-ending = expected the ending `{ $ending }`, but { $outcome }
diag-test-below-min = expected at least { $min }, but { $outcome }
diag-test-above-max = expected at most { $max }, but { $outcome }
diag-test-missed-node = expected the run to visit `{ $node }`, but it did not ({ $outcome })
diag-picks-not-a-choice = entry { $entry } of the choice list, `{ $item }`, is not a choice number (1, 2, ...) or `t`
diag-stuck-loop = the run goes round in a loop of nodes without choices (at `{ $node }`)
diag-stuck-no-choice = node `{ $node }` offers no choice with the current variables, and has no timer
# $offered: how many choices the node offers.
diag-action-no-such-choice = there is no choice { $number } at node `{ $node }`: it offers { $offered ->
    [0] no choice (only waiting)
    [1] only choice 1
   *[other] choices 1 to { $offered }
}
diag-action-no-timer = node `{ $node }` has no timer, so time cannot run out there
diag-action-needs-choice = node `{ $node }` asks for a choice
diag-action-only-continues = node `{ $node }` has no choices: it only continues
diag-action-ended = the run has already ended
diag-action-stuck = node `{ $node }` offers no choice with the current variables
# $pass and $percent: e.g. 70%; $why: diag-closest-run or diag-every-ending-fails.
diag-cannot-pass = no run of this scenario can pass its { $pass } pass mark: { $why }. Lower `pass_percent` or add better-scored choices
diag-closest-run = the run closest to it that does not end in failure scores { $percent }
diag-every-ending-fails = every ending that can be reached is a failure
# $choices: diag-no-choice-taken or diag-the-choices.
diag-success-below-pass = a run that does not pass reaches the success ending `{ $id }` ({ $choices } score { $percent }, below the { $pass } pass mark): the learner is told they succeeded while the score says otherwise. Lead weaker runs to a mixed or failure ending (a hidden flag and a branch can tell them apart), or score the path higher
diag-failure-at-pass = a run at or above the { $pass } pass mark reaches the failure ending `{ $id }` ({ $choices } score { $percent }): a run the score calls good ends in failure. Score the choices that lead here lower, or lead such runs to another ending
diag-no-choice-taken = taking no choice at all
# $picks: e.g. 2,1,t,3.
diag-the-choices = the choices { $picks }

## Checks that keep a score honest.

# $strategy: longest, first or last.
diag-strategy = { $strategy ->
    [longest] always taking the longest choice
    [first] always taking the first choice
   *[last] always taking the last choice
}
diag-strategy-passes = { $strategy } ({ $percent })
diag-strategy-passes-with-seeds = { $strategy } ({ $percent }, with { $seeds } of the seeds 1 to 16)
# Between two diag-strategy-passes.
diag-or-by = or by
diag-naive-strategies-pass = a learner can pass this scenario without judgement, by { $strategies }: the score then measures a test-taking trick. Make wrong choices as long, as specific and as well placed as right ones (vary where the best choice sits, and which is longest), or set `shuffle = true`
# $losing: diag-losing-choice and diag-losing-timeout joined by diag-and; $count: how many.
diag-lesson-only-lost = at node `{ $node }` lesson `{ $lesson }` can only be lost: { $losing } { $count ->
    [one] scores
   *[other] score
} below 0 for it and no choice here scores above 0, so the learner sees "not assessed" while the loss lowers the score. Give the choice that applies the lesson a positive score for `{ $lesson }`, or remove the penalty
diag-losing-choice = choice { $n }
diag-losing-timeout = letting the timer run out
diag-and = and
diag-hidden-var-unread = variable `{ $name }` is hidden from learners (`shown = false`) and no condition reads it, so it changes nothing: use it in an `if` (to pick the node that tells what the learner did), show it, or remove it

## The TOML parser's own words, in a syntax error: what is wrong, then what it expected there.
# $description: what is wrong; $expected: what would have been right, a list.
toml-described = { $description }, expected { $expected }
toml-underscore-may-only-go-between-digits = `_` may only go between digits
toml-cannot-recurse-further-max-recursion-depth-met = cannot recurse further; max recursion depth met
toml-carriage-return-must-be-followed-by-newline = carriage return must be followed by newline
toml-extra-equals = extra `=`
toml-extra-assignment-between-key-value-pairs = extra assignment between key-value pairs
toml-extra-comma-in-array = extra comma in array
toml-extra-comma-in-inline-table = extra comma in inline table
toml-integers-with-a-radix-cannot-be-signed = integers with a radix cannot be signed
toml-invalid-comment-character = invalid comment character
toml-invalid-inline-table-element = invalid inline table element
toml-invalid-key-value-pair = invalid key-value pair
toml-invalid-unquoted-key = invalid unquoted key
toml-invalid-value = invalid value
toml-key-with-no-value = key with no value
toml-keys-cannot-be-multi-line-basic-strings = keys cannot be multi-line basic strings
toml-keys-cannot-be-multi-line-literal-strings = keys cannot be multi-line literal strings
toml-missing-array-opening = missing array opening
toml-missing-assignment-between-key-value-pairs = missing assignment between key-value pairs
toml-missing-comma-between-array-elements = missing comma between array elements
toml-missing-comma-between-key-value-pairs = missing comma between key-value pairs
toml-missing-comment-start = missing comment start
toml-missing-escaped-value = missing escaped value
toml-missing-inline-table-opening = missing inline table opening
toml-missing-key-for-inline-table-element = missing key for inline table element
toml-missing-opening-quote = missing opening quote
toml-missing-table-open = missing table open
toml-missing-value = missing value
toml-missing-value-for-key = missing value for key
toml-radix-must-be-lowercase = radix must be lowercase
toml-redundant-integer-number-prefix = redundant integer number prefix
toml-redundant-numeric-sign = redundant numeric sign
toml-string-values-must-be-quoted = string values must be quoted
toml-too-few-unicode-value-digits = too few unicode value digits
toml-unclosed-array = unclosed array
toml-unclosed-array-table = unclosed array table
toml-unclosed-inline-table = unclosed inline table
toml-unclosed-table = unclosed table
toml-unexpected-equals-in-array = unexpected `=` in array
toml-unexpected-content = unexpected content
toml-unexpected-content-between-comment-and-newline = unexpected content between comment and newline
toml-unexpected-key-or-value = unexpected key or value
toml-unexpected-leading-zero = unexpected leading zero
toml-unexpected-sign = unexpected sign
toml-unquoted-keys-cannot-be-empty = unquoted keys cannot be empty
toml-invalid-basic-string = invalid basic string
toml-invalid-binary-number = invalid binary number
toml-invalid-boolean = invalid boolean
toml-invalid-date-time = invalid date-time
toml-invalid-float = invalid float
toml-invalid-hexadecimal-number = invalid hexadecimal number
toml-invalid-integer-number = invalid integer number
toml-invalid-literal-string = invalid literal string
toml-invalid-multi-line-basic-string = invalid multi-line basic string
toml-invalid-multi-line-literal-string = invalid multi-line literal string
toml-invalid-octal-number = invalid octal number
toml-invalid-string = invalid string
toml-duplicate-key = duplicate key
toml-invalid-date = invalid date
toml-invalid-time = invalid time
toml-invalid-offset = invalid offset
toml-invalid-datetime = invalid datetime
toml-invalid-fraction = invalid fraction
toml-invalid-exponent = invalid exponent
toml-invalid-mantissa = invalid mantissa
toml-invalid-key = invalid key
toml-invalid-table = invalid table
toml-expected-basic-string = basic string
toml-expected-characters = characters
toml-expected-digits = digits
toml-expected-key = key
toml-expected-letters = letters
toml-expected-literal-string = literal string
toml-expected-multi-line-basic-string = multi-line basic string
toml-expected-multi-line-literal-string = multi-line literal string
toml-expected-non-double-quote-visible-characters = non-double-quote visible characters
toml-expected-non-single-quote-characters = non-single-quote characters
toml-expected-non-single-quote-visible-characters = non-single-quote visible characters
toml-expected-numbers = numbers
toml-expected-printable-characters = printable characters
toml-expected-unicode-hexadecimal-value = unicode hexadecimal value
toml-expected-value = value
toml-expected-newline = newline
toml-expected-nothing = nothing
toml-expected-year-or-hour = year or hour
toml-expected-month = month
toml-expected-day = day
toml-expected-hour = hour
toml-expected-minute = minute
toml-expected-second = second
toml-expected-month-between-01-and-12 = month between 01 and 12
toml-expected-day-between-01-and-28 = day between 01 and 28
toml-expected-day-between-01-and-29 = day between 01 and 29
toml-expected-day-between-01-and-30 = day between 01 and 30
toml-expected-day-between-01-and-31 = day between 01 and 31
toml-expected-hour-between-00-and-23 = hour between 00 and 23
toml-expected-hours-between-00-and-23 = hours between 00 and 23
toml-expected-minute-between-00-and-59 = minute between 00 and 59
toml-expected-minutes-between-00-and-59 = minutes between 00 and 59
toml-expected-second-between-00-and-60 = second between 00 and 60
toml-expected-a-four-digit-year-yyyy = a four-digit year (YYYY)
toml-expected-a-two-digit-month-mm = a two-digit month (MM)
toml-expected-a-two-digit-day-dd = a two-digit day (DD)
toml-expected-a-two-digit-hour-hh = a two-digit hour (HH)
toml-expected-a-two-digit-minute-mm = a two-digit minute (MM)
toml-expected-a-two-digit-second-ss = a two-digit second (SS)
