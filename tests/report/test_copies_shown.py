"""Copies side by side on a story page: what their counts count, which come first and which
one is open, and how a link reaches one."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

from copydesk.report import story_view, write_report
from copydesk.report import views as views_module
from copydesk.report.markdown import story_markdown
from copydesk.report.render import page_name
from copydesk.store import SQLiteStore
from railway_copies import SPIN_ONE_SWAPS, SPIN_TWO_SWAPS, build, relation


def _pairs(view: views_module.StoryView) -> list[tuple[int, int]]:
    number = {s.id: s.number for s in view.sources}
    return [(number[d.left_id], number[d.right_id]) for d in view.diffs]


def test_a_pair_swapped_at_several_places_counts_once_as_the_reason_does(
        store: SQLiteStore, tmp_path: Path) -> None:
    """A spin's heading said "37 swaps · 25 other changes" where its reason said "30
    words swapped" and 30 pairs were listed: the heading counted places ("said → stated"
    three times), the reason and the list word pairs."""
    story, arts = build(store)
    view = story_view(store, story.id)
    assert view is not None
    spin = next(d for d in view.diffs if (d.left_id, d.right_id) == (arts[0].id, arts[2].id))
    assert spin.reason.startswith(f"spun: {len(SPIN_ONE_SWAPS)} words swapped")
    assert spin.swapped == len(spin.substitutions) == len(SPIN_ONE_SWAPS) == 5
    assert spin.swap_marks == 7  # "damage closed" → "harm shut", "said" thrice, two more
    write_report(store, tmp_path)
    doc = lxml.html.parse(str(tmp_path / page_name(story.id))).getroot()
    (box,) = [d for d in doc.xpath("//details[@class='diff']")
              if d.xpath(f".//*[@id='diff-{spin.relation_id}']")]
    heading = box.xpath("string(.//span[@class='diff-meta'])")
    label = box.xpath("string(.//p[@class='subs']/span[@class='label'])")
    assert "5 words swapped" in heading and "swap" not in heading.replace("5 words swapped", "")
    assert label == "5 words swapped one for one, marked at 7 places below:"
    assert len(box.xpath(".//span[@class='sub-pair']")) == 5



def test_a_round_trip_lists_no_swapped_words(store: SQLiteStore, tmp_path: Path) -> None:
    """A machine-translation round trip keeps the word pairs where its sentences align,
    some of them no swap at all ("prepare → valley"); the demo's report.md said "16
    swapped words" of a translation, which its HTML page showed without a word diff."""
    story, arts = build(store)
    wire, spin2 = arts[0], arts[3]
    store.replace_records("relations", [relation(
        wire, spin2, "translated", SPIN_TWO_SWAPS,
        reason="translated (machine-translation round trip, or a model's rewrite)")])
    view = story_view(store, story.id)
    assert view is not None
    (diff,) = view.diffs
    assert diff.substitutions and not diff.word_diff
    line = next(x for x in story_markdown(view).splitlines() if "translated, confidence" in x)
    assert "swapped" not in line
    write_report(store, tmp_path)
    doc = lxml.html.parse(str(tmp_path / page_name(story.id))).getroot()
    (box,) = doc.xpath("//details[@class='diff']")
    assert "swapped" not in box.xpath("string(.)")
    assert box.xpath(".//p[@class='muted']")  # says why no word diff is shown

def test_copies_beside_their_source_come_first_and_copies_of_one_source_last(
        store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """A story page gave 13 of its 25 side-by-side views to pairs of copies of one wire
    while 8 relations went unshown, and opened one such pair: two copies of one wire,
    where a spun copy beside its source was to be seen."""
    story, arts = build(store)
    monkeypatch.setattr(views_module, "MAX_DIFFS", 5)
    view = story_view(store, story.id)
    assert view is not None
    # Spins first, then the partial copy of the other report, then the duplicates (they
    # show nothing new); the two pairs of copies of the wire do not fit.
    assert _pairs(view) == [(1, 3), (1, 4), (5, 6), (1, 2), (1, 7)]
    assert view.diffs_omitted == 2
    assert all(d.shared_source is None for d in view.diffs)
    monkeypatch.setattr(views_module, "MAX_DIFFS", 25)
    view = story_view(store, story.id)
    assert view is not None
    assert _pairs(view)[5:] == [(2, 3), (3, 4)]  # with room, after all the others
    assert {d.shared_source for d in view.diffs[5:]} == {arts[0].id}
    # The two spins differ from each other more than either from the wire; a spin beside
    # the wire is the one open.
    siblings = view.diffs[-1]
    opened = next(d for d in view.diffs if d.relation_id == view.featured_diff)
    assert siblings.swap_marks + siblings.changed > opened.swap_marks + opened.changed
    assert opened.left_id == arts[0].id and opened.type == "spun"


def test_a_link_to_a_copy_opens_it_and_its_heading_links_to_the_articles(
        store: SQLiteStore, tmp_path: Path) -> None:
    """The "#diff-…" anchor was the closed <details> itself, which a browser scrolls to
    and leaves closed; inside it, the browser opens it (no script: the report has none).
    Its heading, "[3] Buzz Feedline ← [1] Coast Wire", linked to neither article."""
    story, _ = build(store)
    write_report(store, tmp_path)
    doc = lxml.html.parse(str(tmp_path / page_name(story.id))).getroot()
    boxes = doc.xpath("//details[@class='diff']")
    assert boxes and not any(b.get("id") for b in boxes)
    for box in boxes:
        (target,) = box.xpath(".//*[starts-with(@id, 'diff-')]")
        assert target.getparent() is box and target.tag != "summary"
        links = box.xpath("./summary/span[@class='diff-title']/a/@href")
        assert len(links) == 2 and all(re.fullmatch(r"#art-[0-9a-f]{16}", h) for h in links)
        assert all(doc.xpath(f"//li[@id='{h[1:]}']") for h in links)
    # The page's crumbs lead back without pointing at nothing.
    crumbs = doc.xpath("string(//p[@class='crumbs'])").strip()
    assert crumbs == "Stories"
