//! Known people, places and organisations: the bundled data files (`data/`) plus
//! whatever the user adds.
//!
//! File formats (UTF-8, tab-separated, `#` comments, `|` between several values):
//!
//! | file | columns |
//! |------|---------|
//! | people.tsv | canonical name, short names (surnames), other full names, country, role (its first and last year choose between two people of one full name: "George Bush" on a page about 1991) |
//! | places.tsv | name, kind (country, region, city, capital: a country's capital city, landmark), parent, aliases, demonyms |
//! | orgs.tsv | name, kind, aliases, country |
//! | given_names.txt | one word that begins a name a line: a given name, or a family name written first |
//! | women.txt | one given name of women a line: "she" and "her" stand for a person so named |
//! | titles.txt | one lower-case title or role a line (a minister's, secretary's or president's title also heads a list of names in the plural) |

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::{Arc, OnceLock};

use crate::error::{Error, Result};
use crate::ingest::normalise_for_lookup;
use crate::model::{fold, Place};

use super::tokens::{key, tokenize};

const PEOPLE: &str = include_str!("../../data/people.tsv");
const PLACES: &str = include_str!("../../data/places.tsv");
const ORGS: &str = include_str!("../../data/orgs.tsv");
const GIVEN: &str = include_str!("../../data/given_names.txt");
const TITLES: &str = include_str!("../../data/titles.txt");
const WOMEN: &str = include_str!("../../data/women.txt");

/// A place's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum PlaceKind {
    Landmark,
    City,
    Region,
    Country,
}

#[derive(Debug, Clone)]
pub(crate) struct PersonEntry {
    pub(crate) name: String,
    pub(crate) country: Option<String>,
    /// The first and last year the role column names ("president 1989-1993"):
    /// which of two people one name means in a page of a given year.
    pub(crate) years: Option<(i32, i32)>,
    /// The offices the role column names, without years or notes, in lower case
    /// ("west german chancellor", "prime minister"): who "the Chancellor" is when
    /// the page never titles anyone so.
    pub(crate) roles: Vec<String>,
}

impl PersonEntry {
    /// Whether one of the person's offices is `title` ("chancellor" for a "West
    /// German chancellor"; not "president" for a "vice president").
    pub(crate) fn held(&self, title: &str) -> bool {
        self.roles.iter().any(|r| {
            r == title
                || r.strip_suffix(title).and_then(|rest| rest.strip_suffix(' ')).is_some_and(|rest| {
                    !matches!(rest.rsplit(' ').next(), Some("vice" | "deputy" | "assistant" | "under" | "acting"))
                })
        })
    }

    /// How many years `year` lies outside the person's years (0 inside them; a
    /// person with none is as far as can be).
    pub(crate) fn years_from(&self, year: i32) -> i32 {
        match self.years {
            Some((a, b)) => (a - year).max(year - b).max(0),
            None => i32::MAX,
        }
    }
}

/// The offices of a role column: "prime minister 1966-1977 and 1980-1984;
/// president 1989-1993 (died 2009)" is "prime minister" and "president".
fn roles_of(role: &str) -> Vec<String> {
    role.split(';')
        .filter_map(|part| {
            let part = part.find('(').map_or(part, |k| &part[..k]);
            let words: Vec<String> = part
                .split_whitespace()
                .take_while(|w| !w.chars().any(|c| c.is_ascii_digit()))
                .map(str::to_lowercase)
                .collect();
            (!words.is_empty()).then(|| words.join(" "))
        })
        .collect()
}

/// The first and last four-digit year in a role ("vice president 1981-1989;
/// president 1989-1993" is 1981 to 1993), before a note of death ("(died 2009)":
/// the years in office, not the life).
fn years_of(role: &str) -> Option<(i32, i32)> {
    let role = role
        .find("(died")
        .or_else(|| role.find("(killed"))
        .or_else(|| role.find("(executed"))
        .map_or(role, |k| &role[..k]);
    let years = role
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .filter(|y| (1800..=2200).contains(y));
    years.fold(None, |acc, y| match acc {
        None => Some((y, y)),
        Some((a, b)) => Some((a.min(y), b.max(y))),
    })
}

#[derive(Debug, Clone)]
pub(crate) struct PlaceEntry {
    pub(crate) name: String,
    pub(crate) kind: PlaceKind,
    pub(crate) parent: Option<usize>,
}

