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
