//! engines/*: one generated corpus stored through each engine, then the same queries.
//!
//! ```text
//! cargo bench --bench engines                                   # sled
//! cargo bench --bench engines --features redb,compare-sqlite    # sled, redb, SQLite
//! DOSSIER_BENCH_ARTICLES=100000 cargo bench --bench engines --features redb,compare-sqlite
//! DOSSIER_BENCH_SLED_TUNING=1 cargo bench --bench engines --features sled-compression
//! ```
//!
//! The corpus is the generated news pages of `common/corpus.rs` (the scale run's
//! corpus, at the density of a million articles over ten years): 20,000 pages by
//! default, about 58,000 events; `DOSSIER_BENCH_ARTICLES` changes it. Each dossier engine gets the articles
//! through `Store::ingest_many` (extraction, merging and one atomic batch per
//! article: the real write pattern). SQLite (`compare-sqlite`) gets the resulting
//! articles, events and entities in tables with indexes, one transaction per event,
//! each event's payload the same postcard bytes dossier stores. Then each backend
//! answers the same queries, and the bench checks they return the same number of
//! events. sled also answers from a compacted copy of its store
//! (`Store::compact_to`), the size a long-lived store can be brought back to.
//!
//! Besides criterion's figures it prints, from this one run: ingest time and bytes
//! on disk per engine, query medians with the ratios dossier/SQLite and sled/redb,
//! and where the bytes of the sled store go (key and value bytes per keyspace against
//! the files' size). With `DOSSIER_BENCH_SLED_TUNING=1` it also replays the store's
//! writes into raw sled databases under other settings (mode, segment size, cache,
//! flush interval, and zstd compression with the `sled-compression` feature) and
//! prints their size and time.

#[path = "common/mod.rs"]
mod common;

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use common::corpus::{Corpus, SEED};
use criterion::Criterion;
use dossier::{Article, Event, Store};

/// What the queries ask about: the corpus's most popular person and the second,
/// its most popular place, and a month in the middle of the stored articles.
struct Subjects {
    popular: String,
    second: String,
    place: String,
    month: (NaiveDate, NaiveDate),
}

impl Subjects {
    fn of(corpus: &Corpus, articles: usize) -> Subjects {
        let middle = corpus.published(articles / 2);
        Subjects {
            popular: corpus.person(0),
            second: corpus.person(1),
            place: corpus.place(0).to_string(),
            month: (middle - chrono::Days::new(15), middle + chrono::Days::new(15)),
        }
    }
}

/// The queries every backend answers, by name.
const QUERIES: [&str; 7] = [
    "involving_first_100", "involving_all", "involving_count", "involving_two", "date_range", "place_first_100",
    "counterparts",
];

/// A backend that answers the queries: returns the number of events (decoded), or
/// of counterparts, or the count.
trait Backend {
    fn name(&self) -> &str;
    fn run(&self, query: &str, s: &Subjects) -> usize;
}

/// A dossier store on one engine.
struct Dossier {
    name: &'static str,
    store: Store,
}

impl Backend for Dossier {
    fn name(&self) -> &str {
        self.name
    }

    fn run(&self, query: &str, s: &Subjects) -> usize {
        let st = &self.store;
        let (from, to) = s.month;
        let q = match query {
            "involving_first_100" => st.meetings().involving(&s.popular).limit(100),
            "involving_all" => st.meetings().involving(&s.popular),
            "involving_count" => return st.meetings().involving(&s.popular).count().expect("count"),
            "involving_two" => st.events().involving(&s.popular).involving(&s.second),
            "date_range" => st.events().between(from, to),
            "place_first_100" => st.events().at(&s.place).limit(100),
            "counterparts" => return st.counterparts(&s.popular).expect("counterparts").len(),
            _ => unreachable!("unknown query {query}"),
        };
        q.iter().fold(0, |n, r| {
            black_box(r.expect("query"));
            n + 1
        })
    }
}

