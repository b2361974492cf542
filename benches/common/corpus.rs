//! A deterministic generator of news-style web pages, for benches and scale runs.
//!
//! `Corpus::new(seed, n)` describes `n` articles published in order over ten years
//! (2016-2025); `article(i)` builds article `i` alone, from `(seed, i)`, so any slice
//! of the corpus can be made on any thread in any order. Each article is a scraped
//! page of about 2-5 KB: a menu, a cookie notice, a date line, a headline and byline,
//! two to eight event sentences among background paragraphs, and "related news" and
//! footer lines. Its events are:
//!
//! - drawn from a pool of 5,000 made-up officials (given names from the bundled
//!   gazetteer, invented surnames) with Zipf popularity, and 2,000 places with
//!   Zipf popularity (the gazetteer's cities and countries, then invented towns the
//!   gazetteer does not know);
//! - meetings, talks, phone calls and visits to meet someone; one in five planned;
//! - dated against the publication date in the ways news writes dates ("on
//!   Tuesday", "yesterday", "on March 4", "on 4 March 2021");
//! - about a third of them re-reports of an event an article of the last few
//!   days carried, in other words, often by surname alone, now and then misspelt;
//! - one article in a hundred is a syndicated copy of an earlier article's text.
#![allow(dead_code)]

use chrono::{Datelike, Days, NaiveDate};
use dossier::Article;

const GIVEN_NAMES: &str = include_str!("../../data/given_names.txt");
const PLACES_TSV: &str = include_str!("../../data/places.tsv");

/// The seed the benches, `scale` and `gen_corpus` use unless told otherwise.
pub const SEED: u64 = 7;
/// Officials in the pool.
pub const PEOPLE: usize = 5_000;
/// Places in the pool.
pub const PLACES: usize = 2_000;
const DAYS: u64 = 3_653;

/// Deterministic SplitMix64.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, stream: u64, i: u64) -> Rng {
        let mut r = Rng(seed ^ stream.wrapping_mul(0xA076_1D64_78BD_642F) ^ i.wrapping_mul(0xE703_7ED1_A0B4_28DB));
        r.next();
        r
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    /// A Zipf-like rank in `0..n` (probability about 1/(rank+1)).
    fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        (((n + 1) as f64).powf(u) as usize).saturating_sub(1).min(n - 1)
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const ONSETS: &[&str] = &[
    "Ka", "Mor", "Ve", "Lin", "Dra", "Os", "Ba", "Tel", "Ri", "Zan", "Hal", "Pe", "Nor", "Gu", "Ser", "Ul", "Fa", "Ko",
    "Ar", "Mi", "Bro", "Ta", "Vel", "Do", "Sa",
];
const MIDDLES: &[&str] = &["ra", "le", "no", "vi", "ta", "de", "ro", "si", "ma", "ku"];
const ENDINGS: &[&str] = &[
    "nen", "vic", "ski", "sson", "nez", "ani", "rov", "elli", "berg", "ard", "ou", "esco", "ada", "mann", "aki",
    "ides", "enko", "oglu", "ton", "ier",
];
const TOWN_ENDINGS: &[&str] = &["grad", "burg", "stad", "ovo", "ville", "polis", "hafen", "mouth", "abad", "ino"];
const TITLES: &[&str] = &[
    "Foreign Minister",
    "Defence Minister",
    "Prime Minister",
    "President",
    "Deputy Foreign Minister",
    "Trade Minister",
    "National Security Adviser",
    "Special Envoy",
    "Finance Minister",
    "Interior Minister",
];
const TOPICS: &[&str] = &[
    "trade", "energy supplies", "border security", "a prisoner exchange", "grain exports", "a ceasefire proposal",
    "visa rules", "fishing rights", "debt relief", "climate finance", "arms control", "refugee returns",
];
const SOURCES: &[&str] = &[
    "officials said",
    "the foreign ministry said in a statement",
    "according to a government spokesperson",
    "state media reported",
    "two people familiar with the matter said",
];
const SITES: &[&str] = &[
    "The Northern Courier", "Daily Meridian", "Capital Dispatch", "The Harbour Times", "Evening Ledger",
    "World Affairs Wire",
];
const MENUS: &[&str] = &[
    "Home | World | Politics | Business | Opinion | Sport | Culture",
    "News  Europe  Asia  Africa  Americas  Middle East  Video",
    "Menu\nSearch\nSubscribe\nSign in",
];
const COOKIES: &[&str] = &[
    "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies. Accept all | Manage preferences",
    "This website uses cookies and similar technologies for analytics and personalised advertising. You can change your settings at any time.",
];
const FOOTERS: &[&str] = &[
    "Sign up for our morning newsletter\nFollow us on social media\nContact us | Privacy policy | Terms of use",
    "Share this article\nCopy link\nAdvertisement\nAbout us | Careers | Advertise with us",
];
const HEADLINES: &[&str] = &[
    "Markets slide as oil prices climb",
    "Storm warning issued for the coast",
    "Central bank holds rates steady",
    "Football: late goal settles the derby",
    "New rail line opens after years of delay",
    "Teachers vote to end strike",
    "Film festival announces its programme",
    "Drought threatens this year's harvest",
    "Tech shares recover after sell-off",
    "Museum returns looted artefacts",
];
const REPORTERS: &[&str] = &["Whitley", "Ashford", "Pemberton", "Castillo", "Duarte", "Okafor", "Lindgren", "Marsh"];
const COMMODITIES: &[&str] = &["wheat", "diesel", "natural gas", "rice", "fertiliser", "copper"];