/// What a surface form in text can denote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// A person's full name.
    Person(usize),
    /// A person's short name (surname).
    Short(usize),
    Place(usize),
    /// A country's demonym ("Russian", "U.S.").
    Demonym(usize),
    Org(usize),
}

/// Known people, places and organisations.
///
/// The bundled data covers heads of state and government, ministers, envoys and
/// spokespeople; every country with its demonyms, capitals, major cities, regions
/// and landmarks that imply a city (the Kremlin → Moscow); and the organisations
/// and news outlets that appear in diplomacy news. Users add their own with
/// [`GazetteerBuilder`].
///
/// ```
/// let g = dossier::Gazetteer::builder()
///     .person("Jane Roe", &["Roe"], &["Janet Roe"])
///     .build()?;
/// assert_eq!(g.canonical_person("janet roe").as_deref(), Some("Jane Roe"));
/// assert_eq!(g.canonical_person("Erdoğan").as_deref(), Some("Recep Tayyip Erdogan"));
/// # Ok::<(), dossier::Error>(())
/// ```
///
/// Its `Debug` output is a summary (how many people, places, organisations and
/// titles), not the tables.
pub struct Gazetteer {
    pub(crate) people: Vec<PersonEntry>,
    pub(crate) places: Vec<PlaceEntry>,
    pub(crate) orgs: Vec<String>,
    /// Whether each organisation can be a side in talks (a body, an armed group, a
    /// party), not a news outlet or a company.
    pub(crate) org_is_side: Vec<bool>,
    /// Whether each organisation is an intergovernmental body whose summits and
    /// meetings are events of their own (ASEAN, the G7, the African Union).
    pub(crate) org_is_body: Vec<bool>,
    /// Surface forms (token keys) to what they denote.
    pub(crate) surface: HashMap<String, Vec<Target>>,
    /// Folded names and aliases to people.
    by_folded: HashMap<String, Vec<usize>>,
    /// Each person by canonical name as written, for what a page's person held.
    by_canonical: HashMap<String, usize>,
    /// Folded short names to people.
    pub(crate) shorts: HashMap<String, Vec<usize>>,
    /// Folded short names by first byte, for misspelling look-ups.
    pub(crate) shorts_by_initial: HashMap<u8, Vec<String>>,
    /// The first token of every surface form, with the longest form (in tokens) it
    /// starts: look-ups that cannot match are skipped.
    pub(crate) first_tokens: HashMap<String, usize>,
    /// Folded place names and aliases to places.
    place_by_folded: HashMap<String, usize>,
    /// Each country's capital city (places of kind `capital`), by place index.
    pub(crate) capital_of: HashMap<usize, usize>,
    pub(crate) given: HashSet<String>,
    /// Folded given names of women.
    women: HashSet<String>,
    pub(crate) titles: HashSet<String>,
    /// Plurals of ministers', secretaries' and presidents' titles, for a list of
    /// names they head ("Foreign Ministers Dahl and Novak"); apart from `titles`,
    /// since lower-case "ministers" names a group.
    pub(crate) plural_titles: HashSet<String>,
    /// Longest title in tokens.
    pub(crate) title_len: usize,
    /// The words a title (or its plural) can start with, and the words it can end
    /// with, "-s" plurals included: most tokens are neither, and need no phrase
    /// look-ups.
    pub(crate) title_first: HashSet<String>,
    pub(crate) title_last: HashSet<String>,
    /// People by the last word of their folded canonical name, for a long name
    /// misspelt in its first part ("Meshaal Al-Ahmad Al-Jaber Al-Sabah").
    pub(crate) by_last: HashMap<String, Vec<usize>>,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("people", &self.people.len())
            .field("places", &self.places.len())
            .field("orgs", &self.orgs.len())
            .field("titles", &self.titles.len())
            .finish_non_exhaustive()
    }
}

/// Builds a [`Gazetteer`]: the bundled data plus files and entries of your own.
#[derive(Debug, Clone)]
#[must_use]
pub struct GazetteerBuilder {
    bundled: bool,
    people: Vec<(String, String)>,
    places: Vec<(String, String)>,
    extra: Vec<(String, Vec<String>, Vec<String>)>,
}

impl GazetteerBuilder {
    /// Leaves out the bundled data (default: included).
    pub fn without_bundled(mut self) -> Self {
        self.bundled = false;
        self
    }