/// Bytes of the files under `dir`: (their lengths, the blocks they occupy).
fn disk_usage(dir: &Path) -> (u64, u64) {
    let mut total = (0, 0);
    let Ok(entries) = std::fs::read_dir(dir) else { return total };
    for entry in entries.flatten() {
        let Ok(meta) = entry.metadata() else { continue };
        if meta.is_dir() {
            let (l, b) = disk_usage(&entry.path());
            total = (total.0 + l, total.1 + b);
        } else {
            #[cfg(unix)]
            let blocks = std::os::unix::fs::MetadataExt::blocks(&meta) * 512;
            #[cfg(not(unix))]
            let blocks = meta.len();
            total = (total.0 + meta.len(), total.1 + blocks);
        }
    }
    total
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

/// What loading one backend took and left on disk.
struct Loaded {
    name: String,
    took: Duration,
    what: &'static str,
    /// (the engine's own figure, file lengths, blocks).
    bytes: (u64, u64, u64),
}

/// Ingests the corpus into a new store of one engine in `dir`.
fn ingest(name: &'static str, dir: &Path, corpus: &[Article], open: impl Fn(&Path) -> Store) -> (Dossier, Loaded) {
    let store = open(dir);
    let started = Instant::now();
    let summary = store.ingest_many(corpus.to_vec()).expect("ingest");
    let took = started.elapsed();
    // A few generated articles repeat another's text: stored once.
    assert_eq!(summary.articles_new + summary.articles_unchanged, corpus.len());
    let stats = store.stats().expect("stats");
    let (len, blocks) = disk_usage(dir);
    eprintln!("{name}: {} articles in {took:.1?}, {} events, {} on disk", corpus.len(), stats.events, mb(len));
    let loaded = Loaded { name: name.into(), took, what: "ingest_many", bytes: (stats.bytes_on_disk, len, blocks) };
    (Dossier { name, store }, loaded)
}

/// A copy of the redb store, compacted (`Database::compact`): how much of the file is
/// free space.
#[cfg(feature = "redb")]
fn compacted_redb(dir: &Path, copy: &Path) -> Loaded {
    std::fs::create_dir_all(copy).expect("dir");
    let file = copy.join("dossier.redb");
    std::fs::copy(dir.join("dossier.redb"), &file).expect("copy");
    let started = Instant::now();
    let mut db = redb::Database::create(&file).expect("raw redb");
    db.compact().expect("compact");
    drop(db);
    let took = started.elapsed();
    let (len, blocks) = disk_usage(copy);
    Loaded { name: "redb*".into(), took, what: "* the redb file after Database::compact", bytes: (len, len, blocks) }
}

/// Extraction alone over the corpus, on as many threads as `ingest_many` uses: the
/// part of ingest that is not storage.
fn extraction_only(corpus: &[Article]) -> Duration {
    let g = dossier::Gazetteer::bundled();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
    let started = Instant::now();
    std::thread::scope(|scope| {
        for part in corpus.chunks(corpus.len().div_ceil(workers).max(1)) {
            let g = &g;
            scope.spawn(move || part.iter().map(|a| dossier::extract::extract(a, g).events.len()).sum::<usize>());
        }
    });
    started.elapsed()
}

/// A key and its value.
type Kv = (Vec<u8>, Vec<u8>);

/// Per keyspace tag: (keys, key bytes, value bytes).
type Keyspaces = BTreeMap<u8, (u64, u64, u64)>;

/// Key and value bytes per keyspace of a sled store, read raw (the store closed).
fn keyspaces(dir: &Path) -> (Keyspaces, Vec<Kv>) {
    let db = sled::open(dir).expect("raw sled");
    let mut by_tag: Keyspaces = BTreeMap::new();
    let mut all = Vec::new();
    for r in db.iter() {
        let (k, v) = r.expect("entry");
        let e = by_tag.entry(k.first().copied().unwrap_or(0)).or_default();
        e.0 += 1;
        e.1 += k.len() as u64;
        e.2 += v.len() as u64;
        all.push((k.to_vec(), v.to_vec()));
    }
    (by_tag, all)
}

fn tag_name(tag: u8) -> &'static str {
    match tag {
        0x00 => "meta",
        0x01 => "articles",
        0x02 => "text hashes",
        0x03 => "events",
        0x04 => "index: entity",
        0x05 => "index: date",
        0x06 => "index: place",
        0x07 => "index: kind",
        0x08 => "aliases",
        0x09 => "entities",
        0x0a => "index: group",
        _ => "other",
    }
}