/// A background sentence with no event in it.
fn filler(rng: &mut Rng, country: &str, city: &str) -> String {
    let topic = rng.pick(TOPICS);
    let n = 2 + rng.below(40);
    match rng.below(20) {
        10 => format!("Turnout in the last election in {country} was the lowest in two decades."),
        11 => format!("The central bank in {city} raised its forecast for inflation to {n} percent."),
        12 => "Several ministers have resigned over the past year amid a row over pensions.".to_string(),
        13 => format!("A court in {city} is due to rule on the case before the end of the year."),
        14 => format!("Aid agencies warned that funding for {topic} had fallen short of what was promised."),
        15 => format!("Road and rail links between {country} and its neighbours were cut for {n} days in the spring."),
        16 => "The government has denied reports that it is preparing a reshuffle.".to_string(),
        17 => format!(
            "Unemployment stood at {} percent in the last quarter, the statistics office said.",
            3 + rng.below(12)
        ),
        18 => format!("Thousands gathered in {city} at the weekend to mark the anniversary of the accord."),
        19 => format!("Officials in {country} say shortages of {} have eased since the winter.", rng.pick(COMMODITIES)),
        0 => format!("{country} has long pressed for a larger role in regional talks on {topic}."),
        1 => "Analysts said the outcome would depend on parliament approving the budget in the autumn.".to_string(),
        2 => format!(
            "Prices of {} rose by {n} percent over the past year, according to official figures.",
            rng.pick(COMMODITIES)
        ),
        3 => format!("The opposition has criticised the government's handling of {topic} for months."),
        4 => format!("Critics argue that earlier agreements on {topic} were never fully carried out."),
        5 => format!(
            "A {n}-page report by an independent institute put the cost of the dispute at {} billion dollars.",
            1 + rng.below(30)
        ),
        6 => format!("Diplomats in {city} described the mood as cautious but not pessimistic."),
        7 => format!(
            "{country} and its neighbours have disagreed over {topic} since at least 20{:02}.",
            5 + rng.below(15)
        ),
        8 => "Public support for a settlement has risen in recent polls, though turnout at protests remains high."
            .to_string(),
        _ => format!("Exports to {country} fell by {n} percent last year as demand weakened."),
    }
}

/// One real-world event.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Meeting,
    Talks,
    Call,
    Visit,
}

#[derive(Clone)]
struct Event {
    kind: Kind,
    people: Vec<usize>,
    place: usize,
    day: NaiveDate,
    planned: bool,
}

/// A generated corpus of `n` articles (see the module docs).
pub struct Corpus {
    seed: u64,
    n: usize,
    start: NaiveDate,
    given: Vec<&'static str>,
    places: Vec<String>,
    countries: Vec<&'static str>,
}