    /// Adds a people file's text (`people.tsv` format); `name` names it in errors.
    pub fn people_tsv(mut self, name: &str, text: &str) -> Self {
        self.people.push((name.to_string(), text.to_string()));
        self
    }

    /// Adds a places file's text (`places.tsv` format); `name` names it in errors.
    pub fn places_tsv(mut self, name: &str, text: &str) -> Self {
        self.places.push((name.to_string(), text.to_string()));
        self
    }

    /// Adds a file by path: `*.tsv` files whose name contains "place" are places,
    /// other `.tsv` files are people.
    pub fn file(self, path: &std::path::Path) -> Result<Self> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
        let name = path.display().to_string();
        let is_places = path.file_name().is_some_and(|n| n.to_string_lossy().to_lowercase().contains("place"));
        Ok(if is_places { self.places_tsv(&name, &text) } else { self.people_tsv(&name, &text) })
    }

    /// Adds one person with short names (surnames) and other full names.
    pub fn person(mut self, canonical: &str, shorts: &[&str], aliases: &[&str]) -> Self {
        let v = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect();
        self.extra.push((canonical.to_string(), v(shorts), v(aliases)));
        self
    }

    /// Builds the gazetteer, checking every file.
    pub fn build(self) -> Result<Gazetteer> {
        let mut g = Gazetteer::empty();
        if self.bundled {
            g.load_places("data/places.tsv", PLACES)?;
            g.load_people("data/people.tsv", PEOPLE)?;
            g.load_orgs("data/orgs.tsv", ORGS)?;
            g.given = GIVEN.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(fold).collect();
            g.women = WOMEN.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(fold).collect();
            for t in TITLES.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
                g.add_title(t);
            }
        }
        for (name, text) in &self.places {
            g.load_places(name, text)?;
        }
        for (name, text) in &self.people {
            g.load_people(name, text)?;
        }
        for (canonical, shorts, aliases) in &self.extra {
            let shorts: Vec<&str> = shorts.iter().map(String::as_str).collect();
            let aliases: Vec<&str> = aliases.iter().map(String::as_str).collect();
            g.add_person(canonical, &shorts, &aliases, None, None, Vec::new());
        }
        for bucket in g.shorts_by_initial.values_mut() {
            bucket.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
        }
        Ok(g)
    }
}

fn columns<'a>(file: &str, n: usize, text: &'a str) -> impl Iterator<Item = Result<(usize, Vec<&'a str>)>> + 'a {
    let file = file.to_string();
    text.lines().enumerate().filter_map(move |(i, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            return None;
        }
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols.len() < n || cols[0].is_empty() {
            return Some(Err(Error::Gazetteer {
                file: file.clone(),
                line: i + 1,
                reason: format!("expected {n} tab-separated columns with a name first, found {}", cols.len()),
            }));
        }
        Some(Ok((i + 1, cols)))
    })
}

fn values(col: &str) -> impl Iterator<Item = &str> {
    col.split('|').map(str::trim).filter(|s| !s.is_empty())
}

