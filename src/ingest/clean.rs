//! Page-noise removal and normalisation: scraped text in, article sentences out.
//!
//! Works line by line: a scraped page is a list of blocks (menu items, captions,
//! paragraphs, sidebars). Menus, cookie and subscribe prompts are dropped; a sidebar
//! heading ("Related articles", "News Feed") ends the article once its body has
//! begun; photo captions are kept and marked; repeated blocks are read once.

use rustc_hash::FxHashSet as HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use regex::{Regex, RegexSet};

use super::sentences::split_sentences;

/// Where a sentence stands on the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// The article body.
    Body,
    /// A photo caption (describes the picture, often with its date).
    Caption,
    /// A headline or subheading (no sentence punctuation).
    Headline,
}

/// One sentence of an article.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    /// Byte range in the original article text.
    pub span: Range<usize>,
    /// The sentence normalised for analysis: ASCII (transliterated), straight
    /// quotes, plain hyphens, single spaces, photo credits removed.
    pub text: String,
    /// Where it stands on the page.
    pub block: Block,
}

/// An article's text prepared for extraction.
#[derive(Debug, Clone, Default)]
pub struct Document {
    /// The article's sentences in reading order, noise removed.
    pub sentences: Vec<Sentence>,
    /// The cities of wire-style datelines ("GENEVA, March 3 (Wire) -") at the top
    /// of the story, in page order; the first is removed from its line. There is
    /// more than one when a dateline-shaped masthead ("WIRE NAME - English desk")
    /// stands on a line of its own above the story's first paragraph: the first
    /// that names a known place is the story's.
    pub datelines: Vec<String>,
    /// The month and day (1-based) the story's dateline gives ("NEW DELHI, Oct.
    /// 30. --" gives `(10, 30)`): the day its "today" and "this afternoon" mean
    /// when the page is published the day after.
    pub dateline_day: Option<(u32, u32)>,
}

struct Patterns {
    noise: RegexSet,
    menu: RegexSet,
    stop: Regex,
    caption: RegexSet,
    credit: Regex,
    date_prefix: Regex,
    dateline: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        noise: RegexSet::new([
            r"(?i)\b(use of cookies|cookie (settings|policy|preferences)|privacy policy|terms of (use|service)|accept all cookies|indicates required|enter your (e-?mail|email address)|all rights reserved|this audio is (created|generated))\b",
            r"(?i)^(the original article can be found|this article was prepared based on|all rights to the original|the author does not claim|\(except for the headline)",
        ])
        .expect("valid noise patterns"),
        menu: RegexSet::new([
            r"(?i)\b(cookies?|subscribe|subscribed|subscription|newsletter|sign up|signing up|e-?mail address|follow us|download (the|our) app|pre-?order|copyright)\b",
            r"(?i)^(advertisement|search|menu|home|share|print|comments?|log ?in|sign in|skip to (main )?content|listen|watch|video|photos?|more|close|open|next|previous|back to top|top)$",
            r"(?i)^\d+ min(ute)?s? read$",
            r"(?i)^\d{1,2}:\d{2}\s*(am|pm)?$",
            r"(?i)^(today|updated|published|posted|last updated)\s*:?\s*\S.{0,40}$",
            r"^\S+$",
            r"^[\p{Cyrillic}\s]+$",
        ])
        .expect("valid menu patterns"),
        stop: Regex::new(
            r"(?i)^(related( articles| news| stories| content| coverage)?|don'?t miss|news feed|more news|more stories|more from [\w ]+|editors'? picks?|editor'?s picks?|recommended( for you)?|most (read|popular|viewed)|trending( now)?|read next|latest( news| stories)?|you may also like|top stories|see also|also read|read also|what to read next)\s*:?$",
        )
        .expect("valid stop pattern"),
        caption: RegexSet::new([
            r"(?i)\((photo|credit|image|file photo|pictured|photograph)\b[^)]*\)",
            r"\([^()]{2,60} / [^()]{2,40}\)\.?$",
            r"\s/\s?[A-Z@][\w@ ]{1,30}$",
            r"\((R|L|C|left|right|center|centre|not pictured)\)",
            r"(?i)^(a screenshot of|file photo|photo:)",
        ])
        .expect("valid caption patterns"),
        credit: Regex::new(
            r"(?i)\s*(\((photo|credit|image|file photo|photograph)\b[^)]*\)|\([^()]{2,60} / [^()]{2,40}\)\.?$|\s/\s?[A-Z@][\w@ ]{1,30}$)",
        )
        .expect("valid credit pattern"),
        date_prefix: Regex::new(r"(?i)^\s*date\s+\d{4}-\d{2}-\d{2}\s+").expect("valid date prefix"),
        dateline: Regex::new(&format!(
            r"^(?P<city>[A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+){{0,3}})(?:\s+\([A-Z][A-Za-z .]{{1,30}}\))?(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){{0,2}})?(?:,?\s+(?P<date>{m}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{m}(?:\s+\d{{4}})?)\.?)?\s*(?:\([^)]{{1,40}}\))?\s*(?:[-\u{{2013}}\u{{2014}}]{{1,2}}|:)\s+",
            m = crate::model::MONTH_PATTERN
        ))
        .expect("valid dateline"),
    })
}

