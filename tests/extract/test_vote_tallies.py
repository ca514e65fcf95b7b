"""Vote tallies: both sides of a vote are counts the facts step can compare."""

from __future__ import annotations

import pytest

from copydesk.extract.quantities import find_quantities


def _tally(text: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.counts) for q in find_quantities(text, "a", "en")
            if q.counts and q.counts.startswith("votes ")]


@pytest.mark.parametrize(("text", "yes", "no"), [
    ("The council approved the budget by nine votes to four.", 9, 4),
    ("Councillors voted eight to five on Thursday to pass the budget.", 8, 5),
    ("The bill passed 8-5 after a long debate.", 8, 5),
    ("In a 31-24 vote, the assembly backed the plan.", 31, 24),
    ("The motion was carried with 212 votes in favour and 198 against.", 212, 198),
    ("The board approved the merger by twenty-one votes to three.", 21, 3),
])
def test_both_sides_of_a_vote(text: str, yes: int, no: int) -> None:
    # a fact-checker probe's two reports of one vote, 9-4 and 8-5, never disagreed: the
    # first was a count of 9 "votes", the second counted nothing
    assert _tally(text) == [(float(yes), "votes in favour"), (float(no), "votes against")]


@pytest.mark.parametrize("text", [
    "Arsenal won 3-1 on Saturday.",
    "Portavel defeated the hosts 3-1.",
    "The meeting ran for two to three hours.",
    "Turnout rose from 40 to 52 percent.",
])
def test_scores_and_ranges_are_no_tallies(text: str) -> None:
    assert _tally(text) == []
