"""A copy is cited for a sentence only when its text carries it (report/cites.py)."""

from __future__ import annotations

from copydesk.report.cites import CopyCheck

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
    from copydesk.report.views import _events

    long = "Members will vote on the deal next week, but the executive has suspended the strike."
    short = "Members will vote on the deal next week."

    def ref(article: str, text: str) -> DateRef:
        start = text.index("next week")
        return DateRef(article, article, start, start + 9, "next week", date(2025, 3, 17),
                       date(2025, 3, 23), "relative to publication date")

    texts = {"a": long, "b": short}
    (event,) = _events([ref("a", long), ref("b", short)], texts, {"a": 1, "b": 2})
    assert (event.text, event.cites) == (long, (1,))
    (event,) = _events([ref("a", long), ref("b", short)], texts, {"a": 2, "b": 1})
    assert (event.text, event.cites) == (short, (1, 2))


def test_a_copys_role_names_the_root_among_equally_sure_sources() -> None:
    from copydesk.records import Relation
    from copydesk.report.views import _role

    def rel(orig: str) -> Relation:
        return Relation(orig, "e", "partial", 0.82, "x", orig)

    dup = Relation("a", "c", "duplicate", 1.0, "x", "a")
    incoming = {"e": [(rel("a"), "a", True), (rel("b"), "b", True), (rel("c"), "c", True)],
                "c": [(dup, "a", True)]}
    numbers = {"a": 1, "b": 2, "c": 3, "e": 5}
    assert _role("e", incoming, {"a"}, {"a", "b", "c"}, numbers) == "partial copy of [1]"
    assert _role("e", incoming, set(), {"a", "b", "c"}, numbers) == "partial copy of [1]"
