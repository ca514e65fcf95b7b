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

from copydesk.extract.names import translit_key

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
