"""Reconciling a story's claims: support, independent sources, conflicts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from copydesk.extract.dates import find_dates
from copydesk.extract.quantities import find_quantities
from copydesk.facts import ArticleEvidence, ReconcileOptions, facts_for_story
from copydesk.records import Quote

A = "Brackwater Council said about 250 vessels were stuck in the bay on Monday."
B = "Brackwater Council counted 260 vessels stuck in the bay, officials said on Monday."
C = "Brackwater Council reported 400 vessels stuck in the bay on Monday."


def _ev(article_id: str, text: str, quotes: tuple[Quote, ...] = ()) -> ArticleEvidence:
    return ArticleEvidence(
        article_id, text,
        quantities=tuple(find_quantities(text, article_id)),
        dates=tuple(find_dates(text, article_id, date(2025, 3, 12))),
        quotes=quotes,
    )


def test_agreeing_numbers_merge_and_disagreeing_ones_conflict_with_both_sides_cited():
    facts = facts_for_story("s1", [_ev("a", A), _ev("b", B), _ev("c", C)])
    vessels = [f for f in facts if f.predicate == "count of vessels"]
    assert len(vessels) == 2
    main, odd = vessels
    assert main.article_ids == ("a", "b")
    assert main.independent_sources == 2
    assert odd.article_ids == ("c",)
    conflict = main.conflicts[0]
    assert conflict["type"] == "number"
    assert conflict["relative_difference"] > 0.10
    assert {c["article_id"] for c in conflict["this"]} == {"a", "b"}
    assert conflict["other"][0]["article_id"] == "c"
    assert conflict["other"][0]["text"] == "400 vessels"
    assert C[conflict["other"][0]["start"] : conflict["other"][0]["end"]] == "400 vessels"
    assert odd.conflicts[0]["other"][0]["article_id"] in {"a", "b"}


def test_tolerance_is_an_option():
    loose = ReconcileOptions(tolerance=0.7)
    facts = facts_for_story("s1", [_ev("a", A), _ev("c", C)], options=loose)
    vessels = [f for f in facts if f.predicate == "count of vessels"]
    assert len(vessels) == 1 and not vessels[0].conflicts


def test_a_reuse_family_counts_once():
    facts = facts_for_story("s1", [_ev("a", A), _ev("b", B)], families={"a": "f1", "b": "f1"})
    vessels = next(f for f in facts if f.predicate == "count of vessels")
    assert vessels.article_ids == ("a", "b")
    assert vessels.independent_sources == 1


def test_qualifiers_allow_ranges():
    more = "Brackwater Council said more than 300 vessels were stuck."
    facts = facts_for_story("s", [_ev("a", more), _ev("c", C)])
    vessels = [f for f in facts if f.predicate == "count of vessels"]
    assert len(vessels) == 1  # 400 is "more than 300"


def test_linked_quotes_are_one_claim():
    q1 = Quote("q1", "a", 0, 5, "The bay is closed until further notice", "Maren Holt", "e1",
               ("q2",))
    q2 = Quote("q2", "b", 0, 5, "Bay closed until further notice", "M. Holt", "e1", ("q1",))
    facts = facts_for_story("s", [_ev("a", A, (q1,)), _ev("b", B, (q2,))])
    said = [f for f in facts if f.predicate == "said"]
    assert len(said) == 1
    assert said[0].article_ids == ("a", "b")
    assert said[0].independent_sources == 2


def test_a_linked_quote_shows_the_wording_most_articles_carry():
    """Two copies carry the original words; a spun copy's longer wording is one article's."""
    wire = "The ferries will sail again when the crews are paid"
    spun = "The ferry boats shall voyage once more when the crew members are remunerated"
    ids = ("q1", "q2", "q3")
    quotes = [Quote(q, art, 0, 5, text, "Maren Holt", "e1", tuple(i for i in ids if i != q))
              for q, art, text in zip(ids, "abc", (wire, wire, spun), strict=True)]
    facts = facts_for_story("s", [_ev(art, A, (q,)) for art, q in zip("abc", quotes,
                                                                      strict=True)])
    (said,) = [f for f in facts if f.predicate == "said"]
    assert len(spun) > len(wire)
    assert said.value == wire
    assert said.article_ids == ("a", "b", "c")


def test_one_quote_given_to_two_speakers_is_a_conflict_of_speakers():
    """A standards-desk probe: a copy gave the fire chief's words to the mayor, and its
    article counted as backing "Marta Velling said". A copy that names nobody (a
    spinner's "informed journalists") still backs the speaker most articles give."""
    words = "The heat was so intense that our crews could not enter the building"
    ids = ("q1", "q2", "q3", "q4")
    speakers = ("Marta Velling", "Marta Velling", "Ilse Brandt", None)
    quotes = [Quote(q, art, 0, 5, words, who, "e1", tuple(i for i in ids if i != q))
              for q, art, who in zip(ids, "abcd", speakers, strict=True)]
    facts = facts_for_story("s", [_ev(art, A, (q,)) for art, q in zip("abcd", quotes,
                                                                      strict=True)])
    chief, mayor = sorted((f for f in facts if f.predicate == "said"),
                          key=lambda f: -len(f.article_ids))
    assert (chief.subject, chief.article_ids) == ("Marta Velling", ("a", "b", "d"))
    assert (mayor.subject, mayor.article_ids) == ("Ilse Brandt", ("c",))
    (conflict,) = chief.conflicts
    assert conflict["type"] == "speaker" and conflict["other_value"] == "Ilse Brandt"
    assert conflict["reported"] is None
    assert mayor.conflicts[0]["other_value"] == "Marta Velling"


def test_two_people_of_one_surname_are_two_speakers_and_the_bare_surname_neither() -> None:
    """A standards-desk probe: a copy gave Ruth Calder's words to Ian Calder, and the
    shared surname made it one more article backing her. A title before the surname is
    no given name ("Minister Calder" is either), and a bare "Calder" beside both goes
    with the better-backed speaker rather than joining one of them by the order read."""
    words = "Old Quay was built for the ships of another age and cannot serve these"
    ids = ("q1", "q2", "q3", "q4", "q5")
    speakers = ("Ruth Calder", "Transport Minister Ruth Calder", "Ian Calder", "Calder",
                "Minister Calder")
    quotes = [Quote(q, art, 0, 5, words, who, "e1", tuple(i for i in ids if i != q))
              for q, art, who in zip(ids, "abcde", speakers, strict=True)]
    facts = facts_for_story("s", [_ev(art, A, (q,)) for art, q in zip("abcde", quotes,
                                                                      strict=True)])
    said = sorted((f for f in facts if f.predicate == "said"), key=lambda f: -len(f.article_ids))
    assert [(f.subject, f.article_ids) for f in said] == [
        ("Ruth Calder", ("a", "b", "d", "e")), ("Ian Calder", ("c",))]
    assert said[0].conflicts[0]["other_value"] == "Ian Calder"
    # A regression probe: a bare surname read first had seeded one group that took both
    # Henrik and Jonas Dahl; "Fisher" for Anna Fischer is another name, not a spelling.
    for names, expected in ((("Dahl", "Henrik Dahl", "Henrik Dahl", "Jonas Dahl"),
                             [("Henrik Dahl", 3), ("Jonas Dahl", 1)]),
                            (("Anna Fischer", "Anna Fischer", "Fisher"),
                             [("Anna Fischer", 2), ("Fisher", 1)]),
                            # A second regression probe: one language, two people.
                            (("Helen Zhou", "Helen Zhou", "Zhu"), [("Helen Zhou", 2), ("Zhu", 1)]),
                            (("Karen Holt", "Karen Holt", "Maren Holt"),
                             [("Karen Holt", 2), ("Maren Holt", 1)]),
                            (("Daniel Brook", "Daniel Brook", "Daniela Brook"),
                             [("Daniel Brook", 2), ("Daniela Brook", 1)])):
        qids = tuple(f"d{i}" for i in range(len(names)))
        qs = [Quote(q, f"x{i}", 0, 5, words, who, "e1", tuple(j for j in qids if j != q))
              for i, (q, who) in enumerate(zip(qids, names, strict=True))]
        got = sorted(((f.subject, len(f.article_ids)) for f in facts_for_story(
            "s", [_ev(q.article_id, A, (q,)) for q in qs]) if f.predicate == "said"),
            key=lambda t: -t[1])
        assert got == expected, names


def test_one_speaker_transliterated_by_each_language_is_one_speaker() -> None:
    """A translation probe: one quote in six languages was four facts in conflict over
    Shevchuk, Chevtchouk, Schewtschuk and Szewczuk, and "unknown speaker" where the
    translations no tagger reads outnumbered the reports that name him."""
    words = "The crest has not reached Brenivka yet and we expect it tonight"
    speakers = ("Yuriy Shevchuk", "Chevtchouk", "Schewtschuk", "Jurij Szewczuk", "Шевчук",
                None, None, None, None, None, None, "Olena Kovalenko")
    ids = tuple(f"q{i}" for i in range(len(speakers)))
    arts = "abcdefghijkl"
    quotes = [Quote(q, art, 0, 5, words, who, "e1", tuple(i for i in ids if i != q))
              for q, art, who in zip(ids, arts, speakers, strict=True)]
    # The translations are in other languages: only between languages is a name
    # respelled (within one, Zhou and Zhu are two people).
    evidence = [replace(_ev(art, A, (q,)), english=art in "al")
                for art, q in zip(arts, quotes, strict=True)]
    families = dict.fromkeys(arts, "d")  # the Polish one is the original here
    said = sorted((f for f in facts_for_story("s", evidence, families)
                   if f.predicate == "said"), key=lambda f: -len(f.article_ids))
    assert [(f.subject, len(f.article_ids)) for f in said] == [
        ("Jurij Szewczuk", 11), ("Olena Kovalenko", 1)]


def test_events_on_different_dates_conflict():
    from copydesk.facts import EntityMention

    def ev(aid: str, text: str) -> ArticleEvidence:
        base = _ev(aid, text)
        mentions = []
        for name, kind in (("Maren Holt", "person"), ("Ines Laurier", "person"),
                           ("Brackwater", "place")):
            i = text.index(name)
            mentions.append(EntityMention(i, i + len(name), name, kind))
        return ArticleEvidence(aid, text, base.quantities, base.dates, (), tuple(mentions))

    x = ev("x", "Maren Holt met Ines Laurier in Brackwater on Monday.")
    y = ev("y", "Maren Holt met Ines Laurier in Brackwater on Tuesday.")
    facts = [f for f in facts_for_story("s", [x, y]) if f.predicate == "met"]
    assert len(facts) == 2
    assert {f.time for f in facts} == {"2025-03-10", "2025-03-11"}
    assert all(f.conflicts and f.conflicts[0]["type"] == "date" for f in facts)


def test_deterministic_ids():
    one = facts_for_story("s1", [_ev("a", A), _ev("b", B), _ev("c", C)])
    two = facts_for_story("s1", [_ev("c", C), _ev("b", B), _ev("a", A)])
    assert [f.id for f in one] == [f.id for f in two]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=10**6), min_size=1, max_size=6), st.randoms())
