//! The one public error type.

use std::path::PathBuf;

/// A `Result` whose error is [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in dossier.
///
/// Bad input (an unreadable file, a malformed record, an unknown name) is kept apart
/// from broken storage (an engine failure, corrupt bytes, an unknown format version):
/// see [`Error::is_bad_input`] and [`Error::is_storage`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The storage engine reported a failure.
    #[error("storage engine failed: {0}")]
    Engine(#[source] Box<dyn std::error::Error + Send + Sync>),

    /// The store directory is held by another process.
    #[error("store at {path} is already open in another process")]
    Locked {
        /// The store directory.
        path: PathBuf,
    },

    /// Bytes read from the store could not be decoded.
    #[error("corrupt store: {what} under key {key}: {reason}")]
    Corrupt {
        /// What was being read (an event, an index key, ...).
        what: &'static str,
        /// The key, hex-encoded.
        key: String,
        /// What was wrong with it.
        reason: String,
    },

    /// The directory holds data that is not a dossier store.
    #[error("{path} is not a dossier store (its magic value is missing or wrong)")]
    NotAStore {
        /// The store directory.
        path: PathBuf,
    },

    /// The store was written in a format this build cannot read.
    #[error("store format version {found} is not supported: this build reads version {supported}")]
    UnsupportedVersion {
        /// The version found on disk.
        found: u32,
        /// The version this build reads and writes.
        supported: u32,
    },

    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },

    /// A directory that must be new or empty is not.
    #[error("{path} is not empty: give a new or empty directory")]
    NotEmpty {
        /// The directory.
        path: PathBuf,
    },

    /// One record of an input file is malformed.
    #[error("{file}:{line}: {reason}")]
    BadRecord {
        /// The input file.
        file: String,
        /// The 1-based line number.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },

    /// An article was rejected before extraction.
    #[error("article {id:?} rejected: {reason}")]
    BadArticle {
        /// The article id.
        id: String,
        /// Why it was rejected.
        reason: String,
    },

    /// A gazetteer file is malformed.
    #[error("gazetteer {file}:{line}: {reason}")]
    Gazetteer {
        /// The gazetteer file.
        file: String,
        /// The 1-based line number.
        line: usize,
        /// What is wrong with it.
        reason: String,
    },

    /// A name, place or event that was asked for is not in the store.
    #[error("no {what} matches {name:?}")]
    NotFound {
        /// What was looked up ("person", "place", "event").
        what: &'static str,
        /// The name or id that was asked for.
        name: String,
    },
}

impl Error {
    /// True when a looked-up name, place or event does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Error::NotFound { .. })
    }

    /// True when the error is about input the caller supplied.
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            Error::Io { .. }
                | Error::NotEmpty { .. }
                | Error::BadRecord { .. }
                | Error::BadArticle { .. }
                | Error::Gazetteer { .. }
                | Error::NotFound { .. }
        )
    }

    /// True when the store itself failed or holds bytes that cannot be read.
    pub fn is_storage(&self) -> bool {
        matches!(
            self,
            Error::Engine(_)
                | Error::Locked { .. }
                | Error::Corrupt { .. }
                | Error::NotAStore { .. }
                | Error::UnsupportedVersion { .. }
        )
    }

    pub(crate) fn corrupt(what: &'static str, key: &[u8], reason: impl ToString) -> Error {
        let key = key.iter().map(|b| format!("{b:02x}")).collect();
        Error::Corrupt { what, key, reason: reason.to_string() }
    }
}
