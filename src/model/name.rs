/// Folds a name for matching: transliterated to ASCII, lower-cased, every run of
/// punctuation and white space turned into one space (apostrophes and dots vanish,
/// so "U.S." folds like "US").
///
/// Queries and index keys both go through it, so "Erdoğan", "ERDOGAN" and "erdogan"
/// find the same person.
///
/// ```
/// assert_eq!(dossier::fold("  Recep Tayyip Erdoğan "), "recep tayyip erdogan");
/// assert_eq!(dossier::fold("St. Petersburg"), "st petersburg");
/// ```
pub fn fold(name: &str) -> String {
    // Extraction folds normalised (ASCII) text: no transliteration, no copy for it.
    let transliterated;
    let ascii = if name.is_ascii() {
        name
    } else {
        transliterated = deunicode::deunicode(name);
        &transliterated
    };
    let mut out = String::with_capacity(ascii.len());
    let mut gap = false;
    for b in ascii.bytes() {
        if b.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(char::from(b.to_ascii_lowercase()));
        } else if b != b'\'' && b != b'.' && b != 0x7f {
            // (`deunicode` drops DEL; so does the fast path.)
            gap = true;
        }
    }
    out
}

/// Whether `fold(name) == folded`, without building the folded name when `name`
/// is ASCII (a query compares every name an index entry lists).
pub(crate) fn folds_to(name: &str, folded: &str) -> bool {
    if !name.is_ascii() {
        return fold(name) == folded;
    }
    let want = folded.as_bytes();
    let mut at = 0;
    let mut gap = false;
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() {
            if gap && at > 0 {
                if want.get(at) != Some(&b' ') {
                    return false;
                }
                at += 1;
            }
            gap = false;
            if want.get(at) != Some(&b.to_ascii_lowercase()) {
                return false;
            }
            at += 1;
        } else if b != b'\'' && b != b'.' && b != 0x7f {
            gap = true;
        }
    }
    at == want.len()
}

#[cfg(test)]
mod tests {
    use super::{fold, folds_to};
    use proptest::prelude::*;

    #[test]
    fn folds_to_matches_whole_names_only() {
        assert!(folds_to("Kirill  Dmitriev", "kirill dmitriev"));
        assert!(folds_to("Côte d'Ivoire", "cote divoire"));
        assert!(!folds_to("Kirill", "kirill dmitriev"));
        assert!(!folds_to("Kirill Dmitriev", "kirill"));
        assert!(!folds_to("Kirill Dmitriev Jr", "kirill dmitriev"));
    }

    proptest! {
        #[test]
        fn folds_to_agrees_with_fold(name in "[ -~]{0,12}|[a-zé .'-]{0,12}", other in "[a-z ]{0,8}") {
            prop_assert!(folds_to(&name, &fold(&name)));
            prop_assert_eq!(folds_to(&name, &other), fold(&name) == other);
        }
    }

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(fold("Zelenskyy"), "zelenskyy");
        assert_eq!(fold("Kirill  DMITRIEV"), "kirill dmitriev");
        assert_eq!(fold("U.S."), "us");
        assert_eq!(fold("Côte d'Ivoire"), "cote divoire");
        assert_eq!(fold("al-Sisi"), "al sisi");
        assert_eq!(fold(""), "");
        assert_eq!(fold("—"), "");
    }

    #[test]
    fn ascii_folds_as_its_transliteration_would() {
        // The fast path skips `deunicode` for ASCII; folding the transliteration, as
        // for any other text, must give the same key.
        for b in 0u8..128 {
            // ("é" sends the same text down the transliterating path.)
            let s = format!("Ab{}cD", char::from(b));
            assert_eq!(format!("{}e", fold(&s)), fold(&format!("{s}\u{e9}")), "byte {b}");
        }
    }
}
