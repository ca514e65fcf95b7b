"""The facts step: reads stories, extracted records and families from the store, writes facts."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone

from copydesk.engines.steps import facts as facts_step
from copydesk.engines.steps.extract import EXTRACTED, EXTRACTED_STATE
from copydesk.extract.dates import find_dates
from copydesk.extract.quantities import find_quantities
from copydesk.facts import EntityMention
from copydesk.progress import silent
from copydesk.records import Article, Entity, Mention, Relation, Story, content_id, to_dict

TEXTS = (
    "Brackwater Council said about 250 vessels were stuck in the bay on Monday.",
    "Brackwater Council counted 250 vessels stuck in the bay, officials said on Monday.",
    "Brackwater Council reported 400 vessels stuck in the bay on Monday.",
)
PUBLISHED = datetime(2025, 3, 12, 8, 0, tzinfo=timezone.utc)


def _setup(store, with_extract: bool):
    articles = [
        Article(id=content_id(t), source="t", text=t, published=PUBLISHED) for t in TEXTS
    ]
    store.add_batch(articles)
    ids = tuple(a.id for a in articles)
    story = Story(id="story1", title="Bay", thread_id="t1", article_ids=ids,
                  first_seen=PUBLISHED, last_seen=PUBLISHED, articles=3, sources=3,
                  independent_sources=2)
    store.replace_records("stories", [story])
    store.annotate_articles("family_id", [(ids[0], "fam"), (ids[1], "fam")])
    if with_extract:
        store.replace_records(
            "quantities", [q for a in articles for q in find_quantities(a.text, a.id)]
        )
        store.replace_records(
            "dates", [d for a in articles for d in find_dates(a.text, a.id, a.published)]
        )
    return ids


def test_step_writes_facts_with_family_counts_and_conflicts(store):
    ids = _setup(store, with_extract=True)
    line = facts_step.run(store, silent)
    assert "facts in 1 story," in line and "computed here" not in line
    facts = list(store.iter_records("facts"))
    vessels = sorted(
        (f for f in facts if f.predicate == "count of vessels"), key=lambda f: len(f.article_ids)
    )
    assert len(vessels) == 2
    assert vessels[1].article_ids == tuple(sorted(ids[:2]))
    assert vessels[1].independent_sources == 1  # one reuse family
    assert vessels[1].time == "2025-03-10"
    assert vessels[1].conflicts[0]["other"][0]["article_id"] == ids[2]
    assert store.records_for("facts", "story1")


def test_step_computes_quantities_when_extract_stored_none(store):
    _setup(store, with_extract=False)
    line = facts_step.run(store, silent)
    assert "computed here" in line
    assert store.count_records("facts") > 0


def test_step_trusts_an_extract_step_that_found_no_numbers(store):
    """The extract step ran and found nothing: no second extraction, no claim that
    the extract step stored none."""
    _setup(store, with_extract=False)
    store.save_state(EXTRACTED_STATE, EXTRACTED)
    line = facts_step.run(store, silent)
    assert "computed here" not in line
    assert not any(f.predicate.startswith("count of") for f in store.iter_records("facts"))


def test_step_without_stories(store):
    assert "no stories" in facts_step.run(store, silent)
    assert store.count_records("facts") == 0


def test_facts_written_in_small_batches_are_the_same(store, monkeypatch):
    _setup(store, with_extract=True)
    facts_step.run(store, silent)
    whole = [to_dict(f) for f in store.iter_records("facts")]
    monkeypatch.setattr(facts_step, "FACT_BATCH", 1)
    line = facts_step.run(store, silent)
    assert [to_dict(f) for f in store.iter_records("facts")] == whole
    assert line.startswith(f"{len(whole)} facts")


def test_mention_table_gives_each_article_its_mentions_in_text_order():
    a, b = content_id("a"), content_id("b")
    entities = [
        Entity(id="e1", name="Brackwater Council", type="organisation", aliases=(),
               mentions=(Mention(a, 40, 58, "Brackwater Council"),
                         Mention(b, 0, 18, "Brackwater Council"))),
        Entity(id="e2", name="Lena Vos", type="person", aliases=(),
               mentions=(Mention(a, 3, 11, "Lena Vos"),)),
    ]
    table = facts_step.MentionTable(entities)
    assert table.of(a) == [EntityMention(3, 11, "Lena Vos", "person"),
                           EntityMention(40, 58, "Brackwater Council", "organisation")]
    assert table.of(b) == [EntityMention(0, 18, "Brackwater Council", "organisation")]
    assert table.of("nobody") == []


def _wire_story(store, arts: list[Article], copy: str,  # type: ignore[no-untyped-def]
                kind: str = "duplicate") -> list:
    """Store ``arts`` as one story in which ``copy`` is a copy of "wire" (a duplicate,
    unless ``kind`` says otherwise); run the facts step; its facts."""
    from copydesk.records import Relation

    store.add_batch(arts)
    store.replace_records("relations", [Relation(a=copy, b="wire", type=kind,
                                                 original="wire", confidence=1.0, reason="r")])
    store.annotate_articles("family_id", [("wire", "wire"), (copy, "wire")])
    times = [a.published for a in arts if a.published]
    store.replace_records("stories", [Story(
        id="s", title="Bay", thread_id="t", article_ids=tuple(a.id for a in arts),
        first_seen=min(times), last_seen=max(times), articles=len(arts), sources=2,
        independent_sources=2)])
    facts_step.run(store, silent)
    return list(store.iter_records("facts"))


def test_a_late_republication_reports_on_its_originals_date(store):
    """A wire copy republished a week later kept its side of a toll current: the next
    day's higher toll showed as reported "alongside" it, a dispute, not an update. A
    duplicate now reports when its original did."""
    from datetime import timedelta

    wire = "Brackwater Council said 14 people were killed when the bay bridge fell on Monday."
    later = "Brackwater Council said 19 people were killed when the bay bridge fell on Monday."
    day = PUBLISHED
    arts = [Article(id="wire", source="t", text=wire, published=day),
            Article(id="copy", source="t", text=wire, site="late.example",
                    published=day + timedelta(days=7)),
            Article(id="next", source="t", text=later, published=day + timedelta(days=1))]
    toll = [f for f in _wire_story(store, arts, "copy") if f.value == "14"]
    assert toll and toll[0].conflicts
    assert {c["reported"] for c in toll[0].conflicts} == {"later"}


def test_an_updated_wire_copy_reports_its_new_figure_when_it_was_published(store):
    """A regression probe: the wire's next-day update, typed a duplicate of its first
    version, was dated at the first version's time, so its new figure (230 for 212)
    showed as reported alongside, a dispute. What a copy changed keeps its own date."""
    from datetime import timedelta

    first = "Brackwater Council said 212 people were rescued from the bay on Monday."
    day = PUBLISHED
    arts = [Article(id="wire", source="t", text=first, published=day),
            Article(id="update", source="t", text=first.replace("212", "230"),
                    published=day + timedelta(hours=25)),
            Article(id="other", source="t", site="other.example", text=first,
                    published=day + timedelta(hours=5))]
    (rescued,) = [f for f in _wire_story(store, arts, "update") if f.value == "212"]
    assert [c["reported"] for c in rescued.conflicts] == ["later"]


def test_a_partial_copy_repeats_its_originals_figure_on_the_originals_date(store):
    """A standards-desk probe: a partial copy that repeated the wire's toll of 14 at
    07:45 the next day, with a paragraph of its own, made the wire's noon update to 19
    a dispute ("alongside") rather than a later report. What its own paragraph says
    keeps the copy's date."""
    from datetime import timedelta

    wire = "Brackwater Council said 14 people were killed when the bay bridge fell on Monday."
    own = "Divers searched the estuary again, and 6 boats were still missing."
    day = PUBLISHED
    arts = [Article(id="wire", source="t", text=wire, published=day),
            Article(id="copy", source="t", text=wire + "\n\n" + own, site="post.example",
                    published=day + timedelta(hours=19)),
            Article(id="next", source="t", site="wire.example",
                    text=wire.replace("14", "19"), published=day + timedelta(hours=23))]
    facts = _wire_story(store, arts, "copy", kind="partial")
    (toll,) = [f for f in facts if f.value == "14"]
    assert {c["reported"] for c in toll.conflicts} == {"later"}


