"""The static report: files written, self-contained, every section filled or saying it is empty."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import lxml.html
from hypothesis import given
from hypothesis import strategies as st

from copydesk.records import Article, Story, content_id
from copydesk.report import story_view, write_report
from copydesk.report.markdown import md_escape
from copydesk.report.render import page_name
from copydesk.store import SQLiteStore
from report_sample import build_sample


def _doc(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(path.read_text(encoding="utf-8"))


def test_writes_index_story_pages_markdown_and_json(store: SQLiteStore, tmp_path: Path) -> None:
    ids = build_sample(store)
    index = write_report(store, tmp_path)
    assert index == tmp_path / "index.html"
    pages = sorted(p.name for p in tmp_path.glob("story-*.html"))
    assert pages == sorted([page_name(ids["story"]), page_name(ids["ferry_story"])])
    links = [a.get("href") for a in _doc(index).iter("a")]
    assert all(p in links for p in pages)
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert {s["story"]["id"] for s in data["stories"]} == {ids["story"], ids["ferry_story"]}
    assert data["totals"]["articles"] == 8
    # Every article has a family, most alone: the page counts the families of copies.
    assert (data["totals"]["families"], data["totals"]["copy_families"]) == (4, 1)
    assert "1 family of copies" in index.read_text(encoding="utf-8")
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "## Lenna Street bridge closed after cracks found in pillar" in md
    assert "### Key facts" in md
    # Titles are isolated, so a right-to-left one does not reorder the "[n]" beside it.
    links = [a for a in _doc(index).iter("a") if a.get("class") == "story-link"]
    assert links and all(a.find("bdi") is not None for a in links)
    # So are site names and each summary sentence (a visual probe: an Arabic site name
    # split the date beside it, and cites landed beside the wrong sentence).
    page = _doc(tmp_path / page_name(ids["story"]))
    assert page.xpath("//div[@class='src-meta']/bdi[@class='site']")
    sentences = page.xpath("//p[@class='summary']/span[@class='sent']")
    assert sentences and all(s.get("dir") == "auto" for s in sentences)


def test_pages_load_nothing_from_anywhere(store: SQLiteStore, tmp_path: Path) -> None:
    build_sample(store)
    write_report(store, tmp_path)
    for page in tmp_path.glob("*.html"):
        doc = _doc(page)
        assert not doc.xpath("//script | //link | //img | //iframe | //object | //embed"), page
        csp = doc.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
        assert csp and "default-src 'none'" in csp[0]
        for el in doc.iter():
            for name in ("src", "srcset", "poster", "data"):
                assert el.get(name) is None, (page, el.tag, name)
        styles = "".join(doc.xpath("//style/text()"))
        assert "@import" not in styles and "url(" not in styles and "@font-face" not in styles
        # Only article entries may link out (a click, not a request), and never to script.
        for a in doc.iter("a"):
            href = a.get("href", "")
            if re.match(r"https?:", href):
                assert a.get("rel") == "noopener noreferrer nofollow"


def test_summary_cites_articles_that_carry_each_sentence(store: SQLiteStore) -> None:
    ids = build_sample(store)
    view = story_view(store, ids["story"])
    assert view is not None
    assert 2 <= len(view.summary) <= 5
    by_number = {s.number: s.id for s in view.sources}
    for sentence in view.summary:
        assert sentence.cites
        shown_in = store.get_article(sentence.article_id)
        assert shown_in is not None and sentence.text in shown_in.text
        assert by_number[sentence.cites[0]] == sentence.article_id
    # The wire's lead is carried by the original and its duplicate, partial and spun copies.
    lead = next(s for s in view.summary if s.text.startswith("Engineers closed"))
    cited = {by_number[n] for n in lead.cites}
    assert {ids["original"], ids["duplicate"], ids["partial"], ids["spun"]} <= cited
    assert ids["independent"] not in cited
    # Near-copies are merged into one sentence, not repeated.
    texts = [s.text for s in view.summary]
    assert len(texts) == len(set(texts))
    assert not any(t.startswith("Engineers shut") for t in texts)
    # The independent report is heard too.
    assert any(by_number[s.cites[0]] == ids["independent"] for s in view.summary)


def test_timeline_facts_quotes_and_roles(store: SQLiteStore) -> None:
    ids = build_sample(store)
    view = story_view(store, ids["story"])
    assert view is not None
    days = [e.when for e in view.timeline]
    assert days == sorted(days) and len(days) >= 4
    cost = next(f for f in view.facts if f.predicate == "cost")
    assert cost.supporting == 4 and cost.independent == 1
    assert cost.conflicts and cost.conflicts[0].value == "2.5 million euros"
    assert view.facts[0].independent == max(f.independent for f in view.facts)
    revik = next(g for g in view.quotes if g.speaker == "Alma Revik")
    assert len(revik.quotes) == 2 and len(revik.quotes[0].cites) == 2
    roles = {s.id: s.role for s in view.sources}
    assert roles[ids["original"]] == "original"
    assert roles[ids["spun"]].startswith("spun copy of [1]")
    assert roles[ids["independent"]] == "no reuse found"
    assert len(view.diffs) == 4
    assert {d.left_id for d in view.diffs} == {ids["original"]}


def test_degrades_when_no_stage_records_exist(store: SQLiteStore, tmp_path: Path) -> None:
    text = "A lone report about the opening of the Weir Lane library on a rainy Saturday morning."
    art = Article(id=content_id(text), source="t", text=text, title="Library opens",
                  published=datetime(2025, 5, 3, 9, tzinfo=timezone.utc))
    store.add_batch([art])
    story = Story(content_id("s"), "Library opens", "t", (art.id, "missing-id"), art.published,
                  art.published, 1, 1, 1)
    store.replace_records("stories", [story])
    write_report(store, tmp_path)
    html = (tmp_path / page_name(story.id)).read_text(encoding="utf-8")
    for phrase in ("No dated events extracted.", "No facts extracted.", "No quotes extracted.",
                   "No reuse found between the articles", "No copies to compare.",
                   "1 article(s) of this story are no longer in the store."):
        assert phrase in html


def test_empty_store_writes_an_index_that_says_so(store: SQLiteStore, tmp_path: Path) -> None:
    index = write_report(store, tmp_path)
    assert "No stories yet" in index.read_text(encoding="utf-8")
    assert json.loads((tmp_path / "report.json").read_text())["stories"] == []


def test_same_store_same_pages(tmp_path: Path) -> None:
    outputs = []
    for run in ("a", "b"):
        s = SQLiteStore(":memory:")
        build_sample(s)
        write_report(s, tmp_path / run)
        s.close()
        outputs.append({p.name: p.read_text() for p in (tmp_path / run).glob("story-*.html")})
    assert outputs[0] == outputs[1]


@given(st.text(max_size=200))
def test_markdown_escape_leaves_no_markup(text: str) -> None:
    out = md_escape(text)
    assert "<" not in out and ">" not in out and "\n" not in out
    assert not re.search(r"(?<!\\)[\[\]`*_|]", out.replace("\\\\", ""))


def test_conflicts_in_the_facts_stage_shape_are_cited() -> None:
    from copydesk.report.fact_rows import _conflict

    raw = {"type": "number", "this": [{"article_id": "a", "text": "52 vessels"}],
           "other": [{"article_id": "b", "text": "two vessels", "value": "2"},
                     {"article_id": "zz", "text": "two vessels", "value": "2"}],
           "other_value": "2", "relative_difference": 0.9615, "tolerance": 0.1}
    c = _conflict(raw, {"a": 1, "b": 2})
    assert c.value == "2" and c.cites == (2,) and c.outside == 1
    assert "“two vessels”" in c.detail and "96% apart" in c.detail


def test_a_sentence_with_several_dates_is_shown_at_what_it_reports() -> None:
    from copydesk.extract.dates import find_dates
    from copydesk.report.timeline import timeline_events

    published = datetime(2025, 3, 13, 18, tzinfo=timezone.utc)  # a Thursday
    text = (
        "Ministers held talks in Orvane on Tuesday, laying the groundwork for a summit on "
        "Friday. Dockers will return to work on Friday after their union agreed on Thursday "
        "to the offer. Farmers protested during yesterday's signing and have called a march "
        "on Monday."
    )
    refs = find_dates(text, "a", published)
    events = timeline_events(refs, {"a": text}, {"a": 1})
    shown = {e.text.split()[0]: e.when.isoformat() for e in events}
    assert shown == {"Ministers": "2025-03-11", "Dockers": "2025-03-13", "Farmers": "2025-03-12"}


def test_a_toll_revised_on_a_later_day_is_shown_on_that_day() -> None:
    """A standards-desk probe: "The number killed in Monday's explosion has risen to
    seven, emergency services said on Tuesday, up from four reported on Monday" was shown
    under Monday, the day of the explosion and of the old figure."""
    from copydesk.extract.dates import find_dates
    from copydesk.report.timeline import timeline_events

    published = datetime(2025, 3, 12, 9, tzinfo=timezone.utc)  # a Wednesday
    text = ("The number of people killed in Monday's explosion at the Orrin dye works has "
            "risen to seven, emergency services said on Tuesday, up from four reported on "
            "Monday.\nCrews worked through Monday's night shift to clear the roof.")
    refs = find_dates(text, "a", published)
    shown = {e.text.split()[0]: e.when.isoformat()
             for e in timeline_events(refs, {"a": text}, {"a": 1})}
    assert shown == {"The": "2025-03-11", "Crews": "2025-03-10"}


def test_a_past_verb_right_before_a_weekday_keeps_it_past() -> None:
    from copydesk.extract.dates import find_dates

    published = datetime(2025, 3, 12, tzinfo=timezone.utc)  # a Wednesday
    text = "The ministers met on Friday and will meet again on Monday, ahead of Friday's vote."
    found = [(d.text, d.value.isoformat()) for d in find_dates(text, "a", published) if d.value]
    assert found == [("Friday", "2025-03-07"), ("Monday", "2025-03-17"), ("Friday", "2025-03-14")]


def test_a_quotation_of_several_sentences_stays_one_sentence() -> None:
    from copydesk.report.text import sentence_spans

    text = (
        "“We will take each meeting as it comes. Nobody should rush,” the governor said. "
        "He said \"Stop. Now.\" Then he left.\n"
        "An open “quote never closes. A second sentence follows."
    )
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "“We will take each meeting as it comes. Nobody should rush,” the governor said.",
        'He said "Stop. Now."',
        "Then he left.",
        "An open “quote never closes.",
        "A second sentence follows.",
    ]


def test_a_conflict_inside_one_article_says_so() -> None:
    from copydesk.records import Fact
    from copydesk.report.fact_rows import fact_rows

    side = {"article_id": "a1", "text": "tens of hundreds of troops"}
    fact = Fact(
        id="f1", story_id="s", subject="Russia", predicate="count of troops",
        value="more than 100,000", time=None, article_ids=("a1",), independent_sources=1,
        conflicts=({"other": [side], "other_value": "1,000–10,000", "type": "number"},),
    )
    other = Fact(
        id="f2", story_id="s", subject="Russia", predicate="count of troops",
        value="more than 100,000", time=None, article_ids=("a2",), independent_sources=1,
        conflicts=({"other": [side], "other_value": "1,000–10,000", "type": "number"},),
    )
    rows = {r.id: r for r in fact_rows([fact, other], {"a1": 1, "a2": 2})}
    assert rows["f1"].conflicts[0].within
    assert not rows["f2"].conflicts[0].within


def test_markdown_says_a_conflict_lies_outside_the_story(store: SQLiteStore) -> None:
    """A fact-checker probe: the Markdown report gave "— conflict: Dmitri Voss" with no
    citation when the other articles were all in other stories; the HTML page said "+1
    outside this story"."""
    import dataclasses

    from copydesk.report.fact_rows import Conflict
    from copydesk.report.markdown import story_markdown

    view = story_view(store, build_sample(store)["story"])
    assert view is not None
    elsewhere = Conflict(value="Dmitri Voss", cites=(), outside=2, independent=None,
                         detail="named as the speaker there")
    fact = dataclasses.replace(view.facts[0], conflicts=(elsewhere,))
    text = story_markdown(dataclasses.replace(view, facts=(fact, *view.facts[1:])))
    assert "Dmitri Voss (+2 outside this story) (named as the speaker there)" in text


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]),
                          st.frozensets(st.sampled_from("pqrstuvwxy"), max_size=6)),
                max_size=40),
       st.sampled_from([0.3, 0.5, 0.8]))