impl Gazetteer {
    /// A builder that starts from the bundled data.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder { bundled: true, people: Vec::new(), places: Vec::new(), extra: Vec::new() }
    }

    /// The bundled gazetteer, built once.
    pub fn bundled() -> Arc<Gazetteer> {
        static G: OnceLock<Arc<Gazetteer>> = OnceLock::new();
        G.get_or_init(|| match Gazetteer::builder().build() {
            Ok(g) => Arc::new(g),
            // The bundled files are checked by the test suite; an error here is a
            // packaging bug, not bad input.
            Err(e) => panic!("bundled gazetteer is malformed: {e}"),
        })
        .clone()
    }

    fn empty() -> Gazetteer {
        Gazetteer {
            people: Vec::new(),
            places: Vec::new(),
            orgs: Vec::new(),
            org_is_side: Vec::new(),
            org_is_body: Vec::new(),
            surface: HashMap::default(),
            by_folded: HashMap::default(),
            by_canonical: HashMap::default(),
            shorts: HashMap::default(),
            shorts_by_initial: HashMap::default(),
            first_tokens: HashMap::default(),
            place_by_folded: HashMap::default(),
            capital_of: HashMap::default(),
            given: HashSet::default(),
            women: HashSet::default(),
            titles: HashSet::default(),
            plural_titles: HashSet::default(),
            title_len: 0,
            title_first: HashSet::default(),
            title_last: HashSet::default(),
            by_last: HashMap::default(),
        }
    }

    fn add_surface(&mut self, form: &str, target: Target) {
        let norm = normalise_for_lookup(form);
        let toks = tokenize(&norm);
        if toks.is_empty() {
            return;
        }
        let longest = self.first_tokens.entry(toks[0].text.to_string()).or_default();
        *longest = (*longest).max(toks.len());
        if let Target::Place(p) = target {
            self.place_by_folded.entry(fold(form)).or_insert(p);
        }
        let targets = self.surface.entry(key(&toks)).or_default();
        if !targets.contains(&target) {
            targets.push(target);
        }
    }

    fn add_title(&mut self, t: &str) {
        let t = t.to_ascii_lowercase();
        // Text is matched token by token, and a hyphen is a token of its own:
        // "vice-president" is also known as "vice - president".
        if t.contains('-') && !t.contains(" - ") {
            self.add_title(&t.replace('-', " - "));
        }
        self.title_len = self.title_len.max(t.split(' ').count());
        let (first, last) = (t.split(' ').next().unwrap_or(""), t.rsplit(' ').next().unwrap_or(""));
        self.title_first.insert(first.to_string());
        self.title_last.insert(last.to_string());
        self.title_last.insert(format!("{last}s"));
        if let Some(plural) = plural(&t) {
            self.title_first.insert(plural.split(' ').next().unwrap_or("").to_string());
            self.title_last.insert(plural.rsplit(' ').next().unwrap_or("").to_string());
            self.plural_titles.insert(plural);
        }
        self.titles.insert(t);
    }

    fn add_person(
        &mut self,
        canonical: &str,
        shorts: &[&str],
        aliases: &[&str],
        country: Option<&str>,
        years: Option<(i32, i32)>,
        roles: Vec<String>,
    ) {
        let folded = fold(canonical);
        let idx =
            match self.by_folded.get(&folded).and_then(|v| v.iter().find(|&&i| fold(&self.people[i].name) == folded)) {
                Some(&i) => i,
                None => {
                    self.by_canonical.insert(canonical.to_string(), self.people.len());
                    self.people.push(PersonEntry {
                        name: canonical.to_string(),
                        country: country.map(str::to_string),
                        years,
                        roles,
                    });
                    self.people.len() - 1
                }
            };
        if let Some(last) = folded.rsplit(' ').next().filter(|_| folded.contains(' ')) {
            let v = self.by_last.entry(last.to_string()).or_default();
            if !v.contains(&idx) {
                v.push(idx);
            }
        }
        // "Orbán Viktor": a two-word name printed family name first.
        let mut words = canonical.split(' ');
        let reversed = match (words.next(), words.next(), words.next()) {
            (Some(a), Some(b), None) => Some(format!("{b} {a}")),
            _ => None,
        };
        for full in std::iter::once(canonical).chain(aliases.iter().copied()) {
            self.add_surface(full, Target::Person(idx));
            if let Some(c) = capital_particle(full) {
                self.add_surface(&c, Target::Person(idx));
            }
            let f = fold(full);
            let v = self.by_folded.entry(f).or_default();
            if !v.contains(&idx) {
                v.push(idx);
            }
        }
        if let Some(r) = reversed.filter(|r| !self.surface.contains_key(&key(&tokenize(&normalise_for_lookup(r))))) {
            self.add_surface(&r, Target::Person(idx));
        }
        let derived = canonical.rsplit(' ').next().filter(|_| shorts.is_empty() && canonical.contains(' '));
        for s in shorts.iter().copied().chain(derived) {
            self.add_surface(s, Target::Short(idx));
            if let Some(c) = capital_particle(s) {
                self.add_surface(&c, Target::Short(idx));
            }
            let f = fold(s);
            if let Some(&b) = f.as_bytes().first() {
                let bucket = self.shorts_by_initial.entry(b).or_default();
                if !bucket.contains(&f) {
                    bucket.push(f.clone());
                }
            }
            let v = self.shorts.entry(f).or_default();
            if !v.contains(&idx) {
                v.push(idx);
            }
        }
    }

    fn load_people(&mut self, file: &str, text: &str) -> Result<()> {
        for row in columns(file, 1, text) {
            let (_, c) = row?;
            let shorts: Vec<&str> = c.get(1).map(|s| values(s).collect()).unwrap_or_default();
            let aliases: Vec<&str> = c.get(2).map(|s| values(s).collect()).unwrap_or_default();
            let country = c.get(3).copied().filter(|s| !s.is_empty());
            let years = c.get(4).and_then(|r| years_of(r));
            let roles = c.get(4).map(|r| roles_of(r)).unwrap_or_default();
            self.add_person(c[0], &shorts, &aliases, country, years, roles);
        }
        Ok(())
    }

    fn load_places(&mut self, file: &str, text: &str) -> Result<()> {
        let rows: Vec<(usize, Vec<&str>)> = columns(file, 2, text).collect::<Result<_>>()?;
        let first = self.places.len();
        // Names are stored in ASCII, as people's are ("Cucuta" for "Cúcuta"; the
        // written form stays a surface); a parent may be named either way.
        let mut index: HashMap<String, usize> =
            self.places.iter().enumerate().map(|(i, p)| (p.name.clone(), i)).collect();
        for (line, c) in &rows {
            let kind = match c[1].to_ascii_lowercase().as_str() {
                "country" => PlaceKind::Country,
                "region" | "state" | "province" => PlaceKind::Region,
                "city" | "town" | "capital" => PlaceKind::City,
                "landmark" | "site" => PlaceKind::Landmark,
                other => {
                    return Err(Error::Gazetteer {
                        file: file.into(),
                        line: *line,
                        reason: format!("unknown place kind {other:?}"),
                    })
                }
            };
            let name = deunicode::deunicode(c[0]);
            index.insert(name.clone(), self.places.len());
            self.places.push(PlaceEntry { name, kind, parent: None });
        }
        for (n, (line, c)) in rows.iter().enumerate() {
            let idx = first + n;
            if let Some(parent) = c.get(2).filter(|s| !s.is_empty()) {
                let p = *index.get(&deunicode::deunicode(parent)).ok_or_else(|| Error::Gazetteer {
                    file: file.into(),
                    line: *line,
                    reason: format!("unknown parent place {parent:?}"),
                })?;
                self.places[idx].parent = Some(p);
            }
            self.add_surface(c[0], Target::Place(idx));
            for a in c.get(3).map(|s| values(s).collect::<Vec<_>>()).unwrap_or_default() {
                self.add_surface(a, Target::Place(idx));
            }
            for d in c.get(4).map(|s| values(s).collect::<Vec<_>>()).unwrap_or_default() {
                self.add_surface(d, Target::Demonym(idx));
            }
        }
        // A parent chain must end: refuse cycles.
        for i in first..self.places.len() {
            let mut cur = self.places[i].parent;
            let mut steps = 0;
            while let Some(p) = cur {
                steps += 1;
                if steps > 16 {
                    return Err(Error::Gazetteer {
                        file: file.into(),
                        line: 0,
                        reason: format!("place {:?} is inside itself", self.places[i].name),
                    });
                }
                cur = self.places[p].parent;
            }
        }
        // "the Romanian capital": a capital's country is its first ancestor that is one.
        for (n, (_, c)) in rows.iter().enumerate() {
            if c[1].eq_ignore_ascii_case("capital") {
                let mut cur = self.places[first + n].parent;
                while let Some(p) = cur {
                    if self.places[p].kind == PlaceKind::Country {
                        self.capital_of.insert(p, first + n);
                        break;
                    }
                    cur = self.places[p].parent;
                }
            }
        }
        Ok(())
    }

    fn load_orgs(&mut self, file: &str, text: &str) -> Result<()> {
        for row in columns(file, 1, text) {
            let (_, c) = row?;
            let idx = self.orgs.len();
            self.orgs.push(c[0].to_string());
            let kind = c.get(1).map(|k| k.to_ascii_lowercase()).unwrap_or_default();
            self.org_is_side.push(matches!(kind.as_str(), "intergovernmental" | "armed-group" | "party"));
            self.org_is_body.push(kind == "intergovernmental");
            let forms =
                std::iter::once(c[0]).chain(c.get(2).map(|s| values(s).collect::<Vec<_>>()).unwrap_or_default());
            for form in forms {
                self.add_surface(form, Target::Org(idx));
                // British copy writes a body's acronym as a word: "Asean", "Nato", "Ecowas".
                let acronym = form.len() >= 4 && form.bytes().all(|b| b.is_ascii_uppercase());
                if acronym && kind == "intergovernmental" {
                    self.add_surface(&format!("{}{}", &form[..1], form[1..].to_ascii_lowercase()), Target::Org(idx));
                }
            }
        }
        Ok(())
    }

    /// The canonical name of a known person, by any full name, alias or unambiguous
    /// short name, matched case- and accent-insensitively.
    pub fn canonical_person(&self, name: &str) -> Option<String> {
        let f = fold(name);
        if let Some(v) = self.by_folded.get(&f) {
            return v.first().map(|&i| self.people[i].name.clone());
        }
        match self.shorts.get(&f).map(Vec::as_slice) {
            Some([one]) => Some(self.people[*one].name.clone()),
            _ => None,
        }
    }

    /// Whether the first name of `name` is a woman's ("Ursula von der Leyen").
    pub(crate) fn womans_name(&self, name: &str) -> bool {
        name.split(' ').next().is_some_and(|first| self.women.contains(&fold(first)))
    }

    /// Whether the known person of that canonical name held the office `title`.
    pub(crate) fn held(&self, canonical: &str, title: &str) -> bool {
        self.by_canonical.get(canonical).is_some_and(|&i| self.people[i].held(title))
    }

    /// A known place by name or alias ("St. Petersburg", "kiev"), with its containment.
    pub fn place(&self, name: &str) -> Option<Place> {
        self.place_index(name).map(|i| self.place_of(i))
    }

    /// A known place's index by name or alias.
    pub(crate) fn place_index(&self, name: &str) -> Option<usize> {
        self.place_by_folded.get(&fold(name)).copied()
    }

    /// Known short names (folded) that start like `word`, for misspelling look-ups.
    pub(crate) fn shorts_like<'a>(&'a self, word: &str) -> impl Iterator<Item = &'a str> {
        // Buckets are sorted by length: only names within two letters of the word's
        // length can be a misspelling of it.
        let bucket = word.as_bytes().first().and_then(|b| self.shorts_by_initial.get(b));
        let bucket = bucket.map_or(&[][..], Vec::as_slice);
        let lo = bucket.partition_point(|s| s.len() + 2 < word.len());
        let hi = bucket.partition_point(|s| s.len() <= word.len() + 2);
        bucket[lo..hi.max(lo)].iter().map(String::as_str)
    }

    pub(crate) fn place_of(&self, idx: usize) -> Place {
        let mut within = Vec::new();
        let mut cur = self.places[idx].parent;
        while let Some(p) = cur {
            within.push(self.places[p].name.clone());
            cur = self.places[p].parent;
        }
        Place { name: self.places[idx].name.clone(), within }
    }

    /// The place `idx` names, a landmark taken for its town: "Windsor Castle" is
    /// Windsor, the Kremlin Moscow (a landmark in no town, Bessastadir, is itself).
    pub(crate) fn town_of(&self, idx: usize) -> Place {
        let p = &self.places[idx];
        match (p.kind, p.parent) {
            (PlaceKind::Landmark, Some(parent)) if self.places[parent].kind == PlaceKind::City => self.place_of(parent),
            _ => self.place_of(idx),
        }
    }

    /// Number of people known.
    pub fn people_count(&self) -> usize {
        self.people.len()
    }

    /// Number of places known.
    pub fn places_count(&self) -> usize {
        self.places.len()
    }
}

