"""Quantities: numbers, units, qualifiers and counted phrases in text written for these tests."""

from __future__ import annotations

from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import load_bench
from copydesk.extract.quantities import find_quantities, parse_quantity


@pytest.mark.parametrize(
    ("phrase", "value", "unit", "qualifier", "counts"),
    [
        ("more than 100,000 troops", 100000.0, None, "more than", "troops"),
        ("more than 1,00,000 troops", 100000.0, None, "more than", "troops"),
        ("$200 million in military aid", 2e8, "USD", None, "military aid"),
        ("$ 75 million of humanitarian relief", 7.5e7, "USD", None, "humanitarian relief"),
        ("about 90 minutes", 90.0, "minute", "about", None),
        ("tens of thousands of protesters", (1e4, 1e5), None, None, "protesters"),
        ("hundreds of fishermen", (100.0, 1000.0), None, None, "fishermen"),
        ("two days", 2.0, "day", None, None),
        ("a dozen ferries", 12.0, None, None, "ferries"),
        ("nearly 40 percent of voters", 40.0, "percent", "nearly", "voters"),
        ("up to 12% of the harvest", 12.0, "percent", "up to", "harvest"),
        ("at least 3,000 workers", 3000.0, None, "at least", "workers"),
        ("€4.5bn in loans", 4.5e9, "EUR", None, "loans"),
        ("twenty-five inspectors", 25.0, None, None, "inspectors"),
        ("two hundred thousand households", 2e5, None, None, "households"),
        ("between 30 and 40 million tonnes", (3e7, 4e7), "tonne", None, None),
        ("12-15 lorries", (12.0, 15.0), None, None, "lorries"),
        ("Rs 2 crore", 2e7, "INR", None, None),
        ("a 45-minute call", 45.0, "minute", None, "call"),
        ("roughly 2.5 per cent", 2.5, "percent", "about", None),
        ("four years of tit-for-tat tariffs", 4.0, "year", None, "tit-for-tat tariffs"),
        ("nine long-range missiles", 9.0, None, None, "long-range missiles"),
        ("a third of the region's grain", 1 / 3, None, None, "region's grain"),
        ("eight expected a cut", 8.0, None, None, None),
        ("300 skilled workers", 300.0, None, None, "skilled workers"),
    ],
)
def test_parses_news_quantities(phrase, value, unit, qualifier, counts):
    q = parse_quantity(phrase)
    assert q is not None, phrase
    assert q.value == value
    assert q.unit == unit
    assert q.qualifier == qualifier
    assert q.counts == counts


def test_casualty_participle_joins_the_counted_noun():
    q = parse_quantity("At least 31 people have been killed in the floods.")
    assert q is not None
    assert q.counts == "people killed"
    assert q.qualifier == "at least"


def test_the_articles_language_decides_the_decimal_mark():
    text = "Unas 41.200 personas leyeron el fallo y pagaron 1.234,5 euros."
    assert [q.value for q in find_quantities(text, "a", "es")] == [41200.0, 1234.5]
    assert [q.value for q in find_quantities("Around 41.2 tonnes.", "a", "en")] == [41.2]
    # Unknown language: read as English.
    assert find_quantities("41.200 personas", "a")[0].value == 41.2
    # A Spanish text that writes decimal points (a Mexican paper) is read as it writes.
    mexican = "Obtuvo 112,406 votos, el 52.3% del total, y prometió 5,000 viviendas."
    assert [q.value for q in find_quantities(mexican, "a", "es")] == [112406.0, 52.3, 5000.0]


@pytest.mark.parametrize(
    "phrase",
    ["in 2014", "on 14 March", "March 14", "at 10:30", "the 3rd round", "an F-16 jet",
     "exercise Harbour 24 begins", "one of them said", "page 3", "version 1.2.3"],
)
def test_not_quantities(phrase):
    assert find_quantities(phrase, "a") == []


def test_offsets_point_into_the_text_and_ids_are_stable():
    text = (
        "Portvale said on Tuesday that more than 3,000 workers walked out. "
        "Shipping agents counted at least 40 vessels waiting, and about 1.2 million "
        "tonnes of grain were delayed by two days."
    )
    found = find_quantities(text, "art1")
    assert [q.text for q in found] == [
        "more than 3,000 workers", "at least 40 vessels", "about 1.2 million tonnes of grain",
        "two days",
    ]
    for q in found:
        assert text[q.start : q.end] == q.text
        assert q.article_id == "art1"
    assert [q.id for q in found] == [q.id for q in find_quantities(text, "art1")]
    assert len({q.id for q in found}) == len(found)


def _indian(n: int) -> str:
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail])


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=1, max_value=10**12), st.booleans())
def test_grouped_digits_round_trip(n, indian):
    written = _indian(n) if indian else f"{n:,}"
    q = parse_quantity(f"officials counted {written} ballots")
    if 1800 <= n <= 2100 and n < 10000 and "," not in written:
        return  # a bare year-like number is a date, not a quantity
    assert q is not None
    assert q.value == float(n)
    assert q.counts == "ballots"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-$%€abtmhousndrfy\n")), max_size=60))
def test_never_crashes_and_spans_are_exact(text):
    for q in find_quantities(text, "x"):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text


# ------------------------------------------------------------------ gold quality


def _bench() -> ModuleType:
    return load_bench("extract")


@pytest.fixture(scope="module")
def bench():
    return _bench()


@pytest.fixture(scope="module")
def demo_gold(bench):
    docs = bench.gold_documents("demo")
    if not docs:
        pytest.skip("the demo corpus is absent")
    return docs


@pytest.fixture(scope="module")
def seed_gold(bench):
    if not bench.SEEDS.is_dir():
        pytest.skip(f"the real seeds are absent ({bench.SEEDS})")
    return bench.gold_documents("seeds")


def test_gold_offsets_match_the_texts(bench, demo_gold):
    """Every gold span's hash matches its text: demo offsets into the clean text, seed
    offsets into the raw files (checked when ../shared is present)."""
    spans = sum(len(d.quantities) + len(d.dates) + len(d.quotes) + len(d.mentions)
                for d in demo_gold)
    lost = sum(d.lost for d in demo_gold)
    # A cleaner change may drop a chrome line that held a span; more than that is a bug.
    assert lost <= 0.02 * spans, f"{lost} of {spans} demo gold spans no longer in the clean text"
    gold = bench.load_gold()
    for d in gold["documents"]:
        if d["corpus"] != "seeds" or not bench.SEEDS.is_dir():
            continue
        raw = (bench.SEEDS / d["file"]).read_text(encoding="utf-8")
        spans = [*d["quantities"], *d["dates"], *d["quotes"]]
        spans += [{"start": s, "end": e, "hash": h} for ent in d["entities"]
                  for s, e, h in ent["mentions"]]
        for g in spans:
            assert bench.span_hash(raw[g["start"] : g["end"]]) == g["hash"], (d["file"], g)