/// "From Our Correspondent, Bangkok", "By our Diplomatic Correspondent in New
/// Delhi", "Staff Correspondent | Bangkok", "By our New Delhi correspondent": the
/// town of a correspondent's line. (Compiled the first time a page has such a
/// line: most have none.)
fn correspondent() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(
            r"^(?i:by|from|staff|our|special)\b(?:.*?(?i:correspondents?)\b[^,|]*?(?:,|\||\bin)\s+(?P<city>[A-Z][\w'.-]+(?:\s(?:(?:of|de|del|es|al|el)\s)?[A-Z][\w'.-]+){0,3})|.*?\b(?i:our)\s+(?P<town>[A-Z][\w'.-]+(?:\s[A-Z][\w'.-]+)?)\s+(?i:correspondent))\s*$",
        )
        .expect("valid correspondent pattern")
    })
}

/// Normalises a piece of text for analysis: typographic quotes and dashes to ASCII,
/// letters transliterated to ASCII, runs of white space to one space.
pub(crate) fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // A run of white space becomes one space, written only before the next word.
    let mut space = false;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            if b.is_ascii_whitespace() || b.is_ascii_control() {
                space = !out.is_empty();
                i += 1;
                continue;
            }
            // A run of printable ASCII, copied at once (the common case).
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_graphic() && bytes[i] != b'`' {
                i += 1;
            }
            if space {
                out.push(' ');
                space = false;
            }
            if i == start {
                // A backtick.
                out.push('\'');
                i += 1;
            } else {
                out.push_str(&s[start..i]);
            }
            continue;
        }
        // `i` is at a character boundary: only whole characters are stepped over.
        let Some(c) = s[i..].chars().next() else { break };
        i += c.len_utf8();
        for m in non_ascii(c).chars() {
            push_collapsed(&mut out, &mut space, m);
        }
    }
    out
}

/// Appends `m` to `out`; white space is held back as one space written before the
/// next word (`space` says one is pending).
fn push_collapsed(out: &mut String, space: &mut bool, m: char) {
    if m.is_whitespace() {
        *space = !out.is_empty();
    } else {
        if *space {
            out.push(' ');
            *space = false;
        }
        out.push(m);
    }
}

/// What `normalise` writes for a character outside ASCII: typographic quotes and
/// dashes as ASCII, white space as a space, anything else transliterated.
fn non_ascii(c: char) -> &'static str {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => "\"",
        '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
        '\u{00A9}' => "",
        c if c.is_whitespace() || c.is_control() => " ",
        // Han, kana and hangul: an English page gives a name in its own script
        // beside the name ("Lai Ching-te (賴清德)"); read aloud, it is another name.
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' => "",
        c => deunicode::deunicode_char(c).unwrap_or(" "),
    }
}

