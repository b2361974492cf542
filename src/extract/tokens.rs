//! Word tokens of a normalised (ASCII) sentence, with byte offsets.

/// A token's broad class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Letters (possibly with internal dots, as in "U.S." or "St.").
    Word,
    /// Digits, possibly with an ordinal suffix ("23rd").
    Number,
    /// Any other single character, and the possessive "'s".
    Punct,
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    pub(crate) text: &'a str,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) class: Class,
}

impl Token<'_> {
    /// True for a word starting with an upper-case letter.
    pub(crate) fn is_capitalised(&self) -> bool {
        self.class == Class::Word && self.text.as_bytes()[0].is_ascii_uppercase()
    }

    /// The lower-cased text (allocation-free comparison helper).
    pub(crate) fn is(&self, lower: &str) -> bool {
        self.text.eq_ignore_ascii_case(lower)
    }
}

/// Calls `f` with the tokens lower-cased and joined by one space, built on the stack
/// when short: the phrases looked up in word lists (titles, stop words) are, and a
/// look-up per token must not allocate.
pub(crate) fn with_lower<R>(toks: &[Token<'_>], f: impl FnOnce(&str) -> R) -> R {
    const CAP: usize = 96;
    let len = toks.iter().map(|t| t.text.len()).sum::<usize>() + toks.len().saturating_sub(1);
    if len > CAP {
        let mut s = String::with_capacity(len);
        for (n, t) in toks.iter().enumerate() {
            if n > 0 {
                s.push(' ');
            }
            s.push_str(t.text);
        }
        s.make_ascii_lowercase();
        return f(&s);
    }
    let mut buf = [0u8; CAP];
    let mut at = 0;
    for (n, t) in toks.iter().enumerate() {
        if n > 0 {
            buf[at] = b' ';
            at += 1;
        }
        buf[at..at + t.text.len()].copy_from_slice(t.text.as_bytes());
        at += t.text.len();
    }
    buf[..at].make_ascii_lowercase();
    // Whole strings and ASCII spaces, with only ASCII letters changed: still UTF-8.
    f(std::str::from_utf8(&buf[..at]).unwrap_or_default())
}

/// Abbreviations that keep their trailing dot as part of the word.
const DOTTED: &[&str] = &[
    "St", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Prof", "Jr", "Sr", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "Adm", "Capt", "Sgt",
];

/// Splits an ASCII sentence into tokens. Letters form words ("U.S." and "St." keep
/// their dots), digits form numbers, "'s" is one token, everything else but spaces
/// is a one-character token. Non-ASCII bytes (there should be none after
/// normalisation) are single punctuation tokens.
pub(crate) fn tokenize(s: &str) -> Vec<Token<'_>> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c.is_ascii_alphabetic() {
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            // One name: O'Neill, D'Souza, N'Diaye.
            if i - start == 1
                && c.is_ascii_uppercase()
                && b.get(i) == Some(&b'\'')
                && b.get(i + 1).is_some_and(u8::is_ascii_uppercase)
            {
                i += 1;
                while i < b.len() && b[i].is_ascii_alphanumeric() {
                    i += 1;
                }
            }
            // Dotted initialisms: U.S., D.C., U.A.E.
            let mut j = i;
            let mut dotted = false;
            while j + 1 < b.len()
                && b[j] == b'.'
                && b[j + 1].is_ascii_alphabetic()
                && (j - start == 1 || dotted)
                && i - start == 1
            {
                let k = j + 1;
                let mut e = k;
                while e < b.len() && b[e].is_ascii_alphabetic() {
                    e += 1;
                }
                if e - k != 1 {
                    break;
                }
                dotted = true;
                j = e;
            }
            if dotted && j < b.len() && b[j] == b'.' {
                i = j + 1;
            } else if dotted {
                i = j;
            } else if i < b.len()
                && b[i] == b'.'
                && DOTTED.contains(&&s[start..i])
                // (Not the sentence's own full stop: "... Prime Minister Hun Sen.")
                && b[i + 1..].iter().any(u8::is_ascii_alphanumeric)
            {
                i += 1;
            }
            out.push(Token { text: &s[start..i], start, end: i, class: Class::Word });
        } else if c.is_ascii_digit() {
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let digits_end = i;
            while i < b.len() && b[i].is_ascii_lowercase() {
                i += 1;
            }
            if !matches!(&s[digits_end..i], "" | "st" | "nd" | "rd" | "th" | "s") {
                i = digits_end;
            }
            out.push(Token { text: &s[start..i], start, end: i, class: Class::Number });
        } else if c == b'\'' && b.get(i + 1) == Some(&b's') && !b.get(i + 2).is_some_and(|x| x.is_ascii_alphanumeric())
        {
            i += 2;
            out.push(Token { text: &s[start..i], start, end: i, class: Class::Punct });
        } else {
            i += s[i..].chars().next().map_or(1, char::len_utf8);
            out.push(Token { text: &s[start..i], start, end: i, class: Class::Punct });
        }
    }
    out
}

/// The lookup key of a run of tokens: their texts joined by single spaces.
pub(crate) fn key(tokens: &[Token<'_>]) -> String {
    let mut k = String::new();
    for (n, t) in tokens.iter().enumerate() {
        if n > 0 {
            k.push(' ');
        }
        k.push_str(t.text);
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn keeps_initialisms_abbreviations_and_possessives() {
        assert_eq!(
            texts("U.S. envoy met Putin's aide in St. Petersburg on Jan. 23rd, 2025."),
            [
                "U.S.", "envoy", "met", "Putin", "'s", "aide", "in", "St.", "Petersburg", "on", "Jan.", "23rd", ",",
                "2025", "."
            ]
        );
        assert_eq!(texts("US-Russian talks"), ["US", "-", "Russian", "talks"]);
        assert_eq!(texts("Washington, D.C. today"), ["Washington", ",", "D.C.", "today"]);
        assert_eq!(texts("the U.S."), ["the", "U.S."]);
        assert_eq!(texts("A. B. Smith"), ["A", ".", "B", ".", "Smith"]);
        assert_eq!(texts("don't"), ["don", "'", "t"]);
        assert_eq!(texts("O'Neill met N'Diaye's aide"), ["O'Neill", "met", "N'Diaye", "'s", "aide"]);
        assert_eq!(texts("'O' level"), ["'", "O", "'", "level"]);
    }

    #[test]
    fn offsets_point_back_into_the_text() {
        let s = "Talks, on 2025-04-04 (local).";
        for t in tokenize(s) {
            assert_eq!(&s[t.start..t.end], t.text);
        }
    }
}