#: Floors (may only rise): measured with bench/extract.py — demo value F1 0.99 (14
#: articles; 0.97 on the 3 held out from tuning), seeds 1.00 (the development set).
QUANTITY_FLOORS = {"demo": 0.93, "seeds": 0.95}


def test_quantity_quality_on_demo_gold(bench, demo_gold):
    quantities, _ = bench.run_ours(demo_gold)
    scores = bench.score_quantities(demo_gold, quantities)
    assert scores["value"].f1 >= QUANTITY_FLOORS["demo"], scores["value"].line()
    assert scores["counts"].f1 >= 0.85, scores["counts"].line()


def test_quantity_quality_on_seed_gold(bench, seed_gold):
    quantities, _ = bench.run_ours(seed_gold)
    scores = bench.score_quantities(seed_gold, quantities)
    assert scores["value"].f1 >= QUANTITY_FLOORS["seeds"], scores["value"].line()


@pytest.mark.parametrize(("sentence", "text", "counts"), [
    # The verb before the number says what the toll counts ("people", not compared, before).
    ("The earthquake killed 96 people on Monday.", "96 people", "people killed"),
    ("The blast injured at least 40 workers.", "at least 40 workers", "workers injured"),
    ("The fire swept the plant, killing 14 workers.", "14 workers", "workers killed"),
    # After such a verb a four-digit number is a count, not a year (it was dropped).
    ("Police arrested 2000 demonstrators in the square.", "2000 demonstrators",
     "demonstrators arrested"),
])
def test_a_casualty_verb_before_the_count(sentence: str, text: str, counts: str) -> None:
    (q,) = find_quantities(sentence, "a")
    assert (q.text, q.counts) == (text, counts)
    assert not find_quantities("In 2019 protesters marched on the capital.", "a")


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Temperatures fell to minus 15 degrees overnight.", "minus 15 degrees", -15.0),
    ("The economy shrank by -2.5% last year.", "-2.5%", -2.5),  # was not found at all
])
def test_a_sign_before_the_number(sentence: str, text: str, value: float) -> None:
    (q,) = find_quantities(sentence, "a")
    assert (q.text, q.value) == (text, value)
    assert sentence[q.start:q.end] == text
    # A hyphen inside a name or between two numbers is no sign.
    assert [x.value for x in find_quantities("COVID-19 cases rose to 40 patients.", "a")] == [40.0]


@pytest.mark.parametrize("sentence", [
    "Call the hotline on 0800 123 4567 or +44 20 7946 0958 if 12 people are hurt.",
    "Tel: (202) 555-0188. About 12 people were hurt.",
    "Residents can dial 555 2040 300 for help; 12 people were hurt.",
    "Phone +1-202-555-0188 when 12 people are hurt.",
    # A UK mobile's six-digit group, and "text" as a cue (found by a probe).
    "Text 07700 900123 for updates; 12 people were hurt.",
    "Relatives may call 07700 900456 now that 12 people are hurt.",
])
def test_telephone_numbers_are_no_quantities(sentence: str) -> None:
    """Each digit group of a phone number was a quantity (0800, 123, 4567, 44 …)."""
    assert [(q.value, q.counts) for q in find_quantities(sentence, "a")] == [(12.0, "people hurt")]


@pytest.mark.parametrize(("sentence", "values"), [
    # Numbers that only look like phone numbers stay quantities.
    ("Sales rose over 1990-2000 by 12%.", [(1990.0, 2000.0), 12.0]),
    ("The 2019 2020 seasons drew 40000 fans.", [40000.0]),
    # Thousands grouped by spaces (as French, Russian and their translations write them)
    # were read as "1", "0" and "0 euros"; a group starting with 0 makes them one number.
    ("The fund paid 1 000 000 euros to 250 families.", [1_000_000.0, 250.0]),
    ("It cost 2 050 000 rubles.", [2_050_000.0]),
    # Without such a group, two numbers may be meant: left apart.
    ("On May 5 300 troops left.", [300.0]),
    # Regressions of the first phone rule (found by a probe): a range after a cue word, an
    # ISO date before a count, a year before spaced thousands, a signed spaced number.
    ("The hotline received 1500-2000 calls a day after the storm.", [(1500.0, 2000.0)]),
    ("The union will call 5000-6000 workers out on strike.", [(5000.0, 6000.0)]),
    ("Published 2025-03-12 14 people were injured in the blast.", [14.0]),
    ("In 1999 2 000 people fled the region.", [2000.0]),
    ("Employment rose by +1 250 000 jobs last year.", [1_250_000.0]),
    # The naming words are few: a measure after "level" or "gate" is a measure.
    ("Prices rose to a level 5 percent higher than last year.", [5.0]),
    ("The plane stood at the gate 3 hours.", [3.0]),
    ("Two million and a half people marched.", [2_500_000.0]),
])
def test_numbers_near_the_phone_and_spacing_rules(sentence: str, values: list[object]) -> None:
    found = find_quantities(sentence, "a")
    assert [q.value for q in found] == values
    assert all(sentence[q.start:q.end] == q.text for q in found)


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), [
    # A currency sign parts a name from its number: "$3bn" after "Ostravia" lost its USD
    # (taken for a name's number, like "Boeing 737"), and so its conflict with $2.5bn.
    ("The bank will lend Ostravia $3bn for reconstruction.", "$3bn", 3e9, "USD"),
    ("It gave Kenya $40 million in aid.", "$40 million in aid", 4e7, "USD"),
    # "and a half" was read as the number before it ("two"), or not at all after "one".
    ("It approved two and a half billion dollars in loans.",
     "two and a half billion dollars in loans", 2.5e9, "USD"),
    ("It approved one and a half billion dollars.", "one and a half billion dollars", 1.5e9,
     "USD"),
    ("The war lasted two and a half years.", "two and a half years", 2.5, "year"),
])
def test_currency_after_a_name_and_a_half(sentence: str, text: str, value: float,
                                          unit: str) -> None:
    (q,) = find_quantities(sentence, "a")
    assert (q.text, q.value, q.unit) == (text, value, unit)
    assert not find_quantities("They flew the Boeing 737 jets.", "a")  # a name's number


def test_a_grade_or_code_after_its_word_is_no_count() -> None:
    """"A magnitude 6.1 earthquake struck" counted 6.1 "earthquake struck". (A held-out
    quantities probe: the magnitude itself is a measure, which counts nothing.)"""
    found = find_quantities("A magnitude 6.1 earthquake struck, killing 12 people.", "a")
    assert [(q.value, q.unit, q.counts) for q in found] == [
        (6.1, "magnitude", None), (12.0, None, "people killed")]
    found = find_quantities("A category 4 storm hit 30 towns.", "a")
    assert [(q.value, q.counts) for q in found] == [(30.0, "towns")]


