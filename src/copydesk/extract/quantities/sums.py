"""What a sum of money or a percentage is when it is named around it: "a fine of €6
million", "health spending of 41.2 billion", "the key rate to 5%"; a sum asked for is
not one imposed."""

from __future__ import annotations

import re

from copydesk.extract.quantities.lexicon import _STOP, _UNITS_WORDS
from copydesk.extract.quantities.tokens import _Tok

#: What a sum is, written before it: "a fine of", "bail of", "bribes of", "a loan of".
_PAID_OF = re.compile(
    # with the word before it, which may say which sum: "health spending", "annual revenue"
    r"(?:(?<![\w'’])(?P<mod>[a-z][a-z-]*)\s+)?\b(fine|bail|bribes?|ransom|damages|compensation|grant|loan|penalty|settlement|salary"
    r"|bonus|budget|payout|subsidy|levy|tax"
    # "health spending of 41.2 billion crowns", "a deal of $3 billion": a sum named by
    # its value only is its own fact, and an outlet's corrected figure (14.2 billion for
    # 41.2) never met the one it corrected (an incremental-run probe)
    r"|spending|funding|investment|aid|revenues?|profits?|loss(?:es)?|debts?|deficit|contract"
    r"|deal|package|donations?|contributions?"
    # A company's results and a takeover's price, in the words a markets desk writes: a
    # finance probe's "net income of $2.1 billion", "a deal worth €7.4bn" and "net profit
    # rose to $1.2 billion" were sums of nothing, never compared with other outlets'. Not
    # "offer" or "bid": one outlet's "offer of $120 million" is another's "$120 million in
    # aid", which had been one fact (a regression run). Not "income" alone: a household's
    # income is no company's result.
    # Not "sales" or "turnover", nor "was", "totalled": a group's sales, a segment's
    # revenue, last year's and next year's were all named alike, and conflicted with one
    # another (a regression probe).
    r"|net\s+income|earnings|takeover|acquisition|valuation)"
    # A change needs "to": "net income rose $200 million, to $1.5 billion" is a change.
    r"\s+(?:of|worth|valued\s+at|(?:rose|fell|climbed|jumped|dropped|grew|increased"
    r"|decreased|declined|slipped|surged|slumped|soared)\s+to)\s+(?:(?:about|around"
    r"|nearly|almost|some|more\s+than|over|up\s+to|at\s+least)\s+)?$", re.IGNORECASE)
#: What follows a sum that makes it no level of what was named before it: a difference
#: ("valuation was $3 billion higher") or a figure per share ("earnings were $2.10 a
#: share"), which had each been compared with the whole (a regression probe).
_NOT_THE_LEVEL = re.compile(r"\s*(?:higher|lower|more|less|above|below|bigger|smaller"
                            r"|(?:a|per)\s+share)\b", re.IGNORECASE)


#: Nouns after a sum that name the sum itself, not what it buys or pays for.
_SUM_ITSELF = frozenset("figure figures number sum amount total estimate".split())


#: A sum asked for, not imposed or agreed: "prosecutors had asked for a fine of €6
#: million" stood as a rival figure for the fine the court imposed.
_SOUGHT = re.compile(r"\b(?:ask(?:ed|ing|s)?\s+for|sought|seek(?:s|ing)?|demand(?:ed|ing|s)?"
                     r"|call(?:ed|ing|s)?\s+for|request(?:ed|ing|s)?|propos(?:ed|ing|es))"
                     r"\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


#: A sum's participle that makes it one asked for: "the €6 million sought by prosecutors".
_ASKED_WORDS = frozenset({"sought", "requested", "demanded"})


#: Who asked for a sum, written after it: "the €6 million prosecutors had sought", "the
#: $1.95 billion the mayor had requested".
_ASKED_AFTER = re.compile(
    r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,2}(?:had|have|has)\s+"
    r"(?:sought|asked\s+for|demanded|requested|proposed|wanted)\b", re.IGNORECASE)


