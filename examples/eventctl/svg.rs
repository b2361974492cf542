//! `timeline NAME --svg FILE`: one person's events over time as a hand-written SVG.
//!
//! Time runs left to right (month or year ticks, or days for a short span); one row
//! per counterpart, most shared events first; a marker per event in every row it
//! belongs to (circle = meeting, square = call, triangle = visit; filled = occurred,
//! hollow = planned), markers of one event joined by a thin line; a bar behind the
//! marker when the date is a span (a month, several days); undated events in a
//! column of their own on the right. Every marker carries a `<title>` tooltip.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use dossier::{Event, EventKind, Status};

/// Text for XML content and attribute values: the five special characters as
/// entities, characters XML 1.0 forbids (control characters) as U+FFFD.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

const FONT: &str = "DejaVu Sans, Verdana, Helvetica, Arial, sans-serif";
/// A generous average advance of a 12 px sans-serif character, to size columns.
const CHAR_W: f64 = 7.4;
const MARGIN: f64 = 16.0;
const WIDTH: f64 = 1160.0;
const MIN_PLOT_W: f64 = 560.0;
/// Wide enough for the legend and the subtitle.
const LEGEND_W: f64 = 720.0;
const ROW_H: f64 = 24.0;
const TOP: f64 = 100.0;
/// Labels longer than this are cut (the full label is the tooltip).
const MAX_LABEL: usize = 30;
const MIN_TICK_GAP: f64 = 64.0;

fn color(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Meeting => "#1f77b4",
        EventKind::Call => "#e6550d",
        _ => "#2ca02c",
    }
}

/// Who a row stands for: a counterpart, a delegation named only by its country or
/// body, or no one named.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord)]
enum RowKey {
    Person(String),
    Group(String),
    Nobody,
}

impl RowKey {
    fn label(&self) -> String {
        match self {
            RowKey::Person(n) => n.clone(),
            RowKey::Group(g) => format!("{g} (delegation)"),
            RowKey::Nobody => "(no one named)".into(),
        }
    }
}

/// The rows an event appears in: its participants other than the person, else its
/// delegations, else "no one named".
fn row_keys(e: &Event, selves: &[String]) -> Vec<RowKey> {
    let people: Vec<RowKey> =
        e.participants.iter().filter(|p| !selves.contains(p)).map(|p| RowKey::Person(p.clone())).collect();
    if !people.is_empty() {
        return people;
    }
    if !e.groups.is_empty() {
        return e.groups.iter().map(|g| RowKey::Group(g.clone())).collect();
    }
    vec![RowKey::Nobody]
}

/// A time axis over whole days: `lo` inclusive, `hi` exclusive, `hi > lo`.
struct Axis {
    lo: NaiveDate,
    hi: NaiveDate,
    x0: f64,
    width: f64,
}

impl Axis {
    fn new(first: NaiveDate, last: NaiveDate, x0: f64, width: f64) -> Axis {
        // Pad by a twentieth of the span, at least a week: one event (or one day of
        // them) sits in the middle of a two-week axis, never at an edge.
        let days = (last - first).num_days().max(0) as u64 + 1;
        let pad = Days::new((days / 20).max(7));
        let lo = first.checked_sub_days(pad).unwrap_or(first);
        let hi = last.checked_add_days(Days::new(1)).and_then(|d| d.checked_add_days(pad)).unwrap_or(last);
        let hi = if hi > lo { hi } else { lo.succ_opt().unwrap_or(lo) };
        Axis { lo, hi, x0, width }
    }

    fn days(&self) -> f64 {
        ((self.hi - self.lo).num_days() as f64).max(1.0)
    }

    /// The x of the start of `d`.
    fn x(&self, d: NaiveDate) -> f64 {
        let x = self.x0 + (d - self.lo).num_days() as f64 / self.days() * self.width;
        x.clamp(self.x0, self.x0 + self.width)
    }

    /// The x of the end of `d` (the start of the next day).
    fn x_end(&self, d: NaiveDate) -> f64 {
        d.succ_opt().map_or(self.x0 + self.width, |n| self.x(n))
    }

