"""A story of one wire report and its copies, with relations between copies of it too, as
the reuse step finds them: for the tests of what the story page, the article page and
search show of copies. Every sentence was written for these tests.

[1] the wire; [2] its verbatim copy; [3] and [4] two spins of it; [5] an unrelated
report and [6] a partial copy of that one; [7] an untitled copy of the wire. The reuse
step relates two copies of one source as well: [2] and [3], [3] and [4].
"""

from __future__ import annotations

from datetime import datetime, timezone

from copydesk.records import Article, Passage, Relation, Story, content_id
from copydesk.store import Store

WIRE = (
    "Storm damage closed the coastal railway between Aldhaven and Pellick on Monday, the "
    "operator said. Engineers said repairs would take four days. Buses will replace trains "
    "on the route until Friday, and the operator said tickets stay valid on them."
)
SPIN_ONE = (
    "Storm harm shut the coastal railway between Aldhaven and Pellick on Monday, the "
    "operator stated. Engineers stated fixes would take four days. Coaches will replace "
    "trains on the route until Friday, and the operator stated tickets stay valid on them."
)
SPIN_TWO = (
    "Tempest damage closed the seaside railway between Aldhaven and Pellick on Monday, the "
    "company said. Technicians said repairs would need four days. Buses will substitute "
    "trains on the route until Friday, and the company said passes stay valid on them."
)
#: [1] → [3]: "said → stated" at three places, "stated" counted once as the reason does.
SPIN_ONE_SWAPS = (("damage", "harm"), ("closed", "shut"), ("said", "stated"),
                  ("repairs", "fixes"), ("Buses", "Coaches"))
SPIN_TWO_SWAPS = (("Storm", "Tempest"), ("coastal", "seaside"), ("operator", "company"),
                  ("Engineers", "Technicians"), ("take", "need"), ("replace", "substitute"),
                  ("tickets", "passes"))
#: [3] → [4], as the reuse step lists them between two spins of one wire.
SPIN_TO_SPIN = (("Storm", "Tempest"), ("harm", "damage"), ("shut", "closed"),
                ("coastal", "seaside"), ("operator", "company"), ("stated", "said"),
                ("Engineers", "Technicians"), ("fixes", "repairs"), ("take", "need"),
                ("Coaches", "Buses"), ("replace", "substitute"), ("tickets", "passes"))
HARBOUR = (
    "The Pellick harbour master reopened the inner basin on Tuesday after divers cleared "
    "a sunken barge. Fishing boats had waited outside for two days."
)
HARBOUR_PART = (
    "The Pellick harbour master reopened the inner basin on Tuesday after divers cleared "
    "a sunken barge. Traders at the fish market said the delay had cost them a week's "
    "takings."
)


def _at(hour: int) -> datetime:
    return datetime(2025, 11, 3, hour, 0, tzinfo=timezone.utc)


def _article(text: str, site: str, title: str | None, hour: int) -> Article:
    return Article(id=content_id(site, text), source=f"railway/{site}.txt", text=text,
                   url=f"https://{site.lower().replace(' ', '')}.example/rail", site=site,
                   title=title, published=_at(hour), language="en")


def articles() -> list[Article]:
    """The story's articles in publication order: [1] … [7]."""
    return [
        _article(WIRE, "Coast Wire", "Storm closes coastal railway for four days", 8),
        _article(WIRE + " (Coast Wire)", "Daily Signal", "Storm closes coastal railway", 9),
        _article(SPIN_ONE, "Buzz Feedline", "Storm harm shuts coastal railway", 10),
        _article(SPIN_TWO, "Newsmill Now", "Tempest shuts seaside railway", 11),
        _article(HARBOUR, "Pellick Echo", "Inner basin reopens after barge cleared", 12),
        _article(HARBOUR_PART, "Market Gazette", "Fish traders count the cost", 13),
        _article(WIRE + "\n\nMore on this story soon.", "Railfan Digest", None, 14),
    ]


def relation(orig: Article, copy: Article, type_: str, subs: tuple[tuple[str, str], ...] = (),
              directed: bool = True, reason: str = "") -> Relation:
    """A relation over the two whole texts, as the reuse step stores it: sides in id order,
    substitutions from the original to the copy (from side a without a direction)."""
    a, b = sorted((orig, copy), key=lambda x: x.id)
    if not directed and a is not orig:
        subs = tuple((y, x) for x, y in subs)
    return Relation(a.id, b.id, type_, 0.9, reason or f"{type_}: written for a test",
                    orig.id if directed else None,
                    (Passage(0, len(a.text), 0, len(b.text)),), subs)


def build(store: Store) -> tuple[Story, list[Article]]:
    """Write the story into ``store``; its articles in publication order."""
    arts = articles()
    wire, dup, spin1, spin2, harbour, part, untitled = arts
    store.add_batch(arts)
    store.replace_records("relations", [
        relation(wire, dup, "duplicate"),
        relation(wire, spin1, "spun", SPIN_ONE_SWAPS,
                  reason="spun: 5 words swapped one for one (damage → harm, closed → shut, "
                         "said → stated, repairs → fixes, Buses → Coaches)"),
        relation(wire, spin2, "spun", SPIN_TWO_SWAPS),
        relation(harbour, part, "partial"),
        relation(wire, untitled, "duplicate"),
        # Copies of one source, related to each other: neither is the other's source.
        relation(dup, spin1, "spun", SPIN_ONE_SWAPS, directed=False),
        relation(spin1, spin2, "spun", SPIN_TO_SPIN, directed=False),
    ])
    story = Story(id=content_id("story", "railway"), title="Storm closes coastal railway",
                  thread_id=content_id("thread", "railway"),
                  article_ids=tuple(sorted(a.id for a in arts)), first_seen=wire.published,
                  last_seen=untitled.published, articles=len(arts), sources=len(arts),
                  independent_sources=2, keywords=("railway", "storm", "Pellick"))
    store.replace_records("stories", [story])
    store.annotate_articles("story_id", [(a.id, story.id) for a in arts])
    return story, arts