/// An event value as the store writes it (`src/db/codec.rs`): a version byte, then
/// postcard, LZ4-compressed behind its length for version 3.
fn decode_event(value: &[u8]) -> Event {
    match value.split_first() {
        Some((3, rest)) => {
            let (len, block) = rest.split_first_chunk::<4>().expect("length");
            let body = lz4_flex::block::decompress(block, u32::from_le_bytes(*len) as usize).expect("lz4 block");
            postcard::from_bytes(&body).expect("event value")
        }
        _ => postcard::from_bytes(&value[1..]).expect("event value"),
    }
}

/// Prints where the bytes of the sled store go.
fn where_the_bytes_go(dir: &Path, text_bytes: u64, files: (u64, u64)) -> Vec<Kv> {
    let (by_tag, all) = keyspaces(dir);
    let live: u64 = by_tag.values().map(|(_, k, v)| k + v).sum();
    println!("\nwhere the bytes of the sled store go ({} of article text):", mb(text_bytes));
    println!("{:<16} {:>9} {:>12} {:>12} {:>8}", "keyspace", "keys", "key bytes", "value bytes", "x text");
    for (tag, (n, k, v)) in &by_tag {
        println!("{:<16} {n:>9} {k:>12} {v:>12} {:>8.3}", tag_name(*tag), (k + v) as f64 / text_bytes as f64);
    }
    println!("{:<16} {:>9} {:>25} {:>8.3}", "all keys+values", all.len(), live, live as f64 / text_bytes as f64);
    println!(
        "{:<16} {:>9} {:>25} {:>8.3}   ({:.1}x the keys and values; {} in blocks)",
        "files",
        "",
        files.0,
        files.0 as f64 / text_bytes as f64,
        files.0 as f64 / live as f64,
        mb(files.1)
    );
    // Inside the event values: the mentions' sentences and the rest.
    let (mut sentences, mut mentions, mut events, mut event_bytes) = (0u64, 0u64, 0u64, 0u64);
    for (k, v) in &all {
        if k.first() == Some(&0x03) {
            let e = decode_event(v);
            events += 1;
            event_bytes += v.len() as u64;
            mentions += e.mentions.len() as u64;
            sentences += e.mentions.iter().map(|m| m.sentence.len() as u64).sum::<u64>();
        }
    }
    println!(
        "event values: {events} events, {mentions} mentions, {} bytes: {} of it ({:.0}%) the mentions' sentences",
        event_bytes,
        sentences,
        100.0 * sentences as f64 / event_bytes.max(1) as f64
    );
    all
}

/// The store's writes, emulated from its final contents: per article in ingest
/// order, the article, its text hash, and every event it reports as it stood after
/// that article (its mentions so far) with the event's index keys; entities and
/// aliases when first seen.
fn replay_batches(all: &[Kv], corpus: &[Article]) -> Vec<Vec<Kv>> {
    let order: BTreeMap<&str, usize> = corpus.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    let mut batches: Vec<Vec<Kv>> = vec![Vec::new(); corpus.len() + 1];
    let mut index_keys: BTreeMap<u64, Vec<Vec<u8>>> = BTreeMap::new();
    for (k, _) in all {
        if matches!(k.first(), Some(0x04..=0x07) | Some(0x0a)) && k.len() >= 13 {
            let id = u64::from_be_bytes(k[k.len() - 8..].try_into().expect("8 bytes"));
            index_keys.entry(id).or_default().push(k.clone());
        }
    }
    for (k, v) in all {
        match k.first() {
            Some(0x01) => {
                let id = std::str::from_utf8(&k[1..]).unwrap_or("");
                batches[order.get(id).copied().unwrap_or(corpus.len())].push((k.clone(), v.clone()));
            }
            Some(0x02) => {
                let id = std::str::from_utf8(&k[9..]).unwrap_or("");
                batches[order.get(id).copied().unwrap_or(corpus.len())].push((k.clone(), v.clone()));
            }
            Some(0x03) => {
                let e = decode_event(v);
                let id = u64::from_be_bytes(k[1..9].try_into().expect("8 bytes"));
                let mut seen: Vec<usize> =
                    e.mentions.iter().map(|m| order.get(m.article.as_str()).copied().unwrap_or(corpus.len())).collect();
                seen.sort_unstable();
                seen.dedup();
                for &at in &seen {
                    let mut then = e.clone();
                    then.mentions.retain(|m| order.get(m.article.as_str()).copied().unwrap_or(corpus.len()) <= at);
                    let mut value = vec![1u8];
                    value.extend(postcard::to_allocvec(&then).expect("encode"));
                    batches[at].push((k.clone(), value));
                    for ik in index_keys.get(&id).into_iter().flatten() {
                        batches[at].push((ik.clone(), Vec::new()));
                    }
                }
            }
            _ => batches[corpus.len()].push((k.clone(), v.clone())),
        }
    }
    batches
}

