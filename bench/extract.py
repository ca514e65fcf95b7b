"""Extraction quality and speed against the hand-written gold (tests/data/gold_extract.json).

    PYTHONPATH=src python bench/extract.py            # seeds (when ../shared is there) and demo

Runs the whole extract stage (``copydesk.extract.extract_batch``: entities,
quotes with speakers, quantities, dates) over the ingested seeds and demo
corpus, and prints precision and recall per type, side by side with peers run
on the same text in the same run:

- dates: ``dateparser.search.search_dates`` with RELATIVE_BASE = publication date;
- quantities: spaCy's numeric entity spans (CARDINAL, MONEY, PERCENT, QUANTITY,
  TIME-less), detection only — spaCy does not normalise values.

Then speed: articles/s of quantities + dates (our part) against dateparser.

Matching rules (docs/extract.md): a predicted span matches a gold span when
they overlap (one-to-one, greedy in text order); a quantity counts only with an
equal value (ranges: both ends), a date only with an equal resolved value
(``value`` and ``end_value``), a quote+speaker only with a matching speaker,
an entity mention only with the same type. The scoring helpers are imported by
the quality tests, so the figures printed here are the figures the tests pin.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "gold_extract.json"
SEEDS = REPO.parent / "shared" / "seeds"
DEMO = REPO / "src" / "copydesk" / "demo" / "corpus"


def span_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


# ------------------------------------------------------------------ gold documents


@dataclass
class GoldDoc:
    """One annotated article, its clean text, and its gold spans moved onto that text."""

    corpus: str
    file: str
    article: Any  # records.Article (clean text)
    published: date
    quantities: list[dict[str, Any]] = field(default_factory=list)
    dates: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)  # with "cluster", "type"
    lost: int = 0  # gold spans not found in the clean text (removed or altered by cleaning)
    heldout: bool = False  # annotated after the extractors were tuned, never tuned on


def load_gold() -> dict[str, Any]:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def ingest_corpus(paths: Sequence[Path]) -> list[Any]:
    """Clean articles, as ``copydesk ingest`` stores them (in memory)."""
    from copydesk.engines.local import ingest_into
    from copydesk.store import SQLiteStore

    store = SQLiteStore(":memory:")
    try:
        ingest_into(store, [str(p) for p in paths])
        return list(store.iter_articles())
    finally:
        store.close()


@functools.lru_cache(maxsize=4)
def gold_documents(corpus: str) -> list[GoldDoc]:
    """The gold documents of one corpus ("seeds" or "demo") on their clean texts.

    Seeds: offsets are into the raw seed file (checked against its hash), moved
    onto the clean text by finding the same span text nearest the same relative
    position. Demo: offsets are into the clean text; a span whose hash no longer
    matches is re-anchored by searching the text for a window with that hash.
    Spans that cannot be placed are counted in ``lost`` and stay in recall.
    """
    docs = [d for d in load_gold()["documents"] if d["corpus"] == corpus]
    root = SEEDS if corpus == "seeds" else DEMO
    if not root.is_dir() or not docs:
        return []
    articles = ingest_corpus([root / d["file"] for d in docs])
    by_file = {Path(a.source).name: a for a in articles if a.position is None}
    out = []
    for d in docs:
        article = by_file.get(d["file"])
        if article is None:
            continue
        raw = (root / d["file"]).read_text(encoding="utf-8") if corpus == "seeds" else None
        if raw is not None and span_hash(raw) != d["text_hash"]:
            print(f"warning: {d['file']} changed since it was annotated", file=sys.stderr)
        if raw is None and span_hash(article.text) != d["text_hash"]:
            print(f"warning: {d['file']} changed since it was annotated: spans re-anchored,"
                  " new text is unannotated", file=sys.stderr)
        doc = GoldDoc(corpus, d["file"], article, date.fromisoformat(d["published"]),
                      heldout=d.get("heldout", False))
        for kind in ("quantities", "dates", "quotes"):
            for g in d[kind]:
                placed = _place(g, article.text, raw)
                if placed is None:
                    doc.lost += 1
                    placed = {**g, "start": -1, "end": -1}
                getattr(doc, kind).append(placed)
        for ent in d["entities"]:
            for s, e, hsh in ent["mentions"]:
                g = {"start": s, "end": e, "hash": hsh, "cluster": ent["cluster"],
                     "type": ent["type"]}
                placed = _place(g, article.text, raw)
                if placed is None:
                    doc.lost += 1
                    placed = {**g, "start": -1, "end": -1}
                doc.mentions.append(placed)
        out.append(doc)
    return out


def _place(g: dict[str, Any], clean: str, raw: str | None) -> dict[str, Any] | None:
    s, e = g["start"], g["end"]
    if raw is not None:
        piece = raw[s:e]
        if span_hash(piece) != g["hash"]:
            return None
        expected = s * len(clean) / max(len(raw), 1)
        hits = []
        i = clean.find(piece)
        while i >= 0:
            hits.append(i)
            i = clean.find(piece, i + 1)
        if not hits:
            return None
        best = min(hits, key=lambda h: abs(h - expected))
        return {**g, "start": best, "end": best + len(piece)}
    if span_hash(clean[s:e]) == g["hash"]:
        return dict(g)
    width = e - s
    candidates = [i for i in range(0, len(clean) - width + 1)
                  if span_hash(clean[i : i + width]) == g["hash"]]
    if not candidates:
        return None
    best = min(candidates, key=lambda i: abs(i - s))
    return {**g, "start": best, "end": best + width}


# ------------------------------------------------------------------ scoring


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        return (f"P {self.precision:5.2f}  R {self.recall:5.2f}  F1 {self.f1:5.2f}  "
                f"(gold {self.gold}, predicted {self.predicted}, matched {self.matched})")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match(
    gold: Sequence[dict[str, Any]],
    predicted: Sequence[Any],
    span: Callable[[Any], tuple[int, int]],
    ok: Callable[[dict[str, Any], Any], bool] = lambda g, p: True,
) -> Score:
    """One-to-one matching in text order: overlapping spans that ``ok`` accepts."""
    used: set[int] = set()
    matched = 0
    for g in sorted(gold, key=lambda g: g["start"]):
        for j, p in enumerate(predicted):
            if j in used or _overlap((g["start"], g["end"]), span(p)) == 0:
                continue
            if ok(g, p):
                used.add(j)
                matched += 1
                break
    return Score(gold=len(gold), predicted=len(predicted), matched=matched)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def quantity_value_ok(g: dict[str, Any], q: Any) -> bool:
    gv, pv = g["value"], q.value
    if isinstance(gv, list):
        return isinstance(pv, tuple) and _close(gv[0], pv[0]) and _close(gv[1], pv[1])
    return not isinstance(pv, tuple) and _close(float(gv), float(pv))


def date_value_ok(g: dict[str, Any], d: Any) -> bool:
    value = d.value.isoformat() if d.value else None
    end = d.end_value.isoformat() if d.end_value else None
    return value == g["value"] and end == g["end_value"]


def speaker_ok(g: dict[str, Any], q: Any) -> bool:
    from rapidfuzz import fuzz

    if not q.speaker:
        return False
    gold_name, got = g["speaker"].lower(), q.speaker.lower()
    if fuzz.token_set_ratio(gold_name, got) >= 80:
        return True
    return bool(set(gold_name.split()[-1:]) & set(got.replace("’s", "").split()))


def score_quantities(docs: Iterable[GoldDoc], found: dict[str, list[Any]]) -> dict[str, Score]:
    out = {"span": Score(), "value": Score(), "counts": Score()}
    for d in docs:
        pred = found.get(d.article.id, [])
        out["span"].add(match(d.quantities, pred, lambda q: (q.start, q.end)))
        out["value"].add(match(d.quantities, pred, lambda q: (q.start, q.end), quantity_value_ok))

        def counts_ok(g: dict[str, Any], q: Any) -> bool:
            same = (g["counts"] or "").lower() == (q.counts or "").lower()
            return quantity_value_ok(g, q) and same

        out["counts"].add(match(d.quantities, pred, lambda q: (q.start, q.end), counts_ok))
    return out


def score_dates(docs: Iterable[GoldDoc], found: dict[str, list[Any]]) -> dict[str, Score]:
    out = {"span": Score(), "value": Score()}
    for d in docs:
        pred = found.get(d.article.id, [])
        out["span"].add(match(d.dates, pred, lambda x: (x.start, x.end)))
        out["value"].add(match(d.dates, pred, lambda x: (x.start, x.end), date_value_ok))
    return out


def score_quotes(docs: Iterable[GoldDoc], found: dict[str, list[Any]]) -> dict[str, Score]:
    out = {"quotes": Score(), "quotes+speakers": Score()}
    for d in docs:
        pred = found.get(d.article.id, [])
        out["quotes"].add(match(d.quotes, pred, lambda x: (x.start, x.end)))
        out["quotes+speakers"].add(match(d.quotes, pred, lambda x: (x.start, x.end), speaker_ok))
    return out


def score_entities(docs: Sequence[GoldDoc], entities: Sequence[Any]) -> dict[str, Score]:
    """Mentions (span overlap, same type) and pairwise clustering of matched mentions."""
    by_article: dict[str, list[tuple[int, int, str, str]]] = {}
    for e in entities:
        for m in e.mentions:
            by_article.setdefault(m.article_id, []).append((m.start, m.end, e.type, e.id))
    mentions = Score()
    untyped = Score()
    pairs: list[tuple[str, str]] = []  # (gold cluster, predicted entity) per matched mention
    for d in docs:
        pred = sorted(by_article.get(d.article.id, []))
        untyped.add(match(d.mentions, pred, lambda p: (p[0], p[1])))
        used: set[int] = set()
        for g in sorted(d.mentions, key=lambda g: g["start"]):
            for j, p in enumerate(pred):
                if j not in used and _overlap((g["start"], g["end"]), (p[0], p[1])) and \
                        p[2] == g["type"]:
                    used.add(j)
                    pairs.append((g["cluster"], p[3]))
                    break
        mentions.add(Score(gold=len(d.mentions), predicted=len(pred), matched=len(used)))
    same_gold = same_pred = same_both = 0
    for i in range(len(pairs)):
        for j in range(i + 1, len(pairs)):
            g = pairs[i][0] == pairs[j][0]
            p = pairs[i][1] == pairs[j][1]
            same_gold += g
            same_pred += p
            same_both += g and p
    return {"mentions": mentions, "mentions, any type": untyped,
            "clusters (pairs)": Score(gold=same_gold, predicted=same_pred, matched=same_both)}


# ------------------------------------------------------------------ runs


def run_ours(
    docs: Sequence[GoldDoc], *, true_published: bool = False
) -> tuple[dict[str, list[Any]], dict[str, list[Any]]]:
    """Our quantities and dates, with each article's own publication date (its metadata,
    else what the text gives), or with the true one from the gold (``true_published``)."""
    from copydesk.extract.dates import find_dates
    from copydesk.extract.quantities import find_quantities

    quantities = {d.article.id: find_quantities(d.article.text, d.article.id) for d in docs}
    dates = {
        d.article.id: find_dates(
            d.article.text, d.article.id, d.published if true_published else d.article.published
        )
        for d in docs
    }
    return quantities, dates


def run_stage(docs: Sequence[GoldDoc]) -> Any:
    from copydesk.extract import ExtractOptions, extract_batch, load_tagger

    return extract_batch([d.article for d in docs], load_tagger(), ExtractOptions())


def run_dateparser(docs: Sequence[GoldDoc]) -> dict[str, list[Any]]:
    import warnings

    from dateparser.search import search_dates

    from copydesk.records import DateRef

    out: dict[str, list[Any]] = {}
    for d in docs:
        base = datetime.combine(d.published, datetime.min.time())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(d.article.text, languages=["en"],
                                 settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
        refs = []
        pos = 0
        for piece, when in found or []:
            i = d.article.text.find(piece, pos)
            if i < 0:
                continue
            pos = i + len(piece)
            refs.append(DateRef("", d.article.id, i, i + len(piece), piece, when.date()))
        out[d.article.id] = refs
    return out


def run_spacy_numbers(docs: Sequence[GoldDoc]) -> dict[str, list[Any]] | None:
    from copydesk.extract.nlp import load_spacy

    nlp = load_spacy()
    if nlp is None:
        return None
    out: dict[str, list[Any]] = {}
    for d in docs:
        doc = nlp(d.article.text)
        out[d.article.id] = [
            _Span(e.start_char, e.end_char) for e in doc.ents
            if e.label_ in {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
        ]
    return out


@dataclass
class _Span:
    start: int
    end: int


def speed(docs: Sequence[GoldDoc], repeat: int = 20) -> dict[str, float]:
    from copydesk.extract.dates import find_dates
    from copydesk.extract.quantities import find_quantities

    arts = [d.article for d in docs]
    t0 = time.perf_counter()
    for _ in range(repeat):
        for a in arts:
            find_quantities(a.text, a.id)
    t1 = time.perf_counter()
    for _ in range(repeat):
        for a in arts:
            find_dates(a.text, a.id, a.published)
    t2 = time.perf_counter()
    n = len(arts) * repeat
    figures = {"quantities": n / (t1 - t0), "dates": n / (t2 - t1), "both": n / (t2 - t0)}
    t3 = time.perf_counter()
    run_dateparser(docs)
    figures["dateparser search_dates"] = len(arts) / (time.perf_counter() - t3)
    return figures


def report(corpus: str, docs: list[GoldDoc], stage: Any | None) -> None:
    print(f"\n== {corpus}: {len(docs)} annotated articles"
          f" ({sum(d.lost for d in docs)} gold spans lost in cleaning)")
    quantities, dates = run_ours(docs)
    for name, s in score_quantities(docs, quantities).items():
        print(f"  quantities {name:<16} {s.line()}")
    numbers = run_spacy_numbers(docs)
    if numbers is not None:
        peer = Score()
        for d in docs:
            peer.add(match(d.quantities, numbers.get(d.article.id, []), lambda x: (x.start, x.end)))
        print(f"  peer: spaCy numeric ents, span {peer.line()}")
    for name, s in score_dates(docs, dates).items():
        print(f"  dates      {name:<16} {s.line()}")
    given = score_dates(docs, run_ours(docs, true_published=True)[1])["value"]
    print(f"  dates      value, true pub. {given.line()}")
    dp = score_dates(docs, run_dateparser(docs))
    for name, s in dp.items():
        print(f"  peer: dateparser {name:<10} {s.line()}  (true pub. date)")
    if stage is not None:
        quotes: dict[str, list[Any]] = {}
        for q in stage.quotes:
            quotes.setdefault(q.article_id, []).append(q)
        for name, s in score_quotes(docs, quotes).items():
            print(f"  {name:<27} {s.line()}")
        for name, s in score_entities(docs, stage.entities).items():
            print(f"  entities {name:<18} {s.line()}")
        print(f"  (entities and quotes by the extract stage, names tagged by {stage.tagger})")


def mismatches(docs: Sequence[GoldDoc]) -> None:
    """Print gold spans our quantities/dates miss or get wrong (for error analysis)."""
    quantities, dates = run_ours(docs)
    for d in docs:
        text = d.article.text
        for g in d.quantities:
            gs = (g["start"], g["end"])
            got = [q for q in quantities[d.article.id] if _overlap(gs, (q.start, q.end))]
            if not got or not quantity_value_ok(g, got[0]) \
                    or (g["counts"] or "") != (got[0].counts or ""):
                print("Q", d.file[:12], repr(text[gs[0] : gs[1]]), g["value"], g["counts"],
                      "->", [(q.text, q.value, q.counts) for q in got])
        for g in d.dates:
            gs = (g["start"], g["end"])
            got = [x for x in dates[d.article.id] if _overlap(gs, (x.start, x.end))]
            if not got or not date_value_ok(g, got[0]):
                print("D", d.file[:12], repr(text[gs[0] : gs[1]]), g["value"], "->",
                      [(x.text, str(x.value), x.how) for x in got])


@dataclass
class ConflictCheck:
    """The facts step's conflicts against the demo ground truth's."""

    found: int
    total: int
    flagged: int
    lines: list[str]


def facts_on_demo(*, steps_first: Sequence[str] = ("reuse", "extract")) -> ConflictCheck:
    """The facts step over the whole demo corpus, stories = the ground truth's events,
    against the ground truth's conflicts (numbers that disagree between articles).

    ``steps_first``: the steps run before it. With none, the facts step computes the
    quantities and dates itself and subjects fall back to capitalised phrases."""
    from copydesk.engines.local import ingest_into
    from copydesk.engines.steps import facts as facts_step
    from copydesk.engines.steps import steps
    from copydesk.extract.quantities import parse_quantity
    from copydesk.progress import silent
    from copydesk.records import Story
    from copydesk.store import SQLiteStore

    truth = json.loads((DEMO.parent / "ground_truth.json").read_text(encoding="utf-8"))
    store = SQLiteStore(":memory:")
    ingest_into(store, [str(DEMO)])
    lines: list[str] = []
    ran = []
    for name, step in steps():
        if name in steps_first:
            try:
                step(store, silent)
                ran.append(name)
            except Exception as exc:  # a step being rewritten must not hide the facts figures
                lines.append(f"step {name} failed ({type(exc).__name__}: {exc}); facts without it")
    ids = {}
    for a in store.iter_articles():
        ref = Path(a.source).name + (f"#{a.position}" if a.position is not None else "")
        ids[ref] = a.id
    members: dict[str, list[str]] = {}
    for a in truth["articles"]:
        ref = a["file"] + (f"#{a['record']}" if a.get("record") else "")
        if a.get("event") and ref in ids:
            members.setdefault(a["event"], []).append(ids[ref])
    store.replace_records("stories", [
        Story(id=e, title=e, thread_id="", article_ids=tuple(v), first_seen=None,
              last_seen=None, articles=len(v), sources=len(v), independent_sources=0)
        for e, v in sorted(members.items())
    ])
    t0 = time.perf_counter()
    line = facts_step.run(store, silent)
    seconds = time.perf_counter() - t0
    facts = list(store.iter_records("facts"))
    store.close()

    def number(text: str) -> float | None:
        q = parse_quantity(text)
        return None if q is None or isinstance(q.value, tuple) else float(q.value)

    pairs = set()
    for f in facts:
        for c in f.conflicts:
            mine = {number(x["value"]) for x in c["this"]}
            other = {number(x["value"]) for x in c["other"]}
            pairs.add((f.story_id, frozenset(mine), frozenset(other)))
    unordered = {frozenset([(s, a), (s, b)]) for s, a, b in pairs}
    found = 0
    for gt in truth["conflicts"]:
        values = [number(v["value"]) for v in gt["values"]]
        hit = any(
            (s == gt["event"] and values[0] in a and values[1] in b)
            or (s == gt["event"] and values[1] in a and values[0] in b)
            for s, a, b in pairs
        )
        found += hit
        lines.append(f"ground-truth conflict {gt['id']} {[v['value'] for v in gt['values']]}: "
                     f"{'found' if hit else 'MISSED'}")
    lines.append(f"conflicts flagged: {len(unordered)} pairs; ground truth found {found}"
                 f"/{len(truth['conflicts'])}  (steps run first: {', '.join(ran) or 'none'})")
    lines.append(f"facts step: {line}; {len(members)} stories in {seconds:.2f} s")
    return ConflictCheck(found, len(truth["conflicts"]), len(unordered), lines)


def main() -> int:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                            epilog="No options: it scores every corpus present.").parse_args()
    sys.path.insert(0, str(REPO / "src"))
    every: list[GoldDoc] = []
    for corpus in ("seeds", "demo"):
        docs = gold_documents(corpus)
        if not docs:
            print(f"\n== {corpus}: absent, skipped")
            continue
        try:
            stage = run_stage(docs)
        except ImportError as exc:
            print(f"extract stage unavailable ({exc}); entities and quotes skipped")
            stage = None
        report(corpus, docs, stage)
        held = [d for d in docs if d.heldout]
        if held:
            report(f"{corpus}, held-out part (annotated after tuning)", held, stage)
        every.extend(docs)
    if DEMO.is_dir():
        print("\n== facts on the demo corpus (stories = ground-truth events)")
        for line in facts_on_demo().lines:
            print("  " + line)
    if every:
        print("\n== speed (articles/s, one core, annotated articles x 20)")
        for name, value in speed(every).items():
            print(f"  {name:<26} {value:9.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
