//! Plain data: articles, events, entities, dates and places. No I/O here.

mod article;
mod date;
mod entity;
mod event;
mod name;

pub use article::Article;
pub(crate) use date::days;
pub(crate) use date::{month_from_name, MONTH_PATTERN};
pub use date::{DateSpan, Precision};
pub use entity::{Entity, EntityId, EntityKind};
pub use event::{Brief, Event, EventId, EventKind, Mention, Place, Status};
pub use name::fold;
pub(crate) use name::folds_to;
