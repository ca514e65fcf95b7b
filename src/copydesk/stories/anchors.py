"""Light anchor extraction: who, where, when and what of one article, from its text alone.

Lexical on purpose (see ``text``): names are runs of capitalised words (a sentence's first
word counts only when the article never writes it in lower case and it is rare), places
are names after a locative preposition or in a dateline ("KYIV, Ukraine (AP) –"), dates
come from ``dates``, numbers are kept as written, keywords are the rarer lower-case words.
Anchors found in the title and lead (first ``LEAD_SENTENCES`` sentences) are marked: the
lead says what the event is, later paragraphs give background shared by the whole thread.
In a Russian or Ukrainian article a Cyrillic name is keyed by its nominative in Latin
letters and any other Cyrillic word by its lemma (``cyrillic``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from copydesk.calendar_words import MONTHS, WEEKDAYS
from copydesk.cities import english_city_name
from copydesk.countries import english_name
from copydesk.exonyms import exonym
from copydesk.morphology import LANGUAGES as SLAVIC_LANGUAGES
from copydesk.number_marks import DECIMAL_COMMA_LANGUAGES
from copydesk.polish_morphology import name_word
from copydesk.stories.cyrillic import LOCATIVES as SLAVIC_LOCATIVES
from copydesk.stories.cyrillic import NameForm, cyrillic, lemma, name_form
from copydesk.stories.dates import date_anchors, day_anchors, is_future
from copydesk.stories.foreign_dates import calendar_word, foreign_days
from copydesk.stories.text import fold, rarity, sentences, tokens
from copydesk.wordfreqs import zipf

#: Sentences after the title that make the lead. Tuned on ECB+ train (2, 3, 5 tried; 3 best).
LEAD_SENTENCES = 3
#: Sentences shorter than this (tokens) do not count towards the lead: menus and bylines.
MIN_LEAD_TOKENS = 6
#: How many first lines may hold a dateline ("KYIV, Ukraine (AP) –") after scraper debris.
DATELINE_LINES = 4
#: A keyword must be at least this rare (zipf below 8 − this) to count.
MIN_KEYWORD_RARITY = 3.0
#: A sentence-initial capitalised word counts as a name only when rarer than this.
MIN_INITIAL_NAME_RARITY = 4.0

#: Capitalised words that are not participants: function words, titles, calendar words.
NOT_NAMES = frozenset(
    """a an the this that these those there their they he she it its his her we our you your
    i my me in on at of for from to by with and or but as if when while after before since
    during about over under into mr mrs ms dr sir president minister secretary prime chief
    gov governor sen senator rep general gen col sgt officer police mayor king queen prince
    jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow according
    however meanwhile also but so yet still
    said says told not no yes all some many more most other one two three four five six seven
    eight nine ten first second third new last next here what who where why how which
    update updated breaking video photo photos watch read share""".split()
) | frozenset(WEEKDAYS + MONTHS)
#: Particles inside names ("San Isidro de la Sierra", "Ludwig van Beethoven"): they name
#: no one, and a dateline in capitals ("SAN ISIDRO DE LA SIERRA") had made "de" and "la"
#: names of its report.
NAME_PARTICLES = frozenset("de la le les del della da di do dos das van von der den du des "
                           "y e el los las al".split())
_NO_NAME_WORDS = NOT_NAMES | NAME_PARTICLES
LOCATIVES = frozenset("in at near outside inside to from across toward towards".split())
#: Polish prepositions of where ("w Krakowie", "pod Warszawą"), which take the locative or
#: the instrumental: its names are keyed in the nominative (:func:`name_word`).
POLISH_LOCATIVES = frozenset("w we pod koło przy niedaleko".split())
_DATELINE = re.compile(r"^\s*([A-Z][A-Z'’.\- ]{2,}?)(?:,|\s+\(|\s+[-–—])")
#: The same in a Russian or Ukrainian article, in either script ("БЕРЛИН, 5 марта –").
_SLAVIC_DATELINE = re.compile(
    r"^\s*([A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’.\- ]{2,}?)(?:,|\s+\(|\s+[-–—])")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
#: No place has a digit: a finance probe's "in FY2025" was a budget's event place, and
#: met every other report of it as a place conflict.
_NO_PLACE = re.compile(r"\d")
#: Currencies after a locative ("in Rs 3,400 crore", "in CHF"): no places either.
CURRENCY_CODES = frozenset("rs inr usd eur gbp chf jpy cny sek nok dkk".split())
_YEAR = re.compile(r"^(?:19|20)\d\d$")


@dataclass(frozen=True, slots=True)
class Anchors:
    """What one article says happened: counts per folded form, and which were in the lead.

    ``surface`` keeps one written form per folded name, for story keywords and titles.
    """

    names: Counter[str] = field(default_factory=Counter)
    places: Counter[str] = field(default_factory=Counter)
    dates: Counter[str] = field(default_factory=Counter)
    numbers: Counter[str] = field(default_factory=Counter)
    keywords: Counter[str] = field(default_factory=Counter)
    lead: frozenset[str] = frozenset()
    title: frozenset[str] = frozenset()
    surface: dict[str, str] = field(default_factory=dict)
    #: A keyword's written form where folding changed more than its case ("eröffnet",
    #: "зерновий": a multilingual probe's keywords read "eroffnet", "зерновии").
    keyword_surface: dict[str, str] = field(default_factory=dict)
    language: str = "en"
    #: When and where the event itself happened, by the lead: its first past-tense day
    #: ("d:2025-03-14") and its dateline or first place after a locative preposition.
    event_date: str | None = None
    event_place: str | None = None
    #: A name keyed from Cyrillic → its lower-case nominative, whose frequency in the
    #: article's language says how rare it is (its Latin key is unknown to that table).
    native: dict[str, str] = field(default_factory=dict)
    #: A name keyed from Cyrillic with г → its key with г read the other way (``cyrillic``).
    alternates: dict[str, tuple[str, ...]] = field(default_factory=dict)


#: Words many places' names share: two places agreeing on one of them only are two.
GENERIC_PLACE_WORDS = frozenset(
    "new old san santa saint st ste port fort north south east west upper lower great little "
    "la le les el los las de del di da do city county state republic island islands lake "
    "river mount bay valley".split())


def places_agree(place: str, other: str) -> bool:
    """Whether two event places (names by words, "porto vedra") may be one: they share a
    word that is not a generic one. "in Porto Vedra" gives "porto vedra" and a report
    datelined PORTO, or saying "in Porto", "porto": one place. Before, a place was its
    first word against a dateline's whole name, and the same town met itself as a place
    conflict (a multilingual probe's earthquake report)."""
    if place == other:
        return True
    shared = set(place.split()) & set(other.split())
    return any(word not in GENERIC_PLACE_WORDS for word in shared)


#: Thousands grouped by a space: "15 000" with a no-break or narrow no-break space in any
#: language, with a plain space outside English ("8 500 selon la police" had been the
#: numbers 8 and 500, and "15 000" 15 and 000: a multilingual probe).
_SPACE_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[\u00a0\u202f]\d{3})+(?![\d.,]?\d)")
_PLAIN_SPACE_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]?\d)")


