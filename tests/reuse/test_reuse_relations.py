"""find_reuse and build_families on hand-written articles (tests/reuse/reuse_texts.py)."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest
from tests.reuse.reuse_texts import (
    BOILERPLATE_HEAD,
    BOILERPLATE_TAIL,
    FIRE_1,
    FIRE_2,
    GERMAN,
    KELMAR,
    KELMAR_ES,
    ORIGINAL,
    PRESS_1,
    PRESS_2,
    SPUN,
    TUESDAY,
    WEDNESDAY,
    article,
    corpus,
)

from copydesk.records import Article, Relation, Removed, content_id, from_dict, to_dict
from copydesk.reuse import ReuseIndex, build_families, find_reuse


def _by_roles(with_times: bool = False) -> tuple[dict[str, str], dict[frozenset[str], Relation]]:
    articles = corpus(with_times)
    role = {a.id: r for r, a in articles.items()}
    relations = find_reuse(list(articles.values()), ReuseIndex())
    return role, {frozenset((role[r.a], role[r.b])): r for r in relations}


@pytest.fixture(scope="module")
def found() -> tuple[dict[str, str], dict[frozenset[str], Relation]]:
    return _by_roles()


def pair(found, x: str, y: str) -> Relation | None:  # type: ignore[no-untyped-def]
    return found[1].get(frozenset((x, y)))


def test_verbatim_copy_with_boilerplate_is_duplicate_and_boilerplate_side_is_copy(found):
    r = pair(found, "original", "duplicate")
    assert r is not None and r.type == "duplicate"
    assert found[0][r.original] == "original"
    assert "boilerplate" in r.reason


def test_partial_copy_has_exact_passages_in_both_texts(found):
    r = pair(found, "original", "partial")
    assert r is not None and r.type == "partial"
    arts = corpus()
    a_text = arts[found[0][r.a]].text
    b_text = arts[found[0][r.b]].text
    assert len(r.passages) == 2
    for p in r.passages:
        assert a_text[p.a_start : p.a_end] == b_text[p.b_start : p.b_end]


def test_spun_copy_lists_substitutions_from_original_to_spun(found):
    r = pair(found, "original", "spun")
    assert r is not None and r.type == "spun"
    assert found[0][r.original] == "original"
    assert ("workers", "labourers") in r.substitutions
    assert ("minister", "clergyman") in r.substitutions
    assert all(
        original.lower() in corpus()["original"].text.lower() for original, _ in r.substitutions
    )
    assert all(new.lower() in SPUN.lower() for _, new in r.substitutions)


def test_translation_into_german_is_translated(found):
    r = pair(found, "original", "german")
    assert r is not None and r.type == "translated"
    assert r.passages


def test_reordered_truncated_copy_is_partial_with_original_as_source(found):
    r = pair(found, "original", "reordered")
    assert r is not None and r.type == "partial"
    assert found[0][r.original] == "original"
    assert "truncated" in r.reason
    # Reordered: the copy's first passage is the original's last sentence.
    starts = sorted(
        r.passages, key=lambda p: p.a_start if found[0][r.a] == "reordered" else p.b_start
    )
    assert len(starts) == 2


def test_independent_reports_of_the_same_event_are_unrelated(found):
    for other in ("original", "duplicate", "spun", "partial", "reordered", "german"):
        assert pair(found, "independent_1", other) is None
        assert pair(found, "independent_2", other) is None
    assert pair(found, "independent_1", "independent_2") is None


def test_publication_times_decide_direction_first():
    role, rels = _by_roles(with_times=True)
    r = rels[frozenset(("original", "german"))]
    assert role[r.original] == "original"
    assert "published first" in r.reason


def test_relations_are_sorted_deterministic_and_serialisable():
    articles = list(corpus().values())
    first = find_reuse(articles, ReuseIndex())
    second = find_reuse(list(reversed(articles)), ReuseIndex())
    assert first == second
    assert [(r.a, r.b) for r in first] == sorted((r.a, r.b) for r in first)
    for r in first:
        assert r.a < r.b
        assert from_dict(Relation, to_dict(r)) == r
        assert 0 < r.confidence <= 1
        assert set(to_dict(r)) >= {
            "a",
            "b",
            "type",
            "original",
            "confidence",
            "reason",
            "passages",
            "substitutions",
        }


def test_inputs_are_not_mutated():
    articles = list(corpus().values())
    before = [dataclasses.replace(a) for a in articles]
    find_reuse(articles, ReuseIndex())
    assert articles == before


def test_families_cover_every_article_with_root_and_singletons(found):
    articles = corpus()
    relations = list(found[1].values())
    families = build_families(relations, list(articles.values()))
    family_of = {i: f for f in families for i in f.article_ids}
    assert set(family_of) == {a.id for a in articles.values()}
    big = family_of[articles["original"].id]
    assert big.root == articles["original"].id == big.id
    for role in ("duplicate", "partial", "spun", "german", "reordered"):
        assert articles[role].id in big.article_ids
    for role in ("independent_1", "independent_2"):
        single = family_of[articles[role].id]
        assert single.article_ids == (articles[role].id,) and single.id == articles[role].id


#: A Chinese report (written for this test), its copy with a source line added, and an
#: unrelated Chinese report: no spaces between words.
CHINESE = "\n\n".join((
    "港口工人周三继续罢工，码头上的集装箱已经堆积如山。工会表示，如果资方不提高工资，罢工将持续到下周。",
    "港务局说，已有四十艘货船在锚地等候，其中一些船只已经改道前往邻近港口。港务局发言人表示，每天的损失估计超过两千万元。",
    "市长呼吁双方尽快回到谈判桌，并表示政府愿意提供调解。他说，港口是这座城市的经济命脉，不能长期停摆。",
    "一位码头工人说，我们已经三年没有加薪了，生活成本却一直在上涨。另一位工人表示，他们不会在没有书面承诺的情况下复工。",
))
CHINESE_OTHER = "\n\n".join((
    "气象部门周四发布暴雨预警，预计未来三天全市将迎来强降雨。交通部门提醒市民尽量减少出行。",
    "地铁部分线路可能临时停运。教育部门表示，如降雨持续，中小学将暂停线下课程。",
    "气象专家说，这是今年入夏以来最强的一次降雨过程，部分低洼地区可能出现内涝。",
))


def test_chinese_copies_are_found_character_by_character() -> None:
    """Chinese has no spaces. Read as clauses, a copy was found only where five clauses
    in a row were equal, and an edit of one word per clause ("表示" → "称") hid it."""
    source = article(CHINESE, "harbour-daily", language="zh")
    copy = article(CHINESE + "\n\n本文来源：某通讯社", "reposter", language="zh")
    edited = article(CHINESE.replace("表示", "称").replace("说", "称"), "aggregator",
                     language="zh")
    other = article(CHINESE_OTHER, "weather-desk", language="zh")
    relations = find_reuse([source, copy, edited, other], ReuseIndex())
    found = {frozenset((r.a, r.b)): r for r in relations}
    assert other.id not in {i for pair in found for i in pair}
    assert found[frozenset((source.id, copy.id))].type == "duplicate"
    assert found[frozenset((source.id, edited.id))].type in {"duplicate", "partial", "spun"}
    (passage,) = found[frozenset((source.id, copy.id))].passages
    assert passage.a_end - passage.a_start >= len(CHINESE) - 2


def _relation(x: Article, y: Article) -> Relation:
    (r,) = find_reuse([x, y], ReuseIndex())
    return r


def test_a_spin_published_first_is_not_named_the_original(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Content farms backdate: a 30 % spin stamped hours before its source was named the
    original ("published first"), with its swaps listed backwards. When the spin does not
    read as a spinner's on its own (here: no spin scorer), no side is named; when it
    does and the source does not, the source is the original (``test_spun_part``)."""
    from copydesk.reuse import copy_direction

    source = article(ORIGINAL, "wire", published=WEDNESDAY)
    spun = article(SPUN, "spinner", published=TUESDAY)
    assert _relation(source, spun).original == source.id
    monkeypatch.setattr(copy_direction, "_flagged_as_spun", lambda a, b: None)
    r = _relation(source, spun)
    assert r.type == "spun" and r.original is None
    assert "publication times and spinning disagree" in r.reason
    # A later side that is not clean either (a regression probe's editor's plain rewrite,
    # 0.80, of a flowery original flagged at 0.9994) is not named the original.
    monkeypatch.setattr(copy_direction, "_flagged_as_spun",
                        lambda a, b: {spun.id: (True, 0.99), source.id: (False, 0.8)})
    assert _relation(source, spun).original is None
    monkeypatch.setattr(copy_direction, "_flagged_as_spun",
                        lambda a, b: {spun.id: (True, 0.99), source.id: (False, 0.1)})
    assert _relation(source, spun).original == source.id