/// Replays the batches into a raw sled database under `config`; returns (time
/// including the final flush, bytes by sled's count, file lengths, blocks).
fn replay_into_sled(batches: &[Vec<Kv>], dir: &Path, config: sled::Config) -> (Duration, u64, u64, u64) {
    let db = config.path(dir).open().expect("sled");
    let started = Instant::now();
    for batch in batches {
        let mut b = sled::Batch::default();
        for (k, v) in batch {
            b.insert(k.as_slice(), v.as_slice());
        }
        db.apply_batch(b).expect("batch");
    }
    db.flush().expect("flush");
    let took = started.elapsed();
    let counted = db.size_on_disk().expect("size");
    drop(db);
    let (len, blocks) = disk_usage(dir);
    (took, counted, len, blocks)
}

fn sled_tuning(batches: &[Vec<Kv>], live: u64, text_bytes: u64) {
    let base = || sled::Config::new().cache_capacity(64 << 20).flush_every_ms(Some(500));
    #[allow(unused_mut)]
    let mut configs: Vec<(&str, sled::Config)> = vec![
        ("as the store opens it (64 MiB cache, flush 500 ms, LowSpace, 512 KiB segments)", base()),
        ("mode HighThroughput", base().mode(sled::Mode::HighThroughput)),
        ("cache 16 MiB", base().cache_capacity(16 << 20)),
        ("cache 512 MiB", base().cache_capacity(512 << 20)),
        ("flush every 50 ms", base().flush_every_ms(Some(50))),
        ("no background flush (flush at the end)", base().flush_every_ms(None)),
        ("segment_size 64 KiB", base().segment_size(64 << 10)),
        ("segment_size 8 MiB", base().segment_size(8 << 20)),
    ];
    #[cfg(feature = "sled-compression")]
    configs.extend([
        ("use_compression (zstd level 5)", base().use_compression(true)),
        ("use_compression, zstd level 1", base().use_compression(true).compression_factor(1)),
        ("use_compression, zstd level 9", base().use_compression(true).compression_factor(9)),
    ]);
    let writes: usize = batches.iter().map(Vec::len).sum();
    let written: u64 = batches.iter().flatten().map(|(k, v)| (k.len() + v.len()) as u64).sum();
    println!(
        "\nsled settings, replaying the store's writes ({} batches, {writes} writes, {} written, {} live):",
        batches.len(),
        mb(written),
        mb(live)
    );
    println!("{:<80} {:>9} {:>11} {:>11} {:>8}", "setting", "time", "files", "blocks", "x text");
    for (name, config) in configs {
        let dir = tempfile::tempdir().expect("tempdir");
        let (took, _, len, blocks) = replay_into_sled(batches, &dir.path().join("db"), config);
        println!(
            "{name:<80} {:>9.2?} {:>11} {:>11} {:>8.2}",
            took,
            mb(len),
            mb(blocks),
            len as f64 / text_bytes as f64
        );
    }
}

#[cfg(feature = "compare-sqlite")]
mod sqlite {
    //! The same articles, events and entities in SQLite, with indexes for the queries.

    use super::*;
    use dossier::fold;
    use rusqlite::{params, Connection};

    pub struct Sqlite {
        pub conn: Connection,
    }

    const SCHEMA: &str = "
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        CREATE TABLE articles(id TEXT PRIMARY KEY, url TEXT, title TEXT, published INTEGER, text TEXT NOT NULL);
        CREATE TABLE events(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, status TEXT NOT NULL,
                            date_start INTEGER NOT NULL, date_end INTEGER NOT NULL, place TEXT, payload BLOB NOT NULL);
        CREATE INDEX events_by_date ON events(date_start, id);
        CREATE INDEX events_by_kind ON events(kind, date_start, id);
        CREATE TABLE participants(event_id INTEGER NOT NULL, person TEXT NOT NULL, date_start INTEGER NOT NULL);
        CREATE INDEX participants_by_person ON participants(person, date_start, event_id);
        CREATE INDEX participants_by_event ON participants(event_id, person);
        CREATE TABLE places(event_id INTEGER NOT NULL, place TEXT NOT NULL, date_start INTEGER NOT NULL);
        CREATE INDEX places_by_place ON places(place, date_start, event_id);
        CREATE TABLE entities(id TEXT PRIMARY KEY, name TEXT NOT NULL, aliases TEXT NOT NULL);
    ";

