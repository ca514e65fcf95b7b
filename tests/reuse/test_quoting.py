"""A report quoted with credit (reuse.quoting): the relation stays, the quoting article
joins no family through it, and its quoted claims are the quoted report's."""

from __future__ import annotations

from datetime import date

from copydesk.extract.dates import find_dates
from copydesk.extract.quantities import find_quantities
from copydesk.facts import ArticleEvidence, facts_for_story
from copydesk.records import (
    FIELDS_ONCE_IN_THE_REASON,
    Article,
    Passage,
    Relation,
    from_dict,
    to_dict,
)
from copydesk.reuse.lineage import build_families
from copydesk.reuse.quoting import credited_quotation, quotation_note, quoted_spans

WIRE_PART = ("Gale warnings closed the harbour at Dunmere on Monday, and 40 fishing boats "
             "stayed in port.")
OWN = ("Skipper Orla Venning, who has fished from the west quay for 22 years, said the "
       "closure came at the worst time of the season. \"We lose a week of landings every "
       "time,\" she said. The harbour master's office did not answer calls on Monday "
       "afternoon, and the co-operative's chair, Tam Brisco, said its members had lost three "
       "days of landings already. ")
#: Filler a farm pads a credited quotation with: no name, figure or quotation of its own.
FILLER = ("Storms are always a worrying topic for coastal communities. In this article we "
          "explain what you need to know and why it matters for you. Share this article "
          "with your friends and family so they stay informed too. Subscribe to our "
          "newsletter for the most important stories of the day, straight to your inbox. ")
QUOTING = f'{OWN}\n\nAs Seaboard Wire reported on Monday: "{WIRE_PART}"\n\n{OWN}'


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_a_credited_quotation_amid_own_reporting_is_found() -> None:
    """A content-farm probe's regional paper: three paragraphs of its own around "As Ardent
    Wire reported on Tuesday: "…""."""
    credit = credited_quotation(QUOTING, [_span(QUOTING, WIRE_PART)], WIRE_PART)
    assert credit == "As Seaboard Wire reported on Monday:"


def test_no_credit_no_quotation_or_mostly_quoted_is_a_copy() -> None:
    """Traps: the same passage without quotation marks, a person's words in quotation
    marks ("the mayor said"), a passage half outside the quotation, and a page that is
    nearly all one credited quotation (a republication under a credit line)."""
    bare = f"{OWN}\n\nAs Seaboard Wire reported on Monday, {WIRE_PART}\n\n{OWN}"
    assert credited_quotation(bare, [_span(bare, WIRE_PART)], WIRE_PART) is None
    said = f'{OWN}\n\nThe mayor told reporters: "{WIRE_PART}"\n\n{OWN}'
    assert credited_quotation(said, [_span(said, WIRE_PART)], WIRE_PART) is None
    start, end = _span(QUOTING, WIRE_PART)
    assert credited_quotation(QUOTING, [(start, end + 40)], WIRE_PART) is None
    whole = f'As Seaboard Wire reported on Monday: "{WIRE_PART} {OWN}"'
    assert credited_quotation(whole, [_span(whole, f"{WIRE_PART} {OWN}")], WIRE_PART) is None


def test_a_credited_quotation_padded_with_filler_is_a_copy() -> None:
    """A regression probe: a farm wrapped the whole wire in one credited quotation and
    padded it with as much SEO filler (the quotation 47 % of the page, under the share
    limit); it left the wire's family and its story counted 4 independent sources for 3.
    Its own text has no name, figure or quotation the wire lacks; a paper's reporting
    around the same quotation has (a person and her words, years, a second person)."""
    padded = f'{FILLER}\n\nAs Seaboard Wire reported on Monday: "{WIRE_PART}"\n\n{FILLER}'
    assert credited_quotation(padded, [_span(padded, WIRE_PART)], WIRE_PART) is None
    # the wire's own names and figures around the quotation are no reporting of its own
    echoed = f"{FILLER} Dunmere, 40 boats, Monday. {FILLER}"
    repeated = f'{echoed}\n\nAs Seaboard Wire reported on Monday: "{WIRE_PART}"\n\n{echoed}'
    assert credited_quotation(repeated, [_span(repeated, WIRE_PART)], WIRE_PART) is None
    reported = f'{FILLER}\n\nAs Seaboard Wire reported on Monday: "{WIRE_PART}"\n\n{OWN}'
    assert credited_quotation(reported, [_span(reported, WIRE_PART)], WIRE_PART) \
        == "As Seaboard Wire reported on Monday:"


def _quoting_relation() -> Relation:
    a0, a1 = _span(QUOTING, WIRE_PART)
    reason = ("partial: 100% of the reused words identical" + quotation_note("a", "As Seaboard "
              "Wire reported on Monday:") + ". Direction: published first (t).")
    return Relation("paper", "wire", "partial", 0.7, reason, "wire",
                    (Passage(a0, a1, 0, len(WIRE_PART)),), quoted_by="paper",
                    credit="As Seaboard Wire reported on Monday")


def test_a_quoting_article_joins_no_family_but_a_partial_copy_does() -> None:
    articles = [Article(id=i, source="", text="") for i in ("copy", "paper", "wire")]
    quoting = _quoting_relation()
    copy = Relation("copy", "wire", "partial", 0.8, "partial: 100%. Direction: t.", "wire")
    families = {f.id: f.article_ids for f in build_families([quoting, copy], articles)}
    assert families == {"paper": ("paper",), "wire": ("copy", "wire")}


