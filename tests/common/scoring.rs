//! Scoring extraction and merging against an annotated corpus (the format of the
//! seeds' SCHEMA.md). Shared by `examples/evaluate.rs` and the quality-floor test.
#![allow(dead_code)]

use std::collections::{BTreeMap, HashMap};
use std::io::BufReader;
use std::path::{Path, PathBuf};

use dossier::{extract, ingest, merge, Article, Event, EventId, Gazetteer, Precision, Store};
use serde::Deserialize;

#[derive(Deserialize, Clone, Debug)]
pub struct GoldArticle {
    pub id: String,
    #[allow(dead_code)]
    pub published: Option<String>,
    pub events: Vec<GoldEvent>,
}

#[derive(Deserialize, Clone, Debug)]
pub struct GoldEvent {
    pub key: String,
    pub kind: String,
    pub status: String,
    pub date: Option<String>,
    pub date_end: Option<String>,
    pub location: Option<String>,
    pub participants: Vec<String>,
    #[serde(default)]
    pub groups: Vec<String>,
    #[serde(default)]
    pub evidence: String,
}

#[derive(Deserialize)]
pub struct ManifestLine {
    pub id: String,
    pub published: Option<String>,
}

/// An event reduced to what is scored.
#[derive(Debug, Clone)]
pub struct Scored {
    pub label: String,
    pub kind: String,
    pub status: String,
    pub date: Option<String>,
    pub date_end: Option<String>,
    pub location: Option<String>,
    pub participants: Vec<String>,
    pub groups: Vec<String>,
}

impl From<&GoldEvent> for Scored {
    fn from(g: &GoldEvent) -> Scored {
        Scored {
            label: format!("{} \"{}\"", g.key, g.evidence),
            kind: g.kind.clone(),
            status: g.status.clone(),
            date: g.date.clone(),
            date_end: g.date_end.clone(),
            location: g.location.clone(),
            participants: g.participants.clone(),
            groups: g.groups.clone(),
        }
    }
}

impl From<&Event> for Scored {
    fn from(e: &Event) -> Scored {
        let (date, date_end) = match e.date {
            None => (None, None),
            Some(d) => match d.precision {
                Precision::Day if d.start == d.end => (Some(d.start.to_string()), None),
                Precision::Day => (Some(d.start.to_string()), Some(d.end.to_string())),
                _ => (Some(d.to_string()), None),
            },
        };
        Scored {
            label: format!(
                "{} {} {} at {} with {:?} {:?}: \"{}\"",
                e.kind.as_str(),
                e.status.as_str(),
                date.clone().unwrap_or_else(|| "-".into()),
                e.place.as_ref().map(|p| p.name.as_str()).unwrap_or("-"),
                e.participants,
                e.groups,
                e.mentions.first().map(|m| m.sentence.as_str()).unwrap_or("")
            ),
            kind: e.kind.as_str().to_string(),
            status: e.status.as_str().to_string(),
            date,
            date_end,
            location: e.place.as_ref().map(|p| p.name.clone()),
            participants: e.participants.clone(),
            groups: e.groups.clone(),
        }
    }
}

#[derive(Default, Debug)]
pub struct Tally {
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub date_ok: usize,
    pub place_ok: usize,
    pub status_ok: usize,
    pub people_tp: usize,
    pub people_fp: usize,
    pub people_fn: usize,
}

impl Tally {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.predicted)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    pub fn date_accuracy(&self) -> f64 {
        ratio(self.date_ok, self.matched)
    }

    pub fn line(&self, name: &str) -> String {
        let p = ratio(self.matched, self.predicted);
        let r = ratio(self.matched, self.gold);
        let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        let pp = ratio(self.people_tp, self.people_tp + self.people_fp);
        let pr = ratio(self.people_tp, self.people_tp + self.people_fn);
        let pf = if pp + pr > 0.0 { 2.0 * pp * pr / (pp + pr) } else { 0.0 };
        format!(
            "{name:<14} gold {:>4}  predicted {:>4}  matched {:>4}  P {:.3}  R {:.3}  F1 {:.3}  date {:.3}  place {:.3}  status {:.3}  participants F1 {:.3}",
            self.gold,
            self.predicted,
            self.matched,
            p,
            r,
            f1,
            ratio(self.date_ok, self.matched),
            ratio(self.place_ok, self.matched),
            ratio(self.status_ok, self.matched),
            pf
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn overlap(a: &[String], b: &[String]) -> usize {
    a.iter().filter(|x| b.contains(x)).count()
}

/// Greedy best-first matching; returns (pred index, gold index) pairs.
fn pair(pred: &[Scored], gold: &[Scored]) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for (i, p) in pred.iter().enumerate() {
        for (j, g) in gold.iter().enumerate() {
            if p.kind != g.kind {
                continue;
            }
            let people = overlap(&p.participants, &g.participants);
            let groups = overlap(&p.groups, &g.groups);
            let place = p.location.is_some() && p.location == g.location;
            let date = p.date.is_some() && p.date == g.date;
            let eligible = people > 0 || (g.participants.is_empty() && (groups > 0 || place)) || (place && date);
            if eligible {
                cands.push((3 * people + groups + 2 * usize::from(place) + 2 * usize::from(date), i, j));
            }
        }
    }
    cands.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_p, mut used_g) = (vec![false; pred.len()], vec![false; gold.len()]);
    let mut out = Vec::new();
    for (_, i, j) in cands {
        if !used_p[i] && !used_g[j] {
            used_p[i] = true;
            used_g[j] = true;
            out.push((i, j));
        }
    }
    out
}