def test_an_iso_currency_code_before_an_amount_is_its_currency() -> None:
    """"KES 4 billion" was missed: only a few codes were read before an amount."""
    found = find_quantities("The board approved KES 4 billion and ZAR 120 million in loans.", "a")
    assert [(q.value, q.unit) for q in found] == [(4e9, "KES"), (1.2e8, "ZAR")]
    delegates = find_quantities("At COP 28 some 300 delegates walked out.", "a")
    assert [(q.value, q.unit) for q in delegates] == [(300.0, None)]



def test_a_verb_after_a_bare_count_is_not_what_it_counts() -> None:
    """Found by a probe: "two remain in a critical condition" was a count of "remain"."""
    found = find_quantities("Eleven were taken to hospital and two remain in a critical "
                            "condition; 12 remain missing.", "a")
    # "12 remain missing" counts people missing (since the sixteenth session: "remain" and
    # "still" bridge a count and its casualty word, as auxiliaries do).
    assert [(q.value, q.counts) for q in found] == [
        (11.0, None), (2.0, None), (12.0, "people missing")]
    (still,) = find_quantities("Officials said 25 people were still missing.", "a")
    assert still.counts == "people missing"
    assert [q.counts for q in find_quantities("Some 300 skilled workers left.", "a")] == [
        "skilled workers"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Found by an extract probe: a ratio read as two counts ("5 passengers" then
        # conflicted with 212), "2 dozen" as 2, and "-8C" as a count of "c".
        ("One in five passengers were children.", [("One in five passengers", 20.0, "percent",
                                                    "passengers")]),
        ("Two out of three voters backed the plan.", [("Two out of three voters", 66.67,
                                                       "percent", "voters")]),
        ("Police arrested 2 dozen protesters.", [("2 dozen protesters", 24.0, None,
                                                  "protesters arrested")]),
        ("Temperatures would drop to -8C next week.", [("-8C", -8.0, "°C", None)]),
        # Not ratios: a year after "in", a count followed by "in".
        ("We had 3 in the car.", [("3", 3.0, None, None)]),
    ],
)
def test_ratios_dozens_and_temperatures(text: str, expected: list[tuple[object, ...]]) -> None:
    got = [(q.text, q.value, q.unit, q.counts) for q in find_quantities(text, "a")]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A results table's scores count no club (the briefing showed "Arsenal count of
        # chelsea 3"); peoples, and names before a lower-case noun, still count.
        ("Arsenal 2 Chelsea 3\nLiverpool 1 Everton 1", [("2", None), ("1", None)]),
        ("Rovers 2-3 United", [("2-3", None)]),
        ("40 Palestinians were hurt", [("40 Palestinians", "Palestinians hurt")]),
        ("three Swiss and two Dutch climbers",
         [("three Swiss", "Swiss"), ("two Dutch climbers", "Dutch climbers")]),
        ("It ordered 300 Boeing jets.", [("300 Boeing jets", "Boeing jets")]),
        ("About 2,000 ANC members marched.", [("About 2,000 ANC members", "ANC members")]),
    ],
)
def test_a_name_after_a_number_is_no_counted_group(text: str,
                                                   expected: list[tuple[str, str | None]]):
    assert [(q.text, q.counts) for q in find_quantities(text, "a")] == expected


def test_qualifiers_of_other_languages() -> None:
    found = [(q.value, q.qualifier) for t, lang in [
        ("Mindestens 12 Menschen starben.", "de"), ("Au moins 34 morts.", "fr"),
        ("Al menos 27 personas murieron.", "es"), ("plus de 100 maisons", "fr")]
        for q in find_quantities(t, "a", lang)]
    assert found == [(12.0, "at least"), (34.0, "at least"), (27.0, "at least"),
                     (100.0, "more than")]
    # "over" after "hand" is a particle; elsewhere it is "more than".
    assert [q.qualifier for q in find_quantities("It has over 40 stores.", "a")] == ["more than"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Found by a regression probe: each read as something else before.
        ("Quelque 3 200 personnes ont été évacuées.", "fr", [(3200.0, None, "people evacuated")]),
        ("About 3\u202f200 people left.", "en", [(3200.0, None, "people")]),
        # A French-desk probe: Swiss thousands had been 1 and 240.
        ("Le groupe supprime 1'240 postes.", "fr", [(1240.0, None, "postes")]),
        ("The bank pays CHF 4’780 a month.", "en", [(4780.0, "CHF", None)]),
        ("It was 12 o'clock in the '90s.", "en", []),
        ("On 5 300 troops crossed.", "en", [(5.0, None, None), (300.0, None, "troops")]),
        ("Lisk kündigte 40 Millionen Kronen Soforthilfe an.", "de",
         [(4e7, "crowns", "Soforthilfe")]),
        ("Le coût: 2,4 milliards d'euros.", "fr", [(2.4e9, "EUR", None)]),
        ("Costará 2,4 millones de euros.", "es", [(2.4e6, "EUR", None)]),
        ("Die Feuerwehr hatte den Brand um 20.40 Uhr unter Kontrolle.", "de", []),
        ("A time capsule from the 1680s was found.", "en", []),
        # A fact-checking probe's multilingual briefing: each was read as something else.
        ("Norveld will hand over $3.2 billion for Kalmar Grid.", "en", [(3.2e9, "USD", None)]),
        ("The cuts cost them thousands of euros a day.", "en", [((1e3, 1e4), "EUR", None)]),
        ("une amende de 40 millions de couronnes", "fr", [(4e7, "crowns", None)]),
        ("Ein Reparaturschiff soll am 28. Mai eintreffen.", "de", []),
        # A translation probe: sums a million times too small, days counted.
        ("Ущерб составил 45 млн евро.", "ru", [(4.5e7, "EUR", None)]),
        ("Szkody: 12 mld złotych i 300 mln dolarów.", "pl",
         [(1.2e10, "PLN", None), (3e8, "USD", None)]),
        ("Збитки сягнули 2 млрд гривень.", "uk", [(2e9, "UAH", None)]),
        ("The damage is put at 45.7 mln euro.", "en", [(4.57e7, "EUR", "damage")]),
        ("Паводок начался 3 марта.", "ru", []),
        ("Powódź zaczęła się 17 kwietnia.", "pl", []),
        # A regression probe: a plant's million litres a day, and gold medals.
        ("A 150 MLD sewage plant opened.", "en", [(150.0, None, "MLD sewage plant")]),
        ("Zdobyła 3 złote medale.", "pl", [(3.0, None, "złote medale")]),
        # "a" after a sum is "per", not a clock's "a.m." (the demo's "$3.2 billion a year"
        # had been no quantity at all).
        ("Trade is worth about $3.2 billion a year.", "en", [(3.2e9, "USD", None)]),
        ("The ferry left at 6 a.m. on Monday.", "en", []),
        # a German toll in the facts step's words (twenty-seventh session)
        ("Mindestens 12 Menschen sind ums Leben gekommen und 40 wurden verletzt.", "de",
         [(12.0, None, "people killed"), (40.0, None, "people injured")]),
        # A poll's figure measures the noun a "for"/"of" phrase qualifies.
        ("Support for the tunnel stands at 58 percent.", "en", [(58.0, "percent", "support")]),
        ("The rate of inflation rose to 3%.", "en", [(3.0, "percent", "inflation")]),
        ("A strong aftershock killed two more people, raising the death toll from "
         "Tuesday's earthquake to 31.", "en",
         [(2.0, None, "more people killed"), (31.0, None, "people killed")]),
    ],
)
def test_numbers_as_other_languages_and_tolls_write_them(
        text: str, language: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(q.value, q.unit, q.counts) for q in find_quantities(text, "a", language)] == expected


