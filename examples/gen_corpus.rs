//! Writes a generated corpus as JSON Lines (`id`, `url`, `title`, `published`, `text`).
//!
//! ```text
//! cargo run --release --example gen_corpus -- --articles 100000 [--seed 7] > corpus.jsonl
//! cargo run --release --example eventctl -- --db /tmp/store ingest corpus.jsonl
//! ```
//!
//! The corpus is described in `benches/common/corpus.rs`: news pages of 2-5 KB with
//! page noise, two to eight events each among 5,000 made-up officials (Zipf
//! popularity) and 2,000 places, over ten years, a third of the events reported by
//! more than one article. The same seed and article count always give the same
//! bytes; `scale` and the benches build the same articles in memory.

#[path = "../benches/common/mod.rs"]
mod common;

use std::io::Write;

use clap::Parser;

#[derive(Parser)]
#[command(about = "Write a generated news corpus as JSON Lines")]
struct Args {
    /// How many articles.
    #[arg(long, default_value_t = 10_000)]
    articles: usize,
    /// The generator's seed.
    #[arg(long, default_value_t = common::corpus::SEED)]
    seed: u64,
    /// Write here instead of standard output.
    #[arg(long)]
    out: Option<std::path::PathBuf>,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let out: Box<dyn Write> = match &args.out {
        Some(path) => Box::new(std::fs::File::create(path).map_err(|e| format!("{}: {e}", path.display()))?),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = std::io::BufWriter::new(out);
    let corpus = common::corpus::Corpus::new(args.seed, args.articles);
    for i in 0..args.articles {
        let a = corpus.article(i);
        let record = serde_json::json!({
            "id": a.id,
            "url": a.url,
            "title": a.title,
            "published": a.published.map(|d| d.to_string()),
            "text": a.text,
        });
        serde_json::to_writer(&mut out, &record)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