def test_a_bare_date_does_not_order_two_articles_of_that_day() -> None:
    """A date without a time reads as midnight: it made the copy "published first"."""
    copy = article(BOILERPLATE_HEAD + ORIGINAL + BOILERPLATE_TAIL, "herald",
                   published=TUESDAY.replace(hour=0))
    r = _relation(article(ORIGINAL, "wire", published=TUESDAY), copy)
    assert "published first" not in r.reason
    assert r.original == content_id(ORIGINAL)  # the boilerplate still tells


def test_a_bare_date_is_compared_with_the_utc_day_of_a_time() -> None:
    """A copy dated only "4 March" was "published first (2026-03-04T00:00:00+00:00 before
    2026-03-03T22:00:00-05:00)": the source's day was read on its own clock (the 3rd),
    though it is the 4th in UTC. Neither came first; the boilerplate tells."""
    eastern = timezone(timedelta(hours=-5))
    source = article(ORIGINAL, "wire", published=datetime(2026, 3, 3, 22, 0, tzinfo=eastern))
    copy = article(ORIGINAL + "\n\nSubscribe to our newsletter.", "herald",
                   published=datetime(2026, 3, 4, tzinfo=timezone.utc))
    r = _relation(source, copy)
    assert "published first" not in r.reason
    assert r.original == source.id


def test_publication_times_in_a_reason_are_read_in_utc() -> None:
    """Two local clocks side by side ("06:00+05:00 before 09:00+00:00") misread."""
    eastern = timezone(timedelta(hours=-5))
    source = article(ORIGINAL, "wire", published=datetime(2026, 3, 3, 9, 0, tzinfo=timezone.utc))
    copy = article(ORIGINAL + "\n\nSubscribe to our newsletter.", "herald",
                   published=datetime(2026, 3, 3, 6, 0, tzinfo=eastern))  # 11:00 UTC
    r = _relation(source, copy)
    assert r.original == source.id
    assert "(2026-03-03 09:00 UTC before 2026-03-03 11:00 UTC)" in r.reason
    seconds = dataclasses.replace(copy, published=datetime(2026, 3, 3, 9, 0, 40,
                                                           tzinfo=timezone.utc))
    assert "(2026-03-03 09:00 UTC before 2026-03-03 09:00:40 UTC)" in _relation(
        source, seconds).reason


def test_a_copy_dated_without_a_time_is_not_the_root_before_the_timed_wire() -> None:
    """A republication dated "3 March" read as midnight and became the family's root
    (and id) ahead of the wire of 09:00 that day, though it was not its source."""
    wire = article(ORIGINAL, "wire", published=TUESDAY)
    copy = article(BOILERPLATE_HEAD + ORIGINAL, "herald", published=TUESDAY.replace(hour=0))
    relations = find_reuse([wire, copy], ReuseIndex())
    assert [r.original for r in relations] == [None]  # nothing tells, but the root ...
    (family,) = build_families(relations, [wire, copy])
    assert family.root == wire.id == family.id


def test_swaps_read_from_the_original_whichever_side_it_is() -> None:
    """When the original was record side b, the reason listed the swaps b's way round."""
    r = _relation(article(ORIGINAL, "wire"), article(SPUN, "spinner"))
    assert r.original == content_id(ORIGINAL)
    first_original, first_spun = r.substitutions[0]
    assert f"({first_original} → {first_spun}," in r.reason


def test_boilerplate_evidence_does_not_depend_on_which_side_is_a() -> None:
    """With the same text on both sides, the boilerplate the cleaner removed decided only
    when its side happened to be record side b (ids decide the sides). Such lines are
    no evidence now (an original's own site has chrome too); text left in the body is."""
    plain = article(ORIGINAL, "wire")
    chrome = (Removed("Subscribe to our newsletter", "blog chrome"),
              Removed("© 2026 Harbour Herald. All rights reserved.", "blog chrome"))
    cleaned = dataclasses.replace(article(ORIGINAL, "herald"), id="0" * 16, removed=chrome)
    later = dataclasses.replace(cleaned, id="f" * 16)
    assert _relation(plain, cleaned).original is None is _relation(plain, later).original
    copy = article(ORIGINAL + "\n\nSubscribe to our newsletter.", "herald")
    assert _relation(plain, copy).original == _relation(copy, plain).original == plain.id