def test_order_does_not_matter_and_conflicts_are_symmetric(counts, rnd):
    texts = [f"Brackwater Council counted {n:,} vessels." for n in counts]
    evidence = [_ev(f"a{i}", t) for i, t in enumerate(texts)]
    shuffled = evidence[:]
    rnd.shuffle(shuffled)
    one = facts_for_story("s", evidence)
    two = facts_for_story("s", shuffled)
    assert [(f.id, f.article_ids, f.conflicts) for f in one] == [
        (f.id, f.article_ids, f.conflicts) for f in two
    ]
    vessels = [f for f in one if f.predicate == "count of vessels"]
    assert {a for f in vessels for a in f.article_ids} == {e.article_id for e in evidence}
    # Every fact that lists a conflict is itself listed by the other side.
    for f in vessels:
        for c in f.conflicts:
            other_ids = {x["article_id"] for x in c["other"]}
            partner = [g for g in vessels if set(g.article_ids) & other_ids]
            assert partner and any(g.conflicts for g in partner)


def test_a_fraction_is_a_share_comparable_with_a_percentage():
    d = "Brackwater handles roughly two-thirds of the region's grain exports."
    e = "Brackwater handles 66 percent of the region's grain exports, officials said."
    f = "Brackwater handles about 40 percent of the region's grain exports."
    facts = facts_for_story("s1", [_ev("d", d), _ev("e", e), _ev("f", f)])
    shares = [x for x in facts if x.predicate == "share of region's grain exports"]
    assert len(shares) == 2
    agreed = next(x for x in shares if "d" in x.article_ids)
    assert agreed.article_ids == ("d", "e")
    assert agreed.value in {"about 66.67 percent", "66 percent"}
    assert agreed.conflicts and agreed.conflicts[0]["other"][0]["article_id"] == "f"
    assert not [x for x in facts if x.predicate.startswith("count of")]


def test_units_read_in_the_plural_and_one_hour_compares_with_hours():
    g = "The ministers talked for about 5 hours of negotiations in Brackwater."
    h = "The ministers held 1 hour of negotiations in Brackwater."
    facts = facts_for_story("s1", [_ev("g", g), _ev("h", h)])
    talks = [x for x in facts if x.predicate == "duration of negotiations"]
    assert sorted(x.value for x in talks) == ["1 hour", "about 5 hours"]
    assert all(x.conflicts for x in talks)  # one group: 1 and 5 disagree


def _tolls(facts: list) -> dict[str, tuple[tuple[str, ...], list[str]]]:
    return {f.value: (f.article_ids, sorted(c["other_value"] for c in f.conflicts))
            for f in facts if f.predicate == "count of people killed"}


def test_a_toll_disagrees_whoever_reports_it():
    """The mayor's 12 and the Red Cross's 19 were two subjects, never compared."""
    a = "Mayor Alan Whitcombe said 12 people were killed in the blaze on Monday."
    b = "The Red Cross said 19 people were killed in the blaze on Monday."
    assert _tolls(facts_for_story("s", [_ev("a", a), _ev("b", b)])) == {
        "12": (("a",), ["19"]), "19": (("b",), ["12"])}


def test_an_open_count_joins_the_exact_one_it_allows_whatever_the_ids():
    """"at least 12" allows 15: taken first, it pulled the 12s into 15's side, and which
    side it took depended on the articles' ids (made from their sites)."""
    texts = ["At least 12 people were killed in the blaze on Monday.",
             "Fifteen people were killed in the blaze on Monday.",
             "Twelve people were killed in the blaze on Monday."]
    for ids in (["a", "b", "c"], ["c", "b", "a"], ["b", "c", "a"]):
        tolls = _tolls(facts_for_story("s", [_ev(i, t) for i, t in zip(ids, texts, strict=True)]))
        assert tolls == {"12": (tuple(sorted([ids[0], ids[2]])), ["15"]),
                         "15": ((ids[1],), ["12"])}, ids


def test_counts_of_other_years_and_of_one_writer_do_not_conflict():
    a = ("Eight people were killed when a tourist boat sank on Saturday. It was the worst "
         "accident since 2011, when 40 people were killed on the lake. In 1998, another 17 "
         "people were killed there.")
    b = "Eight people were killed when the boat sank on Saturday."
    c = "The ruling party won 52% of the vote on Sunday, while the opposition took 31% of the vote."
    facts = facts_for_story("s", [_ev("a", a), _ev("b", b), _ev("c", c)])
    assert not [f for f in facts if f.conflicts]
    tolls = {(f.value, f.time) for f in facts if f.predicate == "count of people killed"}
    assert tolls == {("8", "2025-03-08"), ("40", "2011"), ("17", "1998")}
    # "Since 1998, when…" dates what its clause says, not the sentence's own toll (the 12
    # were filed under 1998 and compared with nobody).
    e = ("Twelve people were killed in the blaze, officials now say, making it the deadliest "
         "fire in the city since 1998, when 17 people were killed in a hotel fire.")
    f = "Nine people were killed in the blaze, the fire service said."
    dated = [replace(_ev("e", e), year=2025), replace(_ev("f", f), year=2025)]
    tolls = _tolls(facts_for_story("s", dated))
    assert tolls == {"12": (("e",), ["9"]), "9": (("f",), ["12"]), "17": (("e",), [])}
    # A figure compared with an older one is this story's; only the older one is of its
    # year (the 58 % had been filed under four years before, beside the 41 %).
    g = "Turnout rose to 58 percent from 41 percent four years ago."
    turnout = [(f.value, f.time) for f in facts_for_story("s", [replace(_ev("g", g), year=2025)])
               if "turnout" in f.predicate]
    assert turnout == [("58 percent", None)]
    # A finance probe: a year a change is measured against dates no figure of the
    # sentence ("up 12 per cent on the same quarter last year" had filed this quarter's
    # profit under last year, apart from an outlet reporting it otherwise), while a year
    # a figure is of keeps it ("figures from 2023 show").
    h = "Ostvik Foods made a net profit of $2.1bn, up 12 per cent on the same quarter last year."
    i = "Ostvik Foods made a net profit of $1.2bn in the quarter, a 9 percent increase from 2024."
    j = "Figures from 2023 show 40 people were killed on the road."
    profits = facts_for_story("s", [replace(_ev(k, t), year=2025)
                                    for k, t in (("h", h), ("i", i), ("j", j))])
    by_value = {f.value: f for f in profits}
    assert by_value["2,100,000,000 USD"].time is None
    assert [c["other_value"] for c in by_value["2,100,000,000 USD"].conflicts] == [
        "1,200,000,000 USD"]
    assert by_value["40"].time == "2023"
    # A regression probe: a figure after the year is the year's own ("when it was"), but
    # not where the change went ("… last year to $1.2bn").
    k = "Revenue rose 8 percent compared with the same period last year, when it was $8.4bn."
    m = "Net profit rose 12% on the same period last year to $1.2bn."
    times = {f.value: f.time for f in facts_for_story(
        "s", [replace(_ev("k", k), year=2025), replace(_ev("m", m), year=2025)])}
    assert times["8,400,000,000 USD"] == "2024" and times["1,200,000,000 USD"] is None
    # A bare "since" runs to the present: that count is this story's.
    d = "Crews have worked 11 hours of overtime a week since 2022, the union said on Monday."
    (overtime,) = [f for f in facts_for_story("s", [_ev("d", d)]) if "overtime" in f.predicate]
    assert overtime.time == "2025-03-10"


def test_a_year_of_founding_in_a_clause_of_its_own_does_not_date_the_figures() -> None:
    """"Larkmoor, which was founded in 1852, has about 310,000 residents": the count is
    today's, not filed under 1852 beside the town's founding. In the figure's own clause
    the year dates it ("set up in 2019 with 400 workers")."""
    a = "Larkmoor, which was founded in 1852, has about 310,000 residents."
    b = "About 120 people were evacuated on Monday."
    c = ("The school has 900 pupils and was founded in 1901. The bridge, built in 1932, "
         "carries 40,000 cars a day.")
    d = "The steelworks was set up in 2019 with 400 workers."
    dated = [replace(_ev(k, t), year=2025) for k, t in zip("abcd", (a, b, c, d), strict=True)]
    facts = {(f.predicate, f.value): f for f in facts_for_story("s", dated)}
    residents = facts[("count of residents", "about 310,000")]
    assert residents.time is None
    assert facts[("count of pupils", "900")].time is None
    assert facts[("count of cars", "40,000")].time is None
    assert facts[("count of workers", "400")].time == "2019"
    # A regression probe: "when it was founded" dates the figure before it.
    e = "Larkfield school had 120 pupils when it was founded in 1901 and now has 900 pupils."
    pupils = {f.value: f.time for f in facts_for_story("s", [replace(_ev("e", e), year=2025)])
              if f.predicate == "count of pupils"}
    assert pupils == {"120": "1901", "900": None}
    f = "The hall was built in 1964, when the town had 8,000 residents."
    (residents,) = [x for x in facts_for_story("s", [replace(_ev("f", f), year=2025)])
                    if "residents" in x.predicate]
    assert residents.time == "1964"  # ", when …" is the year's own clause


def test_regressions_of_the_toll_and_year_rules() -> None:
    """Found by running today's rules against the morning's code."""
    # Two tolls every source gives side by side are two counts, not a disagreement.
    both = ("The fire service said 3 people were killed when a bus overturned on Monday. "
            "Police said 40 people were killed in the attack on Monday.")
    facts = facts_for_story("s", [_ev("a", both), _ev("b", both.replace("Police", "Officers"))])
    assert not [f for f in facts if f.conflicts]
    # A count dated to a day is this story's, whatever earlier year the sentence names.
    a = "The bridge, which opened in 1998, collapsed on Monday and 14 people were killed."
    b = "Emergency services said 12 people were killed when the bridge fell on Monday."
    assert _tolls(facts_for_story("s", [_ev("a", a), _ev("b", b)])) == {
        "14": (("a",), ["12"]), "12": (("b",), ["14"])}


def test_the_publication_year_decides_what_is_an_earlier_year() -> None:
    """"January 1" of next year made this year's count look like an earlier year's."""
    a = ("Police said 112 people have been killed on the region's roads in 2026. New speed "
         "limits take effect on January 1.")
    b = "Police said 126 people have been killed on the region's roads this year."
    evidence = [
        ArticleEvidence("a", a, quantities=tuple(find_quantities(a, "a")),
                        dates=tuple(find_dates(a, "a", date(2026, 12, 10))), year=2026),
        ArticleEvidence("b", b, quantities=tuple(find_quantities(b, "b")),
                        dates=tuple(find_dates(b, "b", date(2026, 12, 10))), year=2026),
    ]
    tolls = _tolls(facts_for_story("s", evidence))
    assert tolls["112"][1] == ["126"]


def test_a_bare_casualty_word_counts_people() -> None:
    """"14 injured" and "Fourteen people were injured" were two facts of one source each."""
    a = "Five people were killed and 14 injured when the roof fell on Monday."
    b = "Fourteen people were injured when the roof fell on Monday, the hospital said."
    facts = facts_for_story("s", [_ev("a", a), _ev("b", b)])
    (injured,) = [f for f in facts if "injured" in f.predicate]
    assert (injured.value, injured.article_ids) == ("14", ("a", "b"))