#: What a sum asked for was, named earlier in the sentence ("fined … €4.2 million, less than
#: the €6 million prosecutors had sought": a fine).
_KIND_BEFORE = re.compile(
    r"\b(fine|bail|damages|compensation|ransom|penalty|settlement|budget|subsidy|grant)",
    re.IGNORECASE)


#: A sum right after "fined" and whom it fined (at most five words) is a fine: a
#: standards-desk probe's verdict ("fined Brightwater Foods €4.2 million") was "amount of
#: money" while another report's "a fine of €4.5 million" was "amount of fine", and the
#: two never met.
_FINED = re.compile(r"\bfined\s+(?:[\w.&'’-]+\s+){0,5}$", re.IGNORECASE)


#: Nouns a percentage measures when written next to it: "the key rate to 5%", "the 18%
#: wheat duty", "inflation rose to 3.1%". Without one the figure counted nothing and
#: never became a fact: a rate cut's story had "count of members: 2" as its top fact.
_MEASURED_NOUNS = frozenset(
    "rate rates inflation unemployment duty duties tariff tariffs tax taxes levy turnout "
    "growth stake yield margin premium deficit surplus discount fee fees wage wages pay "
    "salary salaries price prices quota output occupancy approval support majority "
    "unemployed vat".split()
)


#: Words that may stand between the measured noun and its percentage ("rate to 5%",
#: "inflation rose to 3.1%", "turnout was 61 percent", "duty falls to 6%").
_MEASURE_VERBS = frozenset(
    "to at of by was is were are stood stands rose rises risen fell falls fallen dropped "
    "drops climbed climbs jumped jumps eased eases slowed slows reached reaches hit hits "
    "cut cuts raised raises lowered lowers increased increases decreased decreases remained "
    "remains went goes came comes will would be been has had have now further up down".split()
)


_NOUN_WORD = re.compile(r"[a-z][a-z-]*$")
#: Verbs whose object a measured noun is, and no modifier of it: "textiles, which face
#: tariffs of up to 12 percent" measured "face tariffs" (a real-names probe).
_VERBS_BEFORE_A_MEASURE = frozenset(
    "face faces faced facing charge charges charged charging impose imposes imposed "
    "imposing levy levies levied levying apply applies applied applying carry carries "
    "carried attract attracts attracted see sees saw seen get gets got bear bears bore "
    "collect collects collected offer offers offered".split())


def _measured(text: str, toks: list[_Tok], start_i: int, after_i: int) -> str | None:
    """The noun a percentage measures: right after it ("the 18% wheat duty", "a 25%
    stake") or before it across a verb ("cut its key rate to 5%", "inflation rose to
    3.1%"), with up to two words before the noun ("key rate", "wheat duty"). Not across
    another number: "to 5% from 5.25%" leaves the old 5.25% uncounted, and so no rival."""
    if _a_change(toks, start_i):
        return None  # "rose by 2% to 7%": the rate is 7 %, the 2 % only how far it moved
    after = [t.low for t in toks[after_i:after_i + 3]]
    for n, word in enumerate(after):
        if not _NOUN_WORD.match(word):
            break
        if word in _MEASURED_NOUNS:
            return " ".join(after[: n + 1])
    k = start_i - 1
    if k > 0 and toks[k].low == "to":
        # "cut its main policy rate by a quarter of a percentage point to 5.00%": the
        # change between the noun and its new value.
        by = next((b for b in range(k - 1, max(-1, k - 9), -1) if toks[b].low == "by"), None)
        # or the size of the change without "by": "rose 2 percentage points to 7%".
        k = by if by is not None else _before_an_amount(toks, k)
    while k >= 0 and toks[k].low in _MEASURE_VERBS and start_i - k <= 12:
        k -= 1
    if k >= 0 and toks[k].low not in _MEASURED_NOUNS:
        k = _past_modifier(toks, k)
    if k < 0 or toks[k].low not in _MEASURED_NOUNS or toks[k].end > toks[start_i].start:
        return None
    if any(c in text[toks[k].end:toks[start_i].start] for c in ".;:!?\n"):
        return None
    words = [toks[k].low]
    m = k - 1
    while m >= 0 and len(words) < 3 and _NOUN_WORD.match(toks[m].low) and toks[m].text.islower() \
            and toks[m].low not in _STOP and toks[m].low not in _MEASURE_VERBS \
            and toks[m].low not in _VERBS_BEFORE_A_MEASURE:
        words.insert(0, toks[m].low)
        m -= 1
    while m >= 0 and toks[m].low in {"the", "its", "their", "a", "an", "his", "her"}:
        m -= 1
    if m >= 0 and toks[m].low in _NOT_THE_VALUE:
        return None  # "two members preferring to hold the rate at 5.25%": not the rate
    return " ".join(words)