def grouped_digits(text: str, language: str) -> str:
    """``text`` with space-grouped thousands written without their spaces ("15000")."""
    if language == "en":
        if "\u00a0" not in text and "\u202f" not in text:
            return text
        pattern = _SPACE_GROUPED
    else:
        pattern = _PLAIN_SPACE_GROUPED
    return pattern.sub(lambda m: re.sub(r"\D", "", m.group(0)), text)


def _strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith("'s") and len(word) > 3 else word


_OTHER_KIND, _NUMBER_KIND, _NAME_KIND, _KEYWORD_KIND = range(4)


#: A decimal comma: one or two digits after the last comma (three would group thousands).
_DECIMAL_COMMA = re.compile(r"^(\d+(?:\.\d{3})*),(\d{1,2})$")


#: Thousands grouped by points, three digits to each group: "1.200", "1.234.567".
_POINT_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")


def _number_key(tok: str, lang: str) -> str:
    """A number as a key: thousands groups joined ("15,500" is 15500), a decimal comma a
    point ("15,5" is 15.5, "1.234,5" 1234.5). "15,5 тысячи" and "3,2 млн" had been the
    numbers 155 and 32 (a held-out Russian and Ukrainian probe), and met no "15.5". In a
    language that writes a decimal comma, points that group thousands are dropped too:
    a German report's "1.200 Menschen" had been "1.200", apart from the English
    "1,200 people" (1200). English "1.200" stays as written."""
    decimal = _DECIMAL_COMMA.match(tok)
    if decimal is not None:
        return decimal.group(1).replace(".", "") + "." + decimal.group(2)
    if lang in DECIMAL_COMMA_LANGUAGES and _POINT_GROUPED.match(tok):
        return tok.replace(".", "")
    return tok.replace(",", "")