def test_two_scrapers_footers_name_no_original_when_one_footer_is_unknown() -> None:
    """Two aggregator copies each added a footer; only one footer held a boilerplate word
    ("subscribe"), and its copy was named a copy of the other aggregator's."""
    known = article(ORIGINAL + "\n\nSubscribe to the Coast Post morning briefing today.", "coast")
    unknown = article(
        ORIGINAL + "\n\nThis story was collected automatically from a partner feed.", "agg"
    )
    assert _relation(known, unknown).original is None is _relation(unknown, known).original


def test_an_originals_own_byline_or_caption_does_not_cancel_the_copys_boilerplate() -> None:
    """Any line only the original had (a byline, a caption) made the pair "two scrapers'
    copies" and the original lost its direction (a regression probe)."""
    paras = ORIGINAL.split("\n\n")
    copy = article(ORIGINAL + "\n\nSubscribe to our newsletter.", "herald")
    for text in ("By Greta Hallorsen, Harbour Affairs Correspondent\n\n" + ORIGINAL,
                 "\n\n".join([*paras[:2], "Union members gather outside the main gate.",
                               *paras[2:]])):
        original = article(text, "wire")
        assert _relation(original, copy).original == original.id


def test_two_reports_sharing_quotes_and_stock_phrases_are_not_copies() -> None:
    """Two reports of one news conference shared only the minister's quotes and figures
    ("partial", 0.22); two fires on one evening only stock phrasing with another place
    ("spun", 0.84). Each pair became one family, and the fires one story."""
    for first, second in ((PRESS_1, PRESS_2), (FIRE_1, FIRE_2)):
        pair = [article(first, "gazette"), article(second, "courier")]
        assert find_reuse(pair, ReuseIndex()) == [], first[:40]


def test_a_quote_shared_in_single_marks_is_not_reuse_either() -> None:
    """British papers quote in single marks: two reports sharing the minister's long
    quote in ‘…’ or '…' were a "partial" copy (only double marks were known as quotes),
    while the same two in “…” were rightly unrelated."""
    said = ("{o}We have asked the harbour board to publish every inspection report since "
            "2019, to suspend the night shifts on the eastern quay until the cranes are "
            "certified again, and to meet the families of the injured men before the end "
            "of the month, because nobody in this town should learn about safety from a "
            "funeral notice{c}")
    first = ("Minister Alis Varrow told reporters in Kelmouth on Thursday that the port "
             "would face a full review after two dockers were hurt when a crane arm fell. "
             + said + ", Varrow said. The board has not commented on the accident.")
    second = ("Two injured dockers were still in hospital on Friday as union officials and "
              "the harbour board traded blame over the crane collapse in Kelmouth. Speaking "
              "after a visit to the quay, Alis Varrow was blunt: " + said + ". Union "
              "members will decide next week whether to stop work on the eastern quay.")
    for opening, closing in (("“", "”"), ("‘", "’"), ("'", "'")):
        pair = [article(t.format(o=opening, c=closing), site) for t, site in
                ((first, "gazette"), (second, "courier"))]
        assert find_reuse(pair, ReuseIndex()) == [], opening


def test_english_paragraphs_copied_into_a_german_report_are_partial_not_translated() -> None:
    """A German report that pasted four English paragraphs of a wire story word for word
    between its own German ones was typed "translated": across languages only the
    translation path was tried."""
    paragraphs = ORIGINAL.split("\n\n")
    assert len(paragraphs) >= 3
    german = ("Die Lage in der Region bleibt angespannt, berichtet unser Korrespondent. Wir "
              "dokumentieren den Bericht der Agentur im englischen Wortlaut:\n\n"
              + "\n\n".join(paragraphs[:3])
              + "\n\nDie Regierung wollte sich am Abend nicht weiter dazu äußern. Eine "
              "Stellungnahme soll am Donnerstag folgen, hieß es aus dem Ministerium.")
    (r,) = find_reuse([article(ORIGINAL, "wire"), article(german, "zeitung", language="de")],
                      ReuseIndex())
    assert r.type == "partial", r.reason
    copied = german.index(paragraphs[0])
    assert any(min(p.a_start, p.b_start) <= copied + 5 for p in r.passages)


APPEAL = ("The Harbour Gazette is owned by its readers. We have no billionaire owner and no "
          "paywall, and every report you read here is paid for by people who believe that a "
          "town of this size deserves its own newsroom. If you value our coverage of the "
          "council, the courts and the port, please consider becoming a member today.")


def test_unrelated_reports_of_one_site_sharing_its_closing_appeal_are_not_copies() -> None:
    """Three reports of one site ending with the same long appeal for members were
    "partial copies" of each other (100 % identical, covering a quarter), one family."""
    bodies = [
        "A cargo ship lost power off the northern breakwater on Sunday night and was towed "
        "into the outer harbour by two tugs shortly after midnight. Nobody was hurt, and the "
        "harbour master said an inquiry would look at the engine failure. The vessel, a "
        "grain carrier registered in Orla, had left the quay an hour earlier with a crew of "
        "nineteen, and its owners said a spare part would be flown in on Tuesday.",
        "Street lights on the seafront will be switched off between one and five in the "
        "morning from next month, the council said on Monday, saving an estimated forty "
        "thousand pounds a year. Residents of Quay Road asked for an exception, saying the "
        "promenade was used by shift workers walking home from the fish market, and the "
        "police asked to be consulted before the plan goes ahead.",
        "Flood barriers were raised along the river walk on Tuesday as a spring tide and a "
        "strong westerly wind pushed the water within a few centimetres of the path. "
        "Shopkeepers moved stock upstairs as a precaution, but the water stayed out. The "
        "barriers, bought after the floods of 2014, had not been used for three years, and "
        "the crew that raised them needed four hours instead of the planned two.",
    ]
    arts = [article(body + "\n\n" + APPEAL, "harbourgazette") for body in bodies]
    arts = [dataclasses.replace(a, site="harbourgazette.example") for a in arts]
    assert find_reuse(arts, ReuseIndex()) == []
    # A copy of one of them by the same site, or another site's copy, is still a copy.
    again = dataclasses.replace(article(bodies[0] + " The tugs returned at dawn.\n\n" + APPEAL,
                                        "harbourgazette"), site="harbourgazette.example")
    other = article(bodies[0] + "\n\n" + APPEAL, "aggregator")
    assert len(find_reuse([arts[0], again], ReuseIndex())) == 1
    assert len(find_reuse([arts[1], other], ReuseIndex())) == 1


