//! The eventctl contract: other tools parse its JSON, so its shape is tested.
mod common;

use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(common::eventctl()).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn ingest_then_meetings_json_matches_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let feed = dir.path().join("feed.jsonl");
    let lines: Vec<String> = common::articles()
        .iter()
        .map(|a| {
            serde_json::json!({"id": a.id, "text": a.text, "url": a.url, "published": a.published.map(|d| d.to_string())})
                .to_string()
        })
        .chain(["{broken".to_string()])
        .collect();
    std::fs::write(&feed, lines.join("\n")).unwrap();
    let txt = dir.path().join("note.txt");
    std::fs::write(&txt, "Nothing of note happened.").unwrap();

    let db = db.to_str().unwrap();
    let (code, out, err) =
        run(&["--db", db, "ingest", feed.to_str().unwrap(), txt.to_str().unwrap(), "--published", "2025-09-20"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("feed.jsonl:5:"), "{err}");
    assert_eq!(out.trim(), "articles: 5 new, 0 unchanged, 1 rejected; events: 3 new, 1 merged");

    let (code, out, err) = run(&["--db", db, "meetings", "--involving", "Dmitriev", "--json"]);
    assert_eq!(code, 0, "{err}");
    let rows: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    let keys: Vec<&str> = r.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["date", "groups", "id", "kind", "location", "participants", "sources", "status"]);
    assert!(r["id"].is_string());
    assert_eq!(r["kind"], "meeting");
    assert_eq!(r["status"], "occurred");
    assert_eq!(r["date"], serde_json::json!({"start": "2025-09-10", "end": "2025-09-10", "precision": "day"}));
    assert_eq!(r["location"], "Geneva");
    assert_eq!(r["participants"], serde_json::json!(["Jared Kushner", "Kirill Dmitriev", "Steve Witkoff"]));
    let sources = r["sources"].as_array().unwrap();
    assert!(sources.iter().all(|s| s["article"].is_string() && s["sentence"].is_string()));
    let wire = sources.iter().find(|s| s["article"] == "wire-geneva").expect("wire-geneva is a source");
    assert_eq!(wire["url"], "https://wire.test/2025/09/12/geneva", "{out}");
    assert!(sources.iter().filter(|s| s["article"] == "daily-geneva").all(|s| s.get("url").is_none()));

    // Most-reported first.
    let (code, out, _) = run(&["--db", db, "events", "--sort", "articles", "--limit", "1", "--json"]);
    assert_eq!(code, 0);
    let top: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(top["location"], "Geneva");

    // A second ingest changes nothing.
    let (_, out, _) = run(&["--db", db, "ingest", feed.to_str().unwrap()]);
    assert!(out.starts_with("articles: 0 new, 4 unchanged"), "{out}");

    let (code, out, _) = run(&["--db", db, "calls", "--json"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1);

    // An unknown name is an error with a suggestion, a known surname is not.
    let (code, _, err) = run(&["--db", db, "timeline", "witkoff"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(&["--db", db, "timeline", "Dmitrijev"]);
    assert_eq!(code, 1);
    assert!(err.contains("did you mean Kirill Dmitriev?"), "{err}");

    let (code, _, err) = run(&["--db", db, "show", "999"]);
    assert_eq!(code, 1);
    assert!(err.contains("no event matches"), "{err}");
    let (code, _, _) = run(&["--db", db, "events", "--kind", "picnic"]);
    assert_eq!(code, 2);
}

// ---------------------------------------------------------------------------
// Pictures, progress, tables and the --json switch (issue #7).

/// The SVG and DOT writers themselves, for the cases no store reaches (no events,
/// hostile names, dates at the ends of the calendar).
#[path = "../examples/eventctl/svg.rs"]
#[allow(dead_code)]
mod svg;

#[path = "../examples/eventctl/graph.rs"]
#[allow(dead_code)]
mod graph;

use std::path::{Path, PathBuf};

fn run_env(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let out = Command::new(common::eventctl()).args(args).envs(env.iter().copied()).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/samples/articles.jsonl")
}

/// A store holding data/samples, in a fresh temporary directory.
fn samples_store() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db").to_str().unwrap().to_string();
    let (code, out, err) = run(&["--db", &db, "ingest", samples().to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("articles: 12 new"), "{out}");
    (dir, db)
}

/// A two-article store: Robert O'Brien (an apostrophe to escape) meets Lavrov and
/// calls Fidan on the same day.
fn obrien_store() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("obrien.jsonl");
    let lines = [
        serde_json::json!({"id": "ob-geneva", "published": "2025-06-20",
            "text": "National security adviser Robert O'Brien met Foreign Minister Sergey Lavrov in Geneva on Tuesday."}),
        serde_json::json!({"id": "ob-call", "published": "2025-06-20",
            "text": "Robert O'Brien spoke by phone with Foreign Minister Hakan Fidan on Tuesday, the ministry said."}),
    ];
    std::fs::write(&feed, lines.iter().map(|l| l.to_string() + "\n").collect::<String>()).unwrap();
    let db = dir.path().join("db").to_str().unwrap().to_string();
    let (code, _, err) = run(&["--db", &db, "ingest", feed.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    (dir, db)
}

fn json_lines(out: &str) -> Vec<serde_json::Value> {
    out.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}"))).collect()
}

/// A start tag: its name and attributes (values as written, entities unexpanded).
type Tag = (String, Vec<(String, String)>);

/// Checks that `xml` is a well-formed document: one root element, every tag closed
/// in order, attribute values quoted and free of `<`, every `&` a known entity.
/// Returns the start tags in order.
fn check_xml(xml: &str) -> Result<Vec<Tag>, String> {
    fn entity_ok(s: &str) -> bool {
        let Some(end) = s.find(';') else { return false };
        let name = &s[1..end];
        matches!(name, "amp" | "lt" | "gt" | "quot" | "apos")
            || name.strip_prefix("#x").is_some_and(|h| !h.is_empty() && h.chars().all(|c| c.is_ascii_hexdigit()))
            || name.strip_prefix('#').is_some_and(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
    }
    let mut stack: Vec<String> = Vec::new();
    let mut tags = Vec::new();
    let mut roots = 0;
    let mut i = 0;
    while i < xml.len() {
        let rest = &xml[i..];
        if rest.starts_with("<!--") {
            i += rest.find("-->").ok_or("unclosed comment")? + 3;
        } else if rest.starts_with("<?") {
            i += rest.find("?>").ok_or("unclosed declaration")? + 2;
        } else if rest.starts_with("<!") {
            i += rest.find('>').ok_or("unclosed doctype")? + 1;
        } else if let Some(close) = rest.strip_prefix("</") {
            let end = close.find('>').ok_or("unclosed end tag")?;
            let name = close[..end].trim();
            match stack.pop() {
                Some(open) if open == name => {}
                other => return Err(format!("</{name}> closes {other:?} at byte {i}")),
            }
            i += 2 + end + 1;
        } else if let Some(tag) = rest.strip_prefix('<') {
            if stack.is_empty() {
                roots += 1;
            }
            let name_len = tag.find(|c: char| c.is_whitespace() || c == '>' || c == '/').ok_or("unclosed tag")?;
            let name = tag[..name_len].to_string();
            if name.is_empty() {
                return Err(format!("empty tag name at byte {i}"));
            }
            let mut j = name_len;
            let mut attrs = Vec::new();
            let self_closing = loop {
                let t = &tag[j..];
                let trimmed = t.trim_start();
                j += t.len() - trimmed.len();
                if trimmed.starts_with("/>") {
                    j += 2;
                    break true;
                }
                if trimmed.starts_with('>') {
                    j += 1;
                    break false;
                }
                let eq = trimmed.find('=').ok_or_else(|| format!("attribute without value in <{name}>"))?;
                let key = trimmed[..eq].trim().to_string();
                let value = trimmed[eq + 1..].strip_prefix('"').ok_or_else(|| format!("unquoted {key} in <{name}>"))?;
                let end = value.find('"').ok_or_else(|| format!("unclosed {key} in <{name}>"))?;
                let value = &value[..end];
                if value.contains('<') {
                    return Err(format!("raw < in {key} of <{name}>"));
                }
                for (k, _) in value.match_indices('&') {
                    if !entity_ok(&value[k..]) {
                        return Err(format!("bad entity in {key} of <{name}>: {value}"));
                    }
                }
                attrs.push((key, value.to_string()));
                j += eq + 1 + 1 + end + 1;
            };
            if !self_closing {
                stack.push(name.clone());
            }
            tags.push((name, attrs));
            i += 1 + j;
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = &rest[..end];
            if stack.is_empty() && !text.trim().is_empty() {
                return Err(format!("text outside the root: {text:?}"));
            }
            for (k, _) in text.match_indices('&') {
                if !entity_ok(&text[k..]) {
                    return Err(format!("bad entity in text: {text}"));
                }
            }
            i += end;
        }
    }
    if !stack.is_empty() {
        return Err(format!("unclosed elements: {stack:?}"));
    }
    if roots != 1 {
        return Err(format!("{roots} root elements"));
    }
    Ok(tags)
}

fn attr<'a>(tag: &'a Tag, key: &str) -> Option<&'a str> {
    tag.1.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

#[test]
fn the_xml_checker_rejects_what_it_must() {
    assert!(check_xml(r#"<svg a="1"><g><title>x &amp; y</title></g><rect/></svg>"#).is_ok());
    for bad in [
        "<svg><g></svg>",
        "<svg></g></svg>",
        "<svg><text>a & b</text></svg>",
        r#"<svg a="<"></svg>"#,
        "<svg a=1></svg>",
        "<svg></svg><svg></svg>",
        "<svg>",
        "<svg><title>x</title>",
    ] {
        assert!(check_xml(bad).is_err(), "accepted {bad}");
    }
}

/// The markers of an SVG timeline: (event id, kind, status, fill, tooltip).
fn markers(svg_text: &str) -> Vec<(String, String, String, String, String)> {
    let mut out = Vec::new();
    for chunk in svg_text.split(r#"<g class="marker""#).skip(1) {
        let one = format!("<g class=\"marker\"{}", &chunk[..chunk.find("</g>").expect("marker closed") + 4]);
        let tags = check_xml(&one).unwrap_or_else(|e| panic!("{e}: {one}"));
        let g = &tags[0];
        let shape = tags.iter().find(|t| matches!(t.0.as_str(), "circle" | "rect" | "polygon")).expect("a shape");
        let title = &one[one.find("<title>").unwrap() + 7..one.find("</title>").unwrap()];
        out.push((
            attr(g, "data-event").unwrap().to_string(),
            attr(g, "data-kind").unwrap().to_string(),
            attr(g, "data-status").unwrap().to_string(),
            attr(shape, "fill").unwrap().to_string(),
            format!("{} {}", shape.0, title),
        ));
    }
    out
}

#[test]
fn timeline_svg_draws_every_event_of_the_person_in_each_counterparts_row() {
    let (dir, db) = samples_store();
    let (code, out, err) = run(&["--db", &db, "timeline", "Witkoff", "--json"]);
    assert_eq!(code, 0, "{err}");
    let events = json_lines(&out);
    assert!(events.len() >= 4, "the samples hold several events of Witkoff: {out}");
    let path = dir.path().join("witkoff.svg");
    let (code, out, err) = run(&["--db", &db, "timeline", "Witkoff", "--svg", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty(), "the picture goes to the file, not stdout: {out}");
    assert!(err.contains(&path.display().to_string()), "{err}");

    let text = std::fs::read_to_string(&path).expect("the SVG file is written");
    assert!(text.starts_with("<svg"), "{}", &text[..80.min(text.len())]);
    assert!(text.trim_end().ends_with("</svg>"));
    let tags = check_xml(&text).unwrap_or_else(|e| panic!("not well-formed: {e}"));
    assert_eq!(tags[0].0, "svg");
    assert_eq!(attr(&tags[0], "xmlns"), Some("http://www.w3.org/2000/svg"));
    assert!(text.contains("Timeline of Steve Witkoff"));
    for kind in ["meeting", "call", "visit", "occurred", "planned"] {
        assert!(text.contains(&format!(">{kind}</text>")), "legend lacks {kind}");
    }

    let drawn = markers(&text);
    for e in &events {
        let id = e["id"].as_str().unwrap();
        let others: Vec<&str> = e["participants"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| p.as_str())
            .filter(|p| *p != "Steve Witkoff")
            .collect();
        let rows = if others.is_empty() { e["groups"].as_array().unwrap().len().max(1) } else { others.len() };
        let mine: Vec<_> = drawn.iter().filter(|m| m.0 == id).collect();
        assert_eq!(mine.len(), rows, "event {id}: one marker per counterpart row: {e}");
        for name in &others {
            assert!(text.contains(&format!(">{name} <tspan")), "no row labelled {name}");
        }
        for m in &mine {
            assert_eq!(m.1, e["kind"].as_str().unwrap());
            assert_eq!(m.2, e["status"].as_str().unwrap());
            let hollow = m.3 == "#ffffff";
            assert_eq!(hollow, e["status"] == "planned", "planned hollow, occurred filled: {m:?}");
            let shape = match m.1.as_str() {
                "meeting" => "circle",
                "call" => "rect",
                _ => "polygon",
            };
            assert!(m.4.starts_with(shape), "{m:?}");
            let date = e["date"].as_object().map_or("date unknown".to_string(), |d| {
                let (s, t) = (d["start"].as_str().unwrap(), d["end"].as_str().unwrap());
                match d["precision"].as_str().unwrap() {
                    "day" if s == t => s.to_string(),
                    "day" => format!("{s}..{t}"),
                    "month" => s[..7].to_string(),
                    _ => s[..4].to_string(),
                }
            });
            let place = e["location"].as_str().unwrap_or("place unknown");
            let sources = e["sources"].as_array().unwrap().iter().map(|s| &s["article"]).collect::<Vec<_>>();
            let mut articles = sources.clone();
            articles.dedup();
            for needle in [date.as_str(), place, m.1.as_str(), &format!("{} source", articles.len())] {
                assert!(m.4.contains(needle), "tooltip lacks {needle:?}: {}", m.4);
            }
        }
    }
    let ids: std::collections::BTreeSet<&str> = drawn.iter().map(|m| m.0.as_str()).collect();
    assert_eq!(ids.len(), events.len(), "markers only for the person's events");
}

#[test]
fn timeline_svg_escapes_names_and_handles_one_day() {
    let (dir, db) = obrien_store();
    let (code, out, err) = run(&["--db", &db, "timeline", "O'Brien", "--json"]);
    assert_eq!(code, 0, "{err}");
    let events = json_lines(&out);
    assert_eq!(events.len(), 2, "the meeting and the call: {out}");
    assert_eq!(events[0]["date"], events[1]["date"], "both on one day");

    let path = dir.path().join("obrien.svg");
    let (code, _, err) = run(&["--db", &db, "timeline", "O'Brien", "--svg", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&path).unwrap();
    check_xml(&text).unwrap_or_else(|e| panic!("not well-formed: {e}"));
    assert!(text.contains("Timeline of Robert O&apos;Brien"));
    assert!(!text.contains("O'Brien"), "every ' is escaped");
    assert!(!text.contains("NaN") && !text.contains("inf"), "no division by zero on a one-day axis");
    let drawn = markers(&text);
    assert_eq!(drawn.len(), 2);
    assert!(text.contains(">Sergey Lavrov <tspan") && text.contains(">Hakan Fidan <tspan"));

    // One event: Lavrov's timeline.
    let path = dir.path().join("lavrov.svg");
    let (code, _, err) = run(&["--db", &db, "timeline", "Lavrov", "--svg", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&path).unwrap();
    check_xml(&text).unwrap();
    assert_eq!(markers(&text).len(), 1);
    assert!(text.contains(">Robert O&apos;Brien <tspan"));

    // An unknown name: the did-you-mean error, and no file.
    let path = dir.path().join("nobody.svg");
    let (code, _, err) = run(&["--db", &db, "timeline", "O'Brian", "--svg", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("did you mean Robert O'Brien?"), "{err}");
    assert!(!path.exists());

    // --svg and --json together is a usage error.
    let (code, _, _) = run(&["--db", &db, "timeline", "Lavrov", "--json", "--svg", "x.svg"]);
    assert_eq!(code, 2);

    // An unwritable file names the file.
    let bad = dir.path().join("no-such-dir").join("t.svg");
    let (code, _, err) = run(&["--db", &db, "timeline", "Lavrov", "--svg", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("cannot write") && err.contains("no-such-dir"), "{err}");
}

fn event(
    id: u64,
    kind: dossier::EventKind,
    status: dossier::Status,
    date: Option<dossier::DateSpan>,
    people: &[&str],
) -> dossier::Event {
    dossier::Event {
        id: dossier::EventId(id),
        kind,
        status,
        date,
        place: Some(dossier::Place { name: "Saint <Petersburg> & \"Co\"".into(), within: vec![] }),
        participants: people.iter().map(|s| s.to_string()).collect(),
        groups: vec![],
        mentions: vec![],
    }
}

#[test]
fn timeline_svg_renderer_handles_no_events_extreme_dates_and_many_rows() {
    use dossier::{DateSpan, EventKind, Status};
    let me = vec!["Ann <Example> & 'Co'".to_string()];

    let none = svg::timeline(&me[0], &me, &[]);
    check_xml(&none).unwrap();
    assert!(none.contains("No events"), "{none}");
    assert!(none.contains("Ann &lt;Example&gt; &amp; &apos;Co&apos;"), "{none}");
    assert!(markers(&none).is_empty());

    // The ends of the calendar, an undated event, someone with no counterpart.
    let far = [
        event(1, EventKind::Meeting, Status::Occurred, Some(DateSpan::day(chrono::NaiveDate::MIN)), &[&me[0], "X"]),
        event(2, EventKind::Call, Status::Planned, Some(DateSpan::day(chrono::NaiveDate::MAX)), &[&me[0], "Y"]),
        event(3, EventKind::Visit, Status::Planned, None, &[&me[0]]),
    ];
    let text = svg::timeline(&me[0], &me, &far);
    check_xml(&text).unwrap();
    assert_eq!(markers(&text).len(), 3);
    assert!(text.contains(">undated</text>") && text.contains("(no one named)"));
    assert!(!text.contains("NaN") && !text.contains("inf"));

    // Sixty counterparts over five years with long, hostile names: one row each, all
    // labels cut to the same width, and the picture grows downwards.
    let names: Vec<String> =
        (0..60).map(|i| format!("Counterpart \"{i}\" <with> a name far too long to show in full & more")).collect();
    let many: Vec<_> = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let day = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Days::new(i as u64 * 30);
            event(i as u64 + 1, EventKind::ALL[i % 3], Status::Occurred, Some(DateSpan::day(day)), &[&me[0], n])
        })
        .collect();
    let text = svg::timeline(&me[0], &me, &many);
    let tags = check_xml(&text).unwrap();
    assert_eq!(markers(&text).len(), 60);
    let height: f64 = attr(&tags[0], "height").unwrap().parse().unwrap();
    assert!(height > 60.0 * 20.0, "{height}");
    let labels = tags.iter().filter(|t| attr(t, "class") == Some("label")).count();
    assert_eq!(labels, 60);
    assert!(text.contains("…"), "long labels are cut");
    assert!(text
        .contains("Counterpart &quot;7&quot; &lt;with&gt; a name far too long to show in full &amp; more (1 events)"));

    assert_eq!(svg::escape("a&b<c>d\"e'f\u{1}"), "a&amp;b&lt;c&gt;d&quot;e&apos;f\u{FFFD}");
}

/// The DOT edges: (a, b) -> (weight, penwidth, label).
fn dot_edges(dot: &str) -> std::collections::BTreeMap<(String, String), (usize, f64, String)> {
    let mut out = std::collections::BTreeMap::new();
    for line in dot.lines().map(str::trim).filter(|l| l.contains(" -- ")) {
        let (a, rest) = line.split_once(" -- ").unwrap();
        let b_end = rest[1..].find('"').unwrap() + 2;
        let (b, attrs) = rest.split_at(b_end);
        let get = |k: &str| {
            let v = &attrs[attrs.find(&format!("{k}=")).unwrap_or_else(|| panic!("no {k} in {line}")) + k.len() + 1..];
            v[..v.find([',', ']']).unwrap()].trim_matches('"').to_string()
        };
        let name = |s: &str| s.trim_matches('"').replace("\\\"", "\"");
        out.insert(
            (name(a), name(b)),
            (get("weight").parse().unwrap(), get("penwidth").parse().unwrap(), get("label")),
        );
    }
    out
}

#[test]
fn graph_dot_has_an_edge_per_pair_weighted_by_shared_events() {
    let (dir, db) = samples_store();
    // The expected weight, from the event list itself.
    let (_, out, _) = run(&["--db", &db, "events", "--involving", "Dmitriev", "--involving", "Witkoff", "--json"]);
    let shared = json_lines(&out).len();
    assert!(shared >= 2, "the samples have Dmitriev and Witkoff together several times: {out}");

    let path = dir.path().join("all.dot");
    let (code, out, err) = run(&["--db", &db, "graph", "--dot", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty(), "{out}");
    let dot = std::fs::read_to_string(&path).unwrap();
    assert!(dot.lines().any(|l| l.starts_with("graph ")), "an undirected graph: {dot}");
    assert!(!dot.contains("->") && !dot.contains("digraph"));
    let edges = dot_edges(&dot);
    let (w, pen, label) = edges
        .get(&("Kirill Dmitriev".to_string(), "Steve Witkoff".to_string()))
        .unwrap_or_else(|| panic!("no Dmitriev -- Witkoff edge: {dot}"));
    assert_eq!((*w, label.as_str()), (shared, shared.to_string().as_str()));
    let max = edges.values().map(|e| e.0).max().unwrap();
    let min = edges.values().map(|e| e.0).min().unwrap();
    assert!(max > min, "weights differ in the samples");
    for (weight, pen, _) in edges.values() {
        assert!((1.0..=6.0).contains(pen));
        assert_eq!(*weight == max, *pen == 6.0, "the heaviest edges are the widest");
    }
    assert!(*pen > 1.0);
    assert!(dot.contains("\"Kirill Dmitriev\";") || dot.contains("\"Kirill Dmitriev\" ["), "a node per person");

    // The printed pairs agree with the DOT.
    let (code, out, _) = run(&["--db", &db, "graph", "--json"]);
    assert_eq!(code, 0);
    let pairs = json_lines(&out);
    assert_eq!(pairs.len(), edges.len());
    let p = pairs.iter().find(|p| p["a"] == "Kirill Dmitriev" && p["b"] == "Steve Witkoff").unwrap();
    assert_eq!(p["events"], shared);
    assert_eq!(p["event_ids"].as_array().unwrap().len(), shared);

    // One person's network: every edge comes from their events; they are highlighted.
    let path = dir.path().join("dmitriev.dot");
    let (code, _, err) = run(&["--db", &db, "graph", "--involving", "Dmitriev", "--dot", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let dot = std::fs::read_to_string(&path).unwrap();
    assert!(dot.contains("\"Kirill Dmitriev\" [fillcolor="), "{dot}");
    let mine = dot_edges(&dot);
    assert!(mine.len() < edges.len());
    assert_eq!(mine[&("Kirill Dmitriev".to_string(), "Steve Witkoff".to_string())].0, shared);
    let (_, out, _) = run(&["--db", &db, "timeline", "Dmitriev", "--json"]);
    let theirs: std::collections::BTreeSet<String> = json_lines(&out)
        .iter()
        .flat_map(|e| e["participants"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_string()))
        .collect();
    assert!(mine.keys().all(|(a, b)| theirs.contains(a) && theirs.contains(b)), "{theirs:?}\n{dot}");

    // --limit keeps the heaviest, and says so.
    let (code, out, err) = run(&["--db", &db, "graph", "--limit", "1", "--json"]);
    assert_eq!(code, 0);
    assert_eq!(json_lines(&out).len(), 1);
    assert_eq!(json_lines(&out)[0]["events"], max);
    assert!(err.contains("--limit 0"), "{err}");

    let (code, _, err) = run(&["--db", &db, "graph", "--involving", "Dmitrijev"]);
    assert_eq!(code, 1);
    assert!(err.contains("did you mean Kirill Dmitriev"), "{err}");
}

#[test]
fn graph_dot_quotes_names() {
    let (dir, db) = obrien_store();
    let path = dir.path().join("g.dot");
    let (code, _, err) = run(&["--db", &db, "graph", "--dot", path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let dot = std::fs::read_to_string(&path).unwrap();
    assert!(dot.contains(r#""Robert O'Brien" -- "Sergey Lavrov" [weight=1"#), "{dot}");

    let links =
        vec![graph::Link { a: "A \"quoted\" name\\".into(), b: "B\nC".into(), events: vec![dossier::EventId(1)] }];
    let dot = graph::dot(&links, &[], "caption \"x\"");
    assert!(dot.contains(r#""A \"quoted\" name\\" -- "B C" [weight=1, penwidth=1.00, label="1"];"#), "{dot}");
    if graphviz_installed() {
        // Graphviz must parse what we write, names intact.
        let mut child = Command::new("dot")
            .arg("-Tplain")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child.stdin.take().unwrap().write_all(dot.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("node \"A \\\"quoted\\\" name\\\\\""));
    }
}

fn graphviz_installed() -> bool {
    Command::new("dot").arg("-V").output().is_ok_and(|o| o.status.success())
}

#[test]
fn graph_svg_needs_graphviz_and_says_so() {
    let (dir, db) = samples_store();
    let svg_path = dir.path().join("g.svg");
    let dot_path = dir.path().join("g.dot");
    let empty = dir.path().join("empty-path");
    std::fs::create_dir(&empty).unwrap();
    let (code, _, err) = run_env(
        &["--db", &db, "graph", "--dot", dot_path.to_str().unwrap(), "--svg", svg_path.to_str().unwrap()],
        &[("PATH", empty.to_str().unwrap())],
    );
    assert_eq!(code, 1);
    assert!(err.contains("Graphviz is not installed"), "{err}");
    assert!(err.contains("--dot"), "the way out is named: {err}");
    assert!(!svg_path.exists());
    assert!(std::fs::read_to_string(&dot_path).unwrap().contains(" -- "), "the .dot file is still written");

    if !graphviz_installed() {
        eprintln!("note: Graphviz is not installed; graph --svg with `dot` not tried");
        return;
    }
    let (code, _, err) = run(&["--db", &db, "graph", "--involving", "Witkoff", "--svg", svg_path.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&svg_path).unwrap();
    let tags = check_xml(&text).unwrap_or_else(|e| panic!("Graphviz's SVG: {e}"));
    assert!(tags.iter().any(|t| t.0 == "svg"));
    assert!(text.contains("Steve Witkoff") && text.contains("Kirill Dmitriev"));
}

#[test]
fn every_read_command_speaks_json() {
    let (dir, db) = samples_store();
    let txt = dir.path().join("one.txt");
    std::fs::write(&txt, "Foreign Minister Hakan Fidan met Foreign Minister Sergey Lavrov in Moscow on Tuesday.")
        .unwrap();
    let (_, out, _) = run(&["--db", &db, "events", "--json", "--limit", "1"]);
    let id = json_lines(&out)[0]["id"].as_str().unwrap().to_string();
    let commands: Vec<Vec<&str>> = vec![
        vec!["events"],
        vec!["meetings"],
        vec!["calls"],
        vec!["entities"],
        vec!["timeline", "Witkoff"],
        vec!["graph"],
        vec!["show", &id],
        vec!["stats"],
        vec!["verify"],
        vec!["extract", txt.to_str().unwrap(), "--published", "2025-06-20"],
    ];
    for c in &commands {
        let mut args = vec!["--db", db.as_str()];
        args.extend(c);
        let (code, human, err) = run(&args);
        assert_eq!(code, 0, "{c:?}: {err}");
        assert!(serde_json::from_str::<serde_json::Value>(human.lines().next().unwrap_or("")).is_err(), "{c:?}");
        args.push("--json");
        let (code, out, err) = run(&args);
        assert_eq!(code, 0, "{c:?} --json: {err}");
        let rows = json_lines(&out);
        assert!(!rows.is_empty(), "{c:?} --json printed nothing");
        assert!(rows.iter().all(|r| r.is_object()), "{c:?}");
    }
    let (_, out, _) = run(&["--db", &db, "verify", "--json"]);
    assert_eq!(json_lines(&out)[0], serde_json::json!({"ok": true, "problems": []}));
    let (_, out, _) = run(&["--db", &db, "extract", txt.to_str().unwrap(), "--published", "2025-06-20", "--json"]);
    let x = &json_lines(&out)[0];
    assert_eq!(x["article"], "one");
    assert_eq!(x["events"][0]["participants"], serde_json::json!(["Hakan Fidan", "Sergey Lavrov"]));
}

#[test]
fn human_tables_are_aligned() {
    let (_dir, db) = samples_store();
    for args in [vec!["events"], vec!["entities"], vec!["graph"], vec!["timeline", "Putin"]] {
        let mut a = vec!["--db", db.as_str()];
        a.extend(&args);
        let (code, out, err) = run(&a);
        assert_eq!(code, 0, "{err}");
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines.len() > 2, "{out}");
        let header = lines[0];
        // Where each header word starts (left-aligned columns start there in
        // every row; right-aligned ones end where their header ends).
        let cols: Vec<(usize, &str)> = header
            .char_indices()
            .filter(|(i, c)| *c != ' ' && (*i == 0 || header[..*i].ends_with("  ")))
            .map(|(i, _)| (i, header[i..].split("  ").next().unwrap()))
            .collect();
        assert!(cols.len() >= 2, "{header}");
        for line in &lines[1..] {
            assert!(!line.ends_with(' '), "trailing blanks: {line:?}");
            let chars: Vec<char> = line.chars().collect();
            for (k, (start, name)) in cols.iter().enumerate() {
                let right = matches!(*name, "ID" | "SOURCES" | "EVENTS");
                let at = if right { start + name.len() - 1 } else { *start };
                assert!(chars.get(at).is_some_and(|c| *c != ' '), "{args:?} {name}: {line:?}");
                if k > 0 && !right {
                    assert!(chars[at - 2..at].iter().all(|c| *c == ' '), "{args:?} {name}: {line:?}");
                }
            }
        }
    }
}

#[test]
fn help_documents_the_exit_codes_and_usage_errors_exit_2() {
    let (code, out, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("Exit codes:") && out.contains("2  the command line is wrong"), "{out}");
    let (code, _, err) = run(&["no-such-command"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, _) = run(&["graph", "--limit", "many"]);
    assert_eq!(code, 2);
}

#[test]
fn ingest_draws_no_progress_bar_off_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let (code, out, err) = run(&["--db", db.to_str().unwrap(), "ingest", samples().to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(!err.contains('\r') && !err.contains('\u{1b}') && !err.contains("articles/s"), "{err:?}");
}

#[test]
fn ingest_shows_rate_and_eta_on_a_terminal() {
    // util-linux `script` runs the command on a pseudo-terminal.
    if !Command::new("script").arg("--version").output().is_ok_and(|o| o.status.success()) {
        eprintln!("note: no `script` program; the progress bar on a terminal is not tried");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    // The samples and the annotated corpus: enough articles for the bar to draw.
    let eval = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/eval/articles");
    let cmd = format!(
        "'{}' --db '{}' ingest '{}' '{}' --published 2025-06-01",
        common::eventctl().display(),
        db.display(),
        samples().display(),
        eval.display()
    );
    let out = Command::new("script").args(["-qefc", &cmd, "/dev/null"]).env("TERM", "xterm").output().unwrap();
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{screen}");
    assert!(screen.contains("articles/s") && screen.contains("ETA"), "{screen}");
    let txt = std::fs::read_dir(&eval)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "txt"));
    let total = 12 + txt.count();
    assert!(screen.contains(&format!("/{total} articles")), "the bar counts every article: {screen}");
    let summary = screen.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
    assert!(summary.contains("articles: ") && summary.contains(" rejected; events: "), "the summary last: {screen:?}");
}

#[test]
fn compact_in_place_keeps_every_event_and_leaves_no_sibling_behind() {
    let (dir, db) = samples_store();
    let (_, before, _) = run(&["--db", &db, "events", "--json"]);
    assert!(!before.is_empty());

    let (code, out, err) = run(&["--db", &db, "compact"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("compacted: "), "{out}");
    let (_, after, _) = run(&["--db", &db, "events", "--json"]);
    assert_eq!(after, before);
    let mut left: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    left.sort();
    assert_eq!(left, ["db"]);

    // A copy elsewhere; a directory that holds files is refused, exit code 1.
    let copy = dir.path().join("copy").to_str().unwrap().to_string();
    let (code, _, err) = run(&["--db", &db, "compact", "--into", &copy]);
    assert_eq!(code, 0, "{err}");
    let (_, copied, _) = run(&["--db", &copy, "events", "--json"]);
    assert_eq!(copied, before);
    let (code, _, err) = run(&["--db", &db, "compact", "--into", &copy]);
    assert_eq!(code, 1);
    assert!(err.contains("is not empty"), "{err}");
}
