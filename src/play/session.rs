//! The saved attempt behind a run: created at the start, saved after every choice, completed at
//! the ending. A resumed run continues the same attempt.

use std::collections::BTreeMap;

use crate::engine::{Debrief, Pick, Run};
use crate::progress::{now_rfc3339, Attempt, LessonScore, RunLock, SetAside, Status, Store, StoreError};
use crate::scenario::Scenario;

/// A run that can be resumed.
#[derive(Clone, Debug)]
pub struct Resumable {
    pub attempt: Attempt,
    /// The scenario file changed since the run started.
    pub changed: bool,
}

/// The attempt being played, and the lock that says so.
/// What went wrong when a run's result was saved: the learner is told exactly which.
#[derive(Debug, thiserror::Error)]
pub enum CompleteError {
    /// The result is not saved (the run stays in progress and can be finished again).
    #[error("{0}")]
    NotSaved(String),
    /// The result is saved, but its statements for the Learning Record Store are not queued.
    #[error("{0}")]
    NotQueued(String),
}

impl CompleteError {
    /// What to tell the learner, in their language.
    pub fn message(&self) -> String {
        match self {
            CompleteError::NotSaved(reason) => crate::t!("result-not-saved", reason = reason),
            CompleteError::NotQueued(reason) => crate::t!("result-saved-not-queued", reason = reason),
        }
    }
}

/// A saved run brought back by [`Session::resume_run`].
pub struct Resumed<'s> {
    pub session: Session,
    pub run: Run<'s>,
    /// Saved choices that still applied, of `saved`.
    pub applied: usize,
    pub saved: usize,
}

#[derive(Debug)]
pub struct Session {
    store: Store,
    learner: String,
    attempt: Attempt,
    _lock: RunLock,
    /// Files set aside while saving, to tell the learner about.
    pub set_aside: Vec<SetAside>,
    /// The scenario in every language of its course, the source first (see
    /// [`Session::in_languages`]); empty: only the language played.
    versions: Vec<std::sync::Arc<Scenario>>,
}

/// A fresh seed for a run when none is given (recorded with the attempt): short enough to read
/// out and type back.
pub fn fresh_seed() -> u64 {
    rand::random_range(0..1_000_000_000)
}

impl Session {
    /// The newest in-progress attempt of `scenario` that no other process is playing.
    pub fn resumable(
        store: &Store,
        learner: &str,
        scenario: &Scenario,
    ) -> Result<(Option<Resumable>, Option<SetAside>), StoreError> {
        let (file, aside) = store.load(learner)?;
        let found = file
            .in_progress(&scenario.id)
            .find(|a| !store.is_being_played(&a.id))
            .map(|a| Resumable { attempt: a.clone(), changed: a.scenario_hash != scenario.content_hash });
        Ok((found, aside))
    }

    /// Starts a new attempt (marking `abandon`, the attempt the learner chose not to resume, as
    /// abandoned).
    pub fn start(
        store: &Store,
        learner: &str,
        scenario: &Scenario,
        seed: u64,
        abandon: Option<&str>,
    ) -> Result<Session, StoreError> {
        let now = now_rfc3339();
        let id = format!("{:016x}", rand::random::<u64>());
        let attempt = Attempt {
            id: id.clone(),
            scenario: scenario.id.clone(),
            scenario_hash: scenario.content_hash.clone(),
            seed,
            choices: Vec::new(),
            status: Status::InProgress,
            started_at: now.clone(),
            updated_at: now,
            finished_at: None,
            ending: None,
            percent: None,
            passed: None,
            lessons: BTreeMap::new(),
            language: Some(scenario.language.clone()),
        };
        store.remember_learner(learner);
        store.sweep_temporary_files();
        // The run set aside is marked abandoned only while this process holds it: if another
        // window took it up (or finished it) in the meantime, it is theirs and left alone.
        let old_lock = match abandon {
            Some(old) => store.claim_run(old)?,
            None => None,
        };
        let abandon = abandon.filter(|_| old_lock.is_some());
        let lock = store.claim_run(&id)?.expect("a brand-new attempt id is free");
        let mut session = Session {
            store: store.clone(),
            learner: learner.to_string(),
            attempt,
            _lock: lock,
            set_aside: vec![],
            versions: Vec::new(),
        };
        let abandon = abandon.map(str::to_string);
        session.save_with(move |file| {
            if let Some(old) = abandon.and_then(|id| file.attempt_mut(&id)) {
                if old.status == Status::InProgress {
                    old.status = Status::Abandoned;
                }
            }
        })?;
        if let Some(old) = old_lock {
            old.retire();
        }
        Ok(session)
    }

