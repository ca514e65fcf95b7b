"""What kind of reuse links two articles: duplicate, partial, spun or translated (a
retold copy, `rewritten`, is found apart: :mod:`copydesk.reuse.retold`).

The passages of the aligner are compared word by word (a Levenshtein alignment over
words, rapidfuzz) to measure how much of the reused text is identical and which words
were swapped one for one:

- **duplicate**: near-verbatim (``VERBATIM_EXACTNESS`` of the words identical) and the
  passages cover most of both articles (``DUPLICATE_COVERAGE``);
- **partial**: some passages reused, identical or lightly edited, the rest different
  (also when the aligner bridged the outlet's own paragraphs between copied ones, so
  that the pair looks rephrased throughout: see ``verbatim_runs``);
- **spun**: the passages keep their structure but words are swapped one for one, often
  (``SPUN_MIN_SUBSTITUTIONS``, ``SPUN_SUBSTITUTION_RATE``) — the substitutions are the
  evidence and are listed (Foreign → Overseas);
- **translated**: the two articles are in different languages, or the same language with
  the structure changed throughout as a machine-translation round trip leaves it.

Independent reports of one event share names, numbers and quotes but not sentences; to
keep them apart, a passage that is mostly quotation on both sides is not evidence
(every outlet quotes the minister), and reuse needs ``MIN_REUSE_CHARS`` of aligned text.
Reports of two events written from one template (automated bulletins, the generated
corpus) share sentences but swap their names: ``TEMPLATE_NAME_SWAPS`` such swaps and
the two are not related.

This module weighs the evidence and owns the thresholds of each kind; the measures it
weighs have their own modules: the word diff and its swaps (:mod:`.word_diff`), shared
quotes (:mod:`.shared_quotes`), changed figures (:mod:`.changed_figures`), verbatim
stretches (:mod:`.verbatim_runs`) and the reporter's own words (:mod:`.narration`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from copydesk.records import RelationType
from copydesk.reuse.alignment import Alignment
from copydesk.reuse.changed_figures import changed_figures
from copydesk.reuse.narration import (
    ROUND_TRIP_NARRATION_EXACTNESS,
    copied_narration,
    narration_exactness,
)
from copydesk.reuse.shared_quotes import drop_shared_quotes
from copydesk.reuse.text import fold
from copydesk.reuse.twins import in_sentence_order
from copydesk.reuse.verbatim_runs import VERBATIM_RUN_SHARE, verbatim_runs_in
from copydesk.reuse.word_diff import (
    UNSPACED_CHAR,
    diff_counts,
    diff_passages,
    name_swaps,
    respelling,
    swap_listing,
)

#: Share of identical words in the passages for a verbatim copy (duplicate or partial).
#: Chosen on the hand-written tests: exact copies score ~1.0, spun ones 0.6–0.8.
VERBATIM_EXACTNESS = 0.85
#: Share of each article the passages must cover for a duplicate (a verbatim copy whose
#: boilerplate differs still covers > 90%; a truncated copy covers < 80% of the original).
DUPLICATE_COVERAGE = 0.8
#: A spun text keeps its function words and most of its structure: at least this share of
#: its words stays identical (spun demo copies 0.57–0.66; unrelated text aligned by
#: accident ~0.1).
SPUN_MIN_EXACTNESS = 0.35
#: A spun text swaps at least this many words one for one ...
SPUN_MIN_SUBSTITUTIONS = 3
#: ... at least this share of the aligned words ...
SPUN_SUBSTITUTION_RATE = 0.04
#: ... and most of its changes are one-for-one swaps (a round-trip translation rebuilds
#: phrases instead, so its changes are mostly insertions and multi-word replacements).
SPUN_ONE_FOR_ONE = 0.5
#: A spin that covers less than this share of either article is a spun part of it, typed
#: "partial" (its swaps listed), as a verbatim part is: an aggregator reprinting three
#: wire stories whole was "spun" against a farm's spin of one of them, a spin is one
#: text with its original, and the three stories became one family and one story (a
#: content-farm probe: the aggregator covered 29-34 % of itself against each spin).
SPUN_MIN_COVERAGE = 0.5
#: How such a part's reason begins (its swaps still tell the direction: ``copy_direction``).
SPUN_PART = "partial: a spun part"
#: A pair whose sentences were moved is judged in sentence order (``twins.in_sentence_order``)
#: only to find a spin, and one whose pieces cover at least this share of both texts: a
#: spinner rewrites the whole article (a content-farm probe's spins with moved sentences
#: covered 85-100 %). Read in sentence order whatever it showed, 4,000 generated articles
#: gave 919 more relations, 881 of them between a wire story and an independent report
#: telling its facts in another order (708 round trips, 171 partial copies); with spins
#: only, two "spins" of that kind were left, covering 56-67 %.
MOVED_SPIN_COVERAGE = 0.8


def is_spin(kind: str, spun_part: bool) -> bool:
    """Whether a relation's (or a comparison's) copied words are a spinner's: a spin, or
    a spun part (a partial copy whose swaps are a spinner's, not an editor's few)."""
    return kind == "spun" or spun_part
#: Aligned characters (on the shorter side) below which two articles are not related ...
MIN_REUSE_CHARS = 200
#: ... unless the passages cover this share of both texts, in one language: a wire brief
#: of two sentences carried whole by four sites is four copies of one report (they were
#: counted as five independent sources of its figure). The texts must still hold
#: ``MIN_WHOLE_COPY_CHARS``: a line or two in common is no article.
WHOLE_COPY_COVERAGE = 0.95
MIN_WHOLE_COPY_CHARS = 100
#: ... and such a short copy must be word for word (this share of words identical, no
#: figure changed): a weather line or a market summary from one template with other
#: figures, a match report with another score, were "duplicates" (a regression probe).
SHORT_COPY_EXACTNESS = 0.98
#: An obfuscated (not verbatim) relation needs at least this many aligned sentence pairs.
MIN_OBFUSCATED_SEEDS = 3
#: Distinct names (or weekdays, or months) swapped for other names (not respellings:
#: Kiev/Kyiv share a key) from which two texts are one template filled in for two
#: events, not a copy: a spinner has no synonym for a name, and a copy keeps the names of
#: its event. On 10,000 generated articles, relations of this kind were most of those
#: between two different events
#: ("Tovania → Saravel, Nadja → Quin": a central-bank report of another country).
TEMPLATE_NAME_SWAPS = 3
#: ... or this many, with a figure changed as well.
TEMPLATE_NAMES_WITH_A_FIGURE = 2
#: Changed figures from which two texts are one template filled in with other data (a
#: port's daily bulletin, Monday's and Tuesday's), not a copy: at least this many, at
#: least this share of the figures, and a name, weekday or month swapped as well. A
#: wire copy that updates a short story's toll, injured and missing (3 of 5 figures)
#: keeps its day and its names, and is still a copy (its reason lists the figures).
TEMPLATE_FIGURES = 3
TEMPLATE_FIGURE_SHARE = 0.8
#: ... or, with no name swapped inside the aligned text, at least this many changed
#: figures, every figure changed, and a figure every ``TEMPLATE_WORDS_PER_FIGURE`` words
#: or more: a quake bulletin whose weekday lies before the aligned text, or a weather
#: report whose day is in its title only (a probe: both "duplicate", every figure
#: changed). A bulletin is mostly its figures; a wire update of a flood story that
#: changes its dead, injured, missing, homes and river level has paragraphs of prose
#: around them (a regression probe: 5 figures in about 250 words) and is still a copy.
TEMPLATE_FIGURES_ALONE = 4
TEMPLATE_WORDS_PER_FIGURE = 25
#: Changed figures named in a relation's reason.
MAX_FIGURES_SHOWN = 5
#: Coverage of both sides below which one swapped name (Harwick → Lennby) is enough to call
#: the shared text stock phrasing of two events ("Firefighters were called to a large fire
#: at … on Friday evening"): a copy keeps its event's names, and a spinner has no synonym
#: for them. Two fire reports sharing their first and last paragraphs covered 38 % / 40 %;
#: a cut-down copy covers most of itself, so one changed name there is kept.
STOCK_COVERAGE = 0.5
#: A round-trip translation covers at least this share of both texts ...
ROUND_TRIP_COVERAGE = 0.5
#: ... and keeps at least this share of words identical (an independent rewrite of the
#: same story aligned sentence by sentence keeps ~0.1 on the demo corpus).
ROUND_TRIP_MIN_EXACTNESS = 0.25
#: Above this share of identical words a rephrased copy is an edited (partial) copy, not a
#: translation round trip (demo: an edited partial copy keeps 0.81).
ROUND_TRIP_MAX_EXACTNESS = 0.7
#: A translation holds about as much text on each side (see ``_length_ratio``): between
#: languages written with spaces the demo's translations differ by 0.79–1.27 in
#: characters. An independent English report sharing a few names in order with a German
#: translation matched 244 of its 415 characters against 758 of 1,231 (3.1 and 3.0).
MAX_TRANSLATION_LENGTH_RATIO = 2.5  # 2.0 until the seventeenth session: a probe's
# Italian brief of a wire story, with the story's names and numbers in order, was 2.12
#: A machine-translation round trip keeps the length closer still (demo 0.84–1.1): two
#: reports of one site, days apart, were a "round trip" whose passages and texts differed
#: by 1.6.
MAX_ROUND_TRIP_LENGTH_RATIO = 1.5


@dataclass(frozen=True, slots=True)
class Comparison:
    """The measured reuse between two articles, before its direction is decided."""

    type: RelationType
    confidence: float
    reason: str
    passages: tuple[Alignment, ...]
    coverage: tuple[float, float]
    exactness: float
    #: (word in A, word in B) swapped one for one, in order of first appearance.
    substitutions: tuple[tuple[str, str], ...]
    seeds: int
    #: (figure in A, figure in B) put one for the other: a copy's updated toll. All of
    #: them; the reason lists the first ``MAX_FIGURES_SHOWN``.
    figures: tuple[tuple[str, str], ...] = ()
    #: What the reason says in words, for the relation's fields of the same names:
    #: a spun part (``SPUN_PART``), a round trip, a translation's two languages (sorted).
    spun_part: bool = False
    round_trip: bool = False
    languages: tuple[str, str] | None = None


def _across(a_language: str | None, b_language: str | None) -> tuple[str, str] | None:
    """A translation's two languages, sorted; None unless both are known and differ."""
    if a_language is None or b_language is None or a_language == b_language:
        return None
    return (a_language, b_language) if a_language < b_language else (b_language, a_language)


