//! `eventctl ingest`: every input file streamed through one `Store::ingest_many`
//! (parallel extraction, commits in input order), with a progress bar on stderr.

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use dossier::{ingest, Article, Store};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};

use crate::Res;

/// The files `path` names: itself, or the .txt and .jsonl files in it, sorted.
pub fn inputs(path: &Path) -> Res<Vec<PathBuf>> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).map_err(|e| format!("cannot read {}: {e}", path.display()))? {
        let p = entry.map_err(|e| format!("cannot read {}: {e}", path.display()))?.path();
        if p.is_file() && (is_jsonl(&p) || p.extension().and_then(|e| e.to_str()) == Some("txt")) {
            files.push(p);
        }
    }
    files.sort();
    Ok(files)
}

pub fn is_jsonl(p: &Path) -> bool {
    p.extension().and_then(|e| e.to_str()) == Some("jsonl")
}

pub fn ingest_paths(store: &Store, paths: &[PathBuf], published: Option<NaiveDate>, out: &mut dyn Write) -> Res<()> {
    // Every path is checked before anything is ingested: a typo fails fast.
    let mut files = Vec::new();
    for p in paths {
        files.extend(inputs(p)?);
    }
    let bar = progress_bar(&files);
    let mut reader =
        Articles { files: files.into_iter(), current: None, published, bar: bar.clone(), bad: 0, failure: None };
    // One run for every file: extraction stays on every core across small files,
    // and the store flushes once at the end (its durability setting governs before).
    let summary = store.ingest_many(&mut reader);
    bar.finish_and_clear();
    let total = summary?;
    if let Some(e) = reader.failure {
        return Err(e.into());
    }
    for e in &total.rejected {
        eprintln!("{e}");
    }
    for (article, name) in &total.ambiguous {
        eprintln!("{article}: {name:?} names several stored people; kept apart under the surname");
    }
    writeln!(
        out,
        "articles: {} new, {} unchanged, {} rejected; events: {} new, {} merged",
        total.articles_new,
        total.articles_unchanged,
        total.rejected.len() + reader.bad,
        total.events_new,
        total.events_merged
    )?;
    Ok(())
}

/// A progress bar on stderr (rate and ETA), or a hidden one when stderr is not a
/// terminal (or TERM is dumb): indicatif's stderr target hides itself then, and
/// the articles are not even counted.
fn progress_bar(files: &[PathBuf]) -> ProgressBar {
    let target = ProgressDrawTarget::stderr();
    if target.is_hidden() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(count_articles(files)), target);
    let template = "{elapsed_precise} [{wide_bar}] {pos}/{len} articles  {rate}  ETA {left}";
    // Rate and ETA are estimates: the first chunk is handed over at once, so both
    // wait a second before they show.
    let settled = |s: &ProgressState| s.elapsed() >= Duration::from_secs(1);
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(
            style
                .with_key("rate", move |s: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = match settled(s) {
                        true => write!(w, "{:.0} articles/s", s.per_sec()),
                        false => write!(w, "- articles/s"),
                    };
                })
                .with_key("left", move |s: &ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = match settled(s) {
                        true => write!(w, "{:#}", indicatif::HumanDuration(s.eta())),
                        false => write!(w, "-"),
                    };
                })
                .progress_chars("=> "),
        );
    }
    // Redraws (elapsed time) while one slow article is extracted.
    bar.enable_steady_tick(Duration::from_millis(250));
    bar
}

/// Articles in the inputs: one per .txt file, one per non-blank .jsonl line.
/// Reading is far faster than extracting, so counting first costs little.
fn count_articles(files: &[PathBuf]) -> u64 {
    let mut n = 0u64;
    for f in files {
        if !is_jsonl(f) {
            n += 1;
            continue;
        }
        let Ok(file) = File::open(f) else { continue };
        let mut r = BufReader::with_capacity(1 << 16, file);
        let mut line = Vec::new();
        while let Ok(len) = r.read_until(b'\n', &mut line) {
            if len == 0 {
                break;
            }
            if line.iter().any(|b| !b.is_ascii_whitespace()) {
                n += 1;
            }
            line.clear();
        }
    }
    n
}

/// The articles of every input file in order. A bad record is reported on stderr,
/// counted and skipped; a .jsonl file that cannot be opened ends the run (kept in
/// `failure`). The bar advances as articles are handed to the store.
struct Articles {
    files: std::vec::IntoIter<PathBuf>,
    current: Option<ingest::JsonlRecords<BufReader<File>>>,
    published: Option<NaiveDate>,
    bar: ProgressBar,
    bad: usize,
    failure: Option<String>,
}

impl Articles {
    fn bad_record(&mut self, e: impl std::fmt::Display) {
        self.bar.suspend(|| eprintln!("{e}"));
        self.bar.inc(1);
        self.bad += 1;
    }
}

impl Iterator for Articles {
    type Item = Article;

    fn next(&mut self) -> Option<Article> {
        loop {
            if let Some(records) = &mut self.current {
                match records.next() {
                    Some(Ok(a)) => {
                        self.bar.inc(1);
                        return Some(a);
                    }
                    Some(Err(e)) => {
                        self.bad_record(e);
                        continue;
                    }
                    None => self.current = None,
                }
            }
            if self.failure.is_some() {
                return None;
            }
            let file = self.files.next()?;
            if is_jsonl(&file) {
                match File::open(&file) {
                    Ok(f) => self.current = Some(ingest::read_jsonl(BufReader::new(f), &file.display().to_string())),
                    Err(e) => {
                        self.failure = Some(format!("cannot read {}: {e}", file.display()));
                        return None;
                    }
                }
            } else {
                match ingest::read_text_file(&file, self.published) {
                    Ok(a) => {
                        self.bar.inc(1);
                        return Some(a);
                    }
                    Err(e) => self.bad_record(e),
                }
            }
        }
    }
}
