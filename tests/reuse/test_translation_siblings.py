"""A wire story and six translations: each translation is related to the wire story.

Translators convert the wire's feet, miles, inches and 12-hour times alike (2,7 Meter,
19 km, 23 Uhr), so the translations share those figures with each other and not with
the original: each shares 0.69-1.00 of its skeleton with a sibling and 0.41-0.49 with
the wire story, and its three candidate places went to siblings (the extra place for an
earlier partner in another language, ``index.EARLIER_SHARE``). Fictional text.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from copydesk.records import Article
from copydesk.reuse import find_reuse, fingerprint_articles
from copydesk.reuse.index import ReuseIndex

T0 = datetime(2031, 4, 8, 6, 0, tzinfo=timezone.utc)
ORIGINAL = (
    "CALVERLY, Norland — The Brellin River rose 9 feet overnight and flooded 340 homes in "
    "Calverly, Mayor Teodora Vashkin said on Tuesday.\n\n"
    "Vashkin said the water peaked at 11 p.m. near the Orlick Bridge, 12 miles north of "
    "Calverly.\n\n"
    "Norland Rail closed the line between Calverly and Dunmere until 6 p.m. on Wednesday.\n\n"
    "About 1,150 residents spent the night at the Tamsin Hall shelter, where volunteers of the "
    "Halvard Red Cross served meals.\n\n"
    "Forecaster Emil Stroud of the Norland Weather Office said a further 2 inches of rain could "
    "fall on Calverly and Dunmere by Thursday.\n\n"
    "Insurers at Keswin Mutual put early damage at 14 million crowns, Vashkin said.\n\n"
    "The Brellin last reached this level in 1987, when it rose 11 feet at the Orlick Bridge."
)
TRANSLATIONS = {
    "de": (
        "CALVERLY, Norland — Der Fluss Brellin ist über Nacht um 2,7 Meter gestiegen und hat 340 "
        "Häuser in Calverly überflutet, sagte Bürgermeisterin Teodora Vashkin am Dienstag.\n\n"
        "Vashkin sagte, das Wasser habe um 23 Uhr an der Orlick-Brücke, 19 Kilometer nördlich von "
        "Calverly, seinen Höchststand erreicht.\n\n"
        "Norland Rail sperrte die Strecke zwischen Calverly und Dunmere bis Mittwoch 18 Uhr.\n\n"
        "Etwa 1.150 Einwohner verbrachten die Nacht in der Notunterkunft Tamsin Hall, wo Helfer "
        "des Halvard Red Cross Mahlzeiten ausgaben.\n\n"
        "Meteorologe Emil Stroud vom Norland Weather Office sagte, bis Donnerstag könnten weitere "
        "5 Zentimeter Regen auf Calverly und Dunmere fallen.\n\n"
        "Die Versicherer von Keswin Mutual schätzen den Schaden vorläufig auf 14 Millionen Kronen, "
        "sagte Vashkin.\n\n"
        "Zuletzt erreichte der Brellin diesen Stand 1987, als er an der Orlick-Brücke um 3,4 "
        "Meter stieg."
    ),
    "fr": (
        "CALVERLY, Norland — La rivière Brellin est montée de 2,7 mètres pendant la nuit et a "
        "inondé "
        "340 maisons à Calverly, a déclaré mardi la maire Teodora Vashkin.\n\n"
        "Selon Vashkin, l'eau a atteint son pic à 23 heures près du pont Orlick, à 19 kilomètres "
        "au "
        "nord de Calverly.\n\n"
        "Norland Rail a fermé la ligne entre Calverly et Dunmere jusqu'à mercredi 18 heures.\n\n"
        "Environ 1 150 habitants ont passé la nuit au refuge de Tamsin Hall, où des bénévoles de "
        "la "
        "Halvard Red Cross ont servi des repas.\n\n"
        "Le prévisionniste Emil Stroud, du Norland Weather Office, a indiqué que 5 centimètres de "
        "pluie supplémentaires pourraient tomber sur Calverly et Dunmere d'ici jeudi.\n\n"
        "Les assureurs de Keswin Mutual estiment les premiers dégâts à 14 millions de couronnes, a "
        "précisé Vashkin.\n\n"
        "La Brellin avait atteint ce niveau pour la dernière fois en 1987, quand elle était montée "
        "de 3,4 mètres au pont Orlick."
    ),
    "es": (
        "CALVERLY, Norland — El río Brellin subió 2,7 metros durante la noche e inundó 340 casas "
        "en "
        "Calverly, dijo el martes la alcaldesa Teodora Vashkin.\n\n"
        "Vashkin dijo que el agua alcanzó su punto máximo a las 23 horas cerca del puente Orlick, "
        "a "
        "19 kilómetros al norte de Calverly.\n\n"
        "Norland Rail cerró la línea entre Calverly y Dunmere hasta las 18 horas del miércoles.\n\n"
        "Unos 1.150 vecinos pasaron la noche en el albergue de Tamsin Hall, donde voluntarios de "
        "la "
        "Halvard Red Cross sirvieron comidas.\n\n"
        "El meteorólogo Emil Stroud, del Norland Weather Office, dijo que otros 5 centímetros de "
        "lluvia podrían caer sobre Calverly y Dunmere hasta el jueves.\n\n"
        "Las aseguradoras de Keswin Mutual calculan los primeros daños en 14 millones de coronas, "
        "dijo Vashkin.\n\n"
        "El Brellin alcanzó este nivel por última vez en 1987, cuando subió 3,4 metros en el "
        "puente Orlick."
    ),
    "it": (
        "CALVERLY, Norland — Il fiume Brellin è salito di 2,7 metri durante la notte e ha allagato "
        "340 case a Calverly, ha detto martedì la sindaca Teodora Vashkin.\n\n"
        "Secondo Vashkin l'acqua ha raggiunto il picco alle 23 vicino al ponte Orlick, 19 "
        "chilometri a nord di Calverly.\n\n"
        "Norland Rail ha chiuso la linea tra Calverly e Dunmere fino alle 18 di mercoledì.\n\n"
        "Circa 1.150 residenti hanno passato la notte nel rifugio di Tamsin Hall, dove i volontari "
        "della Halvard Red Cross hanno servito i pasti.\n\n"
        "Il meteorologo Emil Stroud del Norland Weather Office ha detto che altri 5 centimetri di "
        "pioggia potrebbero cadere su Calverly e Dunmere entro giovedì.\n\n"
        "Gli assicuratori di Keswin Mutual stimano i primi danni in 14 milioni di corone, ha detto "
        "Vashkin.\n\n"
        "Il Brellin aveva raggiunto questo livello l'ultima volta nel 1987, quando salì di 3,4 "
        "metri "
        "al ponte Orlick."
    ),
    "pt": (
        "CALVERLY, Norland — O rio Brellin subiu 2,7 metros durante a noite e inundou 340 casas em "
        "Calverly, disse na terça-feira a prefeita Teodora Vashkin.\n\n"
        "Segundo Vashkin, a água atingiu o pico às 23 horas perto da ponte Orlick, a 19 "
        "quilômetros "
        "ao norte de Calverly.\n\n"
        "A Norland Rail fechou a linha entre Calverly e Dunmere até as 18 horas de "
        "quarta-feira.\n\n"
        "Cerca de 1.150 moradores passaram a noite no abrigo de Tamsin Hall, onde voluntários da "
        "Halvard Red Cross serviram refeições.\n\n"
        "O meteorologista Emil Stroud, do Norland Weather Office, disse que mais 5 centímetros de "
        "chuva podem cair sobre Calverly e Dunmere até quinta-feira.\n\n"
        "As seguradoras da Keswin Mutual estimam os primeiros danos em 14 milhões de coroas, disse "
        "Vashkin.\n\n"
        "O Brellin atingiu esse nível pela última vez em 1987, quando subiu 3,4 metros na ponte "
        "Orlick."
    ),
    "nl": (
        "CALVERLY, Norland — De rivier de Brellin is 's nachts 2,7 meter gestegen en heeft 340 "
        "huizen in Calverly overstroomd, zei burgemeester Teodora Vashkin dinsdag.\n\n"
        "Volgens Vashkin bereikte het water om 23 uur de hoogste stand bij de Orlick-brug, 19 "
        "kilometer ten noorden van Calverly.\n\n"
        "Norland Rail sloot de lijn tussen Calverly en Dunmere tot woensdag 18 uur.\n\n"
        "Ongeveer 1.150 bewoners brachten de nacht door in de opvang van Tamsin Hall, waar "
        "vrijwilligers van het Halvard Red Cross maaltijden serveerden.\n\n"
        "Weerman Emil Stroud van het Norland Weather Office zei dat er tot donderdag nog 5 "
        "centimeter regen op Calverly en Dunmere kan vallen.\n\n"
        "Verzekeraars van Keswin Mutual schatten de eerste schade op 14 miljoen kronen, zei "
        "Vashkin.\n\n"
        "De Brellin bereikte dit niveau voor het laatst in 1987, toen hij bij de Orlick-brug 3,4 "
        "meter steeg."
    ),
}


def _articles() -> list[Article]:
    out = [Article(id="en-wire", source="wire", text=ORIGINAL, language="en", published=T0)]
    for hours, (lang, text) in enumerate(TRANSLATIONS.items(), start=2):
        out.append(Article(id=f"{lang}-copy", source=f"site-{lang}", text=text, language=lang,
                           published=T0 + timedelta(hours=hours)))
    return out


def test_every_translation_is_related_to_the_wire_story_it_translates():
    relations = {(r.a, r.b): r for r in find_reuse(_articles())}
    for lang in TRANSLATIONS:
        pair = tuple(sorted(("en-wire", f"{lang}-copy")))
        assert pair in relations, f"{lang} translation not related to its original"
        assert relations[pair].type == "translated"
        assert relations[pair].original == "en-wire"


def test_the_extra_place_goes_to_an_earlier_partner_in_another_language_only():
    """Without languages the three best are siblings for half the translations; one
    more place, in another language and published before, brings the wire story."""
    arts = _articles()
    prints = fingerprint_articles(arts)
    wire_pairs = {}
    for languages in (None, {a.id: a.language for a in arts}):
        index = ReuseIndex()
        index.add(zip([a.id for a in arts], prints, strict=True),
                  {a.id: a.published for a in arts}, languages)
        x, y, _c = index.select(per_article=3)
        pairs = {tuple(sorted((index.ids[a], index.ids[b]))) for a, b in zip(x, y, strict=True)}
        wire_pairs[languages is not None] = {p for p in pairs if "en-wire" in p}
        assert len(pairs) <= 4 * len(arts)
    assert len(wire_pairs[False]) < len(TRANSLATIONS)
    assert len(wire_pairs[True]) == len(TRANSLATIONS)
