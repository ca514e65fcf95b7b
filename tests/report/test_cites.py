"""A copy is cited for a sentence only when its text carries it (report/cites.py)."""

from __future__ import annotations

from copydesk.report.cites import CopyCheck
from copydesk.report.text import NEGATED, content_words

ORIGINAL = ("Halvik and Brennaert signed the accord in Serravine on Friday. The farmers' union "
            "of Tarrenland called the deal a betrayal of 4,000 growers. Talks resume in May.")
PARTIAL = "Halvik and Brennaert signed the accord in Serravine on Friday. Talks resume in May."
SPUN = ("Halvik and Brennaert inked the pact in Serravine on Friday. The growers' union "
        "of Tarrenland termed the deal a betrayal of 4,000 farmers. Negotiations resume in May.")
GERMAN = ("Halvik und Brennaert unterzeichneten das Abkommen am Freitag in Serravine. Die "
          "Gespräche werden im Mai fortgesetzt. Die Gewerkschaft der marvessischen "
          "Hafenarbeiter erklärte, der Streik habe um 6 Uhr in Saltmere begonnen.")


def check() -> CopyCheck:
    texts = {"o": ORIGINAL, "p": PARTIAL, "s": SPUN, "g": GERMAN}
    return CopyCheck(texts, {"o": "en", "p": "en", "s": "en", "g": "de"})


def test_a_copy_that_left_the_sentence_out_is_not_cited_for_it() -> None:
    union = ORIGINAL.index("The farmers'")
    end = ORIGINAL.index(" Talks")
    c = check()
    assert not c.carries("o", union, end, "p")  # the partial copy dropped it
    assert c.carries("o", 0, union, "p")
    assert c.carries("o", union, end, "s")  # reworded by a spinner, still there


def test_a_translation_is_checked_by_its_names_and_numbers() -> None:
    union = ORIGINAL.index("The farmers'")
    end = ORIGINAL.index(" Talks")
    c = check()
    assert c.carries("o", 0, union, "g")  # Brennaert, Serravine (Friday is translated)
    assert not c.carries("o", union, end, "g")  # neither Tarrenland nor 4,000 is there
    assert c.carries("o", ORIGINAL.index("Talks"), len(ORIGINAL), "g")  # too few to check
    # An inflected name is found by its stem; translated common words are no anchors.
    union = "The Marvessan Port Workers' Union said the strike began at 6 a.m. in Saltmere."
    texts = {"u": union, "g": GERMAN}
    assert CopyCheck(texts, {"u": "en", "g": "de"}).carries("u", 0, len(union), "g")


def test_a_near_copy_merged_into_a_timeline_entry_is_cited_only_if_it_says_it() -> None:
    """"Members will vote on the deal next week" was merged with the same sentence plus
    "…, but the executive has suspended the strike" and cited for the strike's end."""
    from datetime import date

    from copydesk.records import DateRef
    from copydesk.report.timeline import timeline_events

    long = "Members will vote on the deal next week, but the executive has suspended the strike."
    short = "Members will vote on the deal next week."

    def ref(article: str, text: str) -> DateRef:
        start = text.index("next week")
        return DateRef(article, article, start, start + 9, "next week", date(2025, 3, 17),
                       date(2025, 3, 23), "relative to publication date")

    texts = {"a": long, "b": short}
    (event,) = timeline_events([ref("a", long), ref("b", short)], texts, {"a": 1, "b": 2})
    assert (event.text, event.cites) == (long, (1,))
    (event,) = timeline_events([ref("a", long), ref("b", short)], texts, {"a": 2, "b": 1})
    assert (event.text, event.cites) == (short, (1, 2))


def test_a_copys_role_names_the_root_among_equally_sure_sources() -> None:
    from copydesk.records import Relation
    from copydesk.report.sources import role

    def rel(orig: str) -> Relation:
        return Relation(orig, "e", "partial", 0.82, "x", orig)

    dup = Relation("a", "c", "duplicate", 1.0, "x", "a")
    incoming = {"e": [(rel("a"), "a", True), (rel("b"), "b", True), (rel("c"), "c", True)],
                "c": [(dup, "a", True)]}
    numbers = {"a": 1, "b": 2, "c": 3, "e": 5}
    assert role("e", incoming, {"a"}, {"a", "b", "c"}, numbers) == "partial copy of [1]"
    assert role("e", incoming, set(), {"a", "b", "c"}, numbers) == "partial copy of [1]"


