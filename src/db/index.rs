//! Every index key of an event.

use super::keys;
use crate::model::{fold, Event};

/// The index keys under which `event` must be found: its date, its kind, each
/// participant, its place and every place containing it, each group.
pub(crate) fn index_keys(event: &Event) -> Vec<Vec<u8>> {
    let date = keys::date_key(event.date.map(|d| d.start));
    let mut out = Vec::with_capacity(4 + event.participants.len() + event.groups.len());
    out.push(keys::index(&[keys::BY_DATE], date, event.id));
    out.push(keys::index(&keys::kind_prefix(event.kind), date, event.id));
    for p in &event.participants {
        out.push(keys::index(&keys::named_prefix(keys::BY_ENTITY, &fold(p)), date, event.id));
    }
    if let Some(place) = &event.place {
        for name in std::iter::once(&place.name).chain(&place.within) {
            out.push(keys::index(&keys::named_prefix(keys::BY_PLACE, &fold(name)), date, event.id));
        }
    }
    for g in &event.groups {
        out.push(keys::index(&keys::named_prefix(keys::BY_GROUP, &fold(g)), date, event.id));
    }
    out.sort();
    out.dedup();
    out
}
