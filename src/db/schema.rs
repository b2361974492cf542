//! The store's identity: a magic value and a format version, written at creation.

use std::path::Path;

use super::engine::{Batch, Engine};
use super::keys;
use crate::error::{Error, Result};

/// Written under `meta/magic` when a store is created.
pub(crate) const MAGIC: &[u8] = b"dossier-event-store";

/// The on-disk format this build reads and writes. Bump it for any change of key
/// layout or value encoding; stores of another version are refused, never guessed at.
pub const FORMAT_VERSION: u32 = 1;

/// Checks the magic value and version of an opened engine; writes them when the
/// engine is empty.
pub(crate) fn check_or_init(engine: &dyn Engine, path: &Path) -> Result<()> {
    let magic = engine.get(&keys::meta("magic"))?;
    let version = engine.get(&keys::meta("format"))?;
    match (magic, version) {
        (None, None) => {
            if engine.range(&[], None).next().is_some() {
                return Err(Error::NotAStore { path: path.to_path_buf() });
            }
            let mut b = Batch::default();
            b.put(keys::meta("magic"), MAGIC.to_vec());
            b.put(keys::meta("format"), FORMAT_VERSION.to_be_bytes().to_vec());
            engine.apply(b)?;
            engine.flush()
        }
        (Some(m), Some(v)) if m == MAGIC => {
            let found = v
                .as_slice()
                .try_into()
                .map(u32::from_be_bytes)
                .map_err(|_| Error::corrupt("format version", &keys::meta("format"), "not 4 bytes"))?;
            if found == FORMAT_VERSION {
                Ok(())
            } else {
                Err(Error::UnsupportedVersion { found, supported: FORMAT_VERSION })
            }
        }
        _ => Err(Error::NotAStore { path: path.to_path_buf() }),
    }
}
