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
    let ascii = deunicode::deunicode(name);
    let mut out = String::with_capacity(ascii.len());
    let mut gap = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
        } else if c != '\'' && c != '.' {
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
}
