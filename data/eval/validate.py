#!/usr/bin/env python3
"""Consistency checks for the dossier evaluation corpus.

Run:  python3 data/eval/validate.py [CORPUS_DIR]   (default: this folder; e.g. data/holdout)

Checks
  * every article file has exactly one manifest line and one gold line, ids identical;
  * every line is valid JSON with the fields of SCHEMA.md;
  * manifest "published" is either null or equal to the gold (true) publication date;
  * dates are YYYY, YYYY-MM or YYYY-MM-DD; date_end only with a full date and >= date;
  * evidence has at most 15 words and occurs verbatim in the article after collapsing whitespace;
  * events with the same key agree on kind, on location (or give null) and on date
    (a mention's date must be null or a prefix of the date encoded in the key);
  * keys start with the date they encode; no key repeated inside one article;
  * article body length (words) is reported; bodies outside 120..400 words are flagged.
Exit status 1 on any error.
"""
import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KEY_DATE_RE = re.compile(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)-[a-z]")
NOISE_RE = re.compile(
    r"^(RELATED|Related|MOST READ|Most read|Most popular|Most Viewed|Read more|Read also|"
    r"Lire aussi|ALSO READ|Also on|Trending now|Latest news|Related coverage|Related stories|"
    r"\[Editor's picks\]|Más leídas|Diary)"
)

errors = []


def err(msg):
    errors.append(msg)


def load_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: invalid JSON: {e}")
    return rows


def valid_date(s):
    if not DATE_RE.match(s):
        return False
    parts = [int(x) for x in s.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def collapse(s):
    return " ".join(s.split())


def body_words(text):
    """Rough body length: drop sidebar blocks (from a sidebar heading to the end)."""
    lines = text.splitlines()
    out = []
    for ln in lines:
        if NOISE_RE.match(ln.strip()):
            break
        out.append(ln)
    return len(" ".join(out).split())


def main():
    files = sorted(f[:-4] for f in os.listdir(ART) if f.endswith(".txt"))
    manifest = load_jsonl("manifest.jsonl")
    gold = load_jsonl("gold.jsonl")
    mids = [m.get("id") for m in manifest]
    gids = [g.get("id") for g in gold]
    if mids != files:
        err(f"manifest ids differ from article files: {set(mids) ^ set(files)}")
    if gids != files:
        err(f"gold ids differ from article files: {set(gids) ^ set(files)}")
    man = {m["id"]: m for m in manifest}

    by_key = collections.defaultdict(list)
    n_mentions = 0
    counts = collections.Counter()
    short_long = []
    for g in gold:
        aid = g["id"]
        if set(g) != {"id", "published", "events"}:
            err(f"{aid}: unexpected gold fields {sorted(g)}")
        text = open(os.path.join(ART, aid + ".txt"), encoding="utf-8").read()
        flat = collapse(text)
        bw = body_words(text)
        if not 120 <= bw <= 400:
            short_long.append((aid, bw))
        pub = g["published"]
        if pub is None or not valid_date(pub) or len(pub) != 10:
            err(f"{aid}: gold published must be a full date, got {pub!r}")
        mp = man.get(aid, {}).get("published", "MISSING")
        if mp == "MISSING":
            err(f"{aid}: no manifest line")
        elif mp is not None and mp != pub:
            err(f"{aid}: manifest published {mp} != gold published {pub}")
        counts["null_manifest"] += mp is None
        seen = set()
        for e in g["events"]:
            n_mentions += 1
            k = e.get("key", "")
            where = f"{aid}/{k}"
            req = ["key", "kind", "status", "date", "location", "participants", "groups", "evidence"]
            for f in req:
                if f not in e:
                    err(f"{where}: missing field {f}")
            extra = set(e) - set(req) - {"date_end"}
            if extra:
                err(f"{where}: unexpected fields {extra}")
            if k in seen:
                err(f"{where}: key repeated within article")
            seen.add(k)
            if e["kind"] not in ("meeting", "call"):
                err(f"{where}: bad kind {e['kind']}")
            if e["status"] not in ("occurred", "planned"):
                err(f"{where}: bad status {e['status']}")
            counts[e["kind"]] += 1
            counts[e["status"]] += 1
            d = e["date"]
            if d is not None and not valid_date(d):
                err(f"{where}: bad date {d}")
            if d is None:
                counts["date_null"] += 1
            elif len(d) == 7:
                counts["date_month"] += 1
            elif len(d) == 4:
                counts["date_year"] += 1
            if "date_end" in e:
                de = e["date_end"]
                if d is None or len(d) != 10 or not valid_date(de) or len(de) != 10 or de <= d:
                    err(f"{where}: bad date_end {de} for date {d}")
                counts["multi_day"] += 1
            if not e["participants"]:
                counts["no_named_participants"] += 1
            if not isinstance(e["participants"], list) or not isinstance(e["groups"], list):
                err(f"{where}: participants/groups must be lists")
            ev = e["evidence"]
            if len(ev.split()) > 15:
                err(f"{where}: evidence has {len(ev.split())} words")
            if collapse(ev) not in flat:
                err(f"{where}: evidence not found verbatim: {ev!r}")
            m = KEY_DATE_RE.match(k)
            if not m:
                err(f"{where}: key does not start with a date")
            by_key[k].append((aid, e, m.group(1) if m else None))

    for k, ms in by_key.items():
        kinds = {e["kind"] for _, e, _ in ms}
        if len(kinds) > 1:
            err(f"{k}: kinds differ {kinds}")
        locs = {e["location"] for _, e, _ in ms if e["location"] is not None}
        if len(locs) > 1:
            err(f"{k}: locations differ {locs}")
        for aid, e, kd in ms:
            d = e["date"]
            if d is not None and kd is not None and not kd.startswith(d):
                err(f"{aid}/{k}: date {d} not compatible with key date {kd}")
        ends = {e.get("date_end") for _, e, _ in ms if e.get("date_end")}
        if len(ends) > 1:
            err(f"{k}: date_end differs {ends}")

    multi = {k: v for k, v in by_key.items() if len({a for a, _, _ in v}) > 1}
    print(f"articles:              {len(files)}")
    print(f"  manifest null dates: {counts['null_manifest']}")
    print(f"  articles w/o events: {sum(1 for g in gold if not g['events'])}")
    print(f"event mentions:        {n_mentions}")
    print(f"  meetings / calls:    {counts['meeting']} / {counts['call']}")
    print(f"  occurred / planned:  {counts['occurred']} / {counts['planned']}")
    print(f"  date null/month:     {counts['date_null']} / {counts['date_month']}")
    print(f"  multi-day:           {counts['multi_day']}")
    print(f"  groups only:         {counts['no_named_participants']}")
    print(f"distinct events:       {len(by_key)}")
    print(f"events in >1 article:  {len(multi)}")
    for k, v in sorted(multi.items()):
        print(f"    {k}: {', '.join(a for a, _, _ in v)}")
    if short_long:
        print("body length outside 120..400 words (rough count):")
        for aid, bw in short_long:
            print(f"    {aid}: {bw}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
