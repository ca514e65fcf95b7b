"""A probe of one event reported in two scripts: eighteen events of March 2026, each told
by an English report and a Russian and/or Ukrainian one written independently (other
facts first, other numbers left out, no sentence translated), with three traps:

- three events in Kharkiv on Thursday 12 March: a tram crash (English, Ukrainian, and a
  Russian brief naming nobody), a rector's election (Ukrainian, English) and a metro
  station opened by the mayor (English, Russian), whom the Ukrainian tram report names too;
- one deputy minister in Warsaw on 4 March and in Brussels on 11 March;
- two presidents' phone call on 9 March and their summit in Samarkand on 11 March.

Every text is invented for these tests; the people are fictional, the cities real.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from copydesk.records import Article

#: (event, id, language, published, title, body). The id's prefix is the site.
REPORTS: list[tuple[str, str, str, str, str, str]] = [
    ("dam", "kestrel-dam", "en", "2026-03-02T11:00",
     "Dam bursts near Verbivka, hundreds of homes flooded",
     "POLTAVA, Ukraine, March 2 (Kestrel Wire) - An earth dam on the Vorskla tributary near "
     "the village of Verbivka gave way early on Monday and flooded about 300 houses, "
     "regional governor Taras Lozynskyi said. Rescuers took 640 residents to schools in "
     "Poltava by bus. Lozynskyi blamed heavy rain and a neglected spillway."),
    ("dam", "uaday-dam", "uk", "2026-03-02T14:30",
     "Прорив дамби затопив Вербівку",
     "Голова обласної адміністрації Тарас Лозинський повідомив, що в понеділок уночі "
     "прорвало земляну дамбу біля села Вербівка на Полтавщині. Вода зайшла у триста "
     "дворів. За словами Лозинського, людей вивезли автобусами до Полтави, загиблих немає. "
     "Гідрологи попереджають, що рівень води ще підніматиметься."),

    ("mine", "kestrel-mine", "en", "2026-03-03T08:00",
     "Four miners killed in methane blast in Vorkuta",
     "VORKUTA, Russia, March 3 (Kestrel Wire) - A methane explosion killed four miners at "
     "the Severnaya coal mine in Vorkuta on Tuesday, and 27 others were brought to the "
     "surface, the mine's director Gennady Orlov told local television. Investigators "
     "opened a criminal case over safety violations."),
    ("mine", "rusvest-mine", "ru", "2026-03-03T10:15",
     "Взрыв метана на шахте «Северная» унес жизни четырех горняков",
     "В Воркуте во вторник на шахте «Северная» произошел взрыв метановоздушной смеси. "
     "Погибли четыре человека, еще 27 горняков подняли на поверхность, сообщил директор "
     "шахты Геннадий Орлов. Следственный комитет возбудил уголовное дело о нарушении "
     "требований промышленной безопасности."),

    ("ferry", "kestrel-ferry", "en", "2026-03-04T09:30",
     "Cargo ship rams ferry in Odesa port, 11 hurt",
     "ODESA, Ukraine, March 4 (Kestrel Wire) - A bulk carrier, the Marigold, struck a "
     "passenger ferry while mooring in Odesa port on Wednesday, injuring 11 people, port "
     "authority chief Vira Bondar said. The ferry's hull was holed above the waterline and "
     "its 160 passengers were taken ashore."),
    ("ferry", "uaday-ferry", "uk", "2026-03-04T11:00",
     "В Одеському порту суховантаж протаранив пором",
     "У середу в порту Одеси суховантаж «Марігольд» під час швартування зачепив "
     "пасажирський пором. Травмовано одинадцять людей, повідомила керівниця адміністрації "
     "порту Віра Бондар. Бондар додала, що капітана суховантажа відсторонили."),
    ("ferry", "rusvest-ferry", "ru", "2026-03-04T12:40",
     "Столкновение в порту Одессы: пострадали 11 человек",
     "Сухогруз «Мариголд» в среду задел паром у причала в Одессе. Пострадали "
     "одиннадцать пассажиров, заявила начальница порта Вера Бондарь. На пароме находились "
     "160 человек, их эвакуировали на берег."),

    ("icons", "kestrel-icons", "en", "2026-03-05T16:00",
     "Three 17th-century icons stolen from Lviv museum",
     "LVIV, Ukraine, March 5 (Kestrel Wire) - Thieves took three icons painted in the 17th "
     "century from the National Museum in Lviv overnight into Thursday, police chief "
     "Andriy Hrytsak said. The alarm had been switched off for repairs, Hrytsak added, "
     "and border guards had been warned."),
    ("icons", "uaday-icons", "uk", "2026-03-05T18:20",
     "З Національного музею у Львові викрали три ікони",
     "Невідомі в ніч на четвер винесли з Національного музею у Львові три ікони XVII "
     "століття. Сигналізація в залі не працювала через ремонт. Начальник поліції Андрій "
     "Грицак закликав свідків звернутися до слідчих."),

    ("derail", "kestrel-derail", "en", "2026-03-06T10:00",
     "Freight train derails near Myrhorod, diesel leaks",
     "MYRHOROD, Ukraine, March 6 (Kestrel Wire) - Fourteen tank wagons of a freight train "
     "left the rails near Myrhorod on Friday and two of them leaked diesel into a ditch, "
     "railway spokesman Dmytro Soroka said. No one was hurt. Passenger trains were sent "
     "around the site."),
    ("derail", "uaday-derail", "uk", "2026-03-06T12:00",
     "Під Миргородом зійшли з рейок цистерни з пальним",
     "У п'ятницю поблизу Миргорода зійшли з колії 14 цистерн вантажного поїзда. З двох "
     "цистерн витекло дизельне пальне, повідомив речник Укрзалізниці Дмитро Сорока. "
     "Екологи відбирають проби ґрунту."),
    ("derail", "rusvest-derail", "ru", "2026-03-06T13:30",
     "Сход цистерн под Миргородом: утечка топлива",
     "Под Миргородом в пятницу сошли с рельсов четырнадцать цистерн с дизельным топливом. "
     "Пострадавших нет, сообщил представитель железной дороги Дмитрий Сорока. Движение "
     "пассажирских поездов перенаправлено."),

    ("chess", "kestrel-chess", "en", "2026-03-07T20:00",
     "Zaitsev wins Kazan Open after beating Mehta",
     "KAZAN, Russia, March 7 (Kestrel Wire) - Russian grandmaster Ilya Zaitsev won the Kazan "
     "Open on Saturday, beating India's Arjun Mehta in the final round with the black "
     "pieces. Zaitsev finished with 7.5 points from nine games."),
    ("chess", "rusvest-chess", "ru", "2026-03-07T21:10",
     "Илья Зайцев выиграл турнир Kazan Open",
     "Гроссмейстер Илья Зайцев стал победителем турнира в Казани. В последнем туре он "
     "черными фигурами обыграл индийца Арджуна Мехту и набрал 7,5 очка из девяти. Зайцев "
     "посвятил победу своему тренеру."),

    ("election", "kestrel-election", "en", "2026-03-08T22:00",
     "Voronin wins mayoral vote in Zarechensk",
     "ZARECHENSK, Russia, March 8 (Kestrel Wire) - Alexei Voronin won Sunday's mayoral "
     "election in Zarechensk with 54.3 percent of the vote, the city election commission "
     "said. Turnout was 38 percent. His rival Svetlana Kirillova said she would contest "
     "the count."),
    ("election", "rusvest-election", "ru", "2026-03-09T07:00",
     "Алексей Воронин стал мэром Зареченска",
     "По данным городской избирательной комиссии, на выборах мэра Зареченска в воскресенье "
     "победил Алексей Воронин, набравший 54,3% голосов. Светлана Кириллова, занявшая "
     "второе место, намерена оспорить итоги в суде."),

    ("heat", "kestrel-heat", "en", "2026-03-09T09:00",
     "Chernihiv boiler failure leaves 40,000 without heating",
     "CHERNIHIV, Ukraine, March 9 (Kestrel Wire) - A boiler house in Chernihiv broke down "
     "on Monday, leaving about 40,000 residents of the northern districts without heating, "
     "mayor Vasyl Hordiienko said. Engineers expected repairs to take two days."),
    ("heat", "uaday-heat", "uk", "2026-03-09T10:30",
     "У Чернігові аварія на котельні: без тепла 40 тисяч людей",
     "Мер Чернігова Василь Гордієнко повідомив у понеділок, що через аварію на котельні "
     "без опалення залишилися мешканці північних районів міста. У школах оголосили "
     "дистанційне навчання. Гордієнко пообіцяв відновити теплопостачання за дві доби."),
    ("heat", "rusvest-heat", "ru", "2026-03-09T12:00",
     "Чернигов: без отопления остались 40 тысяч жителей",
     "В Чернигове в понедельник вышла из строя котельная. Около 40 тысяч человек остались "
     "без тепла, сообщил городской голова Василий Гордиенко. Ремонт займет около двух "
     "суток."),

    ("insulin", "kestrel-insulin", "en", "2026-03-10T13:00",
     "Ukraine opens insulin plant in Dnipro",
     "DNIPRO, Ukraine, March 10 (Kestrel Wire) - Health minister Kateryna Lytvyn opened an "
     "insulin plant in Dnipro on Tuesday that will make two million vials a year, enough "
     "to end imports. The plant cost 45 million euros, Lytvyn said."),
    ("insulin", "uaday-insulin", "uk", "2026-03-10T15:00",
     "У Дніпрі запрацював завод з виробництва інсуліну",
     "Міністерка охорони здоров'я Катерина Литвин у вівторок відкрила в Дніпрі завод, що "
     "вироблятиме інсулін. За словами Литвин, підприємство забезпечить усіх пацієнтів "
     "країни і коштувало 45 мільйонів євро."),

    # A same-city, same-day trap: two events in Kharkiv on Thursday 12 March.
    ("tram", "kestrel-tram", "en", "2026-03-12T09:00",
     "Tram derails in Kharkiv, nine injured",
     "KHARKIV, Ukraine, March 12 (Kestrel Wire) - A tram came off the rails on a bend in "
     "central Kharkiv on Thursday morning and hit a bus stop, injuring nine people, city "
     "transport chief Yuriy Bilyk said. Bilyk said worn brakes were suspected."),
    ("tram", "rusvest-tram", "ru", "2026-03-12T11:30",
     "В Харькове трамвай сошел с рельсов",
     "В центре Харькова в четверг утром трамвай сошел с рельсов на повороте и врезался в "
     "остановку. Пострадали девять человек."),
    ("tram", "uaday-tram", "uk", "2026-03-12T10:40",
     "У Харкові трамвай зійшов з рейок і влетів у зупинку",
     "У четвер вранці в центрі Харкова трамвай на повороті зійшов з рейок. Постраждали "
     "дев'ятеро людей, двоє у лікарні, повідомив директор департаменту транспорту Юрій "
     "Білик. Рух трамваїв на лінії зупинено. Міський голова Олег "
     "Симоненко відвідав постраждалих у лікарні."),
    ("rector", "uaday-rector", "uk", "2026-03-12T13:00",
     "Харківський університет обрав нову ректорку",
     "Вчена рада Харківського університету в четвер обрала ректоркою професорку фізики "
     "Наталію Голуб. За неї проголосували 212 членів ради. Голуб пообіцяла повернути "
     "студентів до аудиторій."),
    ("rector", "kestrel-rector", "en", "2026-03-12T15:00",
     "Physicist Natalia Holub elected rector in Kharkiv",
     "KHARKIV, Ukraine, March 12 (Kestrel Wire) - Kharkiv University's academic council "
     "elected physicist Natalia Holub as rector on Thursday with 212 votes. Holub, the "
     "first woman to lead the university, said she wanted students back in lecture halls."),

    ("metro", "kestrel-metro", "en", "2026-03-12T12:00",
     "Kharkiv opens its first new metro station in a decade",
     "KHARKIV, Ukraine, March 12 (Kestrel Wire) - Mayor Oleh Symonenko opened the "
     "Derzhprom metro station in Kharkiv on Thursday, the first on the network in ten "
     "years. The station, 40 metres underground, also serves as a shelter."),
    ("metro", "rusvest-metro", "ru", "2026-03-12T14:00",
     "В Харькове открыли станцию метро «Госпром»",
     "Городской голова Харькова Олег Симоненко в четверг открыл новую станцию "
     "метрополитена. Станция расположена на глубине 40 метров и будет служить укрытием. "
     "Симоненко поблагодарил строителей."),

    # The same person a week apart: a deputy minister in Warsaw, then in Brussels.
    ("warsaw", "kestrel-warsaw", "en", "2026-03-04T14:00",
     "Ukraine's Zabolotny in Warsaw for grain transit talks",
     "WARSAW, March 4 (Kestrel Wire) - Ukrainian deputy foreign minister Ihor Zabolotny "
     "held talks in Warsaw on Wednesday with Polish deputy minister Marek Dabrowski on "
     "grain transit through Polish ports. Dabrowski said the quota of 1.2 million tonnes "
     "would stay."),
    ("warsaw", "uaday-warsaw", "uk", "2026-03-04T17:00",
     "Заболотний і Домбровський обговорили транзит зерна",
     "Заступник міністра закордонних справ Ігор Заболотний у середу у Варшаві зустрівся з "
     "польським колегою Мареком Домбровським. Сторони говорили про транзит українського "
     "зерна через порти Польщі. Заболотний назвав зустріч конструктивною."),
    ("brussels", "rusvest-brussels", "ru", "2026-03-11T12:00",
     "Заболотный в Брюсселе обсудил переговорные главы",
     "Заместитель министра иностранных дел Украины Игорь Заболотный в среду провел в "
     "Брюсселе переговоры с представителем Еврокомиссии Хеленой Верховен. Речь шла об "
     "открытии первых переговорных глав о вступлении. Верховен не назвала сроков."),
    ("brussels", "kestrel-brussels", "en", "2026-03-11T14:30",
     "EU's Verhoeven and Zabolotny discuss accession chapters",
     "BRUSSELS, March 11 (Kestrel Wire) - European Commission official Helena Verhoeven "
     "met Ukrainian deputy foreign minister Ihor Zabolotny in Brussels on Wednesday to "
     "discuss opening the first chapters of accession negotiations. Verhoeven gave no date."),

    # Two presidents: their phone call on Monday, their summit in Samarkand on Wednesday.
    ("call", "kestrel-call", "en", "2026-03-09T16:00",
     "Abenov and Yusupov discuss water sharing by phone",
     "ASTANA, March 9 (Kestrel Wire) - Kazakh President Nurlan Abenov and Uzbek President "
     "Bakhtiyor Yusupov spoke by phone on Monday about sharing the waters of the Syr Darya "
     "before the spring sowing, Abenov's office said. They agreed to meet in Samarkand."),
    ("call", "rusvest-call", "ru", "2026-03-09T18:00",
     "Абенов и Юсупов провели телефонный разговор",
     "Президент Казахстана Нурлан Абенов в понедельник провел телефонный разговор с "
     "президентом Узбекистана Бахтиёром Юсуповым, сообщила пресс-служба Акорды. Лидеры "
     "обсудили распределение воды Сырдарьи и подготовку встречи в Самарканде."),
    ("summit", "rusvest-summit", "ru", "2026-03-11T11:00",
     "В Самарканде Абенов и Юсупов подписали 14 соглашений",
     "САМАРКАНД, 11 марта - Президенты Нурлан Абенов и Бахтиёр Юсупов в среду подписали "
     "в Самарканде четырнадцать соглашений, среди них договор о совместном управлении "
     "водохранилищем. Юсупов назвал переговоры историческими."),
    ("summit", "kestrel-summit", "en", "2026-03-11T15:00",
     "Kazakh and Uzbek leaders sign 14 deals at Samarkand summit",
     "SAMARKAND, Uzbekistan, March 11 (Kestrel Wire) - Presidents Bakhtiyor Yusupov and "
     "Nurlan Abenov signed 14 agreements at a summit in Samarkand on Wednesday, including "
     "a treaty on running a shared reservoir. Abenov invited Yusupov to Astana in autumn."),

    ("quake", "kestrel-quake", "en", "2026-03-13T06:00",
     "Magnitude 5.8 earthquake shakes Almaty",
     "ALMATY, Kazakhstan, March 13 (Kestrel Wire) - An earthquake of magnitude 5.8 shook "
     "Almaty before dawn on Friday, sending residents into the streets, the emergencies "
     "ministry said. Two people were injured by falling plaster. The epicentre was 90 km "
     "south of the city."),
    ("quake", "rusvest-quake", "ru", "2026-03-13T07:30",
     "Землетрясение магнитудой 5,8 произошло под Алматы",
     "В пятницу ночью жители Алматы выбежали на улицы из-за землетрясения магнитудой 5,8. "
     "Эпицентр находился в 90 километрах к югу от города, сообщило МЧС Казахстана. Двое "
     "получили легкие травмы."),

    ("bridge", "kestrel-bridge", "en", "2026-03-13T12:00",
     "New bridge over the Dnipro opens in Kremenchuk",
     "KREMENCHUK, Ukraine, March 13 (Kestrel Wire) - A four-lane road bridge over the Dnipro "
     "opened in Kremenchuk on Friday after six years of building, infrastructure minister "
     "Roman Sydorenko said. The 1.4-kilometre bridge cost 7.9 billion hryvnias."),
    ("bridge", "uaday-bridge", "uk", "2026-03-13T14:00",
     "У Кременчуці відкрили новий міст через Дніпро",
     "Міністр інфраструктури Роман Сидоренко в п'ятницю відкрив у Кременчуці новий "
     "автомобільний міст. Будівництво тривало шість років і коштувало 7,9 мільярда "
     "гривень. Сидоренко сказав, що міст розвантажить старий."),
]


def articles() -> list[Article]:
    """The reports, in publication order."""
    return [
        Article(id=key, source=key, text=f"{title}\n\n{body}", title=title,
                site=f"{key.split('-')[0]}.example", language=language,
                published=datetime.fromisoformat(when).replace(tzinfo=UTC))
        for _, key, language, when, title, body in sorted(REPORTS, key=lambda r: (r[3], r[1]))
    ]


GOLD: dict[str, str] = {key: event for event, key, *_ in REPORTS}
SCRIPT: dict[str, str] = {key: "latin" if language == "en" else "cyrillic"
                          for _, key, language, *_ in REPORTS}


def orders(n: int) -> list[list[Article]]:
    """Publication order, then ``n - 1`` orders that shuffle each day's reports (a live
    stream may bring a day's reports in any order, never a later day's first)."""
    arts = articles()
    out = [arts]
    for seed in range(1, n):
        rng = random.Random(seed)
        keys = {a.id: rng.random() for a in arts}
        out.append(sorted(arts, key=lambda a: (a.published.date(), keys[a.id])))
    return out


def pairs(assigned: Mapping[str, str], ids: Iterable[str]) -> tuple[set[tuple[str, str]],
                                                                   set[tuple[str, str]]]:
    """(cross-script pairs of one event that share a story, pairs of two events that do)."""
    ids = sorted(ids)
    met, wrong = set(), set()
    for i, x in enumerate(ids):
        for y in ids[i + 1:]:
            if assigned[x] != assigned[y]:
                continue
            if GOLD[x] != GOLD[y]:
                wrong.add((x, y))
            elif SCRIPT[x] != SCRIPT[y]:
                met.add((x, y))
    return met, wrong


def cross_script_pairs() -> int:
    """How many pairs of one event's reports are in two scripts."""
    ids = sorted(GOLD)
    return sum(1 for i, x in enumerate(ids) for y in ids[i + 1:]
               if GOLD[x] == GOLD[y] and SCRIPT[x] != SCRIPT[y])
