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

#[cfg(test)]
mod tests {
    use super::fold;

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
