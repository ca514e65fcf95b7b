"""The quotes section of a story page: each quotation once, under its speaker, with its cites.

Copies repeat, reword, translate and sometimes re-attribute a quote; the page
shows one entry per quotation with every article that carries it, under the
fullest name the articles give the speaker, and cites no copy that gives the
words to someone else.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Set
from dataclasses import dataclass

from copydesk.records import Quote
from copydesk.report.summary import Cited, CopiesOf, no_copies
from copydesk.report.text import SAME_EVENT, NearGroups, agrees, content_words, jaccard, says
from copydesk.unionfind import UnionFind

MAX_QUOTES_PER_SPEAKER = 8


@dataclass(frozen=True)
class QuoteGroup:
    """One speaker's quotations on a story page, each once with every article carrying it."""

    speaker: str
    quotes: tuple[Cited, ...]


def quote_groups(quotes: Iterable[Quote], numbers: dict[str, int],
                 copies_of: CopiesOf = no_copies, spun: Set[str] = frozenset(),
                 cite_only: Iterable[Quote] = ()) -> list[QuoteGroup]:
    """Quotes by speaker, each once with every article that carries it. Spun articles'
    quotes come last, so a quote a spinner reworded is shown as another article has it
    and the spun one is only cited. ``cite_only``: quotes (a translation's) that only add
    their article to the quote they are linked to, once every quote is placed."""
    by_speaker: dict[str, list[tuple[str, set[int], str, frozenset[str]]]] = defaultdict(list)
    near: dict[str, NearGroups] = {}
    quotes, cite_only = list(quotes), list(cite_only)
    fuller = _fuller_speakers(quotes)
    words_of = {q.id: content_words(q.text) for q in [*quotes, *cite_only]}
    said_in: dict[int, list[Quote]] = defaultdict(list)
    entry_of: dict[str, tuple[str, int]] = {}  # quote id → (speaker, entry) it is shown in
    # A copy that gives the words to someone else is not cited for them, whether its
    # quote is shown or only cited (a duplicate reading "…," Bondar said was cited under
    # Hnatyuk, and Bondar appeared nowhere).
    for q in [*quotes, *cite_only]:
        said_in[numbers.get(q.article_id, 0)].append(q)

    def place(q: Quote) -> None:
        speaker = fuller.get(q.id) or (q.speaker or "").strip() or "Unattributed"
        entries = by_speaker[speaker]
        words = words_of[q.id]
        cites = {numbers[q.article_id]} | {
            n for n in copies_of(q.article_id, q.start, q.end)
            if not _said_by_another(q, words, said_in[n], words_of)}
        linked = [entry_of[i] for i in q.linked_quote_ids
                  if i in entry_of and entry_of[i][0] == speaker]
        if linked:
            # The extract step linked it to a quote shown already (a translation, whose
            # words the overlap test cannot match): cite it there.
            entries[linked[0][1]][1].update(cites)
            entry_of[q.id] = linked[0]
            return
        found, new = near.setdefault(speaker, NearGroups(SAME_EVENT)).place(q.text, words)
        if new:
            entries.append((q.text, cites, q.article_id, words))
            entry_of[q.id] = (speaker, len(entries) - 1)
        elif (q.article_id in spun and agrees(words, entries[found][3])) \
                or says(words, entries[found][3]):
            entries[found][1].update(cites)  # a spun copy is cited for what it rewords
            entry_of[q.id] = (speaker, found)

    for q in sorted(quotes, key=lambda q: (q.article_id in spun,
                                           numbers.get(q.article_id, 0), q.start)):
        place(q)
    for q in cite_only:
        # The entry of its own speaker: a quote linked to the fire chief's words in the
        # source and to a copy that gave them to the mayor was cited under the mayor.
        shown = [entry_of[i] for i in q.linked_quote_ids if i in entry_of]
        own = set((q.speaker or "").lower().split())
        same = [e for e in shown if own and (own <= set(e[0].lower().split())
                                             or set(e[0].lower().split()) <= own)]
        if same or (shown and not own):
            speaker, at = (same or shown)[0]
            by_speaker[speaker][at][1].add(numbers[q.article_id])
        elif own:
            place(q)  # another speaker's: shown under that name, as the facts show it
    groups = [
        QuoteGroup(speaker, tuple(
            Cited(quotation_shown(text), tuple(sorted(cites)), aid)
            for text, cites, aid, _ in entries
        )[:MAX_QUOTES_PER_SPEAKER])
        for speaker, entries in by_speaker.items()
    ]
    groups.sort(key=lambda g: (g.speaker == "Unattributed", -sum(len(q.cites) for q in g.quotes),
                               g.speaker))
    return groups


def quotation_shown(text: str) -> str:
    """A quotation as the briefing shows it: without the comma that English puts inside
    the closing mark before "she said" ("Public office is a trust, not a marketplace,"
    read as a sentence cut short to a standards-desk probe)."""
    return text.rstrip().rstrip(",;")


def _said_by_another(
    quote: Quote, words: frozenset[str], there: list[Quote], words_of: dict[str, frozenset[str]]
) -> bool:
    """Whether an article that carries ``quote``'s words gives them to someone else: a
    copy that reads "Labour Minister Pavel Ostrov said" after the quote was cited for
    the words under another speaker's name."""
    own = set((quote.speaker or "").lower().split())
    if not own:
        return False
    for other in there:
        name = set((other.speaker or "").lower().split())
        if name and not (name <= own or own <= name) and (
                jaccard(words_of[other.id], words) >= SAME_EVENT):
            return True
    return False


def _fuller_speakers(quotes: list[Quote]) -> dict[str, str]:
    """Quote id → the fuller name its linked copies give the speaker, when its own is
    part of it ("Brandt" in one article, "Lucia Brandt" in another): one quote was listed
    under both, and "Brandt" read as a third person. An unattributed quote keeps none."""
    number = {q.id: n for n, q in enumerate(quotes)}
    groups = UnionFind(len(quotes))
    for q in quotes:
        for other in q.linked_quote_ids:
            if other in number:
                groups.join(number[q.id], number[other])
    names: dict[int, set[str]] = defaultdict(set)
    for q in quotes:
        if q.speaker and q.speaker.strip():
            names[groups.find(number[q.id])].add(q.speaker.strip())
    out = {}
    for q in quotes:
        own = (q.speaker or "").strip()
        if not own:
            continue
        words = set(own.lower().split())
        wider = [n for n in names[groups.find(number[q.id])] if words < set(n.lower().split())]
        if len(wider) == 1:  # two fuller names ("Karl Brandt", "Lucia Brandt"): unsure
            out[q.id] = wider[0]
    return out


__all__ = ["MAX_QUOTES_PER_SPEAKER", "QuoteGroup", "quotation_shown", "quote_groups"]
