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
//! link into your program, with a command-line example (`examples/eventctl/`).
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
//! ## Questions by person, date and place
//!
//! ```
//! use dossier::{Article, EventKind, Status, Store};
//! use chrono::NaiveDate;
//!
//! let store = Store::temporary()?;
//! let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
//! store.ingest(&Article::new("a", "Foreign Minister Hakan Fidan met Foreign Minister Sergey Lavrov \
//!     in Moscow on Tuesday. Fidan will meet Secretary of State Marco Rubio in Ankara next week.")
//!     .with_published(day("2025-06-20")))?;
//! store.ingest(&Article::new("b", "Turkish President Recep Tayyip Erdogan spoke by phone with \
//!     Russian President Vladimir Putin on Thursday, his office said.")
//!     .with_published(day("2025-06-20")))?;
//!
//! // Everyone Fidan met or will meet, in date order ("next week" is known to the
//! // month, so it sorts from June 1).
//! let timeline = store.timeline("Fidan")?;
//! assert_eq!(timeline.len(), 2);
//! let rubio = timeline.iter().find(|e| e.involves("Marco Rubio")).unwrap();
//! assert_eq!((rubio.status, rubio.date.unwrap().to_string()), (Status::Planned, "2025-06".into()));
//!
//! // Filters combine: kind, people, a date range (overlap), a place (containment).
//! let june = store.events().between(day("2025-06-01"), day("2025-06-30"));
//! assert_eq!(june.clone().kind(EventKind::Call).count()?, 1);
//! assert_eq!(june.at("Russia").count()?, 1); // Moscow is in Russia
//! assert_eq!(store.calls().involving("Erdoğan").count()?, 1); // accents do not matter
//!
//! // A list of results needs no sources: briefs skip the mentions, and the
//! // event's id reads it in full when one is picked.
//! let briefs: Vec<_> = store.meetings().involving("Lavrov").limit(100).briefs().collect::<Result<_, _>>()?;
//! assert_eq!(briefs.len(), 1);
//! assert_eq!(briefs[0].place.as_ref().map(|p| p.name.as_str()), Some("Moscow"));
//! assert_eq!(store.event(briefs[0].id)?.articles(), ["a"]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! ## Your own people and places
//!
//! The bundled gazetteer knows heads of state, ministers, envoys and spokespeople,
//! every country, capitals, major cities and landmarks. People it does not know are
//! still found from their titles ("Deputy Minister Arvo Kettunen"); to resolve a
//! surname or an alias of your own, add them:
//!
//! ```
//! use dossier::{Article, Gazetteer, Store};
//!
//! let gazetteer = Gazetteer::builder()
//!     .person("Arvo Kettunen", &["Kettunen"], &["A. Kettunen"])
//!     .build()?;
//! let dir = tempfile::tempdir()?;
//! let store = Store::builder(dir.path().join("events")).gazetteer(gazetteer).open()?;
//! store.ingest(&Article::new("a", "Kettunen met Secretary of State Marco Rubio in Helsinki."))?;
//! assert_eq!(store.meetings().involving("Arvo Kettunen").count()?, 1);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Files in the bundled format (`data/people.tsv`, `data/places.tsv`) load with
//! [`GazetteerBuilder::file`].
//!
//! ## Durability
//!
//! Each article is one atomic write. [`Durability`] says when writes reach the disk:
//! after every article, periodically (the default), or only on [`Store::flush`].
//! A crash never leaves part of an article.
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
mod pipeline;
mod query;
mod store;

pub use db::schema::FORMAT_VERSION;
pub use error::{Error, Result};
pub use extract::{Gazetteer, GazetteerBuilder};
pub use model::{
    fold, Article, Brief, DateSpan, Entity, EntityId, EntityKind, Event, EventId, EventKind, Mention, Place, Precision,
    Status,
};
pub use query::EventQuery;
/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use db::engine::EngineKind;
pub use store::{Counterpart, Durability, IngestOutcome, IngestSummary, Stats, Store, StoreBuilder};