    /// Continues a saved attempt and brings its run back: its choices are replayed as far as they
    /// still apply (the scenario may have changed since), and only those are kept. `None` when
    /// another process took the attempt in the meantime.
    pub fn resume_run<'s>(
        store: &Store,
        learner: &str,
        scenario: &'s Scenario,
        attempt: Attempt,
    ) -> Result<Option<Resumed<'s>>, StoreError> {
        let Some(mut session) = Session::resume(store, learner, attempt)? else { return Ok(None) };
        let picks = session.picks();
        let (run, applied) = crate::engine::replay(scenario, session.attempt.seed, &picks);
        session.truncate(applied)?;
        Ok(Some(Resumed { session, run, applied, saved: picks.len() }))
    }

    /// Continues a saved attempt. `None` when another process took it in the meantime.
    fn resume(store: &Store, learner: &str, attempt: Attempt) -> Result<Option<Session>, StoreError> {
        let Some(lock) = store.claim_run(&attempt.id)? else { return Ok(None) };
        // What the learner was offered was read before the claim: in between, the process that
        // was playing it may have finished it. Only the attempt as saved now, still in progress,
        // is resumed (else another window's finished run would be played over).
        let (file, aside) = store.load(learner)?;
        let Some(attempt) =
            file.attempts.into_iter().find(|a| a.id == attempt.id && a.status == Status::InProgress)
        else {
            lock.retire();
            return Ok(None);
        };
        Ok(Some(Session {
            store: store.clone(),
            learner: learner.to_string(),
            attempt,
            _lock: lock,
            set_aside: aside.into_iter().collect(),
            versions: Vec::new(),
        }))
    }

    /// The scenario in every language its course offers (the source first; from
    /// [`crate::pack::Library::versions`]): the records queued when the run ends name it in each,
    /// as an export of the same attempt does, whatever language it was played in.
    pub fn in_languages(&mut self, versions: Vec<std::sync::Arc<Scenario>>) {
        self.versions = versions;
    }

    pub fn attempt(&self) -> &Attempt {
        &self.attempt
    }

    pub fn learner(&self) -> &str {
        &self.learner
    }

    /// The saved picks, parsed.
    pub fn picks(&self) -> Vec<Pick> {
        crate::engine::parse_picks(&self.attempt.choices.join(",")).unwrap_or_default()
    }

    /// Keeps only the first `n` picks (when a resumed run could replay no further).
    pub fn truncate(&mut self, n: usize) -> Result<(), StoreError> {
        if self.attempt.choices.len() > n {
            self.attempt.choices.truncate(n);
            self.save_with(|_| ())?;
        }
        Ok(())
    }

    /// Saves a pick just applied to `run`; completes the attempt if the run has ended.
    pub fn record(&mut self, pick: Pick, run: &Run<'_>) -> Result<(), CompleteError> {
        self.attempt.choices.push(pick.to_string());
        self.attempt.scenario_hash = run.scenario().content_hash.clone();
        if run.ending().is_some() {
            self.complete(run)
        } else {
            self.save_with(|_| ()).map_err(|e| CompleteError::NotSaved(e.to_string()))
        }
    }

    pub fn is_completed(&self) -> bool {
        self.attempt.status == Status::Completed
    }

    /// Completes the attempt with the run's results (once; later calls do nothing). Its xAPI
    /// statements are queued first and the completed attempt saved second, so that no completed
    /// attempt ever exists without its statements queued (a run killed in between is still in
    /// progress, and completing it again queues the very same statements).
    pub fn complete(&mut self, run: &Run<'_>) -> Result<(), CompleteError> {
        if self.is_completed() || run.ending().is_none() {
            return Ok(());
        }
        let debrief = Debrief::of(run);
        let s = run.scenario();
        let mut done = self.attempt.clone();
        done.status = Status::Completed;
        done.finished_at = Some(now_rfc3339());
        done.ending = run.ending().map(|e| e.as_str().to_string());
        done.percent = Some(debrief.percent.rounded());
        done.passed = Some(debrief.passed);
        done.lessons = debrief
            .lessons
            .iter()
            .map(|l| (s.course.lessons[l.lesson].id.clone(), LessonScore { earned: l.earned, best: l.best }))
            .collect();
        // Queued for the organization's Learning Record Store (`rehearse sync` sends them).
        let cfg = crate::lrs::config(&self.store).map(|c| c.xapi).unwrap_or_default();
        let same = |v: &&std::sync::Arc<Scenario>| v.id == s.id && v.content_hash == s.content_hash;
        let mut versions: Vec<&Scenario> = self.versions.iter().filter(same).map(|v| v.as_ref()).collect();
        if versions.is_empty() {
            versions.push(s);
        }
        let statements = crate::report::xapi::statements(&versions, &done, &self.learner, &cfg);
        let queued = self.store.queue_statements(&done.id, statements);
        self.attempt = done;
        self.save_with(|_| ()).map_err(|e| CompleteError::NotSaved(e.to_string()))?;
        // Nobody resumes a completed attempt: its lock file is not needed any more.
        self._lock.retire();
        queued.map_err(|e| CompleteError::NotQueued(e.to_string()))?;
        if debrief.passed {
            if let Ok(Some(statement)) = self.course_just_completed(s, &cfg) {
                let name = format!("course-{}-{}", s.course.id, self.learner);
                self.store
                    .queue_statements(&name, vec![statement])
                    .map_err(|e| CompleteError::NotQueued(e.to_string()))?;
            }
        }
        Ok(())
    }

    /// The course-completed statement, when this attempt is the one that completed the course
    /// (every required scenario now passed, and not before it).
    fn course_just_completed(
        &self,
        s: &Scenario,
        cfg: &crate::report::xapi::XapiConfig,
    ) -> Result<Option<serde_json::Value>, StoreError> {
        if s.course.scenarios.is_empty() || !s.course.required().any(|r| r == s.id) {
            return Ok(None);
        }
        let (mut file, _) = self.store.load(&self.learner)?;
        let now = crate::progress::Standing::of(&file).course(&s.course);
        file.attempts.retain(|a| a.id != self.attempt.id);
        let before = crate::progress::Standing::of(&file).course(&s.course);
        let done = |c: &Option<crate::progress::CourseStanding>| c.as_ref().is_some_and(|c| c.completed);
        Ok((done(&now) && !done(&before)).then(|| {
            let at = self.attempt.finished_at.clone().unwrap_or_else(now_rfc3339);
            let courses: Vec<(&str, &crate::scenario::Course)> = match self.versions.is_empty() {
                true => vec![(s.language.as_str(), &*s.course)],
                false => self.versions.iter().map(|v| (v.language.as_str(), &*v.course)).collect(),
            };
            crate::report::xapi::course_completed(&courses, &self.learner, &at, cfg)
        }))
    }

    fn save_with(&mut self, extra: impl FnOnce(&mut crate::progress::LearnerFile)) -> Result<(), StoreError> {
        self.attempt.updated_at = now_rfc3339();
        let attempt = self.attempt.clone();
        let ((), aside) = self.store.update(&self.learner, move |file| {
            extra(file);
            match file.attempt_mut(&attempt.id) {
                Some(a) => *a = attempt,
                None => file.attempts.push(attempt),
            }
        })?;
        self.set_aside.extend(aside);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::{load_course, load_scenario};
    use std::sync::Arc;

    fn sample() -> Scenario {
        let course = Arc::new(
            load_course(&std::fs::read_to_string("tests/fixtures/pack/course.toml").unwrap()).value.unwrap(),
        );
        load_scenario(&std::fs::read("tests/fixtures/pack/sample.toml").unwrap(), &course).value.unwrap()
    }

    /// Two windows of one learner: the second read the first's run as in progress, and the first
    /// finished it before the second could take it up. It is not played over, nor abandoned.
    #[test]
    fn a_run_finished_in_another_window_is_neither_resumed_nor_abandoned() {
        let home = tempfile::tempdir().unwrap();
        let store = Store::new(home.path().to_path_buf());
        let scenario = sample();
        let mut first = Session::start(&store, "cy", &scenario, 1, None).unwrap();
        let (offered, _) = Session::resumable(&store, "cy", &scenario).unwrap();
        assert!(offered.is_none(), "a run being played is not offered");
        let seen = store.load("cy").unwrap().0.attempts[0].clone();
        // The first window plays to the end.
        let mut run = Run::new(&scenario, 1);
        loop {
            match run.prompt() {
                crate::engine::Prompt::Continue => run.apply(crate::engine::Action::Continue).unwrap(),
                crate::engine::Prompt::Choose => {
                    run.apply(crate::engine::Action::Choose(1)).unwrap();
                    first.record(Pick::Number(1), &run).unwrap();
                }
                _ => {
                    first.complete(&run).unwrap();
                    break;
                }
            }
        }
        assert!(first.is_completed(), "{:?}", run.ending());
        drop(first);
        // The second window acts on what it read before.
        assert!(Session::resume_run(&store, "cy", &scenario, seen.clone()).unwrap().is_none());
        let _second = Session::start(&store, "cy", &scenario, 2, Some(&seen.id)).unwrap();
        let file = store.load("cy").unwrap().0;
        assert_eq!(file.attempts.len(), 2);
        let done = file.attempts.iter().find(|a| a.id == seen.id).unwrap();
        assert_eq!(done.status, Status::Completed);
        assert_eq!(done.choices, ["1", "1"]);
    }
}