/// Words that make a capitalised lead-in an institution's masthead, not a city.
const MASTHEAD_WORDS: &[&str] = &[
    "office", "ministry", "department", "communications", "government", "news", "agency", "press", "service", "radio",
    "television", "tv", "times", "post", "herald", "daily", "online", "presidency", "secretariat",
];

/// Splits scraped text into classified sentences, dropping page noise.
///
/// ```
/// let text = "Skip to content\nMenu\nEnvoys met in Geneva on Monday. They spoke for hours.\n\
///             Related articles\nSomething else happened. Again.";
/// let doc = dossier::ingest::prepare(text);
/// let texts: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
/// assert_eq!(texts, ["Envoys met in Geneva on Monday.", "They spoke for hours."]);
/// ```
pub fn prepare(text: &str) -> Document {
    let p = patterns();
    let mut seen = HashSet::default();
    let mut sentences = Vec::new();
    let mut body_sentences = 0usize;
    let mut datelines: Vec<String> = Vec::new();
    let mut dateline_day = None;
    // A correspondent's town, after any dateline: "By our Delhi correspondent" above
    // "ISLAMABAD, May 3 -" was written in Islamabad.
    let mut correspondent_town: Option<String> = None;
    // Whether a line may still give a dateline: until a body sentence has, or the
    // story has begun.
    let mut dateline_open = true;
    // Whether the story's text has begun: a long paragraph. (A short line ending
    // in a period, "Sign in to save articles.", is page furniture above the
    // dateline.)
    let mut story_begun = false;
    let mut offset = 0usize;
    for raw_line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += raw_line.len();
        // (Control characters are page debris: "...on Monday.\0" is still a sentence.)
        let line = raw_line.trim_matches(|c: char| c.is_whitespace() || c.is_control());
        if line.is_empty() {
            continue;
        }
        let norm = normalise(line);
        if norm.is_empty() {
            continue;
        }
        if p.stop.is_match(&norm) {
            if body_sentences >= 2 {
                break;
            }
            continue;
        }
        let words = norm.bytes().filter(|&b| b == b' ').count() + 1;
        // (Every caption pattern needs a bracket or a slash, or starts the line.)
        let is_caption = (norm.contains(['(', '/']) || norm.starts_with(['a', 'A', 'f', 'F', 'p', 'P']))
            && p.caption.is_match(&norm);
        if !is_caption && ((words < 60 && p.noise.is_match(&norm)) || (words < 15 && p.menu.is_match(&norm))) {
            continue;
        }
        // The line's own start in `text` (trim removed leading white space and controls).
        let lead = raw_line.len() - raw_line.trim_start_matches(|c: char| c.is_whitespace() || c.is_control()).len();
        let mut start = line_start + lead;
        let mut body = &text[start..start + line.len()];
        let mut norm = norm;
        if let Some(m) = p.date_prefix.find(body) {
            start += m.end();
            body = &body[m.end()..];
            norm = normalise(body);
        }
        let mut dated_line = false;
        if !story_begun && dateline_open && datelines.len() < 3 {
            if let Some(c) = p.dateline.captures(body) {
                let city = &c["city"];
                // At least one real word of capitals, not an acronym lead-in ("U.S. -"),
                // nor a masthead naming an office or an outlet ("PRESIDENTIAL
                // COMMUNICATIONS OFFICE - Republic of the Philippines").
                let masthead =
                    city.split_whitespace().any(|w| MASTHEAD_WORDS.contains(&w.to_ascii_lowercase().as_str()));
                let end = c.get(0).map_or(0, |m| m.end());
                // After the first, only a dateline opening the story's paragraph.
                let opens_story = datelines.is_empty() || {
                    let rest = normalise(&body[end..]);
                    ends_like_sentence(&rest) || words >= 25
                };
                // ("SUDAN: LEADERS MEET FOR FIRST TIME": a headline's kicker.)
                let kicker = !body[end..].bytes().any(|b| b.is_ascii_lowercase());
                if city.chars().filter(char::is_ascii_alphabetic).count() >= 4 && !masthead && opens_story && !kicker {
                    dated_line = true;
                    // (A later one stays in its sentence: taking it off cost a
                    // held-out set an event.)
                    if datelines.is_empty() {
                        dateline_day = c.name("date").and_then(|d| month_day(d.as_str()));
                        start += end;
                        body = &body[end..];
                        norm = normalise(body);
                    }
                    datelines.push(city.to_string());
                }
            }
        }
        // A correspondent's town above the story says where it was written.
        if !story_begun
            && words < 15
            && datelines.len() < 3
            && (norm.contains("orrespondent") || norm.contains("ORRESPONDENT"))
        {
            if let Some(c) = correspondent().captures(&norm) {
                if let Some(city) = c.name("city").or_else(|| c.name("town")) {
                    correspondent_town.get_or_insert_with(|| city.as_str().to_string());
                }
                continue;
            }
        }
        if !seen.insert(norm.clone()) {
            continue;
        }
        // (A headline in capitals may end in a period: "... CHECKED BY U.N.")
        let shouted = words < 25 && !norm.bytes().any(|b| b.is_ascii_lowercase());
        let block = if is_caption {
            Block::Caption
        } else if (ends_like_sentence(&norm) && !shouted) || words >= 25 {
            Block::Body
        } else {
            Block::Headline
        };
        // A dateline that opens the story's first paragraph is the last; one on a
        // line of its own (a masthead, or the dateline above the text) is not.
        dateline_open &= !(dated_line && block == Block::Body);
        story_begun |= block == Block::Body && words >= 12;
        if block == Block::Headline {
            sentences.push(Sentence { span: start..start + body.len(), text: norm, block });
            continue;
        }
        // A line already in normal form (plain ASCII, single spaces: most are) is
        // its own sentences' normal form.
        let normal = norm == body;
        for r in split_sentences(body) {
            let mut s = if normal { body[r.clone()].to_string() } else { normalise(&body[r.clone()]) };
            if block == Block::Caption {
                s = p.credit.replace_all(&s, "").trim().to_string();
            }
            if s.is_empty() {
                continue;
            }
            if block == Block::Body {
                body_sentences += 1;
            }
            sentences.push(Sentence { span: start + r.start..start + r.end, text: s, block });
        }
    }
    datelines.extend(correspondent_town);
    Document { sentences, datelines, dateline_day }
}