    /// Days since the common era; undated events sort last, as in dossier.
    fn day(d: Option<NaiveDate>) -> i64 {
        d.map_or(i64::MAX, |d| i64::from(chrono::Datelike::num_days_from_ce(&d)))
    }

    /// Loads `store`'s articles, events and entities into a new database at `path`.
    pub fn load(store: &Store, path: &Path) -> (Sqlite, Loaded) {
        let mut conn = Connection::open(path).expect("sqlite");
        conn.execute_batch(SCHEMA).expect("schema");
        let articles: Vec<Article> = store.articles().map(|a| a.expect("article")).collect();
        let events: Vec<Event> = store.events().iter().map(|e| e.expect("event")).collect();
        let entities: Vec<dossier::Entity> = store.entities().map(|e| e.expect("entity")).collect();
        let started = Instant::now();
        for a in &articles {
            let tx = conn.transaction().expect("tx");
            tx.execute(
                "INSERT INTO articles VALUES (?1, ?2, ?3, ?4, ?5)",
                params![a.id, a.url, a.title, a.published.map(|d| day(Some(d))), a.text],
            )
            .expect("article");
            tx.commit().expect("commit");
        }
        for e in &events {
            let tx = conn.transaction().expect("tx");
            let (start, end) = (day(e.date.map(|d| d.start)), day(e.date.map(|d| d.end)));
            let mut payload = vec![1u8];
            payload.extend(postcard::to_allocvec(e).expect("encode"));
            tx.execute(
                "INSERT INTO events VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    e.id.0 as i64,
                    e.kind.as_str(),
                    e.status.as_str(),
                    start,
                    end,
                    e.place.as_ref().map(|p| p.name.clone()),
                    payload
                ],
            )
            .expect("event");
            for p in &e.participants {
                tx.execute("INSERT INTO participants VALUES (?1, ?2, ?3)", params![e.id.0 as i64, fold(p), start])
                    .expect("participant");
            }
            if let Some(place) = &e.place {
                for name in std::iter::once(&place.name).chain(&place.within) {
                    tx.execute("INSERT INTO places VALUES (?1, ?2, ?3)", params![e.id.0 as i64, fold(name), start])
                        .expect("place");
                }
            }
            tx.commit().expect("commit");
        }
        let tx = conn.transaction().expect("tx");
        for e in &entities {
            tx.execute("INSERT INTO entities VALUES (?1, ?2, ?3)", params![e.id.0, e.name, e.aliases.join("\n")])
                .expect("entity");
        }
        tx.commit().expect("commit");
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;").expect("checkpoint");
        let took = started.elapsed();
        let bytes = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        #[cfg(unix)]
        let blocks = std::fs::metadata(path).map(|m| std::os::unix::fs::MetadataExt::blocks(&m) * 512).unwrap_or(0);
        #[cfg(not(unix))]
        let blocks = bytes;
        let loaded = Loaded {
            name: "sqlite".into(),
            took,
            what: "insert the stored events (one transaction each), articles, entities",
            bytes: (bytes, bytes, blocks),
        };
        (Sqlite { conn }, loaded)
    }

    impl Backend for Sqlite {
        fn name(&self) -> &str {
            "sqlite"
        }

        fn run(&self, query: &str, s: &Subjects) -> usize {
            let (from, to) = s.month;
            let popular = fold(&s.popular);
            let (sql, args): (&str, Vec<rusqlite::types::Value>) = match query {
                "involving_first_100" | "involving_all" => (
                    "SELECT e.payload FROM participants p JOIN events e ON e.id = p.event_id
                     WHERE p.person = ?1 AND e.kind = 'meeting' ORDER BY p.date_start, p.event_id LIMIT ?2",
                    vec![popular.into(), (if query == "involving_all" { -1 } else { 100 }).into()],
                ),
                "involving_count" => {
                    return self
                        .conn
                        .prepare_cached(
                            "SELECT count(*) FROM participants p JOIN events e ON e.id = p.event_id
                             WHERE p.person = ?1 AND e.kind = 'meeting'",
                        )
                        .expect("prepare")
                        .query_row([popular], |row| row.get::<_, i64>(0))
                        .expect("count") as usize;
                }
                "counterparts" => {
                    // Names and counts, most events first, as dossier returns them.
                    let mut stmt = self
                        .conn
                        .prepare_cached(
                            "SELECT b.person, count(*) AS n FROM participants a
                             JOIN participants b ON b.event_id = a.event_id AND b.person <> a.person
                             WHERE a.person = ?1 GROUP BY b.person ORDER BY n DESC, b.person",
                        )
                        .expect("prepare");
                    let rows = stmt
                        .query_map([popular], |row| Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?)))
                        .expect("query");
                    return rows.fold(0, |n, r| {
                        black_box(r.expect("row"));
                        n + 1
                    });
                }
                "involving_two" => (
                    "SELECT e.payload FROM participants a
                     JOIN participants b ON b.person = ?2 AND b.date_start = a.date_start AND b.event_id = a.event_id
                     JOIN events e ON e.id = a.event_id
                     WHERE a.person = ?1 ORDER BY a.date_start, a.event_id",
                    vec![popular.into(), fold(&s.second).into()],
                ),
                // As dossier reads it: starts up to the longest span before the month.
                "date_range" => (
                    "SELECT payload FROM events WHERE date_start >= ?1 AND date_start <= ?2 AND date_end >= ?3
                     ORDER BY date_start, id",
                    vec![
                        (day(Some(from)) - dossier::DateSpan::MAX_DAYS).into(),
                        day(Some(to)).into(),
                        day(Some(from)).into(),
                    ],
                ),
                "place_first_100" => (
                    "SELECT e.payload FROM places p JOIN events e ON e.id = p.event_id
                     WHERE p.place = ?1 ORDER BY p.date_start, p.event_id LIMIT 100",
                    vec![fold(&s.place).into()],
                ),
                _ => unreachable!("unknown query {query}"),
            };
            let mut stmt = self.conn.prepare_cached(sql).expect("prepare");
            let rows = stmt.query_map(rusqlite::params_from_iter(args), |row| row.get::<_, Vec<u8>>(0)).expect("query");
            rows.fold(0, |n, r| {
                black_box(decode_event(&r.expect("row")));
                n + 1
            })
        }
    }
}