def test_live_updates_of_one_story_on_one_site_sharing_their_background_are_related() -> None:
    """Versions of one story with a new top each and the same background paragraphs at
    the end (most of each version) are updates of one report, not a site's footer."""
    background = (
        "The line between Kelmouth and Dorn carries about 9,000 passengers a day. It was "
        "reopened in 2019 after a two-year rebuild that cost 140 million crowns, and the "
        "operator has faced criticism over the state of its bridges since a report by the "
        "rail inspectorate last autumn.\n\nThe inspectorate's report found cracks in three "
        "of the line's eleven bridges and asked for weekly checks, which the operator said "
        "it had carried out. Unions have called for the line to close until all eleven "
        "bridges are surveyed again.")
    tops = ["A freight train derailed near Dorn early on Tuesday, blocking the line.",
            "Engineers began lifting the derailed wagons near Dorn on Tuesday afternoon, and "
            "the operator said the line would stay closed until Thursday."]
    versions = [dataclasses.replace(article(top + "\n\n" + background, "observer"),
                                    site="dornobserver.example") for top in tops]
    (r,) = find_reuse(versions, ReuseIndex())
    assert r.type in ("partial", "duplicate")


BULLETIN = ("Harbour bulletin for {day}: {ships} ships docked at Kelmouth and {out} left "
            "port. The eastern quay handled {boxes} containers, and the grain terminal "
            "loaded {grain} tonnes for export. Pilots reported a swell of {swell} metres at "
            "the harbour mouth in the morning, easing by noon. The ferry to Orla ran {ferries} "
            "crossings and carried {cars} cars. The harbour office reminds skippers that the "
            "northern anchorage stays closed for dredging until further notice, and that "
            "berth requests must reach the duty officer a day ahead.")


def test_daily_bulletins_from_one_template_are_not_copies() -> None:
    """Four daily bulletins of one port, every figure new each day, were "duplicates"
    (92 % identical), Tuesday's to Thursday's copies of Monday's, in one family."""
    days = [("Monday", 14, 9, 1200, 3400, 2, 6, 410), ("Tuesday", 11, 12, 1450, 2900, 3, 5, 380),
            ("Wednesday", 16, 8, 980, 4100, 1, 7, 455)]
    keys = ("day", "ships", "out", "boxes", "grain", "swell", "ferries", "cars")
    bulletins = [article(BULLETIN.format(**dict(zip(keys, d, strict=True))), "harbour")
                 for d in days]
    assert find_reuse(bulletins, ReuseIndex()) == []


def test_bulletins_whose_day_is_not_in_the_aligned_text_are_not_copies() -> None:
    """Found by a reuse probe: a forecast naming its day in the title only, every figure
    new, was a "duplicate" (figures changed: 14 → 12, 8 → 6, 30 → 40, 55 → 70)."""
    body = ("Highs of {hi} degrees are expected across Kelmouth, with lows of {lo} degrees "
            "overnight. The chance of rain rises to {rain} percent in the afternoon, and "
            "gusts may reach {wind} kilometres an hour along the exposed coast. Drivers on "
            "the coastal road should allow extra time, and the harbour office advises small "
            "boats to stay in port until the wind eases.")
    days = [(14, 8, 30, 55), (12, 6, 40, 70)]
    forecasts = [
        Article(id=content_id(str(d)), source="wx", title=f"Forecast for day {i}",
                text=body.format(**dict(zip(("hi", "lo", "rain", "wind"), d, strict=True))),
                language="en")
        for i, d in enumerate(days)
    ]
    assert find_reuse(forecasts, ReuseIndex()) == []


def test_a_copy_that_updates_a_figure_is_still_a_copy_and_says_so() -> None:
    fields = dict(day="Monday", ships=14, out=9, boxes=1200, grain=3400, swell=2, ferries=6,
                  cars=410)
    first = article(BULLETIN.format(**fields), "harbour")
    updated = article(BULLETIN.format(**fields | {"ships": 15}) + " Updated at noon.", "wire")
    (r,) = find_reuse([first, updated], ReuseIndex())
    assert r.type == "duplicate"
    assert "figures changed: 14 → 15" in r.reason


@pytest.mark.parametrize("cars", [410, 414])
def test_changed_figures_read_from_the_original_to_the_copy(cars: int) -> None:
    """A wire update (420 evacuated, then 610) named the first report its original but
    read "figures changed: 610 → 420" when ids put the original on side b. With 414 cars
    the first report's content id is the larger (side b), with 410 the smaller."""
    fields = dict(day="Monday", ships=14, out=9, boxes=1200, grain=3400, swell=2, ferries=6,
                  cars=cars)
    first = article(BULLETIN.format(**fields), "harbour", published=TUESDAY)
    update = article(BULLETIN.format(**fields | {"ships": 15}) + " Updated at noon.", "wire",
                     published=WEDNESDAY)
    assert (first.id > update.id) == (cars == 414)
    (r,) = find_reuse([first, update], ReuseIndex())
    assert r.original == first.id
    assert "figures changed: 14 → 15" in r.reason


def test_a_wire_copy_that_updates_its_toll_is_still_a_copy() -> None:
    """Three of a short wire story's five figures updated (killed, injured, missing) made
    it "one template with other data", and the copy was counted as an independent
    source; 12,000 → 14,500 counted as two changes."""
    wire = ("Floods in the Varna valley have killed {dead} people and injured {hurt}, and {gone} "
            "are still missing, the regional governor Ilka Marovic said on Wednesday. About "
            "{homes} homes were flooded after three days of rain, and the river at Dorn rose "
            "to 6 metres, its highest level since records began. Marovic said rescue teams "
            "would keep searching through the night and asked residents of the lower valley "
            "to stay on the upper floors of their homes until the water falls.")
    first = article(wire.format(dead=14, hurt=32, gone=5, homes="12,000"), "wire")
    update = article(wire.format(dead=17, hurt=40, gone=3, homes="14,500"), "herald")
    (r,) = find_reuse([first, update], ReuseIndex())
    assert r.type == "duplicate"
    assert "figures changed: 14 → 17, 32 → 40, 5 → 3, 12,000 → 14,500" in r.reason


