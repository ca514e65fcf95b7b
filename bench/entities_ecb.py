"""Cross-document entity clustering on ECB+ (train + dev topics): B-cubed against gold chains.

    PYTHONPATH=src python bench/entities_ecb.py [--data ../shared/data/ecbplus/raw/ECB+]

What is scored. ECB+ annotates entity mentions (HUMAN_PART_*, LOC_*,
NON_HUMAN_PART*) with within- and cross-document coreference. We read each
document's tokens (one sentence per line, tokens joined by spaces; the URL that
ecbplus documents carry as sentence 0 is left out) and its gold entity mentions,
and give every mention to copydesk's canonicaliser as a tagged span whose label
is the gold coarse type (PER → PERSON, ORG → ORG, GPE/LOC → GPE, FAC → FAC,
anything else → ORG so it is clustered by name). The canonicaliser then types
by vote, attaches surnames, merges respellings and acronyms, per topic (a topic
holds two events of one kind: two earthquakes, two rehab stories). So this
measures the merging, on gold mentions, not NER.

Gold clusters: a mention's CROSS_DOC_COREF instance id; else its within-document
chain (INTRA_DOC_COREF); else it is a singleton.

The tokens are joined back into text ("Mr . LaRue" → "Mr. LaRue", "U . S ." →
"U.S."), as copydesk would see an article. Mention sets reported:
* ``named``: mentions holding a capitalised word that is not a pronoun or a
  sentence-initial function word ("Tara Reid", "Promises", "the LAPD") — what a
  name canonicaliser is for;
* ``named, in gold chains``: the same without gold singletons. ECB+ links
  coreference mainly around the two seminal events of a topic, so many
  mentions of one entity ("Microsoft" in 31 gold clusters) are gold singletons:
  this view scores the merging where the gold says who is who;
* ``all``: every entity mention, including pronouns and descriptions ("she",
  "the actress"), which copydesk leaves unresolved (each its own cluster).

With ``--ner``, the named mentions are also scored end to end: copydesk's own
tagger (spaCy, else the lexical fallback) and whole extract stage run per topic
on the text, and each gold mention takes the entity of the predicted mention
that overlaps it most (a gold mention no predicted mention overlaps is a
singleton, so missed names cost recall).

Baselines on the same mentions: exact match of the lower-cased head word (the
last token, or the token before "of"), and exact match of the whole lower-cased
mention, both within a topic.
"""

from __future__ import annotations

import argparse
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from copydesk.extract.article_mentions import candidates
from copydesk.extract.canonical import canonicalise
from copydesk.extract.lexical import _FUNCTION_WORDS
from copydesk.extract.mentions import Candidate
from copydesk.extract.nlp import Span, load_spacy, make_tagger
from copydesk.extract.pipeline import ExtractOptions, extract_batch
from copydesk.records import Article

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "ecbplus" / "raw" / "ECB+"

ENTITY_PREFIXES = ("HUMAN_PART", "LOC_", "NON_HUMAN_PART")
LABELS = {
    "HUMAN_PART_PER": "PERSON", "HUMAN_PART_ORG": "ORG", "HUMAN_PART_GPE": "GPE",
    "LOC_GEO": "GPE", "LOC_OTHER": "GPE", "LOC_FAC": "FAC", "HUMAN_PART_FAC": "FAC",
}
_NOT_NAMES = _FUNCTION_WORDS | frozenset({
    "I", "He", "She", "It", "We", "They", "You", "His", "Her", "Its", "Their", "Our", "My",
    "The", "A", "An", "This", "That", "These", "Those", "Who", "Which", "Him", "Them", "Me",
})


@dataclass(frozen=True)
class GoldMention:
    doc: str
    topic: str
    start: int
    end: int
    text: str
    tag: str
    cluster: str
    named: bool


