//! `eventctl`: the dossier command line.
//!
//! ```text
//! eventctl --db DIR ingest PATH... [--published YYYY-MM-DD]
//! eventctl --db DIR extract PATH... [--published YYYY-MM-DD] [--json]
//! eventctl --db DIR events [--kind K] [--involving NAME]... [--from D] [--to D] [--at PLACE] [--status S] [--limit N] [--json]
//! eventctl --db DIR meetings ... | calls ...
//! eventctl --db DIR entities [--json]
//! eventctl --db DIR timeline NAME [--json | --svg FILE]
//! eventctl --db DIR graph [--involving NAME] [--kind K] [--limit N] [--json | --dot FILE | --svg FILE]
//! eventctl --db DIR show EVENT_ID [--json]
//! eventctl --db DIR stats [--json]
//! eventctl --db DIR verify [--json] | repair | export ...
//! ```
//!
//! Exit codes: 0 success (bad input records are reported on stderr as
//! `file:line: reason` and skipped); 1 the command failed (a store error, a missing
//! path, an unknown event or person, problems found by `verify`); 2 the command
//! line is wrong.

/// mimalloc: ingest runs a fifth to a half faster than on the system allocator
/// (BENCHMARKS.md, session 14). A program linking dossier picks its own
/// allocator; these two lines are all it takes.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod graph;
mod ingest_files;
mod svg;
mod table;

use std::collections::HashMap;
use std::io::{BufReader, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use dossier::{ingest, Durability, Event, EventId, EventKind, Gazetteer, Status, Store};
use serde_json::json;

use table::{Align, Table};

const LONG_ABOUT: &str = "\
Ingest news articles and query the events in them: meetings, calls and visits, with
who took part, when, where, and which articles say so.

Read commands print aligned tables; with --json they print JSON Lines instead (one
event per line for event lists, the shape documented in the README).

Pictures: `timeline NAME --svg FILE` draws one person's events over time;
`graph --dot FILE` writes who met whom as Graphviz DOT (`--svg FILE` renders it with
Graphviz's `dot`, which must be installed).

Exit codes:
  0  success (bad input records are reported on stderr as `file:line: reason` and skipped)
  1  the command failed: a store error, a missing or unreadable file, an unknown event or
     person, Graphviz missing for `graph --svg`, problems found by `verify`
  2  the command line is wrong (unknown command or option, bad value)";

#[derive(Parser)]
#[command(
    name = "eventctl",
    about = "Ingest news articles and query the events in them",
    long_about = LONG_ABOUT,
    version
)]
struct Cli {
    /// The store directory (created if missing).
    #[arg(long, global = true, default_value = "dossier-db")]
    db: PathBuf,
    /// A people or places file of your own (tab-separated, as data/people.tsv or
    /// data/places.tsv; a file whose name contains "place" is read as places).
    #[arg(long, global = true)]
    gazetteer: Vec<PathBuf>,
    /// When ingested articles reach the disk: after each one (survives a crash or
    /// power loss as soon as it is counted; slowest), every 500 ms, or only at the
    /// end of the run. Each article is written atomically whichever you choose.
    #[arg(long, global = true, value_enum, default_value_t = Sync::Periodic)]
    durability: Sync,
    #[command(subcommand)]
    command: Command,
}

/// `--durability`: the store's [`Durability`].
#[derive(Clone, Copy, ValueEnum)]
enum Sync {
    /// Flush after every article.
    Article,
    /// Flush in the background every 500 ms (the default).
    Periodic,
    /// Flush at the end of the run.
    Manual,
}

