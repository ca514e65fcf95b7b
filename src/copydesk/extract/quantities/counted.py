"""What a number counts when the noun follows it: "12 people killed", "300 job losses",
"40 vehicles were hit". The phrase stops at a verb, a clause or a name."""

from __future__ import annotations

from copydesk.extract.quantities.lexicon import (
    _AUX,
    _CASUALTY,
    _DONE_AFTER,
    _DONE_TO,
    _JOINERS,
    _LEFT_OUT,
    _MONTHS,
    _PARTITIVE,
    _STOP,
    _TENS_WORDS,
    _UNITS_WORDS,
    CASUALTY_AS,
    CURRENCY_CODES,
    MAX_COUNT_WORDS,
)
from copydesk.extract.quantities.tokens import _Tok

#: Words that are adverbs at a phrase's end and adjectives before a noun.
_ADVERBS_AT_THE_END = frozenset({"online", "offline", "overseas", "here", "home"})
#: Words of a distance from a mark before "of": "four short of a majority", "two shy of
#: the record" (an election probe's "count of short").
_SHORT_OF = frozenset({"short", "shy", "clear"})
#: Idioms after "in" that name nothing a number counts ("in exchange for", "in total"; a
#: standards-desk probe's bribes were a count of "exchange").
_IN_IDIOMS = frozenset(
    "exchange return total addition advance full part turn response particular".split())


def _counts(
    toks: list[_Tok], j: int, unit: str | None, hyphenated: bool = False,
    nouns_capitalised: bool = False,
) -> tuple[str | None, int]:
    """The noun phrase counted after the number and unit, and the index after it.

    After a measure ("4% of voters", "eight years of fighting") the phrase needs
    "of": "4% spread over", "three years running" count nothing. A hyphenated
    unit is an adjective ("a 90-minute meeting"), and money may run straight on.
    """
    opening = _phrase_start(toks, j, unit, hyphenated, nouns_capitalised)
    if opening is None:
        return None, j
    k, partitive = opening
    words, k = _phrase_words(toks, j, k, unit, nouns_capitalised)
    if not words:
        # "12 people died and 41 were wounded": a toll whose noun is left out counts people.
        m = _past_bridge(toks, k)
        if unit is None and m > k and m < len(toks) and toks[m].low in _CASUALTY:
            return _LEFT_OUT + CASUALTY_AS.get(toks[m].low, toks[m].low), m + 1
        return None, j
    if not nouns_capitalised and _a_name_not_a_count(words):
        return None, j  # "Arsenal 2 Chelsea 3": a score, not two Chelseas
    if nouns_capitalised and not any(w.text[0].isupper() for w in words):
        return None, j  # German counts a noun, and nouns are capitalised ("40 wurden verletzt")
    phrase = " ".join(w.text for w in words)
    befell = _what_befell(toks, k, phrase)
    if befell is not None:
        return befell
    return (None, j) if partitive else (phrase, k)


def _phrase_start(
    toks: list[_Tok], j: int, unit: str | None, hyphenated: bool, nouns_capitalised: bool,
) -> tuple[int, bool] | None:
    """(index of the counted phrase's first word, whether the number is a part of a count
    given elsewhere) past a joiner at ``j`` ("of", "worth of the"), or None where what
    follows the number and unit can count nothing: a distance ("four short of"), a
    measure without "of", a span of time, an idiom ("in exchange for")."""
    k = j
    if k + 1 < len(toks) and toks[k].low in _SHORT_OF and toks[k + 1].low == "of":
        return None  # "four short of a majority": a distance, no thing counted
    partitive = False
    measure = unit is not None and unit not in CURRENCY_CODES and not hyphenated
    if measure and not (k < len(toks) and toks[k].low == "of"):
        return None
    if k < len(toks) and toks[k].low in _JOINERS:
        if unit in {"second", "minute", "hour", "day", "week", "month", "year", "decade"} \
                and toks[k].low != "of":
            return None
        if toks[k].low == "in" and k + 1 < len(toks) and toks[k + 1].low in _IN_IDIOMS:
            return None  # "bribes worth 240,000 euros in exchange for permits"
        if toks[k].low == "in" and nouns_capitalised:
            return None  # German "in" says where: "300 in Werk Nord" counts no works
        if unit is None and toks[k].low == "of" and k + 1 < len(toks) \
                and toks[k + 1].low in _PARTITIVE and k > 0 and (
                    toks[k - 1].low[:1].isdigit() or toks[k - 1].low in _UNITS_WORDS
                    or toks[k - 1].low in _TENS_WORDS) and not (
                    k > 1 and toks[k - 2].low in _DONE_TO | _DONE_AFTER):
            # ("Police arrested 14 of the protesters" counts the protesters arrested)
            # "19 of the injured were in a serious condition" is part of a count, not its
            # total (it had been the hospital's count of injured); "two of the injured
            # workers later died" counts the dead among them.
            partitive = True
        k += 1
        if k < len(toks) and toks[k].low == "of":  # "worth of"
            k += 1
        if toks[k - 1].low == "of" and k < len(toks) and toks[k].low in {"the", "its", "their"}:
            k += 1  # "12% of the harvest"
    return k, partitive


