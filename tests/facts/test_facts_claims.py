"""Claims from one article's records: quantities, quotes and events with their evidence."""

from __future__ import annotations

from datetime import date

from copydesk.extract.dates import find_dates
from copydesk.extract.quantities import find_quantities
from copydesk.facts import EntityMention, claims_for_article
from copydesk.facts.claims import quote_groups
from copydesk.records import Quote

TEXT = (
    "Portvale's port authority said on Tuesday that more than 3,000 workers had walked out. "
    "Maren Holt met Ines Laurier in Brackwater on Wednesday to discuss the strike. "
    "The walkout has cost the region $12 million in lost trade."
)


def _mentions(text: str) -> list[EntityMention]:
    out = []
    for name, kind in (("Portvale", "place"), ("Maren Holt", "person"),
                       ("Ines Laurier", "person"), ("Brackwater", "place")):
        start = text.index(name)
        out.append(EntityMention(start, start + len(name), name, kind))
    return out


def test_quantity_and_event_claims_with_evidence():
    published = date(2025, 3, 13)  # a Thursday
    claims = claims_for_article(
        "a1", TEXT,
        quantities=find_quantities(TEXT, "a1"),
        dates=find_dates(TEXT, "a1", published),
        mentions=_mentions(TEXT),
    )
    by_kind = {c.kind: c for c in claims}
    workers = next(c for c in claims if c.predicate == "count of workers")
    assert workers.subject == "Portvale"
    assert workers.value == "more than 3,000"
    assert workers.time == "2025-03-11"
    assert (workers.low, workers.high) == (3000.0, 3750.0)  # open-ended, bounded
    assert TEXT[workers.start : workers.end] == workers.text
    money = next(c for c in claims if c.predicate.startswith("amount of"))
    assert money.predicate == "amount of lost trade"
    assert money.value == "12,000,000 USD"
    event = by_kind["event"]
    assert event.subject == "Ines Laurier & Maren Holt"
    assert event.predicate == "met"
    assert event.value == "Brackwater"
    assert event.time == "2025-03-12"


def test_quotes_become_said_claims_and_linked_quotes_share_a_group():
    q1 = Quote("q1", "a1", 0, 10, "We will not back down", "Maren Holt", "e1", ("q2",))
    q2 = Quote("q2", "a2", 5, 15, "we will not back down.", "Holt", "e1", ("q1",))
    q3 = Quote("q3", "a3", 0, 10, "Talks are over", None, None)
    groups = quote_groups([q1, q2, q3])
    assert groups["q1"] == groups["q2"] != groups["q3"]
    claim = claims_for_article("a1", "x" * 20, quotes=[q1], quote_group=groups)[0]
    assert (claim.subject, claim.predicate, claim.group) == ("Maren Holt", "said", groups["q1"])


def test_without_entities_subjects_fall_back_to_capitalised_phrases():
    text = "Brackwater Council counted about 250 vessels in the bay."
    claims = claims_for_article("a", text, quantities=find_quantities(text, "a"))
    assert claims[0].subject == "Brackwater Council"
    assert claims[0].predicate == "count of vessels"


def test_a_bare_duration_asserts_nothing():
    text = "He was away for two days."
    assert claims_for_article("a", text, quantities=find_quantities(text, "a")) == []


def test_a_duration_names_what_lasted_it():
    """An OSINT probe: "the ministers met for nearly five hours", "the talks lasted about
    six hours" and "met for three hours" made no claim at all, so three reports of the
    meeting's length were never compared."""
    for text, predicate in (
            ("The strike lasted two days.", "duration of strike"),
            ("The foreign ministers met for nearly five hours on Monday.", "duration of talks"),
            ("The talks in Varnholm lasted about six hours.", "duration of talks"),
            ("The leaders' call lasted 90 minutes.", "duration of call"),
            ("The search ran for 70 hours.", "duration of search"),
            ("The leaders spoke by telephone for 90 minutes.", "duration of call")):
        claim = claims_for_article("a", text, quantities=find_quantities(text, "a"))[-1]
        assert claim.predicate == predicate, text
    # A regression probe: no length of the event itself.
    for text in ("The two had not met for three years, since the dispute began.",
                 "The meeting ran 40 minutes late because of a security alert.",
                 "The jury deliberated for 40 minutes before its verdict.",
                 "The minister spoke for 20 minutes to reporters."):
        assert claims_for_article("a", text, quantities=find_quantities(text, "a")) == [], text


