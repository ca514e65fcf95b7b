"""PAN-tuned alignment rules of the fourteenth session: widened edges, copy not summary,
and the short fallback. Each is checked on hand-built sentences or texts, and each is
shown off in the options news reuse uses."""

from __future__ import annotations

from dataclasses import replace

from copydesk.reuse import ReuseOptions
from copydesk.reuse.align import _refine
from copydesk.reuse.alignment import Alignment, AlignOptions
from copydesk.reuse.edges import narrow_copy, narrow_source, widen_edges
from copydesk.reuse.pan import detect
from copydesk.reuse.text import Sentence

OPTIONS = AlignOptions()


def _sentences(*stems: str) -> list[Sentence]:
    """One sentence per string of stems, 100 characters apart."""
    return [Sentence(100 * i, 100 * i + 90, tuple(s.split()), ()) for i, s in enumerate(stems)]


# A: host sentence, the copied case (sentences 1-3), host sentence.
A = _sentences("weather garden tomato", "minist harbour strike", "union wage port",
               "crane ship grain", "recip cake flour")
# B: the source, whose case (1-3) has an edge sentence (3) that seeded nothing but holds
# words of A's case the passage lacks; sentence 4 is the source's own text.
B = _sentences("histori castl king", "minist harbour strike", "union wage port",
               "crane ship grain delay", "museum paint artist")


def test_an_edge_sentence_with_words_the_passage_lacks_is_taken_in():
    seeded = Alignment(100, 290, 100, 290, 0.6, 2, a_sentences=(1, 2), b_sentences=(1, 2))
    (wide,) = widen_edges([seeded], A, B, OPTIONS)
    assert (wide.a_sentences, wide.b_sentences) == ((1, 3), (1, 3))
    assert (wide.a_start, wide.a_end, wide.b_start, wide.b_end) == (100, 390, 100, 390)


def test_host_sentences_sharing_nothing_stay_out_and_other_passages_are_not_entered():
    case = Alignment(100, 390, 100, 390, 0.6, 3, a_sentences=(1, 3), b_sentences=(1, 3))
    assert widen_edges([case], A, B, OPTIONS) == [case]
    seeded = Alignment(100, 290, 100, 290, 0.6, 2, a_sentences=(1, 2), b_sentences=(1, 2))
    neighbour = Alignment(300, 390, 300, 390, 0.6, 2, a_sentences=(3, 3), b_sentences=(3, 3))
    assert widen_edges([seeded, neighbour], A, B, OPTIONS) == [seeded, neighbour]


def test_exact_passages_and_summaries_are_not_widened():
    exact = Alignment(100, 290, 100, 290, 1.0, 2, a_sentences=(1, 2), b_sentences=(1, 2))
    summary = Alignment(100, 190, 0, 490, 0.5, 3, a_sentences=(1, 1), b_sentences=(0, 4))
    assert widen_edges([exact, summary], A, B, OPTIONS) == [exact, summary]


SUSPICIOUS = ("Dockers began a harbour strike which closed the grain terminal after talks with "
              "the port authority broke down, and their union demanded higher wages for night "
              "shifts.")
FILLER = ("Visitors to the castle museum admired paintings by local artists from the last "
          "century, and the guide described the royal family that built the hall. ")
SOURCE = (FILLER * 3 + "Dockers began a harbour strike that closed the grain terminal on the "
          "river after talks with the port authority broke down, and their union demanded "
          "higher wages for the night shifts. " + FILLER * 3)


def test_a_copy_taken_for_a_summary_of_a_long_source_is_cut_to_its_run():
    """All of the copied words lie in one window of the source: a copy, not a summary."""
    start = SOURCE.index("Dockers")
    copy = Alignment(0, len(SUSPICIOUS), 0, len(SOURCE), 0.4, 3)
    texts = (SUSPICIOUS, SOURCE)
    cut = narrow_copy(copy, [Sentence(0, len(SOURCE), (), ())], texts, "en", OPTIONS)
    assert start - 5 <= cut.b_start <= start and cut.b_end < len(SOURCE) - len(FILLER)
    assert (cut.a_start, cut.a_end) == (copy.a_start, copy.a_end)