def _coverage(spans: Sequence[tuple[int, int]], text: str) -> float:
    size = len(text.strip()) or 1
    covered = 0
    last = -1
    for start, end in sorted(spans):
        start = max(start, last)
        if end > start:
            covered += end - start
            last = end
    return min(1.0, covered / size)


def _hull(passages: Sequence[Alignment], a_text: str, b_text: str) -> Alignment:
    """One passage from the first passage's start to the last one's end on each side,
    widened to whole sentences: exact passages stop short of a changed figure, which
    then lies between them or just outside."""
    a_start, a_end = _sentences_around(a_text, min(p.a_start for p in passages),
                                       max(p.a_end for p in passages))
    b_start, b_end = _sentences_around(b_text, min(p.b_start for p in passages),
                                       max(p.b_end for p in passages))
    return Alignment(a_start, a_end, b_start, b_end, 0.0, 0)


def _sentences_around(text: str, start: int, end: int) -> tuple[int, int]:
    before = max(text.rfind(mark, 0, start) for mark in ".!?\n")
    after = [i for i in (text.find(mark, end) for mark in ".!?\n") if i >= 0]
    return before + 1, (min(after) + 1 if after else len(text))


def _listing(figures: Sequence[tuple[str, str]]) -> str:
    shown = ", ".join(f"{x} → {y}" for x, y in figures[:MAX_FIGURES_SHOWN])
    extra = len(figures) - MAX_FIGURES_SHOWN
    return f"{shown} and {extra} more" if extra > 0 else shown


