//! Key layout: one tag byte per keyspace, then big-endian, order-preserving parts.
//!
//! | tag | keyspace | key after the tag | value |
//! |-----|----------|-------------------|-------|
//! | 0x00 | meta | name (`format`, `magic`, `next_event`, `counts`, `fold/<person>`) | raw bytes; `counts` is articles and events (two u64s); a fold record is a codec-encoded list of article ids |
//! | 0x01 | articles | article id | `ArticleRecord` |
//! | 0x02 | text hashes | hash (8) + article id | empty |
//! | 0x03 | events | event id (8) | `Event` |
//! | 0x04 | entity → date → event | folded name, 0, date (4), event id (8) | summary, the other participants |
//! | 0x05 | date → event | date (4), event id (8) | summary |
//! | 0x06 | place → date → event | folded place, 0, date (4), event id (8) | summary |
//! | 0x07 | kind → date → event | kind (1), date (4), event id (8) | summary |
//! | 0x08 | alias → entity | folded alias, 0, entity id | empty |
//! | 0x09 | entities | entity id | `Entity` |
//! | 0x0a | group → date → event | folded group, 0, date (4), event id (8) | summary |
//!
//! An index key's value is its event's [`Summary`](super::index::Summary) (end date,
//! kind, status, number of people: 7 bytes), or empty in stores written before it.
//! A participant's key goes on with the event's other participants
//! ([`others`](super::index::others)), absent in stores written before them.
//!
//! Dates are days since the common era with the sign bit flipped, so byte order is
//! date order; undated events sort last (`u32::MAX`). Folded names never contain a
//! zero byte, so the zero terminator keeps one name's keys apart from a longer name's.

use chrono::{Datelike, NaiveDate};

use crate::model::{EventId, EventKind};

pub(crate) const META: u8 = 0x00;
pub(crate) const ARTICLE: u8 = 0x01;
pub(crate) const TEXT_HASH: u8 = 0x02;
pub(crate) const EVENT: u8 = 0x03;
pub(crate) const BY_ENTITY: u8 = 0x04;
pub(crate) const BY_DATE: u8 = 0x05;
pub(crate) const BY_PLACE: u8 = 0x06;
pub(crate) const BY_KIND: u8 = 0x07;
pub(crate) const ALIAS: u8 = 0x08;
pub(crate) const ENTITY: u8 = 0x09;
pub(crate) const BY_GROUP: u8 = 0x0a;

/// The sort key of an undated event.
pub(crate) const UNDATED: u32 = u32::MAX;

/// The order-preserving 4-byte form of a date.
pub(crate) fn date_key(date: Option<NaiveDate>) -> u32 {
    match date {
        Some(d) => (d.num_days_from_ce() as u32) ^ 0x8000_0000,
        None => UNDATED,
    }
}

#[cfg(test)]
/// The inverse of [`date_key`]; `None` for the undated key or a day chrono cannot hold.
pub(crate) fn date_from_key(k: u32) -> Option<NaiveDate> {
    if k == UNDATED {
        return None;
    }
    NaiveDate::from_num_days_from_ce_opt((k ^ 0x8000_0000) as i32)
}

pub(crate) fn meta(name: &str) -> Vec<u8> {
    tagged(META, name.as_bytes())
}

/// The fold record of a person: under meta, "fold/" and the entity id; the value
/// is the list of article ids (codec-encoded) whose bare surname was taken to mean
/// that person.
pub(crate) fn fold(entity_id: &str) -> Vec<u8> {
    meta(&format!("fold/{entity_id}"))
}

pub(crate) fn article(id: &str) -> Vec<u8> {
    tagged(ARTICLE, id.as_bytes())
}

pub(crate) fn text_hash_prefix(hash: u64) -> Vec<u8> {
    tagged(TEXT_HASH, &hash.to_be_bytes())
}

pub(crate) fn text_hash(hash: u64, id: &str) -> Vec<u8> {
    let mut k = text_hash_prefix(hash);
    k.extend_from_slice(id.as_bytes());
    k
}

pub(crate) fn event(id: EventId) -> Vec<u8> {
    tagged(EVENT, &id.0.to_be_bytes())
}

pub(crate) fn entity(id: &str) -> Vec<u8> {
    tagged(ENTITY, id.as_bytes())
}

pub(crate) fn alias_prefix(folded_alias: &str) -> Vec<u8> {
    let mut k = tagged(ALIAS, folded_alias.as_bytes());
    k.push(0);
    k
}

pub(crate) fn alias(folded_alias: &str, entity_id: &str) -> Vec<u8> {
    let mut k = alias_prefix(folded_alias);
    k.extend_from_slice(entity_id.as_bytes());
    k
}