#[derive(Subcommand)]
enum Command {
    /// Ingest .txt files (id = file stem), .jsonl files, or directories of them.
    ///
    /// A progress bar (articles/s, ETA) is drawn on stderr when it is a terminal.
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
        /// JSON Lines output: one line per article, {"article", "published", "events"}.
        #[arg(long)]
        json: bool,
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
        #[arg(long, conflicts_with = "svg")]
        json: bool,
        /// Draw the timeline as an SVG picture into FILE instead: one row per
        /// counterpart, circle = meeting, square = call, triangle = visit; filled =
        /// occurred, hollow = planned; hover a marker for its details.
        #[arg(long, value_name = "FILE")]
        svg: Option<PathBuf>,
    },
    /// Who met whom: pairs of people and the number of events they share.
    ///
    /// Prints the pairs (heaviest first) or, with --dot / --svg, writes the network
    /// as a Graphviz graph: a node per person, an edge per pair with weight and label
    /// = shared events and the pen width growing with it.
    Graph {
        /// Only the events this person takes part in (their network: them, their
        /// counterparts, and the links among those from the same events).
        #[arg(long, value_name = "NAME")]
        involving: Option<String>,
        /// Only meetings, calls or visits.
        #[arg(long, value_parser = parse_kind)]
        kind: Option<EventKind>,
        /// Keep the N heaviest pairs (ties by name); 0 keeps them all.
        #[arg(long, value_name = "N", default_value_t = 100)]
        limit: usize,
        /// Write the graph as Graphviz DOT to FILE.
        #[arg(long, value_name = "FILE")]
        dot: Option<PathBuf>,
        /// Render the graph to an SVG FILE with Graphviz's `dot` (must be installed).
        #[arg(long, value_name = "FILE")]
        svg: Option<PathBuf>,
        /// JSON Lines output: {"a", "b", "events", "event_ids"} per pair.
        #[arg(long, conflicts_with_all = ["dot", "svg"])]
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
    Verify {
        /// JSON output: {"ok", "problems"}.
        #[arg(long)]
        json: bool,
    },
    /// Rebuild every index from the primary records.
    Repair,
    /// Rewrite the store in key order, reclaiming the space old page versions hold.
    ///
    /// Without --into the store is compacted in place: the copy is written beside
    /// it (DB.compacting), then takes its name; the old files are deleted last.
    Compact {
        /// Write the compacted copy into this new or empty directory instead,
        /// leaving the store as it is.
        #[arg(long, value_name = "DIR")]
        into: Option<PathBuf>,
    },
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
        // A closed pipe (`eventctl events | head`) is the reader's choice, not a failure.
        Err(e) if e.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) => {
            ExitCode::SUCCESS
        }
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
    let durability = match cli.durability {
        Sync::Article => Durability::EveryArticle,
        Sync::Periodic => Durability::Periodic(500),
        Sync::Manual => Durability::Manual,
    };
    let mut b = Store::builder(&cli.db).durability(durability);
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
        Command::Ingest { paths, published } => ingest_files::ingest_paths(&store, paths, *published, &mut out)?,
        Command::Extract { paths, published, json } => extract(&store, paths, *published, *json, &mut out)?,
        Command::Events(f) => list(&store, f, f.kind, &mut out)?,
        Command::Meetings(f) => list(&store, f, Some(EventKind::Meeting), &mut out)?,
        Command::Calls(f) => list(&store, f, Some(EventKind::Call), &mut out)?,
        Command::Entities { json } => {
            let mut t = Table::new(&[("NAME", Align::Left), ("ALIASES", Align::Left)]);
            let mut any = false;
            for e in store.entities() {
                any = true;
                let e = e?;
                if *json {
                    writeln!(out, "{}", json!({"id": e.id.0, "name": e.name, "kind": "person", "aliases": e.aliases}))?;
                } else {
                    t.row(vec![e.name, e.aliases.join(", ")]);
                }
            }
            if !*json && any {
                t.write(&mut out)?;
            } else if !*json {
                writeln!(out, "no people")?;
            }
        }
        Command::Timeline { name, json, svg } => {
            let people = known_people(&store, name)?;
            if people.len() > 1 {
                eprintln!("note: {name:?} may be any of: {}; showing all of them", people.join(", "));
            }
            let events = store.timeline(name)?;
            match svg {
                Some(path) => {
                    let title = people.join(" / ");
                    let picture = svg::timeline(&title, &people, &events);
                    std::fs::write(path, picture).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                    eprintln!("wrote {}: {} events of {title}", path.display(), events.len());
                }
                None => print_events(&store, &events, *json, &mut out)?,
            }
        }
        Command::Graph { involving, kind, limit, dot, svg, json } => {
            graph_command(&store, involving.as_deref(), *kind, *limit, dot.as_ref(), svg.as_ref(), *json, &mut out)?
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
        Command::Verify { json } => {
            let problems = store.verify()?;
            if *json {
                writeln!(out, "{}", json!({"ok": problems.is_empty(), "problems": problems}))?;
            } else {
                for p in &problems {
                    writeln!(out, "{p}")?;
                }
            }
            if !problems.is_empty() {
                return Err(format!("{} problems found; `eventctl repair` rebuilds the indexes", problems.len()).into());
            }
            if !*json {
                writeln!(out, "ok: every index key points to its event and every event is indexed")?;
            }
        }
        Command::Repair => {
            let (removed, written) = store.repair()?;
            writeln!(out, "repaired: {removed} stale index keys removed, {written} missing keys written")?;
        }
        Command::Compact { into } => {
            let before = store.stats()?.bytes_on_disk;
            let (target, old) = match into {
                Some(dir) => (dir.clone(), None),
                None => (sibling(&cli.db, "compacting")?, Some(sibling(&cli.db, "old")?)),
            };
            let copy = store.compact_to(&target)?;
            let after = copy.stats()?.bytes_on_disk;
            drop((copy, store));
            if let Some(old) = old {
                // Swap the directories: the old store stays whole until the copy has
                // its name.
                let rename = |from: &PathBuf, to: &PathBuf| {
                    std::fs::rename(from, to)
                        .map_err(|e| format!("cannot rename {} to {}: {e}", from.display(), to.display()))
                };
                rename(&cli.db, &old)?;
                rename(&target, &cli.db)?;
                std::fs::remove_dir_all(&old).map_err(|e| format!("cannot remove {}: {e}", old.display()))?;
            }
            let shown = into.as_ref().unwrap_or(&cli.db).display();
            writeln!(out, "compacted: {before} bytes -> {after} bytes on disk ({shown})")?;
            return Ok(());
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

/// `DB.suffix` beside the store directory `DB`; refused when it exists (a
/// compaction that was interrupted: look inside before removing it).
fn sibling(db: &std::path::Path, suffix: &str) -> Res<PathBuf> {
    let mut name = db.file_name().ok_or_else(|| format!("{} has no directory name", db.display()))?.to_os_string();
    name.push(format!(".{suffix}"));
    let path = db.with_file_name(name);
    if path.exists() {
        return Err(
            format!("{} exists (left by an interrupted compaction?): move or remove it first", path.display()).into()
        );
    }
    Ok(path)
}

/// The canonical names `name` denotes, or an error with the closest known names.
fn known_people(store: &Store, name: &str) -> Res<Vec<String>> {
    let people = store.people_named(name)?;
    if people.is_empty() {
        return Err(format!("no one called {name:?} is in the store{}", did_you_mean(store, name)?).into());
    }
    Ok(people.into_iter().map(|e| e.name).collect())
}

fn extract(store: &Store, paths: &[PathBuf], published: Option<NaiveDate>, json: bool, out: &mut dyn Write) -> Res<()> {
    for p in paths {
        let articles: Vec<dossier::Article> = if ingest_files::is_jsonl(p) {
            let f = std::fs::File::open(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
            ingest::read_jsonl(BufReader::new(f), &p.display().to_string()).collect::<Result<_, _>>()?
        } else {
            vec![ingest::read_text_file(p, published)?]
        };
        for a in &articles {
            let x = dossier::extract::extract(a, store.gazetteer());
            let events: Vec<Event> =
                x.events.into_iter().map(|e| dossier::merge::refine(EventId(0), e.kind, e.mentions)).collect();
            let published = x.published.map(|p| p.date.to_string());
            if json {
                let urls = HashMap::new();
                let events: Vec<serde_json::Value> = events.iter().map(|e| event_json(e, &urls)).collect();
                writeln!(out, "{}", json!({"article": a.id, "published": published, "events": events}))?;
            } else {
                writeln!(out, "# {} (published {})", a.id, published.as_deref().unwrap_or("unknown"))?;
                print_events(store, &events, false, out)?;
            }
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn graph_command(
    store: &Store,
    involving: Option<&str>,
    kind: Option<EventKind>,
    limit: usize,
    dot: Option<&PathBuf>,
    svg: Option<&PathBuf>,
    json: bool,
    out: &mut dyn Write,
) -> Res<()> {
    let mut q = store.events();
    let mut focus = Vec::new();
    if let Some(name) = involving {
        focus = known_people(store, name)?;
        q = q.involving(name);
    }
    if let Some(k) = kind {
        q = q.kind(k);
    }
    let mut links = graph::Links::default();
    let mut events = 0usize;
    // Pairs need the participants alone: briefs, not whole events.
    for e in q.briefs() {
        links.add(&e?);
        events += 1;
    }
    let mut links = links.sorted();
    let all = links.len();
    if limit > 0 && all > limit {
        links.truncate(limit);
        eprintln!("note: the {limit} heaviest of {all} pairs; --limit 0 keeps them all");
    }
    if dot.is_none() && svg.is_none() {
        if json {
            for l in &links {
                let ids: Vec<String> = l.events.iter().map(|id| id.to_string()).collect();
                writeln!(out, "{}", json!({"a": l.a, "b": l.b, "events": l.events.len(), "event_ids": ids}))?;
            }
        } else if links.is_empty() {
            writeln!(out, "no pairs: no event has two named participants")?;
        } else {
            let mut t = Table::new(&[("EVENTS", Align::Right), ("PERSON", Align::Left), ("PERSON", Align::Left)]);
            for l in &links {
                t.row(vec![l.events.len().to_string(), l.a.clone(), l.b.clone()]);
            }
            t.write(out)?;
        }
        return Ok(());
    }
    let people = links.iter().flat_map(|l| [&l.a, &l.b]).collect::<std::collections::BTreeSet<_>>().len();
    let kinds = kind.map_or("events".to_string(), |k| format!("{}s", k.as_str()));
    let scope = match involving {
        Some(_) => format!("the {events} {kinds} involving {}", focus.join(" / ")),
        None => format!("all {events} {kinds}"),
    };
    let shown =
        if links.len() < all { format!("the {} heaviest of {all} pairs", links.len()) } else { format!("{all} pairs") };
    let caption = format!("Who met whom in {scope}: {people} people, {shown}; edge label = shared {kinds}");
    let text = graph::dot(&links, &focus, &caption);
    if let Some(path) = dot {
        std::fs::write(path, &text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        eprintln!("wrote {}: {people} people, {} pairs", path.display(), links.len());
    }
    if let Some(path) = svg {
        graph::render_svg(&text, path)?;
        eprintln!("wrote {}: {people} people, {} pairs", path.display(), links.len());
    }
    Ok(())
}

fn list(store: &Store, f: &Filter, kind: Option<EventKind>, out: &mut dyn Write) -> Res<()> {
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

fn print_events(store: &Store, events: &[Event], json: bool, out: &mut dyn Write) -> Res<()> {
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
    let mut t = Table::new(&[
        ("ID", Align::Right),
        ("DATE", Align::Left),
        ("KIND", Align::Left),
        ("STATUS", Align::Left),
        ("PLACE", Align::Left),
        ("SOURCES", Align::Right),
        ("WHO", Align::Left),
    ]);
    for e in events {
        let who: Vec<&str> =
            e.participants.iter().map(String::as_str).chain(e.groups.iter().map(String::as_str)).collect();
        t.row(vec![
            e.id.to_string(),
            e.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
            e.kind.as_str().to_string(),
            e.status.as_str().to_string(),
            e.place.as_ref().map(|p| p.name.clone()).unwrap_or_else(|| "-".into()),
            e.articles().len().to_string(),
            who.join(", "),
        ]);
    }
    t.write(out)?;
    Ok(())
}