def test_a_tie_shows_the_wording_of_the_familys_original() -> None:
    """An English original and its Spanish translation carried one quote; the briefing
    showed the Spanish (the longer), and so did the subject of a tied statement."""
    en = 'Finance Minister Petra Holm said: "This loan is a vote of confidence in us."'
    es = 'La ministra Petra Holm dijo: "Este préstamo es un voto de confianza en nosotros."'
    quotes = {"en": Quote("q-en", "en", en.index('"') + 1, len(en) - 1,
                          "This loan is a vote of confidence in us.", "Petra Holm", "e1",
                          ("q-es",)),
              "es": Quote("q-es", "es", es.index('"') + 1, len(es) - 1,
                          "Este préstamo es un voto de confianza en nosotros.", "Petra Holm",
                          "e1", ("q-en",))}
    evidence = [_ev("es", es, (quotes["es"],)), _ev("en", en, (quotes["en"],))]
    for families in ({"en": "en", "es": "en"}, {"en": "es", "es": "es"}):
        facts = facts_for_story("s", evidence, families)
        (quote,) = [f for f in facts if f.predicate == "said"]
        root = families["en"]
        assert quote.value == quotes[root].text


def test_a_toll_later_reports_changed_is_told_from_sources_disagreeing() -> None:
    """A toll of 5 on Monday and 12 on Wednesday was shown as two sources in conflict."""
    from datetime import datetime, timezone

    monday = datetime(2025, 3, 10, 9, tzinfo=timezone.utc)
    texts = {"a": ("Five people were killed when the quake struck on Monday.", monday),
             "b": ("At least 5 people were killed in the quake on Monday.", monday),
             "c": ("The toll rose on Wednesday: 12 people were killed in Monday's quake.",
                   monday.replace(day=12)),
             "d": ("Police said 19 people were killed in Monday's quake.", monday)}
    evidence = [replace(_ev(k, text), published=when) for k, (text, when) in texts.items()]
    facts = facts_for_story("s", evidence)
    reported = {f.value: sorted((c["other_value"], c["reported"]) for c in f.conflicts)
                for f in facts if f.predicate == "count of people killed"}
    assert reported == {"5": [("12", "later"), ("19", "alongside")],
                        "12": [("19", "earlier"), ("5", "earlier")],
                        "19": [("12", "later"), ("5", "alongside")]}
    # Within hours of each other, two values are a dispute, whichever came first.
    evidence[2] = replace(evidence[2], published=monday.replace(hour=15))
    facts = facts_for_story("s", evidence)
    assert {c["reported"] for f in facts for c in f.conflicts} == {"alongside"}
    # Without times it cannot tell, and says so.
    facts = facts_for_story("s", [_ev(k, text) for k, (text, _when) in texts.items()])
    assert {c["reported"] for f in facts for c in f.conflicts} == {None}


def test_a_round_figure_and_a_near_one_a_day_later_are_an_update() -> None:
    """A regression probe: Monday's "40 others injured" and Tuesday's "the number of
    injured stands at 38" were one fact of 38 (40 is round, 5 % apart), cited to the
    articles that said 40; within hours the two still agree."""
    from datetime import datetime, timezone

    monday = datetime(2025, 3, 10, 9, tzinfo=timezone.utc)
    first = "Two workers died and 40 others were injured in the blast on Monday."
    later = "The number of injured stands at 38, officials said on Tuesday."
    evidence = [replace(_ev("a", first), published=monday),
                replace(_ev("b", later), published=monday.replace(day=11))]
    injured = {f.value: [c["reported"] for c in f.conflicts]
               for f in facts_for_story("s", evidence) if "injured" in f.predicate}
    assert injured == {"40": ["later"], "38": ["earlier"]}
    evidence[1] = replace(evidence[1], published=monday.replace(hour=11))
    (one,) = [f for f in facts_for_story("s", evidence) if "injured" in f.predicate]
    assert one.article_ids == ("a", "b") and not one.conflicts
    # A versions probe: the dead are counted, not rounded. The wire's update of its toll
    # from 19 to 20 had been folded into 19, and the latest toll was shown nowhere.
    toll = "The death toll rose to 19 on Tuesday, police said."
    update = "The death toll rose to 20 on Tuesday, police said."
    evidence = [replace(_ev("a", toll), published=monday.replace(day=11), site="Wire"),
                replace(_ev("b", update), published=monday.replace(day=11, hour=13),
                        site="Wire")]
    tolls = {f.value: [c["reported"] for c in f.conflicts]
             for f in facts_for_story("s", evidence) if "killed" in f.predicate}
    assert tolls == {"19": ["later"], "20": ["earlier"]}
    # A regression probe: a toll "feared" or "according to early estimates" is a guess,
    # rounded like any other ("20 people are feared dead" and 19 killed are one fact).
    feared = [replace(_ev("a", "20 people are feared dead after the collapse."),
                      published=monday, site="A"),
              replace(_ev("b", "19 people were killed in the collapse."),
                      published=monday.replace(hour=10), site="B")]
    (one,) = [f for f in facts_for_story("s", feared) if "people" in f.predicate]
    assert one.article_ids == ("a", "b") and not one.conflicts


def test_the_briefing_names_later_reports_and_conflicts_apart() -> None:
    from copydesk.report.fact_rows import _conflict as _conflict_view

    raw = {"other_value": "12", "other": [{"article_id": "c"}], "reported": "later"}
    assert _conflict_view(raw, {"c": 3}, ["a"]).label == "later reports"
    assert _conflict_view({**raw, "reported": "alongside"}, {"c": 3}, ["a"]).label == "conflict"


def test_two_exact_figures_that_differ_disagree_within_the_tolerance() -> None:
    """"230 passengers were rescued" was folded into "212" (8 % apart, under the 10 %
    tolerance): no conflict, and 230 shown nowhere. The tolerance is for figures given
    roughly: a round one (1,500) or one with a qualifier still agrees with a close one."""
    rescued = [("a", "Brackwater Council said 212 passengers were rescued on Monday."),
               ("b", "Brackwater Council said 230 passengers were rescued on Monday.")]
    facts = [f for f in facts_for_story("s", [_ev(i, t) for i, t in rescued])
             if f.predicate.startswith("count of passengers")]
    assert sorted(f.value for f in facts) == ["212", "230"]
    assert all(f.conflicts for f in facts)
    for pair in ([("c", "Brackwater Council said 1,500 passengers were rescued on Monday."),
                  ("d", "Brackwater Council said 1,480 passengers were rescued on Monday.")],
                 [("e", "Brackwater Council said nearly 220 passengers were rescued on Monday."),
                  ("f", "Brackwater Council said 212 passengers were rescued on Monday.")]):
        (fact,) = [f for f in facts_for_story("s", [_ev(i, t) for i, t in pair])
                   if f.predicate.startswith("count of passengers")]
        assert fact.article_ids == tuple(i for i, _t in pair) and not fact.conflicts
    # A regression probe: a percentage rounded by an outlet, and "a dozen", are no
    # exact figures against a close one; 3.1 % against 3.2 % still disagree.
    for pair, agree in (
        (("Brackwater Council said 48 per cent of households lost power on Monday.",
          "Brackwater Council said 48.3 per cent of households lost power on Monday."), True),
        (("Brackwater Council said a dozen boats were lost on Monday.",
          "Brackwater Council said 13 boats were lost on Monday."), True),
        (("Brackwater Council said 3.1 per cent of households lost power on Monday.",
          "Brackwater Council said 3.2 per cent of households lost power on Monday."), False)):
        facts = facts_for_story("s", [_ev(str(i), t) for i, t in enumerate(pair)])
        assert (len(facts) == 1 and not facts[0].conflicts) is agree, pair


def test_an_open_figure_does_not_absorb_an_exact_one_beyond_its_bound():
    """Found by a probe: "at least 40" reaches 50, and the 10 % tolerance on top took 52
    in, so the higher toll vanished from the facts."""
    wire = "At least 40 people were killed when the boat capsized on Monday."
    own = "Fifty-two people were killed when the boat capsized on Monday."
    facts = [f for f in facts_for_story("s", [_ev("a", wire), _ev("b", own)])
             if "killed" in f.predicate]
    assert sorted(f.value for f in facts) == ["52", "at least 40"]
    assert all(f.conflicts for f in facts)
    # Within the bound it agrees, and a rough figure keeps its tolerance.
    near = "Some 48 people were killed when the boat capsized on Monday."
    rough = "About 50 people were killed when the boat capsized on Monday."
    for text in (near, rough):
        facts = [f for f in facts_for_story("s", [_ev("a", wire), _ev("b", text)])
                 if "killed" in f.predicate]
        assert len(facts) == 1 and not facts[0].conflicts, text


def test_copies_of_one_report_do_not_outvote_independent_wording():
    wire = "About 250 vessels were stuck in the bay on Monday, Brackwater Council said."
    own = "Around 260 vessels were stuck in the bay on Monday, Brackwater Council said."
    evidence = [_ev("a", wire), _ev("b", wire), _ev("c", wire), _ev("d", own), _ev("e", own)]
    fams = {"a": "a", "b": "a", "c": "a"}
    (vessels,) = [f for f in facts_for_story("s", evidence, families=fams)
                  if f.predicate == "count of vessels"]
    assert vessels.independent_sources == 3
    assert vessels.value == "about 260"  # two sources wrote it, one wrote "about 250"


def test_a_half_is_rounded_up_as_newsrooms_do():
    exact = "Turnout was 48.5% of registered voters, the commission said on Monday."
    rounded = "Turnout was 49% of registered voters, the commission said on Monday."
    facts = [f for f in facts_for_story("s", [_ev("a", exact), _ev("b", rounded)])
             if f.predicate.startswith("share")]
    assert len(facts) == 1 and not facts[0].conflicts, [(f.value, f.conflicts) for f in facts]


def test_a_toll_after_hedging_words_meets_the_other_reports_toll() -> None:
    """"are now known to have died" counted "people", a noun never compared, and the 14
    never met the other report's 12."""
    a = "Fourteen people are now known to have died in the fire at the tannery."
    for b in ("Twelve people were killed in the fire at the tannery, the mayor said.",
              # "people" meets the story's one named group killed: workers.
              "Twelve workers were killed in the fire at the tannery, the mayor said."):
        facts = facts_for_story("s", [_ev("a", a), _ev("b", b)])
        assert {f.value: (f.article_ids, [c["other_value"] for c in f.conflicts])
                for f in facts} == {"14": (("a",), ["12"]), "12": (("b",), ["14"])}
    # With two named groups killed, the people's toll is compared with neither.
    c = "Two firefighters were killed in the fire at the tannery."
    facts = facts_for_story("s", [_ev("a", a), _ev("b", b), _ev("c", c)])
    assert not [f for f in facts if f.conflicts]


def test_a_count_of_part_of_a_group_is_no_rival_for_the_whole() -> None:
    a = ("Two of the injured workers later died in hospital. Crews from Oskby and two "
         "other districts fought the blaze.")
    b = "Twelve workers were killed in the blast, and crews from four districts came."
    facts = facts_for_story("s", [_ev("a", a), _ev("b", b)])
    assert sorted(f.value for f in facts) == ["12", "2", "2", "4"]
    assert not [f for f in facts if f.conflicts]