def test_every_changed_figure_is_kept_where_the_reason_lists_five() -> None:
    """The facts step read a copy's changed figures back from the reason, which lists
    five and "and 2 more": the other two were lost (a code review). The relation now
    keeps them all, from the original to the copy."""
    wire = ("Floods in the Varna valley have killed {dead} people and injured {hurt}, and {gone} "
            "are still missing, the regional governor Ilka Marovic said on Wednesday. About "
            "{homes} homes were flooded after three days of rain, {roads} roads were closed "
            "and {shelters} shelters opened, and the river at Dorn rose to 6 metres, its "
            "highest level since records began. Marovic said {teams} rescue teams would keep "
            "searching through the night and asked residents of the lower valley to stay on "
            "the upper floors of their homes until the water falls.")
    first = article(wire.format(dead=14, hurt=32, gone=5, homes="12,000", roads=21,
                                shelters=9, teams=40), "wire", published=TUESDAY)
    update = article(wire.format(dead=17, hurt=40, gone=3, homes="14,500", roads=26,
                                 shelters=11, teams=55), "herald",
                     published=TUESDAY + timedelta(hours=3))
    (r,) = find_reuse([first, update], ReuseIndex())
    assert "and 2 more" in r.reason
    pairs = [("14", "17"), ("32", "40"), ("5", "3"), ("12,000", "14,500"), ("21", "26"),
             ("9", "11"), ("40", "55")]
    assert r.original == first.id
    assert list(r.changed_figures) == pairs
    assert from_dict(Relation, to_dict(r)) == r


def test_a_copy_with_its_paragraphs_moved_is_a_duplicate() -> None:
    """The aligner's passages bridged the moved paragraphs, which then read as edits:
    "partial, 72 % identical" with swaps such as "union → busy"."""
    paragraphs = ORIGINAL.split("\n\n")
    moved = [paragraphs[0], paragraphs[3], paragraphs[1], paragraphs[5], paragraphs[2],
             paragraphs[4]]
    r = _relation(article(ORIGINAL, "wire"), article("\n\n".join(moved), "aggregator"))
    assert r.type == "duplicate" and r.substitutions == ()


def test_cut_down_and_lightly_edited_copies_are_still_partial() -> None:
    """Regressions of the stock-phrase rules: a copy keeping two paragraphs with one place
    name changed, and one with a word inserted every few words, lost their relation."""
    paragraphs = ORIGINAL.split("\n\n")
    cut = "\n\n".join(paragraphs[:2]).replace("port of Kessler Bay", "port of Kessler Sound")
    r = _relation(article(ORIGINAL, "wire"), article(cut, "aggregator"))
    assert r.type in ("partial", "duplicate") and r.original == content_id(ORIGINAL)
    words = "\n\n".join(paragraphs[:3]).split(" ")
    edited = " ".join(("this" if i % 11 == 10 else w) + (" also" if i % 6 == 5 else "")
                      for i, w in enumerate(words))
    r = _relation(article(ORIGINAL, "wire"), article(edited, "aggregator"))
    assert r.type == "partial", r.reason


#: A short English report of its own on the Kessler Bay strike: it names the port, the
#: union, the company, the union leader and the minister in the order the German
#: translation of ORIGINAL does, and says little else.
BRIEF = """Kessler Bay's port stood still on Tuesday with more than 40 ships idle and \
$310 million of cargo stuck.

The Harbour Workers Union blamed Delvane Shipping; Marta Okonjo said about 4,200 \
members would stay out. Delvane Shipping said its 6 percent offer stood. Transport \
minister Pavel Lindqvist urged arbitration."""


def test_names_in_the_same_order_are_no_translation_when_one_side_holds_far_more() -> None:
    """A brief independent report matched the whole German translation of another article
    through a few names in order ("translated", 244 characters against 758), so it became
    the family's original and the independent sources fell by one."""
    german = article(GERMAN, "zeitung", language="de")
    assert _relation(article(ORIGINAL, "wire"), german).type == "translated"
    assert find_reuse([article(BRIEF, "brief"), german], ReuseIndex()) == []


def test_a_translation_that_adds_a_paragraph_of_background_is_still_translated() -> None:
    """Its passages differ by 2.3 (the aligner does not reach the added paragraph) while
    the texts differ by 1.7: a first version of the length rule, on passages alone,
    lost this relation (a regression probe found it)."""
    r = _relation(article(KELMAR, "wire"), article(KELMAR_ES, "diario", language="es"))
    assert r.type == "translated"


def test_a_near_copy_lists_its_few_swaps() -> None:
    """A probe's light spin (13 swaps over 333 words, under the spin rate) was a duplicate
    whose diff read "0 swaps": swaps too few for a spin are listed all the same."""
    copy = (ORIGINAL.replace("said", "stated", 1).replace("talks", "negotiations", 1)
            .replace("weeks", "periods", 1))
    r = _relation(article(ORIGINAL, "wire"), article(copy, "copy"))
    assert r.type == "duplicate"
    assert {frozenset(p) for p in r.substitutions} >= {
        frozenset(("said", "stated")), frozenset(("talks", "negotiations"))}
    assert "swapped one for one" in r.reason


def test_a_translation_longer_than_its_source_is_not_called_its_original() -> None:
    """Which side holds more says nothing between languages: an undated Italian
    translation with a paragraph of background added was named the wire's original."""
    wire = article(KELMAR, "wire")
    spanish = article(KELMAR_ES, "diario", language="es")
    r = _relation(dataclasses.replace(wire, published=None),
                  dataclasses.replace(spanish, published=None))
    assert r.type == "translated" and r.original is None
    assert "a translation's length says nothing" in r.reason
    dated = _relation(dataclasses.replace(wire, published=TUESDAY),
                      dataclasses.replace(spanish, published=WEDNESDAY))
    assert dated.original == wire.id