def test_german_nouns_are_capitalised_and_percent_has_local_words() -> None:
    """German capitalises every noun, so there a capitalised word after a number is a
    count; "Prozent" and "por ciento" are percent signs, not counted nouns."""
    german = "Bei dem Fest tanzten 12 Menschen, die Inflation lag bei 6 Prozent."
    assert [(q.text, q.unit, q.counts) for q in find_quantities(german, "a", "de")] == [
        ("12 Menschen", None, "Menschen"), ("6 Prozent", "percent", None)]
    spanish = "La inflación subió un 3,1 por ciento."
    assert [(q.value, q.unit) for q in find_quantities(spanish, "a", "es")] == [
        (3.1, "percent")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Found by an extract probe: tolls with the noun left out counted nothing, so 38
        # and 41 wounded were never compared; "41 people hours before" ran on.
        ("The strike hit a market, killing 12 people and wounding 38, officials said.",
         [("12 people", "people killed"), ("38", "people wounded")]),
        ("At least 12 people died and 41 were wounded.",
         [("At least 12 people died", "people died"), ("41 were wounded", "people wounded")]),
        ("The attack injured 41 people hours before the talks.",
         [("41 people", "people injured")]),
        # An addition to a toll keeps its "more": it is no toll of its own.
        ("Aftershocks killed two more on Friday.", [("two more", "more people killed")]),
        ("Three more people died overnight.",
         [("Three more people died", "more people died")]),
        ("Police made three further arrests.", [("three further arrests", "further arrests")]),
        # Unchanged: a bare count with another verb, a noun that a plural modifies.
        ("Two remain in a critical condition.", [("Two", None)]),
        ("Some 2,000 police officers were deployed.",
         [("Some 2,000 police officers", "police officers")]),
    ],
)
def test_tolls_with_the_noun_left_out_count_people(text: str,
                                                  expected: list[tuple[str, str | None]]):
    assert [(q.text, q.counts) for q in find_quantities(text, "a")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Found by an extract probe: the sign repeated split a range in two; a month
        # abbreviation's day and a French or Spanish date were counts.
        ("It would cost between $3 million and $4 million.",
         [("between $3 million and $4 million", (3e6, 4e6))]),
        ("The ferry capsized late on Dec. 30 with 212 passengers.", [("212 passengers", 212.0)]),
        ("Le naufrage du 30 décembre a fait 12 morts.", [("12 morts", 12.0)]),
        # "rose from 12 to 15" is a change, not the range [12, 15].
        ("The toll rose from 12 to 15 people.", [("12", 12.0), ("15 people", 15.0)]),
        ("Between 10 and 20 people were hurt.", [("Between 10 and 20 people", (10.0, 20.0))]),
    ],
)
def test_ranges_changes_and_abbreviated_dates(text: str, expected: list[tuple[str, object]]):
    assert [(q.text, q.value) for q in find_quantities(text, "a")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Regressions of this session's first rules, found by a probe: a count "in" a time
        # or place is no share; "from … to" after a verb of no change is a range; a number
        # glued to a capital outside a forecast is a code.
        ("Airstrikes killed 12 in 48 hours.", [("12", 12.0, None), ("48 hours", 48.0, "hour")]),
        ("Police arrested 15 in 20 raids.", [("15", 15.0, None), ("20 raids", 20.0, None)]),
        ("Sentences ranged from 5 to 10 years.", [("5 to 10 years", (5.0, 10.0), "year")]),
        # (the change's first end takes the second's unit since the thirty-sixth session)
        ("Unemployment fell from 5 to 4 percent.", [("5", 5.0, "percent"),
                                                    ("4 percent", 4.0, "percent")]),
        ("Flight 7F and ward 4C were hit.", []),
        ("Highs of 95F are expected.", [("95F", 95.0, "°F")]),
    ],
)
def test_regressions_of_the_fourteenth_sessions_quantity_rules(
        text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(text, "a")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A second regression probe: a full month ending a sentence hid the next count;
        # a toll with its noun left out counts the noun of the count before it; "people
        # smugglers" is one noun; a tally verb before "10 in 12" makes counts.
        ("The vote is due in May. 30 people have registered.", [("30 people", "people")]),
        ("Bird flu infected 40,000 chickens on the farm and killed 3,000 so far.",
         [("40,000 chickens", "chickens infected"), ("3,000", "chickens killed")]),
        ("Police arrested 300 people smugglers.",
         [("300 people smugglers", "people smugglers arrested")]),
        ("Kane now has 10 in 12 appearances.", [("10", None), ("12 appearances", "appearances")]),
        ("The meeting was moved from 3 to 5 p.m.", []),
    ],
)
def test_second_regressions_of_the_fourteenth_sessions_quantity_rules(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(q.text, q.counts) for q in find_quantities(text, "a")] == expected


def test_a_death_toll_counts_people_killed():
    for text, value in (("The death toll rose to 12 on Tuesday.", 12.0),
                        ("By noon the death toll had risen to at least 14.", 14.0),
                        ("a death toll of 31", 31.0),
                        ("The death toll from the fire at the Halcyon resin plant in Ostervik "
                         "rose to 12 on Tuesday.", 12.0),
                        ("The number of deaths from the heatwave has risen to 17.", 17.0),
                        ("Rescuers found another body, bringing the death toll to 9.", 9.0),
                        # a standards-desk probe's independent report counted nothing
                        ("The number of people killed in the Dornhaven factory fire has "
                         "risen to 19, the ministry said.", 19.0),
                        ("The number of people who died in the floods rose to 31.", 31.0),
                        # a downward revision is a toll too (a regression probe)
                        ("The death toll was revised down to 38 on Thursday.", 38.0),
                        ("Officials revised the death toll down to 38.", 38.0)):
        (q,) = find_quantities(text, "a")
        assert (q.value, q.counts) == (value, "people killed"), text
    # A road toll is money, and a forecast is no count.
    assert find_quantities("The toll rose to 12 euros.", "a")[0].counts is None
    assert find_quantities("The death toll is expected to rise to 20.", "a")[0].counts is None


