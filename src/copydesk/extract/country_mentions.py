"""Countries a tagger left out or left untyped, found by their names in any language
copydesk reads (``copydesk.countries``).

spaCy reads only English, natasha misses a country opening a Ukrainian sentence
("Угорщина заперечила") and leaves "Україна" untyped, and the lexical rules of German,
French and Spanish type no one-word place they are not cued to ("Ungarn widersprach",
"Hungría se opuso"): a held-out probe's four reports of one grain deal lost Hungary in
three languages of four. A run of capitalised words (up to four, with the lower-case
words inside a country's name: "Trinidad y Tobago") that is a country's name is a place.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from copydesk.countries import english_name, english_names, first_words
from copydesk.exonyms import EXONYMS
from copydesk.extract.cyrillic_forms import nominative
from copydesk.extract.cyrillic_spans import an_institutions_name
from copydesk.extract.mentions import Candidate, candidate_at
from copydesk.letters import has_cyrillic

#: Words in a name (letters, with an inner apostrophe or hyphen).
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: Most words a country's name has, as the catalogues write them.
MAX_WORDS = 4


def with_countries(article_id: str, text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with untyped country names typed as places, and those no span covers
    whole added as places in place of the pieces inside them; a Russian or Ukrainian
    organisation's name ends with a country written right after it."""
    typed = [replace(c, label="place") if c.label is None and _a_country(c.surface)
             else c for c in found]
    added: list[Candidate] = []
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        end_at = _country_at(text, words, i)
        if end_at < 0:
            i += 1
            continue
        start, end = words[i].start(), words[end_at].end()
        owner = next((c for c in typed if c.end + 1 == start and text[c.end] == " "
                      and c.label == "organisation" and has_cyrillic(c.surface)
                      and an_institutions_name(c.surface)), None)
        if owner is not None:
            # "Збройних сил України": the country completes the organisation's name
            whole = candidate_at(article_id, text, owner.start, end, "organisation")
            if whole is not None:  # ("МИД России": the tagger's place goes)
                typed = [whole if c is owner else c for c in typed
                         if not (start <= c.start and c.end <= end)]
                i = end_at + 1
                continue
        inside = [c for c in typed if c.start < end and start < c.end]
        # a name cut in pieces ("Trinidad" a person, "Tobago" a place) is the country
        if all(start <= c.start and c.end <= end and (c.start, c.end) != (start, end)
               for c in inside):
            cand = candidate_at(article_id, text, start, end, "place")
            if cand is not None:
                added.append(cand)
                typed = [c for c in typed if c not in inside]
        i = end_at + 1
    if not added:
        return typed
    return sorted(typed + added, key=lambda c: (c.start, c.end))


def _country_at(text: str, words: list[re.Match[str]], i: int) -> int:
    """The index of the last word of the longest country's name that starts at word
    ``i`` (a capitalised one), or -1."""
    word = words[i].group()
    if not word[0].isupper():
        return -1
    if word.lower().replace("ё", "е") not in _first_words():
        # a Russian or Ukrainian country in another case: "Прем'єр-міністр України"
        return i if has_cyrillic(word) and _a_country_in_any_case(word) else -1
    for last in range(min(len(words), i + MAX_WORDS) - 1, i - 1, -1):
        if not words[last].group()[0].isupper():
            continue  # a name ends on a capitalised word
        gaps = (text[words[k].end():words[k + 1].start()] for k in range(i, last))
        if any(g != " " for g in gaps):
            continue
        if _a_country(text[words[i].start():words[last].end()]):
            return last
    return -1


def _a_country(name: str) -> bool:
    """Whether ``name`` is a country's, by the ISO catalogues or by the exonyms
    ("Сполучені Штати", which the Ukrainian catalogue writes only in full or as США)."""
    return english_name(name) is not None or \
        EXONYMS.get(name.lower().replace("ё", "е")) in english_names()


@lru_cache(maxsize=50_000)
def _a_country_in_any_case(word: str) -> bool:
    """Whether a Cyrillic ``word``'s nominative, read as Ukrainian or as Russian, is a
    country's name."""
    return any(_a_country(nominative(word, "place", language)) for language in ("uk", "ru"))


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return first_words() | {name.split(" ")[0] for name, english in EXONYMS.items()
                            if english in english_names()}


__all__ = ["with_countries"]