def test_a_copy_that_says_the_opposite_or_another_figure_is_not_cited() -> None:
    """Function words were dropped, numbers were split into digit runs: "would negotiate"
    was cited for "would not negotiate", and "about 450,000 passengers" for "about
    300,000 passengers" (the key facts flagged the same pair as a conflict)."""
    said = ("Mayor Jonas Brekke said on Monday the city would not negotiate with the "
            "strikers. The line carries about 300,000 passengers a day.")
    other = ("Mayor Jonas Brekke said on Monday the city would negotiate with the "
             "strikers. The line carries about 450,000 passengers a day.")
    same = said.replace("300,000", "300 000")  # spaced thousands: the same figure
    c = CopyCheck({"o": said, "x": other, "s": same}, dict.fromkeys("oxs", "en"))
    second = said.index("The line")
    assert not c.carries("o", 0, second, "x")
    assert not c.carries("o", second, len(said), "x")
    assert c.carries("o", 0, second, "s") and c.carries("o", second, len(said), "s")
    # A translation giving another figure is not cited for it either.
    french = "La ligne transporte environ 12 % de passagers en plus, selon Jonas Brekke."
    english = "The line carries about 10% more passengers, Jonas Brekke said."
    right = french.replace("12 %", "10 %")
    check = CopyCheck({"e": english, "f": french, "r": right}, {"e": "en", "f": "fr", "r": "fr"})
    assert not check.carries("e", 0, len(english), "f")
    assert check.carries("e", 0, len(english), "r")


def test_a_quote_is_not_cited_to_a_copy_naming_its_speaker_elsewhere() -> None:
    """The quote was widened to its sentence (with "Labour Minister Pavel Ostrov said")
    and looked for in the copy's whole text: the name and title in another paragraph
    made half of its words."""
    text = ("“Nobody should have died in this building,” Labour Minister Pavel Ostrov said. "
            "Inspectors arrived on Tuesday.")
    copy = ("Labour Minister Pavel Ostrov visited the site on Tuesday. “We will not tolerate "
            "this,” he said. Inspectors arrived on Tuesday.")
    c = CopyCheck({"o": text, "c": copy}, {"o": "en", "c": "en"})
    end = text.index(",”")
    assert not c.carries("o", 1, end, "c")
    assert c.carries("o", 1, end, "o")


def test_a_quote_a_copy_gives_to_someone_else_is_not_cited_to_it() -> None:
    from copydesk.records import Quote
    from copydesk.report.quote_groups import quote_groups

    words = "Nobody should have died in this building."
    quotes = [Quote("q1", "a", 0, 40, words, "Hanna Roth", None),
              Quote("q2", "b", 0, 40, words, "Pavel Ostrov", None),
              Quote("q3", "c", 0, 40, words, "Roth", None)]

    def copies_of(article_id: str, start: int, end: int) -> set[int]:
        return {2, 3} if article_id == "a" else set()  # both copies carry the words

    groups = {g.speaker: g for g in quote_groups(quotes, {"a": 1, "b": 2, "c": 3}, copies_of)}
    assert groups["Hanna Roth"].quotes[0].cites == (1, 3)  # not [2], which says Ostrov


def test_sentences_with_another_figure_or_a_negation_are_not_one_group() -> None:
    """The timeline, the quotes and the summary merge near-copies by shared words; a
    copy saying "will not return" or "15 killed" joined "will return" and "12 killed",
    and was cited for them."""
    from copydesk.report.summary import SourceText, summarise
    from copydesk.report.text import NearGroups, content_words

    near = NearGroups(0.5)
    lines = ["We will return to work when the talks resume next week.",
             "We will not return to work when the talks resume next week.",
             "At least 12 people were killed in the fire at the Harlow plant.",
             "At least 15 people were killed in the fire at the Harlow plant.",
             "At least 12 people were killed in the fire at the Harlow plant on Monday."]
    placed = [near.place(t, content_words(t)) for t in lines]
    assert [group for group, _new in placed] == [0, 1, 2, 3, 2]
    monday = "The harbour bulletin for Monday lists the ships docked at Kelmouth."
    tuesday = monday.replace("Monday", "Tuesday")
    assert near.place(monday, content_words(monday))[0] != near.place(
        tuesday, content_words(tuesday))[0]
    check = CopyCheck({"m": monday, "t": tuesday}, {"m": "en", "t": "en"})
    assert not check.carries("m", 0, len(monday), "t")
    docs = [SourceText(str(n), n, str(n), text, False) for n, text in enumerate(lines[2:4], 1)]
    cited = summarise(docs, ["fire", "Harlow"])
    assert cited and all(len(c.cites) == 1 for c in cited)  # not 12 "cited" to [2]