@pytest.mark.parametrize(("text", "counts"), [
    # The percentage's noun written before it, across a verb, or right after it.
    ("The bank cut its key rate to 5.00% from 5.25% on Thursday.", ["key rate", None]),
    # (the size of a change a verb names, "cut its … rate by", counts the change: a
    # standards-desk probe's "raises property tax by 3%" counted nothing)
    ("The bank cut its main policy rate by a quarter of a percentage point to 5.00%.",
     ["cut in main policy rate", "main policy rate"]),
    ("Annual inflation slowed to 3.1% in February.", ["inflation"]),
    ("Under the deal the 18% wheat duty falls to 6% by 2028.", ["wheat duty", "wheat duty"]),
    ("Turnout was 61 percent.", ["turnout"]),
    # A wish is not the value, and a bare rise measures nothing named.
    ("Two members preferred to hold the rate at 5.25%.", ["members", None]),
    ("Shares rose 4% on Monday.", [None]),
    # A numbers probe: the change is no level of the rate, and the level keeps its noun
    # across the change's size or a place.
    ("Ambria's unemployment rate rose by 2% to 7%.", [None, "unemployment rate"]),
    ("Unemployment rose 2 percentage points to 7%.", [None, "unemployment"]),
    ("The unemployment rate rose two points to 7%.", ["points", "unemployment rate"]),
    ("The jobless rate in Ambria climbed to 7 percent.", ["jobless rate"]),
    ("Inflation fell by 2% last year.", [None]),
    ("The levy went up by 3 percent to 12 percent.", [None, "levy"]),
    # a real-names probe: the verb before the noun is no part of it ("face tariffs")
    ("Textiles, which face tariffs of up to 12 percent, are the sticking point.", ["tariffs"]),
])
def test_a_percentage_measures_the_noun_written_next_to_it(text, counts):
    assert [q.counts for q in find_quantities(text, "a")] == counts


def test_short_time_units_are_units():
    """A spun copy's "about 90 mins" was a count of "mins", shown as a fact of its own."""
    (q,) = find_quantities("They met for about 90 mins on Tuesday.", "a")
    assert (q.value, q.unit, q.counts) == (90.0, "minute", None)


def test_a_sum_in_crowns_is_money_and_a_fine_is_what_it_pays():
    """A fine "of 750,000 crowns" and bribes "of 3.8 million crowns" were one count of
    crowns, and a briefing showed them in conflict."""
    text = ("He must pay a fine of 750,000 crowns, the judge ruled. The court ordered the "
            "confiscation of 3.8 million crowns.")
    fine, bribes = find_quantities(text, "a")
    assert (fine.unit, fine.counts) == ("crowns", "fine")
    assert (bribes.unit, bribes.counts) == ("crowns", None)


@pytest.mark.parametrize(("text", "counts"), [
    # "number of X" with a verb of its own before the figure: the verb is no part of X
    ("The number of injured stands at 40.", "injured"),
    ("The number of people arrested has reached 12, police said.", "people arrested"),
    ("Police put the number of workers on strike at about 9,500.", "workers on strike"),
    # a sum right after "fined" and whom it fined is a fine, as "a fine of" is
    ("A court fined Brightwater Foods \u20ac4.2 million on Thursday.", "fine"),
    ("The judge fined the company $3 million for the spill.", "fine"),
    ("He was fined, and paid $300 later.", None),
    # a sum asked for is not the sum imposed
    ("Prosecutors had asked for a fine of \u20ac6 million.", "fine sought"),
    ("The court imposed a fine of \u20ac4.2 million.", "fine"),
    # what the sum is, said before it, wins over a word after it; a word for the sum
    # itself counts nothing (a regression probe's "amount of pending")
    ("He was released on bail of \u20ac50,000 pending an appeal.", "bail"),
    ("The $2.4 billion figure refers to the third quarter.", None),
    ("The council approved a \u20ac6 million budget for roads.", "budget"),
    # a number with a scale after a capitalised name is an amount, not a code
    ("A court fined Kalmar Grid 40 million crowns on Monday.", "fine"),
    # a verb in -s after the noun is no part of it (a regression probe's "reduction falls")
    ("The $130 million reduction falls mostly on parks.", "reduction"),
    # "funds" is a noun as often as a verb: it stays in the phrase
    ("The government released 2.4 million euros in emergency funds.", "emergency funds"),
    # who asked for a sum, written after it, is not what it counts
    ("Prosecutors wanted a fine; the \u20ac6 million prosecutors had sought was cut.",
     "fine sought"),
    ("The $1.95 billion the mayor had requested was cut.", "sum sought"),
])
def test_what_a_number_of_or_a_fine_counts(text: str, counts: str | None) -> None:
    (q,) = find_quantities(text, "a")
    assert q.counts == counts


@pytest.mark.parametrize(("text", "value", "unit"), [
    # A facts probe: "a quarter of a million" was 0.25 and then a million of its own.
    ("The fire forced a quarter of a million residents to flee.", 250_000.0, None),
    ("The campaign spent a quarter of a million dollars.", 250_000.0, "USD"),
    ("He won three-quarters of a million euros.", 750_000.0, "EUR"),
    ("Half a million people marched.", 500_000.0, None),
    # a fraction alone stays a share
    ("A fifth of its wheat was lost.", 0.2, None),
    ("It rose by a quarter of a percentage point.", 0.25, "percentage point"),
])
def test_a_fraction_of_a_million_is_one_number(text, value, unit):
    (q,) = find_quantities(text, "a")
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(("text", "unit", "counts"), [
    # A facts probe: "invest 2.5 million pounds" was a weight, and no fact.
    ("The fund will invest 2.5 million pounds in the port.", "GBP", None),
    ("It paid 3 billion pounds sterling.", "GBP", None),
    ("The firm recalled 2.5 million pounds of beef.", "pound", "beef"),
    ("He lost 20 pounds.", "pound", None),
    # a regression probe: weights with a scale word and no money around them
    ("The company said the 1.8 million pounds had been shipped.", "pound", None),
    ("Fishermen landed 3 million pounds.", "pound", None),
    # a real-names probe: a hyphened pound before a thing one weighs weighs it
    ("She bought a 16-pound turkey for the dinner.", "pound", "turkey"),
    ("He paid a 50-pound fine.", "GBP", "fine"),
    ("She paid with a ten-pound note.", "GBP", "note"),
    # ... and before anything else stays as it was (a regression probe)
    ("Tenants will pay a 20-pound rise in rent.", "GBP", "rise"),
])
def test_millions_of_pounds_are_money_unless_of_something(text, unit, counts):
    (q,) = find_quantities(text, "a")
    assert (q.unit, q.counts) == (unit, counts)


@pytest.mark.parametrize(("text", "counts"), [
    # A facts probe: the margin was a later report of the winner's 48,210 votes.
    ("The margin was about 4,400 votes.", "margin of votes"),
    ("She won by 312 votes.", "margin of votes"),
    ("Winning by 312 votes, she took the seat.", "margin of votes"),
    ("Nunez won 48,210 votes.", "votes"),
    ("Turnout rose by 4,000 voters.", "voters"),
    # a regression probe: "lead to", "the majority of" are no margins
    ("It could lead to 300 job losses.", "job losses"),
    ("The majority of 40 shops closed.", "shops"),
])
def test_a_margin_is_no_count_of_what_it_separates(text, counts):
    (q,) = find_quantities(text, "a")
    assert q.counts == counts