def test_two_reports_of_one_site_days_apart_are_no_round_trip() -> None:
    """A short follow-up repeating a dateline, two names and a closing line of a longer
    first report was "translated (machine-translation round trip) covering 100 % /
    100 %"."""
    first = ("HARWICK - Three people were hurt and 20 homes damaged when a storm hit Harwick "
             "on Monday night.\n\nCouncil leader Ines Marlow toured the streets on Tuesday. "
             "Marlow said crews would clear the roads. \"Every family will have a roof "
             "tonight,\" she said.\n\nFire chief Tomas Berg said 80 volunteers were at work "
             "near the harbour. \"It is serious but calm,\" Berg said.\n\nThe town's ferry "
             "service has been cut twice this year.")
    follow_up = ("HARWICK - A fourth person was hurt in Monday's storm in Harwick, the council "
                 "said on Thursday, up from three.\n\nCouncil leader Ines Marlow visited the "
                 "injured. Fire chief Tomas Berg said: \"We will rebuild.\" The town's ferry "
                 "service has been cut twice this year.")
    pair = [article(first, "herald", published=TUESDAY),
            article(follow_up, "herald", published=WEDNESDAY)]
    assert find_reuse(pair, ReuseIndex()) == []


def test_a_short_wire_brief_carried_whole_is_a_duplicate_but_a_shared_line_is_not() -> None:
    """Under 200 aligned characters two articles were never related: a two-sentence
    brief carried whole by three sites counted as three independent sources of its
    figures. A whole copy now relates; a sentence two longer texts share does not."""
    brief = ("Eight people were killed when a bus overturned on the coastal road near "
             "Varnholm early on Tuesday, police said. Eleven passengers were taken to hospital.")
    assert len(brief) < 200
    sites = ["wire.example", "a.example", "b.example"]
    arts = [Article(id=content_id(brief, site), source=f"{i}.txt", text=brief, site=site,
                    language="en", published=TUESDAY + timedelta(hours=i))
            for i, site in enumerate(sites)]
    relations = find_reuse(arts)
    assert relations and all(r.type == "duplicate" for r in relations)
    (family,) = [f for f in build_families(relations, arts) if len(f.article_ids) > 1]
    assert sorted(family.article_ids) == sorted(a.id for a in arts) and family.id == arts[0].id
    shared = brief.split(". ")[0] + "."
    others = [Article(id=content_id(text), source=f"o{i}.txt", text=text, language="en")
              for i, text in enumerate((
                  shared + " The driver was arrested at the scene and questioned by officers.",
                  shared + " Road workers cleared the wreck by noon and reopened both lanes."))]
    assert find_reuse(others) == []
    # A regression probe: short texts from one template with other figures, and a short
    # appeal under another one-line lead, are no copies.
    weather = ("Tonight will be dry and clear with a touch of frost in rural areas. Tomorrow "
               "will be sunny after a cold start, with light winds and highs of {} degrees.")
    appeal = ("Subscribe to the Brackwell Post for just one pound a week and get every story "
              "first. Our reporters cover the council, the courts and the harbour.")
    for pair in ((weather.format(9), weather.format(11)),
                 ("Bins late. " + appeal, "Pool shut. " + appeal)):
        briefs = [Article(id=content_id(text, site), source=site, text=text, site=site,
                          language="en") for text, site in zip(pair, sites, strict=False)]
        assert find_reuse(briefs) == [], pair


def test_a_page_that_credits_another_publisher_is_the_copy_whatever_its_time() -> None:
    """Found by a reuse probe: a licensed copy stamped before the wire (a wrong time zone)
    was named the original, and the root of the whole family."""
    wire = dataclasses.replace(article(ORIGINAL, "wire", published=WEDNESDAY),
                               site="Norland Press Agency")
    credited = article(ORIGINAL + "\n\nThis story was first published by Norland Press "
                       "Agency and is republished here under licence.", "daily",
                       published=TUESDAY)
    r = _relation(wire, credited)
    assert r.type == "duplicate"
    assert r.original == wire.id and "credits another publisher" in r.reason
    (family,) = build_families([r], [wire, credited])
    assert family.root == wire.id
    # A credit to a third publisher says nothing of two of its copies (a content-farm
    # probe: the copy whose credit line was kept became the copy of a later one)
    other = dataclasses.replace(wire, site="Harbour Daily")
    assert "credits another publisher" not in _relation(other, credited).reason


def test_a_source_line_the_cleaner_removed_names_the_original() -> None:
    """An ingest probe: a feed copy ended "Source: Northwire", a line the cleaner removes
    as chrome, and its +0530 time zone put it before Northwire's own story, which was
    then shown as its copy. The line counts when it names the other side's site."""
    from copydesk.records import Removed

    wire = dataclasses.replace(article(ORIGINAL, "wire", published=WEDNESDAY), site="Northwire",
                   url="https://northwire.example/world/crane")
    copy = dataclasses.replace(article(ORIGINAL, "coast", published=TUESDAY), id="c" * 16,
                   site="Coast Daily", removed=(Removed("Source: Northwire", "source link"),))
    r = _relation(wire, copy)
    assert r.original == wire.id and "Source: Northwire" in r.reason
    by_host = dataclasses.replace(copy, removed=(Removed("Source: https://northwire.example/x",
                                             "source link"),))
    assert _relation(wire, by_host).original == wire.id
    # A source line naming someone else says nothing about these two.
    other = dataclasses.replace(copy, removed=(Removed("Source: Reuters", "source link"),))
    assert _relation(wire, other).original == other.id  # published first
    # A regression probe: a wire's chart credit of two words ("Source: Kelso Herald") is
    # no credit to the paper that reprinted it, and "Via Appia Nuova" is a street.
    from copydesk.clean.patterns import junk_reason

    assert junk_reason("Source: Kelso Herald") is None
    assert junk_reason("Via Appia Nuova") is None


def test_a_live_blog_quoting_the_wire_by_name_is_the_copy_whatever_its_time() -> None:
    """A live-blog probe: a blog dated by the start of its coverage quoted the wire's
    paragraphs after "Ridgeline reports:", and was named the wire's original. The name
    before the passage credits the other side when it is that side's site."""
    blog_text = ("Fans gathered outside the ground all afternoon.\n\n"
                 "Ridgeline reports: " + ORIGINAL + "\n\nMore updates follow.")
    wire = dataclasses.replace(article(ORIGINAL, "wire", published=WEDNESDAY), site="Ridgeline")
    blog = dataclasses.replace(article(blog_text, "blog", published=TUESDAY), id="b" * 16,
                               site="Coast Live")
    r = _relation(wire, blog)
    assert r.original == wire.id and "Ridgeline reports:" in r.reason
    other = dataclasses.replace(blog, text=blog_text.replace("Ridgeline", "Northgate"))
    assert _relation(wire, other).original == other.id  # published first
    # A regression probe: "Ridgeline said:" quotes a company, and "Ridgeline" is no
    # credit to the Ridgeline Times: the whole name, a publisher's verb.
    times = dataclasses.replace(wire, site="Ridgeline Times")
    said = dataclasses.replace(blog, text=blog_text.replace("reports:", "said:"))
    assert _relation(times, blog).original == blog.id
    assert _relation(wire, said).original == said.id