def test_an_addition_to_a_toll_is_no_rival_for_the_toll() -> None:
    """"Aftershocks killed two more people" adds to the toll; it had been a toll of 2
    against another report's 31."""
    a = "Aftershocks on Friday killed two more people, officials said."
    b = "The earthquake has killed 31 people, officials said on Friday."
    facts = facts_for_story("s", [_ev("a", a), _ev("b", b)])
    assert sorted(f.value for f in facts if f.value.isdigit()) == ["2", "31"]
    assert not [f for f in facts if f.conflicts]
    c = "The earthquake has killed 29 people, officials said on Friday."
    facts = facts_for_story("s", [_ev("a", a), _ev("b", b), _ev("c", c)])
    assert sorted(f.value for f in facts if f.conflicts) == ["29", "31"]


def test_a_figure_takes_the_date_nearest_it_in_its_sentence() -> None:
    """A fact-checking probe: "the death toll from Sunday's landslide rose to 27 on
    Tuesday" dated the 27 on Sunday, the first date of the sentence."""
    a = ("The death toll from Sunday's landslide rose to 27 on Tuesday, with 58 people "
         "injured, the ministry said.")
    times = {f.value: f.time for f in facts_for_story("s", [_ev("a", a)])}
    assert times["27"] == times["58"] == "2025-03-11"


def test_a_translation_backs_a_sum_of_money_and_nothing_it_cannot_read() -> None:
    """A fact-checking probe: no figure of a German, French or Spanish report backed any
    fact, so "$3.2 billion" showed one source where five gave it. Only sums (and tolls)
    are read: counted nouns and names are English rules."""
    en = "Norveld will pay $3.2 billion in cash for Kalmar Grid, the firms said on Tuesday."
    de = ("Norveld kauft Kalmar Grid für 3,2 Milliarden Dollar, wie beide Unternehmen am "
          "Dienstag mitteilten. Mindestens 12 Werke gehören dazu.")
    german = ArticleEvidence("de", de, quantities=tuple(find_quantities(de, "de", "de")),
                             english=False)
    facts = facts_for_story("s", [_ev("en", en), german])
    (sum_,) = [f for f in facts if "USD" in f.value]
    assert sum_.article_ids == ("de", "en")
    assert [f for f in facts if "de" in f.article_ids] == [sum_]  # not "12 Werke"
    # Read as English, the same German text would have given its count as a claim.
    assert any("12" in f.value for f in facts_for_story("s", [replace(german, english=True)]))


def test_one_sum_is_one_fact_whichever_name_stands_nearest_it() -> None:
    """A fact-checking probe: "$3.2 billion in cash" and "$3.2 billion" of one deal were
    rows of their own, each with one source, because the nearest names differed."""
    a = "Norveld Energy will pay $3.2 billion for Kalmar Grid, the firms said on Tuesday."
    b = "Kalmar Grid shareholders will receive $3.2 billion in cash, the firms said."
    c = "Kalmar Grid was fined $410 million in 2023, the regulator said on Tuesday."
    facts = facts_for_story("s", [_ev("a", a), _ev("b", b), _ev("c", c)])
    (deal,) = [f for f in facts if f.value == "3,200,000,000 USD"]
    assert deal.article_ids == ("a", "b")
    assert [f.article_ids for f in facts if f.value == "410,000,000 USD"] == [("c",)]


def test_deaths_and_a_bare_toll_are_the_death_toll() -> None:
    """An incremental-run probe: "Police confirmed four deaths" was a fact apart from "four
    people were killed", and "bringing the toll from the flood to 11" counted nothing."""
    a = "Police confirmed four deaths on Monday."
    b = "Four people were killed in the flood on Monday, police said."
    facts = facts_for_story("s", [_ev("a", a), _ev("b", b)])
    (toll,) = [f for f in facts if f.value == "4"]
    assert toll.article_ids == ("a", "b")  # one fact, in the first article's words
    c = ("Divers found the last two missing residents dead on Wednesday, bringing the toll "
         "from the flood to 11, officials said.")
    facts = facts_for_story("s", [_ev("c", c)])
    assert [f.predicate for f in facts if f.value == "11"] == ["count of people killed"]
    assert not [f for f in facts_for_story("s", [_ev("d", "The bridge toll rose to 5 on Monday.")])
                if f.predicate.endswith("killed")]


def test_a_value_only_sources_of_the_other_value_give_is_no_conflict() -> None:
    """"The 18% wheat duty falls to 6%" beside another report's 6%: the 18% comes only
    from an article that also gives 6%, so no source disputes the 6%."""
    a = "Under the deal the 18% wheat duty falls to 6% by 2028."
    b = "Tarrenland's wheat duty falls to 6% under the deal signed on Friday."
    facts = facts_for_story("s", [_ev("a", a), _ev("b", b)])
    six = next(f for f in facts if f.value == "6 percent")
    assert six.article_ids == ("a", "b") and not six.conflicts
    assert not [f for f in facts if f.conflicts]
    # Sources that each give only their own value still disagree.
    c = "Tarrenland's wheat duty falls to 8% under the deal signed on Friday."
    facts = facts_for_story("s", [_ev("b", b), _ev("c", c)])
    assert sorted(f.value for f in facts if f.conflicts) == ["6 percent", "8 percent"]


def test_words_newsrooms_and_spinners_swap_count_one_thing() -> None:
    a = "About 2,000 farmers joined the protest, which ended after five hours of talks."
    b = "About 2,000 growers joined the protest, which ended after five hours of negotiations."
    facts = facts_for_story("s", [_ev("a", a), _ev("b", b)])
    assert {f.value: f.article_ids for f in facts} == {
        "about 2,000": ("a", "b"), "5 hours": ("a", "b")}


def test_a_fine_and_the_sum_confiscated_are_no_conflict() -> None:
    a = "He must pay a fine of 750,000 crowns. The court confiscated 3.8 million crowns."
    b = "The court confiscated 3.8 million crowns from the former minister."
    facts = facts_for_story("s", [_ev("a", a), _ev("b", b)])
    assert not [f for f in facts if f.conflicts]
    assert "amount of fine" in {f.predicate for f in facts}


def test_the_headline_rate_is_inflation_not_the_central_banks_rate() -> None:
    a = "The bank cut its main interest rate to 3.25% on Tuesday."
    b = "Core inflation stood at 3.1% in May, well above the headline rate of 2.4%."
    facts = facts_for_story("s", [_ev("a", a), _ev("b", b)])
    assert not [f for f in facts if f.conflicts]


def test_two_sums_of_one_fine_a_few_percent_apart_conflict() -> None:
    """A standards-desk probe: "fined Brightwater Foods \u20ac4.2 million" and another
    report's "a fine of \u20ac4.5 million" were one fact (7 % apart, within the tolerance
    for round figures); a sum is stated, not estimated. The sum prosecutors asked for is
    no rival figure."""
    a = ("A court fined Brightwater Foods \u20ac4.2 million on Thursday. Prosecutors had "
         "asked for a fine of \u20ac6 million.")
    b = "Brightwater Foods was ordered to pay a fine of \u20ac4.5 million on Thursday."
    fines = [f for f in facts_for_story("s", [_ev("a", a), _ev("b", b)])
             if f.predicate == "amount of fine"]
    assert sorted(f.value for f in fines) == ["4,200,000 EUR", "4,500,000 EUR"]
    assert all(f.conflicts for f in fines)


def test_a_sum_named_by_its_value_joins_the_one_named_sum_of_that_value() -> None:
    """A regression probe: a German translation's "1,8 Millionen Euro" ("amount of
    money") stood apart from its original's fine; a fact-checking probe's "a fine of 40
    million crowns" beside "40 million crowns", and "a $3.2 billion offer" beside the
    deal's $3.2 billion. Two named sums of one value stay apart."""
    a = "A court fined Kalmar Grid 40 million crowns on Monday."
    b = "Kalmar Grid must pay 40 million crowns, the court said."
    c = "Norveld Energy will pay $3.2 billion for the network, and the grant is $3.2 billion."
    facts = facts_for_story("s", [_ev("a", a), _ev("b", b)])
    (fine,) = [f for f in facts if "40,000,000" in f.value]
    assert fine.predicate == "amount of fine" and fine.article_ids == ("a", "b")
    two = facts_for_story("s", [_ev("a", a.replace("40", "3.2").replace("crowns", "dollars")),
                                _ev("c", c)])
    assert len([f for f in two if f.value.startswith("3,200,000,000")]) >= 1


def test_a_named_sum_keeps_its_name_and_a_nameless_quote_its_originals_speaker() -> None:
    """A regression probe: once sums named by their value joined "amount of fine", the
    fact was called "amount of money" (they outnumbered it); and an Italian translation
    whose speaker is not read went, on a tie, to the speaker a spun copy wrongly gave."""
    fine = "A court fined Halvorsen Group 12 million euros on Monday."
    money = "Halvorsen Group must pay 12 million euros, the court said."
    facts = facts_for_story("s", [_ev("a", fine), _ev("b", money), _ev("c", money)])
    (sum_fact,) = [f for f in facts if "12,000,000" in f.value]
    assert sum_fact.predicate == "amount of fine"
    assert sum_fact.article_ids == ("a", "b", "c")
    words = "We are still reaching the villages that were cut off"
    ids = ("q1", "q2", "q3")
    speakers = ("Dario Conti", "Alina Voss", None)
    quotes = [Quote(q, art, 0, 5, words, who, "e1", tuple(i for i in ids if i != q))
              for q, art, who in zip(ids, ("wire", "spin", "italian"), speakers, strict=True)]
    families = {"wire": "wire", "spin": "wire", "italian": "wire"}
    said = facts_for_story("s", [_ev(q.article_id, A, (q,)) for q in quotes], families)
    by_speaker = {f.subject: f.article_ids for f in said if f.predicate == "said"}
    assert by_speaker == {"Dario Conti": ("italian", "wire"), "Alina Voss": ("spin",)}


def test_a_place_standing_nearest_a_figure_does_not_make_it_another_fact():
    """A facts probe: "Governor Maria Alvarez, visiting Pinecrest on Wednesday, promised
    $20 million in emergency aid" and "Alvarez pledged $25 million in emergency aid" were
    two facts ("Pinecrest …", "Maria Alvarez …") with no conflict. Two places' figures
    stay two facts."""
    from copydesk.facts import EntityMention

    def ev(aid: str, text: str, names: tuple[tuple[str, str], ...]) -> ArticleEvidence:
        base = _ev(aid, text)
        mentions = tuple(EntityMention(text.index(n), text.index(n) + len(n), n, kind)
                         for n, kind in names)
        return ArticleEvidence(aid, text, base.quantities, base.dates, (), mentions)

    x = ev("x", "Governor Maria Alvarez, visiting Pinecrest, promised $20 million in "
           "emergency aid.", (("Maria Alvarez", "person"), ("Pinecrest", "place")))
    y = ev("y", "Maria Alvarez pledged $25 million in emergency aid.",
           (("Maria Alvarez", "person"),))
    aid = [f for f in facts_for_story("s", [x, y]) if "aid" in f.predicate]
    assert sorted(f.value for f in aid) == ["20,000,000 USD", "25,000,000 USD"]
    assert all(f.conflicts for f in aid)
    places = [ev("p", "Portvale said 3,000 workers walked out.", (("Portvale", "place"),)),
              ev("q", "Brackwater said 500 workers walked out.", (("Brackwater", "place"),))]
    workers = [f for f in facts_for_story("s", places) if f.predicate == "count of workers"]
    assert len(workers) == 2 and not any(f.conflicts for f in workers)