def test_near_groups_group_as_the_plain_loop_does(
    items: list[tuple[str, frozenset[str]]], threshold: float
) -> None:
    """The prefix-filtered grouping gives every text the group the first-match loop it
    replaced gives (the loop was quadratic in a story's sentences)."""
    from copydesk.report.text import NearGroups, jaccard

    # A text's words follow from the text, as content_words makes them.
    texts = [(label + "".join(sorted(words)), words) for label, words in items]
    loop: list[tuple[str, frozenset[str]]] = []
    expected = []
    for text, words in texts:
        for n, (first, group_words) in enumerate(loop):
            if first == text or jaccard(group_words, words) >= threshold:
                expected.append(n)
                break
        else:
            expected.append(len(loop))
            loop.append((text, words))
    near = NearGroups(threshold)
    assert [near.place(text, words)[0] for text, words in texts] == expected


def test_a_timeline_date_in_a_list_without_full_stops_shows_its_surroundings() -> None:
    from copydesk.extract.dates import find_dates
    from copydesk.report.timeline import MAX_EVENT_CHARS, timeline_events

    published = datetime(2025, 3, 3, tzinfo=timezone.utc)
    text = " and ".join(f"the council sits on {d} March 2025 in hall {d}" for d in range(4, 29))
    assert len(text) > MAX_EVENT_CHARS
    events = timeline_events(find_dates(text, "a", published), {"a": text}, {"a": 1})
    assert events and all(len(e.text) <= MAX_EVENT_CHARS for e in events)
    assert events[0].text.startswith("the council sits on 4 March") and events[0].text.endswith("…")


