//! Value encoding: one version byte, then postcard.
//!
//! Every stored value goes through [`encode`] and [`decode`], so the encoding can
//! change (a new version byte) without touching anything else.

use serde::{de::DeserializeOwned, Serialize};

use crate::error::{Error, Result};
use crate::model::days;

/// The version byte written before every value. Version 1 wrote dates as ISO text;
/// version 2 writes them as days from the common era. Both are read.
pub(crate) const CODEC_VERSION: u8 = 2;

/// Encodes a value behind the version byte.
pub(crate) fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    let out = vec![CODEC_VERSION];
    // Serialising our own plain structs into a Vec cannot fail: postcard errors
    // only on unsupported serde features (none are used) or a full fixed buffer.
    match postcard::to_extend(value, out) {
        Ok(v) => v,
        Err(e) => unreachable!("postcard cannot fail on dossier's own types: {e}"),
    }
}

/// Decodes a value written by [`encode`]; `what` and `key` name it in the error.
pub(crate) fn decode<T: DeserializeOwned>(bytes: &[u8], what: &'static str, key: &[u8]) -> Result<T> {
    match bytes.split_first() {
        None => Err(Error::corrupt(what, key, "empty value")),
        Some((&CODEC_VERSION, rest)) => postcard::from_bytes(rest).map_err(|e| Error::corrupt(what, key, e)),
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
            let head: crate::db::EventHead = decode_prefix(&encode(&e), "event", b"k").unwrap();
            prop_assert_eq!(head.kind, e.kind);
            prop_assert_eq!(head.date, e.date);
            prop_assert_eq!(&head.participants, &e.participants);
            prop_assert_eq!(&head.groups, &e.groups);
        }

        #[test]
        fn garbage_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = decode::<Event>(&bytes, "event", b"k");
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
