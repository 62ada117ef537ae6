# Messages of rehearse, in Canadian English. Every id here exists in fr-CA.ftl too (a test checks).
# Arguments: $n numbers (plurals follow the language), other $names are text.

percent = { $n }%
choices-count = { $n ->
    [one] { $n } choice
   *[other] { $n } choices
}

## Plain mode (`play --plain`): one prompt per line, for screen readers and scripts.

plain-title = { $title } ({ $level ->
    [advanced] advanced
   *[other] 101
} level, about { $minutes } minutes)
note = Note: { $text }
plain-in-progress = You have a run of this scenario in progress ({ $n ->
    [one] { $n } choice
   *[other] { $n } choices
} made, started { $started }).
plain-scenario-changed = The scenario has changed since then: resuming replays your choices as far as they still fit. Answer n to start again.
plain-resume-question = Resume where you left off? [Y/n]
plain-resume-help = Please answer y (resume) or n (start again), or q to quit.
# Words accepted as answers, separated by |.
answer-yes = y|yes
answer-no = n|no
plain-press-enter = Press Enter to go on (q to quit).
plain-press-enter-help = There is nothing to choose here: press Enter (an empty line) to go on, or type q to quit.
plain-wait = No choice is open to you: wait { $seconds } seconds (q to quit).
plain-choose = Your choice, 1 to { $n } (q to quit):
plain-choose-timed = Your choice, 1 to { $n }, within { $seconds } seconds (q to quit):
plain-choose-help = Please type a number from 1 to { $n }, or q to quit.
plain-time-ran-out = Time ran out.
plain-stuck = This scenario cannot go on from here: node `{ $node }` offers no choice. Tell its author.
plain-quit = Progress saved. To resume where you left off, run: { $command }

## Resuming a run (plain mode and the terminal interface).

resumed = Resumed after { $n ->
    [one] { $n } choice
   *[other] { $n } choices
}.
resume-partial = The scenario has changed: your first { $applied } of { $saved } choices still applied; you go on from there.
resume-taken = That run is being played in another window; a new one starts.
progress-cannot-be-saved = Progress cannot be saved: { $reason }

## Languages.

not-translated = This scenario has no translation in { $language }: it is shown in its source language ({ $source }).

## Saving a run's result.

result-not-saved = Your result could not be saved ({ $reason }): the run stays in progress; finish it again later to save it.
result-saved-not-queued = Your result is saved, but its record for your organization's learning system could not be queued ({ $reason }); it will be queued again the next time you finish a run.

## Importing a Twine story.

import-summary = Imported { $passages ->
    [one] { $passages } passage
   *[other] { $passages } passages
} and { $links ->
    [one] { $links } link
   *[other] { $links } links
}; { $macros ->
    [0] no story-format code
    [one] { $macros } piece of story-format code kept as a comment
   *[other] { $macros } pieces of story-format code kept as comments
}{ $missing ->
    [0] {""}
    [one] ; { $missing } link to a passage the story does not have (a TODO node stands in for it)
   *[other] ; { $missing } links to passages the story does not have (TODO nodes stand in for them)
}.
import-next = Next: fill in the TODOs (lessons, scores, feedback, endings), then run `rehearse validate { $file }` and `rehearse preview { $file }`.
import-exists = { $file } already exists: choose another name, or move it away first
twee-no-passages = no passages found: a Twee 3 file has `:: Passage name` headers, a Twine 2 HTML file a <tw-storydata> element

## The after-action report of a facilitated run.

report-unwritable = the after-action report cannot be written to { $file } ({ $reason }): choose another place with --report before the class starts
report-is-a-folder = it is a folder

## The command line.

pack-not-a-folder = --pack { $path }: there is no such folder (a pack is a folder holding course.toml and scenario files)
pack-not-used = --pack is for the commands that read scenarios; this one reads none

## A classroom over SSH (`rehearse serve`).

serve-banner = rehearse classroom: when asked for a password, type the class code your instructor gave you.
serve-code-instructions = Type the class code your instructor gave you.
serve-code-prompt = Class code:{" "}
serve-class-over = The class is over: your progress is saved. Thank you!
serve-full = The class is full ({ $max } learners at once): try again in a moment.
serve-interface-only = This server offers the rehearse interface only: connect without a command, e.g. `ssh -p PORT NAME@HOST`.
serve-cannot-listen = cannot listen on { $address } (is another server using this port? choose another with --listen)
serve-started = rehearse classroom, listening on { $address }.
serve-how = Learners connect with: { $command }   ({ $name } is their name in the class)
# What learners type in place of their own name in the command above.
serve-name-placeholder = NAME
serve-code = Class code (the password they type): { $code }
serve-fingerprint = Host key fingerprint (for learners to check when their client asks): { $fingerprint }
serve-loopback-only = Only this computer can connect: to open the class to the room, start with --listen 0.0.0.0:2222 (or this computer's address on the classroom network).
serve-stop-how = Press Ctrl-C to end the class: everyone is told, and everything is saved.
serve-data = Results are saved in { $folder }: `rehearse class report --learners` builds the class report from there.
serve-table-head = Learners connected: { $connected }
serve-state-home = choosing a scenario
serve-state-playing = { $scenario }, decision { $decision }
serve-state-finished = { $scenario }: finished, { $percent }, { $passed ->
    [yes] passed
   *[other] not passed
}
serve-connected = connected
serve-left = left
serve-stopped = The class is over: every learner was told, and every result is saved.

serve-bad-host-key = { $path } is not a host key: move it away and start again to make a new one (learners' SSH clients will then say that the server's key changed)
serve-cannot-make-key = the server's host key could not be made
serve-cannot-start = the classroom server could not start
signals-not-set-up = the program could not ask to be told of Ctrl-C and of the terminal closing
learner-name-length = --learner needs a name of 1 to 100 characters
data-folder-exposed = the data folder { $folder } can be read by other users of this machine (permissions { $mode }); learners' results are kept there: `chmod 700` it unless that is what you want

## Progress files and the data folder
# $path: a file or folder; $reason: why (from the system).
store-io = cannot use { $path }: { $reason }
# A damaged learner or outbox file, moved aside (never deleted).
store-set-aside = { $from } could not be read ({ $reason }); it was moved to { $to } and a fresh file was started
store-not-json = not valid JSON: { $reason }
store-not-progress = not a rehearse progress file: { $reason }
store-newer = written by a newer rehearse (format { $version }; this one reads up to { $reads })
store-no-version = no `format_version`: not a rehearse progress file
store-migration = an old progress file that could not be migrated: { $reason }