def test_a_decimal_point_is_part_of_a_figure() -> None:
    """"2.5 million" and "25 million" were one figure (#25), and a copy giving ten times
    the damage was cited for it; a zero-padded "03" and "3" were two."""
    said = "Insurers put the damage at 2.5 million euros on 03 March."
    ten_times = said.replace("2.5", "25")
    same = "Insurers put the damage at 2,5 million euros on 3 March."
    c = CopyCheck({"o": said, "x": ten_times, "s": same}, dict.fromkeys("oxs", "en"))
    assert not c.carries("o", 0, len(said), "x")
    assert c.carries("o", 0, len(said), "s")


def test_a_negation_in_the_next_sentence_does_not_stand_in_for_one_missing() -> None:
    said = "Mayor Jonas Brekke said the city would not negotiate with the strikers."
    other = ("Mayor Jonas Brekke said the city would negotiate with the strikers. "
             "She did not say when talks would start.")
    c = CopyCheck({"o": said, "x": other}, {"o": "en", "x": "en"})
    assert not c.carries("o", 0, len(said), "x")


def test_may_the_verb_and_no_before_a_number_are_no_date_and_no_negation() -> None:
    """"Officials may extend…" was read as naming the month of May, and "No 10" as a
    negation: copies writing "could" or "Downing Street" were not cited."""
    said = "Officials may extend the emergency bus services on Tuesday, No 10 said."
    other = "Officials could extend the emergency bus services on Tuesday, No 10 said."
    c = CopyCheck({"o": said, "x": other}, {"o": "en", "x": "en"})
    assert c.carries("o", 0, len(said), "x")
    assert content_words(said) & {"@may", NEGATED} == set()


def test_a_german_original_is_checked_by_its_names_not_its_nouns() -> None:
    """German capitalises every noun: read with English frequencies, Fahrgäste and
    Gewerkschaftschef were names no English translation keeps, and "250.000" was not
    found in "250,000"."""
    german = ("Der Gewerkschaftschef Arne Korrin sagte, der Streik treffe rund 250.000 "
              "Fahrgäste in Velmar.")
    english = "Union leader Arne Korrin said the strike hits about 250,000 passengers in Velmar."
    c = CopyCheck({"de": german, "en": english}, {"de": "de", "en": "en"})
    assert c.carries("de", 0, len(german), "en")
    wrong = english.replace("250,000", "25,000")
    c = CopyCheck({"de": german, "en": wrong}, {"de": "de", "en": "en"})
    assert not c.carries("de", 0, len(german), "en")


def test_translations_and_spun_copies_may_write_numbers_and_negations_otherwise() -> None:
    """Checked like same-language copies, a German "18:45 Uhr" lost its citation for
    "6:45 pm", "fünf Prozent" for "5%", a French "n'est plus" for "no longer", and a
    spun "twelve" for 12. A different figure still loses it."""
    english = "Brackwell Lines will resume the Portavel route at 6:45 pm, Mayor Tom Brue said."
    german = ("Brackwell Lines nimmt die Strecke nach Portavel um 18:45 Uhr wieder auf, "
              "sagte Tom Brue.")
    pier = "Mayor Tom Brue said the Harrow pier is no longer safe for visitors."
    french = ("Le maire Tom Brue a déclaré que la jetée de Harrow n'est plus sûre pour les "
              "visiteurs.")
    c = CopyCheck({"en": english, "de": german, "p": pier, "fr": french},
                  {"en": "en", "de": "de", "p": "en", "fr": "fr"})
    assert c.carries("en", 0, len(english), "de")
    assert c.carries("p", 0, len(pier), "fr")
    said = "Only 12 beds remain free at Harrow General, the hospital said on Monday."
    spun = "Solely twelve beds stay free at Harrow General, the health facility stated on Monday."
    other = "Only 14 beds remain free at Harrow General, the hospital said on Monday."
    c = CopyCheck({"o": said, "s": spun, "x": other}, dict.fromkeys("osx", "en"))
    assert c.carries("o", 0, len(said), "s", 0.2, aligned=True)
    assert not c.carries("o", 0, len(said), "x", 0.2, aligned=True)


