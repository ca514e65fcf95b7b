"""The same quotation across articles: copied, spun, cut or translated.

Two quotes in different articles are linked when their words agree enough for
what else is known about them:

* near-verbatim (token-set ratio ≥ ``verbatim_ratio``): any two articles; a
  fragment of a longer quote counts when it has at least ``min_fragment_words``;
* spun or translated (character ratio ≥ ``related_ratio``): when the articles
  share a reuse relation (the reuse stage saw one copy the other), or the
  quotes have the same speaker entity, or the same skeleton of names and
  numbers; never when both have speakers and the speakers differ.

* translated: quotes of two articles the reuse stage found to be translations
  of each other are paired in order (same number of quotes, similar lengths,
  no contradicting numbers), since their words cannot be compared.

Links are closed transitively (an original, its spun copy and the copy's
translation are one quote), but only across articles.

Candidate pairs come from an inverted index over content words, names and
speakers, so the cost follows the number of plausible pairs, not the square of
the number of quotes.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from copydesk.clean.language import detect_language
from copydesk.records import Quote
from copydesk.unionfind import UnionFind

_TOKEN = re.compile(r"[^\W_]+")
_NAME_OR_NUMBER = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+\b|\b\d[\d.,]*\b")
_STOP = frozenset({
    "that", "this", "with", "have", "will", "from", "they", "their", "there", "were", "been",
    "what", "which", "would", "could", "should", "about", "into", "than", "them", "these",
    "those", "also", "only", "very", "more", "most", "other", "some", "such", "when", "where",
})


@dataclass(frozen=True, slots=True)
class LinkOptions:
    """Thresholds of quote linking (rapidfuzz scores, 0–100, on lower-cased words).

    Measured on our own fixture quotes (tests/extract/test_quotes_links.py): a
    synonym-spun copy of a 25-word quote has a character ratio of 63 to its
    original, a loose translation 74; another quote of the same speaker on the
    same subject 49, an unrelated one 45. The token-set ratio, which is 100 for
    a verbatim fragment, is too generous for paraphrases (57 for that other quote
    of the same speaker), so it is only used for near-verbatim links.
    """

    #: Token-set ratio from which two quotes are one, in any two articles
    #: (a verbatim copy, or a fragment of at least ``min_fragment_words`` words).
    verbatim_ratio: float = 85.0
    #: Character ratio from which a spun or translated quote is linked, when the
    #: two articles share a reuse relation, a speaker entity, or a skeleton of
    #: names and numbers: between the 49 and 63 measured above.
    related_ratio: float = 56.0
    #: With only the speaker in common (no reuse relation, no skeleton of names and
    #: numbers), two quotes are one when this share of the content words of the one
    #: with more is in the other too ("We will not back down" / "We are not going to
    #: back down": 2 of 3; two different quotes ending "a fair contract": 2 of 6).
    same_speaker_shared: float = 0.5
    min_fragment_words: int = 5
    #: Words in more quotes than this are not used to find candidate pairs.
    max_posting: int = 300
    #: Longest/shortest length ratio of two quotes paired across a translation
    #: (French runs ~20% longer than English; 2 leaves room for looser versions).
    max_translation_length_ratio: float = 2.0
    #: Most ids in one quote's ``linked_quote_ids``: those of its group with the
    #: smallest ids. A quote repeated in n articles would otherwise store n² ids
    #: (14,000 quotes of one stock phrase took gigabytes at 10,000 generated
    #: articles); the kept ids still connect the whole group (every member links
    #: the group's first ones), so ``facts.claims.quote_groups`` recovers it.
    max_links: int = 50


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def skeleton(text: str) -> frozenset[str]:
    """Names and numbers of a quote: what spinning and translation leave intact."""
    return frozenset(m.group(0).lower().replace(",", "") for m in _NAME_OR_NUMBER.finditer(text))


def link_quotes(
    quotes: Sequence[Quote],
    related: Iterable[tuple[str, str]] = (),
    options: LinkOptions | None = None,
    translated: Iterable[tuple[str, str]] = (),
) -> list[Quote]:
    """The quotes with ``linked_quote_ids`` set, sorted by id.

    ``related`` holds pairs of article ids that share a reuse relation;
    ``translated`` the pairs the reuse stage found to be translations, whose
    quotes are paired in order (see :func:`_translation_pairs`).
    """
    options = options or LinkOptions()
    ordered = sorted(quotes, key=lambda q: q.id)
    pairs = {frozenset(p) for p in related}
    tokens = [_tokens(q.text) for q in ordered]
    norm = [" ".join(t) for t in tokens]
    skel = [skeleton(q.text) for q in ordered]
    postings: dict[str, list[int]] = defaultdict(list)
    keys: list[list[str]] = []
    for i, (q, toks) in enumerate(zip(ordered, tokens, strict=True)):
        mine = {t for t in toks if len(t) >= 4 and t not in _STOP}
        if q.speaker_entity_id:
            mine.add("\x00" + q.speaker_entity_id)
        keys.append(sorted(mine))
        for k in mine:
            postings[k].append(i)
    union = UnionFind(len(ordered))
    # The same words are one quote whatever the postings: a wire quote republished by
    # hundreds of sites has only words in more than ``max_posting`` quotes, and no pair
    # of its copies was ever compared (0 of 2,916 quotes linked at 1,500 articles of one
    # template, against all at 300).
    first_of: dict[str, int] = {}
    for i, text in enumerate(norm):
        if len(tokens[i]) >= options.min_fragment_words:
            union.join(i, first_of.setdefault(text, i))
    # Candidates quote by quote, so the pairs already compared are one quote's, not the
    # corpus's (a set of every compared pair grew past 100 MB at 13,000 quotes).
    for i in range(len(ordered)):
        later: set[int] = set()
        for k in keys[i]:
            posting = postings[k]
            if len(posting) <= options.max_posting:
                later.update(j for j in posting if j > i)
        for j in sorted(later):
            if ordered[i].article_id != ordered[j].article_id and _same_quote(
                i, j, ordered, tokens, norm, skel, pairs, options
            ):
                union.join(i, j)
    for i, j in _translation_pairs(ordered, translated, options):
        union.join(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ordered)):
        groups[union.find(i)].append(i)  # in id order, as ``ordered`` is
    out = []
    for i, q in enumerate(ordered):
        links: list[str] = []
        for j in groups[union.find(i)]:
            if ordered[j].article_id != q.article_id:
                links.append(ordered[j].id)
                if len(links) >= options.max_links:
                    break
        out.append(replace(q, linked_quote_ids=tuple(links)))
    return out


def _same_quote(
    i: int,
    j: int,
    quotes: Sequence[Quote],
    tokens: Sequence[list[str]],
    norm: Sequence[str],
    skel: Sequence[frozenset[str]],
    related: set[frozenset[str]],
    options: LinkOptions,
) -> bool:
    a, b = quotes[i], quotes[j]
    shorter = min(len(tokens[i]), len(tokens[j]))
    if shorter >= options.min_fragment_words and (
        fuzz.token_set_ratio(norm[i], norm[j]) >= options.verbatim_ratio
    ):
        return True
    ratio = fuzz.ratio(norm[i], norm[j])
    if ratio >= options.verbatim_ratio:
        return True
    if ratio < options.related_ratio or shorter < options.min_fragment_words:
        return False
    same_speaker = a.speaker_entity_id is not None and a.speaker_entity_id == b.speaker_entity_id
    other_speaker = (
        a.speaker_entity_id is not None and b.speaker_entity_id is not None and not same_speaker
    )
    if other_speaker:
        return False
    reused = frozenset((a.article_id, b.article_id)) in related
    same_skeleton = bool(skel[i]) and skel[i] == skel[j]
    if same_speaker and not (reused or same_skeleton):
        # The speaker alone is no sign that the words are one quote: a union leader's
        # "Our drivers have waited three years for a fair contract" and, days later,
        # "It is not everything we asked for, but it is a fair contract" (ratio 56)
        # were one quote, cited to articles that never carried the other (an
        # incremental-run probe). Two wordings of one quote share most of their words.
        return _shared_share(tokens[i], tokens[j]) >= options.same_speaker_shared
    return same_speaker or reused or same_skeleton


def _shared_share(a: Sequence[str], b: Sequence[str]) -> float:
    """Share of the content words (of four letters or more) of the quote with more of
    them that the other has too. (A fragment of a quote is linked as near-verbatim.)"""
    wa = {w for w in a if len(w) > 3 and w not in _STOP}
    wb = {w for w in b if len(w) > 3 and w not in _STOP}
    more = max(len(wa), len(wb))
    return len(wa & wb) / more if more else 0.0


def _translation_pairs(
    quotes: Sequence[Quote], translated: Iterable[tuple[str, str]], options: LinkOptions
) -> list[tuple[int, int]]:
    """Quotes of two articles that translate each other, paired in order.

    Words cannot be compared across languages, but a translation keeps the
    quotes and their order: when both articles hold the same number of quotes,
    the i-th of one is the i-th of the other, unless their lengths differ more
    than ``max_translation_length_ratio``, they carry different numbers or their
    speakers are known to differ. A machine-translation round trip is in one
    language: there the words are compared (``related_ratio``), not trusted to the
    order; two English reports typed a round trip had their different quotes, of two
    speakers, linked one to one, and a fact counted a quote's sources from both.
    """
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, q in enumerate(quotes):
        by_article[q.article_id].append(i)
    for ids in by_article.values():
        ids.sort(key=lambda i: quotes[i].start)
    pairs = []
    languages: dict[str, str | None] = {}  # an article is in many pairs: detect once

    def language(article: str) -> str | None:
        if article not in languages:
            languages[article] = _language(quotes, by_article[article])
        return languages[article]

    for a, b in sorted(set(translated)):
        qa, qb = by_article.get(a, []), by_article.get(b, [])
        if not qa or len(qa) != len(qb) or a == b:
            continue
        one_language = language(a) == language(b) is not None
        for i, j in zip(qa, qb, strict=True):
            la, lb = len(quotes[i].text), len(quotes[j].text)
            if max(la, lb) > options.max_translation_length_ratio * max(1, min(la, lb)):
                continue
            da, db = _digits(quotes[i].text), _digits(quotes[j].text)
            if da and db and da != db:
                continue
            sa, sb = quotes[i].speaker_entity_id, quotes[j].speaker_entity_id
            if sa is not None and sb is not None and sa != sb:
                continue
            if one_language and _ratio(quotes[i], quotes[j]) < options.related_ratio:
                continue
            pairs.append((i, j))
    return pairs


def _ratio(a: Quote, b: Quote) -> float:
    return float(fuzz.ratio(" ".join(_tokens(a.text)), " ".join(_tokens(b.text))))


def _language(quotes: Sequence[Quote], ids: Sequence[int]) -> str | None:
    """The language of one article's quotes, read together (None when too short)."""
    return detect_language(" ".join(quotes[i].text for i in ids))


def _digits(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\d+", text))
