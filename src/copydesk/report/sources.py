"""The articles of a story page as it cites them: numbered, titled and given a role.

A page numbers its articles oldest first and says what each one is in its reuse
family ("original", "spun copy of [1]", "duplicate copy of [4]"); the role, the
lineage graph and the side-by-side copies all depend on which side of each
relation is the source, so that reading lives here, apart from the sections
that cite the numbers it gives.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from copydesk.clock import assume_utc
from copydesk.records import Article, Relation
from copydesk.report.render import clock_of, in_utc
from copydesk.reuse.classify import is_spin
from copydesk.reuse.copy_chains import copied_the_copy
from copydesk.titles import shown_title


@dataclass(frozen=True)
class Source:
    """An article as cited on a story page."""

    number: int
    id: str
    title: str
    site: str
    url: str | None
    published: datetime | None
    language: str | None
    role: str
    spin_score: float | None
    spun: bool


def cited(article: Article, number: int, role: str,
          annotations: Mapping[str, Any] | None = None) -> Source:
    """``article`` as a page cites it, its title as every page shows it
    (``titles.shown_title``) and its spin score from its ``annotations``."""
    ann = annotations or {}
    score = ann.get("spin_score")
    return Source(
        number=number, id=article.id, title=shown_title(article.title, article.text),
        site=article.site or "unknown site", url=safe_url(article.url),
        published=article.published, language=article.language, role=role,
        spin_score=float(score) if score is not None else None, spun=bool(ann.get("spun")))


def safe_url(url: str | None) -> str | None:
    """An article URL fit for an href: http(s) only, else None (shown as text, not linked)."""
    if not url:
        return None
    cleaned = url.strip()
    lowered = cleaned.lower()
    if lowered.startswith(("http://", "https://")) and not any(
        c in "\"'<> " or not c.isprintable() for c in cleaned
    ):
        return cleaned
    return None


def sort_key(a: Article) -> tuple[float, str]:
    """Oldest first on one clock (local times of different zones do not sort), undated
    last, then by id."""
    when = assume_utc(a.published)
    return (when.timestamp() if when else float("inf"), a.id)


def orientation(rel: Relation, numbers: dict[str, int]) -> tuple[str, str, bool]:
    """(original side, copy side, direction known) of a relation."""
    if rel.original == rel.b:
        return rel.b, rel.a, True
    if rel.original == rel.a:
        return rel.a, rel.b, True
    # Unknown direction: draw it from the earlier article.
    first, second = sorted((rel.a, rel.b), key=lambda i: (numbers.get(i, 1 << 30), i))
    return first, second, False


def spun_articles(
    sources: Iterable[Source], oriented: Iterable[tuple[Relation, str, str, bool]],
    sources_of: Mapping[str, set[str]],
) -> set[str]:
    """Articles whose words are a spinner's: flagged by their spin score, or the copy side
    of a relation typed spun. The score judges an article alone and misses light spins
    (the demo's copy at 0.51, whose "pay upward thrust" then read as a plain fact); the
    alignment saw the swaps. Not a relation between two copies of one original: a
    regression probe's partial copy, "spun" beside the wire's spun copy, had its own
    reporting marked "machine-spun sources only"."""
    return {s.id for s in sources if s.spun} | {
        copy for rel, orig, copy, directed in oriented
        if directed and is_spin(rel.type, rel.spun_part)
        and not sources_of.get(orig, set()) & sources_of.get(copy, set())}


def copied_through(incoming: Mapping[str, list[tuple[Relation, str, bool]]]) -> dict[str, str]:
    """Copy → the copy it took its text from, when that is not the original: a farm's
    verbatim copy of another farm's spin carries the spin's swaps, so it copied the spin,
    not the wire (a media researcher's probe: "both copy [1]: neither is the other's
    source" was said of a farm and the farm it copied, thirty swaps alike). The sign: a
    duplicate of X, where X and the copy are each the same kind of copy (spun, partial,
    translated) of one source Y, not a duplicate of it. Two verbatim copies of a wire
    stay siblings. Nor when the three relations show that the copy took X's text
    (``reuse.copy_chains``, as the reuse step reads them: a spin of a spin, a
    back-translation of a translation): a content-farm probe's page said "both copy
    [1]" of a farm and the farm whose spin it had spun again."""
    via = {}
    for copy, rels in incoming.items():
        mine = {orig: rel for rel, orig, directed in rels if directed}
        for rel, x, directed in sorted(rels, key=lambda t: t[1]):
            if not directed:
                continue
            theirs = {orig: r for r, orig, d in incoming.get(x, ()) if d}
            if rel.type != "duplicate":
                if any(y != copy and y in mine and copied_the_copy(
                        rel, r, mine[y], list(mine.values())) for y, r in theirs.items()):
                    via[copy] = x
                    break
                continue
            if any(r.type != "duplicate" and y in mine and mine[y].type == r.type
                   and y != copy for y, r in theirs.items()):
                via[copy] = x
                break
    return via


def role(aid: str, incoming: dict[str, list[tuple[Relation, str, bool]]],
         roots: set[str], outgoing: set[str], numbers: dict[str, int],
         root: str | None = None, via: str | None = None) -> str:
    """What an article is in its story ("original", "spun copy of [1]"); ``via``: the copy
    it took its text from, when that is not the original (``copied_through``)."""
    if via is not None and via in numbers:
        kind = next((rel.type for rel, orig, directed in incoming.get(aid, ())
                     if directed and orig == via), "duplicate")
        return f"{kind} copy of [{numbers[via]}]"
    copied = [t for t in incoming.get(aid, ()) if t[2]]
    if aid not in incoming and root not in (None, aid) and root in numbers:
        # Copied by others, but of a family whose original is another article: a
        # translation probe's German and French translations, linked to each other and
        # not to the English wire, were each "original" beside it.
        return f"in the reuse family of [{numbers[root]}]"
    if not copied and (aid in roots or (aid in outgoing and aid not in incoming)):
        # A relation of unknown direction makes no original: an ingest probe's partial
        # copy, dated by its day only, was "(original)" beside the wire it copied, and so
        # was a translation that came out before one of the wire's spun copies.
        return "original"
    if aid in incoming:
        # "[5] partial copy of [3]" named a duplicate of [1] when [5] had three equal
        # relations, to [1], [2] and [3].
        def rank(t: tuple[Relation, str, bool]) -> tuple[bool, bool, float, int]:
            # The family's root first, then a source that is no copy itself, then the
            # surest: a copy's relation to a sibling (another copy of the same wire) can be
            # surer than its relation to the wire, and "[5] spun reuse with [4]" named a
            # farm's spin as the source of an outlet's partial copy of the wire.
            rel, orig, _ = t
            is_copy = any(directed for _, _, directed in incoming.get(orig, ()))
            return (orig in roots, not is_copy, rel.confidence, -numbers.get(orig, 0))

        rel, orig, directed = max(incoming[aid], key=rank)
        if directed:
            orig = _through_duplicates(orig, incoming)
        ref = numbers.get(orig)
        where = f" [{ref}]" if ref else " another article"
        if directed and rel.quoted_by == aid:
            # Its own reporting around a credited quotation (``reuse.quoting``): a
            # regional paper was a "partial copy of [1]", the wire it quoted. The credit
            # as written: it may name another outlet than [1] (``credit_as_noted``).
            credit = rel.credit
            return f"quotes{where}" + (f' under the credit "{credit}"' if credit else "")
        return f"{rel.type} copy of{where}" if directed else f"{rel.type} reuse with{where}"
    return "no reuse found"


def latest(sources: Sequence[Source]) -> Source | None:
    """The latest dated source that copies no other, if the sources were published at
    more than one time (a farm's copy two hours after the wire is no newer news, and a
    roundup's headline is of something else: a regression probe)."""
    dated = [s for s in sources if s.published is not None and " copy of " not in s.role]
    if len({assume_utc(s.published) for s in dated}) < 2:
        return None
    return max(dated, key=lambda s: (assume_utc(s.published), -s.number))


def _through_duplicates(aid: str, incoming: dict[str, list[tuple[Relation, str, bool]]]) -> str:
    """The article whose text ``aid`` carries, up its chain of duplicates: a copy of a
    farm's verbatim copy of the wire copies the wire's text (a content-farm probe's
    Coastal Ledger was a "duplicate copy of" a farm's backdated copy)."""
    seen = {aid}
    while True:
        up = [orig for rel, orig, directed in incoming.get(aid, ())
              if directed and rel.type == "duplicate" and orig not in seen]
        if not up:
            return aid
        aid = min(up)
        seen.add(aid)


def node_sublabel(s: Source) -> str:
    """The graph box's second line: when, on the clock the rest of the page uses (a
    visual probe found the publisher's local 15:15 in the box beside "14:15 UTC" in the
    sources, and boxes ordered against their shown times), then the article's role."""
    if s.published is None:
        return f"undated · {s.role}"
    when = in_utc(s.published)
    return f"{when.day} {when.strftime('%b')}{clock_of(when)} · {s.role}"


__all__ = [
    "Source",
    "cited",
    "copied_through",
    "latest",
    "node_sublabel",
    "orientation",
    "role",
    "safe_url",
    "sort_key",
    "spun_articles",
]
