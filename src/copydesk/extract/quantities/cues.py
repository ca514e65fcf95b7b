"""Clues written before a number that name what it counts: a death toll ("bringing the
toll to 14"), a margin ("won by 312 votes"), a crowd's estimate ("police put the crowd at
40,000") and "the number of workers on strike stood at"."""

from __future__ import annotations

import re

from copydesk.extract.quantities.lexicon import _LEFT_OUT
from copydesk.extract.quantities.sums import _ABOUT

#: "the number of workers on strike stood at", "put the tally of arrests at": the counted
#: phrase is the one after "of".
_NUMBER_OF_RE = re.compile(
    r"\b(?:number|count|toll|tally)\s+of\s+"
    r"(?P<np>[a-z][\w-]*(?:\s+(?!(?:at|to|was|is|as|stood|stands|reached|reaches|rose|risen"
    r"|has|have|had|now|climbed|hit)\b)[a-z][\w-]*){0,3})"
    # "the number of injured stands at 40", "the number of people arrested has reached 12"
    r"\s+(?:(?:has|have|had|now)\s+)?(?:at|to|was|is|as|stood\s+at|stands\s+at|reached"
    r"|reaches|hit|(?:rose|risen|climbed|jumped|increased|fell|fallen|dropped)\s+to)\s*$"
)


#: "the death toll rose to 12", "the death toll from the fire stood at 12", "a death toll
#: of 12": the commonest way a toll is updated, which counted nothing before the sixteenth
#: session.
_DEATH_TOLL_RE = re.compile(
    r"\b(?:(?:death\s+)?toll|loss\s+of\s+life|number\s+of\s+(?:deaths|dead|fatalities|victims"
    # "the number of people killed in the fire has risen to 19"
    r"|(?:people|persons)\s+(?:killed|dead|who\s+(?:have\s+|had\s+)?died)))\s+"
    r"(?:(?:from|in|of|at|after)\s[^.;:!?]{0,100}?\s)?"  # "from the fire at the plant"
    r"(?:(?:has|had|have|was|is|now|then|officially|later)\s+){0,2}"
    r"(?:(?:rose|rises|risen|climbed|climbs|jumped|jumps|increased|grew|reached|reaches|hit"
    r"|hits|stood|stands|was|is|of|at|fell|fallen|dropped|lowered|corrected"
    # "the death toll was revised down to 38" (a regression probe's downward revision)
    r"|revised(?:\s+(?:down|up|upwards?|downwards?))?)\b\s*)(?:to\b|at\b)?\s*$"
    # "Road deaths in Ambria rose to 1,204" (a held-out quantities probe's counted nothing)
    r"|\b(?:deaths|fatalities)\s+(?:(?:from|in|on|of|at|after)\s[^.;:!?]{0,60}?\s)?"
    r"(?:(?:have|has|had)\s+)?(?:rose|risen|climbed|jumped|increased|fell|fallen|dropped"
    r"|reached|hit)\s+(?:to\s+)?$"
    # "…, bringing the death toll to 14", "which took the number of dead to 9"
    r"|\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes"
    r"|pushed|lifting|lifts|lifted|revised|revising|revises|lowered|lowering|corrected"
    r"|correcting)\s+(?:the\s+)?(?:(?:death\s+)?toll|number\s+of\s+(?:deaths"
    r"|dead|fatalities|victims))\s+"
    r"(?:(?:from|in|of|after)\s[^.;:!?]{0,100}?\s)?"  # "raising the death toll from Tuesday's…"
    r"(?:(?:down|up|upwards?|downwards?)\s+)?to\s*$",
    re.IGNORECASE,
)


_DEATHS_NEAR = re.compile(
    r"\b(?:dead|deaths?|died|killed|bodies|body|fatalities|victims|flood|quake|earthquake"
    r"|fire|blaze|crash|storm|disaster)\b", re.IGNORECASE)


#: A difference written before a count: "The margin was about 4,400 votes", "won by 312
#: votes", "a majority of 12 seats" count a margin, not the votes or seats (a facts
#: probe's 4,400 was shown as a later report of the winner's 48,210 votes).
_MARGIN_BEFORE = re.compile(
    # not "lead to 300 job losses", "the majority of 40 shops" (a regression probe)
    r"\b(?:(?:margin|lead|gap)\s+(?:was|is|of|stood\s+at|stands\s+at)"
    r"|(?:won|winning|wins|lost|losing|loses)\s+by|beat\s+\w+\s+by|ahead\s+by)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|just|only|some|over|under|more\s+than"
    r"|fewer\s+than|less\s+than)\s+)?$", re.IGNORECASE)