@pytest.mark.parametrize("text", [
    # A facts probe: "count of times", "count of depending".
    "The price was roughly eight times its annual earnings.",
    "Fares vary from 10 to 20 depending on the route.",
])
def test_adverbs_and_multipliers_are_no_counted_nouns(text):
    assert all(q.counts is None for q in find_quantities(text, "a"))


@pytest.mark.parametrize(("text", "value", "unit", "counts"), [
    # A numbers probe's figures attached to the wrong thing: part of a count is no total,
    # what happened to those counted keeps them apart from the group, and tolls and
    # sums written another way are tolls and sums.
    ("19 of the injured were in a serious condition.", 19.0, None, None),
    ("Two of the injured workers later died in hospital.", 2.0, None, "injured workers died"),
    ("He said 1 firefighter had been treated for smoke inhalation.", 1.0, None,
     "firefighter treated"),
    ("17 people lost their lives.", 17.0, None, "people died"),
    ("The loss of life climbed to fifteen.", 15.0, None, "people killed"),
    ("The government promised 250,000 pounds for a retraining scheme.", 250000.0, "GBP",
     None),
    ("The lorry weighed 250,000 pounds.", 250000.0, "pound", None),
    ("The state will spend 3 billion euros rebuilding the line.", 3e9, "EUR", None),
])
def test_what_a_figure_counts_in_a_numbers_probes_sentences(text, value, unit, counts):
    (q,) = find_quantities(text, "a")
    assert (q.value, q.unit, q.counts) == (value, unit, counts)


@pytest.mark.parametrize(("text", "counts"), [
    # A briefing probe: two officials' damage estimates were sums of nothing, never
    # compared.
    ("The minister estimated the damage at €40 million.", "damage"),
    ("The governor put the damage at about €65 million.", "damage"),
    ("The damage was estimated at €65 million.", "damage"),
    ("They paid €3 million for the site.", None),
])
def test_an_estimate_names_its_sum(text, counts):
    (q,) = find_quantities(text, "a")
    assert (q.unit, q.counts) == ("EUR", counts)


@pytest.mark.parametrize(("text", "value", "unit"), [
    # A regression probe: "a 400m stretch" was 400 million, and "110 km/h" 110 km (so
    # the new mph and km/h comparison could never meet it).
    ("A 400m stretch of the sea wall collapsed.", 400.0, "m"),
    ("He won the 100m final.", 100.0, "m"),
    ("About 5m people live there.", 5e6, None),
    ("Gusts reached 110 km/h.", 110.0, "km/h"),
    # The same probe's regression check: business usage is millions.
    ("There was a 5m fall in passengers.", 5e6, None),
])
def test_metres_and_speeds_written_short(text, value, unit):
    q = find_quantities(text, "a")[0]
    assert (q.value, q.unit) == (value, unit)


def test_estimates_of_a_crowd_and_of_a_cost_say_what_they_count() -> None:
    """"Police estimated the crowd at 40,000" counted nothing, and neither did a cost
    named with what it is the cost of ("the cost of the repairs at $3 million")."""
    def counted(text: str) -> list[tuple[float, str | None]]:
        return [(q.value, q.counts) for q in find_quantities(text, "a")]

    assert counted("Police estimated the crowd at 40,000.") == [(40000.0, "crowd")]
    assert counted("The crowd was estimated at about 40,000.") == [(40000.0, "crowd")]
    assert counted("Crowds of up to 40,000 people filled the square.") == [(40000.0, "crowd")]
    assert counted("Organisers put turnout at 120,000, police at 45,000, as the march "
                   "reached the square.") == [(120000.0, "crowd"), (45000.0, "crowd")]
    assert counted("Turnout was 61 percent.") == [(61.0, "turnout")]
    # A regression probe: the noun left out is an estimator's, not any word ("the arrests
    # at 40", "officers at 2,500"), nor a verb's; an election's turnout, a match's
    # attendance and a television audience are no crowd.
    assert counted("Police put the crowd at 18,000, officers at 2,500.") == [
        (18000.0, "crowd"), (2500.0, None)]
    assert counted("Police estimated the crowd at 18,000 and arrested 40 demonstrators.") == [
        (18000.0, "crowd"), (40.0, "demonstrators arrested")]
    assert counted("Turnout was estimated at 1.4 million in the first round.") == [
        (1400000.0, None)]
    assert counted("Attendance was put at 31,000 for the Haldane derby.") == [(31000.0, None)]
    assert counted("A crowd of 300 farmers blocked the road.") == [(300.0, "farmers")]
    assert counted("The council put the cost of the repairs at $3 million.") == [
        (3000000.0, "cost of repairs")]
    assert counted("Damage to the harbour was estimated at €4 million.") == [
        (4000000.0, "damage to harbour")]
    assert counted("Insurers estimated the damage at about $40 million.") == [
        (40000000.0, "damage")]


def test_a_sum_named_before_it_or_followed_by_a_participle() -> None:
    """"Health spending of 41.2 billion crowns" was a sum of nothing, so a corrected 14.2
    never met it; "90,000 crowns given to his campaign" was an "amount of given"."""
    def counted(text: str) -> list[str | None]:
        return [q.counts for q in find_quantities(text, "a")]

    assert counted("It set health spending of 41.2 billion crowns.") == ["health spending"]
    assert counted("It agreed a total deal of $3 billion.") == ["deal"]
    assert counted("The bid received contributions of 90,000 crowns.") == ["contributions"]
    assert counted("He will return the 90,000 crowns given to his campaign.") == [None]
    assert counted("The city kept $2 million earmarked for repairs.") == [None]
    assert counted("The walkout cost the region $12 million in lost trade.") == ["lost trade"]
    assert counted("It is a $3 billion deficit.") == ["deficit"]
    # a noun ending in -ed is no participle (a regression probe's "bed tower" dispute)
    assert counted("It plans a $30 million bed tower.") == ["bed tower"]
    assert counted("They shared $5 million seed funding.") == ["seed funding"]


@pytest.mark.parametrize("text, language, unit", [
    # a standards-desk probe: "Swiss francs" was a count of Swiss francs
    ("It paid 12 million Swiss francs for the site.", None, "CHF"),
    ("It cost 5 million Canadian dollars.", None, "CAD"),
    ("It cost 5 million US dollars.", None, "USD"),
    ("It cost 12 million Hong Kong dollars.", None, "HKD"),  # (a regression probe)
    ("It cost 9 million New Zealand dollars.", None, "NZD"),
    # a multilingual probe: Ukrainian writes the euro "євро"
    ("Збитки склали 12,5 млн євро.", "uk", "EUR"),
])
def test_a_currency_named_with_its_country_or_in_ukrainian(text: str, language: str | None,
                                                          unit: str) -> None:
    (q,) = find_quantities(text, "a", language)
    assert (q.unit, q.counts) == (unit, None)


