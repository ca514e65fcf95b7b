"""When two claims' values agree, and the clusters of agreeing values.

Here a story's figures split into separate facts, so the rules for rough, exact and
open-ended figures, for rounding, and for values reported far apart in time, sit
together.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from copydesk.facts.claim_types import Claim
from copydesk.facts.matching import ReconcileOptions
from copydesk.facts.revisions import UPDATE_GAP, Times

__all__ = ["relative_gap", "value_clusters"]


def _agree(a: Claim, b: Claim, opts: ReconcileOptions) -> bool:
    if a.kind == "quantity":
        gap = relative_gap(a, b)
        # The tolerance is for figures given roughly ("about 200", "1,500"): two exact
        # counts that differ disagree ("230 rescued" was folded into "212", no conflict),
        # and so do an open figure and an exact one beyond it: "at least 40" already
        # allows up to 50 (``figures.OPEN_BOUND``), and 52 dead is another toll.
        if gap == 0:
            return True
        if _rough(a) or _rough(b):
            if _percent(a) and _percent(b):
                return _points_apart(a, b) <= max(_slack(a), _slack(b))
            if gap <= opts.tolerance:
                return True
        return a.exact and b.exact and _rounded_alike(a, b)
    if a.day_low is None or b.day_low is None:
        return True
    a_hi = a.day_high or a.day_low
    b_hi = b.day_high or b.day_low
    return a.day_low <= b_hi and b.day_low <= a_hi


def _percent(c: Claim) -> bool:
    return c.value.endswith(("percent", "%"))


def _slack(c: Claim) -> float:
    """The points a rough percentage allows: half its rounding step, at least one point,
    at most a tenth of itself ("about 63 percent" is 62 to 64, "about 60 percent" 55 to
    65, "about 20 percent" 18 to 22). A tenth of the value alone had let an election
    probe's "about 63 percent" turnout agree with another outlet's 58 %, and back it as
    a second source; half the step alone let "about 20 percent" take in 24.6 %."""
    if not _rough(c) or c.low is None:
        return 0.0
    whole = int(abs(c.low))
    step = 10 if whole and whole % 10 == 0 else 1
    return max(1.0, min(step / 2, abs(c.low) / 10))


def _points_apart(a: Claim, b: Claim) -> float:
    (lo_a, hi_a), (lo_b, hi_b) = _bounds(a), _bounds(b)
    return max(0.0, lo_b - hi_a, lo_a - hi_b)


def _bounds(c: Claim) -> tuple[float, float]:
    """The interval a claim's value allows (0 for an unknown end)."""
    return c.low or 0.0, c.high if c.high is not None else 0.0


def _rough(c: Claim) -> bool:
    """A single figure given roughly ("about 200", "1,500", "nearly 2,000"), not an exact
    count and not an interval ("at least 40", "20 to 30") that carries its own slack."""
    return not c.exact and c.low is not None and c.low == c.high


def _rounded_alike(a: Claim, b: Claim) -> bool:
    """One exact figure is the other rounded to its decimals: 48 % and 48.3 %, 15 % and
    14.9 %, 49 % and 48.5 % (outlets round a percentage, a half up, not to the even
    number as Python's ``round`` does; 3.1 % and 3.2 % still disagree)."""
    coarse, fine = (a, b) if a.decimals <= b.decimals else (b, a)
    if coarse.decimals == fine.decimals or coarse.low is None or fine.low is None:
        return False
    step = Decimal(1).scaleb(-coarse.decimals)
    return (Decimal(repr(fine.low)).quantize(step, ROUND_HALF_UP)
            == Decimal(repr(coarse.low)).quantize(step, ROUND_HALF_UP))


def relative_gap(a: Claim, b: Claim) -> float:
    """Relative distance between the intervals two numbers allow (0 when they overlap)."""
    (lo_a, hi_a), (lo_b, hi_b) = _bounds(a), _bounds(b)
    if lo_b > hi_a:
        return (lo_b - hi_a) / max(abs(lo_b), 1e-9)
    if lo_a > hi_b:
        return (lo_a - hi_b) / max(abs(lo_a), 1e-9)
    return 0.0


def value_clusters(
    claims: list[Claim], opts: ReconcileOptions, times: Times | None = None,
) -> list[list[Claim]]:
    """Claims that agree with every claim of a cluster join it. (Agreeing with its first
    claim was not enough: "at least 12" allows 15, and 12 then joined 15's side.) Two
    different values reported ``UPDATE_GAP`` or more apart never agree: the later one is
    an update, not the same figure given roughly (a regression probe's Monday "40
    injured" and Tuesday's "the number of injured stands at 38" were one fact of 38)."""
    clusters: list[list[Claim]] = []
    numbers = bool(claims) and claims[0].kind == "quantity"
    when = times or Times({}, {})
    for c in sorted(claims, key=_narrow_first) if numbers else claims:
        for cl in clusters:
            if all(_agree(member, c, opts) and not _updated(member, c, when) for member in cl):
                cl.append(c)
                break
        else:
            clusters.append([c])
    return _joined_on_equal_values(clusters) if numbers else clusters


def _joined_on_equal_values(clusters: list[list[Claim]]) -> list[list[Claim]]:
    """Clusters that hold one same exact value are one figure: "about 63 percent" kept
    some 63.4 % claims from the cluster of the later ones (an update apart from it), and
    the two clusters, shown as one value, made two facts of one id (an election probe's
    63.4 % turnout lost four of its six articles)."""
    merged: list[list[Claim]] = []
    for cl in clusters:
        values = {(c.low, c.high) for c in cl if c.low is not None and c.low == c.high}
        home = next((m for m in merged if values & {(c.low, c.high) for c in m}), None)
        if home is None:
            merged.append(list(cl))
        else:
            home.extend(cl)
    return merged


def _updated(a: Claim, b: Claim, times: Times) -> bool:
    """Two different values reported at least ``UPDATE_GAP`` apart. "At least 17" and a
    later 17 are one figure said two ways, not an update (a probe's toll had been shown
    against itself, 0 % apart). One outlet's 48 % and its later 48.3 % agree as any two
    reports within hours do: an outlet's own revisions are told apart only where the
    values disagree (``revisions.reported``)."""
    if (a.low, a.high) == (b.low, b.high) or _one_within_the_other(a, b):
        return False
    ta, tb = times.of(a), times.of(b)
    return ta is not None and tb is not None and abs(ta - tb) >= UPDATE_GAP


def _one_within_the_other(a: Claim, b: Claim) -> bool:
    """An exact figure that is the other's bound ("at least 17" and "17", "up to 40" and
    "40"). Not any figure the bound allows: "at least 29" on Monday and 31 on Tuesday
    are a toll that rose."""
    def exact(c: Claim) -> bool:
        return c.low is not None and c.low == c.high

    def bounds(c: Claim, value: float | None) -> bool:
        return value is not None and value in (c.low, c.high)

    return ((exact(a) and not exact(b) and bounds(b, a.low))
            or (exact(b) and not exact(a) and bounds(a, b.low)))


def _narrow_first(c: Claim) -> tuple[float, float, str, int]:
    """Exact numbers before ranges, smallest first: "at least 12" then joins the 12s, not a
    15 that came earlier in article-id order (which would make the sides depend on ids)."""
    low = c.low or 0.0
    width = (c.high - low) if c.high is not None else float("inf")
    return (width, low, c.article_id, c.start)
