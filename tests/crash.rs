//! Crash safety: an ingest killed with SIGKILL at random moments leaves a store
//! that opens, passes `verify`, and converges to the clean result once everything
//! is ingested again.
//!
//! CI runs 20 rounds (more if none caught a partly ingested store); the long run
//! is `DOSSIER_CRASH_ROUNDS=500 cargo test --release --test crash -- --nocapture`.
mod common;

#[path = "../benches/common/mod.rs"]
mod generated;

use std::process::{Command, Stdio};
use std::time::Duration;

use dossier::Store;

#[test]
fn killed_ingests_never_corrupt_the_store_and_converge() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let feed = dir.path().join("feed.jsonl");
    let articles = generated::articles(0, 600);
    let mut backup = Vec::new();
    {
        let staging = Store::temporary().unwrap();
        staging.ingest_many(articles.clone()).unwrap();
        staging.export_articles(&mut backup).unwrap();
    }
    std::fs::write(&feed, &backup).unwrap();

    // Built (if need be) before the clock below starts.
    let eventctl = common::eventctl();
    let ingest = |durability: &str| {
        Command::new(&eventctl)
            .args(["--db", db.to_str().unwrap(), "--durability", durability, "ingest", feed.to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap()
    };
    // How long a whole ingest takes on this machine and build: kills land within it.
    let clock = std::time::Instant::now();
    assert!(ingest("article").wait().unwrap().success());
    let whole = (clock.elapsed().as_millis() as u64).max(20);
    std::fs::remove_dir_all(&db).unwrap();

    let rounds: usize = std::env::var("DOSSIER_CRASH_ROUNDS").ok().and_then(|s| s.parse().ok()).unwrap_or(20);
    let mut x = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1;
    let mut killed_mid_run = 0;
    let mut partial_states = 0;
    // A busy machine can make every kill land before the first flush or after the
    // last article: then more rounds, up to five times as many, until one lands
    // in between (the test must see a partly ingested store to prove anything).
    let most = rounds * 5;
    let mut round = 0;
    while round < rounds || (partial_states == 0 && round < most) {
        // Even rounds flush after every article, so any kill after the first one
        // leaves a partly ingested store; odd rounds use the default background
        // flush, whose kills may land before anything reached the disk.
        let durability = if round % 2 == 0 { "article" } else { "periodic" };
        let mut child = ingest(durability);
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        std::thread::sleep(Duration::from_millis(5 + x % whole));
        if child.try_wait().unwrap().is_none() {
            killed_mid_run += 1;
        }
        child.kill().ok();
        child.wait().unwrap();

        let store = Store::open(&db).unwrap_or_else(|e| panic!("round {round}: store does not open: {e}"));
        let problems = store.verify().unwrap();
        assert!(problems.is_empty(), "round {round}: {problems:#?}");
        let stored = store.stats().unwrap().articles;
        if (1..600).contains(&stored) {
            partial_states += 1;
        }
        // A complete store has nothing left to interrupt: the next round starts
        // afresh (the last round's store is kept for the convergence check).
        drop(store);
        let more = round + 1 < rounds || (partial_states == 0 && round + 1 < most);
        if stored == 600 && more {
            std::fs::remove_dir_all(&db).unwrap();
        }
        round += 1;
    }
    assert!(killed_mid_run > 0, "no round killed an ingest while it ran");
    assert!(partial_states > 0, "no kill left a partly ingested store: the test proved nothing");

    let store = Store::open(&db).unwrap();
    store.ingest_many(articles.clone()).unwrap();
    let clean = Store::temporary().unwrap();
    clean.ingest_many(articles).unwrap();
    assert_eq!(common::canonical(&store), common::canonical(&clean));
    assert_eq!(store.stats().unwrap().articles, 600);
}

/// What a restart after a crash does: the whole feed again, into a store holding its
/// first articles. More of them than `ingest_many` hands out at once are skipped,
/// and the rest are ingested to the end.
#[test]
fn a_feed_resumed_after_its_first_articles_ends_like_one_run() {
    let articles = generated::articles(0, 700);
    let clean = Store::temporary().unwrap();
    clean.ingest_many(articles.clone()).unwrap();
    for stored in [1, 600] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        Store::open(&path).unwrap().ingest_many(articles[..stored].to_vec()).unwrap();
        let store = Store::open(&path).unwrap();
        let summary = store.ingest_many(articles.clone()).unwrap();
        assert_eq!((summary.articles_unchanged, summary.articles_new), (stored, 700 - stored));
        assert_eq!(common::canonical(&store), common::canonical(&clean), "after {stored} stored");
    }
}
