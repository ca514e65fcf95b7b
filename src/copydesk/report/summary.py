"""The extractive summary: central sentences of a story, each citing every article that says it.

Centrality is counted over independent origins, not articles: a word weighs the
number of distinct origins (reuse families, or single articles) whose sentences
use it, so fifty copies of one wire report do not outvote two reporters who
went there. Sentences that are near-copies of one already chosen are skipped
and, instead, add their articles to its citations.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from copydesk.calendar_words import CALENDAR_WORDS
from copydesk.report.text import (
    content_words,
    holds_most,
    jaccard,
    same_claim,
    sentence_spans,
)

#: Sentences shown per story: a paragraph an analyst reads in half a minute.
MAX_SUMMARY_SENTENCES = 5
#: Jaccard of content words at or above which two sentences state the same thing.
#: Verbatim and lightly edited copies score 0.8-1.0; a spun sentence with three of
#: its twelve content words swapped scores ~0.6 (sample story); unrelated
#: sentences of one story stay under 0.3.
SAME_SENTENCE = 0.55
#: A candidate this close to a chosen sentence adds nothing new and is skipped.
REDUNDANT = 0.4
#: Shorter sentences are captions and credits, longer ones are run-on lists.
MIN_WORDS, MAX_WORDS = 6, 60
#: Opening sentences carry the news in wire style; they get this bonus.
LEAD_BONUS = 1.15


@dataclass(frozen=True)
class SourceText:
    """One article as the summary sees it: its text, citation number and origin."""

    article_id: str
    number: int
    origin: str
    text: str
    #: Flagged machine-spun (spin score over its threshold): its words count for what
    #: the story is about, but its sentences ("White Area press secretary") are shown
    #: only when no other article says anything worth showing.
    spun: bool = False


@dataclass(frozen=True)
class Cited:
    """A sentence (or quote, or event) and the citation numbers of the articles that carry it."""

    text: str
    cites: tuple[int, ...]
    article_id: str


#: Who else carries a span of an article: (article id, start, end) → citation numbers
#: of its copies whose aligned passages cover the span.
CopiesOf = Callable[[str, int, int], set[int]]


def no_copies(article_id: str, start: int, end: int) -> set[int]:
    return set()


@dataclass(frozen=True)
class _Sentence:
    doc: SourceText
    index: int
    text: str
    words: frozenset[str]
    n_words: int
    start: int
    end: int


#: A correction notice: "Correction: An earlier version of this article said 70 people
#: had been killed." Its next sentence ("The correct figure is seven.") belongs to it: a
#: briefing probe's summary showed the notice without it, the withdrawn figure alone.
_CORRECTION = re.compile(
    r"^\W*(?:correction|clarification)\b|\bearlier version of this (?:article|story|report"
    r"|piece|post)\b", re.IGNORECASE)


def split_sentences(doc: SourceText) -> list[_Sentence]:
    spans = list(sentence_spans(doc.text))
    joined: list[tuple[int, int]] = []
    k = 0
    while k < len(spans):
        start, end = spans[k]
        if _CORRECTION.search(doc.text[start:end]) and k + 1 < len(spans) \
                and "\n" not in doc.text[end : spans[k + 1][0]]:
            end = spans[k + 1][1]
            k += 1
        joined.append((start, end))
        k += 1
    out = []
    for i, (start, end) in enumerate(joined):
        text = doc.text[start:end]
        out.append(_Sentence(doc, i, text, content_words(text), len(text.split()), start, end))
    return out


def summarise(
    docs: Sequence[SourceText],
    keywords: Sequence[str] = (),
    limit: int = MAX_SUMMARY_SENTENCES,
    copies_of: CopiesOf = no_copies,
    disputed: Sequence[tuple[frozenset[str], frozenset[str]]] = (),
    withdrawn: Sequence[tuple[str, int, int]] = (),
) -> list[Cited]:
    """Up to ``limit`` central, mutually different sentences, in reading order, with citations.

    ``docs`` come in citation order (earliest first): ties go to the earlier article,
    so a sentence is shown as its first publisher wrote it, and never from a spun
    article while another has sentences to show. Copies that only repeat
    an article (duplicates, spins, translations) are best left out of ``docs`` and
    named by ``copies_of``: they are then cited where they carry a sentence, even
    when reworded past recognition. ``disputed``: quotations the story's articles give
    to different people, as (the quotation's content words, the name words of the
    speaker most sources give, empty when none leads): a sentence giving one to anyone
    else is not shown (a briefing probe's summary repeated a copy's misattribution).
    ``withdrawn``: (article id, start, end) of figures a correction withdrew; a sentence
    stating one is not shown, unless it is the correction itself (a briefing probe's
    summary opened on a toll of 70 that the story's own correction put at seven).
    """
    withdrawn_in: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for article_id, w_start, w_end in withdrawn:
        withdrawn_in[article_id].append((w_start, w_end))

    def states_withdrawn(s: _Sentence) -> bool:
        return not _CORRECTION.search(s.text) and any(
            w_start < s.end and s.start < w_end
            for w_start, w_end in withdrawn_in.get(s.doc.article_id, ()))

    sentences = [s for doc in docs for s in split_sentences(doc)]
    if not sentences:
        return []
    origins_of: dict[str, set[str]] = defaultdict(set)
    for s in sentences:
        for w in s.words:
            origins_of[w].add(s.doc.origin)
    n_origins = len({d.origin for d in docs})
    key_words = content_words(" ".join(keywords))

    def score(s: _Sentence) -> float:
        if not MIN_WORDS <= s.n_words <= MAX_WORDS or not s.words \
                or _misattributes(s, disputed) or states_withdrawn(s):
            return -1.0
        weight = float(sum(len(origins_of[w]) for w in s.words))
        weight += 0.5 * n_origins * len(s.words & key_words)
        bonus = LEAD_BONUS if s.index < 2 else 1.0
        if _LEANS_ON_CONTEXT.search(s.text):
            bonus *= CONTEXT_PENALTY
        return bonus * weight / (len(s.words) ** 0.5 + 1.0)

    scored = [(score(s), s) for s in sentences]
    readable = [(v, s) for v, s in scored if v > 0 and not s.doc.spun] or scored
    shown = [s for _v, s in readable]
    ranked = sorted(readable, key=lambda p: (-p[0], p[1].doc.number, p[1].index))
    chosen: list[_Sentence] = []
    for value, s in ranked:
        if value <= 0 or len(chosen) >= limit:
            break
        if any(jaccard(s.words, c.words) >= REDUNDANT for c in chosen):
            continue
        chosen.append(s)
    # Show each chosen sentence as its earliest publisher wrote it, not as a later
    # (possibly spun) copy happened to score; but as one that names its subject.
    chosen = [
        min(
            (o for o in shown if o is c or _same(o, c)),
            key=lambda o: (bool(_LEANS_ON_CONTEXT.search(o.text)), o.doc.number, o.index),
        )
        for c in chosen
    ]
    chosen.sort(key=lambda s: (s.doc.number, s.index))
    out = []
    for c in chosen:
        cites: set[int] = set()
        for o in sentences:
            if o is c or (_same(o, c) and _says_it(o, c)):
                cites.add(o.doc.number)
                cites |= copies_of(o.doc.article_id, o.start, o.end)
        out.append(Cited(text=c.text, cites=tuple(sorted(cites)), article_id=c.doc.article_id))
    return out


#: A sentence that names its subject only by a pronoun ("He told reporters in Tessan
#: that…", "“…,” she said."): out of its article a reader cannot tell who (a
#: standards-desk probe's briefing showed both). It is shown only when it is worth
#: twice another.
_LEANS_ON_CONTEXT = re.compile(
    r"^\W*(?:he|she|they|his|her|their|these|those)\b"
    r"|\b(?:he|she|they)\s+(?:said|says|added|told|wrote|warned|insisted)\W*$",
    re.IGNORECASE)
CONTEXT_PENALTY = 0.5


def _same(other: _Sentence, chosen: _Sentence) -> bool:
    """Whether ``other`` says what ``chosen`` says: most of its words, its numbers and
    its negation (``agrees``; "would negotiate" is not "would not negotiate"); or the
    same quotation, however each report attributes it (a regression probe's briefing
    showed one quote twice, '…," Zhou said at the signing' and '…," Helen Zhou told
    reporters after a contract signing')."""
    a, b = _quoted_words(other.text), _quoted_words(chosen.text)
    quoted = min(len(a), len(b)) >= MIN_QUOTED_WORDS
    na, nb = _names_outside(other.text), _names_outside(chosen.text)
    if quoted and na and nb and not (na <= nb or nb <= na):
        # Another's attribution of the words: a briefing probe's summary cited a copy
        # that gave the minister's words to a spokesman for "…," Elgrin said.
        return False
    if jaccard(other.words, chosen.words) >= SAME_SENTENCE and same_claim(
            other.words, chosen.words):
        return True
    if not (quoted and jaccard(a, b) >= SAME_QUOTE and same_claim(a, b)):
        return False
    # ... given to the same person: the names outside the quotation of one are among the
    # other's ("Zhou" and "Helen Zhou"), or a citation would back another's attribution.
    return bool(na and nb) and (na <= nb or nb <= na)


def _says_it(other: _Sentence, chosen: _Sentence) -> bool:
    """Whether ``other`` holds most of what ``chosen`` says, or its quotation: "accepted
    the resignation" was cited for "accepted the resignation and thanked Elgrin for his
    service" (a briefing probe). A quotation shared is enough (its attribution aside)."""
    if min(len(_quoted_words(other.text)), len(_quoted_words(chosen.text))) >= MIN_QUOTED_WORDS:
        return True
    return holds_most(other.words, chosen.words)


def _misattributes(s: _Sentence, disputed: Sequence[tuple[frozenset[str], frozenset[str]]]) -> bool:
    """Whether the sentence gives a disputed quotation to anyone but its leading speaker."""
    if not disputed:
        return False
    quoted = _quoted_words(s.text)
    if len(quoted) < MIN_DISPUTED_WORDS:
        return False
    names = _names_outside(s.text)
    return any(jaccard(quoted, words) >= SAME_QUOTE and not (speaker and names & speaker)
               for words, speaker in disputed)


#: Content words a quotation needs to stand for its sentence, and the Jaccard of two
#: quotations' words that makes them one.
MIN_QUOTED_WORDS = 6
SAME_QUOTE = 0.8
#: ... and a quotation the facts found given to two people, which is compared with the
#: disputed one itself: "Public office is a trust, not a marketplace" has four content
#: words, and a briefing probe's summary repeated its misattribution.
MIN_DISPUTED_WORDS = 3
_QUOTED = re.compile(r"[“\"«„]([^”\"»“]{20,})[”\"»“]")


def _quoted_words(text: str) -> frozenset[str]:
    return content_words(" ".join(_QUOTED.findall(text)))


def _names_outside(text: str) -> frozenset[str]:
    """The capitalised words of a sentence outside its quotations, its first aside."""
    rest = _QUOTED.sub(" ", text)
    words = re.findall(r"[^\W\d_][\w'’-]*", rest)
    if words and text.lstrip().startswith(words[0]):
        words = words[1:]  # the sentence's own first word, capitalised as such
    return frozenset(w.lower() for w in words
                     if w[:1].isupper() and w.lower() not in CALENDAR_WORDS)


__all__ = ["MAX_SUMMARY_SENTENCES", "Cited", "CopiesOf", "SourceText", "no_copies", "summarise"]
