//! Scores extraction and merging against an annotated corpus.
//!
//! ```text
//! cargo run --release --example evaluate -- CORPUS_DIR [--no-published] [--verbose]
//! ```
//!
//! CORPUS_DIR holds `gold.jsonl` (the format of the seeds' SCHEMA.md) and the
//! articles: `articles.jsonl`, or `.txt` files (in the directory or its `articles/`
//! folder) with publication dates in `manifest.jsonl`. `--no-published` withholds
//! every publication date, so dates must be inferred from the text.
//!
//! Article level: each article's extracted events against its gold events.
//! Corpus level: the distinct events of one store holding every article against
//! the distinct gold keys. A predicted event matches a gold event of the same kind
//! that shares a participant (or, for delegation-only events, a group or the place);
//! pairs are taken best first.

use std::path::Path;

#[path = "../tests/common/scoring.rs"]
mod scoring;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: evaluate CORPUS_DIR [--no-published] [--verbose]";
    let dir = args.iter().find(|a| !a.starts_with("--")).ok_or(usage)?;
    let no_published = args.iter().any(|a| a == "--no-published");
    let verbose = args.iter().any(|a| a == "--verbose");
    let (mut articles, gold) = scoring::load(Path::new(dir))?;
    if no_published {
        for a in &mut articles {
            a.published = None;
        }
    }
    let started = std::time::Instant::now();
    let (article_tally, corpus_tally) = scoring::evaluate(&articles, &gold, verbose)?;
    let withheld = if no_published { ", publication dates withheld" } else { "" };
    println!("corpus {dir}: {} articles{withheld}", articles.len());
    println!("{}", article_tally.line("article level"));
    println!("{}", corpus_tally.line("corpus level"));
    println!("time: {:.1?} (each article extracted, then all ingested into one store)", started.elapsed());
    Ok(())
}
