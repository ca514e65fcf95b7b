"""The key that groups a story's claims: what is counted, how, in what unit and year.

Newsrooms name one count many ways ("dockworkers", "dock workers on strike",
"labourers"; "died", "dead", "killed"), so a counted noun is cut to its head,
singularised and mapped through synonyms before claims are grouped. The casualty words
are read again where tolls are joined and facts named.
"""

from __future__ import annotations

from copydesk.facts.claim_types import Claim
from copydesk.facts.figures import BASE_UNITS, UNIT_OF_WORD
from copydesk.facts.matching import normalise_text

__all__ = ["CASUALTY", "CASUALTY_HEADS", "claim_key", "singular"]


def claim_key(c: Claim) -> tuple[str, ...]:
    if c.kind == "quote":
        return ("quote",)
    if c.kind == "event":
        return ("event", c.predicate, normalise_text(c.subject))
    # A target ("target share of tariff", ``quantity_claims._a_target``) is its own figure.
    target, predicate = c.predicate.startswith("target "), c.predicate.removeprefix("target ")
    kind, counted = " ".join(predicate.split()[:2]), predicate.split()[2:]
    kind = "target " + kind if target else kind
    last = c.value.split()[-1]
    unit = UNIT_OF_WORD.get(last, last) if last.isalpha() or last == "km/h" else ""
    unit = BASE_UNITS.get(unit, (unit, 1.0))[0]  # miles and kilometres compare
    head = _sum_head(counted) if kind == "amount of" else _head(counted)
    era = str(c.era or "")  # a count of 1998 is not this story's count
    if predicate.endswith(" in all"):  # "151 of the 291 seats": all seats, not the party's
        return ("quantity", kind, head, unit, era, "in all")
    if head in _GENERIC:
        # "31 people" and "120,000 people" of one story are rarely the same count:
        # without a participle saying what happened to them, each value is its own fact.
        return ("quantity", kind, head, unit, era, c.keyed_as or c.value)
    return ("quantity", kind, head, unit, era)


def _sum_head(words: list[str]) -> str:
    """What a sum is, whole: "health spending", "damage to harbour", "fine sought". A sum's
    last word alone made defence and education spending, or damage to a harbour and to
    farms, one fact in conflict with itself (a regression probe)."""
    return " ".join(_SYNONYMS.get(singular(w), singular(w)) for w in words)


def _head(words: list[str]) -> str:
    """The counted noun, normalised: "dock workers on strike" → "worker",
    "people died" → "people killed"."""
    if not words:
        return ""
    casualty = words[-1] if words[-1] in CASUALTY else ""
    if casualty:
        words = words[:-1]
    for i, w in enumerate(words):
        if w in _PREPOSITIONS:
            words = words[:i]
            break
    head = singular(words[-1]) if words else ("people" if casualty else "")
    if head == "rate" and len(words) > 1 and words[-2] in _OTHER_RATES:
        head = words[-2] + " rate"  # "the headline rate of 2.4%" is inflation, not the rate
    # ("14 injured" counts people: one fact with "14 people were injured")
    for base in _COMPOUND_BASES:
        if head.endswith(base):
            head = base  # "dockworker" → "worker"
    head = _SYNONYMS.get(head, head)
    if casualty:
        return (head + " " + _CASUALTY_SAME.get(casualty, casualty)).strip()
    return head


_PREPOSITIONS = {"on", "in", "at", "of", "from", "for", "with", "to", "by", "during"}
#: Rates that are not a central bank's rate: "key interest rate", "main rate" and
#: "policy rate" are one head, "rate"; these keep their word ("headline rate of 2.4%" was
#: shown as a later value of the policy rate).
_OTHER_RATES = frozenset(
    "headline inflation core unemployment jobless growth tax exchange mortgage vacancy "
    "participation savings birth death crime poverty turnover occupancy conversion "
    "response approval".split())


#: Counted nouns too general to compare across sentences (see ``claim_key``).
_GENERIC = {"people", "person", "member", "other", "thing", "time", "case", "money", "resident",
            "citizen", "inhabitant", "local", ""}
#: Heads that compounds end in: "dockworkers" and "workers" count the same people.
_COMPOUND_BASES = ("worker", "labourer", "laborer", "farmer", "soldier")
CASUALTY = {"killed", "dead", "wounded", "injured", "displaced", "arrested", "missing",
             "died", "hurt", "detained", "evacuated"}
#: "12 people killed" and "19 people died" report one toll; "more than 50 were hurt"
#: and "52 injured" one count (a numbers probe found them in two rows, never compared).
#: Not "wounded": a regression probe's 12 wounded by gunfire and 40 injured in the crush
#: as the crowd fled are two counts.
_CASUALTY_SAME = {"died": "killed", "dead": "killed", "hurt": "injured"}
#: The last word of a counted head that makes the count a toll (see ``reconcile``): the
#: casualty words as ``_head`` leaves them.
CASUALTY_HEADS = frozenset(CASUALTY - set(_CASUALTY_SAME))
#: Words newsrooms use interchangeably for one counted thing.
_SYNONYMS = {"soldier": "troop", "serviceman": "troop", "servicemen": "troop",
             "person": "people", "individual": "people", "folk": "people",
             "labourer": "worker", "laborer": "worker", "employee": "worker",
             # One fact in two rows in the demo's briefings (a standards-desk review):
             # "2,000 farmers" and "2,000 growers", "a 9% rise" and a spinner's "9% hike",
             # "five hours of talks" and "of negotiations".
             "grower": "farmer", "hike": "rise", "increase": "rise", "raise": "rise",
             "contribution": "donation", "gift": "donation",
             # one sum named three ways by three outlets (a regression probe: "health
             # spending", "health budget", "healthcare spending" were three facts)
             "budget": "spending", "expenditure": "spending", "outlay": "spending",
             "healthcare": "health",
             "negotiation": "talk", "discussion": "talk",
             # "40-50 houses" and "between 40 and 50 homes" (a numbers probe: two rows).
             "house": "home", "household": "home", "dwelling": "home",
             # "Police confirmed four deaths" is the toll "at least 4 people killed" (an
             # incremental-run probe found them in two rows).
             "death": "people killed", "fatality": "people killed",
             # A sum's own noun varies more than the sum: "$3.2 billion in cash", "a
             # $3.2 billion offer", "3,2 Milliarden Dollar" (a probe found four rows).
             "cash": "money", "fund": "money", "sum": "money",
             # A company's results as outlets name them: "net income" is "net profit"
             # (a finance probe: $2.1 billion net income never met the $1.2 billion net
             # profit). Not a takeover and an acquisition as one deal (one company's two
             # purchases conflicted), nor sales and revenue (a group's and a segment's).
             "income": "profit", "earning": "profit"}


def singular(word: str) -> str:
    """A crude English singular, lower case: "counties" → "county", "workers" → "worker"."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w
