"""Russian, Ukrainian and Polish tolls: "погибли 5 человек", "Пять человек погибли",
"загинули п'ятеро людей", "про п'ятьох загиблих", "ще 12 дістали поранення", "zginęło
pięć osób", "12 osób zostało rannych", "trzy osoby nie żyją".

The same reading as Spanish and German (:mod:`tolls_other`), in these languages' words:
a held-out probe's reports of one strike on Kharkiv, in Russian and in Ukrainian, made no
fact, as the English parser counted "человек" and "дістали поранення", words the facts
step does not know. Both languages put the verb before the count as often as after it
("погибли 5 человек"), and write a count of people in a collective form ("пятеро",
"п'ятеро") or in the genitive ("пяти", "п'ятьох"); each is listed. The guards are the
Spanish ones: not after a forecast, a condition, a negation, the size of a rise, an
earlier year's figure or an exercise.
"""

from __future__ import annotations

import re

from copydesk.extract.quantities.toll_rules import TollRules, number_words

_DIGITS = r"\d{1,3}(?:[\s\u00a0]\d{3})*"
#: Between the parts of a number in words ("двадцать пять", "двадцять п'ять").
_SPACE = r"\s+"
#: The end of a clause right after a count with no noun ("погибли трое, ранены 12."):
#: a punctuation mark or "и"/"і"/"та", not another word the count may belong to.
_CLAUSE_END = r"(?=\s*(?:[.,;:!?]|$)|\s+(?:и|і|та|й)\s)"
_CLAUSE_END_PL = r"(?=\s*(?:[.,;:!?]|$)|\s+(?:i|a|oraz)\s)"


def _with_apostrophes(numbers: dict[str, int]) -> dict[str, int]:
    """Ukrainian numbers with each apostrophe the press writes ("п'ять", "п’ять", "пʼять")."""
    out = dict(numbers)
    for word, value in numbers.items():
        for mark in "’ʼ":
            out[word.replace("'", mark)] = value
    return out


_RUSSIAN_NUMBERS = {
    "один": 1, "одна": 1, "одного": 1, "одной": 1, "два": 2, "две": 2, "двое": 2, "двух": 2,
    "двоих": 2, "три": 3, "трое": 3, "трех": 3, "трёх": 3, "троих": 3, "четыре": 4,
    "четверо": 4, "четырех": 4, "четырёх": 4, "четверых": 4, "пять": 5, "пятеро": 5,
    "пяти": 5, "пятерых": 5, "шесть": 6, "шестеро": 6, "шести": 6, "шестерых": 6, "семь": 7,
    "семеро": 7, "семи": 7, "семерых": 7, "восемь": 8, "восьмеро": 8, "восьми": 8,
    "девять": 9, "девятеро": 9, "девяти": 9, "десять": 10, "десятеро": 10, "десяти": 10,
    "одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12,
    "тринадцать": 13, "тринадцати": 13, "четырнадцать": 14, "четырнадцати": 14,
    "пятнадцать": 15, "пятнадцати": 15, "шестнадцать": 16, "шестнадцати": 16,
    "семнадцать": 17, "семнадцати": 17, "восемнадцать": 18, "восемнадцати": 18,
    "девятнадцать": 19, "девятнадцати": 19, "двадцать": 20, "двадцати": 20, "тридцать": 30,
    "тридцати": 30, "сорок": 40, "сорока": 40, "пятьдесят": 50, "пятидесяти": 50,
    "шестьдесят": 60, "шестидесяти": 60, "семьдесят": 70, "восемьдесят": 80,
    "девяносто": 90, "сто": 100, "ста": 100,
}
_UKRAINIAN_NUMBERS = _with_apostrophes({
    "один": 1, "одна": 1, "одного": 1, "однієї": 1, "два": 2, "дві": 2, "двоє": 2, "двох": 2,
    "три": 3, "троє": 3, "трьох": 3, "чотири": 4, "четверо": 4, "чотирьох": 4, "п'ять": 5,
    "п'ятеро": 5, "п'ятьох": 5, "п'яти": 5, "шість": 6, "шестеро": 6, "шістьох": 6,
    "шести": 6, "сім": 7, "семеро": 7, "сімох": 7, "семи": 7, "вісім": 8, "восьмеро": 8,
    "вісьмох": 8, "восьми": 8, "дев'ять": 9, "дев'ятеро": 9, "дев'ятьох": 9, "дев'яти": 9,
    "десять": 10, "десятеро": 10, "десятьох": 10, "десяти": 10, "одинадцять": 11,
    "одинадцяти": 11, "дванадцять": 12, "дванадцяти": 12, "тринадцять": 13,
    "тринадцяти": 13, "чотирнадцять": 14, "чотирнадцяти": 14, "п'ятнадцять": 15,
    "п'ятнадцяти": 15, "шістнадцять": 16, "шістнадцяти": 16, "сімнадцять": 17,
    "сімнадцяти": 17, "вісімнадцять": 18, "вісімнадцяти": 18, "дев'ятнадцять": 19,
    "дев'ятнадцяти": 19, "двадцять": 20, "двадцяти": 20, "тридцять": 30, "тридцяти": 30,
    "сорок": 40, "сорока": 40, "п'ятдесят": 50, "п'ятдесяти": 50, "шістдесят": 60,
    "сімдесят": 70, "вісімдесят": 80, "дев'яносто": 90, "сто": 100,
})

