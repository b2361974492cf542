//! The store's identity: a magic value and a format version, written at creation.

use std::path::Path;

use super::engine::{Batch, Engine};
use super::keys;
use crate::error::{Error, Result};

/// Written under `meta/magic` when a store is created.
pub(crate) const MAGIC: &[u8] = b"dossier-event-store";

/// The on-disk format this build writes. Bump it for any change of key layout or
/// value encoding; stores of an unknown version are refused, never guessed at.
///
/// Version 2 writes dates as numbers (codec version 2); version 3 also compresses
/// long values (codec version 3: article records, events of many reports);
/// version 4 lists an event's other participants in each participant's index value
/// (an older build would report them as stale summaries); version 5 keeps counts
/// of articles and events, which every commit updates (an older build would
/// leave them stale; a version 4 store counts its keys until `repair`). An
/// older store is read as it is and marked the current version when opened: from
/// then on it holds values of several encodings, which this build reads and older
/// builds refuse cleanly.
pub const FORMAT_VERSION: u32 = 5;

/// The oldest format this build still opens.
const OLDEST_READABLE: u32 = 1;

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
            b.put(keys::meta(super::COUNTS), super::Counts::default().encode());
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
            } else if (OLDEST_READABLE..FORMAT_VERSION).contains(&found) {
                // Everything an older format wrote stays readable; what this build
                // writes is not readable by the older build, so say so first.
                let mut b = Batch::default();
                b.put(keys::meta("format"), FORMAT_VERSION.to_be_bytes().to_vec());
                engine.apply(b)?;
                engine.flush()
            } else {
                Err(Error::UnsupportedVersion { found, supported: FORMAT_VERSION })
            }
        }
        _ => Err(Error::NotAStore { path: path.to_path_buf() }),
    }
}