def test_a_copy_naming_fewer_days_is_cited_and_one_naming_others_is_not() -> None:
    said = "The council voted on Tuesday, March 4, to close the Harrow pier for repairs."
    fewer = "The council voted on March 4 to close the Harrow pier for repairs."
    other = "The council voted on Thursday, March 6, to close the Harrow pier for repairs."
    c = CopyCheck({"o": said, "f": fewer, "x": other}, dict.fromkeys("ofx", "en"))
    assert c.carries("o", 0, len(said), "f")
    assert not c.carries("o", 0, len(said), "x")
    # "20.10." is 20 October in a German text, not "20.1.": trailing zeros count.
    assert content_words("am 20.10. abgestimmt") != content_words("am 20.1. abgestimmt")


def test_loose_checks_still_refuse_a_flipped_negation_or_a_changed_figure() -> None:
    """A regression probe of the loose checks: a word-aligned copy that flips a "not",
    or changes 300,000 to 450,000 while both name 2024, was cited; so was a German
    "25 Millionen" for "2.5 million" beside a shared year. Times are compared as times."""
    said = "The city would not negotiate, and about 300,000 passengers used the line in 2024."
    flipped = "The city would negotiate, and about 300,000 passengers used the line in 2024."
    changed = said.replace("300,000", "450,000")
    c = CopyCheck({"o": said, "f": flipped, "x": changed}, dict.fromkeys("ofx", "en"))
    assert not c.carries("o", 0, len(said), "f", 0.2, aligned=True)
    assert not c.carries("o", 0, len(said), "x", 0.2, aligned=True)
    english = "Brackwell Lines carried 2.5 million passengers in 2024, Tom Brue said."
    german = "Brackwell Lines beförderte 2024 rund 25 Millionen Fahrgäste, sagte Tom Brue."
    c = CopyCheck({"en": english, "de": german}, {"en": "en", "de": "de"})
    assert not c.carries("en", 0, len(english), "de")
    assert content_words("at 6:45 pm") & content_words("um 18:45 Uhr") == {"#t18:45"}


def test_a_figure_written_with_a_scale_word_is_the_same_figure() -> None:
    """"3.2 billion", "3,200,000,000", "3.200 millones" and "3,2 Milliarden" are one
    figure: a translation or a copy that rescaled it lost its citation. Another amount
    stays another figure, and a word that merely starts like a scale word is no scale."""
    from copydesk.report.text import figures_in

    assert figures_in("a $3.2bn fund") == figures_in("3,200,000,000 dollars") == ["3200000000"]
    assert figures_in("3.200 millones") == figures_in("3,2 Milliarden") == ["3200000000"]
    assert figures_in("a 1.5-million grant, 12 Billionen") == ["1500000", "12000000000000"]
    assert figures_in("5 millionaires") == ["5"]
    # A regression probe: a range's first end takes the scale of its second.
    assert figures_in("2 to 3 million") == figures_in("2 million to 3 million") == [
        "2000000", "3000000"]
    assert figures_in("in 2022 3 million") == ["2022", "3000000"]
    english = "The fund of 3.2 billion euros for Saltmere was approved by Governor Helena Strand."
    spanish = ("El fondo de 3.200 millones de euros para Saltmere fue aprobado por la "
               "gobernadora Helena Strand.")
    wrong = spanish.replace("3.200", "4.100")
    rewritten = english.replace("3.2 billion", "3,200,000,000")
    texts = {"e": english, "s": spanish, "w": wrong, "r": rewritten}
    c = CopyCheck(texts, {"e": "en", "s": "es", "w": "es", "r": "en"})
    assert c.carries("e", 0, len(english), "s") and c.carries("e", 0, len(english), "r")
    assert not c.carries("e", 0, len(english), "w")
    assert content_words("3.2 billion euros") == content_words("3,200,000,000 euros")


