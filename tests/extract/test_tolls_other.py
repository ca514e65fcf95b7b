"""Spanish and German tolls read in the facts step's words; forecasts, negations, rises,
earlier figures, other years, titles and figures of speech are no tolls. The sentences
are fictional, written for this test."""

from __future__ import annotations

import pytest

from copydesk.extract.quantities import find_quantities
from copydesk.extract.quantities.french import TOLL_COUNTS


def _tolls(text: str, language: str) -> list[tuple[float, str | None, str | None]]:
    return [(q.value, q.counts, q.qualifier) for q in find_quantities(text, "a", language)
            if q.counts in TOLL_COUNTS]


@pytest.mark.parametrize(("language", "text", "tolls"), [
    ("es", "Al menos cinco personas murieron en el derrumbe de Velmora.",
     [(5.0, "people killed", "at least")]),
    ("es", "El accidente dejó tres muertos y 14 heridos.",
     [(3.0, "people killed", None), (14.0, "people injured", None)]),
    ("es", "Ocho pescadores de Punta Brava siguen desaparecidos.", [(8.0, "people missing", None)]),
    ("es", "Unas 1.200 personas fueron desalojadas por el incendio.",
     [(1200.0, "people evacuated", "about")]),
    ("es", "A las 5 de la mañana murieron dos personas en el incendio.",
     [(2.0, "people killed", None)]),
    ("es", "La policía elevó a siete el número de muertos.", [(7.0, "people killed", None)]),
    ("de", "Mindestens drei Menschen kamen am Dienstag beim Brand in Salburg ums Leben.",
     [(3.0, "people killed", "at least")]),
    ("de", "Bei dem Unglück starben elf Fahrgäste, vier weitere wurden verletzt.",
     [(11.0, "people killed", None), (4.0, "others injured", None)]),
    ("de", "Der Unfall forderte zwei Tote und 19 Verletzte.",
     [(2.0, "people killed", None), (19.0, "people injured", None)]),
    ("de", "Die Zahl der Toten ist auf 14 gestiegen.", [(14.0, "people killed", None)]),
    # a held-out set's forms (twenty-seventh session)
    ("es", "La explosión causó la muerte de tres personas.", [(3.0, "people killed", None)]),
    ("es", "La ola de calor ha causado ya 41 muertes.", [(41.0, "people killed", None)]),
    ("de", "Das Beben hat mindestens 86 Menschenleben gefordert.",
     [(86.0, "people killed", "at least")]),
    ("de", "Elf Bewohner mussten im Krankenhaus behandelt werden.",
     [(11.0, "people hospitalised", None)]),
])
def test_tolls(language: str, text: str, tolls: list[tuple[float, str, str | None]]) -> None:
    assert _tolls(text, language) == tolls


@pytest.mark.parametrize(("language", "text"), [
    ("es", "La cifra de víctimas podría superar los 20 muertos."),  # a forecast
    ("es", "No hubo heridos en el incendio."),
    ("es", "El balance aumentó en dos muertos."),  # the size of a rise
    ("es", "Un primer balance hablaba de cuatro muertos."),
    ("es", "El terremoto de 1998 dejó 300 muertos."),
    ("es", "Los dos desaparecidos fueron hallados con vida."),
    ("es", "Los vecinos estaban muertos de miedo."),
    ("es", "La película 'Diez muertos en Arlen' se estrena hoy."),
    ("es", "El herido tiene 45 heridas en los brazos."),
    ("de", "Die Zahl der Opfer könnte auf 20 Tote steigen."),
    ("de", "Es gab keine Verletzten."),
    ("de", "Zunächst war von vier Toten die Rede."),
    ("de", "Vor zehn Jahren waren bei einem Brand sechs Arbeiter gestorben."),
    ("de", "Die beiden Vermissten wurden lebend gefunden."),
    ("de", "Die Klinik kann bis zu 200 Verletzte aufnehmen."),
    ("de", "Um 4 starben die Lichter im Saal."),
    ("es", "Desde 2019, cuando otras nueve personas perdieron la vida, no hubo más."),
    ("es", "Unas 3.000 gallinas murieron en la granja."),
    ("de", "Vor 50 Jahren kamen in der Grube 101 Bergleute ums Leben."),
])
def test_no_toll(language: str, text: str) -> None:
    assert _tolls(text, language) == []


def test_another_languages_words_are_not_read() -> None:
    assert _tolls("Sechs Tote und 27 Verletzte.", "es") == []
    assert _tolls("Seis muertos y 27 heridos.", "de") == []


def test_a_spanish_toll_meets_the_english_one_as_a_fact_in_dispute() -> None:
    """Before, the Spanish report's toll made no fact: its 6 dead against the wire's 4
    were never compared."""
    from copydesk.facts import ArticleEvidence, facts_for_story

    en = "At least four people were killed when a footbridge collapsed in Velmora."
    es = "Al menos seis personas murieron al derrumbarse una pasarela en Velmora."
    evidence = [
        ArticleEvidence("en", en, quantities=tuple(find_quantities(en, "en"))),
        ArticleEvidence("es", es, quantities=tuple(find_quantities(es, "es", "es")),
                        english=False),
    ]
    (toll,) = [f for f in facts_for_story("s", evidence) if "es" in f.article_ids]
    assert toll.predicate == "count of people killed" and toll.value == "at least 6"
    assert [c["other_value"] for c in toll.conflicts] == ["at least 4"]
