"""What the aligner finds (:class:`Alignment`) and the thresholds that tune it
(:class:`AlignOptions`), apart from the aligner itself (:mod:`copydesk.reuse.align`) so
that its steps in other modules (sentence chains, passage ends) share them without
importing each other. Every threshold says how it was chosen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AlignOptions:
    """Thresholds of the aligner. Defaults tuned on PAN 2013 train (bench/pan.py)."""

    #: Seed when tf-isf cosine exceeds this (Sanchez-Perez et al. 2014: 0.33).
    seed_cosine: float = 0.33
    #: ... and the Dice coefficient of the two sentences' word sets exceeds this (0.33).
    seed_dice: float = 0.33
    #: A seed must reach this share of the best cosine of its sentence in A or in B; 0 keeps
    #: every seed, as the paper does. Off: 1.0 looked better on 80 pairs a type (random
    #: 0.886 against 0.879) but is worse on all 5,185 pairs (overall 0.807 against 0.812).
    seed_best_ratio: float = 0.0
    #: Sentence pairs above this cosine and Dice are seeds too when next to a seed (diagonal
    #: or adjacent), repeated ``weak_grow`` times. Off: on PAN train (80 pairs a type) 0.25
    #: raises random recall 0.86 → 0.87 but lowers precision 0.92 → 0.89 (plagdet 0.881
    #: against 0.886).
    weak_seed: float = 0.0
    weak_grow: int = 2
    #: Seeds more than this many sentences apart start a new passage (paper: 4).
    max_gap: int = 4
    #: A passage needs this cosine between its two whole stretches (paper: 0.34).
    validation: float = 0.34
    #: Passages shorter than this many characters on either side are dropped (paper: 150).
    min_passage_chars: int = 150
    #: Summary mode when the short side's passages are below this share of the long side's
    #: (PAN train, every 6th pair: 0.4 / 0.5 / 0.6 / 0.7 give overall 0.791 / 0.812 /
    #: 0.827 / 0.819; the paper's 0.33 is lower still). Kept at 0.5, the value measured on
    #: all 5,185 pairs (docs/reuse.md); 0.6 awaits a full run.
    summary_ratio: float = 0.5
    #: Gap on the long side of a summary (paper: 24; unbounded is better on PAN train, where
    #: the source of a summary is the whole document) and on the short side (paper: 3).
    summary_long_gap: int = 1000
    summary_short_gap: int = 3
    #: A summary passage spanning this share of the long text stands for all of it (PAN
    #: train, 80 pairs a type: 0.4 / 0.6 / off give summary 0.67 / 0.60 / 0.53 and random
    #: 0.861 / 0.879 / 0.881; 0.6 is the best balance).
    summary_whole: float = 0.6
    #: A sentence passage whose A side is at least this share exact words is narrowed to
    #: its exact passages (PAN train, 100 pairs a type: 0.3 and 0.45 tie on verbatim;
    #: 0.45 is better on translation).
    verbatim_share: float = 0.45
    #: Passages (and exact pieces) that follow each other closer than this (characters,
    #: both sides) are joined: what lies between is part of the reuse (PAN train, 80 pairs
    #: a type: 400 gives translation 0.882 against 0.867 with 200; others unchanged).
    verbatim_join_chars: int = 400
    #: Summary search (step 5b): a stretch of A whose seeds are this many or more, on at
    #: least this many sentences of B, may be a summary of B (0 turns the search off).
    summary_seeds: int = 3
    #: Seeds of the summary stretch are at most this many sentences apart in A.
    summary_stretch_gap: int = 2
    #: The B sentences those seeds reach span at least this many times the A stretch.
    summary_spread: float = 3.0
    #: A summary draws on all it summarises: the stretch is at least this share as similar
    #: to the whole B span as to the most similar B window of ``summary_window`` times its
    #: sentences; a copied passage is far more similar to its own window (PAN train, every
    #: pair but each 5th: 0.95 / 0.9 / 0.85 give overall 0.834 / 0.836 / 0.843).
    summary_focus: float = 0.85
    summary_window: int = 2
    #: ... and has at least this cosine with it (a stray stretch of A reaching over B by
    #: chance has ~0.25; true summaries 0.3–0.55).
    summary_validation: float = 0.3
    #: ... and is not a copy: a stretch of which one passage found by extension covers this
    #: share with at least ``summary_copy_sim`` cosine is that copy with stray seeds reaching
    #: over a short source (PAN train, tuning share: overall 0.857 → 0.859, random 0.853 →
    #: 0.856, translation 0.847 → 0.852, summary 0.724 → 0.723; cover 0.75 and cosine
    #: 0.55–0.7 give 0.858–0.859).
    summary_copy_cover: float = 0.9
    summary_copy_sim: float = 0.6
    #: When nothing is found, seeding is retried with this cosine and Dice (0: no retry)
    #: and passages need ``retry_validation``: heavily obfuscated copies have few
    #: sentence pairs above 0.33, and a pair that showed nothing is where to look harder
    #: (PAN train without every 5th pair: 0.25 / 0.2 / 0.15 with validation 0.34 / 0.45 /
    #: 0.45 give overall 0.849 / 0.851 / 0.843, against 0.843 with no retry).
    retry_seed: float = 0.2
    retry_validation: float = 0.45
    #: A validated passage (outside summary mode) moves each of its four ends by one
    #: sentence, in or out, while that raises its cosine, at most this many moves (0: off):
    #: a stray seed at an end stretches a passage over unreused sentences, and an unseeded
    #: but reused edge sentence is left out. PAN train, tuning share: overall 0.851 →
    #: 0.857, random 0.848 → 0.853, translation 0.840 → 0.847 (trimming alone 0.855,
    #: extending alone 0.854; 3 moves 0.856, 20 the same as 8).
    refine_moves: int = 8
    #: With the texts given (:func:`align` ``texts``), each side of a sentence passage is
    #: cut to its best-scoring run of words, +1 for a content word found on the other side
    #: and minus this for one that is not, the cut widened to the enclosing line or sentence
    #: (0: off). Sentences are coarse: a heading, list or table with no full stops is one
    #: long "sentence" of which a copy reuses a few lines. PAN train, tuning share: overall
    #: 0.859 → 0.862, random 0.856 → 0.862, translation 0.852 → 0.860, verbatim 0.973 →
    #: 0.976 (0.2 / 0.3 / 0.5 / 1.0: 0.862 / 0.863 / 0.863 / 0.857; cut at the word
    #: instead of the line or sentence, 0.3 / 0.5 / 1.0: 0.862 / 0.860 / 0.850).
    trim_penalty: float = 0.4
    #: Stray passages (:func:`drop_strays`). In a pair with verbatim passages, a sentence
    #: passage with at most ``stray_beside_exact`` seeds is dropped (0: off), and a
    #: sentence passage of one seed under ``stray_cosine`` is dropped when another passage
    #: of the pair is ``stray_ratio`` times longer in A (``stray_cosine`` 0: off). Beside a
    #: copy, a sentence or two of weak likeness elsewhere is shared boilerplate or topic
    #: ("Please cite this article as ..." templates, two infoboxes of one kind). PAN train
    #: (macro average), tuning share: overall 0.893 → 0.900, verbatim 0.970 → 0.988,
    #: translation 0.869 → 0.874, summary 0.724 → 0.730, random 0.866 either way; held-out
    #: fifth 0.896 → 0.901. Over all pairs it drops 84 of 3,886 detections, 67 of them
    #: wholly outside the cases. Seeds ≤ 1 / ≤ 2 / any beside a verbatim passage: overall
    #: 0.898 / 0.898 / 0.897 alone; cosine 0.5 / 0.7 and ratio 1 / 2 within 0.001.
    #: News reuse switches it off (``copydesk.reuse``): not measured there.
    stray_beside_exact: int = 2
    stray_cosine: float = 0.6
    stray_ratio: float = 1.5
    #: Widened edges (:func:`widen_edges`): each side of a sentence passage takes in a
    #: neighbouring sentence while at least this share of its words are words of the other
    #: side's passage (or of the sentences next to it) that the passage does not already
    #: hold, up to ``edge_steps`` sentences at each end (0: off). An edge sentence of an
    #: obfuscated copy often seeds nothing, but brings words the other side has and the
    #: passage lacks; a sentence of the host text or a source sentence next to the case
    #: brings none (random obfuscation, edge neighbours inside the case against outside:
    #: median share 0.33 against 0 in the suspicious text, 0.25 against 0 in the source).
    #: PAN train (macro), tuning share, with the two rules below: overall 0.9004 → 0.9159,
    #: random 0.866 → 0.890, translation 0.874 → 0.900 (held-out fifth: 0.901 → 0.919,
    #: random 0.859 → 0.889); without this rule 0.904 / 0.874. 0.1 / 0.15 / 0.2 / 0.3: overall
    #: 0.913 / 0.915 / 0.916 / 0.912; 0.15 and 0.25 for the two sides, 4 steps, two
    #: rounds, and at least 2 or 3 words within 0.001. The share of the words found on the
    #: other side at all (not only the missing ones) separates badly in the source, which
    #: shares its topic words all over: 0.4 / 0.5 gave overall 0.9028 / 0.9049 alone.
    #: News reuse switches it off (``copydesk.reuse``): not measured there.
    edge_share: float = 0.2
    edge_steps: int = 2
    edge_min_words: int = 2
    #: Copy, not summary (:func:`narrow_copy`, with the texts): a passage whose B side is
    #: ``summary_spread`` times its A side (summary mode or search) is a copy when one
    #: window of B of ``copy_window`` times the A side's characters holds ``copy_cover`` of
    #: the distinct A words found in the B side; its B side is then cut to the best run of
    #: words (as ``trim_penalty``, with ``copy_penalty``). Random obfuscation takes a
    #: copy in a short source for a summary of it (41 detections on the tuning share,
    #: precision 0.47); a window holds 0.43–0.86 of a true summary's words, 0.62–1.0 of
    #: such a copy's. Tuning share, alone: overall 0.9004 → 0.9025, random 0.866 →
    #: 0.869, summary unchanged (cover 0.8: summary 0.730 → 0.721; window 2.0 and cut to
    #: the window instead of the best run: 0.9017–0.9021; penalty 0.4: 0.9016).
    copy_window: float = 1.5
    copy_cover: float = 0.88
    copy_penalty: float = 1.0
    #: Short fallback: a pair where nothing is found even by the retry is aligned again
    #: keeping passages from this many characters (0: off) when they have
    #: ``short_seeds`` seeds and cosine ``short_sim``. Most random-obfuscation cases missed
    #: in such pairs (44 of 65 on the tuning share) had a validated passage of one or two
    #: sentences under 150 characters. Tuning share, alone: random 0.866 → 0.871, overall
    #: 0.9004 → 0.9016, 14 false detections on "none" against 11 (seeds 1 and cosine 0.6:
    #: 0.9013; seeds 2 any cosine: 0.9012, summary 0.730 → 0.724; grown to 150 characters
    #: by neighbouring sentences, or also beside passages found: no better). News reuse
    #: switches it off.
    short_passage_chars: int = 40
    short_seeds: int = 2
    short_sim: float = 0.45
    #: Narrowed source ends (:func:`narrow_source`, with the texts): the source side of a
    #: sentence passage (not exact, not a summary) drops its first or last line or sentence,
    #: up to ``source_edge_steps`` at each end, while under this share of its content words
    #: are words of the suspicious side that the rest of the source side lacks (0: off). The
    #: source around a case shares the topic words the passage holds already; a reused
    #: sentence brings words of its own (random obfuscation, the source side's edge
    #: sentences outside the case against inside: median share 0 against 0.5, 10th
    #: percentile inside 0.25). PAN train (macro), tuning share, alone: overall 0.9159 →
    #: 0.9207, random 0.890 → 0.897 (precision 0.930 → 0.952, recall 0.854 → 0.848),
    #: translation 0.900 → 0.910; held-out fifth 0.919 → 0.924, random 0.889 → 0.900.
    #: 0.05 / 0.07 / 0.1 / 0.13 / 0.15 / 0.2 (3 steps): random 0.896 / – / 0.896 / – /
    #: 0.894 / 0.892; 1 / 3 / 6 / 10 steps: 0.895 / 0.896 / 0.897 / 0.897. Tried and not
    #: kept: the suspicious side too, by the same test (random 0.896) or by the share of
    #: words found in the source side at all (< 0.3: +0.001, noise); the share found at
    #: all instead of the missing share (< 0.4: 0.890); also narrowing summaries' source
    #: sides unless they are the whole source (random +0.001, summary −0.003).
    source_edge_share: float = 0.1
    source_edge_steps: int = 10
    #: Refined ends (step 3) never take a passage under ``min_passage_chars`` when its
    #: seeds span at least that: dropping an end sentence raises the cosine of a short
    #: copy and then the filter threw the whole passage away (a random case of four seeds
    #: lost this way). Tuning share, with the two rules beside it: random 0.8986 →
    #: 0.9009, overall 0.9221 → 0.9228; held out random 0.906 → 0.908. (Keeping the
    #: unrefined passage instead when the refined one is short: 0.9004 / 0.9227.)
    refine_floor: bool = True
    #: Second pass (with :func:`narrow_source` mostly): seeds neither of whose sentences
    #: lie in a passage found are extended again and their passages added where they
    #: overlap nothing (then passages close on both sides are joined). A passage that took
    #: in a stray seed's far sentence won the overlap filter against a true passage there,
    #: and lost that stretch again when its ends were cut. Tuning share, after narrowed
    #: source ends: overall 0.9207 → 0.9233, random 0.897 → 0.899, translation 0.910 →
    #: 0.914; held out 0.924 → 0.930, random 0.900 → 0.906, verbatim 0.989 → 0.991 (with
    #: the join; without it granularity 1.004 and verbatim 0.988). Also keeping short
    #: passages in the second pass (``short_passage_chars``): random 0.896, worse.
    second_pass: bool = True
    #: Sentence chain (:func:`sentence_chain`; 0: off, as on PAN): a run of at least this
    #: many sentence pairs, in the same order on both sides (at most ``chain_step``
    #: sentences apart), each pair the best match of both its sentences with cosine over
    #: ``chain_floor``, spanning ``chain_share`` of the shorter text's sentences (of those
    #: that share anything with the other side), is one passage when the passages found
    #: cover under half of it. A spin that swaps nearly
    #: every content word ("Fourteen individuals were slain …" for "Fourteen people were
    #: killed …") leaves sentence cosines of 0.07–0.58: too low to seed, but each sentence
    #: still finds its own twin first. News reuse switches it on (``copydesk.reuse``).
    #: Set on a probe's 55 articles written to fool it (same-structure reports of one
    #: event, one outlet's templates, foreign reports sharing names in order, heavy spins,
    #: short translations): at 4 sentences, cosine 0.07 and a 90 % span it adds 4 true
    #: relations and no false one; at 5 / 0.1 / 75 % of the pairs it added 1 true and 2
    #: false (an abridged Russian report of a wire story).
    chain_sentences: int = 0
    chain_share: float = 0.9
    chain_floor: float = 0.07
    chain_step: int = 2
    #: In one language, a chain's sentences may stand up to this many places from their
    #: place in the other side's order (0: in order only), and each sentence's score adds
    #: its function-word likeness (:func:`copydesk.reuse.twins.twin_scores`). A spinner
    #: swaps two sentences in a few paragraphs (a standard option): a content-farm
    #: probe's heavy spins of two wire stories, with 3-4 such swaps, had a chain of 3 and
    #: of 6 sentences over a span short of 90 %, and no relation at all once the dateline
    #: both shared was removed; with 2 each chain holds all 10 sentences. News reuse sets
    #: it (``copydesk.reuse``); translations keep their chain in order.
    chain_moves: int = 0


@dataclass(frozen=True, slots=True)
class Alignment:
    """A passage of A ([a_start, a_end)) found again in B, with its support."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    similarity: float
    seeds: int
    #: First and last sentence index of the passage in A and in B.
    a_sentences: tuple[int, int] = (0, 0)
    b_sentences: tuple[int, int] = (0, 0)
    #: Found as a sentence chain (``AlignOptions.chain_sentences``), not by seeds: the
    #: classifier then wants every name and figure kept, as a spinner keeps them.
    chained: bool = False
    #: A chain through moved sentences (``AlignOptions.chain_moves``): it stands for a
    #: spin only (``classify``).
    moved: bool = False


#: Similarity of sentence range [i0, i1] of A and [j0, j1] of B (validates a passage).
Similarity = Callable[[tuple[int, int], tuple[int, int]], float]


def overlaps_a(x: Alignment, y: Alignment) -> bool:
    """Overlap in A only: two passages of A may come from one stretch of B (a copy that
    repeats a paragraph), but a stretch of A has one source."""
    return x.a_start < y.a_end and y.a_start < x.a_end


def overlaps(x: Alignment, y: Alignment) -> bool:
    return (x.a_start < y.a_end and y.a_start < x.a_end) or (
        x.b_start < y.b_end and y.b_start < x.b_end
    )