def _what_a_sum_is(
    text: str, toks: list[_Tok], start_i: int, j: int, counts: str | None, j2: int
) -> tuple[str | None, int]:
    """What a sum of money counts, and the index after its phrase: the noun after it
    (``counts``, ending at ``j2``) unless the sum was named before it or the noun names
    the number itself or who asked for it; else what is written before it ("a fine of",
    "asked for a fine of", "fined X")."""
    start = toks[start_i].start
    paid = _PAID_OF.search(text, max(0, start - 40), start)
    if paid and _NOT_THE_LEVEL.match(text, toks[j - 1].end):
        paid = None
    if counts is not None and (counts.split()[0] in _SUM_ITSELF or paid):
        # "bail of €50,000 pending an appeal": what the sum is was said before it, and
        # "the $2.4 billion figure refers to" names the number itself (a regression
        # probe's "amount of pending" and "amount of figure refers").
        counts, j2 = None, j
    if counts in _ASKED_WORDS or _ASKED_AFTER.match(text, toks[j - 1].end):
        # "the €6 million sought by prosecutors" is a sum sought, as the fine it was
        # compared with: its noun is no "sought" (the full name of a sum is its key).
        # "the €6 million prosecutors had sought": the noun after the sum is who asked
        # for it, not what it counts (a regression probe's "amount of prosecutors").
        kind = _KIND_BEFORE.findall(text, max(0, start - 200), start)
        return (kind[-1].lower() if kind else "sum") + " sought", j
    if counts is not None:
        return counts, j2
    if paid:
        counts = paid.group(2).lower()  # "a fine of 750,000 crowns"
        mod = (paid.group("mod") or "").lower()
        if mod and mod not in _STOP and mod not in _NOT_A_SUM_MODIFIER \
                and not mod.endswith(("ed", "ing")):  # "received donations of"
            # "defence spending of" and "education spending of" are two sums, "annual
            # revenue of" and "fourth-quarter revenue of" too (a regression probe: one
            # fact in conflict with itself); "spending of" alone is neither.
            counts = f"{mod} {counts}"
        if _SOUGHT.search(text, max(0, paid.start() - 40), paid.start()):
            counts += " sought"  # "prosecutors had asked for a fine of €6 million"
        return counts, j2
    if _FINED.search(text, max(0, start - 60), start):
        return "fine", j2  # "a court fined Brightwater Foods €4.2 million"
    estimate = _ESTIMATED_AT.search(text, max(0, start - 60), start)
    if estimate:
        # "estimated the damage at €40 million", "put the losses at": two officials'
        # estimates were sums of nothing, never compared (a briefing probe).
        what = _singular_of((estimate.group("what") or estimate.group("what2")).lower())
        whose = estimate.group("whose") or estimate.group("whose2")
        if whose:
            # "damage to the harbour" and "damage to farms" are two sums (a regression probe)
            what += " " + " ".join(w for w in whose.lower().split() if w not in _ARTICLES)
        return what, j2
    return None, j2


