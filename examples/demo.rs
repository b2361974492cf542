//! The main job on the embedded default: ingest the bundled sample articles into a
//! fresh store under `target/`, then print every meeting involving Kirill Dmitriev.
//!
//! ```text
//! cargo run --release --example demo
//! ```

use std::io::{BufReader, Write};
use std::path::Path;

use dossier::{ingest, Store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    match run() {
        // `demo | head` closes the pipe early: not an error.
        Err(e) if e.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) => {
            Ok(())
        }
        other => other,
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let samples = root.join("data/samples/articles.jsonl");
    let dir = root.join("target/demo-store");
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    let store = Store::open(&dir)?;

    let file = std::fs::File::open(&samples)?;
    let mut articles = Vec::new();
    for record in ingest::read_jsonl(BufReader::new(file), "data/samples/articles.jsonl") {
        match record {
            Ok(a) => articles.push(a),
            Err(e) => eprintln!("skipped {e}"),
        }
    }
    let started = std::time::Instant::now();
    let summary = store.ingest_many(articles)?;
    writeln!(
        out,
        "Ingested {} articles into {} in {:.1?}: {} events, {} reports merged into existing ones.\n",
        summary.articles_new,
        dir.display(),
        started.elapsed(),
        summary.events_new,
        summary.events_merged,
    )?;

    writeln!(out, "Meetings involving Dmitriev:\n")?;
    writeln!(out, "{:<24} {:<18} {:<9} {:<8} PARTICIPANTS", "DATE", "PLACE", "STATUS", "SOURCES")?;
    for event in store.meetings().involving("Dmitriev").iter() {
        let e = event?;
        writeln!(
            out,
            "{:<24} {:<18} {:<9} {:<8} {}",
            e.date.map(|d| d.to_string()).unwrap_or_else(|| "date unknown".into()),
            e.place.as_ref().map(|p| p.name.as_str()).unwrap_or("-"),
            e.status.as_str(),
            e.articles().len(),
            e.participants.join(", "),
        )?;
        if let Some(m) = e.mentions.first() {
            writeln!(out, "    \"{}\" ({})", truncate(&m.sentence, 110), m.article)?;
        }
    }

    writeln!(out, "\nDmitriev's most frequent counterparts:")?;
    for c in store.counterparts("Dmitriev")?.iter().take(5) {
        writeln!(out, "  {:<24} {} {}", c.name, c.events, if c.events == 1 { "event" } else { "events" })?;
    }
    Ok(())
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}...", s.chars().take(n).collect::<String>())
    }
}
