//! Languages of a [`Library`]: which ones learners may choose, and each scenario and course in
//! the language asked for, from the translations loaded with the packs.

use std::sync::Arc;

use crate::scenario::translation;
use crate::scenario::{Course, Scenario};

use super::{Library, Localized};

impl Library {
    /// The languages learners may choose: the course of record's, the source language first.
    pub fn languages(&self) -> Vec<String> {
        self.course_of_record().map_or_else(|| vec!["en".to_string()], |c| c.languages.clone())
    }

    /// The language of the pack that `wanted` names (by tag or first part), if it has one.
    pub fn language_for(&self, wanted: &str) -> Option<String> {
        let languages = self.languages();
        languages
            .iter()
            .find(|l| l.eq_ignore_ascii_case(wanted))
            .or_else(|| languages.iter().find(|l| translation::tag_matches(wanted, l)))
            .cloned()
    }

    /// The language scenarios are shown in: the one this thread's learner asked for when the pack
    /// has it, else the pack's source language.
    pub fn content_language(&self) -> String {
        crate::i18n::wanted()
            .and_then(|w| self.language_for(&w))
            .unwrap_or_else(|| self.languages().first().cloned().unwrap_or_else(|| "en".into()))
    }

    /// `s` in the language of [`Library::content_language`], with a one-line notice when it has
    /// no translation in the language the learner asked for.
    pub fn for_learner(&self, s: &Arc<Scenario>) -> (Arc<Scenario>, Option<String>) {
        let asked = crate::i18n::wanted();
        let tag = asked
            .as_deref()
            .and_then(|w| s.course.languages.iter().find(|l| translation::tag_matches(w, l)))
            .cloned()
            .unwrap_or_else(|| s.language.clone());
        let loc = self.localized(&self.source_of(s), &tag);
        let notice = match asked {
            Some(w) if !loc.translated || !translation::tag_matches(&w, &loc.scenario.language) => {
                Some(crate::t!("not-translated", language = &w, source = &s.language))
            }
            _ => None,
        };
        (loc.scenario, notice)
    }

    /// Puts every loaded scenario, and the courses, in the language `tag` where a translation
    /// exists (ids, scores and content hashes stay the same: saved progress still matches).
    pub fn speak(&mut self, tag: &str) {
        for i in 0..self.entries.len() {
            let source = self.source_of(&self.entries[i].scenario);
            let loc = self.localized(&source, tag);
            if loc.translated {
                self.sources.entry(source.id.clone()).or_insert(source);
                self.entries[i].scenario = loc.scenario;
            }
        }
        self.course = self.course.as_ref().map(|c| self.localized_course(c, tag));
        self.listed = self.listed.as_ref().map(|c| self.localized_course(c, tag));
    }

    /// The source-language version of `s` (itself unless [`Library::speak`] put it into another
    /// language).
    fn source_of(&self, s: &Arc<Scenario>) -> Arc<Scenario> {
        match self.sources.get(&s.id) {
            Some(src) if src.content_hash == s.content_hash => Arc::clone(src),
            _ => Arc::clone(s),
        }
    }

    /// `s` in every language of its course that it can be shown in, the source first: what
    /// records of a run carry (xAPI language maps), whatever language it was played in. Just
    /// `s` when it is not one of the library's scenarios (as loaded now).
    pub fn versions(&self, s: &Scenario) -> Vec<Arc<Scenario>> {
        let same = |x: &Arc<Scenario>| x.id == s.id && x.content_hash == s.content_hash;
        let source = match self.sources.get(&s.id).filter(|x| same(x)) {
            Some(src) => Arc::clone(src),
            None => match self.entries.iter().find(|e| same(&e.scenario)) {
                Some(e) => Arc::clone(&e.scenario),
                None => return vec![Arc::new(s.clone())],
            },
        };
        let mut out = vec![Arc::clone(&source)];
        for tag in &source.course.languages {
            let loc = self.localized(&source, tag);
            if loc.translated
                && !out.iter().any(|v| translation::tag_matches(&v.language, &loc.scenario.language))
            {
                out.push(loc.scenario);
            }
        }
        out
    }

    /// `course` with its texts in `tag` where a course translation exists.
    pub fn localized_course(&self, course: &Arc<Course>, tag: &str) -> Arc<Course> {
        let found = self
            .course_translations
            .iter()
            .find(|((id, t), _)| *id == course.id && translation::tag_matches(tag, t));
        match found {
            Some((_, tr)) if !translation::tag_matches(tag, course.source_language()) => {
                Arc::new(course.localized(tr))
            }
            _ => Arc::clone(course),
        }
    }

    /// `s` in the language `tag` (matched by tag or first part); the source when `tag` is the
    /// source language or when no translation exists (then `translated` is false).
    pub fn localized(&self, s: &Arc<Scenario>, tag: &str) -> Localized {
        if translation::tag_matches(tag, &s.language) {
            return Localized { scenario: Arc::clone(s), translated: true };
        }
        let found = self
            .translations
            .iter()
            .filter(|((id, _), _)| *id == s.id)
            .find(|((_, t), _)| t.eq_ignore_ascii_case(tag) || translation::tag_matches(tag, t));
        let Some(((_, t), tr)) = found else {
            return Localized { scenario: Arc::clone(s), translated: false };
        };
        let key = (s.id.clone(), t.clone());
        let mut cache = self.localized.lock().unwrap_or_else(|e| e.into_inner());
        let scenario = cache
            .entry(key)
            .or_insert_with(|| Arc::new(s.localized(tr, self.localized_course(&s.course, t))))
            .clone();
        Localized { scenario, translated: true }
    }
}