def _one_for_one(swapped: int, changed: int, passages: Sequence[Alignment], a_text: str,
                 b_text: str, language: str | None) -> bool:
    """Whether most changes are one-for-one swaps (``SPUN_ONE_FOR_ONE``), in the diff of
    either side against the other: among edits of equal cost the diff's choice depends on
    which side comes first, and a content-farm probe's heavy hand spin counted 91 swaps of
    176 changes one way and 88 of 177 the other, a spin or a round trip by the order of
    the pair. Near the line the other order is counted too."""
    if swapped / changed >= SPUN_ONE_FOR_ONE:
        return True
    if swapped / changed < SPUN_ONE_FOR_ONE - NEAR_ONE_FOR_ONE:
        return False
    mirrored = [Alignment(p.b_start, p.b_end, p.a_start, p.a_end, p.similarity, p.seeds)
                for p in passages]
    _eq, _ta, _tb, swapped_back, _swaps = diff_counts(diff_passages(mirrored, b_text, a_text),
                                                      language)
    return swapped_back / changed >= SPUN_ONE_FOR_ONE


#: How far under ``SPUN_ONE_FOR_ONE`` the share may be for the other order to be counted.
NEAR_ONE_FOR_ONE = 0.05


def _length_ratio(passages: Sequence[Alignment], a_text: str, b_text: str) -> float:
    """How many times more text one side holds than the other: the smaller of the ratio
    of the passages and that of the whole texts (1.0 when either text is Chinese or
    Japanese, whose characters are words). Either alone misjudges a real translation:
    the passages of one that adds a paragraph for its readers differ by 2.3 (the aligner
    did not reach the added text; the texts differ by 1.7), and the texts of an excerpt
    translated from a long article differ by far more than its passages."""
    if UNSPACED_CHAR.search(a_text) or UNSPACED_CHAR.search(b_text):
        return 1.0
    a = sum(p.a_end - p.a_start for p in passages)
    b = sum(p.b_end - p.b_start for p in passages)
    texts = max(len(a_text), len(b_text)) / max(1, min(len(a_text), len(b_text)))
    return min(max(a, b) / max(1, min(a, b)), texts)