def test_a_russian_or_ukrainian_scale_word_scales_its_figure() -> None:
    """The report read "3,2 млн" as 3.2: a Russian or Ukrainian translation of "3.2
    million" had another figure than its original (thirty-fifth session). The figure keys
    take their scale words from the quantities reader, whose Slavic words they lacked."""
    from copydesk.report.text import figures_in

    assert figures_in("3,2 млн гривень") == figures_in("3.2 million") == ["3200000"]
    assert figures_in("1,5 мільярда євро") == figures_in("1,5 млрд рублей") == ["1500000000"]
    assert figures_in("12,5 тыс. человек") == figures_in("12,5 тис. осіб") == ["12500"]
    assert figures_in("від 2 до 3 мільйонів") == ["2000000", "3000000"]
    assert figures_in("150 MLD") == ["150"]  # capitals: a plant's litres, as quantities read it
    english = "Saltmere will spend 3.2 million euros on its harbour, Helena Strand said."
    russian = "Сальтмир потратит 3,2 млн евро на свою гавань, заявила Хелена Странд."
    c = CopyCheck({"e": english, "r": russian}, {"e": "en", "r": "ru"})
    assert c.carries("e", 0, len(english), "r")


def test_a_relation_of_unknown_direction_makes_no_original() -> None:
    """An ingest probe: a partial copy dated by its day only shared text with the wire in
    no known direction and was listed as "(original)"; so was a translation that came
    out before one of the wire's spun copies, while it shared text with two others."""
    from copydesk.records import Relation
    from copydesk.report.sources import role

    undirected = Relation("k", "w", "partial", 0.7, "x", None)
    incoming = {"w": [(undirected, "k", False)], "k": [(undirected, "w", False)]}
    numbers = {"k": 1, "w": 2}
    assert role("k", incoming, {"w"}, set(), numbers) == "partial reuse with [2]"
    assert role("w", incoming, {"w"}, set(), numbers) == "original"
    # Earlier than a sibling it is related to by time, in no known direction to the others.
    spun = Relation("r", "s", "translated", 0.6, "x", "r")
    other = Relation("r", "c", "translated", 0.6, "x", None)
    incoming = {"s": [(spun, "r", True)], "r": [(other, "c", False)], "c": [(other, "r", False)]}
    assert role("r", incoming, {"w"}, {"r"}, {"r": 2, "s": 7, "c": 3}) == \
        "translated reuse with [3]"


def test_a_very_long_title_is_cut_at_a_word_in_the_briefing() -> None:
    from copydesk.titles import MAX_TITLE, shown_title

    long = "Breaking " * 400
    shown = shown_title(long)
    assert shown.endswith("…") and len(shown) <= MAX_TITLE + 1
    assert shown[:-1].split() == ["Breaking"] * len(shown[:-1].split())
    assert shown_title("  Ferry  sinks ") == "Ferry sinks"


def test_a_translation_copied_by_a_sibling_is_no_original_beside_its_family_root() -> None:
    """A translation probe: the German translation of an English wire, linked only to the
    French one (which it preceded) and not to the wire, was listed as "original" beside
    the wire that is its family's root."""
    from copydesk.records import Relation
    from copydesk.report.sources import role

    sibling = Relation("de", "fr", "translated", 0.7, "x", "de")
    incoming = {"fr": [(sibling, "de", True)]}
    numbers = {"en": 1, "de": 2, "fr": 3}
    assert role("de", incoming, {"en"}, {"de"}, numbers, "en") == "in the reuse family of [1]"
    assert role("fr", incoming, {"en"}, {"de"}, numbers, "en") == "translated copy of [2]"
    # The root itself, and an article whose root the story does not show, as before.
    assert role("en", {}, {"en"}, {"en"}, numbers, "en") == "original"
    assert role("de", incoming, {"en"}, {"de"}, {"de": 2, "fr": 3}, "en") == "original"


