"""Online clustering: events apart, copies together, resumable, deterministic, bounded."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from copydesk.records import Article, content_id
from copydesk.stories import StoryClusterer, StoryOptions, cluster_articles, extract_anchors

from .story_fixtures import MONDAY, TEXTS, article, articles

KEYS = list(TEXTS)


def groups(assigned: dict[str, str], arts: list[Article]) -> set[frozenset[str]]:
    by_id = {a.id: a.source.removesuffix(".txt") for a in arts}
    out: dict[str, set[str]] = {}
    for article_id, story in assigned.items():
        out.setdefault(story, set()).add(by_id[article_id])
    return {frozenset(g) for g in out.values()}


def test_events_of_one_kind_stay_apart_and_reports_of_one_event_meet() -> None:
    arts = articles(*KEYS)
    assert groups(cluster_articles(arts), arts) == {
        frozenset({"strike_a1", "strike_a2", "strike_a3"}),
        frozenset({"strike_b1", "strike_b2"}),
        frozenset({"visit"}),
        frozenset({"summit", "summit2"}),
    }


def test_anchors_name_who_where_and_when() -> None:
    a = article("strike_b1")
    anchors = extract_anchors(a.text, a.title, a.published.date() if a.published else None)
    assert {"brandt", "ostrow", "dunholt"} <= set(anchors.names)
    assert "dunholt" in anchors.places and "dunholt" in anchors.lead
    assert "d:2025-03-13" in anchors.dates  # "on Thursday", published Thursday 13 March
    assert "800" in anchors.numbers


def test_same_input_same_order_same_stories() -> None:
    arts = articles(*KEYS)
    assert cluster_articles(arts) == cluster_articles(list(arts))
    blob_a = StoryClusterer()
    blob_a.add(arts)
    blob_b = StoryClusterer()
    blob_b.add(arts)
    assert blob_a.to_bytes() == blob_b.to_bytes()


def test_story_ids_are_content_hashes_of_the_first_article() -> None:
    arts = articles(*KEYS)
    assigned = cluster_articles(arts)
    assert assigned[arts[0].id] == content_id("story", arts[0].id)
    assert len(set(assigned.values())) == 4


def test_family_copies_land_in_the_family_story_whatever_their_text() -> None:
    arts = articles("strike_a1", "strike_b1")
    # A copy with nothing in common with strike_a1's text, declared of its family.
    odd = Article(id="odd", source="odd.txt", text="Weather: rain later.", published=MONDAY)
    families = {arts[0].id: "fam1", "odd": "fam1"}
    assigned = cluster_articles([*arts, odd], families=families)
    assert assigned["odd"] == assigned[arts[0].id]
    off = cluster_articles([*arts, odd], StoryOptions(use_families=False), families=families)
    assert off["odd"] != off[arts[0].id]


def test_state_resumes_only_new_articles_are_processed() -> None:
    arts = articles(*KEYS)
    first = StoryClusterer()
    done = first.add(arts[:4])
    again = StoryClusterer.from_bytes(first.to_bytes())
    assert again.add(arts[:4]) == {}  # nothing new
    later = again.add(arts)
    assert set(later) == {a.id for a in arts[4:]}
    assert {a: again.assigned[a] for a in done} == done  # kept their story
    whole = StoryClusterer()
    whole.add(arts)
    assert again.assigned == whole.assigned  # same as one uninterrupted pass


def test_active_set_is_bounded_and_dormant_stories_keep_their_articles() -> None:
    opts = StoryOptions(max_active=3, dormant_days=2)
    clusterer = StoryClusterer(opts)
    arts = []
    for i in range(12):
        text = f"Mayor Quorrin{i} of Vellport{i} opened bridge number {100 + i} on Monday."
        arts.append(Article(id=f"a{i}", source="s", text=text,
                            published=MONDAY + timedelta(days=i)))
        clusterer.add(arts[-1:])
        assert clusterer.active_count <= 3
    assert len(clusterer.assigned) == 12
    # A late report of the first event cannot join its dormant story.
    late = Article(id="late", source="s", text=arts[0].text + " Again.",
                   published=MONDAY + timedelta(days=12))
    assert clusterer.add([late])["late"] != clusterer.assigned["a0"]


def test_time_keeps_a_repeat_event_out_of_an_old_story() -> None:
    a = article("strike_a1")
    year_later = dataclasses.replace(a, id="later", published=MONDAY + timedelta(days=365))
    assigned = cluster_articles([a, year_later])
    assert assigned[a.id] != assigned["later"]


def test_merge_folds_matching_stories_together() -> None:
    arts = articles(*KEYS)
    left, right = StoryClusterer(), StoryClusterer()
    left.add(arts[::2])
    right.add(arts[1::2])
    left.merge(right)
    assert set(left.assigned) == {a.id for a in arts}
    assert groups(left.assigned, arts) == groups(cluster_articles(arts), arts)


def _yearly(key: str, year: int) -> Article:
    """A fixture article moved to another year: same text, a publication date in ``year``."""
    base = article(key)
    assert base.published is not None
    moved = base.published.replace(year=year)
    return dataclasses.replace(base, id=f"{key}-{year}", published=moved)


def test_year_agreement_lifts_reports_of_one_year_and_no_other() -> None:
    # An archive with no time logic: two reports of one strike a year apart from a rewrite.
    archive = {"dormant_days": 1e5, "time_grace_days": 1e5, "date_conflict": 1.0,
               "place_conflict": 1.0}
    arts = [_yearly("strike_a1", 2013), _yearly("strike_a2", 2013), _yearly("strike_a3", 2008)]
    plain = StoryOptions(threshold=0.99, **archive)  # type: ignore[arg-type]
    assert len(set(cluster_articles(arts, plain).values())) == 3
    lifted = cluster_articles(arts, dataclasses.replace(plain, year_agree=50.0))
    assert lifted[arts[1].id] == lifted[arts[0].id]  # same year: the factor lifts it over
    assert lifted[arts[2].id] != lifted[arts[0].id]  # another year: no lift
    state = StoryClusterer(dataclasses.replace(plain, year_agree=50.0))
    state.add(arts[:2])
    assert StoryClusterer.from_bytes(state.to_bytes()).stories[lifted[arts[0].id]].years == {
        "2013": 2}


def test_a_storys_title_comes_from_its_most_central_report_not_its_first() -> None:
    """Scored after joining, the founder scored 1.0 against a centroid that was its own
    vector: every story was titled by its first article, a flash among them."""
    flash = Article(id="flash", source="f", title="BREAKING: dockers walk out",
                    text="BREAKING: Dockworkers walk out. More soon.", published=MONDAY)
    arts = [flash, *(dataclasses.replace(a, published=MONDAY + timedelta(hours=1 + i))
                     for i, a in enumerate(articles("strike_a1", "strike_a2", "strike_a3")))]
    clusterer = StoryClusterer(StoryOptions(threshold=0.05))
    assigned = clusterer.add(arts)
    assert len(set(assigned.values())) == 1  # one story (a low threshold: the flash joins)
    (story,) = clusterer.summaries()
    assert story.first_article == "flash"
    assert story.best_article in {a.id for a in arts[1:]}
    # A story of two: the earlier stays its title (the two score the same).
    two = StoryClusterer()
    first, second = articles("strike_a1", "strike_a2")
    assert len(set(two.add([first, second]).values())) == 1
    (story,) = two.summaries()
    assert story.best_article == first.id and story.best_score > 0


def test_one_article_dated_years_ahead_does_not_retire_every_story() -> None:
    """The clock was the newest publication time ever seen: one article dated 2052 (for
    2025) retired every story at the end of each later run, and a strike's second-day
    reports started new stories."""
    typo = Article(id="typo", source="t", text="Harbour council meets to discuss parking fees.",
                   published=MONDAY.replace(year=2052))
    a1, a2, a3 = articles("strike_a1", "strike_a2", "strike_a3")
    later = [dataclasses.replace(a, published=MONDAY + timedelta(days=1)) for a in (a2, a3)]

    def stories(first_run: list[Article]) -> int:
        clusterer = StoryClusterer()
        clusterer.add(first_run)
        clusterer.add([a1])
        clusterer.add(later)
        return len({clusterer.assigned[a.id] for a in (a1, *later)})

    assert stories([]) == 1
    assert stories([typo]) == 1
    resumed = StoryClusterer.from_bytes(StoryClusterer().to_bytes())
    assert resumed.clock is None and resumed.newest is None


def test_a_storys_title_is_its_central_copys_original_headline() -> None:
    """The most central member is often a near-identical copy, whose headline carries its
    outlet ("… - Morning Wire"): the demo's titles did until the original was named."""
    from copydesk.stories.cluster import StoryState
    from copydesk.stories.summary import ArticleMeta, build_stories

    state = StoryState(id="s1", first_article="wire", best_article="copy")
    metas = {"wire": ArticleMeta("wire", "Dockers strike in Saltmere", "wire.example", None),
             "copy": ArticleMeta("copy", "Dockers strike in Saltmere - Morning Wire",
                                 "morning.example", None)}
    (story,) = build_stories([state], {"s1": ["wire", "copy"]}, {}, metas,
                             {"wire": "wire", "copy": "wire"})
    assert story.title == "Dockers strike in Saltmere"
    (alone,) = build_stories([state], {"s1": ["wire", "copy"]}, {}, metas, {})
    assert alone.title == "Dockers strike in Saltmere - Morning Wire"