def classify(
    passages: Sequence[Alignment],
    a_text: str,
    b_text: str,
    a_language: str | None,
    b_language: str | None,
    seeds: int,
    cross_language: bool = False,
    round_trip: bool = True,
) -> Comparison | None:
    """The kind of reuse the passages show, or None when they are not enough evidence.
    ``round_trip``: whether the pair may be a machine-translation round trip; not two
    articles of one site (an agency's follow-up, two days on, retells its background in
    other words: a "round trip" whose dates were then read against the first report's
    day, a week before the budget was presented; an incremental-run probe)."""
    languages = (a_language, b_language)
    if not cross_language:
        kept = drop_shared_quotes(passages, a_text, b_text)
        ordered = in_sentence_order(kept, a_text, b_text, a_language)
        if len(ordered) > len(kept):
            # Sentences moved, each piece diffed against its twins: a spin of the whole
            # text, or nothing new (see ``MOVED_SPIN_COVERAGE``).
            spin = _classify(ordered, a_text, b_text, languages, seeds, cross_language=False,
                             split_runs=True, round_trip=round_trip, quotes_dropped=True)
            if spin is not None and spin.type == "spun" \
                    and min(spin.coverage) >= MOVED_SPIN_COVERAGE:
                return spin
        if any(p.moved for p in passages):
            # A chain through moved sentences stands for a spin only: the pair is judged
            # again on what the aligner found without it (4,000 generated articles: 2
            # independent reports telling a wire story's facts in another order were
            # round trips of it, at 32 % identical words; two partial copies of one wire
            # that added the same stock sentences in another order, a copied paragraph
            # between them, were judged on the whole texts).
            return None
    return _classify(passages, a_text, b_text, languages, seeds,
                     cross_language=cross_language, split_runs=True, round_trip=round_trip)


