//! Value encoding: one version byte, then postcard, compressed when that pays.
//!
//! Every stored value goes through [`encode`] and [`decode`], so the encoding can
//! change (a new version byte) without touching anything else.
//!
//! | first byte | then |
//! |---|---|
//! | 1 | postcard, dates as ISO text (format 1) |
//! | 2 | postcard, dates as day numbers |
//! | 3 | the postcard bytes of version 2, LZ4-compressed: their length (u32, little-endian), then an LZ4 block |
//!
//! Values of [`COMPRESS_FROM`] bytes or more (article records, events reported
//! many times) are written as version 3 when that saves at least an eighth.

use serde::{de::DeserializeOwned, Serialize};

use crate::error::{Error, Result};
use crate::model::days;

/// The version byte written before every value. Version 1 wrote dates as ISO text;
/// version 2 writes them as days from the common era. Both are read.
pub(crate) const CODEC_VERSION: u8 = 2;

/// The version byte of an LZ4-compressed version-2 value.
pub(crate) const COMPRESSED: u8 = 3;

/// Values at least this long (postcard bytes) are compressed when that pays.
pub(crate) const COMPRESS_FROM: usize = 512;

/// LZ4 expands at most 255-fold: a length beyond that of its block is corruption,
/// not a reason to allocate.
const LZ4_MAX_RATIO: usize = 255;

/// Encodes a value behind the version byte.
pub(crate) fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    let out = vec![CODEC_VERSION];
    // Serialising our own plain structs into a Vec cannot fail: postcard errors
    // only on unsupported serde features (none are used) or a full fixed buffer.
    let plain = match postcard::to_extend(value, out) {
        Ok(v) => v,
        Err(e) => unreachable!("postcard cannot fail on dossier's own types: {e}"),
    };
    let body = &plain[1..];
    match u32::try_from(body.len()) {
        Ok(len) if body.len() >= COMPRESS_FROM => {
            let block = lz4_flex::block::compress(body);
            if block.len() + 5 + body.len() / 8 > body.len() {
                return plain;
            }
            let mut out = Vec::with_capacity(5 + block.len());
            out.push(COMPRESSED);
            out.extend_from_slice(&len.to_le_bytes());
            out.extend_from_slice(&block);
            out
        }
        _ => plain,
    }
}

/// The version-2 bytes of a version-3 value.
fn decompress(rest: &[u8], what: &'static str, key: &[u8]) -> Result<Vec<u8>> {
    let (len, block) = rest.split_first_chunk::<4>().ok_or_else(|| Error::corrupt(what, key, "truncated length"))?;
    let len = u32::from_le_bytes(*len) as usize;
    if len > block.len().saturating_mul(LZ4_MAX_RATIO) {
        return Err(Error::corrupt(what, key, format!("compressed length {len} from {} bytes", block.len())));
    }
    let body = lz4_flex::block::decompress(block, len).map_err(|e| Error::corrupt(what, key, e))?;
    if body.len() != len {
        return Err(Error::corrupt(what, key, format!("decompressed to {} bytes, not {len}", body.len())));
    }
    Ok(body)
}

/// Decodes a value written by [`encode`]; `what` and `key` name it in the error.
pub(crate) fn decode<T: DeserializeOwned>(bytes: &[u8], what: &'static str, key: &[u8]) -> Result<T> {
    match bytes.split_first() {
        None => Err(Error::corrupt(what, key, "empty value")),
        Some((&CODEC_VERSION, rest)) => postcard::from_bytes(rest).map_err(|e| Error::corrupt(what, key, e)),
        Some((&COMPRESSED, rest)) => {
            postcard::from_bytes(&decompress(rest, what, key)?).map_err(|e| Error::corrupt(what, key, e))
        }
        Some((1, rest)) => days::legacy(|| postcard::from_bytes(rest)).map_err(|e| Error::corrupt(what, key, e)),
        Some((v, _)) => Err(Error::corrupt(what, key, format!("unknown value encoding version {v}"))),
    }
}

