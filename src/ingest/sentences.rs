//! Sentence splitting that knows news abbreviations ("U.S.", "St.", "Jan.", "Mr.")
//! and initials.

use std::ops::Range;

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "ste", "mt", "ft", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep",
    "gov", "pres", "prof", "rev", "hon", "jr", "sr", "no", "vs", "v", "inc", "corp", "ltd", "co", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "fig", "al", "e.g", "i.e",
    "etc", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "a.m", "p.m", "h.e", "h.h", "h.m", "h.r.h", "smt",
];

/// Words that start a new sentence even after "U.S." or "U.K.".
const STARTERS: &[&str] = &[
    "The", "He", "She", "It", "They", "This", "That", "These", "Those", "But", "In", "On", "At", "A", "An", "We", "I",
    "His", "Her", "Their", "Its", "There", "However", "Meanwhile", "After", "Before", "When",
];

/// The longest sentence read as one, in bytes: twice the longest we have met in
/// news. A longer run (a page without full stops, a list scraped into one line) is
/// read in pieces cut at a clause's comma or semicolon, so that the work per
/// sentence, some of it a scan of the sentence per word, stays bounded and a page's
/// cost grows with its length, not its square.
const LONGEST_SENTENCE: usize = 1_000;

/// Byte ranges of the sentences of `text`, trimmed of surrounding white space;
/// none longer than [`LONGEST_SENTENCE`] (but for a single longer word).
pub(crate) fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if matches!(c, b'.' | b'!' | b'?') {
            // Include closing quotes and brackets (ASCII or typographic).
            let mut end = i + 1;
            loop {
                let rest = &text[end..];
                if let Some(ch) = rest.chars().next() {
                    if matches!(ch, '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}' | '.' | '!' | '?') {
                        end += ch.len_utf8();
                        continue;
                    }
                }
                break;
            }
            let next = &text[end..];
            let after_space = next.trim_start();
            let has_space = after_space.len() < next.len();
            if has_space && starts_sentence(after_space) && !(c == b'.' && protects(&text[start..i], after_space)) {
                push_trimmed(text, start..end, &mut out);
                start = end;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn starts_sentence(s: &str) -> bool {
    s.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\'' | '\u{201C}' | '\u{2018}' | '(')
    })
}

/// True when the period closing `before` belongs to an abbreviation or initial.
fn protects(before: &str, after: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"').next().unwrap_or("");
    let lower = word.trim_start_matches(['\'', '\u{201C}']).to_ascii_lowercase();
    if lower.chars().count() == 1 && lower.chars().all(char::is_alphabetic) {
        // (Not the network: "the minister said on X. Talks resume".)
        let prev = before[..before.len() - word.len()].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
        return !(lower == "x" && matches!(prev, "on" | "via"));
    }
    if !ABBREVIATIONS.contains(&lower.as_str()) {
        return false;
    }
    // "U.S." and friends end a sentence when the next word starts one (so does a
    // surname that is also an abbreviation: "Hun Sen. The summit").
    if matches!(
        lower.as_str(),
        "u.s" | "u.k" | "u.n" | "e.u" | "d.c" | "u.s.a" | "etc" | "inc" | "ltd" | "corp" | "co" | "jr" | "sr" | "sen"
    ) {
        let next = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        return !STARTERS.contains(&next);
    }
    true
}

/// Pushes `text[r]` trimmed, in pieces of at most [`LONGEST_SENTENCE`] bytes.
fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let (mut start, end) = (r.start + s.len() - s.trim_start().len(), r.end - (s.len() - s.trim_end().len()));
    while end - start > LONGEST_SENTENCE {
        let cut = piece_end(&text[start..end]);
        let piece = text[start..start + cut].trim_end();
        if !piece.is_empty() {
            out.push(start..start + piece.len());
        }
        start += cut + (text[start + cut..end].len() - text[start + cut..end].trim_start().len());
    }
    if start < end {
        out.push(start..end);
    }
}

/// Where to end the first piece of a sentence too long to read as one: after the
/// last comma or semicolon in its second half, else at the last space, else (one
/// long word) at the limit itself.
fn piece_end(s: &str) -> usize {
    let mut limit = LONGEST_SENTENCE;
    while !s.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &s[..limit];
    let clause = window.rfind([',', ';']).filter(|&i| i >= LONGEST_SENTENCE / 2).map(|i| i + 1);
    clause.or_else(|| window.rfind(' ').filter(|&i| i > 0)).unwrap_or(limit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        split_sentences(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            split("U.S. President Joe Biden met Mr. Li in St. Petersburg on Jan. 5. They spoke. J. R. Smith came."),
            ["U.S. President Joe Biden met Mr. Li in St. Petersburg on Jan. 5.", "They spoke.", "J. R. Smith came."]
        );
    }

    #[test]
    fn the_network_x_ends_a_sentence() {
        assert_eq!(
            split("The minister said on X. Ana Ruiz flew in on Thursday. Malcolm X. Little was born."),
            ["The minister said on X.", "Ana Ruiz flew in on Thursday.", "Malcolm X. Little was born."]
        );
    }

    #[test]
    fn indian_honorific_smt_does_not_split() {
        assert_eq!(
            split("She will call on Smt. Droupadi Murmu. Talks follow."),
            ["She will call on Smt. Droupadi Murmu.", "Talks follow."]
        );
    }

    #[test]
    fn us_at_the_end_of_a_sentence_splits_before_a_starter() {
        assert_eq!(split("He flew to the U.S. The talks began."), ["He flew to the U.S.", "The talks began."]);
        assert_eq!(split("Talks with the U.S. Treasury went on."), ["Talks with the U.S. Treasury went on."]);
        // A surname that is also an abbreviation: "Sen." before a name, "Sen" at the end.
        assert_eq!(split("It hosted Hun Sen. The talks began."), ["It hosted Hun Sen.", "The talks began."]);
        assert_eq!(split("Sen. Ana Ruiz spoke."), ["Sen. Ana Ruiz spoke."]);
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            split("\"We met.\" Then he left. \u{201C}Fine,\u{201D} she said!"),
            ["\"We met.\"", "Then he left.", "\u{201C}Fine,\u{201D} she said!"]
        );
    }

    #[test]
    fn lower_case_after_period_does_not_split() {
        assert_eq!(
            split("The talks ended at 5 p.m. local time. Next."),
            ["The talks ended at 5 p.m. local time.", "Next."]
        );
    }

    #[test]
    fn a_run_without_full_stops_is_read_in_pieces_cut_at_commas() {
        let clause = "the envoy said on Monday that the ministers met in Lisbon, ";
        let text = clause.repeat(60);
        let pieces = split(&text);
        assert!(pieces.len() >= 3, "{} pieces", pieces.len());
        for p in &pieces {
            assert!(p.len() <= LONGEST_SENTENCE, "a piece of {} bytes", p.len());
            assert!(p.starts_with("the envoy") && p.ends_with("Lisbon,"), "cut inside a clause: {p:?}");
        }
        // Nothing lost: the pieces are the text, but for the spaces between them.
        assert_eq!(pieces.concat().replace(",the", ", the"), text.trim_end());
        // One word longer than the limit, in a sentence of non-ASCII letters: cut at
        // a character boundary.
        let word = "\u{e9}".repeat(LONGEST_SENTENCE);
        assert_eq!(split(&word).concat(), word);
    }
}