@lru_cache(maxsize=500_000)
def _token(tok: str, lang: str) -> tuple[str, int]:
    """A token's folded key and kind, computed once per distinct token: the hot loop of
    anchor extraction runs over every token of every article."""
    if _NUMBER.match(tok):
        if _YEAR.match(tok):
            return tok, _OTHER_KIND  # years are read as dates
        return _number_key(tok, lang), _NUMBER_KIND
    low = _strip_possessive(fold(tok))
    if low in _NO_NAME_WORDS or calendar_word(low, lang):
        return low, _OTHER_KIND
    if tok[:1].isupper():
        return low, _NAME_KIND
    if tok[:1].islower() and len(low) > 3 and rarity(low, lang) >= MIN_KEYWORD_RARITY:
        return low, _KEYWORD_KIND
    return low, _OTHER_KIND


def _place_key(key: str, word: str, lang: str) -> str:
    """A country's or a big city's name in another language keyed as its English one
    ("Ungarn" is "hungary", ``copydesk.countries``; "Mailand" and "Milano" "milan",
    ``copydesk.cities``): an English report's "in Hungary" had been another event place
    than a German report's "in Ungarn" (a place conflict)."""
    if lang == "en":
        return key
    english = english_name(word) or english_city_name(word, lang)
    return fold(english) if english and " " not in english else key


def _initial_name(low: str, lang: str, written: str = "") -> bool:
    """Whether a sentence's capitalised first word is rare enough to be a name, read as
    folded and as ``written`` (lower case): with its accents off, "Według" and "Según"
    are rare words ("wedlug"), which they are not."""
    return rarity(low, lang) >= MIN_INITIAL_NAME_RARITY and (
        not written or written == low or rarity(written, lang) >= MIN_INITIAL_NAME_RARITY)


@lru_cache(maxsize=500_000)
def _cyrillic_token(tok: str, lang: str,
                    after_locative: bool) -> tuple[str, int, NameForm | None] | None:
    """A Cyrillic token's key and kind in a Russian or Ukrainian article (None for a
    token without Cyrillic letters, read as in any language): a capitalised
    one is a name (:func:`cyrillic.name_form`), another is its lemma, a keyword when
    rare and long enough (lemmas are looked up: "переговоров" is as common as
    "переговоры", and folding had made every word with й unknown, so rare)."""
    if not cyrillic(tok):
        return None
    if len(tok) == 1:  # a preposition, conjunction or initial: "– У вівторок", "О."
        return tok.lower(), _OTHER_KIND, None
    if tok[:1].isupper():
        form = name_form(tok, lang, after_locative)
        return form.key, _NAME_KIND, form
    word = lemma(tok.lower(), lang)
    if len(word) > 3 and rarity(word, lang) >= MIN_KEYWORD_RARITY and \
            not calendar_word(fold(word), lang):
        return word, _KEYWORD_KIND, None
    return word, _OTHER_KIND, None


def _title_and_body(text: str, title: str | None) -> tuple[str | None, list[str]]:
    sents = sentences(text)
    if title is None:
        # The first of the opening lines that reads like a headline (4–25 words, no closing
        # punctuation) is the title; shorter lines before it are scraper debris.
        for i, line in enumerate(sents[:3]):
            n = len(line.split())
            if 4 <= n <= 25 and not line.rstrip("\"'”’").endswith((".", "!", "?", ":")):
                return line, sents[:i] + sents[i + 1:]
        return None, sents
    if title is not None and sents and fold(sents[0]) == fold(title):
        sents = sents[1:]
    return title, sents