/// Decodes the leading fields of a value as `T` (a struct whose fields are the
/// value's first fields, in order), ignoring the rest: a cheap look at an event
/// without its mentions.
pub(crate) fn decode_prefix<T: DeserializeOwned>(bytes: &[u8], what: &'static str, key: &[u8]) -> Result<T> {
    match bytes.split_first() {
        None => Err(Error::corrupt(what, key, "empty value")),
        Some((&CODEC_VERSION, rest)) => {
            postcard::take_from_bytes(rest).map(|(v, _)| v).map_err(|e| Error::corrupt(what, key, e))
        }
        Some((&COMPRESSED, rest)) => postcard::take_from_bytes(&decompress(rest, what, key)?)
            .map(|(v, _)| v)
            .map_err(|e| Error::corrupt(what, key, e)),
        Some((1, rest)) => {
            days::legacy(|| postcard::take_from_bytes(rest)).map(|(v, _)| v).map_err(|e| Error::corrupt(what, key, e))
        }
        Some((v, _)) => Err(Error::corrupt(what, key, format!("unknown value encoding version {v}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DateSpan, Event, EventId, EventKind, Mention, Place, Status};
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn event(id: u64, day: i32, names: Vec<String>) -> Event {
        let date = NaiveDate::from_num_days_from_ce_opt(day).map(DateSpan::day);
        Event {
            id: EventId(id),
            kind: EventKind::Meeting,
            status: Status::Occurred,
            date,
            place: Some(Place { name: "Geneva".into(), within: vec!["Switzerland".into()] }),
            participants: names.clone(),
            groups: vec![],
            mentions: vec![Mention {
                article: "a".into(),
                sentence: "They met.".into(),
                span: 3..12,
                published: None,
                status: Status::Occurred,
                date,
                place: None,
                participants: names,
                groups: vec!["Russia".into()],
            }],
        }
    }

    proptest! {
        #[test]
        fn events_round_trip(id: u64, day in 1i32..1_000_000, names in proptest::collection::vec("\\PC{0,12}", 0..4)) {
            let e = event(id, day, names);
            let back: Event = decode(&encode(&e), "event", b"k").unwrap();
            prop_assert_eq!(back, e);
        }

        #[test]
        fn an_events_head_decodes_as_its_leading_fields(id: u64, day in 1i32..1_000_000, names in proptest::collection::vec("\\PC{0,12}", 0..4)) {
            let e = event(id, day, names);
            let brief: crate::model::Brief = decode_prefix(&encode(&e), "event", b"k").unwrap();
            prop_assert_eq!(brief, crate::model::Brief::from(&e));
        }

        #[test]
        fn garbage_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = decode::<Event>(&bytes, "event", b"k");
        }
    }

    #[test]
    fn long_values_are_stored_compressed_and_read_back() {
        let mut e = event(7, 739_000, vec!["Anna Moravec".into(), "Ivo Brandt".into()]);
        e.mentions[0].sentence = "Anna Moravec met Ivo Brandt in Geneva on Tuesday, officials said. ".repeat(20);
        let bytes = encode(&e);
        assert_eq!(bytes[0], COMPRESSED);
        assert!(bytes.len() < e.mentions[0].sentence.len() / 4, "{} bytes", bytes.len());
        assert_eq!(decode::<Event>(&bytes, "event", b"k").unwrap(), e);
        let brief: crate::model::Brief = decode_prefix(&bytes, "event", b"k").unwrap();
        assert_eq!(brief, crate::model::Brief::from(&e));
        // Short values stay plain.
        assert_eq!(encode(&event(8, 739_000, vec![]))[0], CODEC_VERSION);
    }

    #[test]
    fn a_damaged_compressed_value_is_corruption_not_a_huge_allocation() {
        for bytes in
            [&[COMPRESSED, 0xff, 0xff, 0xff, 0xff, 1, 2, 3][..], &[COMPRESSED, 1, 0], &[COMPRESSED, 9, 0, 0, 0, 0x90]]
        {
            let err = decode::<Event>(bytes, "event", b"\x03").unwrap_err();
            assert!(err.is_storage(), "{err}");
        }
    }

    #[test]
    fn unknown_version_is_corruption() {
        let mut bytes = encode(&event(1, 700_000, vec![]));
        bytes[0] = 9;
        let err = decode::<Event>(&bytes, "event", b"\x03").unwrap_err();
        assert!(err.is_storage(), "{err}");
        assert!(err.to_string().contains("version 9"), "{err}");
    }
}