def test_a_summary_drawing_on_the_whole_source_is_kept_whole():
    summary_text = "Castle paintings and a royal hall drew visitors; a harbour strike shut grain."
    source = ("Visitors admired the castle paintings. " * 4 + "A harbour strike shut the grain "
              "terminal. " * 2 + "The royal family built the hall long ago. " * 4)
    summary = Alignment(0, len(summary_text), 0, len(source), 0.4, 3)
    kept = narrow_copy(summary, [Sentence(0, len(source), (), ())], (summary_text, source),
                       "en", OPTIONS)
    assert kept == summary


def test_news_reuse_switches_the_pan_rules_off():
    news = ReuseOptions().align
    assert news.edge_share == 0 and news.short_passage_chars == 0
    assert widen_edges(
        [Alignment(100, 290, 100, 290, 0.6, 2, a_sentences=(1, 2), b_sentences=(1, 2))],
        A, B, replace(OPTIONS, edge_steps=0),
    )[0].a_sentences == (1, 2)


def test_a_short_reused_passage_is_found_only_where_nothing_else_is():
    """Two obfuscated sentences of about 120 characters, in texts that share nothing else:
    under the 150 characters a passage needs, kept by the short fallback."""
    own = ("The village fete raised money for the new roof of the chapel. Children ran races "
           "on the green while their parents judged the cakes. ")
    source = (own + "Inspectors found deep cracks in the old stone bridge over the river. "
              "Engineers closed the crossing to heavy lorries at once. " + own)
    suspicious = ("A quiz night at the inn drew a large crowd of regulars. The landlord served "
                  "soup and bread to everyone. Inspectors found cracks deep in the stone bridge "
                  "over the river. The engineers closed the crossing at once to lorries. "
                  "The darts team lost its final by a single point.")
    found = detect(suspicious, source, OPTIONS)
    assert len(found) == 1
    p = found[0]
    assert "bridge" in suspicious[p.a_start:p.a_end] and "bridge" in source[p.b_start:p.b_end]
    assert p.a_end - p.a_start < OPTIONS.min_passage_chars
    assert detect(suspicious, source, replace(OPTIONS, short_passage_chars=0)) == []


def test_source_ends_without_words_of_their_own_are_narrowed():
    """The source side's first line shares only topic words the passage holds already:
    dropped. Its last sentence brings a word of the suspicious side: kept."""
    suspicious = ("Dockers at the harbour walked out over wages on Monday. The union said the "
                  "port owners refused talks. Grain ships waited at anchor beside idle cranes.")
    source = ("Harbour wages and the port union\n"
              "The union of port workers struck at the harbour over wages on Monday. Owners "
              "of the port refused to talk, the union said. Ships loaded with grain waited "
              "at anchor by idle cranes.")
    x = Alignment(0, len(suspicious), 0, len(source), 0.6, 3)
    narrowed = narrow_source(x, (suspicious, source), "en", OPTIONS)
    assert source[narrowed.b_start:].startswith("The union of port workers")
    assert narrowed.b_end == len(source)
    assert (narrowed.a_start, narrowed.a_end) == (0, len(suspicious))
    assert narrow_source(x, (suspicious, source), "en", replace(OPTIONS, source_edge_steps=0)) == x


def test_news_reuse_switches_the_new_pan_rules_off():
    news = ReuseOptions().align
    assert news.source_edge_share == 0 and not news.refine_floor and not news.second_pass


def test_refined_ends_keep_a_passage_above_the_floor_when_asked():
    """Refine floor: the hill-climb drops an end sentence that raises the cosine, unless
    the smaller range is refused (then the passage stays as long as its seeds)."""

    def cosine(ra: tuple[int, int], rb: tuple[int, int]) -> float:
        return 0.9 if ra == (1, 2) else 0.6  # A's first sentence is noise

    def three_sentences(ra: tuple[int, int], rb: tuple[int, int]) -> bool:
        return ra[1] - ra[0] >= 2 and rb[1] - rb[0] >= 2

    start = ((0, 2), (0, 2), 0.6)
    assert _refine(*start, 3, 3, cosine, OPTIONS) == ((1, 2), (0, 2), 0.9)
    assert _refine(*start, 3, 3, cosine, OPTIONS, three_sentences) == start