_RUSSIAN_N = rf"(?P<n>{_DIGITS}|{number_words(_RUSSIAN_NUMBERS, _SPACE)})"
_RUSSIAN_QUALIFIER = (r"(?:(?P<qual>по\s+меньшей\s+мере|по\s+крайней\s+мере|не\s+менее"
                      r"|как\s+минимум|минимум|более|больше|свыше|около|почти)\s+)?")
#: Who a Russian toll counts; a list, not any noun ("5 ракет сбиты" is no toll).
_RUSSIAN_PEOPLE = (r"человек|человека|людей|жителей|мирных\s+жителей|горожан|детей"
                   r"|ребенка|ребёнка|военных|военнослужащих|пассажиров|рабочих|горняков"
                   r"|шахтеров|шахтёров|спасателей|полицейских")
_RUSSIAN_DEEDS = (r"погибл[иао]|погиб|скончал(?:ись|ся|ась)|убит[ыоа]?|ранен[ыоа]?"
                  r"|получил[иа]?\s+ранения|пострадал[иао]?|пропал[иао]?\s+без\s+вести"
                  r"|эвакуирован[ыоа]?|госпитализирован[ыоа]?")
#: The dead and the wounded named by a participle; not "пострадавших", the victims a
#: report has rescuers pull "из-под завалов" (two of the same probe's 12 wounded).
_RUSSIAN_BARE = r"погибших|раненых|убитых|жертв|погибшие|раненые"
_RUSSIAN_AUX = r"(?:(?:были|был|была|было)\s+)?(?:(?:тяжело|легко|серьезно|серьёзно)\s+)?"

_RUSSIAN = TollRules(
    language="ru",
    numbers=_RUSSIAN_NUMBERS,
    joiner=_SPACE,
    patterns=(
        # the count first: "Пять человек погибли", "двенадцать ранены", "12 получили
        # ранения", "пять погибших"
        re.compile(r"(?i)(?<![\w,.])" + _RUSSIAN_QUALIFIER + _RUSSIAN_N + r"\s+(?:(?:(?P<noun>"
                   + _RUSSIAN_PEOPLE + r")\s+)?" + _RUSSIAN_AUX + r"(?P<deed>" + _RUSSIAN_DEEDS
                   + r")|(?P<bare>" + _RUSSIAN_BARE + r"))\b"),
        # the verb first: "погибли 5 человек", "ранены по меньшей мере 12 человек", and
        # without the noun at a clause's end: "погибли трое, ранены 12."
        re.compile(r"(?i)\b" + _RUSSIAN_AUX + r"(?P<deed>" + _RUSSIAN_DEEDS + r")\s+"
                   r"(?:(?:еще|ещё|уже|также)\s+)?" + _RUSSIAN_QUALIFIER + _RUSSIAN_N
                   + r"(?:\s+(?P<noun>" + _RUSSIAN_PEOPLE + r")\b|" + _CLAUSE_END + r")"),
        # the injuries first: "ранения получили 12 человек", "травмы получили трое"
        re.compile(r"(?i)\b(?P<deed>(?:ранения|травмы)\s+получил[иа]?)\s+"
                   + _RUSSIAN_QUALIFIER + _RUSSIAN_N
                   + r"(?:\s+(?P<noun>" + _RUSSIAN_PEOPLE + r")\b|" + _CLAUSE_END + r")"),
    ),
    deeds={"погиб": "killed", "скончал": "killed", "убит": "killed", "жертв": "killed",
           "ранен": "injured", "травм": "injured", "получил": "injured", "пострадал": "injured",
           "пропал": "missing", "эвакуир": "evacuated", "госпитализ": "hospitalised"},
    qualifiers={"по меньшей мере": "at least", "по крайней мере": "at least",
                "не менее": "at least", "как минимум": "at least", "минимум": "at least",
                "более": "more than", "больше": "more than", "свыше": "more than",
                "около": "about", "почти": "nearly"},
    not_this_toll=re.compile(
        r"(?i)(?:\b(?:могут|может|могли|могло|опасаются|если|ожидается|прогноз\w*)\b[^.;:!?]*"
        r"|\b(?:не|нет|никто|без)\s+(?:\w+\s+)?|\b(?:увеличил\w*|вырос\w*)\s+на\s+"
        r"|\b(?:19|20)\d\d\b[^.;:!?]*|\b(?:ранее|год\s+назад|в\s+прошлом\s+году"
        r"|учени\w*)\b[^.;:!?]*)$"),
    not_a_toll_after=re.compile(r"(?i)[^.;:!?]{0,30}\b(?:в|во)\s+(?:19|20)\d\d\b"),
)