def test_a_sentence_that_names_its_subject_by_a_pronoun_gives_way_to_one_that_names() -> None:
    """A standards-desk probe's briefing opened "He told reporters in Tessan that the
    treasury had not yet seen a full costing." Out of its article a reader cannot tell
    who; a sentence saying as much that names its subject is shown instead."""
    from copydesk.report.summary import SourceText, summarise

    named = ("Finance Minister Ian Calder told reporters in Tessan that the treasury had not "
             "yet seen a full costing of the harbour closure.")
    pronoun = ("He told reporters in Tessan that the treasury had not yet seen a full costing "
               "of the harbour closure plan.")
    docs = [SourceText("a", 1, "a", "The harbour board met in Tessan on Monday. " + pronoun),
            SourceText("b", 2, "b", "Tessan's harbour board met on Monday. " + named)]
    shown = [c.text for c in summarise(docs, ["harbour", "Tessan"], limit=2)]
    assert named in shown and pronoun not in shown


def test_one_quotation_attributed_in_two_ways_is_shown_once() -> None:
    """A regression probe's briefing showed one quote twice, as two reports attributed it
    ('…," Zhou said at the signing ceremony' and '…," Helen Zhou told reporters after a
    contract signing'); it is one sentence citing both."""
    from copydesk.report.summary import SourceText, summarise

    quote = ("\u201cWe will double our container capacity at Qinghe before the end of "
             "2027,\u201d")
    first = quote + " Zhou said at the signing ceremony in the port on Monday."
    second = quote + " Helen Zhou told reporters after a contract signing with the builders."
    docs = [SourceText("a", 1, "a", "Qinghe port signed for four new berths. " + first),
            SourceText("b", 2, "b", "Four berths are coming to Qinghe. " + second)]
    shown = summarise(docs, ["Qinghe", "berths"], limit=4)
    quoted = [c for c in shown if "container capacity" in c.text]
    assert len(quoted) == 1 and quoted[0].cites == (1, 2)
    # Given to another person, it stays apart: a citation would back the wrong speaker.
    other = quote + " Trade official David Zhu said after the signing."
    docs = [docs[0], SourceText("c", 2, "c", "Four berths are coming to Qinghe. " + other)]
    quoted = [c for c in summarise(docs, ["Qinghe", "berths"], limit=4)
              if "container capacity" in c.text]
    assert all(c.cites != (1, 2) for c in quoted)


def test_a_disputed_quotation_is_shown_only_as_most_sources_give_it() -> None:
    """A briefing probe: the summary showed a copy's '"…," Mayor Edric Salt said' where
    the original and its copies give the words to the fire chief, and cited a copy that
    gives the minister's words to a spokesman for '"…," Elgrin said'."""
    from copydesk.report.summary import SourceText, content_words, summarise

    quote = "\u201cWe are still searching the rubble for anyone who may be trapped,\u201d"
    chief = quote + " fire chief Orla Penhallow said at the market hall."
    mayor = quote + " Mayor Edric Salt said at the market hall."
    docs = [SourceText("a", 1, "a", "The market hall roof fell in Keldmouth. " + chief),
            SourceText("b", 2, "b", "Keldmouth's market hall roof fell. " + mayor)]
    disputed = [(content_words(quote), frozenset({"orla", "penhallow"}))]
    shown = summarise(docs, ["Keldmouth", "rubble"], limit=4, disputed=disputed)
    quoted = [c for c in shown if "rubble" in c.text]
    assert [(c.text, c.cites) for c in quoted] == [(chief, (1,))]
    # Without facts to say who leads, the two attributions are never one citation.
    shown = summarise(docs, ["Keldmouth", "rubble"], limit=4)
    assert all(c.cites in ((1,), (2,)) for c in shown if "rubble" in c.text)


def test_a_copy_of_a_duplicate_is_named_a_copy_of_the_original() -> None:
    """A content-farm probe: a paper's reprint of the wire, related to a farm's backdated
    verbatim copy and not to the wire, was a "duplicate copy of" the farm."""
    from copydesk.records import Relation
    from copydesk.report.sources import role

    farm_copy = Relation("farm", "wire", "duplicate", 0.99, "x", "wire")
    paper = Relation("farm", "paper", "duplicate", 0.99, "x", "farm")
    spin = Relation("farm", "spin", "spun", 0.9, "x", "farm")
    incoming = {"farm": [(farm_copy, "wire", True)], "paper": [(paper, "farm", True)],
                "spin": [(spin, "farm", True)]}
    numbers = {"farm": 1, "wire": 2, "paper": 3, "spin": 4}
    roles = {a: role(a, incoming, {"wire"}, {"wire", "farm"}, numbers, "wire")
             for a in ("farm", "paper", "spin")}
    assert roles == {"farm": "duplicate copy of [2]", "paper": "duplicate copy of [2]",
                     "spin": "spun copy of [2]"}