def _phrase_words(
    toks: list[_Tok], j: int, k: int, unit: str | None, nouns_capitalised: bool,
) -> tuple[list[_Tok], int]:
    """(the words of the counted phrase from ``k``, the index after them): it runs to its
    plural head and stops before a verb, a clause, a gap or a new name (``j`` is where
    the words after the number and unit begin)."""
    words: list[_Tok] = []
    while k < len(toks) and len(words) < MAX_COUNT_WORDS:
        t = toks[k]
        if t.low in _ADVERBS_AT_THE_END and (
                k + 1 >= len(toks) or not toks[k + 1].text[0].isalnum()
                or toks[k + 1].low in _STOP):
            break  # "contracts worth more than €10,000 online." (not "12 online retailers")
        if not words and unit in CURRENCY_CODES and t.low.endswith("ing") and k + 1 < len(toks) \
                and toks[k + 1].low in _PARTITIVE | {"a", "an", "our", "his", "her"}:
            break  # "spend 3 billion euros rebuilding the line": a verb, not what it counts
        if not words and k == j and unit in CURRENCY_CODES and (
                t.low.endswith("ed") or t.low in _SUM_PARTICIPLES) and k + 1 < len(toks) \
                and toks[k + 1].low in _AFTER_PARTICIPLE:
            # "90,000 crowns given to his campaign", "$2 million earmarked for": no "amount
            # of given"; but "a $30 million bed tower", "$5 million seed funding" name it.
            break
        if words and _joins_hyphen(toks, k, words[-1]):
            # "tit-for-tat tariffs", "long-range missiles": one word across its hyphens.
            nxt = toks[k + 1]
            last = words[-1]
            joined = f"{last.text}-{nxt.text}"
            words[-1] = _Tok(last.start, nxt.end, joined, joined.lower())
            k += 2
            if _is_plural_head(words[-1]) and not _joins_hyphen(toks, k, words[-1]):
                break
            continue
        if words and t.start - words[-1].end > 1:
            break  # a line break or punctuation gap ends the phrase
        if not t.text[0].isalpha() or t.low in _STOP or t.low in _MONTHS \
                or t.low in _UNITS_WORDS or t.low in _TENS_WORDS:
            break
        if words and unit in CURRENCY_CODES and t.low in _MONEY_GERUNDS:
            words.append(t)  # "$300 million in emergency financing" (not "in emergency")
            k += 1
            break
        if words and (t.low.endswith("ed") or t.low.endswith("ing") or t.low in _VERBS_S):
            break  # "troops gathered at", "the $130 million reduction falls on": a verb
        if nouns_capitalised and t.text[0].islower() and any(w.text[0].isupper() for w in words):
            break  # German: the noun ends the phrase ("12 Menschen sind ums Leben gekommen")
        if not words and k == j and _is_verb_after_count(toks, k):
            break  # "eight expected a cut": a verb, not an adjective ("300 skilled workers")
        if t.text[0].isupper() and t.text.isalpha() and not t.text.isupper() and words \
                and not words[-1].text[0].isupper():
            break  # a new name starts: "troops Russia…"
        words.append(t)
        k += 1
        if _is_plural_head(t) and not _joins_hyphen(toks, k, t) and not (
                t.low in _IRREGULAR_PLURALS and k < len(toks) and toks[k].low.endswith("ers")
                and toks[k].text.islower()):
            break  # a plural noun is the head: "vessels stuck in the bay" (not "people smugglers")
    return words, k