/// The prefix of a named index (entity, place, group): tag, folded name, 0.
pub(crate) fn named_prefix(tag: u8, folded: &str) -> Vec<u8> {
    let mut k = tagged(tag, folded.as_bytes());
    k.push(0);
    k
}

/// The entity id a participant's prefix ([`named_prefix`] under [`BY_ENTITY`])
/// names; `None` for any other prefix.
pub(crate) fn entity_of(prefix: &[u8]) -> Option<&str> {
    match prefix {
        [BY_ENTITY, name @ .., 0] => std::str::from_utf8(name).ok(),
        _ => None,
    }
}

/// The prefix of the kind index for one kind.
pub(crate) fn kind_prefix(kind: EventKind) -> Vec<u8> {
    vec![BY_KIND, kind.code()]
}

/// A prefix followed by a date key: where an index's run of that date starts.
pub(crate) fn with_date(prefix: &[u8], date: u32) -> Vec<u8> {
    let mut k = Vec::with_capacity(prefix.len() + 12);
    k.extend_from_slice(prefix);
    k.extend_from_slice(&date.to_be_bytes());
    k
}

/// A full index key: prefix, date, event id.
pub(crate) fn index(prefix: &[u8], date: u32, id: EventId) -> Vec<u8> {
    let mut k = with_date(prefix, date);
    k.extend_from_slice(&id.0.to_be_bytes());
    k
}

/// Whether `key` is an index key (ends with a date and an event id).
pub(crate) fn is_index(key: &[u8]) -> bool {
    matches!(key.first(), Some(&(BY_ENTITY | BY_DATE | BY_PLACE | BY_KIND | BY_GROUP))) && key.len() >= 13
}

/// Reads the date and event id at the end of an index key.
pub(crate) fn split_index(key: &[u8]) -> Option<(u32, EventId)> {
    let n = key.len();
    if n < 13 {
        return None;
    }
    let date = u32::from_be_bytes(key[n - 12..n - 8].try_into().ok()?);
    let id = u64::from_be_bytes(key[n - 8..].try_into().ok()?);
    Some((date, EventId(id)))
}

/// The first key after every key that starts with `prefix` (`None`: no such key).
pub(crate) fn prefix_end(prefix: &[u8]) -> Option<Vec<u8>> {
    let mut end = prefix.to_vec();
    while let Some(last) = end.pop() {
        if last < 0xff {
            end.push(last + 1);
            return Some(end);
        }
    }
    None
}

fn tagged(tag: u8, rest: &[u8]) -> Vec<u8> {
    let mut k = Vec::with_capacity(1 + rest.len());
    k.push(tag);
    k.extend_from_slice(rest);
    k
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(n: i32) -> NaiveDate {
        NaiveDate::from_num_days_from_ce_opt(n).unwrap()
    }

    proptest! {
        #[test]
        fn key_order_is_date_order(a in -100_000i32..1_000_000, b in -100_000i32..1_000_000, ia: u64, ib: u64) {
            let prefix = named_prefix(BY_ENTITY, "kirill dmitriev");
            let ka = index(&prefix, date_key(Some(day(a))), EventId(ia));
            let kb = index(&prefix, date_key(Some(day(b))), EventId(ib));
            prop_assert_eq!(ka.cmp(&kb), (a, ia).cmp(&(b, ib)));
        }

        #[test]
        fn date_keys_round_trip(a in -100_000i32..1_000_000) {
            prop_assert_eq!(date_from_key(date_key(Some(day(a)))), Some(day(a)));
        }

        #[test]
        fn index_keys_split_back(a in 0i32..1_000_000, id: u64, name in "[a-z ]{0,20}") {
            let prefix = named_prefix(BY_PLACE, &name);
            let k = index(&prefix, date_key(Some(day(a))), EventId(id));
            prop_assert!(k.starts_with(&prefix));
            prop_assert_eq!(split_index(&k), Some((date_key(Some(day(a))), EventId(id))));
        }
    }

    #[test]
    fn undated_sorts_after_every_date() {
        let latest = date_key(Some(NaiveDate::MAX));
        assert!(latest < UNDATED);
        assert_eq!(date_from_key(UNDATED), None);
    }

    #[test]
    fn a_name_does_not_run_into_a_longer_name() {
        let short = named_prefix(BY_ENTITY, "lee");
        let long = index(&named_prefix(BY_ENTITY, "lee jae myung"), 5, EventId(1));
        assert!(!long.starts_with(&short));
    }

    #[test]
    fn prefix_end_bounds_the_prefix() {
        assert_eq!(prefix_end(&[1, 2]), Some(vec![1, 3]));
        assert_eq!(prefix_end(&[1, 0xff]), Some(vec![2]));
        assert_eq!(prefix_end(&[0xff]), None);
    }
}