def test_a_visit_belongs_to_the_subject_not_to_the_person_spoken_to():
    text = (
        "Maren Holt told Harbour Minister Ines Laurier during a visit to Brackwater that the "
        "quay would reopen. Tomas Vile visited Brackwater on Monday. Maren Holt visited "
        "the site again on Tuesday."
    )
    mentions = []
    for name, kind in (("Maren Holt", "person"), ("Ines Laurier", "person"),
                       ("Tomas Vile", "person"), ("Brackwater", "place")):
        start = 0
        while (at := text.find(name, start)) >= 0:
            mentions.append(EntityMention(at, at + len(name), name, kind))
            start = at + 1
    claims = claims_for_article("a1", text, mentions=sorted(mentions, key=lambda m: m.start))
    visits = [(c.subject, c.value) for c in claims if c.predicate == "visited"]
    # A visit with no place says nothing a reader can check: the briefing showed it blank.
    assert visits == [("Maren Holt", "Brackwater"), ("Tomas Vile", "Brackwater")]


def test_a_figure_another_is_compared_with_is_cited_not_claimed():
    """A standards-desk probe: a wire update ("rose to 19 ..., up from the 14 deaths the
    fire service reported yesterday") was a second independent source for 14."""
    text = ("The death toll from the fire at the Ostrel plant rose to 19 on Wednesday, the "
            "ministry said, up from the 14 deaths the fire service reported yesterday. "
            "Turnout was 61 percent against 58 percent in 2021.")
    quantities = find_quantities(text, "a")
    claims = claims_for_article("a", text, quantities=quantities)
    values = sorted(c.value for c in claims if c.kind == "quantity")
    assert "19" in values and "61 percent" in values
    assert "14" not in values and "58 percent" not in values
    # "from" compares only right after the other figure: crews from four districts.
    crews = "Twelve workers were killed in the blast, and crews from four districts came."
    assert sorted(c.value for c in claims_for_article(
        "b", crews, quantities=find_quantities(crews, "b")) if c.kind == "quantity") == [
        "12", "4"]
    cut = ("The council approved the budget after cutting $130 million from the $1.95 "
           "billion that Mayor Helena Strand had requested.")
    assert len([c for c in claims_for_article("d", cut, quantities=find_quantities(cut, "d"))
                if c.kind == "quantity"]) == 2  # a request is no older value (a probe)
    # A figure set right (a facts probe: the dispute backed the figure it disputed).
    disputed = ("Filings put the price at $1.35bn, not the $1.2bn announced on Thursday, "
                "and the buyer paid $40 million rather than $35 million in fees.")
    assert [c.value for c in claims_for_article(
        "e", disputed, quantities=find_quantities(disputed, "e")) if c.kind == "quantity"] == [
        "1,350,000,000 USD", "40,000,000 USD"]
    raised = "The government raised its aid to 6 million euros from the 2.4 million euros."
    assert [c.value for c in claims_for_article(
        "c", raised, quantities=find_quantities(raised, "c")) if c.kind == "quantity"] == [
        "6,000,000 EUR"]


def test_a_figure_a_correction_withdraws_is_not_claimed():
    """A standards-desk probe: "An earlier version of this article wrongly said the rate
    had been cut to 3.25%" backed 3.25% as a second article."""
    text = ("The Bank of Aldoria cut its key rate to 3.5% on Wednesday. An earlier version "
            "of this article, published this morning, wrongly said the rate had been cut "
            "to 3.25%.")
    claims = claims_for_article("a", text, quantities=find_quantities(text, "a"))
    assert [c.value for c in claims if c.kind == "quantity"] == ["3.5 percent"]


def test_a_sum_asked_for_is_claimed_as_sought_even_when_compared():
    """A regression probe: "less than the €6 million prosecutors had sought" became
    "amount of prosecutors", then a compared figure, and what prosecutors asked for was
    no fact at all."""
    text = ("The court fined the firm \u20ac4.2 million, less than the \u20ac6 million "
            "prosecutors had sought.")
    claims = claims_for_article("a", text, quantities=find_quantities(text, "a"))
    assert sorted((c.predicate, c.value) for c in claims if c.kind == "quantity") == [
        ("amount of fine", "4,200,000 EUR"), ("amount of fine sought", "6,000,000 EUR")]


def test_the_people_a_report_cites_are_no_count():
    """A regression probe: "Sales staff in Ireland are most affected, two employees said"
    was a count of employees in conflict with the company's 15,000."""
    text = ("Sales staff in Ireland are most affected, two employees said. Three people "
            "familiar with the talks told reporters the deal was close. About 15,000 workers "
            "said they would strike. Two employees of the ministry said the files were gone. "
            "Four hospitals confirmed they had run out of beds. Just four nurses said they "
            "would accept the offer.")
    values = [c.value for c in claims_for_article("a", text, quantities=find_quantities(
        text, "a")) if c.kind == "quantity"]
    # hospitals are no sources, and nurses who said they would accept are a finding
    # (regression probes)
    assert values == ["about 15,000", "4", "4"]


