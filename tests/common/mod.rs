//! Shared helpers: articles written for the tests, store constructors, scoring.
#![allow(dead_code)]

pub mod scoring;

use std::path::PathBuf;
use std::process::Command;

use chrono::NaiveDate;
use dossier::{Article, Store};

/// The eventctl example binary, built if needed: `cargo test` builds the examples,
/// `cargo test --test cli` does not (a no-op when it is current).
pub fn eventctl() -> PathBuf {
    static BUILT: std::sync::Once = std::sync::Once::new();
    BUILT.call_once(|| {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--example", "eventctl"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("cargo runs");
        assert!(status.success(), "building eventctl failed");
    });
    // The examples live next to the test binaries' parent directory.
    let exe = std::env::current_exe().expect("test binary path");
    let dir = exe.parent().and_then(|p| p.parent()).expect("target dir");
    let path = dir.join("examples").join(format!("eventctl{}", std::env::consts::EXE_SUFFIX));
    assert!(path.exists(), "eventctl not built at {}", path.display());
    path
}

/// (date, place) of every meeting involving `name`, in date order.
pub fn meetings_of(store: &Store, name: &str) -> Vec<(String, String)> {
    store
        .meetings()
        .involving(name)
        .iter()
        .map(|e| {
            let e = e.expect("readable event");
            (e.date.map(|d| d.to_string()).unwrap_or_default(), e.place.map(|p| p.name).unwrap_or_default())
        })
        .collect()
}

/// Events without their ids (which follow arrival order), sorted: two stores
/// hold the same events when these are equal.
pub fn canonical(store: &Store) -> Vec<String> {
    let mut v: Vec<String> = store
        .events()
        .iter()
        .map(|e| {
            let e = e.expect("readable event");
            let sources: Vec<(String, usize)> = e.mentions.iter().map(|m| (m.article.clone(), m.span.start)).collect();
            format!(
                "{:?} {:?} {:?} {:?} {:?} {:?} {:?}",
                e.kind, e.status, e.date, e.place, e.participants, e.groups, sources
            )
        })
        .collect();
    v.sort();
    v
}

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// A store in a fresh temporary directory; keep the `TempDir` alive.
pub fn store_in_tempdir() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path().join("db")).expect("open store");
    (dir, store)
}

/// Four short articles in the project's own words: two report the same Geneva
/// meeting, one a phone call, one a planned meeting and a refusal.
pub fn articles() -> Vec<Article> {
    vec![
        Article::new(
            "wire-geneva",
            "Skip to content\nMenu\nSubscribe\n\
             GENEVA (Wire) - U.S. special envoy Steve Witkoff met Russian envoy Kirill Dmitriev in Geneva \
             on Wednesday, two officials said. The two men discussed a prisoner exchange.\n\
             Dmitriev told reporters later that the talks had been useful.\n\
             Related articles\nEnvoys to meet again in Oslo, officials say.",
        )
        .with_published(day("2025-09-12"))
        .with_url("https://wire.test/2025/09/12/geneva"),
        Article::new(
            "daily-geneva",
            "Kirill Dmitriev held talks with Steve Witkoff and Jared Kushner in Geneva on September 10, \
             according to people familiar with the matter.\nAdvertisement\n\
             Kushner later flew to Riyadh.",
        )
        .with_published(day("2025-09-13")),
        Article::new(
            "call-readout",
            "President Donald Trump spoke by phone with Russian President Vladimir Putin on Monday, \
             the Kremlin said. Putin's aide Yuri Ushakov said the call lasted two hours.",
        )
        .with_published(day("2025-09-16")),
        Article::new(
            "ankara-plans",
            "Turkish Foreign Minister Hakan Fidan will meet Secretary of State Marco Rubio in Ankara \
             next Tuesday, the ministry said. Fidan has ruled out talks with the separatists.",
        )
        .with_published(day("2025-09-18")),
    ]
}
