//! Reading files the user names: only regular files (a FIFO would hang, a device never ends), and
//! never more than a limit, counted while reading (a symbolic link to `/dev/zero` has size 0).

use std::io::Read;
use std::path::Path;

use crate::scenario::limits::MAX_FILE_BYTES;
use crate::t;

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    Io(String),
    Folder,
    NotRegular,
    TooLarge { bytes: u64, limit_mb: usize },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ReadError::Io(reason) => t!("diag-read-io", reason = reason),
            ReadError::Folder => t!("diag-read-folder"),
            ReadError::NotRegular => t!("diag-read-not-regular"),
            ReadError::TooLarge { bytes, limit_mb } => {
                let (whole, tenth) = megabytes(*bytes);
                t!("diag-read-too-large", whole = &whole, tenth = &tenth, limit = *limit_mb)
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ReadError {}

/// A size in megabytes to one decimal, as its whole part and its tenths (each language writes
/// the decimal mark its own way).
pub fn megabytes(bytes: u64) -> (String, String) {
    let shown = format!("{:.1}", bytes as f64 / 1e6);
    let (whole, tenth) = shown.split_once('.').unwrap_or((&shown, "0"));
    (whole.to_string(), tenth.to_string())
}

/// Shows `path` relative to the current folder when it is inside it.
pub fn display_path(path: &Path) -> String {
    let cwd = std::env::current_dir().ok();
    let rel = cwd.as_deref().and_then(|c| path.strip_prefix(c).ok()).unwrap_or(path);
    rel.display().to_string()
}

/// Reads a scenario or course file (at most [`MAX_FILE_BYTES`]).
pub fn read_file(path: &Path) -> Result<Vec<u8>, ReadError> {
    read_limited(path, MAX_FILE_BYTES)
}

/// Reads a regular file of at most `limit` bytes. Symbolic links are followed; what they lead to
/// must be a regular file too.
pub fn read_limited(path: &Path, limit: usize) -> Result<Vec<u8>, ReadError> {
    let meta = std::fs::metadata(path).map_err(|e| ReadError::Io(io_reason(&e)))?;
    if meta.is_dir() {
        return Err(ReadError::Folder);
    }
    if !meta.is_file() {
        return Err(ReadError::NotRegular);
    }
    let too_large = |bytes: u64| ReadError::TooLarge { bytes, limit_mb: limit / (1024 * 1024) };
    if meta.len() > limit as u64 {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| ReadError::Io(io_reason(&e)))?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // One byte more than the limit tells a file that grew while it was read.
    file.take(limit as u64 + 1).read_to_end(&mut bytes).map_err(|e| ReadError::Io(io_reason(&e)))?;
    if bytes.len() > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// An I/O error as a short reason, without the OS error number.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => t!("diag-io-not-found"),
        std::io::ErrorKind::PermissionDenied => t!("diag-io-permission-denied"),
        std::io::ErrorKind::StorageFull => t!("diag-io-disk-full"),
        std::io::ErrorKind::ReadOnlyFilesystem => t!("diag-io-read-only"),
        std::io::ErrorKind::IsADirectory => t!("diag-io-is-a-folder"),
        std::io::ErrorKind::NotADirectory => t!("diag-io-not-a-folder"),
        std::io::ErrorKind::AlreadyExists => t!("diag-io-exists"),
        // ENXIO: no terminal behind standard input or output (a service, a pipe).
        _ if e.raw_os_error() == Some(6) => t!("diag-io-no-terminal"),
        // Anything rarer: the system's own words.
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_errors_are_said_in_the_readers_language() {
        use std::io::{Error, ErrorKind};
        crate::i18n::set_lang(crate::i18n::Lang::Fr);
        let full = io_reason(&Error::from(ErrorKind::StorageFull));
        let no_terminal = io_reason(&Error::from_raw_os_error(6));
        crate::i18n::set_lang(crate::i18n::Lang::En);
        assert!(full.contains("disque est plein"), "{full}");
        assert!(no_terminal.contains("pas de terminal"), "{no_terminal}");
        assert!(io_reason(&Error::from(ErrorKind::ReadOnlyFilesystem)).contains("read-only"));
    }

    #[test]
    fn only_regular_files_within_the_limit_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("a.toml");
        std::fs::write(&f, "x".repeat(100)).unwrap();
        assert_eq!(read_limited(&f, 100).unwrap().len(), 100);
        assert_eq!(read_limited(&f, 99), Err(ReadError::TooLarge { bytes: 100, limit_mb: 0 }));
        assert_eq!(read_limited(dir.path(), 100), Err(ReadError::Folder));
        assert!(matches!(read_limited(&dir.path().join("none"), 100), Err(ReadError::Io(_))));
        #[cfg(unix)]
        {
            // A link to an endless device is refused, not read until memory runs out.
            let zero = dir.path().join("zero.toml");
            std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
            assert_eq!(read_limited(&zero, 100), Err(ReadError::NotRegular));
        }
    }
}