def _named_in(text: str, names: tuple[tuple[str, str], ...]) -> list[EntityMention]:
    found = [EntityMention(m, m + len(n), n, kind) for n, kind in names
             if (m := text.find(n)) >= 0]
    return sorted(found, key=lambda e: e.start)


def test_a_second_deed_joined_by_and_is_the_subjects_not_the_first_deeds_object():
    """An OSINT probe: "Reuel … met President Amara Leontyne in Drazhen on Thursday and
    pledged $120 million" was Leontyne's pledge, apart from another outlet's $150 million
    of Reuel's."""
    names = (("Konstantin Reuel", "person"), ("Amara Leontyne", "person"),
             ("Drazhen", "place"))
    text = ("Envoy Konstantin Reuel met President Amara Leontyne in Drazhen on Thursday and "
            "pledged $120 million in aid.")
    (claim,) = [c for c in claims_for_article("a", text, quantities=find_quantities(text, "a"),
                                              mentions=_named_in(text, names)) if c.low]
    assert claim.subject == "Konstantin Reuel"
    # A deed of the nearest name's own, or another verb in between, keeps that name.
    for text in ("Konstantin Reuel said Amara Leontyne thanked the envoy and promised "
                 "4,500 places in camps.",
                 "Konstantin Reuel arrived. Amara Leontyne met the envoy and pledged "
                 "$5 million."):
        (claim,) = [c for c in claims_for_article(
            "a", text, quantities=find_quantities(text, "a"),
            mentions=_named_in(text, names)) if c.low]
        assert claim.subject == "Amara Leontyne", text


def test_a_change_wanted_or_offered_is_a_target_and_one_announced_is_not():
    for text, predicate in (
            ("The EU has proposed cutting India's tariff to 15 percent.",
             "target share of tariff"),
            ("The EU has offered to reduce India's tariff to 10 percent.",
             "target share of tariff"),
            # regression comparisons: an announced change and an offer made are figures
            ("Halvorsen Group raised its offer for Brightwell Dairy to £3.4 billion.",
             "amount of money"),
            ("The minister said the government would raise its aid to 6 million euros.",
             "amount of money"),
            ("The death toll rose to 193 on Thursday.", "count of people killed"),
            # the wish in another clause (a second regression probe)
            ("The port authority, which had offered to cut crews to 8 operators, agreed to "
             "9 operators per shift.", "count of operators")):
        claim = claims_for_article("a", text, quantities=find_quantities(text, "a"))[-1]
        assert claim.predicate == predicate, text


def test_a_part_says_the_whole_it_is_counted_out_of():
    for text, value in (("They agreed on 14 of the 23 chapters.", "14 of 23"),
                        ("Three of the 12 miners were rescued.", "3 of 12"),
                        # a qualifier, not a part (a regression comparison)
                        ("The ship carried upwards of 60 crew members.", "more than 60")):
        values = [c.value for c in claims_for_article(
            "a", text, quantities=find_quantities(text, "a"))]
        assert values[0] == value, text


def test_the_one_beaten_is_no_subject_of_the_winners_figure():
    """An election probe: "Anneke Roos was re-elected…, defeating the National Renewal
    Party's Bram Hetfield with 52.6 percent of the vote" gave the 52.6 % to Hetfield."""
    text = ("Anneke Roos was re-elected mayor of Askeport on Sunday, defeating the National "
            "Renewal Party's Bram Hetfield with 52.6 percent of the vote.")
    kinds = {"Anneke Roos": "person", "Askeport": "place",
             "National Renewal Party": "organisation", "Bram Hetfield": "person"}
    mentions = [EntityMention(text.index(n), text.index(n) + len(n), n, k)
                for n, k in kinds.items()]
    (claim,) = claims_for_article("a", text, quantities=find_quantities(text, "a"),
                                  mentions=mentions)
    assert (claim.subject, claim.predicate, claim.value) == (
        "Anneke Roos", "share of vote", "52.6 percent")
    # only through "with": "defeated Bram Hetfield, who took 47.4 percent" is his
    text = "Anneke Roos defeated Bram Hetfield, who took 47.4 percent of the vote."
    mentions = [EntityMention(text.index(n), text.index(n) + len(n), n, "person")
                for n in ("Anneke Roos", "Bram Hetfield")]
    (claim,) = claims_for_article("a", text, quantities=find_quantities(text, "a"),
                                  mentions=mentions)
    assert claim.subject == "Bram Hetfield"
