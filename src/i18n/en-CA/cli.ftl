### cli
### The command line's own words: the help of every command and argument, its headings, and the
### usage errors. Ids follow the command tree (see src/cli.rs, `localize`):
###   cli-COMMAND-about       what a command does (COMMAND: its path joined by -, e.g. class-report)
###   cli-COMMAND-ARG         the help of one argument (cli-global-ARG: before the command)
###   cli-arg-ARG             the help of an argument that several commands share
###   cli-value-NAME          a placeholder (<DIR>, <FILE>...); flags and command names stay as typed.
### A unit test walks the tree and fails on a missing or unused id.

## Headings, the help and version flags, the help command

cli-usage = Usage:
cli-commands = Commands:
cli-arguments = Arguments:
cli-options = Options:
cli-help-flag = Print help
cli-version-flag = Print version
cli-help-about = Print this message or the help of the given command
cli-help-command = The command whose help to print
cli-default = [default: { $value }]
cli-possible-values = [possible values: { $values }]

## Usage errors (exit code 2)

cli-error = error: { $message }
cli-tip = tip: { $tip }
cli-try-help = For more information, try '{ $flag }'.
cli-quoted = '{ $text }'
cli-err-unknown-argument = unexpected argument '{ $arg }' found
cli-err-unknown-command = unrecognized command '{ $name }'
cli-err-value-missing = a value is required for '{ $arg }' but none was supplied
cli-err-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-err-invalid-value-because = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-err-missing-arguments = { $n ->
    [one] the following required argument was not provided:
   *[other] the following required arguments were not provided:
}
cli-err-missing-command = '{ $name }' requires a command but none was given:
cli-err-used-twice = the argument '{ $arg }' cannot be used more than once
cli-err-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-err-conflict-many = the argument '{ $arg }' cannot be used with:
cli-err-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other arguments given
cli-err-too-many-values = unexpected value '{ $value }' for '{ $arg }'; no more were expected
cli-err-too-few-values = { $min } values are required by '{ $arg }'; only { $actual } given
cli-err-wrong-number-of-values = { $expected } values are required for '{ $arg }' but { $actual } given
cli-err-no-equals = an equals sign is needed to give a value to '{ $arg }'
cli-err-invalid-utf8 = an argument is not valid UTF-8 text
cli-err-other = the command line could not be read: { $reason }
cli-tip-similar-argument = a similar argument exists: '{ $arg }'
cli-tip-similar-command = { $n ->
    [one] a similar command exists: { $names }
   *[other] some similar commands exist: { $names }
}
cli-tip-similar-value = { $n ->
    [one] a similar value exists: { $values }
   *[other] some similar values exist: { $values }
}
cli-tip-as-value = to pass '{ $arg }' as a value, use '{ $fix }'
cli-tip-remove-dashes = the command '{ $name }' exists; to use it, remove the '--' before it
cli-tip-exists = '{ $what }' exists

## Values refused before a command runs

cli-bad-whole-number = a whole number is expected (e.g. 42)
cli-bad-number-range = a whole number from { $min } to { $max } is expected
cli-bad-count = a whole number of 1 or more is expected
cli-bad-factor = a factor from 0.5 to 10 is expected (e.g. 2 for twice the time)
cli-bad-address = an address and port are expected (e.g. 127.0.0.1:2222 or 0.0.0.0:2222)

## Placeholders

cli-value-command = COMMAND
cli-value-dir = DIR
cli-value-tag = TAG
cli-value-name = NAME
cli-value-path = PATH
cli-value-scenario = SCENARIO
cli-value-list = LIST
cli-value-n = N
cli-value-factor = FACTOR
cli-value-format = FORMAT
cli-value-id = ID
cli-value-file = FILE
cli-value-node = NODE
cli-value-addr-port = ADDR:PORT
cli-value-code = CODE
cli-value-minutes = MINUTES

## Arguments several commands share

cli-arg-packs = Add the scenarios of a pack (a folder with course.toml) to the bundled ones. Repeatable
cli-arg-scenario = A scenario id, or the path of a .toml file
cli-arg-lang = The language to show (a tag or its first part: fr, fr-CA)
cli-arg-json = Print JSON

## rehearse (before the command)

cli-about = Practise the social media situations of public service in your terminal: branching scenarios, scored against a course.
cli-global-lang = The language to show (a tag or its first part: fr, fr-CA); also $REHEARSE_LANG
cli-global-learner = Who is practising (also accepted after the command); also $REHEARSE_LEARNER

## rehearse validate

cli-validate-about = Check scenario files or packs; list every problem as PATH:LINE:COLUMN
cli-validate-paths = Files or folders to check (default: every loaded pack)
cli-validate-json = Print one JSON object: the diagnostics, their counts, and the author's tests

## rehearse walk

cli-walk-about = Play a scenario headlessly with a list of choices
cli-walk-choices = Comma-separated choice numbers as shown (after hidden and shuffled choices), or `t` to let a timer run out; nodes that only continue take no number
cli-walk-seed = The seed that decides text variants, shuffling and weighted branches
cli-walk-json = Print one JSON object

