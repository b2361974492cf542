//! # dossier
//!
//! An embedded store of real-world events (meetings, talks, visits, phone calls)
//! extracted from news articles.
//!
//! Feed it articles as scraped from web pages (menus, cookie notices and "related
//! news" included) or as JSON Lines. It finds who met whom, where, when (resolving
//! "on Wednesday" or "in December" against the publication date) and whether it
//! happened or is planned; it merges reports of the same event from many articles
//! into one event with all its sources; it stores everything in an embedded,
//! crash-safe key-value store; and it answers typed queries through indexes.
//!
//! It is not a general NLP toolkit, a news crawler or a server: it is a library you
//! link into your program, with a command-line example (`examples/eventctl.rs`).
//!
//! ## From articles to answers
//!
//! ```
//! use dossier::{Article, EventKind, Store};
//! use chrono::NaiveDate;
//!
//! let store = Store::temporary()?;
//! let published = NaiveDate::from_ymd_opt(2025, 9, 12).unwrap(); // a Friday
//! store.ingest(&Article::new(
//!     "wire-1",
//!     "Skip to content\nMenu\n\
//!      GENEVA - Special envoy Steve Witkoff met Kirill Dmitriev in Geneva on Wednesday, \
//!      officials said. Witkoff will travel to Moscow next week.\n\
//!      Related articles\nMarkets rally on trade hopes.",
//! ).with_published(published))?;
//! // Another outlet reports the same meeting with a calendar date.
//! store.ingest(&Article::new(
//!     "paper-2",
//!     "Russian envoy Kirill Dmitriev held talks with Steve Witkoff in Geneva on September 10.",
//! ).with_published(published))?;
//!
//! let meetings: Vec<_> = store.meetings().involving("Dmitriev").iter().collect::<Result<_, _>>()?;
//! assert_eq!(meetings.len(), 1);
//! let m = &meetings[0];
//! assert_eq!(m.kind, EventKind::Meeting);
//! assert_eq!(m.participants, ["Kirill Dmitriev", "Steve Witkoff"]);
//! assert_eq!(m.place.as_ref().unwrap().name, "Geneva");
//! assert_eq!(m.date.unwrap().to_string(), "2025-09-10");
//! assert_eq!(m.articles(), ["paper-2", "wire-1"]);
//!
//! // Who has Dmitriev met, and how often?
//! let who = store.counterparts("kirill dmitriev")?;
//! assert_eq!(who[0].name, "Steve Witkoff");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## The pieces
//!
//! Data flows one way: [`ingest`] prepares text, [`extract`] finds events in one
//! article, [`merge`] decides whether a new report is an event already stored, and
//! the store writes the result in one atomic batch; queries ([`EventQuery`]) read
//! the indexes. [`Store`] conducts.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod db;
mod error;
pub mod extract;
pub mod ingest;
pub mod merge;
mod model;
mod query;
mod store;

pub use db::schema::FORMAT_VERSION;
pub use error::{Error, Result};
pub use extract::{Gazetteer, GazetteerBuilder};
pub use model::{
    fold, Article, DateSpan, Entity, EntityId, EntityKind, Event, EventId, EventKind, Mention, Place, Precision, Status,
};
pub use query::EventQuery;
/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use store::{Counterpart, Durability, IngestOutcome, IngestSummary, Stats, Store, StoreBuilder};