def _what_befell(toks: list[_Tok], k: int, phrase: str) -> tuple[str, int] | None:
    """(the phrase with what befell those counted, the index after it) where the words
    after the phrase at ``k`` say: "14,000 people have been killed" → "people killed",
    "17 people lost their lives" → "people died"; else None."""
    m = _past_bridge(toks, _past_age(toks, k))
    if m == k and k < len(toks) and toks[k].low in ("who", "that"):
        # "among the 16 people who died", "the 30 people who were injured": the toll (a
        # fact-checker probe's 16 dead were a count of "people", the nearest name's)
        after = _past_bridge(toks, k + 1)
        if after < len(toks) and toks[after].low in _CASUALTY:
            m = after
    if m < len(toks) and (toks[m].low in _CASUALTY or (m > k and toks[m].low in _DONE_AFTER)):
        phrase += " " + CASUALTY_AS.get(toks[m].low, toks[m].low)
        return phrase, (k if m > k else m + 1)
    if [t.low for t in toks[m:m + 3]] == ["lost", "their", "lives"]:
        return phrase + " died", k  # "17 people lost their lives": the toll
    if m > k and phrase.lower() == "others" and m < len(toks) and toks[m].text.islower() \
            and toks[m].low.endswith("ed"):
        # "Nine others remain stranded": what befell them names them (a held-out
        # quantities probe's "others remain trapped" counted "others", never compared)
        return phrase + " " + toks[m].low, k
    return None


def _increment_at(toks: list[_Tok], j: int) -> str:
    """"more" of "killed two more people": the number adds to a toll given elsewhere, so
    it is part of the toll and never a rival figure for it (``facts.reconcile`` keeps
    such parts out of conflicts). Not "12 more than". ("further" and "additional" are no
    stop words: the counted phrase keeps them anyway.)"""
    if j < len(toks) and toks[j].text == "more" \
            and not (j + 1 < len(toks) and toks[j + 1].low == "than"):
        return "more"
    return ""


def _a_name_not_a_count(words: list[_Tok]) -> bool:
    """A phrase of capitalised words only, whose last is no plural: a name that follows a
    number ("Arsenal 2 Chelsea 3", "Rovers 2-3 United") rather than a counted group
    ("40 Palestinians", "three Swiss", "two Dutch", "300 Boeing jets" run on in lower
    case). A results table had become facts such as "Arsenal count of chelsea 3"."""
    last = words[-1].text
    return all(w.text[0].isupper() for w in words) and not last.isupper() \
        and not last.lower().endswith(_PLURAL_NAME_ENDINGS)


#: How names of peoples end in English when they count people: Americans, Chinese,
#: British, Dutch, French, Swiss.
_PLURAL_NAME_ENDINGS = ("s", "ese", "ish", "ch", "ss")


def _past_bridge(toks: list[_Tok], k: int) -> int:
    """The index after the auxiliaries and hedges between a counted noun and what happened
    to it: "have been killed", "are now known to have died", "are feared dead"; and where
    they were, "on board" ("All 64 people on board were killed" counted "people", a
    held-out quantities probe's)."""
    m = k
    while m < len(toks) and m - k < 7:
        if toks[m].low == "on" and m + 1 < len(toks) and toks[m + 1].low == "board":
            m += 2
        elif toks[m].low in _BRIDGE:
            m += 1
        else:
            break
    return m


def _past_age(toks: list[_Tok], k: int) -> int:
    """The index after an age in apposition (", aged 15 and 16,") at ``k``, else ``k``:
    "Three climbers, aged 19 to 23, died" counts the dead (a held-out quantities probe's
    "Two teenagers, aged …, died" counted "teenagers")."""
    if not (k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].low in {"aged", "ages"}):
        return k
    for m in range(k + 2, min(len(toks), k + 9)):
        if toks[m].text == ",":
            return m + 1
        if not (toks[m].text[:1].isdigit() or toks[m].low in {"and", "to", "between", "-"}):
            return k
    return k


