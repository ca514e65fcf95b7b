"""A small hand-written store with every record kind, for the report's and the web app's tests.

The report and the web app must be tested before (and independently of) the
stages that produce their records, so this module writes a fictional story the
way the stages would: an original wire report, a duplicate, a partial copy, a
machine-spun rewrite and a translation (with relations, aligned passages and
substitutions), an independent report that disagrees on a figure (a fact
conflict), quotes and dated events; and a second, smaller story with no reuse.
Every sentence here was written for copydesk.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timezone

from copydesk.records import (
    Article,
    DateRef,
    Fact,
    Family,
    Passage,
    Quote,
    Relation,
    SpinScore,
    Story,
    content_id,
)
from copydesk.store import Store

ORIGINAL = (
    "Engineers closed the Lenna Street bridge in Harlow Vale on Tuesday after inspectors "
    "found cracks in one of its support pillars, the city transport office said. "
    "About 18,000 vehicles cross the bridge each day, and buses will be diverted through "
    "the old market district until further notice. "
    "\u201cWe will not reopen the bridge until we are certain it is safe,\u201d transport "
    "director Alma Revik said at a news conference. "
    "Repairs are expected to take at least six weeks and cost around 2.4 million euros, "
    "according to the office. "
    "The bridge was last inspected in March 2023, when no structural damage was reported."
)

DUPLICATE = ORIGINAL + " Reporting by Northgate Wire."

PARTIAL = (
    "Engineers closed the Lenna Street bridge in Harlow Vale on Tuesday after inspectors "
    "found cracks in one of its support pillars, the city transport office said. "
    "About 18,000 vehicles cross the bridge each day, and buses will be diverted through "
    "the old market district until further notice. "
    "Shop owners in the market district said the diversions could hurt trade during the "
    "spring festival, which opens on 12 April. "
    "\u201cOur street will be full of buses instead of customers,\u201d said baker Tomas Ehrl."
)

SUBSTITUTIONS: tuple[tuple[str, str], ...] = (
    ("closed", "shut"),
    ("found", "discovered"),
    ("cracks", "fissures"),
    ("pillars", "columns"),
    ("said", "stated"),
    ("About", "Roughly"),
    ("cross", "traverse"),
    ("each", "every"),
    ("diverted", "rerouted"),
    ("district", "quarter"),
)

SPUN = (
    "Engineers shut the Lenna Street bridge in Harlow Vale on Tuesday after inspectors "
    "discovered fissures in one of its support columns, the city transport office stated. "
    "Roughly 18,000 vehicles traverse the bridge every day, and buses will be rerouted through "
    "the old market quarter until further notice. "
    "Repairs are expected to take at least six weeks and cost around 2.4 million euros, "
    "according to the office."
)

TRANSLATED = (
    "Les ing\u00e9nieurs ont ferm\u00e9 mardi le pont de la rue Lenna \u00e0 Harlow Vale "
    "apr\u00e8s la d\u00e9couverte de fissures dans l'un de ses piliers, a indiqu\u00e9 le "
    "bureau municipal des transports. "
    "Environ 18 000 v\u00e9hicules empruntent le pont chaque jour et les bus seront "
    "d\u00e9vi\u00e9s par le vieux quartier du march\u00e9. "
    "Les travaux devraient durer au moins six semaines et co\u00fbter environ 2,4 millions "
    "d'euros."
)

INDEPENDENT = (
    "Cracks in a pillar of the Lenna Street bridge forced its closure on Tuesday, leaving "
    "commuters in Harlow Vale facing long detours. "
    "Transport director Alma Revik told the Observer that the repair bill could reach "
    "2.5 million euros. "
    "\u201cSafety comes first, even if it means weeks of traffic jams,\u201d Revik said. "
    "A full structural survey of the city's other eleven bridges will begin on 14 April."
)

FERRY_A = (
    "Ferry crews on the Saltmere crossing stopped work on Wednesday in a dispute over "
    "night-shift rosters, stranding hundreds of passengers at Kettle Point. "
    "The operator, Bluefin Lines, said it had cancelled all 22 sailings scheduled for the day. "
    "\u201cWe regret the disruption and remain open to talks,\u201d said Bluefin spokesperson "
    "Jonas Pell."
)

FERRY_B = (
    "Passengers queued for hours at Kettle Point on Wednesday after a strike halted ferries "
    "on the Saltmere crossing. "
    "Union organiser Greta Lund said crews had been asked to work six night shifts in a row. "
    "\u201cNobody can do that safely,\u201d Lund said, adding that talks could resume on Friday."
)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2025, 4, day, hour, minute, tzinfo=timezone.utc)


def _article(text: str, site: str, title: str, published: datetime, lang: str = "en") -> Article:
    slug = content_id(site, title, length=8)
    return Article(
        id=content_id(text),
        source=f"sample/{slug}.txt",
        text=text,
        url=f"https://{site.lower().replace(' ', '')}.example/{slug}",
        site=site,
        title=title,
        published=published,
        language=lang,
    )


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _passage(a: Article, b: Article, a_part: str, b_part: str) -> Passage:
    a_start, a_end = _span(a.text, a_part)
    b_start, b_end = _span(b.text, b_part)
    return Passage(a_start, a_end, b_start, b_end)


def _relation(
    orig: Article,
    copy: Article,
    type_: str,
    confidence: float,
    reason: str,
    parts: Sequence[tuple[str, str]],
    substitutions: tuple[tuple[str, str], ...] = (),
) -> Relation:
    """A relation with ``a < b`` as the record demands; passages follow the sides, and
    substitutions run from the original to the copy whichever side it is (as the reuse
    step stores them)."""
    if orig.id < copy.id:
        a, b, pairs = orig, copy, parts
    else:
        a, b = copy, orig
        pairs = [(y, x) for x, y in parts]
    subs = substitutions
    return Relation(
        a=a.id,
        b=b.id,
        type=type_,
        confidence=confidence,
        reason=reason,
        original=orig.id,
        passages=tuple(_passage(a, b, pa, pb) for pa, pb in pairs),
        substitutions=subs,
    )


def _sentences(text: str) -> list[str]:
    """Sentences of the sample texts (written so that ". " always ends one)."""
    return [s if s.endswith(".") else s + "." for s in text.split(". ")]


def _dateref(art: Article, phrase: str, value: date, how: str) -> DateRef:
    start, end = _span(art.text, phrase)
    return DateRef(
        id=content_id(art.id, str(start), "date"),
        article_id=art.id,
        start=start,
        end=end,
        text=phrase,
        value=value,
        how=how,
    )


def _quote(art: Article, quoted: str, speaker: str | None) -> Quote:
    start, end = _span(art.text, quoted)
    return Quote(
        id=content_id(art.id, str(start), "quote"),
        article_id=art.id,
        start=start,
        end=end,
        text=quoted,
        speaker=speaker,
        speaker_entity_id=content_id(speaker) if speaker else None,
    )


def sample_articles() -> list[Article]:
    """The sample's articles, in publication order."""
    return [
        _article(ORIGINAL, "Northgate Wire", "Lenna Street bridge closed after cracks found",
                 _at(1, 7, 30)),
        _article(DUPLICATE, "Valley Herald", "Lenna Street bridge closed after cracks found",
                 _at(1, 9, 10)),
        _article(PARTIAL, "Citizen Daily", "Bridge closure: market traders fear lost trade",
                 _at(1, 11, 0)),
        _article(SPUN, "Newsflash24", "Lenna Street bridge shut after fissures discovered",
                 _at(1, 12, 40)),
        _article(TRANSLATED, "Le Courrier du Val", "Le pont de la rue Lenna ferm\u00e9",
                 _at(1, 14, 5), "fr"),
        _article(INDEPENDENT, "Harlow Vale Observer", "Commuters face weeks of detours",
                 _at(1, 15, 0)),
        _article(FERRY_A, "Coastline News", "Saltmere ferry crews strike over rosters",
                 _at(2, 8, 0)),
        _article(FERRY_B, "Island Gazette", "Strike strands ferry passengers at Kettle Point",
                 _at(2, 10, 30)),
    ]


