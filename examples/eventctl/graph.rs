//! `eventctl graph`: who met whom, as weighted pairs and as Graphviz DOT.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use dossier::{Brief, EventId};

/// Two people and the events they share (`a < b`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub a: String,
    pub b: String,
    pub events: Vec<EventId>,
}

/// Counts, for every pair of named participants, the events they share.
#[derive(Default)]
pub struct Links {
    pairs: BTreeMap<(String, String), Vec<EventId>>,
}

impl Links {
    pub fn add(&mut self, e: &Brief) {
        // Participants are sorted and distinct; dedup in case they ever are not.
        let people: BTreeSet<&String> = e.participants.iter().collect();
        let people: Vec<&String> = people.into_iter().collect();
        for (i, a) in people.iter().enumerate() {
            for b in &people[i + 1..] {
                self.pairs.entry(((*a).clone(), (*b).clone())).or_default().push(e.id);
            }
        }
    }

    /// Every link, most shared events first, then by names.
    pub fn sorted(self) -> Vec<Link> {
        let mut v: Vec<Link> = self.pairs.into_iter().map(|((a, b), events)| Link { a, b, events }).collect();
        v.sort_by(|x, y| y.events.len().cmp(&x.events.len()).then_with(|| (&x.a, &x.b).cmp(&(&y.a, &y.b))));
        v
    }
}

/// A DOT quoted string: `\` and `"` escaped, line breaks as spaces.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The network as an undirected DOT graph: a node per person (those in `focus`
/// highlighted), an edge per link with `weight` and `label` = shared events and
/// `penwidth` from 1 (one event) to 6 (the heaviest link).
pub fn dot(links: &[Link], focus: &[String], caption: &str) -> String {
    let max = links.iter().map(|l| l.events.len()).max().unwrap_or(1);
    let people: BTreeSet<&str> = links.iter().flat_map(|l| [l.a.as_str(), l.b.as_str()]).collect();
    let mut s = String::new();
    let _ = writeln!(s, "// {}", caption.replace(['\n', '\r'], " "));
    s.push_str("graph dossier {\n");
    let _ = writeln!(
        s,
        "  graph [layout=neato, overlap=false, splines=true, sep=\"+8\", fontname=\"Helvetica\", fontsize=12, label={}, labelloc=t];",
        quote(caption)
    );
    s.push_str("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#eef3fa\", color=\"#5b7fa6\", fontname=\"Helvetica\", fontsize=11];\n");
    s.push_str("  edge [len=1.8, color=\"#7a869a\", fontname=\"Helvetica\", fontsize=10, fontcolor=\"#333333\"];\n");
    for p in &people {
        if focus.iter().any(|f| f == p) {
            let _ = writeln!(s, "  {} [fillcolor=\"#ffd27f\", color=\"#b07a00\", penwidth=2];", quote(p));
        } else {
            let _ = writeln!(s, "  {};", quote(p));
        }
    }
    for l in links {
        let w = l.events.len();
        let pen = if max > 1 { 1.0 + 5.0 * (w - 1) as f64 / (max - 1) as f64 } else { 1.0 };
        let _ = writeln!(s, "  {} -- {} [weight={w}, penwidth={pen:.2}, label=\"{w}\"];", quote(&l.a), quote(&l.b));
    }
    s.push_str("}\n");
    s
}

/// Renders DOT text to an SVG file with Graphviz's `dot`.
pub fn render_svg(dot_text: &str, out: &Path) -> Result<(), String> {
    let mut child = match Command::new("dot")
        .arg("-Tsvg")
        .arg("-o")
        .arg(out)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(format!(
                "cannot write {}: Graphviz is not installed (no `dot` program on PATH); install it \
                 (e.g. `apt-get install graphviz`) or write the graph with --dot FILE and render it elsewhere",
                out.display()
            ))
        }
        Err(e) => return Err(format!("cannot run Graphviz's `dot` for {}: {e}", out.display())),
    };
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        // A failed write shows up as dot's own failure below.
        let _ = stdin.write_all(dot_text.as_bytes());
    }
    let result = child.wait_with_output().map_err(|e| format!("Graphviz's `dot` for {}: {e}", out.display()))?;
    if !result.status.success() {
        return Err(format!(
            "Graphviz's `dot` failed to write {} ({}): {}",
            out.display(),
            result.status,
            String::from_utf8_lossy(&result.stderr).trim()
        ));
    }
    Ok(())
}
