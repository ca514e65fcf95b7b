"""Names in Polish articles: precision and recall against hand-listed entities, and how
often the cases of one name end in one entity, side by side with spaCy's English and
French pipelines run on the same text (no Polish pipeline is on PyPI).

    PYTHONPATH=src python bench/entities_polish.py

Data (``tests/data/polish/``, fictional articles written for copydesk): ``tuned``, 12
articles the rules were checked against, and ``held_out``, 20 written without seeing the
rules. Each gold entity has its name in the nominative ("Donald Tusk") and every form the
article writes of it ("Tuska", "Donaldem Tuskiem").

What is scored, per article, as in ``bench/entities_languages.py``: the distinct (name,
type) pairs found. A found name matches a gold entity when it is the gold name or one of
its written forms, or a shorter or longer form of one of them. copydesk's name is its
entity's name (in the nominative); spaCy's is the text it tagged. Also:

- *nominative*: of copydesk's right pairs, the share whose name is the gold name as
  written in the gold, or the English name copydesk gives a big city or a country
  ("Warsaw" for Warszawa); a case form left as it was is right above, wrong here;
- *one entity*: of the gold entities the article writes in two or more forms and that are
  found, the share whose found forms all fall in one of the method's entities (spaCy
  has no entities: each distinct text is one).
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

import entities_languages
from copydesk.cities import english_city_name
from copydesk.countries import english_name
from copydesk.extract.nlp import DEFAULT_MODEL, LANGUAGE_MODELS
from copydesk.records import Article
from entities_languages import _form_of

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "polish"

Gold = dict[str, list[dict[str, object]]]
#: article url → {(name, type, text written)}: one row per found mention text.
Found = dict[str, set[tuple[str, str, str]]]


def load(name: str) -> tuple[list[Article], Gold]:
    articles, gold = entities_languages.load(name, DATA)
    return articles, gold  # type: ignore[return-value]  # (its entities list their forms)


def copydesk_found(articles: list[Article]) -> Found:
    return entities_languages.copydesk_mentions(articles)


def spacy_found(model: str, articles: list[Article]) -> Found | None:
    found = entities_languages.spacy_found(model, articles)
    if found is None:
        return None
    return {url: {(name, kind, name) for name, kind in pairs} for url, pairs in found.items()}


def _matches(name: str, entity: dict[str, object]) -> bool:
    forms = [str(entity["name"]), *(str(w) for w in entity.get("written", []))]  # type: ignore[attr-defined]
    return any(_form_of(name, form) for form in forms) or name == _english(entity)


def _english(entity: dict[str, object]) -> str | None:
    """The English name copydesk gives a big city or a country the gold names in Polish
    ("Warszawa" is Warsaw): the name right, in the English press's form."""
    name = str(entity["name"])
    return english_city_name(name, "pl") or (english_name(name) or "").title() or None


def score(found: Found, gold: Gold) -> Counter[str]:
    c: Counter[str] = Counter()
    for url, entities in gold.items():
        rows = found.get(url, set())
        pairs = {(name, kind) for name, kind, _ in rows}
        right = [(name, kind) for name, kind in pairs
                 if any(_matches(name, g) and g["type"] == kind for g in entities)]
        c.update(found=len(pairs), right=len(right), gold=len(entities))
        c["nominative"] += sum(any(name in (g["name"], _english(g)) and g["type"] == kind
                                   for g in entities) for name, kind in right)
        c["recalled"] += sum(any(_matches(name, g) and g["type"] == kind for name, kind in pairs)
                             for g in entities)
        for g in entities:
            written = {str(w) for w in g.get("written", [])}  # type: ignore[attr-defined]
            if len(written) < 2:
                continue
            holders: dict[str, set[str]] = defaultdict(set)  # form → the entities holding it
            for name, _, text in rows:
                if text in written:
                    holders[text].add(name)
            if len(holders) >= 2:
                c["multi_form"] += 1
                c["one_entity"] += len(set.union(*holders.values())) == 1
    return c


def main() -> None:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()
    peers = [("copydesk (SGJP's names, morfeusz2)", copydesk_found),
             (f"peer: spaCy English ({DEFAULT_MODEL})",
              lambda arts: spacy_found(DEFAULT_MODEL, arts)),
             (f"peer: spaCy French ({LANGUAGE_MODELS['fr']})",
              lambda arts: spacy_found(LANGUAGE_MODELS["fr"], arts))]
    for name in ("tuned", "held_out"):
        articles, gold = load(name)
        print(f"\n== {name}: {len(articles)} articles, {sum(map(len, gold.values()))} gold "
              f"entities" + (" (the rules were checked against these)" if name == "tuned"
                             else " (held out)"))
        print(f"{'method':48} {'precision':>9} {'recall':>7} {'nominative':>10} {'one entity':>10}")
        for method, took, found in entities_languages.run_peers(peers, articles):
            c = score(found, gold)
            nominative = f"{c['nominative'] / c['right']:.2f}" if method.startswith(
                "copydesk") and c["right"] else "-"
            print(f"{method + f' {took:.1f} s':48} {c['right'] / max(1, c['found']):9.2f} "
                  f"{c['recalled'] / max(1, c['gold']):7.2f} {nominative:>10} "
                  f"{c['one_entity'] / max(1, c['multi_form']):10.2f}"
                  f"  ({c['one_entity']}/{c['multi_form']})")


if __name__ == "__main__":
    main()