impl Corpus {
    /// The corpus of `n` articles made from `seed`.
    pub fn new(seed: u64, n: usize) -> Corpus {
        // Given names only: the file goes on with family names written first, which
        // are not first names here (and the corpus stays what it was before them).
        let given: Vec<&str> = GIVEN_NAMES
            .lines()
            .take_while(|l| !l.starts_with("# Family names"))
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .collect();
        let mut known: Vec<String> = Vec::new();
        let mut countries = Vec::new();
        for line in PLACES_TSV.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            let (Some(name), Some(kind)) = (cols.next(), cols.next()) else { continue };
            match kind {
                "city" => known.push(name.to_string()),
                "country" => {
                    known.push(name.to_string());
                    countries.push(name);
                }
                _ => {}
            }
        }
        // Popular places first: shuffle deterministically, so that rank 0 is some
        // gazetteer place, then invented towns fill the pool up to PLACES.
        let mut rng = Rng::new(seed, 1, 0);
        for i in (1..known.len()).rev() {
            known.swap(i, rng.below(i + 1));
        }
        let mut k = 0;
        while known.len() < PLACES {
            known.push(format!(
                "{}{}{}",
                ONSETS[k % ONSETS.len()],
                MIDDLES[(k / 7) % MIDDLES.len()],
                TOWN_ENDINGS[k % 10]
            ));
            k += 1;
        }
        Corpus {
            seed,
            n: n.max(1),
            start: NaiveDate::from_ymd_opt(2016, 1, 1).expect("valid date"),
            given,
            places: known,
            countries,
        }
    }

    /// Full name of official `k` (0 is the most popular).
    pub fn person(&self, k: usize) -> String {
        let mut rng = Rng::new(self.seed, 2, k as u64);
        let given = self.given[rng.below(self.given.len())];
        format!("{given} {}", self.surname(k))
    }

    /// Surname of official `k`: unique within the pool.
    fn surname(&self, k: usize) -> String {
        // A fixed permutation of the 5,000 onset x middle x ending combinations.
        let c = (k * 2_654_435_761 + 17) % (ONSETS.len() * MIDDLES.len() * ENDINGS.len());
        let (o, rest) = (c % ONSETS.len(), c / ONSETS.len());
        format!("{}{}{}", ONSETS[o], MIDDLES[rest % MIDDLES.len()], ENDINGS[rest / MIDDLES.len()])
    }

    fn title(&self, k: usize) -> &'static str {
        TITLES[(k * 7 + 3) % TITLES.len()]
    }

    /// Place `k` (0 is the most popular).
    pub fn place(&self, k: usize) -> &str {
        &self.places[k]
    }

    /// Publication date of article `i`: the corpus runs over ten years in order.
    pub fn published(&self, i: usize) -> NaiveDate {
        self.start + Days::new((i as u64 * DAYS) / self.n as u64)
    }

    /// How many events article `j` reports first.
    fn fresh_count(&self, j: usize) -> usize {
        let mut rng = Rng::new(self.seed, 3, j as u64);
        1 + rng.below(5)
    }

    /// Event `k` first reported by article `j`.
    fn event(&self, j: usize, k: usize) -> Event {
        let mut rng = Rng::new(self.seed, 4, (j as u64) << 4 | k as u64);
        let kind = match rng.below(10) {
            0..=3 => Kind::Meeting,
            4..=5 => Kind::Talks,
            6..=7 => Kind::Call,
            _ => Kind::Visit,
        };
        let count = if rng.chance(15) { 3 } else { 2 };
        let mut people: Vec<usize> = Vec::with_capacity(count);
        while people.len() < count {
            let p = rng.zipf(PEOPLE);
            if !people.contains(&p) {
                people.push(p);
            }
        }
        let planned = rng.chance(20);
        let published = self.published(j);
        let day = if planned {
            published + Days::new(1 + rng.below(14) as u64)
        } else {
            published - Days::new(rng.below(6) as u64)
        };
        Event { kind, people, place: rng.zipf(PLACES), day, planned }
    }

    /// Article `i` (deterministic: the same `(seed, n, i)` always gives the same text).
    pub fn article(&self, i: usize) -> Article {
        // A syndicated copy carries an earlier article's text under another id.
        let mut article = self.page(self.source(i));
        article.id = format!("gen-{i}");
        if let Some(url) = &mut article.url {
            url.push_str(&format!("?copy={i}"));
        }
        article
    }

    /// Articles `from..to`.
    pub fn articles(&self, from: usize, to: usize) -> Vec<Article> {
        (from..to).map(|i| self.article(i)).collect()
    }

    /// The events article `i`'s page reports, as (first reporting article, number
    /// there): its own events, then re-reports of articles of the last week.
    fn plan(&self, i: usize, rng: &mut Rng) -> Vec<(usize, usize)> {
        let mut events: Vec<(usize, usize)> = (0..self.fresh_count(i)).map(|k| (i, k)).collect();
        let total = 2 + rng.below(7);
        let published = self.published(i);
        let window = (self.n * 7).div_ceil(DAYS as usize).max(1);
        let mut tries = 0;
        while events.len() < total && i > 0 && tries < 12 {
            tries += 1;
            let j = i - 1 - rng.below(i.min(window));
            let k = rng.below(self.fresh_count(j));
            let e = self.event(j, k);
            // A report cannot come before the event, nor say "will" once it is past.
            if !events.contains(&(j, k)) && (e.planned || e.day <= published) {
                events.push((j, k));
            }
        }
        for n in (1..events.len()).rev() {
            events.swap(n, rng.below(n + 1));
        }
        events
    }

    /// The events article `i` reports, each named by the article that first
    /// reported it and its number there: two articles report the same real event
    /// exactly when they share a pair. A syndicated copy reports its source's.
    pub fn events_of(&self, i: usize) -> Vec<(usize, usize)> {
        let source = self.source(i);
        self.plan(source, &mut Rng::new(self.seed, 6, source as u64))
    }

    /// The article whose page article `i` carries: itself, or for one in a
    /// hundred an earlier article (a syndicated copy).
    fn source(&self, i: usize) -> usize {
        let mut rng = Rng::new(self.seed, 5, i as u64);
        if i > 10 && rng.chance(1) {
            i - 1 - rng.below(10)
        } else {
            i
        }
    }

    fn page(&self, i: usize) -> Article {
        let mut rng = Rng::new(self.seed, 6, i as u64);
        let published = self.published(i);
        let events: Vec<Event> = self
            .plan(i, &mut rng)
            .into_iter()
            .map(|(j, k)| {
                let mut e = self.event(j, k);
                e.planned &= e.day >= published; // it has happened since
                e
            })
            .collect();

        let site = rng.pick(SITES);
        let first = &events[0];
        let headline = format!(
            "{} and {} discuss {} in {}",
            self.surname(first.people[0]),
            first.people.get(1).map(|&p| self.surname(p)).unwrap_or_else(|| "officials".to_string()),
            rng.pick(TOPICS),
            self.place(first.place)
        );
        let mut text = String::with_capacity(4096);
        text.push_str(site);
        text.push('\n');
        text.push_str(rng.pick(MENUS));
        text.push('\n');
        if rng.chance(60) {
            text.push_str(rng.pick(COOKIES));
            text.push('\n');
        }
        text.push_str(&headline);
        text.push('\n');
        // Reporters are not officials: their surnames come from another list.
        let reporter = self.given[rng.below(self.given.len())];
        text.push_str(&format!("By {reporter} {}\n", rng.pick(REPORTERS)));
        if rng.chance(50) {
            text.push_str(&format!("Published {}\n", published.format("%B %-d, %Y")));
        } else {
            text.push_str(&format!(
                "Updated {} {:02}:{:02} GMT\n",
                published.format("%-d %B %Y"),
                rng.below(24),
                rng.below(60)
            ));
        }
        let country = self.countries[rng.below(self.countries.len())];
        let mut named: Vec<usize> = Vec::new();
        let target = 2_000 + rng.below(3_000);
        for (n, event) in events.iter().enumerate() {
            let mut paragraph = self.sentence(&mut rng, event, published, &mut named);
            paragraph.push(' ');
            paragraph.push_str(&self.aftermath(&mut rng, event));
            for _ in 0..rng.below(3) {
                paragraph.push(' ');
                paragraph.push_str(&filler(&mut rng, country, self.place(event.place)));
            }
            text.push_str(&paragraph);
            text.push('\n');
            // Background between the events, to reach the page's length.
            let left = events.len() - n;
            while text.len() < target * (n + 1) / events.len() && left > 0 {
                let (x, y) = (rng.zipf(PLACES), rng.zipf(PLACES));
                let mut p = filler(&mut rng, country, self.place(x));
                p.push(' ');
                p.push_str(&filler(&mut rng, country, self.place(y)));
                text.push_str(&p);
                text.push('\n');
            }
        }
        text.push_str("Related news\n");
        for _ in 0..4 {
            text.push_str(rng.pick(HEADLINES));
            text.push('\n');
        }
        text.push_str(rng.pick(FOOTERS));
        text.push_str(&format!("\n(c) {} {site}. All rights reserved.\n", published.year()));

        let slug: String =
            headline.to_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
        let mut article = Article::new(format!("gen-{i}"), text).with_title(headline).with_url(format!(
            "https://news{}.example/{}/{slug}-{i}",
            site.len(),
            published.format("%Y/%m")
        ));
        // One feed in ten gives no publication date: the page's date line must do.
        if !rng.chance(10) {
            article = article.with_published(published);
        }
        article
    }

    /// How an article names official `k`: in full with the title the first time,
    /// by surname after that, now and then misspelt.
    fn name(&self, rng: &mut Rng, k: usize, named: &mut Vec<usize>) -> String {
        if named.contains(&k) {
            let surname = self.surname(k);
            if rng.chance(5) {
                return misspell(&surname);
            }
            return if rng.chance(50) { format!("{} {surname}", self.title(k)) } else { surname };
        }
        named.push(k);
        if rng.chance(70) {
            format!("{} {}", self.title(k), self.person(k))
        } else {
            self.person(k)
        }
    }

    /// The sentence stating `e`, in one of several phrasings.
    fn sentence(&self, rng: &mut Rng, e: &Event, published: NaiveDate, named: &mut Vec<usize>) -> String {
        let a = self.name(rng, e.people[0], named);
        let when = date_phrase(rng, e.day, published);
        let place = self.place(e.place);
        let source = rng.pick(SOURCES);
        let b = self.name(rng, e.people[1], named);
        let others = match e.people.get(2) {
            Some(&c) => format!("{b} and {}", self.name(rng, c, named)),
            None => b,
        };
        match (e.kind, e.planned, rng.below(2)) {
            (Kind::Visit, true, _) => format!("{a} will travel to {place} {when} to meet {others}, {source}."),
            (Kind::Visit, false, _) => format!("{a} arrived in {place} {when} for talks with {others}, {source}."),
            (Kind::Call, true, _) => format!("{a} is scheduled to speak by phone with {others} {when}, {source}."),
            (Kind::Call, false, 0) => format!("{a} spoke by phone with {others} {when}, {source}."),
            (Kind::Call, false, _) => format!("{a} held a telephone call with {others} {when}, {source}."),
            (Kind::Talks, true, _) => format!("{a} is expected to hold talks with {others} in {place} {when}."),
            (Kind::Talks, false, 0) => format!("{a} held talks with {others} in {place} {when}, {source}."),
            (Kind::Talks, false, _) => {
                format!("In {place}, {a} and {others} held talks {when} on {}.", rng.pick(TOPICS))
            }
            (_, true, _) => format!("{a} will meet {others} in {place} {when}, {source}."),
            (_, false, 0) => format!("{a} met {others} in {place} {when}, {source}."),
            (_, false, _) => format!("{a} and {others} met {when} in {place} to discuss {}.", rng.pick(TOPICS)),
        }
    }

    /// A sentence following an event that states no new event.
    fn aftermath(&self, rng: &mut Rng, e: &Event) -> String {
        let topic = rng.pick(TOPICS);
        let who = self.surname(e.people[0]);
        match rng.below(4) {
            0 => format!("The agenda was expected to cover {topic} and {}.", rng.pick(TOPICS)),
            1 => format!("{who} told reporters the discussion on {topic} had been constructive."),
            2 => "No joint statement was issued.".to_string(),
            _ => format!("Neither side gave details on {topic}."),
        }
    }
}

/// A plausible misspelling: a doubled letter made single, or a letter doubled.
fn misspell(s: &str) -> String {
    let b = s.as_bytes();
    if let Some(i) = (1..b.len()).find(|&i| b[i] == b[i - 1]) {
        return format!("{}{}", &s[..i], &s[i + 1..]);
    }
    let i = s.len() / 2;
    format!("{}{}", &s[..i + 1], &s[i..])
}

/// How news writes `day` relative to publication on `published`.
fn date_phrase(rng: &mut Rng, day: NaiveDate, published: NaiveDate) -> String {
    let gap = (day - published).num_days();
    let weekday = day.format("%A");
    match rng.below(4) {
        0 if gap == -1 => "yesterday".to_string(),
        0 if gap == 0 => "today".to_string(),
        1 if (-6..=6).contains(&gap) && gap != 0 => format!("on {weekday}"),
        2 => format!("on {}", day.format("%-d %B %Y")),
        _ => format!("on {}", day.format("%B %-d")),
    }
}