def extract_anchors(
    text: str,
    title: str | None = None,
    published: date | None = None,
    language: str | None = None,
    site: str | None = None,
) -> Anchors:
    """Anchors of one article. ``published`` resolves relative dates; None leaves them
    as unresolved weekday keys. ``language`` picks the word-frequency table (default en).
    ``site`` (the outlet's name) is no anchor of the event (see ``_outlet_keys``)."""
    lang = language or "en"
    head, body = _title_and_body(grouped_digits(text, lang), title and grouped_digits(title, lang))
    lower_seen: set[str] = set()
    tokenised = [tokens(s) for s in body]
    for toks in tokenised:
        lower_seen.update(t for t in toks[1:] if t[:1].islower())
    nouns = german_nouns(tokenised) if lang == "de" else frozenset()
    a = Anchors(language=lang)
    lead: set[str] = set()
    # Scraper debris ("Share this:", "My Blog") is not the lead: skip lines too short to be prose.
    prose = [i for i, toks in enumerate(tokenised) if len(toks) >= MIN_LEAD_TOKENS]
    lead_end = prose[LEAD_SENTENCES - 1] + 1 if len(prose) >= LEAD_SENTENCES else len(body)
    slavic = lang in SLAVIC_LANGUAGES
    pattern = _SLAVIC_DATELINE if slavic else _DATELINE
    dateline = next((m for m in map(pattern.match, body[:DATELINE_LINES]) if m), None)
    primary: dict[str, str] = {}
    if dateline:
        # A dateline's place by words, as the body's names are: "PORTO VEDRA" had been
        # one key, "porto vedra", which no report saying "in Porto Vedra" shares.
        # A Cyrillic one's hyphens join what English writes as words ("НЬЮ-ЙОРК", NEW
        # YORK): its parts are the words ("nyu-york" had met no "york").
        words = [w for written in dateline.group(1).split()
                 for w in (written.split("-") if slavic and cyrillic(written) else (written,))
                 if w and _strip_possessive(fold(w)) not in _NO_NAME_WORDS]
        keys = []
        for word in words:
            if slavic and cyrillic(word):
                form = name_form(word, lang, True)
                place = form.key
                _keep_native(a, form)
                a.surface.setdefault(place, form.surface)
            else:
                place = _strip_possessive(fold(word))
                a.surface.setdefault(place, word.title())
            a.places[place] += 1
            a.names[place] += 1
            lead.add(place)
            keys.append(place)
        if words:
            primary["place"] = " ".join(keys)
    for i, (sent, toks) in enumerate(zip(body, tokenised, strict=True)):
        in_lead = i < lead_end
        _scan(sent, toks, a, lead if in_lead else None, lower_seen, published, lang,
              primary=primary if in_lead else None, nouns=nouns)
    head_keys: set[str] = set()
    if head:
        _scan(head, tokens(head), a, head_keys, lower_seen, published, lang, title=True,
              primary=primary, nouns=nouns)
        lead |= head_keys
    for key in _outlet_keys(site):
        for counts in (a.names, a.places, a.keywords):
            counts.pop(key, None)
        lead.discard(key)
        head_keys.discard(key)
    return Anchors(
        names=a.names, places=a.places, dates=a.dates, numbers=a.numbers,
        keywords=a.keywords, lead=frozenset(lead), title=frozenset(head_keys),
        surface=a.surface, keyword_surface=a.keyword_surface, language=lang,
        event_date=primary.get("date"), event_place=primary.get("place"),
        native=a.native, alternates=a.alternates,
    )


#: German articles, and prepositions fused with one, and determiners: a capitalised word
#: after one (maybe past an adjective or a number: "der 45-jährige Täter") is a noun.
GERMAN_DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines im am zum zur vom beim ins "
    "ans aufs kein keine keinen keinem keiner dieser diese dieses diesen diesem jeder jede "
    "jedes jeden jedem sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer".split())