_UKRAINIAN_N = rf"(?P<n>{_DIGITS}|{number_words(_UKRAINIAN_NUMBERS, _SPACE)})"
_UKRAINIAN_QUALIFIER = (r"(?:(?P<qual>щонайменше|принаймні|не\s+менше|понад|більше"
                        r"|близько|майже)\s+)?")
_UKRAINIAN_PEOPLE = (r"людей|людини|осіб|особи|мешканців|цивільних|дітей|дитини|військових"
                     r"|військовослужбовців|пасажирів|працівників|гірників|шахтарів"
                     r"|рятувальників|поліцейських")
_UKRAINIAN_DEEDS = (r"загинул[иао]|загинув|померл[иао]|помер|вбит[іоа]?|убит[іоа]?"
                    r"|поранен[іоа]?|дістал[иа]?\s+поранен(?:ня|ь)|отримал[иа]?\s+поранен(?:ня|ь)"
                    r"|травмован[іоа]?|постраждал[иао]?|зникл[иао]\s+безвісти|зник\s+безвісти"
                    r"|евакуйован[іоа]?|госпіталізован[іоа]?|шпиталізован[іоа]?")
_UKRAINIAN_BARE = r"загиблих|загиблі|поранених|поранені|жертв|вбитих"
_UKRAINIAN_AUX = r"(?:(?:були|був|була|було)\s+)?(?:(?:тяжко|легко|важко)\s+)?"

_UKRAINIAN = TollRules(
    language="uk",
    numbers=_UKRAINIAN_NUMBERS,
    joiner=_SPACE,
    patterns=(
        # the count first: "п'ятеро людей загинули", "ще 12 дістали поранення", "про
        # п'ятьох загиблих"
        re.compile(r"(?i)(?<![\w,.'’ʼ])" + _UKRAINIAN_QUALIFIER + _UKRAINIAN_N
                   + r"\s+(?:(?:(?P<noun>" + _UKRAINIAN_PEOPLE + r")\s+)?" + _UKRAINIAN_AUX
                   + r"(?P<deed>" + _UKRAINIAN_DEEDS + r")|(?P<bare>" + _UKRAINIAN_BARE + r"))\b"),
        # the verb first: "загинули п'ятеро людей", "поранено щонайменше 12 осіб", and
        # without the noun at a clause's end: "загинули троє, поранені 12."
        re.compile(r"(?i)\b" + _UKRAINIAN_AUX + r"(?P<deed>" + _UKRAINIAN_DEEDS + r")\s+"
                   r"(?:(?:ще|вже|також)\s+)?" + _UKRAINIAN_QUALIFIER + _UKRAINIAN_N
                   + r"(?:\s+(?P<noun>" + _UKRAINIAN_PEOPLE + r")\b|" + _CLAUSE_END + r")"),
        # the injuries first: "поранення отримали 12 людей", "травми дістали троє"
        re.compile(r"(?i)\b(?P<deed>(?:поранення|травми)\s+(?:отримал|дістал)[иа]?)\s+"
                   + _UKRAINIAN_QUALIFIER + _UKRAINIAN_N
                   + r"(?:\s+(?P<noun>" + _UKRAINIAN_PEOPLE + r")\b|" + _CLAUSE_END + r")"),
    ),
    deeds={"загин": "killed", "загибл": "killed", "помер": "killed", "вбит": "killed",
           "убит": "killed", "жертв": "killed", "поранен": "injured", "дістал": "injured",
           "отримал": "injured", "травм": "injured", "постраждал": "injured",
           "зник": "missing", "евакуйов": "evacuated", "госпіталізов": "hospitalised",
           "шпиталізов": "hospitalised"},
    qualifiers={"щонайменше": "at least", "принаймні": "at least", "не менше": "at least",
                "понад": "more than", "більше": "more than", "близько": "about",
                "майже": "nearly"},
    not_this_toll=re.compile(
        r"(?i)(?:\b(?:можуть|може|могли|могло|побоюються|якщо|очікується|прогноз\w*)\b"
        r"[^.;:!?]*|\b(?:не|немає|ніхто|без)\s+(?:\w+\s+)?|\b(?:зріс\w*|зросл\w*"
        r"|збільшил\w*)\s+на\s+|\b(?:19|20)\d\d\b[^.;:!?]*|\b(?:раніше|рік\s+тому"
        r"|минулого\s+року|навчан\w*)\b[^.;:!?]*)$"),
    not_a_toll_after=re.compile(r"(?i)[^.;:!?]{0,30}\b(?:в|у)\s+(?:19|20)\d\d\b"),
)