/// The median of `runs` timings of `f`.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let mut c = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let n: usize = std::env::var("DOSSIER_BENCH_ARTICLES").ok().and_then(|s| s.parse().ok()).unwrap_or(20_000);
    let tuning = std::env::var_os("DOSSIER_BENCH_SLED_TUNING").is_some();
    let pages = Corpus::new(SEED, 1_000_000);
    let corpus = pages.articles(0, n);
    let subjects = Subjects::of(&pages, n);
    let text_bytes: u64 = corpus.iter().map(|a| a.text.len() as u64).sum();
    let root = tempfile::tempdir().expect("tempdir");
    let mut loaded = Vec::new();
    let mut backends: Vec<Box<dyn Backend>> = Vec::new();

    let extraction = extraction_only(&corpus);

    // sled: ingest, then read the store raw to see where its bytes go.
    let sled_dir = root.path().join("sled");
    let (sled, l) = ingest("sled", &sled_dir, &corpus, |p| Store::open(p).expect("open sled"));
    let events = sled.store.stats().expect("stats").events;
    drop(sled);
    let files = (l.bytes.1, l.bytes.2);
    loaded.push(l);
    let all = where_the_bytes_go(&sled_dir, text_bytes, files);
    let live: u64 = all.iter().map(|(k, v)| (k.len() + v.len()) as u64).sum();
    if tuning {
        sled_tuning(&replay_batches(&all, &corpus), live, text_bytes);
    }
    drop(all);
    let sled = Dossier { name: "sled", store: Store::open(&sled_dir).expect("reopen sled") };

    // The same store compacted: what `eventctl compact` brings a long-lived store to.
    let compact_dir = root.path().join("sled-compacted");
    let started = Instant::now();
    let compacted = sled.store.compact_to(&compact_dir).expect("compact");
    let took = started.elapsed();
    let (len, blocks) = disk_usage(&compact_dir);
    let engine = compacted.stats().expect("stats").bytes_on_disk;
    loaded.push(Loaded {
        name: "sled*".into(),
        took,
        what: "* the sled store after Store::compact_to",
        bytes: (engine, len, blocks),
    });
    backends.push(Box::new(Dossier { name: "sled*", store: compacted }));

    #[cfg(feature = "compare-sqlite")]
    {
        let (db, l) = sqlite::load(&sled.store, &root.path().join("events.sqlite"));
        loaded.push(l);
        backends.push(Box::new(db));
    }
    backends.insert(0, Box::new(sled));

    #[cfg(feature = "redb")]
    {
        let open = |p: &Path| Store::builder(p).engine(dossier::EngineKind::Redb).open().expect("open redb");
        let redb_dir = root.path().join("redb");
        let (redb, l) = ingest("redb", &redb_dir, &corpus, open);
        loaded.push(l);
        drop(redb);
        loaded.push(compacted_redb(&redb_dir, &root.path().join("redb-compacted")));
        backends.insert(1, Box::new(Dossier { name: "redb", store: open(&redb_dir) }));
    }

    println!("\ncorpus: {n} articles, {} of text, {events} events", mb(text_bytes));
    println!(
        "extraction alone ({} threads): {extraction:.2?}",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!(
        "{:<8} {:>10} {:>12} {:>12} {:>12} {:>11} {:>8}  loaded by",
        "engine", "load", "engine says", "files", "blocks", "per event", "x text"
    );
    for l in &loaded {
        println!(
            "{:<8} {:>10.2?} {:>12} {:>12} {:>12} {:>9} B {:>8.2}  {}",
            l.name,
            l.took,
            mb(l.bytes.0),
            mb(l.bytes.1),
            mb(l.bytes.2),
            l.bytes.1 / events.max(1),
            l.bytes.1 as f64 / text_bytes as f64,
            l.what
        );
    }

    // Every backend must give the same answers.
    for q in QUERIES {
        let counts: Vec<(String, usize)> =
            backends.iter().map(|b| (b.name().to_string(), b.run(q, &subjects))).collect();
        assert!(counts.windows(2).all(|w| w[0].1 == w[1].1), "{q}: backends disagree: {counts:?}");
    }

    let mut group = c.benchmark_group("engines");
    for q in QUERIES {
        for b in &backends {
            group.bench_function(format!("{q}/{}", b.name()), |bench| bench.iter(|| b.run(black_box(q), &subjects)));
        }
    }
    group.finish();

    // One table from this run: medians of 15 runs after a warm-up.
    let names: Vec<&str> = backends.iter().map(|b| b.name()).collect();
    print!("\n{:<22} {:>8}", "query (median of 15)", "results");
    for name in &names {
        print!(" {name:>10}");
    }
    let has = |n: &str| names.contains(&n);
    if has("sqlite") {
        print!(" {:>13} {:>13}", "sled/sqlite", "sled*/sqlite");
        if has("redb") {
            print!(" {:>13}", "redb/sqlite");
        }
    }
    if has("redb") {
        print!(" {:>10}", "sled/redb");
    }
    println!();
    for q in QUERIES {
        let results = backends[0].run(q, &subjects);
        let times: BTreeMap<&str, Duration> = backends
            .iter()
            .map(|b| {
                b.run(q, &subjects);
                (
                    b.name(),
                    median(15, || {
                        black_box(b.run(q, &subjects));
                    }),
                )
            })
            .collect();
        print!("{q:<22} {results:>8}");
        for name in &names {
            print!(" {:>10.2?}", times[name]);
        }
        let ratio = |a: &str, b: &str| times[a].as_secs_f64() / times[b].as_secs_f64();
        if has("sqlite") {
            print!(" {:>13.2} {:>13.2}", ratio("sled", "sqlite"), ratio("sled*", "sqlite"));
            if has("redb") {
                print!(" {:>13.2}", ratio("redb", "sqlite"));
            }
        }
        if has("redb") {
            print!(" {:>10.2}", ratio("sled", "redb"));
        }
        println!();
    }
    c.final_summary();
}