def test_a_spins_counts_are_read_in_its_originals_words(store):
    """A content-farm probe: "about 140 residents" was four facts, the spins' "locals"
    and "inhabitants" counts facts of their own ("spun sources only"). A spin's count is
    named as its original names the same figure, up a chain of spins; a figure the
    original gives twice, or not at all, keeps the spin's words."""
    from copydesk.records import Relation

    texts = {"wire": "About 140 residents were moved from their homes in Dunmore. "
                     "Some 30 firefighters came.",
             "spin": "About 140 inhabitants were relocated from their houses in Dunmore. "
                     "Inspectors shut 30 bars.",
             "spin2": "About 140 locals were relocated from their dwellings in Dunmore. "
                      "Some 30 firemen and 2 crews came.",
             "spin3": "About 140 folk were relocated from their dwellings in Dunmore. "
                      "About 140 journalists watched."}
    arts = [Article(id=k, source="t", text=v, site=k, published=PUBLISHED)
            for k, v in texts.items()]
    store.add_batch(arts)
    store.replace_records("relations", [
        Relation(a="spin", b="wire", type="spun", original="wire", confidence=1.0, reason="r",
                 substitutions=(("residents", "inhabitants"), ("moved", "relocated"),
                                ("homes", "houses"))),
        # a spun part (reuse/classify.SPUN_PART: a spin of part of a longer page) is read
        # back as a spin is (a regression corpus's "trekkers" had stood for "hikers")
        Relation(a="spin", b="spin2", type="partial", original="spin", confidence=1.0,
                 reason="partial: a spun part: 2 words swapped one for one",
                 substitutions=(("inhabitants", "locals"), ("houses", "dwellings")),
                 spun_part=True),
        Relation(a="spin", b="spin3", type="spun", original="spin", confidence=1.0,
                 reason="r", substitutions=(("inhabitants", "folk"),))])
    store.annotate_articles("family_id", [(k, "wire") for k in texts])
    store.replace_records("stories", [Story(
        id="s", title="Fire", thread_id="t", article_ids=tuple(texts), first_seen=PUBLISHED,
        last_seen=PUBLISHED, articles=4, sources=4, independent_sources=1)])
    spins = facts_step.spun_from(store)
    assert {k: [o for o, _ in v] for k, v in spins.items()} == {
        "spin": ["wire"], "spin2": ["spin"], "spin3": ["spin"]}
    # an editor's few swaps in a partial copy are not read back (a regression probe)
    edited = [*store.iter_records("relations"), Relation(
        a="edit", b="wire", type="partial", original="wire", confidence=1.0,
        reason="partial: 95% of the reused words identical, 3 swapped one for one",
        substitutions=(("residents", "workers"), ("moved", "sent"), ("homes", "flats")))]
    store.replace_records("relations", edited)
    assert "edit" not in facts_step.spun_from(store)
    store.replace_records("relations", edited[:-1])
    assert ("inhabitants", "locals") in spins["spin2"][0][1]
    facts_step.run(store, silent)
    counts = [f for f in store.iter_records("facts") if f.value == "about 140"]
    # spin3 gives "about 140" twice: which one is the wire's is not known, so neither
    # is renamed (a regression probe's spin had its own added figure renamed).
    assert sorted((f.predicate, f.article_ids) for f in counts) == [
        ("count of folk", ("spin3",)), ("count of journalists", ("spin3",)),
        ("count of residents", ("spin", "spin2", "wire"))]
    facts = list(store.iter_records("facts"))
    assert any(f.predicate == "count of firemen" for f in facts)
    # The spin's own 30 bars are no firefighters: "bars" is no swap of the spinner's.
    assert [f.article_ids for f in facts if f.predicate == "count of bars"] == [("spin",)]