_POLISH_NUMBERS = {
    "jeden": 1, "jedna": 1, "jednego": 1, "jedną": 1, "dwa": 2, "dwie": 2, "dwóch": 2,
    "dwoje": 2, "dwaj": 2, "dwoma": 2, "trzy": 3, "trzech": 3, "troje": 3, "trzej": 3,
    "cztery": 4, "czterech": 4, "czworo": 4, "czterej": 4, "pięć": 5, "pięciu": 5,
    "pięcioro": 5, "sześć": 6, "sześciu": 6, "sześcioro": 6, "siedem": 7, "siedmiu": 7,
    "siedmioro": 7, "osiem": 8, "ośmiu": 8, "ośmioro": 8, "dziewięć": 9, "dziewięciu": 9,
    "dziesięć": 10, "dziesięciu": 10, "jedenaście": 11, "jedenastu": 11, "dwanaście": 12,
    "dwunastu": 12, "trzynaście": 13, "trzynastu": 13, "czternaście": 14, "czternastu": 14,
    "piętnaście": 15, "piętnastu": 15, "szesnaście": 16, "szesnastu": 16, "siedemnaście": 17,
    "siedemnastu": 17, "osiemnaście": 18, "osiemnastu": 18, "dziewiętnaście": 19,
    "dziewiętnastu": 19, "dwadzieścia": 20, "dwudziestu": 20, "trzydzieści": 30,
    "trzydziestu": 30, "czterdzieści": 40, "czterdziestu": 40, "pięćdziesiąt": 50,
    "pięćdziesięciu": 50, "sto": 100, "stu": 100,
}
_POLISH_N = rf"(?P<n>{_DIGITS}|{number_words(_POLISH_NUMBERS, _SPACE)})"
_POLISH_QUALIFIER = (r"(?:(?P<qual>co\s+najmniej|przynajmniej|nie\s+mniej\s+niż|ponad"
                     r"|więcej\s+niż|około|blisko|prawie)\s+)?")
_POLISH_PEOPLE = (r"osób|osoby|osoba|ludzi|mieszkańców|cywilów|dzieci|dziecka|żołnierzy"
                  r"|pasażerów|pracowników|górników|ratowników|policjantów|strażaków|turystów")
#: Verbs and participles of a Polish toll; "nie żyje", "nie żyją" (is, are dead) too.
_POLISH_DEEDS = (r"zginęł[aoy]|zginęli|zginął|nie\s+żyj[eą]|zmarł[aoy]?|zmarli"
                 r"|(?:został[aoy]?|zostali)\s+(?:zabit[aey]|zabici|rann[aeyi]|ranni"
                 r"|ewakuowan[aeyi]|ewakuowani|hospitalizowan[aeyi]|hospitalizowani)"
                 r"|zabit[aey]|zabici|rann[aeyi]|ranni|odniósł\s+obrażenia|odniosł[aoy]\s+obrażenia"
                 r"|odnieśli\s+obrażenia|zaginęł[aoy]|zaginęli|zaginął|ewakuowan[aoyi]|ewakuowani"
                 r"|hospitalizowan[aoyi]|hospitalizowani|trafił[aoy]?\s+do\s+szpitala"
                 r"|trafili\s+do\s+szpitala")