/// The plural of a minister's, secretary's or president's title ("foreign
/// minister" -> "foreign ministers", "deputy secretary" -> "deputy secretaries"),
/// as it heads a list of names ("Foreign Ministers A and B"). Others stay singular:
/// "negotiators", "officials" and "envoys" name groups.
fn plural(title: &str) -> Option<String> {
    let (head, last) = title.rsplit_once(' ').map_or(("", title), |(h, l)| (h, l));
    let plural = match last {
        "minister" | "president" | "premier" | "chancellor" => format!("{last}s"),
        "secretary" => "secretaries".to_string(),
        _ => return None,
    };
    Some(if head.is_empty() { plural } else { format!("{head} {plural}") })
}

/// The form with its hyphened article capitalised, as many pages print it:
/// "Mohammed Shia al-Sudani" is also "Mohammed Shia Al-Sudani", "el-Sisi" "El-Sisi".
fn capital_particle(form: &str) -> Option<String> {
    let mut out = String::with_capacity(form.len());
    let mut changed = false;
    for (n, w) in form.split(' ').enumerate() {
        if n > 0 {
            out.push(' ');
        }
        match w.split_once('-') {
            Some((p, rest))
                if matches!(p, "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "an") && !rest.is_empty() =>
            {
                out.push_str(&p[..1].to_ascii_uppercase());
                out.push_str(&w[1..]);
                changed = true;
            }
            _ => out.push_str(w),
        }
    }
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_roles_years_span_its_first_and_last_year() {
        assert_eq!(years_of("vice president 1981-1989; president 1989-1993"), Some((1981, 1993)));
        assert_eq!(years_of("president (45th and 47th)"), None);
        assert_eq!(years_of("president 1986-1992 (died 2009)"), Some((1986, 1992)));
        let roles = roles_of("vice president 1981-1989; West German chancellor 1949-1963 (died 1967)");
        assert_eq!(roles, ["vice president", "west german chancellor"]);
        let p = PersonEntry { name: "A".into(), country: None, years: None, roles };
        assert!(p.held("chancellor") && p.held("vice president") && !p.held("president"));
        let p = PersonEntry { name: "A".into(), country: None, years: Some((1989, 1993)), roles: Vec::new() };
        assert_eq!((p.years_from(1991), p.years_from(1995), p.years_from(1985)), (0, 2, 4));
    }

    #[test]
    fn the_bundled_places_list_each_place_once() {
        let mut seen = HashSet::default();
        for line in PLACES.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let row: Vec<&str> = line.split('\t').take(3).collect();
            assert!(seen.insert(row.clone()), "data/places.tsv lists {row:?} twice");
        }
    }

    #[test]
    fn a_store_prints_a_summary_of_its_gazetteer_not_the_tables() {
        let store = crate::Store::temporary().unwrap();
        let printed = format!("{store:?}");
        assert!(printed.len() < 2_000, "{} bytes", printed.len());
        let people = Gazetteer::bundled().people.len();
        assert!(printed.contains(&format!("Gazetteer {{ people: {people}, places: ")), "{printed}");
    }

    #[test]
    fn bundled_data_loads_and_has_containment() {
        let g = Gazetteer::bundled();
        assert!(g.people_count() > 100, "{}", g.people_count());
        assert!(g.places_count() > 300, "{}", g.places_count());
        let miami = g.place("Miami").expect("Miami");
        assert!(miami.within.contains(&"Florida".to_string()) && miami.within.contains(&"United States".to_string()));
        assert_eq!(g.place("St. Petersburg").map(|p| p.name), Some("Saint Petersburg".into()));
        assert_eq!(g.place("Kiev").map(|p| p.name), Some("Kyiv".into()));
        assert_eq!(g.canonical_person("Zelensky").as_deref(), Some("Volodymyr Zelenskyy"));
    }

    #[test]
    fn malformed_files_are_reported_with_their_line() {
        let err = Gazetteer::builder()
            .without_bundled()
            .places_tsv("p.tsv", "A\tcountry\n\nB\tplanet\n")
            .build()
            .unwrap_err();
        assert_eq!(err.to_string(), "gazetteer p.tsv:3: unknown place kind \"planet\"");
        let err = Gazetteer::builder().without_bundled().places_tsv("p.tsv", "A\tcity\tNowhere\n").build().unwrap_err();
        assert!(err.to_string().contains("unknown parent"), "{err}");
    }

    #[test]
    fn place_names_are_ascii_and_found_as_written() {
        let g = Gazetteer::builder()
            .without_bundled()
            .places_tsv("p.tsv", "Colombia\tcountry\nCúcuta\tcity\tColombia\nEl Rosario\tcity\tCúcuta\n")
            .build()
            .unwrap();
        let p = g.place("Cúcuta").unwrap();
        assert_eq!((p.name.as_str(), p.within.as_slice()), ("Cucuta", ["Colombia".to_string()].as_slice()));
        assert_eq!(g.place("cucuta").map(|p| p.name), Some("Cucuta".into()));
        assert_eq!(g.place("El Rosario").unwrap().within, ["Cucuta", "Colombia"]);
    }

    #[test]
    fn user_people_are_found_by_alias_and_short_name() {
        let g = Gazetteer::builder()
            .without_bundled()
            .people_tsv("mine.tsv", "# mine\nAda Quill\tQuill|Quil\tAda Q. Quill\tNorway\tenvoy\n")
            .build()
            .unwrap();
        assert_eq!(g.canonical_person("QUILL").as_deref(), Some("Ada Quill"));
        assert_eq!(g.canonical_person("Ada Q. Quill").as_deref(), Some("Ada Quill"));
        assert_eq!(g.canonical_person("Nobody"), None);
    }
}