def test_an_outlet_revising_its_own_toll_within_hours_is_an_update() -> None:
    """A numbers probe: a wire's "12 dead" at 09:00 and its "15 dead" at 14:00 were shown
    as a conflict, the wire disputing itself; another outlet's 18 at 14:20 is a dispute."""
    from datetime import datetime, timezone

    nine = datetime(2025, 3, 4, 9, tzinfo=timezone.utc)
    texts = {"w1": ("Twelve people were killed when the roof fell.", nine, "wire.example"),
             "c1": ("Twelve people were killed when the roof fell.", nine.replace(hour=10),
                    "copier.example"),
             "w2": ("Fifteen people were killed when the roof fell.", nine.replace(hour=14),
                    "wire.example"),
             "x": ("Eighteen people were killed, the hospital said.",
                   nine.replace(hour=14, minute=20), "courier.example")}
    evidence = [replace(_ev(k, text), published=when, site=site)
                for k, (text, when, site) in texts.items()]
    facts = facts_for_story("s", evidence, families={"w1": "w1", "c1": "w1"})
    reported = {f.value: sorted((c["other_value"], c["reported"]) for c in f.conflicts)
                for f in facts if f.predicate == "count of people killed"}
    assert reported == {"12": [("15", "later"), ("18", "alongside")],
                        "15": [("12", "earlier"), ("18", "alongside")],
                        "18": [("12", "alongside"), ("15", "alongside")]}
    # Without sites, five hours apart is a dispute, as before.
    unsited = [replace(e, site=None) for e in evidence]
    facts = facts_for_story("s", unsited, families={"w1": "w1", "c1": "w1"})
    assert {c["reported"] for f in facts for c in f.conflicts} == {"alongside"}


def test_one_outlets_successive_reports_are_one_independent_source() -> None:
    """The same probe: "about 300 traders" in two updates of one wire counted 2."""
    first = replace(_ev("a", "About 300 traders work in the market."), site="wire.example")
    second = replace(_ev("b", "Some 300 traders lost their stalls."), site="wire.example")
    other = replace(_ev("c", "Nearly 300 traders were at work."), site="courier.example")
    (traders,) = [f for f in facts_for_story("s", [first, second, other])
                  if f.predicate == "count of traders"]
    assert traders.article_ids == ("a", "b", "c")
    assert traders.independent_sources == 2


def test_a_bound_and_the_figure_inside_it_agree_whenever_reported() -> None:
    """"At least 17" and a later 17 were a conflict 0 % apart."""
    from datetime import datetime, timezone

    day = datetime(2025, 3, 5, 8, tzinfo=timezone.utc)
    bound = replace(_ev("a", "At least 17 people were killed in the collapse."), published=day)
    exact = replace(_ev("b", "Officials said 17 people were killed in the collapse."),
                    published=day.replace(day=7))
    (killed,) = [f for f in facts_for_story("s", [bound, exact])
                 if f.predicate == "count of people killed"]
    assert killed.article_ids == ("a", "b") and not killed.conflicts


def test_an_outlet_reprinting_two_reports_does_not_make_them_one_source() -> None:
    """A site carries the wire's copy and a copy of a local paper's own report: each copy
    is its original's, and the two reports stay two sources."""
    wire = replace(_ev("w", "Six people were killed in the fire."), site="wire.example")
    local = replace(_ev("l", "Six people were killed in the blaze."), site="local.example")
    agg_w = replace(_ev("x1", "Six people were killed in the fire."), site="agg.example")
    agg_l = replace(_ev("x2", "Six people were killed in the blaze."), site="agg.example")
    families = {"w": "w", "x1": "w", "l": "l", "x2": "l"}
    (killed,) = [f for f in facts_for_story("s", [wire, local, agg_w, agg_l], families)
                 if f.predicate == "count of people killed"]
    assert killed.independent_sources == 2


def test_one_figure_in_miles_and_in_kilometres_is_one_fact() -> None:
    """A numbers probe: a "30-mile detour" and a "48 km detour", "12,350 acres" and "about
    5,000 hectares" were two facts each, never compared; a 60 km detour disputes them."""
    texts = {"a": "Drivers face a 30-mile detour while the bridge is shut.",
             "b": "Drivers face a 48 km detour while the bridge is shut.",
             "c": "The fire burned 12,350 acres of forest.",
             "d": "The fire burned about 5,000 hectares of forest.",
             "e": "Drivers face a 60 km detour while the bridge is shut."}
    facts = facts_for_story("s", [_ev(k, t) for k, t in texts.items()])
    shown = {f.article_ids: sorted(c["other_value"] for c in f.conflicts) for f in facts}
    assert shown == {("a", "b"): ["60 km"], ("c", "d"): [], ("e",): ["30 miles"]}


def test_hurt_and_injured_are_one_count() -> None:
    """The same probe: "more than 50 were hurt" and "52 injured" were two rows."""
    facts = facts_for_story("s", [_ev("a", "More than 50 people were hurt in the collapse."),
                                  _ev("b", "Officials said 52 people were injured in it.")])
    (hurt,) = [f for f in facts if f.predicate.startswith("count of people")]
    assert hurt.article_ids == ("a", "b") and not hurt.conflicts


def test_an_aggregators_reprints_are_not_its_own_revision() -> None:
    """A regression probe: an aggregator reprinted the wire's 12 dead and, an hour later,
    a local paper's own 15; the dispute between the two outlets read as an update."""
    from datetime import datetime, timezone

    nine = datetime(2025, 3, 4, 9, tzinfo=timezone.utc)
    rows = {"w": ("Twelve people were killed in the fire.", 0, "wire.example"),
            "x1": ("Twelve people were killed in the fire.", 30, "agg.example"),
            "p": ("Fifteen people were killed in the blaze.", 60, "post.example"),
            "x2": ("Fifteen people were killed in the blaze.", 90, "agg.example")}
    evidence = [replace(_ev(k, t), published=nine + timedelta(minutes=m), site=site)
                for k, (t, m, site) in rows.items()]
    facts = facts_for_story("s", evidence, families={"w": "w", "x1": "w", "p": "p", "x2": "p"})
    assert {c["reported"] for f in facts for c in f.conflicts} == {"alongside"}
    assert {f.value: f.independent_sources for f in facts} == {"12": 1, "15": 1}


def test_one_outlets_rounded_and_exact_figure_agree() -> None:
    """The same probe: one site's "turnout was 48%" and, an hour later, "48.3%" had
    become a conflict of the site with itself."""
    from datetime import datetime, timezone

    nine = datetime(2025, 3, 4, 9, tzinfo=timezone.utc)
    first = replace(_ev("a", "Turnout was 48%, officials said."), published=nine,
                    site="news.example")
    second = replace(_ev("b", "Turnout was 48.3%, officials said."),
                     published=nine + timedelta(hours=1), site="news.example")
    (turnout,) = [f for f in facts_for_story("s", [first, second]) if "turnout" in f.predicate]
    assert turnout.article_ids == ("a", "b") and not turnout.conflicts


def test_a_ukrainian_and_a_russian_romanisation_are_one_speaker() -> None:
    from copydesk.facts.quote_speakers import _same_speaker

    assert _same_speaker("Oleksiy Hnatyuk", "Alexei Gnatyuk")
    assert _same_speaker("Serhiy Bondar", "Sergei Bondar")
    assert _same_speaker("Oleksiy Hnatyuk", "Gnatyuk")
    assert not _same_speaker("John Hill", "John Gill")
    assert not _same_speaker("Serhiy Bondar", "Oleksiy Bondar")


def test_a_report_in_another_story_disputes_who_said_the_words() -> None:
    """An entities probe: the Harbour Times gave the wire's quote to Serhiy Bondar, but
    the clusterer put its report in a story of its own, and the misattribution was never
    flagged. A linked quote of another story's article disputes the speaker; it backs
    nothing here and makes no fact of its own."""
    words = "We have nothing to hide, and we will hand every document over"
    wire = Quote("q1", "wire", 0, 61, words, "Oleksiy Hnatyuk", "e1", ("q2", "q3"))
    copy = Quote("q2", "copy", 0, 61, words, "Oleksiy Hnatyuk", "e1", ("q1", "q3"))
    other = Quote("q3", "times", 0, 61, words, "Serhiy Bondar", "e2", ("q1", "q2"))
    evidence = [ArticleEvidence("wire", words, quotes=(wire,), site="wire.example"),
                ArticleEvidence("copy", words, quotes=(copy,), site="copy.example"),
                ArticleEvidence("times", "", quotes=(other,), site="times.example",
                                outside=True)]
    (said,) = facts_for_story("s", evidence, families={"wire": "wire", "copy": "wire"})
    assert said.subject == "Oleksiy Hnatyuk" and said.article_ids == ("copy", "wire")
    ((conflict),) = said.conflicts
    assert conflict["other_value"] == "Serhiy Bondar"
    assert [c["article_id"] for c in conflict["other"]] == ["times"]
    # The same speaker elsewhere adds nothing: no conflict, no support.
    agreeing = replace(evidence[2], quotes=(replace(other, speaker="Oleksiy Hnatyuk"),))
    (said,) = facts_for_story("s", [*evidence[:2], agreeing],
                              families={"wire": "wire", "copy": "wire"})
    assert said.article_ids == ("copy", "wire") and not said.conflicts


def test_a_short_or_other_quote_of_another_story_disputes_nothing() -> None:
    """The cross-story rule's regression check: two judges who both said "lasting harm",
    and linked template quotes ("running our plants harder", "our bakeries"), are no
    dispute of who said the words."""
    short = Quote("q1", "a", 0, 12, "lasting harm", "Helen Marsh", "e1", ("q2",))
    other = Quote("q2", "b", 0, 12, "lasting harm", "Anil Varma", "e2", ("q1",))
    plants = Quote("q3", "c", 0, 60, "We are running our plants harder than at any time "
                   "in the company's history", "Dana Whitlock", "e3", ("q4",))
    bakeries = Quote("q4", "d", 0, 60, "We are running our bakeries harder than at any time "
                     "in the company's history", "Mia Lund", "e4", ("q3",))
    for mine, theirs in ((short, other), (plants, bakeries)):
        evidence = [ArticleEvidence(mine.article_id, mine.text, quotes=(mine,)),
                    ArticleEvidence(theirs.article_id, "", quotes=(theirs,), outside=True)]
        (said,) = facts_for_story("s", evidence)
        assert said.subject == mine.speaker and not said.conflicts