_POLISH_BARE = r"zabitych|rannych|ofiar\s+śmiertelnych|ofiar|zmarłych"
_POLISH_AUX = r"(?:(?:ciężko|lekko|poważnie)\s+)?"

_POLISH = TollRules(
    language="pl",
    numbers=_POLISH_NUMBERS,
    joiner=_SPACE,
    patterns=(
        # the count first: "Pięć osób zginęło", "12 osób zostało rannych", "trzy osoby nie
        # żyją", "o pięciu zabitych"
        re.compile(r"(?i)(?<![\w,.])" + _POLISH_QUALIFIER + _POLISH_N + r"\s+(?:(?:(?P<noun>"
                   + _POLISH_PEOPLE + r")\s+)?" + _POLISH_AUX + r"(?P<deed>" + _POLISH_DEEDS
                   + r"|zostało\s+rannych|jest\s+rannych)|(?P<bare>" + _POLISH_BARE + r"))(?!\w)"),
        # the verb first: "zginęło pięć osób", "rannych zostało 12 osób", and without the
        # noun at a clause's end: "zginęły trzy, rannych jest 12."
        re.compile(r"(?i)(?<!\w)" + _POLISH_AUX + r"(?P<deed>" + _POLISH_DEEDS
                   + r"|rannych\s+(?:zostało|jest)|obrażenia\s+odniosł[aoy]|obrażenia\s+odnieśli)"
                   r"\s+(?:(?:jeszcze|już|także|również)\s+)?" + _POLISH_QUALIFIER + _POLISH_N
                   + r"(?:\s+(?P<noun>" + _POLISH_PEOPLE + r")(?!\w)|" + _CLAUSE_END_PL + r")"),
    ),
    # (a passive's participle says the deed: "został zabity", "zostali ewakuowani")
    deeds={"zgin": "killed", "nie żyj": "killed", "zmar": "killed", "zabi": "killed",
           **{f"{aux} {participle}": deed for aux in ("został", "zostali", "zostało", "zostały")
              for participle, deed in (("zabi", "killed"), ("ewakuowan", "evacuated"),
                                       ("hospitalizowan", "hospitalised"))},
           "ofiar": "killed", "rann": "injured", "zosta": "injured", "jest rann": "injured",
           "odni": "injured", "obrażenia": "injured", "zagin": "missing",
           "ewakuowan": "evacuated", "hospitalizowan": "hospitalised", "trafi": "hospitalised"},
    qualifiers={"co najmniej": "at least", "przynajmniej": "at least",
                "nie mniej niż": "at least", "ponad": "more than", "więcej niż": "more than",
                "około": "about", "blisko": "about", "prawie": "nearly"},
    not_this_toll=re.compile(
        r"(?i)(?:\b(?:mogą|może|mogło|mogli|obawia\w*|jeśli|jeżeli|prognoz\w*)\b[^.;:!?]*"
        r"|(?<!\w)(?:nie|nikt|bez)\s+(?:\w+\s+)?|(?<!\w)(?:wzrósł|wzrosła|wzrosło|zwiększył\w*)"
        r"\s+o\s+|\b(?:19|20)\d\d\b[^.;:!?]*|(?<!\w)(?:wcześniej|rok\s+temu"
        r"|w\s+ubiegłym\s+roku|ćwicze\w*)(?!\w)[^.;:!?]*)$"),
    not_a_toll_after=re.compile(r"(?i)[^.;:!?]{0,30}(?<!\w)w\s+(?:19|20)\d\d\b"),
)

SLAVIC_LANGUAGES = {"ru": _RUSSIAN, "uk": _UKRAINIAN, "pl": _POLISH}
#: Casualty words of these languages that are a toll right after a count ("двенадцать
#: ранены", "ще 12 дістали поранення"): a verb or a participle agreeing with the count.
SLAVIC_VERBS = (r"погиб|скончал|убит|ранен|получил|пострадал|пропал|эвакуир|госпитализ"
                r"|загин|помер|вбит|поранен|дістал|отримал|травмован|постраждал|зник"
                r"|евакуйов|госпіталізов|шпиталізов"
                r"|zgin|nie\s+żyj|zmar|został|zostali|zabi|rann|odni|zagin|ewakuowan"
                r"|hospitalizowan|trafi")