def test_a_quoted_report_s_figures_are_its_own_not_the_quoting_paper_s() -> None:
    """The paper's quotation of the wire's "40 fishing boats" made the wire's count one
    independent source more; its own "three days" is its own still."""
    spans = tuple(quoted_spans([_quoting_relation()], "paper", QUOTING, ["paper", "wire"]))
    assert spans and QUOTING[spans[0][0]] == '"'

    def ev(article_id: str, text: str, quoted: tuple[tuple[int, int], ...] = ()
           ) -> ArticleEvidence:
        return ArticleEvidence(article_id, text,
                               quantities=tuple(find_quantities(text, article_id)),
                               dates=tuple(find_dates(text, article_id, date(2025, 3, 10))),
                               quoted=quoted)

    facts = facts_for_story("s", [ev("wire", WIRE_PART), ev("paper", QUOTING, spans)],
                            families={"wire": "wire", "paper": "paper"})
    boats = next(f for f in facts if "boat" in f.predicate)
    assert boats.article_ids == ("wire",) and boats.independent_sources == 1
    assert any(f.article_ids == ("paper",) for f in facts)
    # Not when the quoted report is not in the story: the quotation is all there is.
    assert quoted_spans([_quoting_relation()], "paper", QUOTING, ["paper"]) == []


def test_the_reuse_step_marks_a_credited_quotation() -> None:
    """End to end (``find_reuse``): the paper's relation to the wire says it quotes it with
    credit, and the two are two families."""
    from datetime import datetime, timezone

    from copydesk.reuse import find_reuse

    wire_text = ("DUNMERE (Seaboard Wire) — Gale warnings closed the harbour at Dunmere on "
                 "Monday, and 40 fishing boats stayed in port while crews tied down gear on "
                 "the west quay. The coastguard said gusts of 110 km/h were recorded at the "
                 "lighthouse before noon and that the warning would stay in force until "
                 "Wednesday morning.\n\nThe ferry to Holm Island was cancelled for a second "
                 "day. Its operator said passengers with tickets could travel on Thursday "
                 "without paying again.")
    quoted = wire_text.split("— ", 1)[1].split("\n\n")[0]
    paper_text = f'{OWN}\n\nAs Seaboard Wire reported on Monday: "{quoted}"\n\n{OWN}{OWN}'
    when = datetime(2025, 3, 10, 9, tzinfo=timezone.utc)
    wire = Article(id="b" * 16, source="w", text=wire_text, site="Seaboard Wire",
                   published=when, language="en")
    paper = Article(id="a" * 16, source="p", text=paper_text, site="Dunmere Courier",
                    published=when.replace(hour=15), language="en")
    relations = find_reuse([wire, paper])
    assert len(relations) == 1 and relations[0].original == wire.id
    assert "; quoted with credit (a: As Seaboard Wire reported on Monday:)" in relations[0].reason
    # ... and its fields, which families, facts and the report read, say it too
    assert relations[0].quoted_by == paper.id
    assert relations[0].credit == "As Seaboard Wire reported on Monday"
    assert len(build_families(relations, [wire, paper])) == 2


def test_the_report_says_the_paper_quotes_the_wire() -> None:
    """A content-farm probe's page listed the regional paper as a "partial copy of [1]"."""
    from copydesk.report.sources import role

    quoting = _quoting_relation()
    incoming = {"paper": [(quoting, "wire", True)]}
    numbers = {"wire": 1, "paper": 2}
    assert role("paper", incoming, {"wire"}, {"wire"}, numbers, "paper") \
        == 'quotes [1] under the credit "As Seaboard Wire reported on Monday"'
    plain = Relation("paper", "wire", "partial", 0.7, "partial: 100%. Direction: t.", "wire")
    assert role("paper", {"paper": [(plain, "wire", True)]}, {"wire"}, {"wire"}, numbers,
                "wire") == "partial copy of [1]"


def test_the_report_shows_the_credit_as_written() -> None:
    """A regression probe's paper quoted the wire's paragraph "As the Lorsby Courier
    reported": the page said it "quotes [1] with credit", as if the wire had been
    credited. It shows the credit the paper wrote, whoever it names."""
    from copydesk.report.sources import role
    from copydesk.reuse.quoting import credit_as_noted

    written = "As the Harbour Gazette (Dunmere) reported on Monday:"
    credit = credit_as_noted(written)
    assert credit == "As the Harbour Gazette (Dunmere) reported on Monday"
    quoting = Relation("paper", "wire", "partial", 0.7, "partial", "wire", quoted_by="paper",
                       credit=credit)
    assert role("paper", {"paper": [(quoting, "wire", True)]}, {"wire"}, {"wire"},
                {"wire": 1, "paper": 2}, "paper") \
        == 'quotes [1] under the credit "As the Harbour Gazette (Dunmere) reported on Monday"'
    # a store written before the fields: the credit and the quoting side from the reason
    reason = ("partial: 100% of the reused words identical" + quotation_note("a", written)
              + ". Direction: published first (t).")
    old = from_dict(Relation, {k: v for k, v in to_dict(quoting).items()
                               if k not in FIELDS_ONCE_IN_THE_REASON} | {"reason": reason})
    assert (old.quoted_by, old.credit) == ("paper", credit)
    plain = from_dict(Relation, {"a": "paper", "b": "wire", "type": "partial",
                                 "confidence": 0.7, "reason": "partial: 100%.",
                                 "original": "wire"})
    assert (plain.quoted_by, plain.credit) == (None, None)