def read_doc(path: Path) -> tuple[str, list[GoldMention]]:
    """The document text and its gold entity mentions with their gold cluster ids."""
    root = ET.parse(path).getroot()
    doc = path.stem
    topic = doc.split("_")[0]
    skip_first = doc.endswith("ecbplus")
    offsets: dict[str, tuple[int, int]] = {}  # t_id -> start, end
    lines: list[str] = []
    line: list[str] = []
    current = None
    pos = 0
    for tok in root.iter("token"):
        sent = int(tok.get("sentence", "0"))
        if skip_first and sent == 0:
            continue
        word = tok.text or ""
        if current is not None and sent != current:
            lines.append("".join(line))
            pos += 1  # newline
            line = []
        elif line and _spaced(line[-1], word):
            line.append(" ")
            pos += 1
        offsets[tok.get("t_id", "")] = (pos, pos + len(word))
        line.append(word)
        pos += len(word)
        current = sent
    lines.append("".join(line))
    text = "\n".join(lines)

    instance_of: dict[str, str] = {}
    markables = root.find("Markables")
    mentions_xml = []
    if markables is not None:
        for m in markables:
            anchors = [a.get("t_id", "") for a in m.findall("token_anchor")]
            if anchors:
                mentions_xml.append((m.tag, m.get("m_id", ""), anchors))
            elif m.get("instance_id"):
                instance_of[m.get("m_id", "")] = m.get("instance_id", "")
    cluster: dict[str, str] = {}
    relations = root.find("Relations")
    if relations is not None:
        for rel in relations:
            target = rel.find("target")
            tid = target.get("m_id", "") if target is not None else ""
            if rel.tag == "CROSS_DOC_COREF":
                chain = instance_of.get(tid) or rel.get("note", "") or f"{doc}:{tid}"
            else:
                chain = f"{doc}:intra:{tid}"
            for src in rel.findall("source"):
                cluster.setdefault(src.get("m_id", ""), chain)
            cluster.setdefault(tid, chain)
    out = []
    for tag, mid, anchors in mentions_xml:
        if not tag.startswith(ENTITY_PREFIXES):
            continue
        spans = [offsets[a] for a in anchors if a in offsets]
        if not spans:
            continue
        start, end = min(s[0] for s in spans), max(s[1] for s in spans)
        mtext = text[start:end]
        words = [text[s[0]:s[1]] for s in sorted(spans)]
        named = any(w[:1].isupper() and w not in _NOT_NAMES for w in words)
        out.append(GoldMention(doc, topic, start, end, mtext, tag,
                               cluster.get(mid, f"{doc}:single:{mid}"), named))
    return text, out


_NO_SPACE_BEFORE = frozenset({
    ".", ",", ":", ";", "!", "?", ")", "'s", "'", "n't", "'re", "'m", "'ll", "'ve", "'d", "''",
    "%",
})


def _spaced(previous: str, word: str) -> bool:
    """Whether detokenised text has a space between two tokens ("Mr ." → "Mr.", "U . S" → "U.S")."""
    if word in _NO_SPACE_BEFORE or previous in ("(", "``", "$"):
        return False
    return not (word == "." or (previous == "." and len(word) == 1 and word.isupper()))


