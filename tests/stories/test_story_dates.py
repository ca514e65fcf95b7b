"""Event dates resolved against the publication date: the weekday pitfall and friends."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from copydesk.calendar_words import WEEKDAYS
from copydesk.stories import extract_anchors
from copydesk.stories.dates import date_anchors, resolve_weekday
from copydesk.stories.text import sentences

FRIDAY = date(2025, 3, 14)


def keys(sentence: str, base: date | None = FRIDAY) -> list[str]:
    return [a.key for a in date_anchors(sentence, base) if a.key.startswith(("d:", "wd:"))]


def test_on_friday_published_friday_is_that_day_not_a_week_before() -> None:
    assert keys("The ministers met on Friday in Serravine.") == ["d:2025-03-14"]


def test_bare_weekday_is_the_latest_one_in_past_tense() -> None:
    assert keys("Talks broke down on Wednesday.") == ["d:2025-03-12"]


def test_future_sentence_takes_the_next_weekday() -> None:
    assert keys("She will travel to Orvane on Monday.") == ["d:2025-03-17"]


def test_last_and_next() -> None:
    assert keys("It began last Friday and resumes next Tuesday.") == [
        "d:2025-03-07", "d:2025-03-18",
    ]


def test_yesterday_and_explicit_dates() -> None:
    assert keys("Yesterday's vote followed the March 3, 2025 decree.") == [
        "d:2025-03-13", "d:2025-03-03",
    ]
    assert keys("Signed on 2 February 2024.") == ["d:2024-02-02"]


def test_last_week_is_a_week_key() -> None:
    found = [a.key for a in date_anchors("The strike began last week.", FRIDAY)]
    assert found == ["w:2025-W10"]


def test_without_publication_date_weekdays_stay_unresolved() -> None:
    assert keys("They met on Friday.", None) == ["wd:friday"]
    assert keys("They met yesterday.", None) == []


def test_may_as_a_verb_is_not_a_date() -> None:
    assert date_anchors("Prices may rise on the 3 routes.", FRIDAY) == []


@given(
    base=st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)),
    day=st.sampled_from(WEEKDAYS),
    qualifier=st.sampled_from(["", "on", "last", "next", "this", "coming"]),
    future=st.booleans(),
)
def test_resolved_weekday_is_that_weekday_near_the_base(
    base: date, day: str, qualifier: str, future: bool
) -> None:
    value = resolve_weekday(day, qualifier, base, future)
    assert WEEKDAYS[value.weekday()] == day
    assert abs(value - base) <= timedelta(days=13)
    if qualifier == "last":
        assert value < base
    if qualifier == "next":
        assert value > base


@given(st.text(max_size=200))
def test_any_text_gives_well_formed_keys(text: str) -> None:
    for anchor in date_anchors(text, FRIDAY):
        kind, _, value = anchor.key.partition(":")
        assert kind in {"d", "w", "m", "y", "wd"} and value


def test_an_undated_articles_time_comes_from_a_dateline_not_from_its_lead() -> None:
    """Three undated reports of a 2025 inquiry whose lead named "the collapse of the
    Ardmore dam on 4 May 2019" were dated 2019 and joined the collapse's story."""
    from copydesk.stories.dates import infer_published

    lead = ("An inquiry into the collapse of the Ardmore dam on 4 May 2019 blamed two "
            "engineers on Thursday for ignoring cracks in the spillway.")
    assert infer_published([lead]) is None
    assert infer_published(["Posted 12 June 2025 09:40", lead]) == date(2025, 6, 12)
    headed = "12 June 2025 — ARDMORE: An inquiry blamed two engineers for the collapse."
    assert infer_published([headed]) == date(2025, 6, 12)


def test_a_wire_dateline_dates_an_undated_report() -> None:
    from copydesk.stories.dates import infer_published

    line = ("PORT ALDIS, Westmarch (Harbor Wire Service) - March 12, 2025 - The port of Aldis "
            "reopened on Wednesday after a three-day strike by crane operators.")
    assert infer_published([line]) == date(2025, 3, 12)


def test_an_abbreviated_month_keeps_its_day_in_the_lead() -> None:
    """Found by an extract probe: the sentence was cut after "Dec.", so the lead's event
    day was the day the coast guard spoke, and an independent report of the sinking on
    Dec. 30 was a date conflict (four stories for one event)."""
    lead = ("MYTILENE, Greece (Harbor Wire) — At least 12 people died when a ferry capsized "
            "off Lesbos late on Dec. 30, the coast guard said on Thursday. Gen. Ewa Lind "
            "sent divers.")
    assert len(sentences(lead)) == 2
    anchors = extract_anchors(lead, "Ferry capsizes off Lesbos", date(2026, 1, 2))
    assert anchors.event_date == "d:2025-12-30"


def test_a_real_sentence_end_after_a_street_or_a_month_still_splits() -> None:
    """A regression probe of the abbreviation rule: "on Elm St. Firefighters…" and "in
    Dec. The vote…" had become one sentence."""
    assert len(sentences("A fire broke out on Elm St. Firefighters arrived at once.")) == 2
    assert len(sentences("The vote was held in Dec. The last one was close.")) == 2
    assert len(sentences("Gen. Mark Hale led the troops across the river.")) == 1


def test_drive_ends_a_sentence_too() -> None:
    assert len(sentences("The fire started on Maple Dr. Firefighters came at once.")) == 2


def test_a_doctor_before_her_full_name_ends_no_sentence() -> None:
    """"Dr." ended a sentence everywhere in the story anchors, so "Dr. Ana Ruiz said…"
    lost its name to the sentence before; a drive still ends one."""
    assert len(sentences("The clinic was run by Dr. Ana Ruiz, who said it would close.")) == 1
    assert len(sentences("The fire started on Maple Dr. Police said two homes burned.")) == 2
    # Found by a regression probe: two capitalised words after a drive are no full name
    # when the first is a usual first word of a sentence.
    for drive in ("The fire started on Linden Dr. The Carrow fire service said so.",
                  "It was on Maple Dr. On Friday the council will vote.",
                  "Police arrived on Linden Dr. Fire Chief Rolf Dane said it was arson."):
        assert len(sentences(drive)) == 2, drive