#: A sum an estimate puts on something, named before it ("estimated the damage at",
#: "put the cost of the repairs at", "damage to the harbour estimated at").
#: A qualifier before an estimated figure ("at about 40,000").
_ABOUT = (r"(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than|at\s+least|up\s+to"
          r"|as\s+many\s+as|just\s+under|just\s+over)\s+)?")


_WHOSE = r"(?:\s+(?P<{}>(?:of|to|from|for)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+))?"


_ARTICLES = frozenset({"the", "a", "an"})


#: Words before a sum's name that do not say which sum it is ("a total deal of").
_NOT_A_SUM_MODIFIER = frozenset("total overall new first last such whole entire its his her "
                                "every each any their our your one took takes gave gives got "
                                "gets made makes "
                                "won wins paid pays set sets show shows assume assumes include "
                                "includes expect expects report reports receive receives need "
                                "needs have has had see sees saw cut cuts raise raises project "
                                "projects forecast forecasts plan plans estimate estimates seek "
                                "seeks want wants offer offers approve approves announce "
                                "announces total totals public".split())


_ESTIMATED_AT = re.compile(
    r"\b(?:estimated|estimates|estimate|put|puts|putting|valued|values|assessed|assesses"
    r"|priced|prices|pegged)\s+(?:the\s+)?(?:total\s+)?(?P<what>damage|damages|cost|costs"
    r"|losses|loss|bill)" + _WHOSE.format("whose") + r"\s+at\s+" + _ABOUT + r"$"
    r"|\b(?:the\s+)?(?:total\s+)?(?P<what2>damage|cost|losses|bill)" + _WHOSE.format("whose2")
    + r"(?:\s+(?:was|is|has\s+been|had\s+been))?\s+(?:estimated|put|valued|assessed)\s+at\s+"
    + _ABOUT + r"$",
    re.IGNORECASE)


def _singular_of(word: str) -> str:
    return {"damages": "damage", "costs": "cost", "losses": "loss"}.get(word, word)


def _past_modifier(toks: list[_Tok], k: int) -> int:
    """The measured noun before a short "for"/"of"/"in" phrase that qualifies it: "Support
    for the tunnel stands at 58 percent", "Approval of the plan rose to 61%", "The jobless
    rate in Ambria climbed to 7 percent" (all counted nothing, so a poll or a rate gave
    no fact); ``k`` itself when there is none."""
    for p in range(k, max(-1, k - 4), -1):
        if toks[p].low in {"for", "of", "in"} and p > 0 and toks[p - 1].low in _MEASURED_NOUNS \
                and all(t.text.isalpha() for t in toks[p + 1:k + 1]):
            return p - 1
    return k


#: Words of a change's size between a verb and "to": "rose 2 percentage points to 7%".
_AMOUNT_WORDS = frozenset({"percentage", "point", "points", "%", "percent", "pct", "basis"})


def _before_an_amount(toks: list[_Tok], to: int) -> int:
    """The index before the amount a change is written with just before ``to`` ("2
    percentage points", "two points"), else ``to`` itself."""
    p = to - 1
    while p >= 0 and toks[p].low in _AMOUNT_WORDS:
        p -= 1
    if p < to - 1 and p >= 0 and (toks[p].low[:1].isdigit() or toks[p].low in _UNITS_WORDS):
        return p - 1
    return to


def _a_change(toks: list[_Tok], start_i: int) -> bool:
    """A percentage after "by", "up" or "down" says how far a figure moved ("fell by 2%",
    "rose by 2% to 7%", "went up 4%"), not what it is. ("Rose 3% to 4%" is a range,
    and stays one.)"""
    return start_i > 0 and toks[start_i - 1].low in {"by", "up", "down"}


#: Verbs before a measured noun that make its percentage a wish, not its value.
_NOT_THE_VALUE = frozenset(
    "hold holding held keep keeping kept leave leaving maintain maintaining prefer "
    "preferring preferred want wanted wants propose proposed proposing seek sought seeking "
    "demand demanded demanding urge urged target targeting expect expected forecast "
    "predict predicted".split()
)