def test_a_figure_both_name_alike_leaves_the_other_to_pair(store):
    """The demo's rate cut: "voted 5–2 for the cut, with two members preferring to hold"
    and its spin's "two individuals": once the tally's 2 votes against was read in both,
    the figure 2 was no longer given once, and "individuals" became a fact of its own."""
    from copydesk.records import Relation

    texts = {"wire": "The committee voted 5-2 for the cut, with two members preferring to hold.",
             "spin": "The committee voted 5-2 for the lower, with two individuals who prefer to "
                     "carry."}
    store.add_batch([Article(id=k, source="t", text=v, site=k, published=PUBLISHED)
                     for k, v in texts.items()])
    store.replace_records("relations", [Relation(
        a="spin", b="wire", type="spun", original="wire", confidence=1.0, reason="r",
        substitutions=(("cut", "lower"), ("members", "individuals"), ("hold", "carry")))])
    store.annotate_articles("family_id", [(k, "wire") for k in texts])
    store.replace_records("stories", [Story(
        id="s", title="Rates", thread_id="t", article_ids=tuple(texts), first_seen=PUBLISHED,
        last_seen=PUBLISHED, articles=2, sources=2, independent_sources=1)])
    facts_step.run(store, silent)
    twos = sorted((f.predicate, f.article_ids) for f in store.iter_records("facts")
                  if f.value == "2")
    assert twos == [("count of members", ("spin", "wire")),
                    ("count of votes against", ("spin", "wire"))]