/// The month and day of a dateline's date: "Oct. 30", "30 October 1964".
fn month_day(text: &str) -> Option<(u32, u32)> {
    let mut month = None;
    let mut day = None;
    for w in text.split([' ', ',']).filter(|w| !w.is_empty()) {
        match w.parse::<u32>() {
            Ok(n) if (1..=31).contains(&n) => day = Some(n),
            Ok(_) => {}
            Err(_) => month = month.or_else(|| crate::model::month_from_name(w)),
        }
    }
    month.zip(day)
}

fn ends_like_sentence(s: &str) -> bool {
    let ends = |s: &str| {
        let t = s.trim_end_matches(['"', '\'', ')', ']', ' ']);
        t.ends_with(['.', '!', '?', ':', ';']) || t.ends_with("...")
    };
    // ("... on Saturday morning. (01/06/2013)": a sentence, then a bracket of its own;
    // one bracket, looked at once, however many a line of debris holds.)
    let u = s.trim_end();
    ends(s) || u.ends_with(')') && u.rfind('(').is_some_and(|k| ends(&u[..k]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `normalise` one character at a time, as it was written before its ASCII runs
    /// were copied whole: the fast path must give the same text (and white space
    /// the same treatment whatever its length).
    fn normalise_by_char(s: &str) -> String {
        let mut out = String::new();
        let mut space = false;
        for c in s.chars() {
            let mapped: String = match c {
                c if c.is_ascii_whitespace() || c.is_ascii_control() => " ".into(),
                '`' => "'".into(),
                c if c.is_ascii() => c.to_string(),
                c => non_ascii(c).into(),
            };
            for m in mapped.chars() {
                push_collapsed(&mut out, &mut space, m);
            }
        }
        out
    }

    proptest! {
        #[test]
        fn normalise_copies_ascii_runs_as_it_maps_characters(s in "(\\PC|[ \t\n`\u{201C}\u{2019}\u{00A0}\u{2014}é]){0,40}") {
            prop_assert_eq!(normalise(&s), normalise_by_char(&s));
        }
    }

    #[test]
    fn normalises_typography_and_transliterates() {
        assert_eq!(
            normalise("Erdoğan\u{00A0}said \u{201C}yes\u{201D} \u{2014} it\u{2019}s"),
            "Erdogan said \"yes\" - it's"
        );
        assert_eq!(normalise("  a \n\t b "), "a b");
    }

    #[test]
    fn drops_menus_prompts_and_sidebars_keeps_captions() {
        let text = "Skip to content\nSubscribe\nEnter your email\n* indicates required\n\
            Envoy Jane Roe (L) meets Minister John Doe in Oslo, May 2, 2025. (Photo: Ann Lee / Agency)\n\
            Envoys met on Monday. They agreed on a plan.\nAdvertisement\n\
            News Feed\nA sidebar story about talks. More text.";
        let doc = prepare(text);
        let kinds: Vec<Block> = doc.sentences.iter().map(|s| s.block).collect();
        assert_eq!(kinds, [Block::Caption, Block::Body, Block::Body]);
        assert_eq!(doc.sentences[0].text, "Envoy Jane Roe (L) meets Minister John Doe in Oslo, May 2, 2025.");
        assert!(doc.sentences.iter().all(|s| !s.text.contains("sidebar")));
    }

    #[test]
    fn spans_point_into_the_original_text() {
        let text = "Top line\n  \u{201C}We met,\u{201D} she said. Then they left.\n";
        let doc = prepare(text);
        for s in &doc.sentences {
            let orig = &text[s.span.clone()];
            assert_eq!(normalise(orig), s.text);
        }
        assert_eq!(doc.sentences.len(), 3);
        assert_eq!(doc.sentences[0].block, Block::Headline);
    }

    #[test]
    fn repeated_blocks_are_read_once_and_date_lines_stripped() {
        let text = " date 2025-04-04 Envoys met on Monday.\nEnvoys met on Monday.\nEnvoys met on Monday. Again.";
        let doc = prepare(text);
        let texts: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["Envoys met on Monday.", "Envoys met on Monday.", "Again."]);
    }

    #[test]
    fn a_headline_in_capitals_ending_in_a_period_is_no_story() {
        let doc = prepare(
            "TWO LEADERS END LIMA SUMMIT; BORDER VOTE TO BE CHECKED BY U.N.\n\nLIMA, Aug. 5 (Wire) - Ana Ruiz and \
             Kevin Lee ended a summit here today.",
        );
        assert_eq!(doc.datelines, ["LIMA"]);
        assert_eq!(doc.dateline_day, Some((8, 5)));
        assert_eq!(doc.sentences[0].block, Block::Headline);
        assert!(doc.sentences[1].text.starts_with("Ana Ruiz"));
        // Nor is a country before a colon in one ("PERU: ...") a dateline.
        let doc =
            prepare("PERU: RUIZ AND LEE MEET FOR FIRST TIME\n\nLIMA, Aug. 5 (Wire) - Ana Ruiz met Kevin Lee today.");
        assert_eq!(doc.datelines, ["LIMA"]);
        assert!(doc.sentences[1].text.starts_with("Ana Ruiz"));
    }

    #[test]
    fn a_correspondents_town_above_the_story_is_its_dateline() {
        let story = "\nAna Ruiz and Kevin Lee ended their talks here yesterday with a handshake and a short statement.";
        for (line, town) in [
            ("From Our Correspondent, Lima", "Lima"),
            ("By our Diplomatic Correspondent in Port of Spain", "Port of Spain"),
            ("Staff Correspondent | Accra", "Accra"),
            ("By our Accra correspondent", "Accra"),
        ] {
            let doc = prepare(&format!("{line}{story}"));
            assert_eq!(doc.datelines, [town], "{line}");
            assert!(doc.sentences[0].text.starts_with("Ana Ruiz"), "{line}");
        }
        // A byline's beat names no town, and a headline about correspondents is a
        // headline.
        assert!(prepare(&format!("By Ana Ruiz, Gulf and Africa correspondent{story}")).datelines.is_empty());
        // A dateline below it is where the story was written.
        let doc = prepare("By our Lima correspondent\nACCRA, May 3 - Ana Ruiz met Kevin Lee here on Monday.");
        assert_eq!(doc.datelines, ["ACCRA", "Lima"]);
        let doc = prepare(&format!("Correspondents gather in Lima{story}"));
        assert!(doc.datelines.is_empty());
        assert_eq!(doc.sentences[0].text, "Correspondents gather in Lima");
    }

    #[test]
    fn datelines_are_taken_off_the_first_sentence() {
        let doc = prepare("MUSCAT, April 12, 2025 (IPS) -- Envoys met. More.\nBERLIN - not a dateline here.");
        assert_eq!(doc.datelines.first().map(String::as_str), Some("MUSCAT"));
        assert_eq!(doc.sentences[0].text, "Envoys met.");
        let doc = prepare("DAVOS, Switzerland, Jan 21 \u{2014} Russian envoy met them.");
        assert_eq!(doc.datelines.first().map(String::as_str), Some("DAVOS"));
        assert_eq!(doc.sentences[0].text, "Russian envoy met them.");
        assert_eq!(prepare("U.S. - China talks resumed today.").datelines, Vec::<String>::new());
        // An older paper's period after the day; the day is kept.
        let doc = prepare("NEW DELHI, Oct. 30. -- The two prime ministers signed an accord.");
        assert_eq!((doc.datelines.as_slice(), doc.dateline_day), (&["NEW DELHI".to_string()][..], Some((10, 30))));
        assert_eq!(doc.sentences[0].text, "The two prime ministers signed an accord.");
        // A masthead shaped like a dateline on its own line does not hide the story's.
        let doc = prepare("ANDEAN WIRE - English desk\nLIMA, May 3 (AW) - Envoys met here today.\nQUITO - Not one.");
        assert_eq!(doc.datelines, ["ANDEAN WIRE", "LIMA"]);
        assert_eq!(doc.sentences[1].text, "LIMA, May 3 (AW) - Envoys met here today.");
        // ("DENPASAR (Bali), Feb. 24 -": the island in brackets.)
        let doc = prepare("DENPASAR (Bali), Feb. 24 \u{2014} The five leaders ended their summit here this evening.");
        assert_eq!(doc.datelines.first().map(String::as_str), Some("DENPASAR"));
        assert_eq!(doc.sentences[0].text, "The five leaders ended their summit here this evening.");
        // A masthead is not a dateline: the lead's own one is.
        let doc = prepare("STATE NEWS AGENCY - Republic of Ruritania\nSTRELSAU, Ruritania - The envoys met.");
        assert_eq!(doc.datelines.first().map(String::as_str), Some("STRELSAU"));
    }

    #[test]
    fn empty_and_binary_input_give_no_sentences_and_no_panic() {
        assert!(prepare("").sentences.is_empty());
        assert!(prepare("\u{0}\u{1}\u{fffd}\u{fffd}").sentences.is_empty());
    }

    #[test]
    fn a_sentence_then_a_bracket_is_body_text_and_debris_of_brackets_is_cheap() {
        let d = prepare("A met B at the palace on Saturday morning. (01/06/2013)\n");
        assert_eq!(d.sentences.first().map(|s| s.block), Some(Block::Body));
        // (A line of a million brackets: no panic, and no headline made body.)
        let debris = "()".repeat(500_000);
        assert!(prepare(&debris).sentences.iter().all(|s| s.block == Block::Headline));
    }
}
