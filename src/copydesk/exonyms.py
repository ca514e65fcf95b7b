"""Places English writes its own way, which no romanisation reaches: Москва is Moscow,
Женева Geneva, США the US. Stories key a Cyrillic name by it (``stories.cyrillic``), and
entities group their spellings by it (``extract.votes.form_key``), so that a Russian
report's Москва and an English report's Moscow are one place in both."""

from __future__ import annotations

from copydesk.countries import english_name

#: English names of places that romanisation and the alias table do not reach, by the
#: lower-case nominative in either language. Only entries whose romanised form is not
#: already joined with the English name (Берлин/Berlin, Киев/Kyiv, Украина/Ukraine,
#: Россия/Russia, Прага/Prague and Вашингтон/Washington are joined without one:
#: tests/stories/test_story_cyrillic.py checks each entry is needed).
EXONYMS = {
    **dict.fromkeys(("москва",), "moscow"),
    **dict.fromkeys(("женева",), "geneva"),
    **dict.fromkeys(("росія",), "russia"),
    **dict.fromkeys(("германия", "німеччина"), "germany"),
    **dict.fromkeys(("франция", "франція"), "france"),
    **dict.fromkeys(("польша", "польща"), "poland"),
    **dict.fromkeys(("китай",), "china"),
    **dict.fromkeys(("турция", "туреччина"), "turkey"),
    **dict.fromkeys(("белоруссия",), "belarus"),
    **dict.fromkeys(("грузия", "грузія"), "georgia"),
    **dict.fromkeys(("венгрия", "угорщина"), "hungary"),
    **dict.fromkeys(("европа", "європа"), "europe"),
    **dict.fromkeys(("крым", "крим"), "crimea"),
    **dict.fromkeys(("сша",), "us"),
    # the name in full meets the English name in full, which "US" joins as its acronym
    **dict.fromkeys(("соединенные штаты", "сполучені штати"), "united states"),
    **dict.fromkeys(("оон",), "un"),
    **dict.fromkeys(("ес", "єс"), "eu"),
    **dict.fromkeys(("париж",), "paris"),
    **dict.fromkeys(("рим",), "rome"),
    **dict.fromkeys(("відень",), "vienna"),
    **dict.fromkeys(("варшава",), "warsaw"),
    **dict.fromkeys(("брюссель",), "brussels"),
    **dict.fromkeys(("пекин", "пекін"), "beijing"),
    **dict.fromkeys(("стамбул",), "istanbul"),
    **dict.fromkeys(("тегеран",), "tehran"),
    **dict.fromkeys(("иерусалим", "єрусалим"), "jerusalem"),
    **dict.fromkeys(("гаага",), "hague"),
    # not a city but the seat its government is named by; "kreml" is "kremlin" cut short,
    # which no similarity may join (Niger/Nigeria)
    **dict.fromkeys(("кремль",), "kremlin"),
    # Russian names of Ukrainian cities the English press writes the Ukrainian way
    # (Николаев, Mykolaiv); the others it spells near enough (Одесса, Odesa; Львов, Lviv)
    **dict.fromkeys(("николаев",), "mykolaiv"),
    **dict.fromkeys(("запорожье",), "zaporizhzhia"),
    **dict.fromkeys(("ровно",), "rivne"),
    # Polish, in the nominative that copydesk/polish_morphology.py puts names back in (Genewa,
    # Warszawa and Londyn are spelt near enough)
    **dict.fromkeys(("moskwa",), "moscow"),
    **dict.fromkeys(("kijów",), "kyiv"),
    **dict.fromkeys(("waszyngton",), "washington"),
    **dict.fromkeys(("bruksela",), "brussels"),
    **dict.fromkeys(("paryż",), "paris"),
    **dict.fromkeys(("rzym",), "rome"),
    **dict.fromkeys(("wiedeń",), "vienna"),
    **dict.fromkeys(("pekin",), "beijing"),
    **dict.fromkeys(("kreml",), "kremlin"),
    **dict.fromkeys(("charków",), "kharkiv"),
    **dict.fromkeys(("lwów",), "lviv"),
    **dict.fromkeys(("onz",), "un"),
    **dict.fromkeys(("ue",), "eu"),
}


def exonym(name: str) -> str | None:
    """The English name of ``name`` (a nominative, any case of letters), if the table has
    one, or if it names a country in a language copydesk reads (``copydesk.countries``:
    Deutschland, Allemagne and Німеччина are Germany)."""
    return EXONYMS.get(name.lower().replace("ё", "е")) or english_name(name)
