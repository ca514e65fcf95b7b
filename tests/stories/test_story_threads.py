"""Thread linking over story summaries."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from copydesk.records import content_id
from copydesk.stories import StoryOptions, StoryState
from copydesk.stories.threads import link_threads

T0 = datetime(2025, 3, 10, tzinfo=timezone.utc)


def story(name: str, core: list[str], day: int, words: tuple[str, ...] = ()) -> StoryState:
    when = T0 + timedelta(days=day)
    keywords = [n.split(":", 1)[1].title() for n in core[:4]] + list(words)
    return StoryState(id=name, first_article=name, first=when, last=when, core=core,
                      keywords=keywords)


def test_shared_participants_link_and_background_names_do_not() -> None:
    stories = [
        story("visit", ["e:halvik", "e:brennaert", "e:orvane", "e:tarrenland", "e:marvessa"], 0),
        story("summit", ["e:serravine", "e:halvik", "e:brennaert", "e:tarrenland",
                         "e:marvessa"], 3),
        story("strike", ["e:saltmere", "e:kovanen", "e:marvessa", "e:marsh"], 1),
        story("deal", ["e:kovanen", "e:marsh", "e:saltmere", "e:portavel", "e:marvessa"], 4),
        story("rates", ["e:quillon", "e:marvessa", "e:bank", "e:portavel", "e:ebbe"], 4),
    ]
    threads = link_threads(stories, StoryOptions())
    assert threads["visit"] == threads["summit"] == content_id("thread", "visit")
    assert threads["strike"] == threads["deal"] != threads["visit"]
    assert threads["rates"] not in {threads["visit"], threads["strike"]}


def test_far_apart_stories_are_separate_threads() -> None:
    stories = [story("a", ["e:halvik", "e:brennaert", "e:orvane"], 0),
               story("b", ["e:halvik", "e:brennaert", "e:orvane"], 400)]
    threads = link_threads(stories, StoryOptions(thread_days=60))
    assert threads["a"] != threads["b"]


def test_background_is_judged_within_the_linking_period_not_over_the_corpus() -> None:
    # A long archive: the same three actors meet every 100 days (a new affair each time,
    # too far apart to link), so over the corpus they sit in 120 stories, more than
    # thread_max_stories; within any 60 days they are in two stories, one affair.
    stories = []
    for k in range(60):
        core = ["e:halvik", "e:brennaert", "e:orvane", f"e:place{k}"]
        stories += [story(f"talks{k}", core, 100 * k), story(f"deal{k}", core, 100 * k + 2)]
    opts = StoryOptions()
    assert len(stories) > opts.thread_max_stories
    threads = link_threads(stories, opts)
    assert all(threads[f"talks{k}"] == threads[f"deal{k}"] for k in range(60))
    assert len(set(threads.values())) == 60
    # Within one period a name in every story is still background: 30 stories in a
    # month all naming Marvessa, each pair sharing it plus one more name, link nothing.
    month = [story(f"s{k}", ["e:marvessa", "e:halvik", f"e:x{k}"], k) for k in range(30)]
    assert len(set(link_threads(month, opts).values())) == 30


def test_a_story_spanning_months_still_links_to_what_follows_its_end() -> None:
    long = StoryState(id="siege", first_article="siege", first=T0,
                      last=T0 + timedelta(days=200), core=["e:halvik", "e:brennaert", "e:orvane"])
    stories = [long, story("truce", ["e:halvik", "e:brennaert", "e:orvane"], 230),
               story("other", ["e:halvik", "e:brennaert", "e:orvane"], 400)]
    threads = link_threads(stories, StoryOptions(thread_days=60))
    assert threads["siege"] == threads["truce"] != threads["other"]


def test_background_names_do_not_take_the_places_of_participants() -> None:
    """In a small corpus a country and the wire agency head most stories' names: a
    story's participants are its heaviest names after those, so the start and the end
    of one strike (sharing a town, a union leader, a port chief) are one thread."""
    background = ["e:marvessa", "e:meridian", "e:marvessan"]
    start = ["e:saltmere", *background, "e:kovanen", "e:port", "e:marsh", "e:docks"]
    end = ["e:saltmere", "e:portavel", *background, "e:castane", "e:kovanen", "e:marsh"]
    others = [story(f"other{k}", [*background, f"e:x{k}", f"e:y{k}", f"e:z{k}"], k)
              for k in range(6)]
    opts = StoryOptions()
    stories = [story("strike", start, 0), *others, story("deal", end, 3)]
    shared = set(start[: opts.thread_core]) & set(end[: opts.thread_core]) - set(background)
    assert len(shared) < opts.thread_shared  # the heaviest six alone would not link them
    threads = link_threads(stories, opts)
    assert threads["strike"] == threads["deal"]
    assert len(set(threads.values())) == len(others) + 1


def test_an_affair_filling_its_window_links_and_a_name_over_unrelated_affairs_does_not() -> None:
    """A small corpus: a wildfire followed for a week is seven of the eleven stories of its
    60 days, so its own names (ridge, town, governor) are at the core of more than half of
    them; so are the country and the wire agency, named by every story. The fire's
    stories are one thread; the country does not join the rate decision and the trial,
    which share it, its adjective and the agency and nothing else, though the strike and
    the deal, linked by their own names, are one thread."""
    country = ["e:marvessa", "e:meridian"]
    fire = [story(f"fire{k}", ["e:cedar", country[0], "e:ridge", country[1], "e:pinecrest",
                               "e:alvarez", f"e:stray{k}", f"e:other{k}"], k,
                  ("fire", "hectares") if k % 2 else ("fire", "evacuations"))
            for k in range(7)]
    others = [
        story("strike", ["e:saltmere", *country, "e:kovanen", "e:docks", "e:marsh"], 1),
        story("rates", ["e:quillon", *country, "e:marvessan", "e:bank", "e:ebbe"], 2),
        story("deal", ["e:saltmere", "e:marvessan", "e:kovanen", "e:marvessa", "e:marsh",
                       "e:portavel"], 3),
        story("trial", ["e:osterberg", *country, "e:marvessan", "e:court", "e:vask"], 4),
    ]
    threads = link_threads([*fire, *others], StoryOptions())
    assert len({threads[f"fire{k}"] for k in range(7)}) == 1
    assert threads["strike"] == threads["deal"]
    assert len(set(threads.values())) == 4  # the fire, the strike, the rates, the trial


def test_one_capital_and_one_agency_do_not_chain_unrelated_briefs() -> None:
    """A threads probe: nine one-article stories from one capital and one agency (a
    museum, a derailment, a lottery win, a forest fire, a bridge, a startup, measles
    jabs, a harvest, a chess title), two or three days apart, share only the capital,
    the country and the agency: nothing links in the first pass, so nothing shows those
    names to be spread over several affairs, and the second pass had chained them into
    two threads. Without a content word in common, names the first pass held background
    link nothing."""
    topics = ["museum", "derailment", "lottery", "wildfire", "bridge", "startup", "measles",
              "harvest", "chess"]
    briefs = [story(t, [f"e:{t}place", "e:velda", "e:marovian", "e:coastline",
                        f"e:{t}person", f"e:{t}firm"], 2 * k + 1, (t, f"{t}s"))
              for k, t in enumerate(topics)]
    threads = link_threads(briefs, StoryOptions())
    assert len(set(threads.values())) == len(topics)