def build_sample(store: Store, extra: Sequence[Article] = ()) -> dict[str, str]:
    """Write the sample into ``store``; ``extra`` articles join the bridge story.

    Returns names → ids (``story``, ``ferry_story``, ``original``, ``spun`` …) so
    tests can find what they look for without hard-coding hashes.
    """
    arts = sample_articles()
    orig, dup, part, spun, trans, indep, ferry_a, ferry_b = arts
    store.add_batch([*arts, *extra])
    o_sent = _sentences(ORIGINAL)
    s_sent = _sentences(SPUN)
    t_sent = _sentences(TRANSLATED)
    relations = [
        _relation(orig, dup, "duplicate", 0.99, "same text; the later copy adds a credit line",
                  [(ORIGINAL, ORIGINAL)]),
        _relation(orig, part, "partial", 0.93, "two of five sentences reused verbatim",
                  [(o_sent[0] + " " + o_sent[1], o_sent[0] + " " + o_sent[1])]),
        _relation(orig, spun, "spun", 0.88, "aligned sentences with synonym substitutions",
                  [(o_sent[0] + " " + o_sent[1], s_sent[0] + " " + s_sent[1]),
                   (o_sent[3], s_sent[2])],
                  SUBSTITUTIONS),
        _relation(orig, trans, "translated", 0.81, "cross-language sentence alignment (fr→en)",
                  [(o_sent[0], t_sent[0]), (o_sent[1], t_sent[1]), (o_sent[3], t_sent[2])]),
    ]
    store.replace_records("relations", relations)
    family = Family(id=content_id("family", orig.id), root=orig.id,
                    article_ids=tuple(sorted(a.id for a in (orig, dup, part, spun, trans))))
    # As the reuse step gives them: every other article is a family of its own.
    alone = [Family(id=content_id("family", a.id), root=a.id, article_ids=(a.id,))
             for a in (*arts, *extra) if a.id not in family.article_ids]
    store.replace_records("families", [family, *alone])
    store.annotate_articles(
        "family_id", [(aid, f.id) for f in (family, *alone) for aid in f.article_ids])
    store.replace_records("spin", [
        SpinScore(spun.id, 0.91, True, ("rare synonyms for common words",)),
        SpinScore(orig.id, 0.04, False),
    ])
    store.annotate_articles("spin_score", [(spun.id, 0.91), (orig.id, 0.04)])
    store.annotate_articles("spun", [(spun.id, True), (orig.id, False)])
    bridge_ids = tuple(a.id for a in (orig, dup, part, spun, trans, indep, *extra))
    bridge = Story(
        id=content_id("story", "bridge"),
        title="Lenna Street bridge closed after cracks found in pillar",
        thread_id=content_id("thread", "harlow-vale-infrastructure"),
        article_ids=bridge_ids,
        first_seen=orig.published,
        last_seen=max(a.published for a in (indep, *extra) if a.published),
        articles=len(bridge_ids),
        sources=len({a.site for a in (orig, dup, part, spun, trans, indep, *extra)}),
        independent_sources=2,
        keywords=("bridge", "Lenna Street", "cracks", "pillar", "Harlow Vale", "repairs"),
    )
    ferry = Story(
        id=content_id("story", "ferry"),
        title="Saltmere ferry crews strike over night-shift rosters",
        thread_id=content_id("thread", "saltmere-ferry-dispute"),
        article_ids=(ferry_a.id, ferry_b.id),
        first_seen=ferry_a.published,
        last_seen=ferry_b.published,
        articles=2,
        sources=2,
        independent_sources=2,
        keywords=("ferry", "strike", "Saltmere", "Kettle Point", "rosters"),
    )
    store.replace_records("stories", [bridge, ferry])
    store.annotate_articles(
        "story_id",
        [(aid, bridge.id) for aid in bridge_ids] + [(ferry_a.id, ferry.id), (ferry_b.id, ferry.id)],
    )
    tuesday, wednesday = date(2025, 4, 1), date(2025, 4, 2)
    store.replace_records("dates", [
        _dateref(orig, "on Tuesday", tuesday, "weekday relative to publication"),
        _dateref(dup, "on Tuesday", tuesday, "weekday relative to publication"),
        _dateref(spun, "on Tuesday", tuesday, "weekday relative to publication"),
        _dateref(orig, "March 2023", date(2023, 3, 1), "month and year"),
        _dateref(part, "12 April", date(2025, 4, 12), "day and month, year of publication"),
        _dateref(indep, "on Tuesday", tuesday, "weekday relative to publication"),
        _dateref(indep, "14 April", date(2025, 4, 14), "day and month, year of publication"),
        _dateref(ferry_a, "on Wednesday", wednesday, "weekday relative to publication"),
        _dateref(ferry_b, "on Friday", date(2025, 4, 4), "weekday relative to publication"),
    ])
    store.replace_records("quotes", [
        _quote(orig, "We will not reopen the bridge until we are certain it is safe", "Alma Revik"),
        _quote(dup, "We will not reopen the bridge until we are certain it is safe", "Alma Revik"),
        _quote(indep, "Safety comes first, even if it means weeks of traffic jams", "Alma Revik"),
        _quote(part, "Our street will be full of buses instead of customers", "Tomas Ehrl"),
        _quote(ferry_a, "We regret the disruption and remain open to talks", "Jonas Pell"),
        _quote(ferry_b, "Nobody can do that safely", None),
    ])
    wire = (orig.id, dup.id, spun.id, trans.id)
    store.replace_records("facts", [
        Fact(content_id("fact", "cost"), bridge.id, "Lenna Street bridge repairs", "cost",
             "2.4 million euros", None, wire, 1,
             ({"value": "2.5 million euros", "article_ids": [indep.id],
               "independent_sources": 1},)),
        Fact(content_id("fact", "duration"), bridge.id, "Lenna Street bridge repairs",
             "duration", "at least six weeks", None, wire, 1),
        Fact(content_id("fact", "closure"), bridge.id, "Lenna Street bridge", "closed",
             "after cracks were found in a support pillar", "2025-04-01",
             (*wire, part.id, indep.id), 2),
        Fact(content_id("fact", "vehicles"), bridge.id, "Lenna Street bridge", "daily traffic",
             "18,000 vehicles", None, (orig.id, dup.id, part.id, spun.id, trans.id), 1),
        Fact(content_id("fact", "sailings"), ferry.id, "Bluefin Lines", "cancelled sailings",
             "22", "2025-04-02", (ferry_a.id,), 1),
    ])
    return {
        "story": bridge.id, "ferry_story": ferry.id, "original": orig.id, "duplicate": dup.id,
        "partial": part.id, "spun": spun.id, "translated": trans.id, "independent": indep.id,
        "family": family.id,
    }


__all__ = ["build_sample", "sample_articles"]