#: An estimate of a crowd's size, written before the number: "police estimated the crowd
#: at 40,000", "organisers put turnout at 120,000, police at 45,000", "the crowd was put at",
#: "a crowd of", "crowds numbering". The organisers' and the police's figures are the
#: commonest disputed count of a protest, and both counted nothing (a crowd of "people" at
#: most), so they were never compared. Turnout and attendance are a crowd only in a
#: sentence about a protest, march or rally (not an election's turnout nor a match's
#: attendance: a regression probe's derby crowd had disputed a march's).
_CROWD_WORDS = (r"(?:crowds?|turnout|attendance"
                r"|(?:the\s+)?size\s+of\s+the\s+(?:crowd|rally|march|protest))")


#: Who estimates a crowd, the noun of a second estimate that leaves "crowd" out
#: ("organisers put turnout at 120,000, police at 45,000"; not "the arrests at 40",
#: "officers at 2,500": a regression probe).
_ESTIMATORS = (r"(?:the\s+)?(?:police|organi[sz]ers|officials|authorities|city|council|ministry"
               r"|government|unions?|opposition|others|critics|media|estimates?|counts?)")


_CROWD_BEFORE = re.compile(
    r"\b(?:estimated|estimates|estimating|estimate|put|puts|putting|placed|places|placing"
    r"|pegged|pegs|numbered|counted)\s+(?:the\s+|their\s+|its\s+)?" + _CROWD_WORDS
    + r"\s+at\s+" + _ABOUT + r"$"
    + r"|\b" + _CROWD_WORDS + r"\s+(?:was|were|is|are|had\s+been|has\s+been)\s+"
    r"(?:officially\s+)?(?:estimated|put|placed|pegged|counted)\s+at\s+" + _ABOUT + r"$"
    + r"|\bcrowds?\s+(?:of|numbering|numbered|estimated\s+at|put\s+at)\s+" + _ABOUT + r"$"
    + r"|\b(?:estimated|put|puts|placed|pegged)\s+(?:the\s+)?" + _CROWD_WORDS
    + r"\s+at\s+" + _ABOUT + r"[\d.,]+(?:\s+(?:thousand|million))?\s*,?\s+(?:and\s+|while\s+"
    r"|but\s+|whereas\s+)?" + _ESTIMATORS + r"\s+(?:at\s+)?" + _ABOUT + r"$",
    re.IGNORECASE)


_PROTEST_WORDS = re.compile(
    r"\b(?:protests?|protesters|march(?:es|ed|ers)?|rall(?:y|ies)|demonstrat\w+|vigils?"
    r"|procession|walkout|strikers)\b", re.IGNORECASE)


def _clause_before(text: str, start: int) -> str:
    """The words of the number's clause before it (at most 160 characters)."""
    window = text[max(0, start - 160) : start]
    return window[max(window.rfind(". "), window.rfind("\n")) + 1 :]


def _crowd_before(text: str, start: int) -> bool:
    clause = _clause_before(text, start)
    m = _CROWD_BEFORE.search(clause)
    if m is None:
        return False
    if re.search(r"\bcrowds?\b|\bsize\b", m.group(), re.IGNORECASE):
        return True
    end = text.find(". ", start)
    return bool(_PROTEST_WORDS.search(clause + text[start : end if end > 0 else start + 200]))


def death_toll_before(text: str, start: int) -> bool:
    """Whether a death toll names the number at ``start`` ("the death toll rose to 193").
    A bare "toll" is one where the sentence speaks of the dead ("after finding the last
    two missing residents dead, bringing the toll … to 11"), not a road's or a strike's."""
    clause = _clause_before(text, start)
    toll = _DEATH_TOLL_RE.search(clause)  # a toll's phrase may run long: "from the fire at…"
    if toll is None:
        return False
    return any(w in toll.group().lower() for w in ("death", "loss of life")) or bool(
        _DEATHS_NEAR.search(clause))


def _number_of_before(text: str, start: int) -> str | None:
    """The counted phrase named before the number: "put the number of workers on strike
    at about 9,500" → "workers on strike"."""
    clause = _clause_before(text, start)
    if death_toll_before(text, start):
        return _LEFT_OUT + "killed"
    m = _NUMBER_OF_RE.search(clause[-90:])
    return m.group("np") if m else None