def test_a_copy_keeping_the_wires_dateline_credit_is_the_copy_whatever_its_time() -> None:
    """A content-farm probe: verbatim copies stamped five hours before the wire were the
    roots of 4 of 5 wire families, though each opened "DUNMORE QUAY (Northline) —" and
    the wire's site is "Northline News Agency". A dateline naming a page's own site, or
    a third agency, says nothing about the two."""
    text = "DUNMORE QUAY (Northline) — " + ORIGINAL
    wire = dataclasses.replace(article(text, "wire", published=WEDNESDAY),
                               site="Northline News Agency")
    farm = dataclasses.replace(article(text, "farm", published=TUESDAY), id="f" * 16,
                               site="Global News Portal")
    r = _relation(wire, farm)
    assert r.original == wire.id and "DUNMORE QUAY (Northline)" in r.reason
    for agency in ("Kestrel Wire", "Global"):  # a third agency's, or the farm's own name
        own = text.replace("Northline", agency)
        pair = (dataclasses.replace(wire, text=own), dataclasses.replace(farm, text=own))
        assert _relation(*pair).original == farm.id, agency  # published first
    # A regression probe: a third agency whose name a farm's name holds ("Northgate Today")
    # is no credit to the farm: the earlier side stays the original.
    third = text.replace("Northline", "Northgate")
    ledger = dataclasses.replace(wire, text=third, site="Harbor Ledger", published=TUESDAY)
    today = dataclasses.replace(farm, text=third, site="Northgate Today", published=WEDNESDAY)
    assert _relation(ledger, today).original == ledger.id
    # An agency named by its URL's host ("(EPA)" on epa-wire.example) is credited.
    epa = text.replace("Northline", "EPA")
    agency = dataclasses.replace(wire, text=epa, site="Eastern Press Agency",
                                 url="https://epa-wire.example/karvik-mine")
    digest = dataclasses.replace(farm, text=epa, site="Coastal Digest")
    assert _relation(agency, digest).original == agency.id
    # A translation probe: a Russian translation stamped before the wire kept its credit
    # in a Cyrillic dateline, and was made the family's original.
    from copydesk.reuse.copy_direction import _dateline_credit

    russian = dataclasses.replace(farm, text="ЗОРАНЫ, Дравония (Northline) — Около 2 400 "
                                  "шахтёров прекратили работу.", site="vestivostok.example.ru")
    assert _dateline_credit(russian, wire) == ["ЗОРАНЫ, Дравония (Northline) —"]
    # A versions probe: a dateline with a region and a date ("CITY, Region, June 14") hid
    # the credit, and a copy backdated to the evening before was the root of the family.
    for head in ("DUNMORE QUAY, Velmark, June 14 (Northline) —",
                 "DUNMORE QUAY, Velmark, 14 June 2025 (Northline) —"):
        dated = dataclasses.replace(farm, text=head + " " + ORIGINAL)
        assert _dateline_credit(dated, wire) == [head], head
    # A farm's own intro paragraph before the wire's dateline hid the credit (a second
    # content-farm probe), and a dateline past the third paragraph is no credit.
    intro = dataclasses.replace(farm, text="Here is what we know so far.\n\n" + text)
    assert _dateline_credit(intro, wire) == ["DUNMORE QUAY (Northline) —"]
    deep = dataclasses.replace(farm, text="One.\n\nTwo.\n\nThree.\n\n" + text)
    assert _dateline_credit(deep, wire) == []
    # A regression probe: a paper's own lede, which the wire republished, quoted an older
    # wire item's dateline in its second paragraph: no credit (the lede is in both).
    lede = "The harbour board agreed on Tuesday to sell the old grain pier.\n\n"
    paper = dataclasses.replace(farm, text=lede + text)
    reprint = dataclasses.replace(wire, text=lede + text)
    assert _dateline_credit(paper, reprint) == []


FLOOD = ("Floods in the Varna valley have killed {dead} people and injured {hurt}, and {gone} "
         "are still missing, the regional governor Ilka Marovic said on Wednesday.\n\n"
         "About {homes} homes were flooded after three days of heavy rain, and the river at "
         "Dorn rose to {level} metres, its highest level since records began. Marovic said "
         "rescue teams would keep searching through the night and asked residents of the "
         "lower valley to stay on the upper floors of their homes until the water falls.\n\n"
         "Soldiers from the garrison at Kessling were sent to help, and volunteers filled "
         "sandbags along the embankment through the afternoon. Shops in the old town closed "
         "early, and the railway line to the coast was suspended after a section of track "
         "was washed away near the bridge at Orlau.\n\n"
         "Farmers in the upper valley said their fields had been under water since Monday, "
         "and that much of the harvest had been lost. The governor said the regional "
         "government would ask the capital for emergency funds, and that an inquiry into the "
         "state of the river defences would follow once the water had gone down.")


def test_a_wire_update_that_changes_every_figure_is_still_a_copy() -> None:
    """A regression probe of the template rule: a flood story whose update changed all
    its figures was no longer related to it (a bulletin is mostly its figures; this has
    paragraphs of prose around them)."""
    first = article(FLOOD.format(dead=12, hurt=40, gone=7, homes=230, level="4.2"), "wire")
    update = article(FLOOD.format(dead=15, hurt=52, gone=5, homes=310, level="4.6"), "herald")
    r = _relation(first, update)
    assert r.type == "duplicate" and "figures changed" in r.reason