def test_an_older_events_day_keeps_its_toll_apart() -> None:
    """A briefing probe: "the deadliest since 4 November 2009, when the footbridge
    collapsed, killing 19 people" was this week's toll's "later report" of 19."""
    def ev(key: str, text: str, day: date) -> ArticleEvidence:
        return ArticleEvidence(key, text, quantities=tuple(find_quantities(text, key)),
                               dates=tuple(find_dates(text, key, day)), year=day.year)

    now = ev("a", "At least seven people were killed when the roof collapsed on Monday.",
             date(2025, 3, 10))
    then = ev("b", "It was the deadliest collapse since 4 November 2009, when the Dunmore "
                   "Street footbridge collapsed, killing 19 people.", date(2025, 3, 11))
    killed = {f.value: f for f in facts_for_story("s", [now, then])
              if f.predicate == "count of people killed"}
    assert set(killed) == {"at least 7", "19"}
    assert not killed["19"].conflicts and killed["19"].time == "2009-11-04"


def test_a_truncated_copy_does_not_set_the_originals_two_figures_apart() -> None:
    """A content-farm probe: the wire gives the union's 9 % demand and the company's 4 %
    offer; a farm's copy of its first paragraphs carries the 4 % only, and the two
    figures had become a conflict. A report of another outlet giving only 9 % still
    leaves them side by side in the wire, so no dispute either."""
    wire = "The union wants a 9 percent rise. The company has offered a 4 percent rise."
    half = "The company has offered a 4 percent rise."
    other = "Dockers want a 9 percent rise, the union said."
    evidence = [_ev("wire", wire), _ev("half", half), _ev("other", other)]
    facts = facts_for_story("s", evidence, families={"wire": "wire", "half": "wire"})
    rises = [f for f in facts if "rise" in f.predicate]
    assert len(rises) == 2 and not any(f.conflicts for f in rises)


def test_regression_probe_cases_of_the_speaker_and_count_rules() -> None:
    """Declan Rohan and Declan Rogan are two speakers; 12 wounded by gunfire and 40
    injured in a crush are two counts; a blast of last October in January's trial
    coverage is this story's toll, disputed (9 against 11)."""
    from copydesk.facts.quote_speakers import _same_speaker

    assert not _same_speaker("Declan Rohan", "Declan Rogan")
    assert not _same_speaker("Hanna Lindqvist", "Anna Lindqvist")
    shot = _ev("a", "Twelve people were wounded by gunfire at the rally.")
    crush = _ev("b", "Forty people were injured in the crush as the crowd fled.")
    assert not any(f.conflicts for f in facts_for_story("s", [shot, crush]))

    def ev(key: str, text: str) -> ArticleEvidence:
        day = date(2025, 1, 14)
        return ArticleEvidence(key, text, quantities=tuple(find_quantities(text, key)),
                               dates=tuple(find_dates(text, key, day)), year=day.year)

    trial = [ev("a", "The trial concerns the explosion on 14 October 2024, which killed nine "
                     "workers at the plant."),
             ev("b", "The blast killed 11 workers at the plant, prosecutors said.")]
    killed = [f for f in facts_for_story("s", trial) if "killed" in f.predicate]
    assert len(killed) == 2 and all(f.conflicts for f in killed)


def test_houses_and_homes_are_one_count() -> None:
    """A numbers probe: "between 40 and 50 homes" and "40-50 houses" were two rows."""
    facts = facts_for_story("s", [_ev("a", "Between 40 and 50 homes were flooded."),
                                  _ev("b", "The water reached 40-50 houses in the town.")])
    (homes,) = [f for f in facts if "home" in f.predicate or "house" in f.predicate]
    assert homes.article_ids == ("a", "b")


def test_a_figure_a_copy_changed_disputes_the_originals() -> None:
    """A content-farm probe: a spin gave "about 4,300 residents" for the wire's "about
    3,400"; counts of residents are compared only within one value, so the farm's figure
    stood as a fact of its own, never in conflict. The relation had said so."""
    from copydesk.records import Relation, from_dict

    reason = ("spun: 8 words swapped one for one (said → stated); 92% identical; figures "
              "changed: 3,400 → 4,300. Direction: published first. Found by lexical "
              "fingerprints (shingle 12).")
    # a relation stored before its changed_figures field: the reason's listing
    old = from_dict(Relation, {"a": "spin", "b": "wire", "type": "spun", "confidence": 0.9,
                               "reason": reason, "original": "wire"})
    assert old.changed_figures == (("3,400", "4,300"),)
    wire = _ev("wire", "About 3,400 residents were told to leave, Edda Varnholt said.")
    spin = replace(_ev("spin", "About 4,300 residents were told to leave, Edda Varnholt "
                               "stated."), changed_figures=(("3,400", "4,300"),))
    facts = [f for f in facts_for_story("s", [wire, spin], families={"spin": "wire"})
             if "resident" in f.predicate]
    assert sorted((f.value, [c["other_value"] for c in f.conflicts]) for f in facts) == [
        ("about 3,400", ["about 4,300"]), ("about 4,300", ["about 3,400"])]
    # Not a figure the copy changed: two values of residents stay two facts, no dispute.
    plain = replace(spin, changed_figures=())
    facts = facts_for_story("s", [wire, plain], families={"spin": "wire"})
    assert not any(f.conflicts for f in facts if "resident" in f.predicate)


def test_the_organisers_and_the_polices_crowd_sizes_disagree() -> None:
    """A protest's crowd, put at 120,000 by one report and 45,000 by another, counted
    nothing and was never compared; the one article giving both figures disputes itself
    too ("police at 45,000": the noun left out)."""
    a = "Organisers estimated the crowd at 120,000 as the march reached Fenwick Square."
    b = "Police put the size of the crowd at about 45,000 on Saturday."
    c = "A crowd of 118,000 people marched through Fenwick, the organisers said."
    facts = facts_for_story("s", [_ev("a", a), _ev("b", b), _ev("c", c)])
    crowds = {f.value: (f.article_ids, sorted(x["other_value"] for x in f.conflicts))
              for f in facts if f.predicate == "count of crowd"}
    assert crowds == {"118,000": (("a", "c"), ["about 45,000"]),  # the exact figure shown
                      "about 45,000": (("b",), ["118,000"])}


def test_a_figure_a_correction_withdrew_is_corrected_not_disputed() -> None:
    """An outlet's first version said 41.2 billion; its corrected page, same time, says
    14.2 and why. The two stood as two facts, uncontested, then as a dispute (an
    incremental-run probe). A figure stated nowhere in a correction stays a dispute."""
    t = datetime(2025, 6, 3, 13, 45, tzinfo=timezone.utc)
    first = ("Finance Minister Halvard Mireaux presented health spending of 41.2 billion "
             "crowns on Tuesday.")
    corrected = ("Finance Minister Halvard Mireaux presented health spending of 14.2 billion "
                 "crowns on Tuesday.\n\nCorrection: An earlier version of this article gave "
                 "health spending as 41.2 billion crowns.")
    other = ("Finance Minister Halvard Mireaux presented health spending of 19.5 billion "
             "crowns on Tuesday.")
    evidence = [replace(_ev(k, text), published=t, site=site) for k, text, site in (
        ("a", first, "observer"), ("b", corrected, "observer"), ("c", other, "herald"))]
    facts = facts_for_story("s", evidence)
    reported = {(f.value, c["other_value"]): c["reported"]
                for f in facts if f.predicate == "amount of health spending"
                for c in f.conflicts}
    assert reported[("41,200,000,000 crowns", "14,200,000,000 crowns")] == "corrected"
    assert reported[("14,200,000,000 crowns", "41,200,000,000 crowns")] == "withdrawn"
    assert reported[("14,200,000,000 crowns", "19,500,000,000 crowns")] == "alongside"


def test_a_correction_withdraws_only_the_same_thing_and_not_what_came_after() -> None:
    """Regression probe: a correction about arrests, or about a price rise in percent,
    had "corrected" two agencies' toll of the same number; and a toll withdrawn at 10:00,
    then really reached by later reports, read as corrected away."""
    t = datetime(2025, 6, 3, 8, tzinfo=timezone.utc)

    def reported(texts: list[tuple[str, str, str, int]], value: str) -> set[str]:
        evidence = [replace(_ev(k, text), published=t + timedelta(hours=h), site=site)
                    for k, text, site, h in texts]
        return {c["reported"] for f in facts_for_story("s", evidence)
                if f.predicate == "count of people killed" and f.value == value
                for c in f.conflicts}

    star = ("The landslide in Marrowick killed 15 people on Monday.\n\nCorrection: An "
            "earlier version of this story said 12 people had been arrested for looting.")
    wires = [("b", "The landslide in Marrowick killed 12 people on Monday.", "press", 0),
             ("c", "The landslide in Marrowick killed 12 people on Monday.", "wire", 0)]
    assert reported([("a", star, "star", 0), *wires], "12") == {"alongside"}
    prices = ("The ferry sinking in Dunmere killed 14 people on Monday.\n\nCorrection: An "
              "earlier version wrongly reported that Grey Line raised ticket prices 9 percent.")
    nine = [(k, "The ferry sinking in Dunmere killed 9 people on Monday.", s, 0)
            for k, s in (("b", "press"), ("c", "wire"))]
    assert reported([("a", prices, "beacon", 0), *nine], "9") == {"alongside"}
    early = ("The mine collapse at Orlen killed 8 people on Monday.\n\nCorrection: An earlier "
             "version of this story wrongly reported that 20 people were killed.")
    later = [("a", "The mine collapse at Orlen killed 20 people on Monday.", "herald", 0),
             ("b", early, "herald", 2),
             ("c", "The toll of the mine collapse at Orlen rose to 20 on Monday, "
                   "20 people killed.", "wire", 11)]
    assert "corrected" not in reported(later, "20")
    assert reported(later[:2], "20") == {"corrected"}  # without the later reports


def test_two_sums_of_one_kind_but_of_different_things_do_not_conflict() -> None:
    """Regression probe: defence and education spending, damage to a harbour and to
    farms, were one fact each in conflict with itself."""
    text = ("Finance Minister Nils Ostrander set defence spending of 9.8 billion crowns and "
            "education spending of 22.5 billion crowns on Tuesday. Damage to the harbour was "
            "estimated at 45 million crowns, and the damage to farms was put at 12 million "
            "crowns.")
    facts = facts_for_story("s", [_ev("a", text)])
    sums = {f.predicate: f.value for f in facts if f.predicate.startswith("amount of")}
    assert sums["amount of defence spending"] == "9,800,000,000 crowns"
    assert sums["amount of education spending"] == "22,500,000,000 crowns"
    assert sums["amount of damage to harbour"] == "45,000,000 crowns"
    assert not any(f.conflicts for f in facts if f.predicate.startswith("amount of"))


def test_a_sum_named_by_its_kind_alone_joins_the_one_named_more_closely() -> None:
    """"A profit of about $3 billion" and "a quarterly profit of more than $3 billion" are
    one profit; "the €6 million sought by prosecutors" is the fine sought."""
    a = "Veltrana Energy posted a quarterly profit of more than $3 billion on Tuesday."
    b = "Veltrana Energy reported a profit of about $3 billion on Tuesday."
    facts = facts_for_story("s", [_ev("a", a), _ev("b", b)])
    profits = [f for f in facts if "profit" in f.predicate]
    assert [f.article_ids for f in profits] == [("a", "b")]
    c = "Prosecutors had asked for a fine of €6 million against Vessmark on Monday."
    d = "The fine was well below the €6 million sought by prosecutors against Vessmark."
    sought = [f for f in facts_for_story("s", [_ev("c", c), _ev("d", d)])
              if f.value == "6,000,000 EUR"]
    assert [(f.predicate, f.article_ids) for f in sought] == [("amount of fine sought",
                                                               ("c", "d"))]


