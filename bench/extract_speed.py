"""Speed of the whole extract stage (names, entities, quotes, quantities, dates), in articles/s.

    PYTHONPATH=src python bench/extract_speed.py [--synth 2000]

Runs on the demo corpus (ingested into an in-memory store) and on generated
articles (``copydesk.synth``), once with spaCy's English NER and once with the
lexical fallback, and prints the two side by side with the share of time spent
in the name tagger. One process, one core (``n_process=1``), as the stage runs.
Rates are per CPU second of this process (the machine is shared; wall-clock
rates are printed too).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from copydesk.engines.local import ingest_into
from copydesk.extract.nlp import load_spacy, make_tagger
from copydesk.extract.pipeline import extract_batch
from copydesk.records import Article, content_id
from copydesk.store import open_store
from copydesk.synth import generate

DEMO = Path(__file__).resolve().parents[1] / "src" / "copydesk" / "demo" / "corpus"


def demo_articles() -> list[Article]:
    store = open_store(":memory:")
    try:
        ingest_into(store, [str(DEMO)])
        return list(store.iter_articles())
    finally:
        store.close()


def synth_articles(n: int) -> list[Article]:
    return [
        Article(id=content_id(a.text), source=a.id, text=a.text, title=a.title, site=a.site,
                published=a.published, language="en")
        for a in generate(n, seed=7)
    ]


def measure(name: str, articles: Sequence[Article], nlp: object | None) -> None:
    tagger = make_tagger(nlp)
    words = sum(len(a.text.split()) for a in articles)
    began = time.process_time()
    spans = list(tagger.tag(a.text for a in articles))
    tagging = time.process_time() - began
    began, wall = time.process_time(), time.perf_counter()
    result = extract_batch(articles, tagger)
    total, wall = time.process_time() - began, time.perf_counter() - wall
    print(f"  {name:<10} {tagger.name:<34} {len(articles) / total:8.1f} articles/s CPU "
          f"({len(articles) / wall:.1f}/s wall; {words / total:6.0f} words/s; "
          f"tagger {tagging / total:4.0%} of the stage) "
          f"{len(result.entities)} entities, {len(result.quotes)} quotes, "
          f"{sum(len(s) for s in spans)} spans")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synth", type=int, default=2000, help="generated articles")
    args = parser.parse_args(argv)
    nlp = load_spacy()
    corpora = [("demo", demo_articles()), (f"synth {args.synth}", synth_articles(args.synth))]
    for name, articles in corpora:
        print(f"{name}: {len(articles)} articles, "
              f"{sum(len(a.text.split()) for a in articles) / max(1, len(articles)):.0f} "
              "words each on average")
        if nlp is not None:
            measure(name, articles, nlp)
        measure(name, articles, None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