#: Words an adjective or a number may put between a determiner and its noun.
_BETWEEN = 2
#: A noun is a word German writes (wordfreq): an unknown one after an article or an
#: adjective is a name ("im belgischen Zoutbergen", "die Brisa Air").
GERMAN_WORD_ZIPF = 2.0


def _german_idiom(word: str) -> bool:
    """A German noun "in" takes without an article, in an idiom ("in Atem halten", "in
    Vollbrand", "in Kraft"): one word German writes, and no country or city ("in
    Berlin"). "in Vollbrand" had been a fire's event place, in conflict with the town
    of its later reports."""
    return zipf(word.lower(), "de") >= GERMAN_WORD_ZIPF and not english_name(word) \
        and not english_city_name(word, "de")


def german_nouns(sentences: list[list[str]]) -> frozenset[str]:
    """Keys of the capitalised words a German article writes after an article ("der
    Streik", "die Flüge", "im Stadtmuseum"): nouns, not names, wherever the article writes
    them. German capitalises every noun, and as names they filled a German report's
    vector with words no report in another language shares (a multilingual bench: "e:streik",
    "e:messehalle", "e:kontrolle" among its heaviest). A country, a big city or an
    acronym is a name with its article too ("die Schweiz", "die EU"), and so is a word
    German does not otherwise write (``GERMAN_WORD_ZIPF``)."""
    found: set[str] = set()
    for toks in sentences:
        for j, tok in enumerate(toks):
            if tok.lower() not in GERMAN_DETERMINERS:
                continue
            for nxt in toks[j + 1:j + 2 + _BETWEEN]:
                if nxt[:1].isupper():
                    if not nxt.isupper() and zipf(nxt.lower(), "de") >= GERMAN_WORD_ZIPF \
                            and not english_name(nxt) and not english_city_name(nxt, "de") \
                            and not exonym(nxt):
                        found.add(_strip_possessive(fold(nxt)))
                    break
                if nxt.lower() in GERMAN_DETERMINERS:
                    break
    return frozenset(found)


def _keep_native(a: Anchors, form: NameForm) -> None:
    """Note what a name keyed from Cyrillic needs beside its key: its rarity's word and
    its other spelling."""
    a.native.setdefault(form.key, form.native)
    if form.alternates:
        a.alternates.setdefault(form.key, form.alternates)


#: Last words of newspapers' names, which name the paper and not a place. Not an
#: agency's "Press", "Wire" or "News": its dateline puts them in every story of its
#: wire, and dropping them from some reshuffled the names threads link by (the demo's
#: rate cut joined the dock strike's thread).
MASTHEAD_WORDS = frozenset(
    "courier gazette times post herald chronicle tribune ledger echo observer journal "
    "express star mirror standard telegraph independent guardian mail record sentinel "
    "examiner bulletin review dispatch monitor globe sun voice leader advertiser argus "
    "citizen tidende zeitung kurier".split())
def _outlet_keys(site: str | None) -> set[str]:
    """Who publishes, not what happened: the article's own outlet ("told the Courier" in
    the Dunhallow Courier's report: its self-references were among its heaviest names
    and kept it out of the strike's story, a content-farm probe). The outlet's last word
    is dropped only when a newspaper's ("Courier", "Gazette"…): "Daily Ostrel" and a
    site named after its town keep the town (a regression probe's race split in two).
    A dateline's parentheses are left alone: they hold an agency ("(Northwire) —") or a
    country ("VELSBY (Kelmark) —"), and only the second is the event's."""
    keys: set[str] = set()
    if site and " " in site.strip():
        keys.add(fold(site))
        if fold(site.split()[-1]) in MASTHEAD_WORDS:
            keys.add(fold(site.split()[-1]))
    return {k for k in keys if k}