def test_a_story_with_thousands_of_facts_lists_the_best_and_counts_the_rest(
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from copydesk.report import views
    from copydesk.report.fact_rows import FactRow

    monkeypatch.setattr(views, "KEY_FACTS", 2)
    monkeypatch.setattr(views, "MAX_MORE_FACTS", 3)
    monkeypatch.setattr(views, "MAX_CONFLICT_ROWS", 1)
    rows = [FactRow(id=str(i), subject="s", predicate="p", value=str(i), time=None,
                    supporting=1, independent=1, cites=(1,),
                    conflicts=[object()] if i in (5, 6) else [])  # type: ignore[list-item]
            for i in range(10)]
    monkeypatch.setattr(views, "fact_rows", lambda *_a, **_k: rows)
    store = SQLiteStore(":memory:")
    article = Article(id="a", source="t", text="The council met on Monday.")
    store.add_batch([article])
    story = Story(id="s", title="t", thread_id="t", article_ids=("a",), first_seen=None,
                  last_seen=None, articles=1, sources=1, independent_sources=1)
    view = story_view(store, story)
    assert view is not None
    assert [f.id for f in view.facts] == ["0", "1", "5"]
    assert [f.id for f in view.more_facts] == ["2", "3", "4"]
    assert view.facts_not_shown == 4  # 6, 7, 8, 9


def test_times_of_several_zones_are_shown_and_ordered_on_one_clock():
    """Tokyo 08:00 (+09:00) is 23:00 UTC the day before, earlier than New York 23:30
    (−04:00): sorted and spanned by their local clocks, the span read "08:00–09:00"
    and Tokyo came last."""
    from datetime import timedelta

    from copydesk.report.render import fmt_datetime, fmt_span
    from copydesk.report.sources import sort_key

    tokyo = datetime(2025, 5, 14, 8, 0, tzinfo=timezone(timedelta(hours=9)))
    new_york = datetime(2025, 5, 13, 23, 30, tzinfo=timezone(timedelta(hours=-4)))
    berlin = datetime(2025, 5, 14, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    assert fmt_datetime(new_york) == "14 May 2025 03:30 UTC"
    assert fmt_span(tokyo, berlin) == "13 May 2025 – 14 May 2025"
    assert fmt_span(new_york, berlin) == "14 May 2025 03:30–07:00 UTC"
    # A date without a time (stored as midnight UTC) shows its day, not "00:00".
    date_only = datetime(2025, 5, 14, tzinfo=timezone.utc)
    assert fmt_datetime(date_only) == "14 May 2025"
    assert fmt_span(date_only, berlin) == "14 May 2025"
    arts = [Article(id=name, source=name, text="x", published=when)
            for name, when in (("ny", new_york), ("tokyo", tokyo), ("berlin", berlin))]
    assert [a.id for a in sorted(arts, key=sort_key)] == ["tokyo", "ny", "berlin"]


def test_the_same_store_gives_the_same_report_byte_for_byte(store: SQLiteStore,
                                                           tmp_path: Path) -> None:
    """report.json and report.md carried the wall-clock time they were written at."""
    build_sample(store)
    first, second = tmp_path / "one", tmp_path / "two"
    write_report(store, first)
    write_report(store, second)
    for page in sorted(p.name for p in first.iterdir()):
        assert (first / page).read_bytes() == (second / page).read_bytes(), page
    latest = max(s.last_seen for s in store.iter_records("stories") if s.last_seen)
    assert json.loads((first / "report.json").read_text())["as_of"] == latest.isoformat()


def test_a_quote_linked_across_articles_is_listed_once_under_the_fuller_name() -> None:
    """"Brandt" in two articles and "Lucia Brandt" in a third said one quote: it was
    listed under both, and "Brandt" read as a third person."""
    from copydesk.records import Quote
    from copydesk.report.quote_groups import quote_groups

    text = "This is not the end of our disagreements."
    quotes = [Quote("q1", "a1", 0, 41, text, "Brandt", "e-brandt", ("q2", "q3")),
              Quote("q2", "a2", 0, 41, text, "Lucia Brandt", "e-lucia", ("q1", "q3")),
              Quote("q3", "a3", 0, 41, text, "Brandt", "e-brandt", ("q1", "q2")),
              Quote("q4", "a3", 50, 80, "The government gave away everything.", "Brandt",
                    "e-brandt", ())]
    groups = quote_groups(quotes, {"a1": 1, "a2": 2, "a3": 3})
    shown = {g.speaker: [(c.text, c.cites) for c in g.quotes] for g in groups}
    assert shown["Lucia Brandt"] == [(text, (1, 2, 3))]
    # A quote of its own keeps its speaker; with two fuller names the short one stays.
    assert shown["Brandt"] == [("The government gave away everything.", (3,))]
    both = [*quotes[:3], Quote("q5", "a4", 0, 41, text, "Karl Brandt", "e-karl", ("q1",))]
    shown = {g.speaker for g in quote_groups(both, {"a1": 1, "a2": 2, "a3": 3, "a4": 4})}
    assert "Brandt" in shown


def test_a_copys_quote_no_other_article_carries_is_shown(store: SQLiteStore) -> None:
    """Copies' quotes were all left out (their sources carry them), so a quote only a copy
    has was lost: the section said "No quotes extracted" while the key facts quoted it.
    A spun copy's unlinked quote stays out: it is its source's, reworded."""
    from dataclasses import replace

    from copydesk.records import Quote

    ids = build_sample(store)
    copy, spun = store.get_article(ids["duplicate"]), store.get_article(ids["spun"])
    assert copy is not None and spun is not None
    own = Quote("q-own", copy.id, 0, 20, copy.text[:20], "Rina Holt", "e-rina")
    reworded = replace(own, id="q-spun", article_id=spun.id, text=spun.text[:20])
    store.add_records("quotes", [own, reworded])
    view = story_view(store, ids["story"])
    assert view is not None
    shown = {(g.speaker, q.text) for g in view.quotes for q in g.quotes}
    assert ("Rina Holt", copy.text[:20]) in shown
    assert ("Rina Holt", spun.text[:20]) not in shown


def test_a_report_over_another_leaves_no_stale_story_pages(store: SQLiteStore,
                                                          tmp_path: Path) -> None:
    """Pages of stories the new report does not have stayed beside its index."""
    build_sample(store)
    write_report(store, tmp_path)
    stale = tmp_path / "story-0000000000000000.html"
    stale.write_text("<p>an old story</p>")
    from copydesk.outputs import record_outputs

    record_outputs(tmp_path, [stale.name])
    mine = tmp_path / "story-notes.html"  # a file copydesk did not write stays
    mine.write_text("<p>my notes</p>")
    write_report(store, tmp_path)
    assert not stale.exists() and mine.exists()
    assert len(list(tmp_path.glob("story-*.html"))) == 3


def test_a_translations_quote_is_cited_with_the_quote_it_is_linked_to() -> None:
    """A translation is not read for text, and its passages rarely cover the quote in the
    original, so it went uncited beside the quote it carries in its own language."""
    from dataclasses import replace

    from copydesk.records import Quote
    from copydesk.report.quote_groups import quote_groups

    said = Quote("q1", "wire", 0, 40, "We will not reopen the bridge this month", "Alma Revik",
                 "e1", ("q2",))
    copied = Quote("q3", "copy", 0, 40, "We will not reopen the bridge this month", "Alma Revik",
                   "e1", ())
    translated = Quote("q2", "french", 0, 44, "Nous ne rouvrirons pas le pont ce mois-ci",
                       "Alma Revik", "e1", ("q1",))
    numbers = {"wire": 1, "copy": 2, "french": 3}
    (group,) = quote_groups([said, copied], numbers, cite_only=[translated])
    assert [(q.text, q.cites) for q in group.quotes] == [
        ("We will not reopen the bridge this month", (1, 2, 3))]
    # Not linked to anything shown: it adds nothing, and is never shown on its own.
    unlinked = replace(translated, linked_quote_ids=("q9",))
    (group,) = quote_groups([said, copied], numbers, cite_only=[unlinked])
    assert group.quotes[0].cites == (1, 2)


def test_a_copys_quote_is_cited_under_its_own_speaker() -> None:
    """A standards-desk probe: two verbatim copies that give the fire chief's words to
    the chief were cited under the mayor, to whom a third article gave them, because
    their quote was linked to both and the first link shown was the mayor's."""
    from copydesk.records import Quote
    from copydesk.report.quote_groups import quote_groups

    words = "The heat was so intense that our crews could not enter the building"
    misattributed = Quote("q0", "herald", 0, 60, words, "Ilse Brandt", "e2", ("q1", "q2"))
    said = Quote("q1", "wire", 0, 60, words, "Marta Velling", "e1", ("q0", "q2"))
    copied = Quote("q2", "copy", 0, 60, words, "Marta Velling", "e1", ("q0", "q1"))
    numbers = {"wire": 1, "copy": 2, "herald": 3}
    groups = {g.speaker: [q.cites for q in g.quotes]
              for g in quote_groups([misattributed, said], numbers, cite_only=[copied])}
    assert groups == {"Marta Velling": [(1, 2)], "Ilse Brandt": [(3,)]}


def test_a_duplicate_giving_the_words_to_another_is_shown_under_that_name() -> None:
    """An entities probe: a verbatim copy that ends the quote with "…," Bondar said was
    cited under Hnatyuk (the wire's speaker), and Bondar appeared nowhere, while the facts
    flagged the conflict."""
    from copydesk.records import Quote
    from copydesk.report.quote_groups import quote_groups

    words = "We have nothing to hide and we will open every file"
    said = Quote("q1", "wire", 0, 52, words, "Oleksiy Hnatyuk", "e1", ("q2", "q3"))
    copied = Quote("q2", "copy", 0, 52, words, "Oleksiy Hnatyuk", "e1", ("q1", "q3"))
    other = Quote("q3", "times", 0, 52, words, "Serhiy Bondar", "e2", ("q1", "q2"))
    numbers = {"wire": 1, "copy": 2, "times": 3}

    def copies_of(article_id: str, start: int, end: int) -> set[int]:
        return {2, 3} if article_id == "wire" else set()

    groups = {g.speaker: [q.cites for q in g.quotes]
              for g in quote_groups([said], numbers, copies_of, cite_only=[copied, other])}
    assert groups == {"Oleksiy Hnatyuk": [(1, 2)], "Serhiy Bondar": [(3,)]}


def test_two_copies_of_one_original_are_shown_sharing_its_text(store: SQLiteStore) -> None:
    """The reuse step relates two copies of one wire story too; shown as "copied from",
    a farm's spin of the wire read as a translation of a German copy of it."""
    from dataclasses import replace

    from copydesk.report.markdown import story_markdown

    ids = build_sample(store)
    relations = list(store.iter_records("relations"))
    wire_spun = next(r for r in relations if {r.a, r.b} == {ids["original"], ids["spun"]})
    a, b = sorted((ids["duplicate"], ids["spun"]))
    # The duplicate carries the wire's text, so the spin's passages fit it as well.
    sibling = replace(wire_spun, a=a, b=b, original=ids["duplicate"])
    store.replace_records("relations", [*relations, sibling])
    view = story_view(store, ids["story"])
    assert view is not None
    shown = next(d for d in view.diffs if {d.left_id, d.right_id} == {a, b})
    assert not shown.directed and shown.shared_source == ids["original"]
    direct = next(d for d in view.diffs
                  if (d.left_id, d.right_id) == (ids["original"], ids["spun"]))
    assert direct.directed and direct.shared_source is None
    assert "(both copy [1])" in story_markdown(view)
    # The lineage graph draws no arrow between them either.
    edge = next(e for e in view.graph.edges
                if {e.source, e.target} == {ids["duplicate"], ids["spun"]})
    assert not edge.directed


def test_a_date_that_is_a_reference_point_puts_nothing_on_the_timeline() -> None:
    """A standards-desk review: "its lowest since February" put the bond's fall under
    February, "who ran the ministry from 2017 to 2022" a 2025 verdict under 2017."""
    from datetime import date

    from copydesk.extract.dates import find_dates
    from copydesk.report.timeline import _reference_point

    text = ("The yield dropped to 3.42%, its lowest since February. The former minister, who "
            "ran the ministry from 2017 to 2022, was jailed. The dam, built in 1968, gave way "
            "on Wednesday. Talks resume on Friday.")
    refs = find_dates(text, "a", date(2025, 6, 5))
    kept = [r.text for r in refs if not _reference_point(text, r)]
    assert kept == ["Wednesday", "Friday"]
    # The date of a figure compared with: a regression probe's poll lead was shown under
    # the day four years back.
    poll = ("Support for the tunnel stands at 58 percent, up from 41 percent four years ago, "
            "according to a survey published on Thursday. More than 12 people spoke on Monday.")
    refs = find_dates(poll, "a", date(2025, 6, 13))
    assert [r.text for r in refs if not _reference_point(poll, r)] == ["Thursday", "Monday"]
    german = "Der Anteil liegt bei 58 Prozent, nach 41 Prozent im Jahr 2021."
    assert [r.text for r in find_dates(german, "a", date(2025, 5, 20))
            if not _reference_point(german, r)] == []


def test_a_reason_names_articles_by_their_numbers_on_the_page(store: SQLiteStore) -> None:
    """A content-farm probe: a relation's reason read "no publication time for
    ae9363fdb02c7b7f" on the story page, where articles go by [n]."""
    import dataclasses

    ids = build_sample(store)
    relations = list(store.iter_records("relations"))
    dup = next(r for r in relations if ids["duplicate"] in (r.a, r.b))
    said = f"no evidence of direction (no publication time for {ids['duplicate']})"
    store.replace_records("relations", [dataclasses.replace(dup, reason=said) if r is dup else r
                                        for r in relations])
    view = story_view(store, ids["story"])
    assert view is not None
    number = next(s.number for s in view.sources if s.id == ids["duplicate"])
    (diff,) = [d for d in view.diffs if d.relation_id == dup.id]
    assert diff.reason.endswith(f"no publication time for [{number}])")
    assert ids["duplicate"] not in diff.reason


def test_a_corrections_withdrawn_date_is_no_event() -> None:
    """A briefing probe's timeline showed "An earlier version also said the roof collapsed
    on Tuesday; it collapsed on Monday." as an event of Tuesday."""
    from copydesk.extract.dates import find_dates
    from copydesk.report.timeline import timeline_events

    published = datetime(2025, 3, 13, 18, tzinfo=timezone.utc)
    text = ("The market hall roof collapsed on Monday. An earlier version also said the roof "
            "collapsed on Tuesday; it collapsed on Monday.")
    events = timeline_events(find_dates(text, "a", published), {"a": text}, {"a": 1})
    assert [e.text for e in events] == ["The market hall roof collapsed on Monday."]
    # A regression probe: "an earlier version of the plan" is news, not a correction.
    plan = "The council on Tuesday rejected an earlier version of the plan to raise the levee."
    events = timeline_events(find_dates(plan, "a", published), {"a": plan}, {"a": 1})
    assert [e.text for e in events] == [plan]


def test_a_story_page_leads_to_the_other_stories_of_its_affair(
        store: SQLiteStore, tmp_path: Path) -> None:
    """A briefing probe: one flood was four stories of one thread, and no story page led
    to another."""
    from dataclasses import replace

    ids = build_sample(store)
    stories = {s.id: s for s in store.iter_records("stories")}
    bridge = stories[ids["story"]]
    ferry = next(s for s in stories.values() if s.id != bridge.id)
    store.replace_records("stories", [bridge, replace(ferry, thread_id=bridge.thread_id)])
    view = story_view(store, bridge.id)
    assert view is not None and [s.id for s in view.same_thread] == [ferry.id]
    write_report(store, tmp_path)
    page = (tmp_path / f"story-{bridge.id}.html").read_text(encoding="utf-8")
    assert f'href="story-{ferry.id}.html"' in page and "Same affair" in page
    # Stories of other threads are not listed.
    store.replace_records("stories", [bridge, ferry])
    view = story_view(store, bridge.id)
    assert view is not None and view.same_thread == []


def test_a_story_page_names_its_latest_report(store: SQLiteStore, tmp_path: Path) -> None:
    """A briefing probe: a breaking story's title and summary, from its most central
    report, said seven dead when its latest report said fourteen."""
    ids = build_sample(store)
    view = story_view(store, ids["story"])
    assert view is not None and view.latest is not None
    # The latest of the articles that copy no other (a regression probe: a farm's copy two
    # hours after the wire, and a roundup about something else, had been "the latest").
    dated = [s for s in view.sources if s.published is not None and " copy of " not in s.role]
    assert view.latest.published == max(s.published for s in dated)
    from dataclasses import replace

    from copydesk.report.sources import latest

    later_copy = replace(view.sources[1], published=max(s.published for s in dated)
                         + timedelta(hours=2))
    assert latest([*view.sources, later_copy]) == view.latest
    write_report(store, tmp_path)
    page = (tmp_path / f"story-{ids['story']}.html").read_text(encoding="utf-8")
    assert "Latest report:" in page


def test_the_report_says_how_it_was_made(store: SQLiteStore, tmp_path: Path) -> None:
    """A multilingual probe: only the console said that translations were found through
    names and numbers, and that articles in other languages got no entities."""
    from copydesk.methods import record_method

    build_sample(store)
    write_report(store, tmp_path)
    assert "How this was made" not in (tmp_path / "index.html").read_text(encoding="utf-8")
    record_method(store, "extract", "names tagged by lexical <fallback>")
    record_method(store, "reuse", "lexical fingerprints")
    index = write_report(store, tmp_path)
    items = [li.text_content() for li in _doc(index).xpath("//section[@class='methods']//li")]
    assert items == ["reuse: lexical fingerprints", "extract: names tagged by lexical <fallback>"]
    assert "- extract: names tagged by lexical &lt;fallback&gt;" in (
        tmp_path / "report.md").read_text(encoding="utf-8")
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data["methods"]["reuse"] == "lexical fingerprints"