def b_cubed(gold: list[str], predicted: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of two clusterings of the same items."""
    if not gold:
        return 0.0, 0.0, 0.0
    g_members: dict[str, set[int]] = defaultdict(set)
    p_members: dict[str, set[int]] = defaultdict(set)
    for i, (g, p) in enumerate(zip(gold, predicted, strict=True)):
        g_members[g].add(i)
        p_members[p].add(i)
    precision = recall = 0.0
    for g, p in zip(gold, predicted, strict=True):
        both = len(g_members[g] & p_members[p])
        precision += both / len(p_members[p])
        recall += both / len(g_members[g])
    n = len(gold)
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def head(text: str) -> str:
    words = text.lower().split(" ")
    if "of" in words[1:]:
        words = words[:words.index("of", 1)]
    return words[-1]


def copydesk_clusters(
    texts: dict[str, str], mentions: list[GoldMention]
) -> list[str]:
    """The canonical entity id of each gold mention (its own id when none)."""
    by_topic: dict[str, list[GoldMention]] = defaultdict(list)
    for m in mentions:
        by_topic[m.topic].append(m)
    assigned: dict[tuple[str, int, int], str] = {}
    for topic, group in sorted(by_topic.items()):
        cands: list[Candidate] = []
        origin: dict[tuple[str, int, int], list[GoldMention]] = defaultdict(list)
        per_doc: dict[str, list[GoldMention]] = defaultdict(list)
        for m in group:
            per_doc[m.doc].append(m)
        for doc, ms in sorted(per_doc.items()):
            for m in ms:
                label = LABELS.get(m.tag, "ORG")
                found = candidates(doc, texts[doc], [Span(m.start, m.end, m.text, label)])
                # candidates() also adds names the text marks by a role anywhere in the
                # document: only the gold mention's own count here
                for c in (c for c in found if c.start < m.end and m.start < c.end):
                    origin[(c.article_id, c.start, c.end)].append(m)
                    cands.append(c)
        for entity in canonicalise(cands):
            for men in entity.mentions:
                for m in origin.get((men.article_id, men.start, men.end), []):
                    assigned[(m.doc, m.start, m.end)] = f"{topic}:{entity.id}"
    return [assigned.get((m.doc, m.start, m.end), f"single:{m.doc}:{m.start}") for m in mentions]


def ner_clusters(texts: dict[str, str], mentions: list[GoldMention], nlp: Any) -> list[str]:
    """End to end: copydesk's own tagger and stage per topic, each gold mention
    aligned to the predicted mention that overlaps it most (a singleton if none)."""
    by_topic: dict[str, set[str]] = defaultdict(set)
    for doc in texts:
        by_topic[doc.split("_")[0]].add(doc)
    predicted: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    options = ExtractOptions(quantities=False, dates=False)
    tagger = make_tagger(nlp)
    for topic, docs in sorted(by_topic.items()):
        articles = [Article(id=d, source=d, text=texts[d], language="en") for d in sorted(docs)]
        for entity in extract_batch(articles, tagger, options).entities:
            for m in entity.mentions:
                predicted[m.article_id].append((m.start, m.end, f"{topic}:{entity.id}"))
    out = []
    for m in mentions:
        best, overlap = f"single:{m.doc}:{m.start}", 0
        for start, end, eid in predicted.get(m.doc, ()):
            shared = min(end, m.end) - max(start, m.start)
            if shared > overlap:
                best, overlap = eid, shared
        out.append(best)
    return out


def report(
    name: str, mentions: list[GoldMention], texts: dict[str, str], nlp: Any = None,
    ner: bool = False,
) -> None:
    gold = [m.cluster for m in mentions]
    began = time.perf_counter()
    ours = copydesk_clusters(texts, mentions)
    seconds = time.perf_counter() - began
    heads = [f"{m.topic}:{head(m.text)}" for m in mentions]
    exact = [f"{m.topic}:{m.text.lower()}" for m in mentions]
    singletons = [f"{i}" for i in range(len(mentions))]
    print(f"\n{name}: {len(mentions)} mentions, {len(set(gold))} gold clusters "
          f"({seconds:.1f} s for copydesk)")
    print(f"  {'method':<28} {'P':>6} {'R':>6} {'F1':>6}")
    rows = [("copydesk canonicaliser", ours), ("baseline: same head word", heads),
            ("baseline: same exact string", exact), ("all singletons", singletons)]
    if ner:
        began = time.perf_counter()
        rows.insert(1, ("copydesk NER + stage", ner_clusters(texts, mentions, nlp)))
        print(f"  (NER + stage: {time.perf_counter() - began:.0f} s, "
              f"tagger {make_tagger(nlp).name})")
    for label, pred in rows:
        p, r, f = b_cubed(gold, pred)
        print(f"  {label:<28} {p:6.3f} {r:6.3f} {f:6.3f}")


def load(
    data: Path, topics: Iterable[str] | None = None
) -> tuple[dict[str, str], list[GoldMention]]:
    """Texts and gold entity mentions of every document (of the given topics only)."""
    texts: dict[str, str] = {}
    mentions: list[GoldMention] = []
    wanted = set(topics) if topics is not None else None
    for path in sorted(data.glob("*/*.xml")):
        if wanted is not None and path.parent.name not in wanted:
            continue
        text, found = read_doc(path)
        texts[path.stem] = text
        mentions.extend(found)
    return texts, mentions


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--ner", action="store_true",
                        help="also run copydesk's tagger and whole stage (about a minute)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not args.data.is_dir():
        print(f"ECB+ is absent ({args.data}): nothing to measure", file=sys.stderr)
        return 0
    texts, mentions = load(args.data)
    tags = Counter(m.tag for m in mentions)
    print(f"ECB+ {len(texts)} documents, {len(mentions)} gold entity mentions; "
          f"tags: {dict(tags.most_common(6))}")
    nlp = load_spacy() if args.ner else None
    report("named mentions", [m for m in mentions if m.named], texts, nlp, args.ner)
    report("named PER/ORG/GPE/LOC/FAC mentions",
           [m for m in mentions if m.named and m.tag in LABELS], texts)
    chained = Counter(m.cluster for m in mentions)
    report("named mentions, in gold chains",
           [m for m in mentions if m.named and chained[m.cluster] > 1], texts)
    report("all entity mentions", mentions, texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
