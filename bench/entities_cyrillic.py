"""Names and quote speakers in Russian and Ukrainian articles, and the same people and
places merged across scripts with English reports of the same events.

    PYTHONPATH=src python bench/entities_cyrillic.py [--misses]

Data (``tests/data/cyrillic/``, invented articles written for copydesk before any
Russian or Ukrainian rule): 6 Russian, 6 Ukrainian and 4 English articles (the English
ones report four of the same events), 117 gold entities and 25 gold quotes; ``merges``
lists names that are one person or place across articles and scripts (Дмитрий Кулеба,
Dmytro Kuleba; Харьков, Харків, Kharkiv), ``apart`` names that must stay apart though
their spellings are close (Мария Захарова and Илья Захаров; Дмитрий and Олексій Кулеба).

Beside copydesk's figures: natasha alone, its NER spans as it gives them (the peer a
user would try first; its Russian model is the one copydesk runs).

Scores, on the Russian and Ukrainian articles (and the English ones for comparison):

- **entities**: per article, the distinct (name as written, type) pairs of the entities
  whose mentions are in it; a pair is right when a gold entity of that type is the same
  name or a shorter or longer form of it, words compared loosely for case endings
  ("Блинкеном" for "Энтони Блинкен"); precision over found pairs, recall over gold;
- **merges**: pairs of gold mentions in one ``merges`` group that land in one entity,
  over all such pairs; **wrong merges**: ``apart`` pairs that land in one entity;
- **speakers**: gold quotes whose copydesk quote has a speaker naming the gold speaker
  (loosely), over the gold quotes.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
from collections import Counter
from datetime import datetime
from pathlib import Path

from copydesk.extract.nlp import load_language_taggers, load_tagger
from copydesk.extract.pipeline import ExtractResult, extract_batch
from copydesk.records import Article, content_id

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "cyrillic"
GROUPS = ("ru", "uk", "en")


def load() -> tuple[list[Article], dict]:
    articles = []
    for line in (DATA / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        articles.append(Article(
            id=content_id(row["maintext"]), source="cyrillic.jsonl", text=row["maintext"],
            url=row["url"], site=row["source_domain"], title=row["title"],
            language=row["language"], published=datetime.fromisoformat(row["date_publish"])))
    return articles, json.loads((DATA / "gold.json").read_text(encoding="utf-8"))


def _words(name: str) -> list[str]:
    return re.findall(r"\w+", name.lower().replace("ё", "е"))


def _same_word(a: str, b: str) -> bool:
    """One word, its case ending aside: "блинкеном" and "блинкен", "харківській" and
    "харківська" (a common start of all but the last three letters of the shorter)."""
    short, long = sorted((a, b), key=len)
    if a == b:
        return True
    stem = max(3, len(short) - 3) if not short.isascii() else len(short)
    return len(short) >= 4 and long[:stem] == short[:stem] and len(long) - len(short) <= 3


def same_name(found: str, gold: str) -> bool:
    """The same name, or a shorter or longer form of it."""
    f, g = _words(found), _words(gold)
    if not f or not g:
        return False
    return all(any(_same_word(x, y) for y in g) for x in f) or \
        all(any(_same_word(x, y) for y in f) for x in g)


def score(result: ExtractResult, articles: list[Article], gold: dict,
          misses: bool = False) -> dict[str, Counter[str]]:
    url = {a.id: a.url or "" for a in articles}
    lang = {a.url or "": a.language or "" for a in articles}
    found: dict[str, set[tuple[str, str]]] = {u: set() for u in lang}
    where: dict[str, list[tuple[str, str]]] = {u: [] for u in lang}  # url → (text, entity id)
    for e in result.entities:
        for m in e.mentions:
            found[url[m.article_id]].add((m.text, e.type))
            where[url[m.article_id]].append((m.text, e.id))
    counts = {g: Counter() for g in GROUPS}
    for u in gold["articles"]:
        where[u].sort()
    for u, g in gold["articles"].items():
        c = counts[lang[u]]
        ents = g["entities"]
        pairs = found[u]
        ok = [p for p in pairs if any(same_name(p[0], x["name"]) and p[1] == x["type"]
                                      for x in ents)]
        got = [x for x in ents if any(same_name(p[0], x["name"]) and p[1] == x["type"]
                                      for p in pairs)]
        c.update(found=len(pairs), right=len(ok), gold=len(ents), recalled=len(got))
        if misses:
            for p in sorted(set(pairs) - set(ok)):
                print(f"  wrong  {u.rsplit('/', 1)[1]}: {p}")
            for x in ents:
                if x not in got:
                    print(f"  missed {u.rsplit('/', 1)[1]}: {x['name']} ({x['type']})")
        quotes = [q for q in result.quotes if url[q.article_id] == u]
        for gq in g["quotes"]:
            c["quotes"] += 1
            q = next((q for q in quotes if gq["text"] in q.text), None)
            # the speaker's entity is named in the article as the gold speaker is (its
            # name may be another article's spelling, in another script)
            right = q is not None and q.speaker is not None and (
                same_name(q.speaker, gq["speaker"]) or any(
                    eid == q.speaker_entity_id and same_name(text, gq["speaker"])
                    for text, eid in where[u]))
            c["speakers"] += right
            if misses and not right:
                print(f"  speaker {u.rsplit('/', 1)[1]}: {gq['text']!r} → "
                      f"{q.speaker if q else 'no quote'} (gold {gq['speaker']})")

    def entity_of(ref: str) -> str | None:
        tail, name = ref.split("|")
        u = next(x for x in lang if x.endswith(tail))
        ids = {eid for text, eid in where[u] if same_name(text, name)}
        return ids.pop() if len(ids) == 1 else None

    total = counts["all"] = Counter()
    for group in gold["merges"]:
        for a, b in itertools.combinations(group, 2):
            ea, eb = entity_of(a), entity_of(b)
            total["merge_pairs"] += 1
            total["merged"] += ea is not None and ea == eb
            if misses and not (ea is not None and ea == eb):
                print(f"  not merged: {a} / {b}")
    for a, b in gold["apart"]:
        ea, eb = entity_of(a), entity_of(b)
        total["apart_pairs"] += 1
        total["wrongly_merged"] += ea is not None and ea == eb
        if misses and ea is not None and ea == eb:
            print(f"  wrongly merged: {a} / {b}")
    return counts


#: natasha's span types as copydesk's entity types.
NATASHA_TYPES = {"PER": "person", "ORG": "organisation", "LOC": "place"}


def natasha_alone(articles: list[Article], gold: dict) -> dict[str, tuple[float, float]]:
    """The peer a user would try first: natasha's own NER spans, as it gives them (no
    mending for Ukrainian, no nominative, no merging across articles), scored like
    copydesk's entities: language → (precision, recall)."""
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    counts = {g: Counter() for g in GROUPS[:2]}
    for a in articles:
        if a.language not in counts or (a.url or "") not in gold["articles"]:
            continue
        doc = Doc(a.text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        pairs = {(s.text, NATASHA_TYPES.get(s.type, "")) for s in doc.spans}
        ents = gold["articles"][a.url or ""]["entities"]
        counts[a.language].update(
            found=len(pairs),
            right=sum(any(same_name(p[0], x["name"]) and p[1] == x["type"] for x in ents)
                      for p in pairs),
            gold=len(ents),
            recalled=sum(any(same_name(p[0], x["name"]) and p[1] == x["type"] for p in pairs)
                         for x in ents))
    return {g: (c["right"] / c["found"] if c["found"] else 0.0,
                c["recalled"] / c["gold"] if c["gold"] else 0.0) for g, c in counts.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true", help="list what was missed")
    args = parser.parse_args()
    articles, gold = load()
    result = extract_batch(articles, load_tagger(), others=load_language_taggers())
    counts = score(result, articles, gold, args.misses)
    print(f"taggers: {result.tagger}; "
          + ", ".join(f"{k}: {v.name}" for k, v in sorted(load_language_taggers().items())
                      if k in GROUPS))
    peer = natasha_alone(articles, gold)
    print(f"{'':4} {'precision':>9} {'recall':>7} {'speakers':>9}   natasha alone: P / R")
    for g in GROUPS:
        c = counts[g]
        p = c["right"] / c["found"] if c["found"] else 0.0
        r = c["recalled"] / c["gold"] if c["gold"] else 0.0
        alone = f"   {peer[g][0]:.2f} / {peer[g][1]:.2f}" if g in peer else ""
        print(f"{g:4} {p:9.2f} {r:7.2f} {c['speakers']:>5}/{c['quotes']:<3}{alone}")
    t = counts["all"]
    print(f"cross-article merges: {t['merged']}/{t['merge_pairs']} pairs; "
          f"wrong merges: {t['wrongly_merged']}/{t['apart_pairs']}")


if __name__ == "__main__":
    main()
