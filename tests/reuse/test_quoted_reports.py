"""Two independent reports of one council vote that quote the same three people are no
copy: what they share outside the quotation marks is names, roles and "said" (a
standards-desk probe's two such pairs were "machine-translation round trips" at 28-29 %
identical words, and each cost a fact an independent source). A round trip of one of
them, which retells the reporter's own sentences, stays related.

The articles are fictional, written for this test."""

from __future__ import annotations

from tests.reuse.reuse_texts import article

from copydesk.reuse import ReuseIndex, find_reuse

#: The Gazette's report of the vote.
GAZETTE = """OLSTED — The river council voted late on Tuesday to end the Marren ferry service in \
October, after a meeting that ran past midnight in the old town hall.

"The ferry has carried this town for ninety years. The river no longer pays for it," \
council leader Brigid Tamsen said after the vote.

Oskar Vell, who speaks for the ferry crews, said the crews had learned of the plan from \
a notice on the landing stage. "Nobody asked the people who steer the boats," Vell said.

Hanne Loft, who crosses twice a day to open her bakery, was blunter. "You are cutting \
the town in half to save the price of a bus," she said.

The council will publish its traffic study next month. A bridge downstream has been \
discussed since 2009 but never funded."""

#: The Courier's own report: the same three quotes (the council leader's split in two),
#: its own narrative.
COURIER = """Ninety years of crossings at Marren will come to an end this autumn. Councillors \
in Olsted backed the closure by six votes to three, saying the boats had become too \
costly to keep on the water.

"The ferry has carried this town for ninety years," Brigid Tamsen, the council leader, \
told the chamber. "The river no longer pays for it."

Ferry crews' spokesman Oskar Vell said: "Nobody asked the people who steer the boats. \
We read it on a noticeboard."

"You are cutting the town in half to save the price of a bus," said Hanne Loft, a baker \
on the east bank who crosses each morning.

Two of the four boats are more than forty years old, according to figures seen by the \
Courier. The crews will meet on Friday to decide how to respond."""

#: A machine-translation round trip (English, another language, English) of the Gazette.
ROUND_TRIP = """OLSTED — The council of the river has voted on Tuesday late to stop the service \
of the Marren ferry in October, after a session that lasted beyond midnight in the old \
city hall.

"The ferry has carried this town for ninety years. The river no longer pays for it," \
said the leader of the council Brigid Tamsen after the vote.

Oskar Vell, who speaks for the crews of the ferry, said that the crews had learned about \
the plan from an announcement at the landing stage. "Nobody asked the people who steer \
the boats," said Vell.

Hanne Loft, who goes across two times each day to open her bakery, spoke more directly. "You \
cut the town in two halves to save the price of a bus," she said.

The council is going to make public its study of the traffic in the coming month. A bridge further \
down the river is discussed since 2009 but was never financed."""


def _relations() -> dict[frozenset[str], str]:
    arts = {"gazette": article(GAZETTE, "gazette"), "courier": article(COURIER, "courier"),
            "round trip": article(ROUND_TRIP, "aggregator")}
    role = {a.id: name for name, a in arts.items()}
    relations = find_reuse(list(arts.values()), ReuseIndex())
    # a round trip says so in its reason and in its field (copy_chains reads the field)
    assert all(r.round_trip == r.reason.startswith("translated (machine-translation round "
                                                   "trip") for r in relations)
    assert all(r.languages is None for r in relations)  # one language
    return {frozenset((role[r.a], role[r.b])): r.type for r in relations}


def test_two_reports_quoting_the_same_people_are_not_a_round_trip() -> None:
    found = _relations()
    assert frozenset(("gazette", "courier")) not in found
    assert frozenset(("round trip", "courier")) not in found


def test_a_round_trip_of_a_report_with_quotes_stays_translated() -> None:
    assert _relations() == {frozenset(("gazette", "round trip")): "translated"}


def test_one_outlets_two_versions_are_no_round_trip() -> None:
    """An outlet does not machine-translate its own story there and back: a wire's
    follow-up retelling its background in other words had been a "round trip", and its
    dates were read against the first report's day (an incremental-run probe)."""
    from dataclasses import replace

    gazette = replace(article(GAZETTE, "gazette"), site="Olsted Gazette")
    elsewhere = replace(article(ROUND_TRIP, "aggregator"), site="Daily Aggregate")
    follow_up = replace(article(ROUND_TRIP, "gazette"), site="Olsted Gazette")
    kinds = {r.b if r.a == gazette.id else r.a: r.type
             for r in find_reuse([gazette, elsewhere], ReuseIndex())}
    assert kinds == {elsewhere.id: "translated"}
    own = [r.type for r in find_reuse([gazette, follow_up], ReuseIndex())]
    assert "translated" not in own
