"""A spin that covers only part of one side is a spun part of it (``partial``), not one
text with it: an aggregator that reprints three wire stories whole was "spun" against
a content farm's spin of one of them, a spin joins its two texts as one, and the three
stories became one family (a content-farm probe). Texts are fictional, written for
these tests (``reuse_texts``, ``test_quoted_reports``)."""

from __future__ import annotations

from datetime import timedelta

from tests.reuse.reuse_texts import KELMAR, ORIGINAL, SPUN, TUESDAY, article
from tests.reuse.test_quoted_reports import GAZETTE

from copydesk.reuse import ReuseIndex, build_families, find_reuse
from copydesk.reuse.classify import SPUN_PART

ROUNDUP = "Morning roundup\n\n" + "\n\n".join((GAZETTE, ORIGINAL, KELMAR))


def test_an_aggregator_is_a_spun_part_of_a_spin_and_joins_no_family() -> None:
    arts = {name: article(text, name, published=TUESDAY + timedelta(hours=hours))
            for name, text, hours in (("wire", ORIGINAL, 0), ("gazette", GAZETTE, 1),
                                      ("kelmar", KELMAR, 1), ("farm", SPUN, 2),
                                      ("aggregator", ROUNDUP, 3))}
    role = {a.id: name for name, a in arts.items()}
    relations = find_reuse(list(arts.values()), ReuseIndex())
    kinds = {frozenset((role[r.a], role[r.b])): r for r in relations}
    farm_roundup = kinds[frozenset(("farm", "aggregator"))]
    assert farm_roundup.type == "partial" and farm_roundup.reason.startswith(SPUN_PART)
    assert farm_roundup.spun_part  # the field later stages read
    assert not any(r.spun_part for r in relations if r is not farm_roundup)
    assert farm_roundup.substitutions  # the swaps are still listed
    assert kinds[frozenset(("farm", "wire"))].type == "spun"  # the whole text: a spin
    family = {role[i]: role[f.root] for f in build_families(relations, list(arts.values()))
              for i in f.article_ids}
    assert family == {"wire": "wire", "farm": "wire", "gazette": "gazette",
                      "kelmar": "kelmar", "aggregator": "aggregator"}


def test_a_backdated_spin_flagged_as_spun_is_not_named_the_original() -> None:
    """A farm dates its spin before the wire: times said the farm was first and the
    swaps said otherwise, and the farm was named the original, or nobody (a content-farm
    probe: of 84 backdated spins, none named the wire). The spin reads as a spinner's on
    its own and the wire does not: the wire is the original."""
    from tests.reuse.reuse_texts import WEDNESDAY

    from copydesk.reuse.spin_score import score_articles

    wire = article(ORIGINAL, "wire", published=WEDNESDAY)
    farm = article(SPUN, "farm", published=TUESDAY)
    assert [s.spun for s in score_articles([wire, farm])] == [False, True]
    (relation,) = find_reuse([wire, farm], ReuseIndex())
    assert relation.type == "spun"
    assert relation.original == wire.id
    assert "flagged as machine-spun" in relation.reason