def _scan(
    sent: str,
    toks: list[str],
    a: Anchors,
    lead: set[str] | None,
    lower_seen: set[str],
    published: date | None,
    lang: str,
    title: bool = False,
    primary: dict[str, str] | None = None,
    nouns: frozenset[str] = frozenset(),
) -> None:
    run: list[str] = []
    run_place = False
    future = is_future(sent)
    prev = ""
    slavic = lang in SLAVIC_LANGUAGES
    locatives = SLAVIC_LOCATIVES[lang] if slavic else POLISH_LOCATIVES if lang == "pl" \
        else LOCATIVES
    forms: dict[str, NameForm] = {}  # a Cyrillic name word of the run → its form

    def close() -> None:
        nonlocal run, run_place
        place: list[str] = []
        if run_place and lang == "de" and len(run) == 1 and _german_idiom(run[0]):
            run_place = False
        for written in run:
            form = forms.get(written)
            # a Polish name in the nominative: "Tuska", "z Tuskiem" are Tusk, "w Krakowie"
            # and "do Krakowa" Kraków
            word = name_word(written) if form is None and lang == "pl" else written
            key = form.key if form else _place_key(_strip_possessive(fold(word)), word, lang)
            if title and key not in a.names:
                continue  # headline case capitalises everything: trust body names only
            a.names[key] += 1
            if form:
                a.surface.setdefault(key, form.surface)  # the nominative: "Блинкен"
                _keep_native(a, form)
            a.surface.setdefault(key, word[:-2] if word.endswith(("'s", "’s")) and len(word) > 3
                                 else word)  # "Ostravia", not "Ostravia's", as a keyword
            if run_place and not _NO_PLACE.search(key) and key not in CURRENCY_CODES:
                a.places[key] += 1
                place.append(key)
            if lead is not None:
                lead.add(key)
        if place and primary is not None and not title and not future:
            primary.setdefault("place", " ".join(place))
        run, run_place = [], False

    for j, tok in enumerate(toks):
        if slavic and (cyrillic_tok := _cyrillic_token(tok, lang, prev in locatives)):
            low, kind, form = cyrillic_tok
            # a sentence's first word: a name the dictionary knows as one (or does not
            # know), or a rare word ("Киев" is too common to pass for rare); a
            # headline's, when the body has it as a name (``close`` checks): the
            # Ukrainian dictionary reads "Зеленський" as an adjective, and frequent
            if kind == _NAME_KIND and form and (j > 0 or title or (
                    tok.lower() not in lower_seen and (
                        form.proper or (not form.function_word and not form.common_word
                                        and _initial_name(form.native, lang))))):
                if form:
                    forms[tok] = form
                if not run and prev in locatives:
                    run_place = True
                run.append(tok)
            else:
                close()
                if kind == _KEYWORD_KIND:
                    a.keywords[low] += 1
                    if lead is not None:
                        lead.add(low)
            prev = tok.lower()
            continue
        low, kind = _token(tok, lang)
        if kind == _NAME_KIND and low in nouns:
            kind = _KEYWORD_KIND if len(low) > 3 and rarity(low, lang) >= MIN_KEYWORD_RARITY \
                else _OTHER_KIND
        if kind == _NUMBER_KIND:
            close()
            a.numbers[low] += 1
            if lead is not None:
                lead.add(low)
        elif kind == _NAME_KIND and (j > 0 or (low not in lower_seen and _initial_name(
                low, lang, tok.lower()))):
            if tok.isupper() and len(tok) > 3:
                tok = tok.title()
            if not run and prev in locatives:
                run_place = True
            run.append(tok)
        else:
            close()
            if kind == _KEYWORD_KIND:
                a.keywords[low] += 1
                if not tok.isascii() and low != tok.lower():
                    a.keyword_surface.setdefault(low, tok.lower())
                if lead is not None:
                    lead.add(low)
        prev = low
    close()
    for d in date_anchors(sent, published):
        a.dates[d.key] += 1
        if primary is not None and d.key.startswith("d:") and not d.future:
            primary.setdefault("date", d.key)
        if lead is not None:
            lead.add(d.key)
    for value, written in foreign_days(sent, published, lang):
        for d in day_anchors(value, written):  # features, never the event day (no tense)
            a.dates[d.key] += 1
            if lead is not None:
                lead.add(d.key)