def test_a_sentence_saying_less_is_not_cited_for_more() -> None:
    """A briefing probe: "accepted the resignation" was cited for "accepted the
    resignation and thanked Elgrin for his service"."""
    from copydesk.report.summary import SourceText, summarise

    full = ("Prime Minister Annika Reyes accepted the resignation and thanked Elgrin for his "
            "service to the country.")
    less = "Prime Minister Annika Reyes accepted the resignation."
    docs = [SourceText("a", 1, "a", "Tomas Elgrin resigned as minister. " + full),
            SourceText("b", 2, "b", "Elgrin quit on Friday. " + less)]
    shown = summarise(docs, ["Elgrin", "resignation"], limit=4)
    (thanked,) = [c for c in shown if "thanked" in c.text]
    assert thanked.cites == (1,)


def test_a_short_disputed_quotation_is_not_shown_as_misattributed() -> None:
    """A briefing probe: "Public office is a trust, not a marketplace" has four content
    words, under the six a quotation needs to stand for its sentence, and the summary
    repeated a farm's attribution of the judge's words to the prosecutor."""
    from copydesk.report.summary import SourceText, content_words, summarise

    quote = "\u201cPublic office is a trust, not a marketplace,\u201d"
    judge = quote + " Judge Imelda Sorrin told the court on Tuesday."
    prosecutor = quote + " prosecutor Caspian Vell said after the hearing."
    docs = [SourceText("a", 1, "a", "Pell Garrow was jailed for six years for bribery. " + judge),
            SourceText("b", 2, "b", "Pell Garrow was jailed for six years over bribes. "
                       + prosecutor)]
    disputed = [(content_words(quote), frozenset({"imelda", "sorrin"}))]
    shown = summarise(docs, ["Garrow", "marketplace"], limit=4, disputed=disputed)
    assert not [c for c in shown if "Vell" in c.text]
    assert [c.text for c in shown if "marketplace" in c.text] == [judge]


def test_a_withdrawn_figure_is_not_summarised_and_a_correction_is_shown_whole() -> None:
    """A briefing probe: the summary opened on a toll of 70 that the story's own
    correction withdrew, and showed the correction without "The correct figure is
    seven."; the corrected article, whose sentence says seven, was cited for seventy."""
    from copydesk.report.summary import SourceText, summarise

    first = ("Seventy people were killed in the chemical plant explosion in Tarrowgate, "
             "making it one of the deadliest accidents the city has seen.")
    wrong = first + " Families have demanded answers from the company that runs the plant."
    corrected = (first.replace("Seventy", "Seven") + " Families have demanded answers from "
                 "the company that runs the plant.\n\nCorrection: An earlier version of this "
                 "article said 70 people had been killed. The correct figure is seven.")
    docs = [SourceText("a", 1, "a", wrong), SourceText("b", 2, "b", corrected)]
    shown = summarise(docs, ["Tarrowgate"], limit=5, withdrawn=[("a", 0, 14)])
    assert not [c for c in shown if c.text.startswith("Seventy")]
    notice = [c for c in shown if c.text.startswith("Correction")]
    assert [c.text for c in notice] == [
        "Correction: An earlier version of this article said 70 people had been killed. "
        "The correct figure is seven."]
    # Without the correction's facts the first report's sentence is shown, and the
    # corrected one (seven, not seventy) is not cited for it.
    seventy = [c for c in summarise(docs, ["Tarrowgate"], limit=5) if c.text.startswith("Seventy")]
    assert [c.cites for c in seventy] == [(1,)]