def test_the_word_channel_tells_what_happened_apart_from_where() -> None:
    """``word_weight``: the bag of words keeps what the anchors drop ("rubble",
    "survivors", "prize"). Two reports of a bakery blast and one of the same kind of
    bakery's bread prize, no names: by anchors alone the prize joins the blast; with the
    word channel it does not. A resumed state keeps the story's words."""
    from copydesk.stories.features import word_vector

    texts = [
        ("Gas blast flattens bakery", "Rescuers pulled six survivors from the rubble of a "
         "bakery on Monday after a gas explosion flattened the building, firefighters said. "
         "Neighbours heard the blast before dawn and ran to help dig through the bricks."),
        ("Survivors dug out of bakery rubble", "Six survivors were dug out of the rubble when "
         "an explosion of gas flattened a bakery before dawn on Monday. Firefighters and "
         "neighbours worked through the bricks for hours, rescuers said."),
        ("Bakery wins bread prize", "A bakery won first prize for its sourdough bread at the "
         "county show on Monday, the judges said. The owners plan to open a second shop next "
         "spring."),
    ]
    arts = [Article(id=content_id(body), source=str(i), text=body, title=title,
                    published=MONDAY) for i, (title, body) in enumerate(texts)]
    archive = {"dormant_days": 1e5, "time_grace_days": 1e5, "date_conflict": 1.0,
               "place_conflict": 1.0}
    plain = StoryOptions(threshold=0.45, word_weight=0.0, **archive)  # type: ignore[arg-type]
    mixed = dataclasses.replace(plain, word_weight=0.5)
    by_anchors, by_both = cluster_articles(arts, plain), cluster_articles(arts, mixed)
    assert len(set(by_anchors.values())) == 1
    assert by_both[arts[1].id] == by_both[arts[0].id] != by_both[arts[2].id]
    assert {"rubble", "survivors", "bakery"} <= set(word_vector(*texts[0][::-1], "en", 100))
    state = StoryClusterer(mixed)
    state.add(arts[:2])
    story = state.stories[state.assigned[arts[0].id]]
    assert story.words
    assert StoryClusterer.from_bytes(state.to_bytes(), mixed).stories[story.id].words == \
        story.words
    off = StoryClusterer(plain)
    off.add(arts[:2])
    assert not off.stories[off.assigned[arts[0].id]].words