    /// Tick dates with their labels (main line, and a year line under it when the
    /// year is new), spaced at least `MIN_TICK_GAP` apart.
    fn ticks(&self) -> Vec<(NaiveDate, String, Option<String>)> {
        #[derive(Clone, Copy)]
        enum Step {
            Days(u64),
            Weeks(u64),
            Months(u32),
            Years(i32),
        }
        let max_ticks = (self.width / MIN_TICK_GAP).floor().max(2.0);
        let fixed = [
            (Step::Days(1), 1.0),
            (Step::Days(2), 2.0),
            (Step::Weeks(1), 7.0),
            (Step::Weeks(2), 14.0),
            (Step::Months(1), 30.44),
            (Step::Months(2), 60.9),
            (Step::Months(3), 91.3),
            (Step::Months(6), 182.6),
        ];
        let step = fixed.iter().find(|(_, d)| self.days() / d <= max_ticks).map(|s| s.0).unwrap_or_else(|| {
            // Whole years: the smallest 1, 2 or 5 times a power of ten that fits.
            let years = self.days() / 365.25 / max_ticks;
            let mut n = 1i32;
            while f64::from(n) < years && n < 100_000_000 {
                n = match n.to_string().as_bytes()[0] {
                    b'1' => n * 2,
                    b'2' => n / 2 * 5,
                    _ => n * 2,
                };
            }
            Step::Years(n)
        });
        let first = match step {
            Step::Years(n) => {
                let y = self.lo.year();
                let y = if self.lo.ordinal() == 1 && y.rem_euclid(n) == 0 { y } else { y - y.rem_euclid(n) + n };
                NaiveDate::from_ymd_opt(y, 1, 1)
            }
            _ => {
                let aligned = |d: NaiveDate| match step {
                    Step::Days(n) => d.num_days_from_ce().rem_euclid(n as i32) == 0,
                    Step::Weeks(n) => d.weekday() == Weekday::Mon && u64::from(d.iso_week().week()) % n == 0,
                    Step::Months(n) => d.day() == 1 && d.month0() % n == 0,
                    Step::Years(_) => true,
                };
                // Within a year of lo, for these steps.
                std::iter::successors(Some(self.lo), |d| d.succ_opt()).take(400).find(|d| aligned(*d))
            }
        };
        let mut out = Vec::new();
        let mut prev_year = None;
        let mut d = first;
        while let Some(t) = d {
            if t >= self.hi || out.len() > 64 {
                break;
            }
            let (main, year) = match step {
                Step::Days(_) | Step::Weeks(_) => (t.format("%b %-d").to_string(), Some(t.year())),
                Step::Months(_) => (t.format("%b").to_string(), Some(t.year())),
                Step::Years(_) => (t.year().to_string(), None),
            };
            let year_line = year.filter(|y| prev_year != Some(*y)).map(|y| y.to_string());
            prev_year = year.or(prev_year);
            out.push((t, main, year_line));
            d = match step {
                Step::Days(n) => t.checked_add_days(Days::new(n)),
                Step::Weeks(n) => t.checked_add_days(Days::new(7 * n)),
                Step::Months(n) => t.checked_add_months(chrono::Months::new(n)),
                Step::Years(n) => t.year().checked_add(n).and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1)),
            };
        }
        out
    }
}

