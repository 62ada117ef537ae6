//! Where a pack's files come from: the bundled pack (compiled in, or read from the repository when
//! the program runs from it) and folders on disk, searched for `.toml` files.

use std::path::{Path, PathBuf};

use crate::fsio::{display_path, read_file, ReadError};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}

/// How deep sub-folders of a pack are searched.
const MAX_DEPTH: usize = 16;

/// One file of a pack: its path inside the pack, and where its bytes are. Files are read only when
/// they are checked, so that a large pack is never in memory all at once.
pub(super) struct PackFile {
    pub(super) rel: PathBuf,
    source: FileSource,
}

enum FileSource {
    Disk(PathBuf),
    Embedded(&'static [u8]),
}

impl PackFile {
    /// A file on disk outside any pack (a file given by path).
    pub(super) fn on_disk(path: PathBuf) -> PackFile {
        PackFile {
            rel: path.file_name().map(PathBuf::from).unwrap_or_default(),
            source: FileSource::Disk(path),
        }
    }

    pub(super) fn bytes(&self) -> Result<std::borrow::Cow<'static, [u8]>, ReadError> {
        match &self.source {
            FileSource::Disk(path) => read_file(path).map(std::borrow::Cow::Owned),
            FileSource::Embedded(b) => Ok(std::borrow::Cow::Borrowed(b)),
        }
    }

    pub(super) fn len(&self) -> usize {
        match &self.source {
            FileSource::Disk(path) => std::fs::metadata(path).map_or(0, |m| m.len() as usize),
            FileSource::Embedded(b) => b.len(),
        }
    }
}

/// Where a pack's files come from.
pub(super) struct Pack {
    /// The folder on disk, if any (for course lookup above the pack, and for display).
    pub(super) dir: Option<PathBuf>,
    /// Prefix for displayed paths.
    shown: String,
    pub(super) files: Vec<PackFile>,
}

/// The folder of the bundled pack in the source tree, when this binary runs where it was built.
fn source_tree_pack() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    dir.join("course.toml").is_file().then_some(dir)
}

fn collect(dir: &Path, rel: &Path, depth: usize, out: &mut Vec<PackFile>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let Ok(kind) = e.file_type() else { continue };
        let path = e.path();
        if kind.is_dir() && depth < MAX_DEPTH {
            collect(&path, &rel.join(&name), depth + 1, out);
        } else if !kind.is_dir() && path.extension().is_some_and(|x| x == "toml") {
            out.push(PackFile { rel: rel.join(&name), source: FileSource::Disk(path) });
        }
    }
}

impl Pack {
    pub(super) fn bundled() -> Pack {
        match source_tree_pack() {
            Some(dir) => Pack::from_dir(&dir),
            None => Pack {
                dir: None,
                shown: "(bundled)".into(),
                files: embedded::FILES
                    .iter()
                    .map(|(rel, bytes)| PackFile {
                        rel: PathBuf::from(rel),
                        source: FileSource::Embedded(bytes),
                    })
                    .collect(),
            },
        }
    }

    pub(super) fn from_dir(dir: &Path) -> Pack {
        let mut files = Vec::new();
        collect(dir, Path::new(""), 0, &mut files);
        Pack { dir: Some(dir.to_path_buf()), shown: display_path(dir), files }
    }

    pub(super) fn shown(&self, rel: &Path) -> String {
        if self.shown.is_empty() {
            rel.display().to_string()
        } else {
            format!("{}/{}", self.shown.trim_end_matches('/'), rel.display())
        }
    }
}

pub(super) fn is_course(rel: &Path) -> bool {
    rel.file_name().is_some_and(|n| n == "course.toml")
}

/// The id and language tag of a translation file (`ID.TAG.toml`, `course.TAG.toml`): a pack never
/// reads these as scenarios.
pub(super) fn translation_of(rel: &Path) -> Option<(String, String)> {
    let name = rel.file_name()?.to_str()?;
    crate::scenario::translation::split_file_name(name).map(|(id, tag)| (id.to_string(), tag.to_string()))
}