def test_the_word_channel_leaves_unspaced_scripts_to_the_anchors() -> None:
    """Chinese is written without spaces: its "words" would be whole clauses that no
    other report repeats, and the word channel would only lower such reports' scores.
    They have no word vector, and a pair joins at exactly the thresholds at which it
    joins by anchors alone."""
    from copydesk.stories.features import word_vector

    texts = [("码头罢工", "港口 1,200 名码头工人周二罢工，工会说，37 艘货船在锚地等候。"),
             ("罢工第二天", "工会表示，1,200 名工人继续罢工，37 艘货船仍在等候。")]
    arts = [Article(id=content_id(body), source=str(i), text=body, title=title,
                    published=MONDAY, language="zh") for i, (title, body) in enumerate(texts)]
    assert word_vector(texts[0][1], texts[0][0], "zh", 100) == {}
    assert set(word_vector("Saltmere 港口罢工", None, "zh", 100)) == {"saltmere"}
    assert len(word_vector("부산 항구 노동자 파업", None, "ko", 100)) == 4  # Korean is spaced

    def joined(options: StoryOptions) -> bool:
        got = cluster_articles(arts, options)
        return got[arts[0].id] == got[arts[1].id]

    live = StoryOptions()
    assert live.word_weight > 0
    verdicts = [(joined(dataclasses.replace(live, threshold=t / 20)),
                 joined(dataclasses.replace(live, threshold=t / 20, word_weight=0.0)))
                for t in range(1, 20)]
    assert all(with_words == anchors_only for with_words, anchors_only in verdicts)
    assert verdicts[0] == (True, True)  # the pair is one story by its figures


def test_the_outlet_is_no_anchor_of_the_event() -> None:
    """A content-farm probe: the Dunhallow Courier's "told the Courier" was among its
    report's heaviest names and kept it out of the strike's story (its independent
    sources 3 for 4). A site named after its town keeps the town, and a dateline's
    parentheses (an agency, or a country) are left alone."""
    from copydesk.stories.anchors import extract_anchors

    text = ("KESTERBY, Velmark (Northwire) — Dockers at Kesterby told the Courier on Monday "
            "that the strike would go on.")
    courier = extract_anchors(text, None, None, "en", "Dunhallow Courier")
    assert set(courier.names) == {"kesterby", "velmark", "dockers", "northwire"}
    town = extract_anchors(text, None, None, "en", "Kesterby")
    assert {"kesterby", "courier"} <= set(town.names)