def test_an_originals_own_first_published_line_or_footer_is_no_credit() -> None:
    """A regression probe of the credit rule: the original's "first published in 2019"
    and "may not be republished" lines made it the copy."""
    own = ("\n\nThe council's report on the valley, first published in 2019, had warned of "
           "the risk.\n\nThis article may not be republished without the written consent of "
           "the publisher.")
    first = article(FLOOD.format(dead=12, hurt=40, gone=7, homes=230, level="4.2") + own,
                    "wire", published=TUESDAY)
    copy = article(FLOOD.format(dead=12, hurt=40, gone=7, homes=230, level="4.2"), "herald",
                   published=WEDNESDAY)
    r = _relation(first, copy)
    assert r.original == first.id and "published first" in r.reason


@pytest.mark.parametrize("line", [
    "Officials said some notices had to be reprinted with the correct address.",
    "Copyright 2024 Eastside Press. This material may not be copied or republished by any "
    "means.",
])
def test_prose_and_copyright_footers_are_no_credit_lines(line: str) -> None:
    """A second regression probe: such lines in the original made it the copy."""
    first = article(FLOOD.format(dead=12, hurt=40, gone=7, homes=230, level="4.2") + "\n\n"
                    + line, "wire", published=TUESDAY)
    copy = article(FLOOD.format(dead=12, hurt=40, gone=7, homes=230, level="4.2"), "herald",
                   published=WEDNESDAY)
    assert _relation(first, copy).original == first.id


def test_a_credit_naming_its_publisher_in_capitals_counts() -> None:
    """The credit rule looked for a capital in lines it had folded to lower case."""
    wire = dataclasses.replace(article(FLOOD.format(dead=12, hurt=40, gone=7, homes=230,
                                                    level="4.2"), "wire", published=WEDNESDAY),
                               url="https://valleyherald.example/flood")
    copy = article(FLOOD.format(dead=12, hurt=40, gone=7, homes=230, level="4.2") + "\n\nThis "
                   "article was first published by The Valley Herald.", "paper",
                   published=TUESDAY)
    r = _relation(wire, copy)
    assert r.original == wire.id and "credits another publisher" in r.reason


def test_a_reprinted_lead_and_quote_around_a_left_out_paragraph_are_a_partial_copy() -> None:
    """A blog reprints a wire's lead and its quote word for word, leaves out the paragraph
    between them and adds its own comment: the aligner bridged the two copied passages
    over the missing paragraph, the bridge was too loose to count, and no relation was
    left at all."""
    lead = ("QUELLMOOR (Northgate Wire) — The regional appeals court on Thursday overturned "
            "a ban on night flights at Quellmoor airport, ruling that the council had "
            "ignored its own noise study when it drew up the curfew last spring.")
    middle = ("The judges split four to one. Airport figures filed with the court showed "
              "that 3,400 flights had been moved to the early morning since the curfew "
              "began, most of them cargo planes bound for the northern hubs.")
    quote = ("\"A council cannot order a study of the noise, pay for it with public money "
             "and then pretend it never read it,\" Judge Ilse Varga wrote for the majority "
             "of the bench.")
    wire = "\n\n".join([lead, middle, quote,
                        "The council said it would study the ruling before deciding on an appeal."])
    blog = "\n\n".join([lead, quote,
                        "Our readers in the flight path have written to us for a year about "
                        "this curfew, and we will keep following what the council does next."])
    r = _relation(article(wire, "wire", published=TUESDAY),
                  article(blog, "blog", published=WEDNESDAY))
    assert r.type == "partial"
    assert len(r.passages) == 2


def test_figures_at_the_same_rank_in_other_words_are_no_changed_figure() -> None:
    """A copy that replaced a paragraph read as having changed "31" to "2023" (a
    standards-desk review: a reader would take the copy for a falsifier)."""
    from copydesk.reuse.changed_figures import changed_figures

    original = "Some 31 people were taken to hospital. Strikers numbered 12,000 by noon."
    copy = "The dam was last inspected in September 2023. Strikers numbered 14,500 by noon."
    figures, total = changed_figures(original, copy)
    assert figures == [("12,000", "14,500")] and total == 2
    # A translation probe: a back-translation's "1400" for "1,400" changed no figure.
    assert changed_figures("About 1,400 homes, 2.5 metres.", "About 1400 homes, 2.5 metres.") \
        == ([], 2)
    assert changed_figures("About 1.4 metres.", "About 14 metres.") == ([("1.4", "14")], 1)


def test_a_spins_direction_does_not_turn_on_which_id_sorts_first() -> None:
    """The word diff has paths of one cost that pair words differently read one way or
    the other ("give way → crack" or "way → method"): the demo's WorldBrief report and
    its spun copy were "spun side swapped common words" or "no evidence of direction"
    depending on which article's id sorted first."""
    from copydesk.clean import clean_documents
    from copydesk.demo import corpus_dir
    from copydesk.ingest.parallel import read_file
    from copydesk.ingest.sources import ReaderOptions

    names = ("13_worldbrief_kettle_dam_breach.html", "18_viralnewshub_dam_burst.txt")
    docs = [doc for name in names for doc in read_file(str(corpus_dir() / name), ReaderOptions())]
    wire, spin = clean_documents(docs)  # type: ignore[misc]
    for spin_id in ("0" * 16, "f" * 16):
        (r,) = find_reuse([wire, dataclasses.replace(spin, id=spin_id)])
        assert r.type == "spun" and r.original == wire.id, (spin_id, r.reason)


def test_two_agencies_datelines_make_no_translation() -> None:
    """An OSINT probe: a German translation of one agency's report was made a translation
    of the other agency's report of the same meeting (same people and figures in the same
    order), and the two agencies' families of copies counted as one source. The same
    texts under one agency's dateline stay a translation."""
    wire = article("KELMAR, Norland (Northwire) — " + KELMAR, "wire")
    spanish = article("KELMAR, Norland (Northwire) — " + KELMAR_ES, "diario", language="es")
    assert _relation(wire, spanish).type == "translated"
    rival = article("KELMAR, Norland (Southpress) — " + KELMAR_ES, "diario", language="es")
    assert find_reuse([wire, rival], ReuseIndex()) == []
    # A country in the translation's parentheses is no rival agency (a regression
    # comparison lost six true translations written "HARWICK (Kelmark) —").
    country = article("KELMAR (Norland) — " + KELMAR_ES, "diario", language="es")
    assert _relation(wire, country).type == "translated"
    # nor a translation crediting its own site (a third regression probe)
    own = dataclasses.replace(article("KELMAR (Diario Sur) — " + KELMAR_ES, "diario",
                                      language="es"), site="Diario Sur")
    assert _relation(wire, own).type == "translated"