pub fn score(pred: &[Scored], gold: &[Scored], t: &mut Tally, verbose: bool, title: &str) {
    t.gold += gold.len();
    t.predicted += pred.len();
    let pairs = pair(pred, gold);
    for &(i, j) in &pairs {
        let (p, g) = (&pred[i], &gold[j]);
        t.matched += 1;
        let date_ok = p.date == g.date && (g.date_end.is_none() || p.date_end == g.date_end);
        t.date_ok += usize::from(date_ok);
        t.place_ok += usize::from(p.location == g.location);
        t.status_ok += usize::from(p.status == g.status);
        let tp = overlap(&p.participants, &g.participants);
        t.people_tp += tp;
        t.people_fp += p.participants.len() - tp;
        t.people_fn += g.participants.len() - tp;
        if verbose
            && (!date_ok
                || p.location != g.location
                || p.status != g.status
                || tp != g.participants.len()
                || tp != p.participants.len())
        {
            println!(
                "  {title}: DIFFERS\n      gold {} {} {:?}..{:?} at {:?} {:?} {:?}\n      got  {}",
                g.label, g.status, g.date, g.date_end, g.location, g.participants, g.groups, p.label
            );
        }
    }
    if verbose {
        for (j, g) in gold.iter().enumerate() {
            if !pairs.iter().any(|&(_, gj)| gj == j) {
                println!("  {title}: MISSED {}", g.label);
            }
        }
        for (i, p) in pred.iter().enumerate() {
            if !pairs.iter().any(|&(pi, _)| pi == i) {
                println!("  {title}: EXTRA  {}", p.label);
            }
        }
    }
}

pub fn load(dir: &Path) -> Result<(Vec<Article>, Vec<GoldArticle>), Box<dyn std::error::Error>> {
    let gold: Vec<GoldArticle> = std::fs::read_to_string(dir.join("gold.jsonl"))?
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;
    let mut articles = Vec::new();
    let jsonl = dir.join("articles.jsonl");
    if jsonl.exists() {
        for r in ingest::read_jsonl(BufReader::new(std::fs::File::open(&jsonl)?), &jsonl.display().to_string()) {
            articles.push(r?);
        }
    } else {
        let manifest: HashMap<String, Option<String>> = match std::fs::read_to_string(dir.join("manifest.jsonl")) {
            Ok(t) => t
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| serde_json::from_str::<ManifestLine>(l).map(|m| (m.id, m.published)))
                .collect::<Result<_, _>>()?,
            Err(_) => HashMap::new(),
        };
        let folder = if dir.join("articles").is_dir() { dir.join("articles") } else { dir.to_path_buf() };
        let mut files: Vec<PathBuf> = std::fs::read_dir(&folder)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        for f in files {
            let mut a = ingest::read_text_file(&f, None)?;
            a.published = manifest.get(&a.id).cloned().flatten().map(|d| ingest::parse_date(&d)).transpose()?;
            articles.push(a);
        }
    }
    Ok((articles, gold))
}

/// Runs a whole corpus: article-level and corpus-level tallies.
pub fn evaluate(
    articles: &[Article],
    gold: &[GoldArticle],
    verbose: bool,
) -> Result<(Tally, Tally), Box<dyn std::error::Error>> {
    let g = Gazetteer::bundled();
    let by_id: HashMap<&str, &GoldArticle> = gold.iter().map(|g| (g.id.as_str(), g)).collect();
    let mut article_tally = Tally::default();
    for a in articles {
        let x = extract::extract(a, &g);
        let pred: Vec<Scored> =
            x.events.iter().map(|e| Scored::from(&merge::refine(EventId(0), e.kind, e.mentions.clone()))).collect();
        let gold: Vec<Scored> =
            by_id.get(a.id.as_str()).map(|g| g.events.iter().map(Scored::from).collect()).unwrap_or_default();
        score(&pred, &gold, &mut article_tally, verbose, &a.id);
    }

    // Corpus level: one store, distinct events against distinct gold keys.
    let store = Store::temporary()?;
    store.ingest_many(articles.iter().cloned())?;
    let stored: Vec<Scored> = store.events().iter().map(|e| e.map(|e| Scored::from(&e))).collect::<Result<_, _>>()?;
    let mut keys: BTreeMap<String, Scored> = BTreeMap::new();
    for ga in gold {
        for e in &ga.events {
            let s = Scored::from(e);
            keys.entry(e.key.clone())
                .and_modify(|k| {
                    for p in &s.participants {
                        if !k.participants.contains(p) {
                            k.participants.push(p.clone());
                        }
                    }
                    for g in &s.groups {
                        if !k.groups.contains(g) {
                            k.groups.push(g.clone());
                        }
                    }
                    if s.date.as_ref().map_or(0, String::len) > k.date.as_ref().map_or(0, String::len) {
                        k.date = s.date.clone();
                        k.date_end = s.date_end.clone();
                    }
                    if k.location.is_none() {
                        k.location = s.location.clone();
                    }
                    if s.status == "occurred" {
                        k.status = s.status.clone();
                    }
                })
                .or_insert(s);
        }
    }
    let distinct: Vec<Scored> = keys.into_values().collect();
    let mut corpus_tally = Tally::default();
    score(&stored, &distinct, &mut corpus_tally, verbose, "corpus");

    Ok((article_tally, corpus_tally))
}