/// Cuts `s` to `max` characters with an ellipsis.
fn cut(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn tooltip(e: &Event) -> String {
    let mut lines = vec![
        format!("Event {}: {}, {}", e.id, e.kind.as_str(), e.status.as_str()),
        e.date.map_or_else(|| "date unknown".to_string(), |d| d.to_string()),
        e.place.as_ref().map_or_else(|| "place unknown".to_string(), |p| p.name.clone()),
    ];
    if !e.participants.is_empty() {
        lines.push(format!("Participants: {}", e.participants.join(", ")));
    }
    if !e.groups.is_empty() {
        lines.push(format!("Delegations: {}", e.groups.join(", ")));
    }
    let n = e.articles().len();
    lines.push(format!("{n} source{}", if n == 1 { "" } else { "s" }));
    lines.join("\n")
}

/// The shape of `kind` centred on (x, y), painted with `paint` (attributes).
fn shape(kind: EventKind, x: f64, y: f64, paint: &str) -> String {
    match kind {
        EventKind::Meeting => format!(r#"<circle cx="{x:.1}" cy="{y:.1}" r="6" {paint}/>"#),
        EventKind::Call => {
            format!(r#"<rect x="{:.1}" y="{:.1}" width="11" height="11" {paint}/>"#, x - 5.5, y - 5.5)
        }
        _ => format!(
            r#"<polygon points="{x:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" {paint}/>"#,
            y - 7.0,
            x + 6.5,
            y + 5.0,
            x - 6.5,
            y + 5.0
        ),
    }
}

/// The marker of one event at (x, y), with its tooltip.
fn marker(out: &mut String, e: &Event, x: f64, y: f64) {
    let c = color(e.kind);
    let paint = match e.status {
        Status::Planned => format!(r##"fill="#ffffff" stroke="{c}" stroke-width="2""##),
        _ => format!(r#"fill="{c}" stroke="{c}" stroke-width="1""#),
    };
    let _ = write!(
        out,
        r#"<g class="marker" data-event="{}" data-kind="{}" data-status="{}"><title>{}</title>{}</g>"#,
        e.id,
        e.kind.as_str(),
        e.status.as_str(),
        escape(&tooltip(e)),
        shape(e.kind, x, y, &paint)
    );
    out.push('\n');
}

/// The legend, left-aligned at (x, y): kinds, statuses, the date-span bar.
fn legend(out: &mut String, x: f64, y: f64) {
    let gray = "#666666";
    let mut x = x;
    out.push_str("<g class=\"legend\">\n");
    // Writes a label at text_x; the x of the next item.
    let label = |out: &mut String, text_x: f64, text: &str| {
        let _ = writeln!(out, r#"<text x="{text_x:.1}" y="{:.1}" class="small">{}</text>"#, y + 4.0, escape(text));
        text_x + text.chars().count() as f64 * 6.6 + 20.0
    };
    for kind in [EventKind::Meeting, EventKind::Call, EventKind::Visit] {
        let c = color(kind);
        out.push_str(&shape(kind, x, y, &format!(r#"fill="{c}" stroke="{c}""#)));
        x = label(out, x + 11.0, kind.as_str());
    }
    x += 12.0;
    out.push_str(&shape(EventKind::Meeting, x, y, &format!(r#"fill="{gray}" stroke="{gray}""#)));
    x = label(out, x + 11.0, "occurred");
    out.push_str(&shape(EventKind::Meeting, x, y, &format!(r##"fill="#ffffff" stroke="{gray}" stroke-width="2""##)));
    x = label(out, x + 11.0, "planned");
    x += 12.0;
    let _ = write!(
        out,
        r#"<rect x="{:.1}" y="{:.1}" width="26" height="6" rx="2" fill="{gray}" opacity="0.35"/>"#,
        x - 6.0,
        y - 3.0
    );
    label(out, x + 26.0, "date known as a span (a month, several days)");
    out.push_str("</g>\n");
}

/// The SVG of `events` (one person's timeline). `name` titles it; `selves` are the
/// canonical names the person goes by (everyone else in an event is a counterpart).
pub fn timeline(name: &str, selves: &[String], events: &[Event]) -> String {
    let title = format!("Timeline of {}", cut(name, 60));

    // Rows: one per counterpart, most shared events first, then by name.
    let mut rows: BTreeMap<RowKey, Vec<usize>> = BTreeMap::new();
    for (i, e) in events.iter().enumerate() {
        for k in row_keys(e, selves) {
            rows.entry(k).or_default().push(i);
        }
    }
    let mut rows: Vec<(RowKey, Vec<usize>)> = rows.into_iter().collect();
    rows.sort_by(|a, b| {
        let rank = |k: &RowKey| matches!(k, RowKey::Nobody) as u8;
        rank(&a.0).cmp(&rank(&b.0)).then(b.1.len().cmp(&a.1.len())).then(a.0.cmp(&b.0))
    });
    let labels: Vec<(String, String)> = rows
        .iter()
        .map(|(k, ev)| (cut(&k.label(), MAX_LABEL), format!("{} ({} events)", k.label(), ev.len())))
        .collect();

    let dated: Vec<(NaiveDate, NaiveDate)> = events.iter().filter_map(|e| e.date.map(|d| (d.start, d.end))).collect();
    let undated_per_row = rows.iter().map(|(_, ev)| ev.iter().filter(|&&i| events[i].date.is_none()).count()).max();
    let undated_w = match undated_per_row {
        Some(n) if n > 0 => 36.0 + n.min(8) as f64 * 14.0,
        _ => 0.0,
    }
    .max(if undated_per_row.unwrap_or(0) > 0 { 80.0 } else { 0.0 });

    let label_chars = labels.iter().map(|(l, _)| l.chars().count() + 4).max().unwrap_or(0);
    let x0 = MARGIN + (label_chars as f64 * CHAR_W).max(80.0) + 12.0;
    // The whole picture is WIDTH wide unless the labels leave the plot less than MIN_PLOT_W.
    // The picture is WIDTH wide unless the labels leave the plot less than
    // MIN_PLOT_W; without dated events there is no plot, only the undated column
    // (and the legend's width).
    let (plot_w, width) = if dated.is_empty() {
        (0.0, (x0 + undated_w + MARGIN).max(LEGEND_W))
    } else {
        let plot_w = (WIDTH - x0 - undated_w - MARGIN).max(MIN_PLOT_W);
        (plot_w, x0 + plot_w + undated_w + MARGIN)
    };
    let y1 = TOP + rows.len() as f64 * ROW_H;
    let (width, height) = if events.is_empty() { (LEGEND_W, 72.0) } else { (width, y1 + 52.0) };

    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.0} {h:.0}" font-family="{FONT}" font-size="12">"#,
        w = width,
        h = height
    );
    let _ = writeln!(s, "<title>{}</title>", escape(&title));
    s.push_str(
        "<style>.title{font-size:17px;font-weight:bold;fill:#222}.sub{fill:#555}.small{font-size:11px;fill:#333}\
         .label{fill:#222}.count{fill:#888;font-size:11px}.tick{font-size:11px;fill:#444}\
         .year{font-size:11px;font-weight:bold;fill:#444}.marker{cursor:default}</style>\n",
    );
    let _ = writeln!(s, r##"<rect x="0" y="0" width="{width:.0}" height="{height:.0}" fill="#ffffff"/>"##);
    let _ = writeln!(s, r#"<text x="{MARGIN}" y="28" class="title">{}</text>"#, escape(&title));

    if events.is_empty() {
        let _ = writeln!(
            s,
            r#"<text x="{MARGIN}" y="52" class="sub">No events: the store holds no meeting, call or visit of {}.</text>"#,
            escape(&cut(name, 60))
        );
        s.push_str("</svg>\n");
        return s;
    }

    let kinds: Vec<(EventKind, usize)> = EventKind::ALL
        .iter()
        .map(|k| (*k, events.iter().filter(|e| e.kind == *k).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let mut sub = kinds
        .iter()
        .map(|(k, n)| format!("{n} {}{}", k.as_str(), if *n == 1 { "" } else { "s" }))
        .collect::<Vec<_>>()
        .join(", ");
    let _ = write!(sub, " with {} counterpart{}", rows.len(), if rows.len() == 1 { "" } else { "s" });
    if let (Some(first), Some(last)) = (dated.iter().map(|d| d.0).min(), dated.iter().map(|d| d.1).max()) {
        let _ = write!(sub, ", {first} to {last}");
    }
    let undated = events.len() - dated.len();
    if undated > 0 {
        let _ = write!(sub, " ({undated} undated)");
    }
    let _ = writeln!(s, r#"<text x="{MARGIN}" y="50" class="sub">{}</text>"#, escape(&sub));
    legend(&mut s, MARGIN + 6.0, 76.0);

    // Row bands and labels.
    s.push_str("<g class=\"rows\">\n");
    for (r, ((_, ev), (label, full))) in rows.iter().zip(&labels).enumerate() {
        let y = TOP + r as f64 * ROW_H;
        if r % 2 == 0 {
            let _ = writeln!(
                s,
                r##"<rect x="{MARGIN}" y="{y:.1}" width="{:.1}" height="{ROW_H}" fill="#f3f5f8"/>"##,
                width - 2.0 * MARGIN
            );
        }
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end" class="label"><title>{}</title>{} <tspan class="count">{}</tspan></text>"#,
            x0 - 10.0,
            y + ROW_H / 2.0 + 4.0,
            escape(full),
            escape(label),
            ev.len()
        );
    }
    s.push_str("</g>\n");

    // Axis: grid lines and tick labels.
    let axis = (plot_w > 0.0).then(|| {
        let first = dated.iter().map(|d| d.0).min().unwrap_or(NaiveDate::MIN);
        let last = dated.iter().map(|d| d.1).max().unwrap_or(first);
        Axis::new(first, last, x0, plot_w)
    });
    s.push_str("<g class=\"axis\">\n");
    if let Some(axis) = &axis {
        for (t, main, year) in axis.ticks() {
            let x = axis.x(t);
            let _ = writeln!(
                s,
                r##"<line x1="{x:.1}" y1="{TOP}" x2="{x:.1}" y2="{y1:.1}" stroke="#d0d4da" stroke-width="1"/>"##
            );
            // A label at the right end would run into the "undated" column.
            if undated_w > 0.0 && x > x0 + plot_w - 24.0 {
                continue;
            }
            let _ = writeln!(
                s,
                r#"<text x="{x:.1}" y="{:.1}" text-anchor="middle" class="tick">{}</text>"#,
                y1 + 15.0,
                escape(&main)
            );
            if let Some(year) = year {
                let _ = writeln!(
                    s,
                    r#"<text x="{x:.1}" y="{:.1}" text-anchor="middle" class="year">{}</text>"#,
                    y1 + 30.0,
                    escape(&year)
                );
            }
        }
        let _ = writeln!(
            s,
            r##"<line x1="{x0:.1}" y1="{y1:.1}" x2="{:.1}" y2="{y1:.1}" stroke="#888888" stroke-width="1"/>"##,
            x0 + plot_w
        );
    }
    let ux0 = x0 + plot_w;
    if undated_w > 0.0 {
        let _ = writeln!(
            s,
            r##"<line x1="{:.1}" y1="{TOP}" x2="{:.1}" y2="{y1:.1}" stroke="#888888" stroke-dasharray="3,3"/>"##,
            ux0 + 4.0,
            ux0 + 4.0
        );
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" class="tick">undated</text>"#,
            ux0 + 4.0 + (undated_w - 4.0) / 2.0,
            y1 + 15.0
        );
    }
    s.push_str("</g>\n");

    // Each event's x (None: undated) and the rows it is in.
    let xs: Vec<Option<(f64, f64)>> = events
        .iter()
        .map(|e| {
            let (a, d) = (axis.as_ref()?, e.date?);
            Some((a.x(d.start), a.x_end(d.end)))
        })
        .collect();
    let mut placed: Vec<Vec<(f64, f64)>> = vec![Vec::new(); events.len()];
    for (r, (_, ev)) in rows.iter().enumerate() {
        let y = TOP + r as f64 * ROW_H + ROW_H / 2.0;
        let mut here: Vec<(f64, usize)> = Vec::new();
        let mut k_undated = 0usize;
        for &i in ev {
            let x = match xs[i] {
                Some((a, b)) => (a + b) / 2.0,
                None => {
                    let per_line = 8usize;
                    let x = ux0 + 24.0 + (k_undated % per_line) as f64 * 14.0;
                    k_undated += 1;
                    x
                }
            };
            here.push((x, i));
        }
        // Markers closer than their size in one row: spread them up and down.
        here.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mut start = 0;
        while start < here.len() {
            let mut end = start + 1;
            while end < here.len() && here[end].0 - here[end - 1].0 < 12.0 {
                end += 1;
            }
            let n = end - start;
            for (j, &(x, i)) in here[start..end].iter().enumerate() {
                let dy =
                    if n == 1 { 0.0 } else { (j as f64 - (n - 1) as f64 / 2.0) * (12.0 / (n - 1) as f64).min(10.0) };
                placed[i].push((x, y + dy));
            }
            start = end;
        }
    }

    // Spans behind markers, then the lines joining one event's markers, then markers.
    s.push_str("<g class=\"spans\">\n");
    for (i, e) in events.iter().enumerate() {
        if let (Some((a, b)), Some(d)) = (xs[i], e.date) {
            if d.end > d.start || d.precision != dossier::Precision::Day {
                for &(_, y) in &placed[i] {
                    let _ = writeln!(
                        s,
                        r#"<rect x="{a:.1}" y="{:.1}" width="{:.1}" height="6" rx="2" fill="{}" opacity="0.3"/>"#,
                        y - 3.0,
                        (b - a).max(2.0),
                        color(e.kind)
                    );
                }
            }
        }
    }
    s.push_str("</g>\n<g class=\"links\">\n");
    for (i, e) in events.iter().enumerate() {
        let ys = placed[i].iter().map(|p| p.1);
        let (top, bottom) = (ys.clone().fold(f64::MAX, f64::min), ys.fold(f64::MIN, f64::max));
        if placed[i].len() > 1 && xs[i].is_some() {
            let x = placed[i][0].0;
            let _ = writeln!(
                s,
                r#"<line x1="{x:.1}" y1="{top:.1}" x2="{x:.1}" y2="{bottom:.1}" stroke="{}" stroke-width="1.2" opacity="0.3"/>"#,
                color(e.kind)
            );
        }
    }
    s.push_str("</g>\n<g class=\"markers\">\n");
    for (i, e) in events.iter().enumerate() {
        for &(x, y) in &placed[i] {
            marker(&mut s, e, x, y);
        }
    }
    s.push_str("</g>\n</svg>\n");
    s
}
