//! JSON Lines and plain-text article input.

use std::io::BufRead;
use std::path::Path;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::model::Article;

#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<String>,
    url: Option<String>,
    title: Option<String>,
    published: Option<String>,
}

/// Parses a publication date: `YYYY-MM-DD` or an RFC 3339 timestamp (its date part).
///
/// ```
/// use dossier::ingest::parse_date;
/// assert_eq!(parse_date("2025-04-04").unwrap().to_string(), "2025-04-04");
/// assert_eq!(parse_date("2025-04-04T09:30:00+02:00").unwrap().to_string(), "2025-04-04");
/// assert!(parse_date("2025-13-45").is_err());
/// ```
pub fn parse_date(s: &str) -> std::result::Result<NaiveDate, String> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Ok(d);
    }
    chrono::DateTime::parse_from_rfc3339(s)
        .map(|t| t.date_naive())
        .map_err(|_| format!("invalid date {s:?}: expected YYYY-MM-DD or RFC 3339"))
}

/// Parses one JSON Lines record into an article.
fn parse_record(line: &str) -> std::result::Result<Article, String> {
    let r: Record = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let id = match r.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(_) => return Err("field \"id\" must be a non-empty string or a number".into()),
        None => return Err("missing field \"id\"".into()),
    };
    let text = r.text.ok_or("missing field \"text\"")?;
    let published = r.published.as_deref().filter(|s| !s.trim().is_empty()).map(parse_date).transpose()?;
    Ok(Article { id, url: r.url, title: r.title, published, text })
}

/// The records of a JSON Lines stream: each item is an article or a
/// [`Error::BadRecord`] naming the line, so one bad line never stops the rest.
pub struct JsonlRecords<R> {
    lines: std::io::Lines<R>,
    file: String,
    line: usize,
}

impl<R: BufRead> Iterator for JsonlRecords<R> {
    type Item = Result<Article>;

    fn next(&mut self) -> Option<Result<Article>> {
        loop {
            let line = self.lines.next()?;
            self.line += 1;
            let bad = |reason: String| Error::BadRecord { file: self.file.clone(), line: self.line, reason };
            let line = match line {
                Ok(l) => l,
                Err(e) => return Some(Err(bad(format!("unreadable line: {e}")))),
            };
            if line.trim().is_empty() {
                continue;
            }
            return Some(parse_record(&line).map_err(bad));
        }
    }
}

/// Reads JSON Lines articles (`id`, `text`, optional `url`, `title`, `published`)
/// from `reader`; `file` names the source in errors.
///
/// ```
/// let input = "{\"id\": \"a\", \"text\": \"Envoys met.\", \"published\": \"2025-04-04\"}\n{broken\n";
/// let records: Vec<_> = dossier::ingest::read_jsonl(input.as_bytes(), "feed.jsonl").collect();
/// assert_eq!(records[0].as_ref().unwrap().id, "a");
/// assert!(records[1].as_ref().unwrap_err().to_string().starts_with("feed.jsonl:2:"));
/// ```
pub fn read_jsonl<R: BufRead>(reader: R, file: &str) -> JsonlRecords<R> {
    JsonlRecords { lines: reader.lines(), file: file.to_string(), line: 0 }
}

/// Reads a plain-text article; its id is the file stem. Invalid UTF-8 is decoded
/// lossily (each bad sequence becomes U+FFFD) rather than rejected: scraped pages
/// often carry a stray byte, and the rest of the article is still worth reading.
pub fn read_text_file(path: &Path, published: Option<NaiveDate>) -> Result<Article> {
    let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .ok_or_else(|| Error::BadArticle { id: path.display().to_string(), reason: "file has no name".into() })?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    Ok(Article { id, url: None, title: None, published, text })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_lines_are_reported_with_their_number_and_the_rest_read() {
        let input = concat!(
            "{\"id\": \"a\", \"text\": \"one\"}\n",
            "\n",
            "{\"id\": \"b\"}\n",
            "{\"id\": \"c\", \"text\": \"x\", \"published\": \"2025-13-45\"}\n",
            "not json\n",
            "{\"id\": 7, \"text\": \"two\", \"published\": \"2025-04-04T10:00:00Z\", \"url\": \"u\"}\n",
        );
        let got: Vec<_> = read_jsonl(input.as_bytes(), "f.jsonl").collect();
        assert_eq!(got.len(), 5);
        assert_eq!(got[0].as_ref().unwrap().id, "a");
        let e = got[1].as_ref().unwrap_err().to_string();
        assert!(e.starts_with("f.jsonl:3:") && e.contains("text"), "{e}");
        let e = got[2].as_ref().unwrap_err().to_string();
        assert!(e.starts_with("f.jsonl:4:") && e.contains("2025-13-45"), "{e}");
        assert!(got[3].as_ref().unwrap_err().to_string().starts_with("f.jsonl:5:"));
        let a = got[4].as_ref().unwrap();
        assert_eq!((a.id.as_str(), a.url.as_deref()), ("7", Some("u")));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2025, 4, 4));
    }
}