def test_a_site_named_daily_town_keeps_its_town() -> None:
    """A regression probe: "Daily Ostrel" lost "ostrel", the race's town, and the race
    split into two stories."""
    from copydesk.stories.anchors import extract_anchors

    text = "Roads in Ostrel close on Saturday for the Coastline Ultra, organisers said."
    daily = extract_anchors(text, None, None, "en", "Daily Ostrel")
    assert "ostrel" in daily.names


def test_keywords_keep_their_written_accents() -> None:
    """A multilingual probe: keywords were shown folded ("eroffnet", "зерновии" for
    "eröffnet", "зерновий"); matching still folds them."""
    text = ("Lindenau eröffnet neues Elefantenhaus\n\nDer Tierpark Lindenau hat am Freitag "
            "sein neues Elefantenhaus eröffnet. Das Elefantenhaus eröffnet den Besuchern "
            "einen Blick auf die Herde, sagte Direktorin Marta Kulessa.")
    art = Article(id=content_id(text), source="zoo.txt", text=text, title=text.split("\n")[0],
                  site="zoo.example", published=MONDAY, language="de")
    clusterer = StoryClusterer(StoryOptions())
    clusterer.add([art])
    (story,) = clusterer.summaries()
    assert "eröffnet" in story.keywords and "eroffnet" not in story.keywords


def test_keywords_leave_out_a_place_s_adjective_beside_the_place() -> None:
    """A visual probe: the demo's stories listed "Marvessa" and "Marvessan" side by side."""
    text = ("Marvessa cuts its key rate\n\nThe central bank of Marvessa cut its key rate on "
            "Thursday. Marvessan lenders welcomed the cut, and Marvessan savers did not. "
            "Marvessa last cut rates in 2022, governor Amara Quillon said in Portavel.")
    art = Article(id=content_id(text), source="rate.txt", text=text, title=text.split("\n")[0],
                  site="bank.example", published=MONDAY)
    clusterer = StoryClusterer(StoryOptions())
    clusterer.add([art])
    (story,) = clusterer.summaries()
    assert "Marvessa" in story.keywords and "Marvessan" not in story.keywords


def test_keywords_spell_a_merged_name_as_the_story_writes_it() -> None:
    """A fact-checker probe: "Castellane", a councillor, was merged with "Coastline", a
    wire's name seen first in another story, and the budget story showed "Coastline"
    among its keywords, a word none of its articles holds."""
    wire = ("Harbour chief jailed\n\nSALTHAVEN (Coastline Wire) - A court in Salthaven "
            "jailed the former harbour chief Anselm Garrity for bribery, Coastline reported.")
    budget = ("Council passes budget\n\nThe Brackenford council passed its budget after a "
              "long debate. Councillor Ruben Castellane voted against it, and Castellane "
              "said the tax rise was too steep for Brackenford families.")
    arts = [Article(id=content_id(t), source=f"{i}.txt", text=t, title=t.split("\n")[0],
                    site=f"site{i}.example", published=MONDAY + timedelta(hours=i))
            for i, t in enumerate((wire, budget))]
    clusterer = StoryClusterer(StoryOptions())
    clusterer.add(arts)
    stories = {s.first_article: s for s in clusterer.summaries()}
    assert len(stories) == 2
    assert "Castellane" in stories[arts[1].id].keywords
    assert "Coastline" not in stories[arts[1].id].keywords
    assert "Coastline" in stories[arts[0].id].keywords
    # the spelling survives the saved state
    again = StoryClusterer.from_bytes(clusterer.to_bytes())
    assert "Castellane" in {s.first_article: s for s in again.summaries()}[arts[1].id].keywords


def test_a_fiscal_year_or_a_currency_is_no_event_place() -> None:
    """A finance probe: "in FY2025" and "in Rs 3,400 crore" were budgets' event places,
    each a place conflict with the other reports of the budget, which stood apart."""
    for lead in ("The state's deficit fell to 3.4% in FY2025, the finance minister said.",
                 "The state will spend in Rs 12,500 crore on clinics, the minister said."):
        anchors = extract_anchors(lead, None, None)
        assert anchors.event_place is None and not anchors.places, lead
    anchors = extract_anchors("A ferry sank in Castrel on Saturday, officials said.", None, None)
    assert anchors.event_place == "castrel"
