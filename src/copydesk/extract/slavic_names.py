"""Ukrainian names in their Ukrainian and their Russian romanisation.

English coverage of Ukraine writes one person two ways: "Oleksiy Hnatyuk" after the
Ukrainian spelling, "Alexei Gnatyuk" after the Russian one, often in copies of one wire
story. No similarity threshold joins them without also joining different people (Alexei
and Oleksiy share little; Hnatyuk and Gnatyuk differ where Hill and Gill do), so the
given names are listed, and a surname may differ from another by a Ukrainian "h" for a
Russian "g" only where English names have no such pair: before a consonant ("Hn", "Hr",
"Hl"), and for one person only when the given names are listed ones (Declan Rohan and
Declan Rogan, Hanna and Anna Lindqvist are two people each: a regression probe).
"""

from __future__ import annotations

from collections.abc import Iterable

from copydesk.extract.cyrillic_forms import readings_of
from copydesk.extract.mentions import Candidate
from copydesk.extract.names import translit_key
from copydesk.extract.votes import form_key
from copydesk.letters import UKRAINIAN_LETTERS, has_cyrillic, romanised
from copydesk.unionfind import UnionFind

#: One given name in its Ukrainian and Russian romanisations (lower case, accents off).
_GIVEN_NAMES: tuple[tuple[str, ...], ...] = (
    ("oleksiy", "oleksii", "olexiy", "aleksei", "alexei", "alexey", "aleksey"),
    ("oleksandr", "olexandr", "aleksandr", "alexandr", "alexander"),
    ("serhiy", "serhii", "sergei", "sergey", "sergiy"),
    ("volodymyr", "vladimir"),
    ("mykola", "nikolai", "nikolay"),
    ("andriy", "andrii", "andrei", "andrey"),
    ("dmytro", "dmitry", "dmitri", "dmitriy"),
    ("bohdan", "bogdan"),
    ("hennadiy", "hennadii", "gennady", "gennadiy", "gennadi"),
    ("petro", "pyotr", "petr"),
    ("pavlo", "pavel"),
    ("mykhailo", "mykhaylo", "mikhail"),
    ("vasyl", "vasily", "vasili", "vasiliy"),
    ("hryhoriy", "hryhorii", "grigory", "grigoriy"),
    ("ihor", "igor"),
    ("kyrylo", "kirill"),
    ("yevhen", "yevgeny", "yevgeniy", "evgeny"),
    ("yuriy", "yurii", "yuri", "yury"),
    ("maksym", "maksim", "maxim"),
    ("valeriy", "valerii", "valery"),
    ("anatoliy", "anatolii", "anatoly"),
    ("vitaliy", "vitalii", "vitaly"),
    ("arseniy", "arsenii", "arseny"),
    ("denys", "denis"),
    ("olena", "elena", "yelena"),
    ("tetiana", "tetyana", "tatiana", "tatyana"),
    ("iryna", "irina"),
    ("halyna", "galina"),
    ("liudmyla", "lyudmyla", "lyudmila", "ludmila"),
    ("nataliya", "natalia", "natalya"),
    ("yuliya", "yulia", "iuliia"),
)
_GIVEN_KEY = {translit_key(name): group[0] for group in _GIVEN_NAMES for name in group}
_VOWELS = frozenset("aeiouy")


def listed_given_name(name: str) -> bool:
    """Whether a given name is one of the listed Ukrainian or Russian ones: a sign that a
    surname's "h" and "g" may be one letter (Declan Rohan and Declan Rogan are two)."""
    return translit_key(name) in _GIVEN_KEY


def same_given_name(a: str, b: str) -> bool:
    """Whether two given names are one in its two romanisations."""
    key = _GIVEN_KEY.get(translit_key(a))
    return key is not None and key == _GIVEN_KEY.get(translit_key(b))


def h_for_g(a: str, b: str) -> bool:
    """Whether two surnames (lower case) differ only by a Ukrainian "h" for a Russian
    "g", each before a consonant (Hnatyuk, Gnatyuk; not Hill and Gill, nor Rohan and
    Rogan: a regression probe's two Irish namesakes had been merged)."""
    a, b = translit_key(a), translit_key(b)
    if len(a) != len(b) or a == b:
        return False
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        if x == y:
            continue
        if {x, y} != {"h", "g"}:
            return False
        after = a[i + 1] if i + 1 < len(a) else ""
        if not after or after in _VOWELS:
            return False
    return True


#: Shortest one-word Cyrillic name read both ways (г as "g" and as "h"): a shorter one
#: may be a Russian spelling of another name ("Гилл", Gill, is no "Hill").
SCRIPT_JOIN_MIN_LETTERS = 6


def join_scripts(cands: Iterable[Candidate], union: UnionFind, index: dict[str, int]) -> None:
    """Join a name written in Cyrillic to the form its other reading keys: Ukrainian's г
    is "h" ("Шмигаль" is Shmyhal, "Галущенко" Halushchenko), and so is Russian's in the
    names of others that Russian writes with г (the Russian press's "Шмыгаль" is
    Shmyhal too, as "Гамбург" is Hamburg); a Ukrainian є or і read the Russian way meets
    the Russian spelling ("Синєгубов", "Синегубов"). The keys read Cyrillic as Russian
    unless a word has a letter only Ukrainian writes (:func:`copydesk.letters.romanised`),
    so an English report's Denys Shmyhal had stayed apart from a Ukrainian report's Денис
    Шмигаль (a held-out set: bench/entities_cyrillic.py)."""
    for c in cands:
        surface = c.surface
        if not has_cyrillic(surface) or form_key(surface) not in index:
            continue
        if " " not in surface.strip() and len(surface) < SCRIPT_JOIN_MIN_LETTERS:
            continue
        for key in (form_key(romanised(surface, ukrainian=False)),
                    form_key(romanised(surface, ukrainian=True))):
            if key in index:
                union.join(index[form_key(surface)], index[key])


def a_given_name_alone(c: Candidate) -> bool:
    """Whether ``c`` is one Cyrillic word tagged a person that the dictionary reads as a
    given name and never as a place ("Герман"). Its key may be an English demonym's
    ("german"), whose place votes would make it a place: a held-out probe's «…», —
    сказал Герман had become an alias of Germany."""
    surface = c.surface
    if c.label != "person" or " " in surface.strip() or not has_cyrillic(surface):
        return False
    language = "uk" if set(surface) & UKRAINIAN_LETTERS else "ru"
    readings = readings_of(surface, language)
    return any("Name" in p.tag.grammemes for p in readings) and not any(
        "Geox" in p.tag.grammemes for p in readings)
