//! Arbitrary bytes as a JSON Lines feed: the reader never panics, returns one item
//! per non-blank line (an article, or `Error::BadRecord` naming that line), and
//! every article it returns has a usable id.
#![no_main]

use dossier::{ingest, Error};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // What the reader must return, line by line: invalid UTF-8 is an error for that
    // line, blank lines are skipped, anything else is parsed.
    let expected: Vec<usize> = data
        .split(|&b| b == b'\n')
        .enumerate()
        .filter(|(_, line)| std::str::from_utf8(line).map_or(true, |l| !l.trim().is_empty()))
        .map(|(i, _)| i + 1)
        .collect();

    let mut got = Vec::new();
    for item in ingest::read_jsonl(data, "fuzz.jsonl") {
        match item {
            Ok(a) => {
                assert!(!a.id.trim().is_empty(), "an article with an empty id");
                got.push(None);
            }
            Err(e) => {
                assert!(e.is_bad_input(), "{e}");
                let Error::BadRecord { file, line, .. } = &e else { panic!("not a BadRecord: {e}") };
                assert_eq!(file, "fuzz.jsonl");
                assert!(e.to_string().starts_with(&format!("fuzz.jsonl:{line}: ")), "{e}");
                got.push(Some(*line));
            }
        }
    }
    assert_eq!(got.len(), expected.len(), "one item per non-blank line");
    for (g, want) in got.iter().zip(&expected) {
        if let Some(line) = g {
            assert_eq!(line, want, "an error names the wrong line");
        }
    }

    // A publication date in any form is parsed or refused, never a panic.
    let _ = ingest::parse_date(&String::from_utf8_lossy(data));
});
