"""Names in German, Spanish, Italian, Portuguese and Dutch articles: precision and recall
per language against hand-listed entities, side by side with spaCy's pipelines run on the
same text.

    PYTHONPATH=src python bench/entities_languages.py

Data (``tests/data/languages/``, fictional articles written for copydesk): ``tuned``, 30
articles and 339 entities that the lexical rules (``extract/lexical_other.py``) were
fixed against, and ``held_out``, 30 articles and 441 entities written without seeing
them (real cities, sports, courts, culture, an obituary, an interview), and
``held_out_2``, 30 articles and 478 entities written later, blind to the rules, for the
cities GeoNames gives (``copydesk/cities.py``): real towns of every size, clubs named
after their city, surnames that are towns' names. Each article's gold lists its people,
organisations and places once each.

What is scored, per article: the distinct (name as written, type) pairs of the entities
copydesk's extract stage gives the article's mentions. A found name matches a gold
entity when it is the same name, or a shorter or longer form of it ("Brandauer" for
"Ilse Brandauer"; words compared loosely for endings, "Brakenstedts"). Precision: found
pairs matching a gold entity of that type, over all found pairs. Recall: gold entities
found with their type, over all gold entities.

Peers, on the same text: spaCy's English pipeline (what a user without a pipeline for
the language would try first) and its French one (a Romance language's model on the
others), their PERSON/PER, ORG and GPE/LOC/FAC labels as person, organisation, place.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from copydesk.extract.nlp import (
    DEFAULT_MODEL,
    ENTITY_TYPES,
    LANGUAGE_MODELS,
    load_language_taggers,
    load_spacy,
)
from copydesk.extract.pipeline import extract_batch
from copydesk.records import Article, content_id

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "languages"
LANGUAGES = ("de", "es", "it", "pt", "nl")
#: Particles left out when names are compared ("Ministerio de la Presidencia").
_PARTICLES = frozenset("de del della delle dei degli di da do dos das la las los el le il lo "
                       "e y et und van von der den het ter zu vom zum a al per por em en in "
                       "the of".split())

Found = dict[str, set[tuple[str, str]]]  # article url → {(name, type)}


def load(name: str, data: Path = DATA) -> tuple[list[Article], dict[str, list[dict[str, str]]]]:
    articles = []
    for line in (data / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        articles.append(Article(
            id=content_id(row["maintext"]), source=f"{name}.jsonl", text=row["maintext"],
            url=row["url"], site=row["source_domain"], title=row["title"],
            language=row["language"], published=datetime.fromisoformat(row["date_publish"])))
    gold = json.loads((data / f"{name}_gold.json").read_text(encoding="utf-8"))
    return articles, gold


def copydesk_mentions(articles: list[Article]) -> dict[str, set[tuple[str, str, str]]]:
    """Per article url, copydesk's (entity name, type, mention text as written)."""
    result = extract_batch(articles, None, others=load_language_taggers())
    url = {a.id: a.url or "" for a in articles}
    found: dict[str, set[tuple[str, str, str]]] = {a.url or "": set() for a in articles}
    for entity in result.entities:
        for m in entity.mentions:
            found[url[m.article_id]].add((entity.name, entity.type, m.text))
    return found


def copydesk_found(articles: list[Article]) -> Found:
    return {url: {(text, kind) for _, kind, text in rows}
            for url, rows in copydesk_mentions(articles).items()}


def spacy_found(model: str, articles: list[Article]) -> Found | None:
    nlp = load_spacy(model, fallback="no peer")
    if nlp is None:
        return None
    found: Found = {}
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        found[article.url or ""] = {(e.text, ENTITY_TYPES[e.label_]) for e in doc.ents
                                    if e.label_ in ENTITY_TYPES}
    return found


def _words(name: str) -> list[str]:
    return [w for w in re.findall(r"\w+", name.lower()) if w not in _PARTICLES]


def _same_word(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2)


def _form_of(found: str, gold: str) -> bool:
    """The same name, or a shorter or longer form of it."""
    f, g = _words(found), _words(gold)
    if not f or not g:
        return found.lower() == gold.lower()
    inside = all(any(_same_word(x, y) for y in g) for x in f)
    return inside or all(any(_same_word(x, y) for y in f) for x in g)


def score(found: Found, gold: dict[str, list[dict[str, str]]],
          language_of: dict[str, str]) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {lang: Counter() for lang in (*LANGUAGES, "all")}
    for url, entities in gold.items():
        lang = language_of[url]
        pairs = found.get(url, set())
        right = sum(any(_form_of(name, g["name"]) and g["type"] == kind for g in entities)
                    for name, kind in pairs)
        recalled = sum(any(_form_of(name, g["name"]) and g["type"] == kind
                           for name, kind in pairs) for g in entities)
        for key in (lang, "all"):
            counts[key].update(found=len(pairs), right=right, gold=len(entities),
                               recalled=recalled)
    return counts


def table(rows: Iterable[tuple[str, dict[str, Counter[str]]]]) -> None:
    print(f"{'method':44} " + "  ".join(f"{lang:>11}" for lang in (*LANGUAGES, "all")))
    for method, counts in rows:
        cells = []
        for lang in (*LANGUAGES, "all"):
            c = counts[lang]
            p = c["right"] / c["found"] if c["found"] else 0.0
            r = c["recalled"] / c["gold"] if c["gold"] else 0.0
            cells.append(f"{p:.2f} / {r:.2f}")
        print(f"{method:44} " + "  ".join(f"{cell:>11}" for cell in cells))
    print("(each cell: precision / recall)")


def run_peers(peers: Iterable[tuple[str, Callable[[list[Article]], Any]]],
              articles: list[Article]) -> Iterator[tuple[str, float, Any]]:
    """Each installed method with its seconds and what it found; one not installed is
    said and skipped."""
    for method, run in peers:
        began = time.perf_counter()
        found = run(articles)
        if found is None:
            print(f"{method}: not installed, skipped")
            continue
        yield method, time.perf_counter() - began, found


def main() -> None:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()
    peers: list[tuple[str, Callable[[list[Article]], Found | None]]] = [
        ("copydesk (lexical rules per language)", copydesk_found),
        (f"peer: spaCy English ({DEFAULT_MODEL})",
         lambda arts: spacy_found(DEFAULT_MODEL, arts)),
        (f"peer: spaCy French ({LANGUAGE_MODELS['fr']})",
         lambda arts: spacy_found(LANGUAGE_MODELS["fr"], arts)),
    ]
    for name in ("tuned", "held_out", "held_out_2", "held_out_3"):
        articles, gold = load(name)
        language_of = {a.url or "": a.language or "" for a in articles}
        n_gold = sum(len(v) for v in gold.values())
        print(f"\n== {name}: {len(articles)} articles, {n_gold} gold entities"
              + (" (the rules were fixed against these)" if name == "tuned" else " (held out)"))
        table([(f"{method} {took:.1f} s", score(found, gold, language_of))
               for method, took, found in run_peers(peers, articles)])


if __name__ == "__main__":
    main()