def test_a_quotation_is_shown_without_the_comma_before_its_attribution() -> None:
    """A standards-desk probe: "**Public office is a trust, not a marketplace,**" read as
    a quotation cut short. The comma English puts inside the closing mark goes; the
    export keeps the text as the article has it."""
    from copydesk.records import Fact
    from copydesk.report.fact_rows import fact_rows

    said = Fact("f", "s", "Imelda Sorrin", "said", "Public office is a trust, not a marketplace,",
                None, ("a",), 1)
    count = Fact("g", "s", "", "count of people killed", "7,", None, ("a",), 1)
    rows = {r.id: r.value for r in fact_rows([said, count], {"a": 1})}
    assert rows == {"f": "Public office is a trust, not a marketplace", "g": "7,"}


def test_a_verbatim_copy_of_a_farms_spin_is_a_copy_of_the_spin() -> None:
    """A media researcher's probe: a farm's verbatim copy of another farm's spin of a
    wire (thirty swaps alike) was "spun copy of [1]" (the wire), and the pair of farms
    "both copy [1]: neither is the other's source". Two verbatim copies of the wire stay
    siblings."""
    from copydesk.records import Relation
    from copydesk.report.sources import copied_through, role

    spin = Relation("spin", "wire", "spun", 1.0, "x", "wire")
    depot_wire = Relation("depot", "wire", "spun", 1.0, "x", "wire")
    depot_spin = Relation("depot", "spin", "duplicate", 1.0, "x", "spin")
    paper = Relation("paper", "wire", "duplicate", 1.0, "x", "wire")
    mirror = Relation("mirror", "wire", "duplicate", 1.0, "x", "wire")
    mirror_paper = Relation("mirror", "paper", "duplicate", 1.0, "x", "paper")
    incoming = {"spin": [(spin, "wire", True)],
                "depot": [(depot_wire, "wire", True), (depot_spin, "spin", True)],
                "paper": [(paper, "wire", True)],
                "mirror": [(mirror, "wire", True), (mirror_paper, "paper", True)]}
    via = copied_through(incoming)
    assert via == {"depot": "spin"}
    numbers = {"wire": 1, "spin": 2, "depot": 3, "paper": 4, "mirror": 5}
    outgoing = {"wire", "spin", "paper"}
    assert role("depot", incoming, {"wire"}, outgoing, numbers, "wire", via.get("depot")) \
        == "duplicate copy of [2]"
    assert role("mirror", incoming, {"wire"}, outgoing, numbers, "wire") \
        == "duplicate copy of [1]"


def test_a_spin_of_a_spin_is_a_spun_copy_of_the_spin() -> None:
    """A content-farm probe: a farm that spun another farm's spin of a wire further (the
    reuse step kept that relation's direction: ``reuse.copy_chains``) was "spun copy of
    [1]" (the wire), and the two farms "both copy [1]: neither is the other's source"."""
    from copydesk.records import Relation
    from copydesk.report.sources import copied_through, role

    swaps = (("harbour", "port"), ("closed", "shut"), ("storm", "gale"), ("boats", "vessels"),
             ("warned", "cautioned"))
    further = (("harbour", "haven"), *swaps[1:], ("crews", "sailors"))
    first = Relation("first", "wire", "spun", 1.0, "spun", "wire", (), swaps)
    second_wire = Relation("second", "wire", "spun", 1.0, "spun", "wire", (), further)
    second_first = Relation("first", "second", "spun", 1.0, "spun", "first", (),
                            (("port", "haven"), ("crews", "sailors")))
    incoming = {"first": [(first, "wire", True)],
                "second": [(second_wire, "wire", True), (second_first, "first", True)]}
    via = copied_through(incoming)
    assert via == {"second": "first"}
    numbers = {"wire": 1, "first": 2, "second": 3}
    assert role("second", incoming, {"wire"}, {"wire", "first"}, numbers, "wire",
                via.get("second")) == "spun copy of [2]"
    # A relation directed by time alone between two spins that each swapped their own
    # words (a store the reuse step wrote before it undirected siblings): siblings still.
    own = Relation("second", "wire", "spun", 1.0, "spun", "wire", (),
                   (("harbour", "haven"), ("crews", "sailors"), ("pier", "jetty")))
    apart = {"first": [(first, "wire", True)],
             "second": [(own, "wire", True), (second_first, "first", True)]}
    assert copied_through(apart) == {}