## rehearse play

cli-play-about = Play one scenario (in the terminal interface, or line by line with --plain)
cli-play-learner = Who is playing (default: $REHEARSE_LEARNER, else the login name)
cli-play-seed = The seed that decides text variants, shuffling and weighted branches (default: drawn and recorded)
cli-play-plain = Line-by-line mode for screen readers, dumb terminals and scripts
cli-play-timers = In --plain mode, let timers run (they are off by default there)
cli-play-no-timers = Turn timers off
cli-play-timer-scale = Multiply every timer by this factor, e.g. 2 for twice the time (also $REHEARSE_TIMER_SCALE)

## rehearse analyze

cli-analyze-about = Play every path of a scenario: runs, endings, best and worst run, lesson ranges, unreachable choices, position bias

## rehearse graph

cli-graph-about = The scenario's map for Graphviz (dot) or Mermaid
cli-graph-format = The format of the map: dot for Graphviz, mermaid for Mermaid

## rehearse new

cli-new-about = Write a new scenario file from a commented template that validates
cli-new-id = The new scenario's id (lowercase words joined by `-`)
cli-new-dir = The folder to write it in (default: the current folder)

## rehearse schema

cli-schema-about = Print a JSON Schema of the scenario file (or, with --course, of course.toml) for editors
cli-schema-course = The schema of course.toml instead
cli-schema-translation = The schema of translation files (ID.TAG.toml, course.TAG.toml) instead

## rehearse preview

cli-preview-about = Play a scenario file while you edit it: reloads on save, replays your steps, shows problems in place
cli-preview-file = The scenario file
cli-preview-seed = The seed for text variants, shuffling and weighted branches

## rehearse debrief

cli-debrief-about = Show the debrief of a completed attempt again (the latest, or --attempt N)
cli-debrief-attempt = Which of the learner's completed attempts of this scenario, counted from 1 (default: the latest)
cli-debrief-learner = Whose attempt (default: $REHEARSE_LEARNER, else the last learner, else the login name)
cli-debrief-plain = Print the debrief as text (also when output is not a terminal)

## rehearse progress

cli-progress-about = Show a learner's mastery of each lesson and best result in each scenario
cli-progress-learner = Whose progress (default: $REHEARSE_LEARNER, else the login name)

## rehearse facilitate

cli-facilitate-about = Run a scenario with a whole class on a projector: votes, discussion, an after-action report
cli-facilitate-seed = The seed for text variants, shuffling and weighted branches (default: drawn)
cli-facilitate-report = Where to write the after-action report (default: a dated file in this folder)

## rehearse export

cli-export-about = A learner's results, to hand to an instructor
cli-export-learner = Whose results (default: $REHEARSE_LEARNER, else the login name)
cli-export-format = The format of the results (xapi: xAPI 1.0.3 statements, as a JSON array)
cli-export-output = Write to this file instead of standard output

## rehearse sync

cli-sync-about = Send the queued xAPI statements to the configured Learning Record Store
cli-sync-dry-run = Show what would be sent, and send nothing
cli-sync-json = Print JSON (with --dry-run: the statements that would be sent)

## rehearse translate

cli-translate-about = Write or update a scenario's translation file (ID.TAG.toml beside it)
cli-translate-lang = The language to translate into (one of the course's languages)
cli-translate-confirm = Node ids whose translation you checked after their source changed
cli-translate-confirm-all = Confirm every entry

## rehearse import

cli-import-about = Bring a story written in another tool in as a scenario file to complete
cli-import-twee-about = A Twine story: Twee 3 text, or a Twine 2 HTML file (published, or an archive)
cli-import-twee-file = The .twee, .tw or .html file
cli-import-twee-output = Write the scenario here (default: standard output)

## rehearse serve

cli-serve-about = A classroom over SSH: learners connect with any SSH client and play as NAME (`ssh -p PORT NAME@HOST`), with the class code as the password
cli-serve-listen = Where to listen (a classroom network must be chosen explicitly, e.g. 0.0.0.0:2222)
cli-serve-class-code = The code learners type (default: a new random code, printed at start)
cli-serve-max-sessions = Learners at once
cli-serve-idle-minutes = Minutes without a key pressed before a session is closed (progress is kept)
cli-serve-no-timers = Turn timers off for everyone
cli-serve-timer-scale = Multiply every timer by this factor, e.g. 2 for twice the time

## rehearse class

cli-class-about = Commands for a whole class
cli-class-report-about = Combine a class's exports: verified results, lesson means, choices, who has not passed
cli-class-report-inputs = Export files, or folders of them
cli-class-report-learners = Every learner in this machine's data folder (where `rehearse serve` saves a class), without exports
cli-class-report-format = The format of the report
cli-class-report-lang = The language of the report (default: the pack's source language)

## rehearse list

cli-list-about = List the loaded scenarios with level, minutes and lessons