def test_an_equal_score_is_no_range() -> None:
    """A standards-desk probe: "a 2-2 draw" became the fact "count of draw: 2–2"."""
    assert find_quantities("The derby ended in a 2-2 draw.", "a") == []
    assert find_quantities("Three Swiss climbers were hurt.", "a")[0].counts == (
        "Swiss climbers hurt")
    assert parse_quantity("prices rose 2-3 percent").value == (2.0, 3.0)


@pytest.mark.parametrize("text, counts", [
    # a standards-desk probe's counts of "exchange" and "online"; the sums are named
    # before them ("bribes worth", a finance probe's "a deal worth €7.4bn")
    ("He took bribes worth 240,000 euros in exchange for building permits.", "bribes"),
    ("The council will publish every contract worth more than €10,000 online.", "contract"),
    ("The clubs paid 5 million euros in total.", None),
])
def test_an_idiom_or_an_adverb_after_a_sum_is_not_what_it_counts(text: str,
                                                                 counts: str | None) -> None:
    (q,) = find_quantities(text, "a")
    assert q.unit == "EUR" and q.counts == counts
    assert parse_quantity("3 million euros in donations").counts == "donations"


@pytest.mark.parametrize("text, counts", [
    # a finance probe: a company's results and a takeover's price were sums of nothing,
    # never compared, so two outlets' $1.2bn and $2.1bn net profit never met
    ("It reported net income of $2.1 billion in the quarter.", "net income"),
    ("Net profit rose to $1.2 billion.", "net profit"),
    ("Tamura agreed a deal worth €7.4bn for Brenner.", "deal"),
    ("The group reported a loss of $30m.", "loss"),
    ("The company was sold for $3bn.", None),
    # a regression probe: a change, a per-share figure, a difference, a household's
    # income and a verb of being name no level of a result
    ("Net income rose $200 million, to $1.5 billion.", None),
    ("Earnings were $2.10 a share.", None),
    ("The average customer's income was $41,000.", None),
    ("Sales totalled $14.2 billion.", None),
])
def test_a_result_or_a_price_named_before_its_sum(text: str, counts: str | None) -> None:
    assert {q.counts for q in find_quantities(text, "a")} == {counts}


@pytest.mark.parametrize("text, counts", [
    # a web probe: the wire's "evacuation of about 200 workers" and a rival's "350 workers
    # were evacuated" were two claims, never compared
    ("The fire forced the evacuation of about 200 workers.", "workers evacuated"),
    ("About 350 workers were evacuated.", "workers evacuated"),
    ("Police confirmed the arrest of 14 protesters.", "protesters arrested"),
    ("The arrest took 14 officers.", "officers"),
])
def test_a_noun_of_what_was_done_names_it_as_the_verb_does(text: str, counts: str) -> None:
    (q,) = find_quantities(text, "a")
    assert q.counts == counts


def test_a_year_after_a_noun_of_what_was_done_stays_a_year() -> None:
    """A regression probe: "since the evacuation of 1944" became 1,944 people evacuated."""
    assert find_quantities("Since the evacuation of 1944, the village stood empty.", "a") == []
    assert find_quantities("The deportations of 1951 are remembered.", "a") == []


@pytest.mark.parametrize("text, language", [
    # a multilingual probe: "7 h 52" was the fact "count of h: 7", and 52 a count too
    ("Le train a déraillé à 7 h 52 près de Lisenne.", "fr"),
    ("El tren salió a las 7.52 horas de Lisenne.", "es"),
    ("The ferry left at 4.15 o'clock.", "en"),
])
def test_clock_times_of_other_styles_are_no_quantities(text: str, language: str) -> None:
    assert find_quantities(text, "a", language) == []
    assert parse_quantity("a delay of 7 h").unit == "hour"


def test_second_regressions_of_clock_times_and_adverbs() -> None:
    """A second regression probe: "2 h 15 min" is a duration, not a clock time, and
    "online" before a noun is an adjective ("12 online retailers")."""
    assert [(q.value, q.unit) for q in find_quantities("The flight takes 2 h 15 min.", "a")
            ] == [(2.0, "hour"), (15.0, "minute")]
    assert parse_quantity("at least 12 online retailers").counts == "online retailers"
    assert find_quantities("Le conseil se réunira jeudi à 20 h pour voter.", "a", "fr") == []
    (walk,) = find_quantities("Le refuge est à 6 h de marche du village.", "a", "fr")
    assert (walk.value, walk.unit) == (6.0, "hour")  # a walk's length (a regression probe)
    assert parse_quantity("400 overseas workers").counts == "overseas workers"


@pytest.mark.parametrize(("text", "counts"), [
    # A real-names probe: a toll took the noun of the count or the sum before it.
    ("The loan was weighed, according to two officials familiar with the talks, while the "
     "confirmed death toll rose to 193.", ["officials", "people killed"]),
    ("The fund approved $300 million in emergency financing as the death toll climbed to "
     "187.", ["emergency financing", "people killed"]),
    # a count's own noun still goes on to a bare number after it
    ("Two men were killed and 3 were injured.", ["men killed", "men injured"]),
    ("It approved $40 million in new funding.", ["new funding"]),
    ("It approved $40 million in emergency loans.", ["emergency loans"]),
])
def test_a_death_toll_counts_the_dead_and_a_sum_its_ing_noun(text, counts):
    assert [q.counts for q in find_quantities(text, "a")] == counts


@pytest.mark.parametrize(("text", "found"), [
    # A real-names probe: "14 of the 23 chapters" lost the figure the outlets disputed.
    ("They agreed on 14 of the 23 chapters.",
     [("14 of the 23 chapters", "chapters"), ("23 chapters", "chapters")]),
    ("They closed 21 of 24 chapters.",
     [("21 of 24 chapters", "chapters"), ("24 chapters", "chapters")]),
    # the deed is the part's: three miners were rescued, of twelve
    ("Three of the 12 miners were rescued.",
     [("Three of the 12 miners", "miners rescued"), ("12 miners", "miners")]),
    ("Half of the 400 residents left.",
     [("Half of the 400 residents", "residents"), ("400 residents", "residents")]),
    # a whole named by its deed keeps it
    ("Five of the 40 people hurt were children.",
     [("Five of the 40 people hurt", "people hurt"), ("40 people hurt", "people hurt")]),
])
def test_a_part_of_a_counted_whole_counts_what_the_whole_counts(text, found):
    assert [(q.text, q.counts) for q in find_quantities(text, "a")] == found