def test_one_outlets_correction_does_not_withdraw_another_outlets_report() -> None:
    """A paper corrected its "32 miners killed"; a radio station's own report of 32 had
    read as corrected too (a regression probe)."""
    t = datetime(2025, 6, 3, 7, tzinfo=timezone.utc)
    texts = [("a", "The pit collapse at Haskel killed 32 miners on Monday.", "times", 0),
             ("b", "A nurse said the pit collapse at Haskel killed 32 miners on Monday.",
              "radio", 1),
             ("c", "The pit collapse at Haskel killed 23 miners on Monday.\n\nCorrection: An "
                   "earlier version of this story wrongly reported that 32 miners were "
                   "killed.", "times", 2)]
    evidence = [replace(_ev(k, text), published=t + timedelta(hours=h), site=site)
                for k, text, site, h in texts]
    reported = {c["reported"] for f in facts_for_story("s", evidence)
                if f.value == "32" for c in f.conflicts}
    assert "corrected" not in reported
    alone = {c["reported"] for f in facts_for_story("s", [evidence[0], evidence[2]])
             if f.value == "32" for c in f.conflicts}
    assert alone == {"corrected"}


def test_one_sum_named_three_ways_is_one_fact_and_a_verb_names_no_sum() -> None:
    """"Health spending", "a health budget" and "healthcare spending" of one figure were
    three single-source facts; "the plan assumes revenue of" was "assumes revenue" (a
    regression probe)."""
    texts = {"a": "Minister Olga Dahl set health spending of 41.2 billion crowns on Monday.",
             "b": "Minister Olga Dahl unveiled a health budget of 41.2 billion crowns on Monday.",
             "c": "Minister Olga Dahl promised healthcare spending of 41.2 billion crowns on "
                  "Monday."}
    facts = facts_for_story("s", [_ev(k, v) for k, v in texts.items()])
    health = [f for f in facts if f.value == "41,200,000,000 crowns"]
    assert [f.article_ids for f in health] == [("a", "b", "c")]
    assert [q.counts for q in find_quantities(
        "Economists said the plan assumes revenue of about 90 billion crowns.", "x")] == [
        "revenue"]


def test_a_bare_count_joins_the_one_count_of_what_was_done_when_a_value_agrees() -> None:
    """A regression comparison: "the evacuation of six villages" and "six villages" of
    another report were two facts; 600 workers on site stay apart from 200 evacuated.
    And a web probe: "the evacuation of about 200 workers" and "350 workers were
    evacuated" are one claim in conflict."""
    facts = facts_for_story("s1", [
        _ev("a", "The flood forced the evacuation of six villages near Brackwater on Monday."),
        _ev("b", "Water reached six villages near Brackwater on Monday."),
    ])
    (villages,) = [f for f in facts if "village" in f.predicate]
    assert villages.article_ids == ("a", "b") and villages.independent_sources == 2
    facts = facts_for_story("s1", [
        _ev("a", "The fire forced the evacuation of about 200 workers at Brackwater."),
        _ev("b", "About 350 workers were evacuated at Brackwater, officials said."),
        _ev("c", "The Brackwater plant employs 600 workers."),
    ])
    evacuated = [f for f in facts if f.predicate == "count of workers evacuated"]
    assert len(evacuated) == 2 and all(f.conflicts for f in evacuated)
    assert [f.value for f in facts if f.predicate == "count of workers"] == ["600"]


def test_only_the_agreeing_figures_of_a_bare_count_join_the_deed() -> None:
    """A second regression probe: "The district has 12 villages" moved with the six
    evacuated ones, and the flood report came to dispute itself."""
    facts = facts_for_story("s1", [
        _ev("f1", "Six villages were evacuated near Brackwater on Monday. The district has "
                  "12 villages."),
        _ev("f2", "Flooding hit six villages near Brackwater on Monday."),
        _ev("f3", "All 12 villages near Brackwater will be inspected."),
    ])
    rows = {(f.predicate, f.value): f.article_ids for f in facts if "village" in f.predicate}
    assert rows == {("count of villages evacuated", "6"): ("f1", "f2"),
                    ("count of villages", "12"): ("f1", "f3")}


def test_a_back_translation_keeps_its_speaker_in_the_family() -> None:
    """An OSINT probe: an English back-translation of a French copy wrote the wire's
    "Marchetov" as "Martchetov", and the briefing put the minister in conflict with
    himself. Within one reuse family a transliteration is one name; another person in a
    copy is still a conflict."""
    words = "That is more than we had this morning when the talks began"
    speakers = ("Ilya Marchetov", "Martchetov", "Oren Halvashi")
    ids = ("q0", "q1", "q2")
    quotes = [Quote(q, art, 0, 5, words, who, "e1", tuple(i for i in ids if i != q))
              for q, art, who in zip(ids, "abc", speakers, strict=True)]
    evidence = [_ev(art, A, (q,)) for art, q in zip("abc", quotes, strict=True)]
    said = [f for f in facts_for_story("s", evidence, dict.fromkeys("abc", "f"))
            if f.predicate == "said"]
    assert sorted((f.subject, f.article_ids) for f in said) == [
        ("Ilya Marchetov", ("a", "b")), ("Oren Halvashi", ("c",))]


def test_parts_of_one_whole_are_facts_and_disagree_only_with_their_deed():
    """A real-names probe: "14 of the 23 chapters" and "15 of the 23 chapters" kept only
    the 23, which looked like agreement. Without a deed two parts are not shown in
    conflict: a regression probe's "Two of the 40 passengers, a mother and her son,
    died" and "Nine of the 40 passengers were from Orlen" are no rival counts."""
    a = "Negotiators agreed on 14 of the 23 chapters on Monday."
    b = "Negotiators agreed on 15 of the 23 chapters on Monday, officials said."
    facts = [f for f in facts_for_story("s1", [_ev("a", a), _ev("b", b)])
             if f.predicate.startswith("count of chapters")]
    values = {f.value: f for f in facts}
    assert set(values) == {"14 of 23", "15 of 23", "23"}  # a part says its whole
    assert values["23"].article_ids == ("a", "b")
    # The whole is a count of all, of no one: "won 151 of the 291 seats" had made 291 the
    # party's seats, disputing "won 151 seats" (an election probe).
    assert (values["23"].predicate, values["23"].subject) == ("count of chapters in all", "")
    a = "The National Renewal Party won 151 of the 291 seats, the commission said."
    b = "The National Renewal Party won 151 seats on Sunday, officials said."
    seats = [f for f in facts_for_story("s1", [_ev("a", a), _ev("b", b)])
             if "seats" in f.predicate]
    assert not any(f.conflicts for f in seats)
    assert {(f.predicate, f.value, f.article_ids) for f in seats} == {
        ("count of seats", "151", ("a", "b")), ("count of seats in all", "291", ("a",))}
    assert not any(f.conflicts for f in facts)
    a = "Three of the 12 miners were rescued on Monday."
    b = "Five of the 12 miners were rescued on Monday, officials said."
    facts = facts_for_story("s1", [_ev("a", a), _ev("b", b)])
    rescued = {f.value: f for f in facts if f.predicate == "count of miners rescued"}
    assert [c["other_value"] for c in rescued["3 of 12"].conflicts] == ["5 of 12"]
    assert not [f for f in facts if f.predicate == "count of miners" and f.conflicts]


def test_a_figure_a_change_is_wanted_to_is_no_rival_of_the_figure_as_it_stands():
    """A real-names probe: "the EU has proposed cutting India's tariff to 15 percent"
    was shown as a later report of "India charges a 110 percent tariff"."""
    a = "India charges a 110 percent tariff on imported cars."
    b = "The EU has proposed cutting India's tariff to 15 percent within five years."
    c = "The tariff was cut to 90 percent on Monday."
    facts = facts_for_story("s1", [_ev("a", a), _ev("b", b)])
    assert {(f.predicate, f.value) for f in facts} >= {
        ("share of tariff", "110 percent"), ("target share of tariff", "15 percent")}
    assert not any(f.conflicts for f in facts)
    # a change made is the figure as it stands
    facts = facts_for_story("s1", [_ev("a", a), _ev("c", c)])
    assert any(f.conflicts for f in facts if f.predicate == "share of tariff")


def test_what_a_vessel_can_carry_is_no_count_of_those_aboard() -> None:
    """A versions probe: "its licensed capacity is 130 passengers" was the count of
    passengers aboard, beside the wire's "about 120", and the briefing showed 130 aboard."""
    a = "About 120 passengers were aboard the ferry. Its licensed capacity is 130 passengers."
    b = "The ferry, which can carry 300 passengers, had 120 passengers aboard."
    facts = {(f.predicate, f.value) for f in facts_for_story("s", [_ev("a", a), _ev("b", b)])}
    assert ("capacity of passengers", "130") in facts
    assert ("capacity of passengers", "300") in facts
    # "about 120" and "120" aboard agree: one fact, whichever value it shows
    assert len({v for p, v in facts if p == "count of passengers"}) == 1
    assert not {v for p, v in facts if p == "count of passengers"} & {"130", "300"}


def test_a_figure_reported_earlier_is_no_claim_of_the_report() -> None:
    """A live-blog probe: "We earlier reported 45 arrests; police now say 38" backed the
    45 it withdrew, and "Police had earlier said 12 people were killed" was a second
    source for a toll the report went on to revise."""
    wire = "Twelve people were killed when the roof fell, police said."
    blog = "We earlier reported 12 people killed; police now say 9 people were killed."
    paper = ("Police had earlier said 12 people were killed. Nine people were killed, police "
             "said on Sunday.")
    for text in (blog, paper):
        tolls = {f.value: f.article_ids for f in facts_for_story("s", [_ev("w", wire),
                                                                       _ev("p", text)])
                 if "killed" in f.predicate}
        assert tolls == {"12": ("w",), "9": ("p",)}, text
    # A regression probe: the report's own figure after such words stays its claim.
    for text in ("As we earlier reported, 12 people were killed when the roof fell.",
                 "Officials had initially estimated 30 dead, and the toll rose to 12 killed.",
                 "Earlier reports put the toll at 9, while police said 12 people were killed."):
        tolls = {f.value: f.article_ids for f in facts_for_story(
            "s", [_ev("w", wire), _ev("p", text)]) if "killed" in f.predicate}
        assert tolls.get("12") == ("p", "w"), text
    # A fourth regression probe: a figure a firm reported before, or after "which
    # initially announced", is the report's own; what was said stays said.
    for text, value in (("The firm previously reported a net profit of $12 million.",
                         "12,000,000 USD"),
                        ("As the Kelso Herald previously reported, the council will spend "
                         "$4 million on the pier.", "4,000,000 USD")):
        assert value in {f.value for f in facts_for_story("s", [_ev("p", text)])}, text
    for text in ("Rescuers had earlier said that 12 people were confirmed dead, and that 30 "
                 "were missing.", "Police had earlier said that while 12 people died, 40 were "
                 "hurt."):
        assert not facts_for_story("s", [_ev("p", text)]), text