#: Words between a counted noun and its casualty word. Before the sixteenth session only
#: auxiliaries: "Fourteen people are now known to have died" counted "people", which
#: is never compared, and the story's 14 never met another report's 12.
_BRIDGE = _AUX | {
    "now", "all", "also", "already", "since", "so", "far", "later", "known", "believed",
    "thought", "feared", "presumed", "reported", "confirmed", "said", "understood", "to",
    # "25 people were still missing", "13 remain missing" (a count of "people" was shown
    # as if it were the toll)
    "still", "remain", "remains", "remained",
    # how badly: "2 guards were slightly hurt" counted "guards" (a held-out quantities
    # probe)
    "slightly", "seriously", "critically", "badly", "severely", "gravely", "lightly",
    "fatally", "mortally", "moderately", "aboard", "onboard",
}


#: Verbs that follow a count whose noun is left out, not in -ed (a probe found "two remain
#: in a critical condition" as a count of "remain").
_BARE_COUNT_VERBS = frozenset({
    "remain", "remains", "remained", "survive", "survived", "stay", "stayed", "say", "said",
    "agree",
    "disagree", "left", "went", "came", "fled", "were", "are", "was", "is", "have", "had",
})


def _is_verb_after_count(toks: list[_Tok], k: int) -> bool:
    """A word in -ed right after a number that a function word or punctuation follows:
    the verb of a count whose noun is left out ("eight expected a cut", "five agreed.")."""
    t = toks[k]
    if t.low in _BARE_COUNT_VERBS:
        return True  # "two remain in a critical condition": no "count of remain"
    if not t.low.endswith("ed") or t.low in _CASUALTY:
        return False
    return k + 1 >= len(toks) or toks[k + 1].low in _STOP or not toks[k + 1].text[0].isalpha()


def _is_plural_head(t: _Tok) -> bool:
    """"vessels", "people", not "region's" (a possessive runs on to its noun) or "bus"."""
    if t.text.islower() and t.low in _IRREGULAR_PLURALS:
        return True  # "41 people hours before the talks" counted "people hours"
    # (a compound "people smugglers" runs on: see _counts)
    return t.text.islower() and t.low.endswith("s") and not t.low.endswith(("ss", "us")) \
        and len(t.low) > 3 and not t.low.endswith(("'s", "’s")) and t.low not in _NOT_PLURALS


#: Words in -s before a noun that are no plural: "400 overseas workers" counted "overseas".
_NOT_PLURALS = frozenset({"overseas", "various", "serious", "previous", "famous", "nervous"})


#: Plurals without an -s that end a counted phrase; not "police", "women", "men",
#: which often modify a noun ("2,000 police officers", "12 women workers").
_IRREGULAR_PLURALS = frozenset({"people", "children"})


def _joins_hyphen(toks: list[_Tok], k: int, last: _Tok) -> bool:
    """Whether toks[k] is a hyphen written tight between ``last`` and a next word."""
    return (
        k + 1 < len(toks) and toks[k].text == "-" and toks[k].start == last.end
        and toks[k + 1].start == toks[k].end and toks[k + 1].text[0].isalpha()
    )


#: Verbs in -s that follow a counted noun and are no part of it ("the $130 million
#: reduction falls mostly on parks" counted "reduction falls" for a regression probe).
_VERBS_S = frozenset(
    "falls rises goes comes includes takes brings represents follows affects applies "
    "reaches replaces exceeds amounts begins lasts".split())


# Not "funds", "remains", "covers", "marks", "means", "leaves", "ends", "starts": nouns as
# often ("emergency funds", "human remains"); "emergency funds" had become "emergency".
#: Words after a participle that show it is one: "given to", "earmarked for", "raised by".
_AFTER_PARTICIPLE = frozenset("to for by in on from at with into under over as".split())


#: Nouns in -ing a sum is of, after a word naming its kind: "$300 million in emergency
#: financing" counted "emergency" (a real-names probe), "in new funding" "new".
_MONEY_GERUNDS = frozenset(
    "funding financing spending lending borrowing housing training building".split())

#: Participles after a sum, not ending in -ed, that say what was done with it.
_SUM_PARTICIPLES = frozenset("given taken stolen lost spent paid owed won sent lent".split())