@pytest.mark.parametrize("text, value, unit", [
    # a finance probe: a German-style outlet writing in English lost every rate it gave
    ("The bank cut its key rate to 4,75 % on Thursday.", 4.75, "percent"),
    ("Prices rose 3,2 percent in September.", 3.2, "percent"),
    ("The deal is worth €7,4 Mrd. in total.", 7.4e9, "EUR"),
])
def test_a_decimal_comma_before_a_per_cent_or_a_scale_in_english(text: str, value: float,
                                                                  unit: str) -> None:
    (q,) = find_quantities(text, "a", "en")
    assert (q.value, q.unit) == (value, unit)
    # a comma before one or two digits elsewhere is still a list, not a decimal
    assert [x.value for x in find_quantities("Crews fixed 1,2 and 3 of the pumps.", "a")] == [3]


@pytest.mark.parametrize("text, value, unit", [
    # a finance probe: the range was an exact 2.5, in conflict with another report's 3.2
    ("Inflation will run between 2.5 percent and 3 percent next year.", (2.5, 3.0), "percent"),
    ("She saw growth of between 2.5 per cent and 3 per cent.", (2.5, 3.0), "percent"),
    ("The water rose between 2 metres and 3 metres overnight.", (2.0, 3.0), "m"),
])
def test_a_range_with_its_unit_at_each_end(text: str, value: tuple[float, float],
                                           unit: str) -> None:
    (q,) = find_quantities(text, "a")
    assert (q.value, q.unit) == (value, unit)


def test_basis_points_are_a_unit() -> None:
    """A finance probe: "25 basis points" was a count of "basis", a fact of its own."""
    for text in ("The bank cut its rate by 25 basis points.", "The bank cut its rate by 25bp."):
        (q,) = find_quantities(text, "a")
        assert (q.value, q.unit, q.counts) == (25.0, "basis point", None), text


@pytest.mark.parametrize(("text", "expected"), [
    # A French-desk probe: French tolls made no facts, and tolls in words no quantity.
    ("Au moins quatre personnes ont été tuées et vingt-sept autres blessées.",
     [(4.0, "at least", "people killed"), (27.0, None, "others injured")]),
    ("Le bilan est de 6 morts et 27 blessés.", [(6.0, None, "people killed"),
                                                (27.0, None, "people injured")]),
    ("Deux personnes sont portées disparues.", [(2.0, None, "people missing")]),
    ("Plus de 1 200 habitants ont été évacués.", [(1200.0, "more than", "people evacuated")]),
    ("Quatre-vingt-dix personnes ont été hospitalisées.",
     [(90.0, None, "people hospitalised")]),
    # Other French counts keep their noun (and make no fact).
    ("Le train transportait 212 passagers.", [(212.0, None, "passagers")]),
])
def test_french_tolls(text: str, expected: list[tuple[float, str | None, str]]) -> None:
    assert [(q.value, q.qualifier, q.counts)
            for q in find_quantities(text, "a", "fr")] == expected


def test_french_toll_words_are_read_in_french_only() -> None:
    assert [q.counts for q in find_quantities("Six personnes sont mortes.", "a", "de")] \
        != ["people killed"]


@pytest.mark.parametrize("text", [
    # A regression probe's false French tolls: forecasts, a rise's size, figures of
    # speech, a squad's injuries, negations, a first toll, a group counted before.
    "Les secours n'excluent pas un bilan qui pourrait dépasser 10 morts.",
    "« Si la digue cède, la crue pourrait faire plus de 20 morts », a averti le préfet.",
    "Le bilan s'est ainsi alourdi de deux morts.",
    "À la mi-temps, 200 enfants sont morts de rire devant la mascotte.",
    "Le FC Vaudrelle, qui compte désormais cinq blessés dans son effectif, a perdu.",
    "Personne n'a été tué, pas un blessé n'est à déplorer.",
    "Il n'y a pas eu trois morts, a démenti la mairie.",
    "Un premier bilan faisait état de quatre morts.",
    "Les deux personnes portées disparues ont été retrouvées saines et sauves.",
    "Par ailleurs, 35 personnes ont été secourues par hélicoptère.",
])
def test_what_is_no_french_toll(text: str) -> None:
    assert not [q for q in find_quantities(text, "a", "fr") if q.counts and " " in q.counts]


@pytest.mark.parametrize(("text", "expected"), [
    ("On compte 27 blessées.", (27.0, None, "people injured")),
    ("1 200 habitants ont dû être évacués.", (1200.0, None, "people evacuated")),
    ("Vingt-sept personnes ont été légèrement blessées.", (27.0, None, "people injured")),
    ("Une dizaine de personnes ont été hospitalisées.", (10.0, "about", "people hospitalised")),
    ("Six personnes ont trouvé la mort.", (6.0, None, "people killed")),
    ("Deux personnes sont toujours portées disparues.", (2.0, None, "people missing")),
])
def test_more_french_tolls(text: str, expected: tuple[float, str | None, str]) -> None:
    assert [(q.value, q.qualifier, q.counts) for q in find_quantities(text, "a", "fr")
            if q.counts and " " in q.counts] == [expected]


@pytest.mark.parametrize(("text", "qualifier", "counts"), [
    # a fact-checker probe's corpus
    ("Inspectors raised concerns about two crossings last year.", None, "crossings"),
    ("The union leader said about 4,000 workers were taking part.", "about", "workers"),
    ("At least four remained unaccounted for, the mayor said.", "at least", "people missing"),
    ("Pellin, whose daughter Anya, 19, was among the 16 people who died, spoke.", None,
     "people died"),
    ("Of the 30 people who were injured, 12 remain in hospital.", None, "people injured"),
    ("The 40 workers who struck on Monday returned.", None, "workers"),
    # "one" counts only with a toll ("One of them said no" is none)
    ("One person remained unaccounted for.", None, "person missing"),
    ("One worker was killed on the site.", None, "worker killed"),
])
def test_what_a_count_counts_around_it(text: str, qualifier: str | None, counts: str) -> None:
    (first, *_) = [q for q in find_quantities(text, "a", "en") if q.counts]
    assert (first.qualifier, first.counts) == (qualifier, counts)


def test_one_alone_is_no_count() -> None:
    assert find_quantities("One of them said no, and he is one of the best.", "a", "en") == []


def test_a_toll_told_by_its_latest_victim_counts_the_ordinal() -> None:
    """An election-night probe's storm: "A third person has died" gave no toll, so the
    rise from two to three was never shown. Not a fraction, a rank or an attempt."""
    found = [(q.text, q.value, q.counts) for q in find_quantities(
        "A third person has died after the storm. A second worker was killed on Tuesday.",
        "a")]
    assert found == [("third person", 3.0, "people died"),
                     ("second worker", 2.0, "workers killed")]
    for text in ("A third of the houses were flooded.", "A second attempt was killed off.",
                 "The third person in line was served."):
        assert all("died" not in (q.counts or "") and "killed" not in (q.counts or "")
                   for q in find_quantities(text, "a")), text