def _classify(
    passages: Sequence[Alignment],
    a_text: str,
    b_text: str,
    languages: tuple[str | None, str | None],
    seeds: int,
    *,
    cross_language: bool,
    split_runs: bool,
    round_trip: bool = True,
    quotes_dropped: bool = False,
) -> Comparison | None:
    """``classify``; ``split_runs``: a pair that looks like a round trip but whose
    identical words are mostly whole copied stretches is judged on those stretches
    alone (once: the stretches are not split again). ``quotes_dropped``: the passages
    are pieces of passages that were not shared quotes (a spun quote cut out of its
    passage with its twin is not a quote both sides carry)."""
    a_language, b_language = languages
    if not quotes_dropped:
        passages = drop_shared_quotes(passages, a_text, b_text)
    if not passages:
        return None
    aligned = min(
        sum(p.a_end - p.a_start for p in passages), sum(p.b_end - p.b_start for p in passages)
    )
    cov = (
        _coverage([(p.a_start, p.a_end) for p in passages], a_text),
        _coverage([(p.b_start, p.b_end) for p in passages], b_text),
    )
    whole_copy = (not cross_language and min(cov) >= WHOLE_COPY_COVERAGE
                  and aligned >= MIN_WHOLE_COPY_CHARS)
    if aligned < MIN_REUSE_CHARS and not whole_copy:
        return None
    where = f"{len(passages)} passage(s), {aligned} chars, covering {cov[0]:.0%} / {cov[1]:.0%}"
    if cross_language:
        if seeds < MIN_OBFUSCATED_SEEDS:
            return None
        if _length_ratio(passages, a_text, b_text) > MAX_TRANSLATION_LENGTH_RATIO:
            return None  # names in the same order, far more text on one side: not one text
        conf = round(min(1.0, 0.4 + 0.5 * min(cov)), 3)
        return Comparison(
            "translated", conf,
            f"translated ({a_language or '?'} ↔ {b_language or '?'}): {seeds} sentence pairs "
            f"share names and numbers in order; {where}",
            tuple(passages), cov, 0.0, (), seeds, languages=_across(a_language, b_language),
        )  # fmt: skip
    diffs = diff_passages(passages, a_text, b_text)
    equal, total_a, total_b, swapped, swaps = diff_counts(diffs, a_language)
    exactness = equal / max(1, total_a, total_b)
    changed = max(1, max(total_a, total_b) - equal)
    unique_swaps = tuple(dict.fromkeys((x, y) for x, y in swaps
                                       if fold(x) != fold(y) and not respelling(x, y)))
    names_swapped = name_swaps(unique_swaps, a_language, b_language)
    if names_swapped >= TEMPLATE_NAME_SWAPS or (names_swapped and max(cov) < STOCK_COVERAGE):
        return None  # one template, two events; or a few stock sentences with another place
    hull = _hull(passages, a_text, b_text)
    figures, numbers = changed_figures(a_text[hull.a_start : hull.a_end],
                                       b_text[hull.b_start : hull.b_end])
    hull_words = len(a_text[hull.a_start : hull.a_end].split())
    if (names_swapped and len(figures) >= TEMPLATE_FIGURES
            and len(figures) >= TEMPLATE_FIGURE_SHARE * numbers) or (
            len(figures) >= TEMPLATE_FIGURES_ALONE and len(figures) >= numbers
            and len(figures) * TEMPLATE_WORDS_PER_FIGURE >= hull_words):
        return None  # one template filled in with another day's date and figures
    if any(p.chained for p in passages) and (names_swapped or figures):
        return None  # a chain of like sentences about another place or other figures
    if names_swapped >= TEMPLATE_NAMES_WITH_A_FIGURE and figures:
        # two names swapped and a figure changed: "crash at Varlun Logistics … 20 hurt" and
        # "crash at Fasvar Energy … 32 hurt" (an OSINT probe's generated news: 23 relations
        # between different events, typed spun or round trips); a spinner keeps both
        return None
    if aligned < MIN_REUSE_CHARS and (figures or exactness < SHORT_COPY_EXACTNESS):
        return None  # a short text is a copy only word for word (see WHOLE_COPY_COVERAGE)
    if figures:
        where = f"{where}; figures changed: {_listing(figures)}"
    rate = len(swaps) / max(1, total_a)
    # A light spin (a spinner at 30 % of eligible words changes ~10 % of all words) is
    # still near-verbatim; its systematic one-for-one swaps, not its exactness, name it.
    looks_spun = (
        seeds >= MIN_OBFUSCATED_SEEDS
        and len(unique_swaps) >= SPUN_MIN_SUBSTITUTIONS
        and exactness >= SPUN_MIN_EXACTNESS
        and rate >= SPUN_SUBSTITUTION_RATE
        and _one_for_one(swapped, changed, passages, a_text, b_text, a_language)
    )
    if exactness >= VERBATIM_EXACTNESS and not looks_spun:
        duplicate = min(cov) >= DUPLICATE_COVERAGE
        kind: RelationType = "duplicate" if duplicate else "partial"
        conf = 0.5 + 0.5 * exactness * (min(cov) if duplicate else min(1.0, aligned / 1000))
        text = f"{kind}: {exactness:.0%} of the reused words identical; {where}"
        # Swaps too few or too rare for a spin are still shown as swaps (a probe's light
        # spin, 13 swaps over 333 words, read "0 swaps, 19 other changes" in its diff).
        listed = unique_swaps if len(unique_swaps) >= SPUN_MIN_SUBSTITUTIONS else ()
        if listed:
            text = (f"{kind}: {exactness:.0%} of the reused words identical, "
                    f"{len(listed)} swapped one for one ({swap_listing(listed)}); {where}")
        return Comparison(kind, round(conf, 3), text, tuple(passages), cov, exactness, listed,
                          seeds, figures=tuple(figures))
    if seeds < MIN_OBFUSCATED_SEEDS:
        return None
    if looks_spun:
        shown = swap_listing(unique_swaps)
        conf = min(1.0, 0.5 + 0.05 * len(unique_swaps)) * min(1.0, 0.5 + min(cov))
        spun = min(cov) >= SPUN_MIN_COVERAGE
        kind, what = ("spun", "spun") if spun else ("partial", SPUN_PART)
        return Comparison(
            kind, round(conf, 3),
            f"{what}: {len(unique_swaps)} words swapped one for one ({shown}); "
            f"{exactness:.0%} identical; {where}",
            tuple(passages), cov, exactness, unique_swaps, seeds, figures=tuple(figures),
            spun_part=not spun,
        )  # fmt: skip
    if min(cov) >= ROUND_TRIP_COVERAGE and (
        ROUND_TRIP_MIN_EXACTNESS <= exactness <= ROUND_TRIP_MAX_EXACTNESS
    ):
        if split_runs:
            runs, in_runs = verbatim_runs_in(diffs, a_text, b_text)
            if in_runs >= VERBATIM_RUN_SHARE:  # copied paragraphs between the outlet's own
                return _classify(runs, a_text, b_text, languages, seeds,
                                 cross_language=False, split_runs=False, round_trip=round_trip)
        if _length_ratio(passages, a_text, b_text) > MAX_ROUND_TRIP_LENGTH_RATIO:
            return None  # rephrased throughout, but one side far longer: two reports
        if round_trip and not figures and (
                narration_exactness(diffs, a_text, b_text, a_language)
                >= ROUND_TRIP_NARRATION_EXACTNESS):
            # (a translation there and back keeps its figures: with one changed it is
            # another report, an OSINT probe's "round trips" of other events' bulletins)
            conf = 0.4 + 0.4 * min(cov)
            return Comparison(
                "translated", round(conf, 3),
                f"translated (machine-translation round trip, or a model's rewrite): same "
                f"sentences throughout, rephrased ({exactness:.0%} identical words, few "
                f"one-for-one swaps); {where}",
                tuple(passages), cov, exactness, unique_swaps, seeds, figures=tuple(figures),
                round_trip=True,
            )  # fmt: skip
        # Only quotes, names and attributions alike: two reports of one event, unless
        # the reporter's sentences were copied (an edited copy, below).
    if exactness < ROUND_TRIP_MIN_EXACTNESS:
        return None  # the same story told again in other words: not reuse
    if not copied_narration(diffs, a_text, b_text):
        return None  # only quotes and stock phrases in common: two reports, not a copy
    conf = (0.3 + 0.4 * min(1.0, aligned / 1000)) * max(0.5, exactness)
    return Comparison(
        "partial", round(conf, 3),
        f"partial: passages reused with edits ({exactness:.0%} identical words); {where}",
        tuple(passages), cov, exactness, unique_swaps, seeds, figures=tuple(figures),
    )  # fmt: skip
