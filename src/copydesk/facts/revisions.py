"""Updates and corrections: when another value is a later figure or a withdrawn one.

A toll that rose over days, an outlet's own revision within hours and a figure that a
correction withdrew all look like sources disagreeing until the articles' times,
outlets and corrections are read; ``Times`` holds those for one story.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property

from copydesk.clock import assume_utc
from copydesk.facts.claim_keys import claim_key
from copydesk.facts.claim_types import GENERIC_SUM, Claim
from copydesk.origins import origin

__all__ = ["UPDATE_GAP", "WITHDRAWN_SLACK", "Times", "reported", "without_withdrawn"]


def without_withdrawn(clusters: list[list[Claim]], times: Times) -> list[list[Claim]]:
    """Each figure without the claims their own outlet withdrew, where another outlet
    still gives it: a monitoring probe's paper corrected its 340 homes evacuated to 430,
    and its first version still counted as a second source of the wire's 340. A figure
    only its correcting outlet gave keeps its claims: the conflict says "corrected"."""
    by_outlet = times.withdrawn_by_outlet

    def withdrawn(c: Claim) -> bool:
        outlet = times.outlet(c.article_id)
        said = times.of(c)
        return any(
            by != c.article_id and _withdrawn_is(w, c)
            and (said is None or (t := times.of(w)) is None or said <= t)
            for by, w in by_outlet.get(outlet or "", ()))

    out = []
    for cluster in clusters:
        standing = [c for c in cluster if not withdrawn(c)]
        out.append(standing if standing else cluster)
    return out


def reported(own: list[Claim], other: list[Claim], times: Times) -> str | None:
    """When the other side's articles appeared, next to this side's: "later" when the
    first of them came ``UPDATE_GAP`` or more after the last of this side's (a toll that
    rose from 5 to 12 over three days is an update, not two sources disagreeing), or when
    the outlets that gave both values gave the other one after their own (a wire's 12
    dead at 09:00 and its 15 at 14:00: a probe's wire had been shown in conflict with
    itself); "earlier" the other way round, "alongside" otherwise, None when a side has
    no dated article. Articles without a time are left out. "corrected" when a
    correction in the other side's articles withdrew this value, "withdrawn" when this
    side's withdrew the other's, whatever the times (a corrected page keeps its time)."""
    if times.withdraws(other, own):
        return "corrected"  # a correction in the other side's articles withdrew this value
    if times.withdraws(own, other):
        return "withdrawn"
    mine = [t for c in own if (t := times.of(c)) is not None]
    theirs = [t for c in other if (t := times.of(c)) is not None]
    if not mine or not theirs:
        return None
    revised = times.revision(own, other)
    if min(theirs) - max(mine) >= UPDATE_GAP or revised == "later":
        return "later"
    if min(mine) - max(theirs) >= UPDATE_GAP or revised == "earlier":
        return "earlier"
    return "alongside"


@dataclass(frozen=True)
class Times:
    """When and where each article appeared: tells an update from a dispute."""

    published: Mapping[str, datetime | None]
    sites: Mapping[str, str | None]
    families: Mapping[str, str] = field(default_factory=dict)
    withdrawn: Mapping[str, tuple[Claim, ...]] = field(default_factory=dict)

    @cached_property
    def withdrawn_by_outlet(self) -> dict[str, list[tuple[str, Claim]]]:
        """Outlet → (article id, figure) of each figure its corrections withdrew: worked
        out once per story, not for every group of claims (``without_withdrawn``)."""
        out: dict[str, list[tuple[str, Claim]]] = {}
        for article_id, figures in self.withdrawn.items():
            outlet = self.outlet(article_id)
            if outlet is not None:
                out.setdefault(outlet, []).extend((article_id, w) for w in figures)
        return out

    def withdraws(self, by: list[Claim], of: list[Claim]) -> bool:
        """Whether a correction in an article of ``by`` withdrew ``of``'s value ("An
        earlier version of this article gave health spending as 41.2 billion": the
        outlet's first version and its correction had stood as two facts, uncontested,
        or as sources disagreeing; an incremental-run probe). The withdrawn figure must
        count the same thing (a withdrawn "9 percent" price rise is no toll of 9), and
        none of ``of`` may come after the correction: a toll withdrawn at 10:00 and
        reached again by later reports is no corrected value (a regression probe)."""
        corrections = [w for c in by for w in self.withdrawn.get(c.article_id, ())]
        matched = [w for w in corrections if any(_withdrawn_is(w, c) for c in of)]
        if not matched:
            return False
        # Only the outlet that corrected itself withdrew its figure: another outlet's own
        # report of it still stands (a regression probe's radio report of 32 miners
        # killed had read as "corrected" by a paper's correction).
        correcting = {self.outlet(w.article_id) for w in matched}
        if not {self.outlet(c.article_id) for c in of} <= correcting - {None}:
            return False
        when = [t for w in matched if (t := self.of(w)) is not None]
        if not when:
            return True
        return all((t := self.of(c)) is None or t <= max(when) for c in of)

    def outlet(self, article_id: str) -> str | None:
        """Whose figure an article gives: its own site's, or for a copy its original's
        (an aggregator's reprints of the wire and of a local paper are not its own
        revisions: a regression probe's dispute had read as an update)."""
        key = origin(article_id, self.families, self.sites)
        return key if key.startswith("site:") else None

    def of(self, claim: Claim) -> datetime | None:
        t = claim.reported_at or self.published.get(claim.article_id)
        return None if t is None else assume_utc(t)

    def revision(self, own: list[Claim], other: list[Claim]) -> str | None:
        """"later" when every outlet that gave both values gave the other one after its
        own, "earlier" the other way round; None when no outlet gave both, or they
        differ."""
        found: set[str] = set()
        for site in sorted({s for c in own if (s := self.outlet(c.article_id))}):
            mine = [t for c in own if self.outlet(c.article_id) == site
                    and (t := self.of(c)) is not None]
            theirs = [t for c in other if self.outlet(c.article_id) == site
                      and (t := self.of(c)) is not None]
            if mine and theirs:
                found.add("later" if min(theirs) > max(mine)
                          else "earlier" if min(mine) > max(theirs) else "mixed")
        return found.pop() if len(found) == 1 and "mixed" not in found else None


#: How near a withdrawn figure must be to a claim's to be that claim's (rounding).
WITHDRAWN_SLACK = 0.005


def _withdrawn_is(withdrawn: Claim, claim: Claim) -> bool:
    """Whether a withdrawn figure is ``claim``'s: the same thing counted, the same value."""
    low, high, w_low, w_high = claim.low, claim.high, withdrawn.low, withdrawn.high
    if claim.kind != "quantity" or low is None or high is None or w_low is None \
            or w_high is None:
        return False
    mine, theirs = claim_key(withdrawn), claim_key(claim)
    # A correction names a sum loosely ("gave health spending as 41.2 billion crowns" is
    # a sum of nothing): a sum of nothing is compared by its kind, unit and value alone.
    same = mine[:2] == theirs[:2] and mine[3] == theirs[3] if (
        withdrawn.predicate == GENERIC_SUM and claim.kind == "quantity") else mine[:4] == theirs[:4]
    if not same:
        return False
    x = (w_low + w_high) / 2
    return low * (1 - WITHDRAWN_SLACK) <= x <= high * (1 + WITHDRAWN_SLACK)


#: How long after the last report of one value the first report of another must come to
#: be an update rather than a dispute. Sources disagree within hours (the demo's strike:
#: 9,500 at 08:30 against 12,000 from 09:05; its dam toll: 12 until 12:05 against 19 at
#: 16:40, both real disputes); a toll revised the next day or later is an update.
UPDATE_GAP = timedelta(hours=12)
