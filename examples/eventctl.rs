//! `eventctl`: the dossier command line.
//!
//! ```text
//! eventctl --db DIR ingest PATH... [--published YYYY-MM-DD]
//! eventctl --db DIR events [--kind K] [--involving NAME]... [--from D] [--to D] [--at PLACE] [--status S] [--limit N] [--json]
//! eventctl --db DIR meetings ... | calls ...
//! eventctl --db DIR entities [--json]
//! eventctl --db DIR timeline NAME [--json]
//! eventctl --db DIR show EVENT_ID [--json]
//! eventctl --db DIR stats [--json]
//! ```
//!
//! Exit codes: 0 success (bad input records are reported on stderr as
//! `file:line: reason` and skipped); 1 the command failed (a store error, a missing
//! path, an unknown event); 2 the command line is wrong.

use std::collections::HashMap;
use std::io::{BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use dossier::{ingest, Event, EventId, EventKind, Gazetteer, Status, Store};
use serde_json::json;

#[derive(Parser)]
#[command(name = "eventctl", about = "Ingest news articles and query the events in them", version)]
struct Cli {
    /// The store directory (created if missing).
    #[arg(long, global = true, default_value = "dossier-db")]
    db: PathBuf,
    /// A people or places file of your own (tab-separated, as data/people.tsv or
    /// data/places.tsv; a file whose name contains "place" is read as places).
    #[arg(long, global = true)]
    gazetteer: Vec<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Ingest .txt files (id = file stem), .jsonl files, or directories of them.
    Ingest {
        /// Files or directories.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Publication date for .txt inputs (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        published: Option<NaiveDate>,
    },
    /// Show the events extraction finds in files, without storing anything.
    Extract {
        /// .txt or .jsonl files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Publication date for .txt inputs (YYYY-MM-DD).
        #[arg(long, value_parser = parse_date)]
        published: Option<NaiveDate>,
    },
    /// List events.
    Events(Filter),
    /// List meetings (events --kind meeting).
    Meetings(Filter),
    /// List calls (events --kind call).
    Calls(Filter),
    /// List known people.
    Entities {
        /// JSON Lines output.
        #[arg(long)]
        json: bool,
    },
    /// Every event of one person, in date order.
    Timeline {
        /// A name, alias or surname.
        name: String,
        /// JSON Lines output.
        #[arg(long)]
        json: bool,
    },
    /// One event with all its sources.
    Show {
        /// The event id.
        id: EventId,
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
    /// Check the store's integrity (exit code 1 when it finds problems).
    Verify,
    /// Rebuild every index from the primary records.
    Repair,
    /// Export articles (JSON Lines: a backup that `ingest` reads back) or events.
    Export {
        /// Export the stored articles.
        #[arg(long, conflicts_with = "events", required_unless_present = "events")]
        articles: bool,
        /// Export the events (columns: id, date_start, date_end, precision, kind,
        /// status, participants, groups, location, articles, first_source).
        #[arg(long)]
        events: bool,
        /// jsonl or csv (events only).
        #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "csv"])]
        format: String,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// What the store holds.
    Stats {
        /// JSON output.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
struct Filter {
    /// meeting, call or visit.
    #[arg(long, value_parser = parse_kind)]
    kind: Option<EventKind>,
    /// A person who takes part (repeatable: all of them).
    #[arg(long)]
    involving: Vec<String>,
    /// Events on or after this date.
    #[arg(long, value_parser = parse_date)]
    from: Option<NaiveDate>,
    /// Events on or before this date.
    #[arg(long, value_parser = parse_date)]
    to: Option<NaiveDate>,
    /// A place (a city finds itself; a country finds its cities).
    #[arg(long)]
    at: Option<String>,
    /// occurred or planned.
    #[arg(long, value_parser = parse_status)]
    status: Option<Status>,
    /// At most this many events.
    #[arg(long)]
    limit: Option<usize>,
    /// Order: date (the default) or articles (most reported first).
    #[arg(long, default_value = "date", value_parser = ["date", "articles"])]
    sort: String,
    /// JSON Lines output, one event per line.
    #[arg(long)]
    json: bool,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    ingest::parse_date(s)
}

fn parse_kind(s: &str) -> Result<EventKind, String> {
    EventKind::parse(s).ok_or_else(|| format!("unknown kind {s:?}: expected meeting, call or visit"))
}

fn parse_status(s: &str) -> Result<Status, String> {
    Status::parse(s).ok_or_else(|| format!("unknown status {s:?}: expected occurred or planned"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eventctl: {e}");
            let mut source = std::error::Error::source(e.as_ref());
            while let Some(s) = source {
                eprintln!("  caused by: {s}");
                source = s.source();
            }
            ExitCode::from(1)
        }
    }
}

type Res<T> = Result<T, Box<dyn std::error::Error>>;

fn open(cli: &Cli) -> Res<Store> {
    let mut b = Store::builder(&cli.db);
    if !cli.gazetteer.is_empty() {
        let mut g = Gazetteer::builder();
        for f in &cli.gazetteer {
            g = g.file(f)?;
        }
        b = b.gazetteer(g.build()?);
    }
    Ok(b.open()?)
}

fn run(cli: Cli) -> Res<()> {
    let store = open(&cli)?;
    let out = std::io::stdout();
    let mut out = out.lock();
    match &cli.command {
        Command::Ingest { paths, published } => ingest_paths(&store, paths, *published, &mut out)?,
        Command::Extract { paths, published } => {
            for p in paths {
                let articles: Vec<dossier::Article> = if p.extension().and_then(|e| e.to_str()) == Some("jsonl") {
                    let f = std::fs::File::open(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
                    ingest::read_jsonl(BufReader::new(f), &p.display().to_string()).collect::<Result<_, _>>()?
                } else {
                    vec![ingest::read_text_file(p, *published)?]
                };
                for a in &articles {
                    let x = dossier::extract::extract(a, store.gazetteer());
                    let events: Vec<Event> =
                        x.events.into_iter().map(|e| dossier::merge::refine(EventId(0), e.kind, e.mentions)).collect();
                    writeln!(out, "# {} (published {:?})", a.id, x.published.map(|p| p.date.to_string()))?;
                    print_events(&store, &events, true, &mut out)?;
                }
            }
        }
        Command::Events(f) => list(&store, f, f.kind, &mut out)?,
        Command::Meetings(f) => list(&store, f, Some(EventKind::Meeting), &mut out)?,
        Command::Calls(f) => list(&store, f, Some(EventKind::Call), &mut out)?,
        Command::Entities { json } => {
            for e in store.entities() {
                let e = e?;
                if *json {
                    writeln!(out, "{}", json!({"id": e.id.0, "name": e.name, "kind": "person", "aliases": e.aliases}))?;
                } else {
                    writeln!(out, "{:<28} {}", e.name, e.aliases.join(", "))?;
                }
            }
        }
        Command::Timeline { name, json } => {
            let people = store.people_named(name)?;
            if people.is_empty() {
                return Err(format!("no one called {name:?} is in the store{}", did_you_mean(&store, name)?).into());
            }
            if people.len() > 1 {
                let names: Vec<&str> = people.iter().map(|e| e.name.as_str()).collect();
                eprintln!("note: {name:?} may be any of: {}; showing all of them", names.join(", "));
            }
            print_events(&store, &store.timeline(name)?, *json, &mut out)?;
        }
        Command::Show { id, json } => {
            let e = store.event(*id)?;
            if *json {
                writeln!(out, "{}", event_json(&e, &urls(&store, std::slice::from_ref(&e))?))?;
            } else {
                print_events(&store, std::slice::from_ref(&e), false, &mut out)?;
                writeln!(out)?;
                for m in &e.mentions {
                    writeln!(out, "[{}] {}", m.article, m.sentence)?;
                }
            }
        }
        Command::Verify => {
            let problems = store.verify()?;
            for p in &problems {
                writeln!(out, "{p}")?;
            }
            if !problems.is_empty() {
                return Err(format!("{} problems found; `eventctl repair` rebuilds the indexes", problems.len()).into());
            }
            writeln!(out, "ok: every index key points to its event and every event is indexed")?;
        }
        Command::Repair => {
            let (removed, written) = store.repair()?;
            writeln!(out, "repaired: {removed} stale index keys removed, {written} missing keys written")?;
        }
        Command::Export { articles, events: _, format, out: path } => {
            let mut sink: Box<dyn Write> = match path {
                Some(p) => Box::new(std::io::BufWriter::new(
                    std::fs::File::create(p).map_err(|e| format!("cannot write {}: {e}", p.display()))?,
                )),
                None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
            };
            if *articles {
                let n = store.export_articles(&mut sink)?;
                eprintln!("exported {n} articles");
            } else {
                let events: Vec<Event> = store.events().iter().collect::<Result<_, _>>()?;
                export_events(&store, &events, format, &mut sink)?;
                eprintln!("exported {} events", events.len());
            }
            sink.flush()?;
        }
        Command::Stats { json } => {
            let s = store.stats()?;
            if *json {
                writeln!(
                    out,
                    "{}",
                    json!({"articles": s.articles, "events": s.events, "entities": s.entities, "bytes_on_disk": s.bytes_on_disk})
                )?;
            } else {
                writeln!(
                    out,
                    "articles  {}\nevents    {}\nentities  {}\nbytes     {}",
                    s.articles, s.events, s.entities, s.bytes_on_disk
                )?;
            }
        }
    }
    Ok(())
}

fn inputs(path: &Path) -> Res<Vec<PathBuf>> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).map_err(|e| format!("cannot read {}: {e}", path.display()))? {
        let p = entry?.path();
        if p.is_file() && matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "jsonl")) {
            files.push(p);
        }
    }
    files.sort();
    Ok(files)
}

fn ingest_paths(store: &Store, paths: &[PathBuf], published: Option<NaiveDate>, out: &mut impl Write) -> Res<()> {
    let mut total = dossier::IngestSummary::default();
    let mut bad_records = 0usize;
    let add = |s: dossier::IngestSummary, total: &mut dossier::IngestSummary| {
        total.articles_new += s.articles_new;
        total.articles_unchanged += s.articles_unchanged;
        total.events_new += s.events_new;
        total.events_merged += s.events_merged;
        total.rejected.extend(s.rejected);
    };
    for p in paths {
        for file in inputs(p)? {
            if file.extension().and_then(|e| e.to_str()) == Some("jsonl") {
                let f = std::fs::File::open(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
                let mut good = Vec::new();
                for r in ingest::read_jsonl(BufReader::new(f), &file.display().to_string()) {
                    match r {
                        Ok(a) => good.push(a),
                        Err(e) => {
                            eprintln!("{e}");
                            bad_records += 1;
                        }
                    }
                }
                add(store.ingest_many(good)?, &mut total);
            } else {
                match ingest::read_text_file(&file, published) {
                    Ok(a) => add(store.ingest_many([a])?, &mut total),
                    Err(e) => {
                        eprintln!("{e}");
                        bad_records += 1;
                    }
                }
            }
        }
    }
    for e in &total.rejected {
        eprintln!("{e}");
    }
    writeln!(
        out,
        "articles: {} new, {} unchanged, {} rejected; events: {} new, {} merged",
        total.articles_new,
        total.articles_unchanged,
        total.rejected.len() + bad_records,
        total.events_new,
        total.events_merged
    )?;
    Ok(())
}

fn list(store: &Store, f: &Filter, kind: Option<EventKind>, out: &mut impl Write) -> Res<()> {
    let mut q = store.events();
    if let Some(k) = kind {
        q = q.kind(k);
    }
    for name in &f.involving {
        if store.people_named(name)?.is_empty() {
            eprintln!("note: no one called {name:?} is in the store{}", did_you_mean(store, name)?);
        }
        q = q.involving(name);
    }
    if f.from.is_some() || f.to.is_some() {
        q = q.between(f.from.unwrap_or(NaiveDate::MIN), f.to.unwrap_or(NaiveDate::MAX));
    }
    if let Some(p) = &f.at {
        q = q.at(p);
    }
    if let Some(s) = f.status {
        q = q.status(s);
    }
    if let (Some(n), "date") = (f.limit, f.sort.as_str()) {
        q = q.limit(n);
    }
    let mut events: Vec<Event> = q.iter().collect::<Result<_, _>>()?;
    if f.sort == "articles" {
        // Stable: equal counts stay in date order.
        events.sort_by_key(|e| std::cmp::Reverse(e.articles().len()));
        events.truncate(f.limit.unwrap_or(usize::MAX));
    }
    print_events(store, &events, f.json, out)
}

/// "; did you mean Steve Witkoff?" for the closest known names, or nothing.
fn did_you_mean(store: &Store, name: &str) -> Res<String> {
    let wanted = dossier::fold(name);
    let mut best: Vec<(f64, String)> = Vec::new();
    for e in store.entities() {
        let e = e?;
        let score = std::iter::once(&e.name)
            .chain(&e.aliases)
            .map(|n| strsim::jaro_winkler(&wanted, &dossier::fold(n)))
            .fold(0.0, f64::max);
        if score >= 0.85 {
            best.push((score, e.name));
        }
    }
    best.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let names: Vec<String> = best.into_iter().take(3).map(|(_, n)| n).collect();
    Ok(if names.is_empty() { String::new() } else { format!("; did you mean {}?", names.join(" or ")) })
}

/// Events as JSON Lines (the `events --json` shape) or CSV with the documented columns.
fn export_events(store: &Store, events: &[Event], format: &str, out: &mut dyn Write) -> Res<()> {
    let urls = urls(store, events)?;
    if format == "jsonl" {
        for e in events {
            writeln!(out, "{}", event_json(e, &urls))?;
        }
        return Ok(());
    }
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "id", "date_start", "date_end", "precision", "kind", "status", "participants", "groups", "location",
        "articles", "first_source",
    ])?;
    for e in events {
        let first = e.mentions.first().map(|m| urls.get(&m.article).cloned().unwrap_or_else(|| m.article.clone()));
        w.write_record([
            e.id.to_string(),
            e.date.map(|d| d.start.to_string()).unwrap_or_default(),
            e.date.map(|d| d.end.to_string()).unwrap_or_default(),
            e.date.map(|d| d.precision.as_str().to_string()).unwrap_or_default(),
            e.kind.as_str().to_string(),
            e.status.as_str().to_string(),
            e.participants.join("; "),
            e.groups.join("; "),
            e.place.as_ref().map(|p| p.name.clone()).unwrap_or_default(),
            e.articles().len().to_string(),
            first.unwrap_or_default(),
        ])?;
    }
    w.flush()?;
    Ok(())
}

/// The URLs of the articles that report `events`, where known.
fn urls(store: &Store, events: &[Event]) -> Res<HashMap<String, String>> {
    let mut out = HashMap::new();
    for e in events {
        for id in e.articles() {
            if !out.contains_key(id) {
                if let Some(url) = store.article(id)?.and_then(|a| a.url) {
                    out.insert(id.to_string(), url);
                }
            }
        }
    }
    Ok(out)
}

fn event_json(e: &Event, urls: &HashMap<String, String>) -> serde_json::Value {
    json!({
        "id": e.id.to_string(),
        "kind": e.kind.as_str(),
        "status": e.status.as_str(),
        "date": e.date.map(|d| json!({"start": d.start.to_string(), "end": d.end.to_string(), "precision": d.precision.as_str()})),
        "location": e.place.as_ref().map(|p| p.name.clone()),
        "participants": e.participants,
        "groups": e.groups,
        "sources": e.mentions.iter().map(|m| {
            let mut s = json!({"article": m.article, "sentence": m.sentence});
            if let Some(u) = urls.get(&m.article) {
                s["url"] = json!(u);
            }
            s
        }).collect::<Vec<_>>(),
    })
}

fn print_events(store: &Store, events: &[Event], json: bool, out: &mut impl Write) -> Res<()> {
    if json {
        let urls = urls(store, events)?;
        for e in events {
            writeln!(out, "{}", event_json(e, &urls))?;
        }
        return Ok(());
    }
    if events.is_empty() {
        writeln!(out, "no events")?;
        return Ok(());
    }
    writeln!(
        out,
        "{:>5}  {:<22}  {:<7}  {:<8}  {:<16}  {:<7}  WHO",
        "ID", "DATE", "KIND", "STATUS", "PLACE", "SOURCES"
    )?;
    for e in events {
        let who: Vec<&str> =
            e.participants.iter().map(String::as_str).chain(e.groups.iter().map(String::as_str)).collect();
        writeln!(
            out,
            "{:>5}  {:<22}  {:<7}  {:<8}  {:<16}  {:<7}  {}",
            e.id,
            e.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
            e.kind.as_str(),
            e.status.as_str(),
            e.place.as_ref().map(|p| p.name.as_str()).unwrap_or("-"),
            e.articles().len(),
            who.join(", ")
        )?;
    }
    Ok(())
}