def test_a_spin_reads_its_counts_back_through_another_copy_of_its_source(store) -> None:
    """Two copies of one wire have no direction between them (reuse.lineage.undirected),
    and the spin's swaps against the other copy, stored from A to B, still name its
    counts as the wire's words do (the demo's "two individuals" had become a fact of the
    spin alone)."""
    from copydesk.reuse.lineage import undirected

    dup_first = Relation(a="dup", b="spin", type="spun", original="dup", confidence=1.0,
                         reason="spun: 2 words swapped. Direction: published first (t).",
                         substitutions=(("members", "individuals"),))
    store.replace_records("relations", [
        Relation(a="dup", b="wire", type="duplicate", original="wire", confidence=1.0,
                 reason="r"),
        Relation(a="spin", b="wire", type="spun", original="wire", confidence=1.0, reason="r",
                 substitutions=(("members", "individuals"),)),
        undirected(dup_first, "wire")])
    assert facts_step.spun_from(store) == {"spin": (
        ("dup", frozenset({("members", "individuals")})),
        ("wire", frozenset({("members", "individuals")})))}
    # the spin on side A: its swaps, stored from A to B, are read the other way
    spin_first = replace(dup_first, a="a-spin", b="dup", original="dup",
                         substitutions=(("members", "individuals"),))
    store.replace_records("relations", [
        Relation(a="dup", b="wire", type="duplicate", original="wire", confidence=1.0,
                 reason="r"),
        Relation(a="a-spin", b="wire", type="spun", original="wire", confidence=1.0,
                 reason="r", substitutions=(("members", "individuals"),)),
        undirected(spin_first, "wire")])
    assert ("dup", frozenset({("members", "individuals")})) in facts_step.spun_from(store)[
        "a-spin"]


def test_an_undated_partial_copy_reads_its_dates_on_its_originals(store) -> None:
    """The demo's undated local paper reprints the wire's summit report beside its own
    paragraphs: its "Thursday" and "next week" had no day at all."""
    from copydesk.engines.steps.extract import written_on

    store.add_batch([Article(id="wire", source="w", text="The wire.", published=PUBLISHED),
                     Article(id="paper", source="p", text="The paper."),
                     Article(id="dated", source="d", text="Dated.", published=PUBLISHED)])
    store.replace_records("relations", [
        Relation(a="paper", b="wire", type="partial", original="wire", confidence=1.0,
                 reason="r"),
        Relation(a="dated", b="wire", type="partial", original="wire", confidence=1.0,
                 reason="r")])
    assert written_on(store) == {"paper": (PUBLISHED, "wire")}


def test_a_page_saved_before_and_after_its_update_is_its_own_update(store) -> None:
    """A monitoring probe: a page saved before and after its update note, under one
    date, disputed its own figure (1,200 against 1,500); the later version is dated by
    its note, so the outlet's new figure is a later report."""
    from copydesk.engines.steps.facts import _as_updated
    from copydesk.extract.dates import find_dates

    text = "Updated 3 March: the union now says 1,500 members joined."
    published = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)
    dates = find_dates(text, "a", published)
    assert _as_updated(published, dates) == datetime(2026, 3, 3, 12, tzinfo=timezone.utc)
    assert _as_updated(published, find_dates("Cranes stood still on Monday.", "a",
                                             published)) == published


def test_a_copys_changed_figures_are_read_whole_and_from_older_stores(store) -> None:  # type: ignore[no-untyped-def]
    """The facts step read a copy's changed figures from its relation's reason, which
    lists five and "and 2 more" (a code review): it reads the relation's own field now,
    and the reason's listing only from a store written before that field."""
    pairs = tuple((str(n), str(n + 1)) for n in range(10, 17))
    listed = ", ".join(f"{x} → {y}" for x, y in pairs[:5])
    reason = f"duplicate: 90% identical; figures changed: {listed} and 2 more. Direction: x."
    store.replace_records("relations", [
        Relation("a", "b", "duplicate", 0.9, reason, original="a", changed_figures=pairs),
        Relation("c", "d", "duplicate", 0.9, reason, original="d", changed_figures=pairs)])
    assert facts_step.figures_changed(store) == {"b": pairs, "c": pairs}
    store._db.execute("UPDATE records SET data = json_remove(data, '$.changed_figures') "
                      "WHERE kind = 'relations' AND a = 'c'")
    assert facts_step.figures_changed(store) == {"b": pairs, "c": pairs[:5]}