def test_a_forecast_for_a_later_year_is_no_rival_of_this_years_figure() -> None:
    """A finance probe: "inflation between 2.5 and 3 percent in 2026" conflicted with
    September's 3.2 percent; a deficit "in the year to March 2026", a fiscal year begun
    this year, still meets this year's figure."""
    a = "Inflation stood at 3.2 percent in September."
    for b in ("The governor saw inflation between 2.5 percent and 3 percent in 2026.",
              "The governor expects for 2026 an inflation between 2.5 percent and 3 percent.",
              # A year set before the clause (the twenty-fifth session's left-over).
              "For 2026, the governor forecasts inflation between 2.5 percent and 3 percent.",
              "In the year 2026, the bank expects inflation of 2.8 percent."):
        facts = facts_for_story("s", [replace(_ev("a", a), year=2025),
                                      replace(_ev("b", b), year=2025)])
        assert not [f for f in facts if f.conflicts], b
    c = "The deficit would be 4.3 percent of output in the year to March 2026."
    d = "The budget targets a deficit of 3.4 percent of output."
    facts = facts_for_story("s", [replace(_ev("c", c), year=2025), replace(_ev("d", d), year=2025)])
    assert {f.value for f in facts if f.conflicts} == {"4.3 percent", "3.4 percent"}
    # A regression probe: a later year in another clause dates no figure ("killed 14
    # people, and rebuilding … until 2027"), nor does one without a forecast's verb.
    e = "Floods have killed 14 people, and rebuilding the bridges will last until 2027."
    f = "Floods have killed 11 people."
    g = "Skyrell Air carried 4 million passengers and expects to carry 5 million in 2026."
    h = "Skyrell Air carried 3.2 million passengers."
    i = "Drivers will get a 5.5 percent pay rise backdated to January and 2 percent in 2027."
    j = "Drivers got a 4 percent pay rise."
    for one, other in ((e, f), (g, h), (i, j)):
        facts = facts_for_story("s", [replace(_ev("e", one), year=2025),
                                      replace(_ev("f", other), year=2025)])
        assert len([x for x in facts if x.conflicts]) == 2, one
    # ... nor one after ", the" ("…, the company's 2027 plan shows": a fourth probe)
    k = "The plant is expected to cost 450 million euros, the company's 2027 plan shows."
    (cost,) = facts_for_story("s", [replace(_ev("k", k), year=2025)])
    assert cost.time is None


def test_french_tolls_are_facts_compared_with_each_other() -> None:
    """A French-desk probe: two French reports of one derailment, 4 and then 6 dead, made
    no fact at all; a French toll is now the English reports' "people killed"."""
    def french(article_id: str, text: str) -> ArticleEvidence:
        return ArticleEvidence(article_id, text, tuple(find_quantities(text, article_id, "fr")),
                               english=False)

    early = french("a", "Au moins quatre personnes ont été tuées mardi matin.")
    later = french("b", "Le bilan s'est alourdi : six personnes sont mortes.")
    english = _ev("c", "At least four people were killed on Tuesday morning.")
    facts = facts_for_story("s", [early, later, english])
    killed = {f.value: set(f.article_ids) for f in facts if f.predicate.endswith("killed")}
    assert killed == {"at least 4": {"a", "c"}, "6": {"b"}}


def test_one_rise_written_three_ways_is_one_fact_and_a_bare_rise_joins_it() -> None:
    """A standards-desk probe: "raises property tax by 3%", "a 3% rise in property tax"
    and "a rise of 3% in property tax" were three facts (one "share of in property
    tax"). A bare "3% rise" joins them where the figure agrees; the 5% rise in fares, in
    the same story, stays its own fact."""
    texts = {
        "a": "The Orlen council budget raises property tax by 3% and keeps the pools open.",
        "b": "Orlen councillors approved a budget with a 3% rise in property tax.",
        "c": "The Orlen budget includes a rise of 3% in property tax.",
        "d": "The Orlen budget, passed on Monday, brings a 3% rise.",
        "e": "The Orlen council also raised bus fares by 5%.",
    }
    facts = facts_for_story("s1", [_ev(k, t) for k, t in texts.items()])
    by_value = {f.value: (f.predicate, f.article_ids) for f in facts if "percent" in f.value}
    assert by_value == {"3 percent": ("rise in property tax", ("a", "b", "c", "d")),
                        "5 percent": ("rise in bus fares", ("e",))}


def test_a_figure_its_outlet_withdrew_no_longer_backs_another_outlets() -> None:
    """A monitoring probe: a paper corrected its "340 homes evacuated" to 430 on the same
    page, and its first version still counted as a second source of the wire's 340."""
    from datetime import datetime, timezone

    day = datetime(2026, 3, 2, 10, tzinfo=timezone.utc)
    wire = "Fire chief Anders Lykke said crews had evacuated 340 homes by noon."
    first = "Fire chief Anders Lykke said crews had evacuated 340 homes by noon on Monday."
    fixed = ("Fire chief Anders Lykke said crews had evacuated 430 homes by noon on Monday.\n"
             "Correction: An earlier version of this article said 340 homes had been "
             "evacuated. The correct figure is 430.")
    evidence = [
        replace(_ev("wire", wire), site="wire.example", published=day),
        replace(_ev("paper1", first), site="paper.example", published=day),
        replace(_ev("paper2", fixed), site="paper.example", published=day),
    ]
    homes = {f.value: f for f in facts_for_story("s", evidence)
             if f.predicate.endswith("homes evacuated")}
    assert homes["340"].article_ids == ("wire",)
    assert homes["340"].independent_sources == 1
    assert homes["430"].article_ids == ("paper2",)
    # Only the correcting outlet gave it: its figure stays, "corrected".
    alone = [e for e in evidence if e.article_id != "wire"]
    fact = next(f for f in facts_for_story("s", alone) if f.value == "340")
    assert fact.article_ids == ("paper1",) and fact.conflicts[0]["reported"] == "corrected"


def test_a_figure_in_a_quotation_is_its_speakers_and_an_outlet_is_no_subject():
    """An election probe: a party leader's "Twenty-seven seats is the best result in our
    history" was a count of seats of no one, a rival of the winner's 151; and VBC's own
    "…, VBC projects, with the party set to take 153 seats" made the 153 the seats of VBC,
    on VBC News, so the misreport met no rival."""
    won = "The National Renewal Party won 151 seats on Sunday, officials said."
    said = '"Twenty-seven seats is the best result in our history," Saskia Brandt said.'
    quote = Quote("q", "b", 1, 48, "Twenty-seven seats is the best result in our history",
                  "Saskia Brandt", None)
    own = "The National Renewal Party won, VBC projects, with the party set to take 153 seats."
    facts = facts_for_story("s1", [_ev("a", won), _ev("b", said, (quote,)),
                                   replace(_ev("c", own), site="VBC News")])
    seats = {f.value: f for f in facts if f.predicate == "count of seats"}
    assert seats["27"].subject == "Saskia Brandt" and not seats["27"].conflicts
    assert [c["other_value"] for c in seats["153"].conflicts] == ["151"]


def test_a_rough_percentage_allows_a_point_or_two_not_a_tenth_of_itself():
    """An election probe: "about 63 percent" turnout agreed with another outlet's 58 %
    (within a tenth of 63) and backed it as a second source; it is one with 63.4 %."""
    a = "Turnout was 58 percent, the Herald reported on Monday."
    b = "Turnout was about 63 percent, officials said on Monday."
    c = "Turnout was 63.4 percent, the commission said on Monday."
    facts = {f.value: f for f in facts_for_story("s1", [_ev("a", a), _ev("b", b), _ev("c", c)])
             if f.predicate == "share of turnout"}
    assert facts["58 percent"].article_ids == ("a",)
    assert facts["63.4 percent"].article_ids == ("b", "c")
    assert {c["other_value"] for c in facts["58 percent"].conflicts} == {"63.4 percent"}


def test_shares_listed_after_one_that_says_what_it_counts_count_the_same():
    """An election probe: in "won 44.2 percent of the vote, the Social Democratic Alliance
    31.5 percent, the Green Union 12.1 percent" only the first share was a fact (the
    others were read as the names' numbers, "Green Union 12"); a share after "while" is
    no part of the list."""
    text = ("The National Renewal Party won 44.2 percent of the vote, the Social Democratic "
            "Alliance 31.5 percent, the Green Union 12.1 percent and the Liberal Forum 8.4 "
            "percent. Inflation rose to 3.1 percent of output, while unemployment stayed at "
            "5 percent.")
    facts = facts_for_story("s1", [_ev("a", text)])
    shares = {(f.subject, f.value) for f in facts if f.predicate == "share of vote"}
    assert shares == {("National Renewal Party", "44.2 percent"),
                      ("Social Democratic Alliance", "31.5 percent"),
                      ("Green Union", "12.1 percent"), ("Liberal Forum", "8.4 percent")}
    assert not [f for f in facts if f.value == "5 percent" and "output" in f.predicate]


def test_the_rules_of_an_election_probe_hold_against_their_regression_probe():
    """A regression probe of the election probe's rules: the whole of "3 of the 12 miners"
    is the plain count of twelve; "about 20 percent" is no 24.6 %; a figure an analyst or
    a fire chief quotes is not theirs; "Turnout reached 71.3 percent of the electorate,
    the Progress Party 38.2 percent" lists no share of the electorate."""
    facts = facts_for_story("s1", [_ev("a", "Three of the 12 miners were rescued on Monday."),
                                   _ev("b", "Twelve miners had been trapped since Saturday.")])
    (miners,) = [f for f in facts if f.predicate.startswith("count of miners")
                 and "rescued" not in f.predicate]
    assert (miners.value, miners.article_ids) == ("12", ("a", "b"))
    facts = facts_for_story("s1", [
        _ev("a", "About 20 percent of pupils stayed home on Monday, the council said."),
        _ev("b", "Some 24.6 percent of pupils stayed home on Monday, officials said.")])
    assert len([f for f in facts if f.predicate == "share of pupils"]) == 2
    chief = '"Twelve people died in the fire," the fire chief, Lena Osk, said on Monday.'
    quote = Quote("q", "a", 1, 32, "Twelve people died in the fire", "Lena Osk", None)
    facts = facts_for_story("s1", [_ev("a", chief, (quote,)),
                                   _ev("b", "Twelve people died in the fire on Monday.")])
    (toll,) = [f for f in facts if f.predicate == "count of people died"]
    assert toll.article_ids == ("a", "b") and toll.subject == ""
    listed = ("Turnout reached 71.3 percent of the electorate, the Progress Party 38.2 percent "
              "and the Green Union 12.1 percent.")
    facts = facts_for_story("s1", [_ev("a", listed)])
    assert [f.value for f in facts if f.predicate == "share of electorate"] == ["71.3 percent"]


def test_what_a_toll_was_before_it_rose_backs_no_older_report() -> None:
    """"rose from 12 to 15": the 12 is what the toll was; read as a count of the dead it
    would back an older report's 12 and hide that report's conflict with the 15."""
    a = "The death toll from the blaze rose from 12 to 15 people killed on Monday."
    c = "Twelve people were killed in the blaze on Monday, the Red Cross said."
    assert _tolls(facts_for_story("s", [_ev("a", a), _ev("c", c)])) == {
        "12": (("c",), ["15"]), "15": (("a",), ["12"])}
