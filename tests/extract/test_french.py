"""French articles: their names are tagged by the French pipeline and their quotes get
their speakers from French attributions (a French-desk probe: 18 French articles gave
no entity, and 45 of their 57 quotes no speaker). The texts are fictional, written for
these tests."""

from __future__ import annotations

import re

import pytest

from copydesk.extract.nlp import LANGUAGE_MODELS, load_language_taggers, load_spacy
from copydesk.extract.pipeline import extract_batch
from copydesk.extract.quotes import NamedMention, find_quotes
from copydesk.records import Article

#: A regional paper's report of a fire at a harbour warehouse.
REPORT = """Un incendie a ravagé dans la nuit de lundi un entrepôt du port de Ploubrenec. \
Personne n'a été blessé.

« Les flammes ont été maîtrisées vers quatre heures du matin », indique le commandant \
des pompiers du Finistère, Yannick Le Guellec.

Le maire de Ploubrenec, Étienne Maréchal-Joubert, s'est rendu sur place dès l'aube. \
« Nous reconstruirons, et vite », a-t-il assuré devant les dockers.

« J'ai vu la toiture tomber d'un coup », raconte Maëlle Kerjean, qui habite face au quai.

La préfète, Hélène Vasseur, a ouvert une enquête. « Aucune hypothèse n'est écartée », \
précise-t-elle."""


def _named(text: str, names: list[str]) -> list[NamedMention]:
    return [NamedMention(m.start(), m.end(), name, name, "person")
            for name in names for m in re.finditer(re.escape(name), text)]


def _speakers(quotes) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {q.text.split()[1]: q.speaker for q in quotes}


def test_french_attributions_name_their_speakers() -> None:
    people = ["Yannick Le Guellec", "Étienne Maréchal-Joubert", "Maëlle Kerjean",
              "Hélène Vasseur"]
    quotes = find_quotes("a", REPORT, _named(REPORT, people))
    assert _speakers(quotes) == {
        "flammes": "Yannick Le Guellec",  # "indique le commandant …, X": a present tense
        "reconstruirons,": "Étienne Maréchal-Joubert",  # "a-t-il assuré": the man before
        "vu": "Maëlle Kerjean",  # "raconte X"
        "hypothèse": "Hélène Vasseur",  # "précise-t-elle": the woman before
    }


def test_the_inverted_pronoun_keeps_its_gender() -> None:
    """"a-t-il assuré" after a paragraph naming only "Mme Vasseur" is not her quote."""
    text = ("La préfète, Mme Vasseur, a visité le quai. « Nous reconstruirons, et vite », "
            "a-t-il assuré.")
    at = text.index("Vasseur")
    (quote,) = find_quotes("a", text, [NamedMention(at, at + 7, "e", "Hélène Vasseur",
                                                    "person")])
    assert quote.speaker is None
    (hers,) = find_quotes("a", text.replace("a-t-il", "a-t-elle"),
                          [NamedMention(at, at + 7, "e", "Hélène Vasseur", "person")])
    assert hers.speaker == "Hélène Vasseur"


@pytest.mark.skipif(load_spacy(LANGUAGE_MODELS["fr"]) is None,
                    reason="the French spaCy pipeline is not installed (make installs it "
                           "from requirements/model.txt)")
def test_a_french_article_is_tagged_by_the_french_pipeline() -> None:
    article = Article(id="fr1", source="fr.txt", text=REPORT, language="fr")
    without = extract_batch([article], None)
    assert not without.entities  # the English rules do not read French
    found = extract_batch([article], None, others=load_language_taggers())
    people = {e.name for e in found.entities if e.type == "person"}
    assert {"Yannick Le Guellec", "Maëlle Kerjean", "Hélène Vasseur"} <= people
    assert _speakers(found.quotes)["vu"] == "Maëlle Kerjean"
    # The French pipeline tags a title with its department as an organisation: it is a
    # title ("ministre des Transports" in the probe, "ministre de l'Intérieur" in the demo).
    titled = Article(id="fr2", source="fr2.txt", language="fr", text=(
        "Le ministre de l'Intérieur, Gaspard Rolland, et la ministre des Transports, Inès "
        "Perrault, se sont rendus à Ploubrenec mardi."))
    found = extract_batch([titled], None, others=load_language_taggers())
    names = {e.name for e in found.entities}
    assert {"Gaspard Rolland", "Inès Perrault"} <= names
    assert not [n for n in names if n.startswith("ministre")]
    # "Mme Perrault" and "M. Rolland" are the ministers named in full (a regression
    # probe's "Mme Dolhain" had been a person of her own).
    later = Article(id="fr3", source="fr3.txt", language="fr", text=(
        titled.text + "\n\nMme Perrault a promis des crédits. M. Rolland a salué les "
                      "secours."))
    found = extract_batch([later], None, others=load_language_taggers())
    assert {e.name for e in found.entities if e.type == "person"} == {"Gaspard Rolland",
                                                                      "Inès Perrault"}


def _speaker(text: str, names: list[tuple[str, str]]) -> list[str | None]:
    named = [NamedMention(m.start(), m.end(), name, name, kind)
             for name, kind in names for m in re.finditer(re.escape(name), text)]
    return [q.speaker for q in find_quotes("a", text, named)]


@pytest.mark.parametrize(("text", "names", "speakers"), [
    # A French verb before a quote introduces it only through a colon or "que".
    ("Cette exposition témoigne d'« un siècle de pêche à la sardine ».", [], [None]),
    ("Cet hiver rappelle « la tempête de 1987 » aux anciens du port.", [], [None]),
    ("« La digue a cédé à minuit », selon un proche du dossier.", [], ["un proche du dossier"]),
    ("La gendarmerie poursuit l'enquête après la plainte de Luc Aubert, qui dénonce des "
     "« pressions répétées ».", [("Luc Aubert", "person")], [None]),
    ("Le maire, Luc Aubert, estime que « la digue tiendra ».", [("Luc Aubert", "person")],
     ["Luc Aubert"]),
    # "-t-on" and a passive name no one.
    ("« Rien n'est joué », explique-t-on dans l'entourage de Paul Ternier.",
     [("Paul Ternier", "person")], [None]),
    ("Claire Morvan a visité le site. « Aucune victime n'est à déplorer », a-t-il été "
     "précisé de source préfectorale.", [("Claire Morvan", "person")], [None]),
    # "selon laquelle" continues the one quoted before; "Selon X" opens a sentence.
    ("« C'est une trahison », a lancé Inès Carpentier, selon laquelle le maire, Bruno "
     "Lestrade, « a oublié les familles ».",
     [("Inès Carpentier", "person"), ("Bruno Lestrade", "person")],
     ["Inès Carpentier", "Inès Carpentier"]),
    ("Selon l'Agence régionale de santé, « la maternité doit fermer en juin ».",
     [("Agence régionale de santé", "organisation")], ["Agence régionale de santé"]),
    # The pronoun's gender: "la présidente du club, Sabine Morel" is a woman, "M. Fabre"
    # a man.
    ("La présidente du club, Sabine Morel, a salué la signature.\n\nKevin Dumas s'est dit "
     "« ravi de rejoindre le club ».\n\n« Il aura les moyens de recruter », a-t-elle précisé.",
     [("Sabine Morel", "person"), ("Kevin Dumas", "person")],
     ["Kevin Dumas", "Sabine Morel"]),
    ("M. Fabre a chiffré les travaux. « Ce n'est pas aux habitants de payer », a-t-elle "
     "rétorqué.", [("Fabre", "person")], [None]),
])
def test_french_attributions_do_not_over_reach(
    text: str, names: list[tuple[str, str]], speakers: list[str | None]
) -> None:
    """A regression probe's French sentences: verbs of narration before a quote, "on",
    passives, "selon laquelle", and a pronoun of the other gender had made speakers."""
    assert _speaker(text, names) == speakers


def test_english_assure_is_no_speech_verb() -> None:
    text = ('Engineers from the contractor wrote to assure residents the works would be '
            '"largely invisible".')
    assert not any(s and s.endswith("to") for s in _speaker(text, []))


def test_a_french_title_run_into_a_name_leaves_the_name() -> None:
    from copydesk.extract.article_mentions import candidates
    from copydesk.extract.nlp import Span

    text = "La ministre des Sports Noémie Castaing a inauguré le stade."
    start, end = text.index("ministre"), text.index(" a inauguré")
    (found,) = candidates("a", text, [Span(start, end, text[start:end], "ORG")])
    assert (found.text, found.label) == ("Noémie Castaing", "person")
    opening = "Ministre de l'Intérieur depuis 2024, Gaspard Rolland était présent."
    assert not candidates("a", opening, [Span(0, 23, opening[:23], "ORG")])


def test_a_common_word_opening_a_sentence_is_no_person_unless_named_so_elsewhere() -> None:
    """A multilingual probe: spaCy's French pipeline tagged "Costume" (in "Costume
    sombre, ton contrit : …") a person, and the quote after it went to "Costume"."""
    from copydesk.extract.nlp import Span
    from copydesk.extract.passes import _untyped_if_a_word

    text = "Costume sombre, ton contrit : Dominic Ashcombe a parlé. Martin a ri."
    costume = Span(0, 7, "Costume", "PER")
    assert _untyped_if_a_word(text, costume, "fr").label == "NAME"
    martin = Span(text.index("Martin"), text.index("Martin") + 6, "Martin", "PER")
    assert _untyped_if_a_word(text, martin, "fr").label == "NAME"  # the vote decides
    ashcombe = Span(30, 46, "Dominic Ashcombe", "PER")
    assert _untyped_if_a_word(text, ashcombe, "fr") is ashcombe
    inside = "Le député Costume a parlé."
    span = Span(10, 17, "Costume", "PER")
    assert _untyped_if_a_word(inside, span, "fr") is span  # not opening a sentence


@pytest.mark.skipif(load_spacy(LANGUAGE_MODELS["fr"]) is None,
                    reason="the French pipeline is not installed (make installs it)")
def test_a_common_opening_word_gets_no_quote_the_subject_after_a_colon_does() -> None:
    text = ("Costume sombre, ton contrit : Dominic Ashcombe a passé vendredi trois heures "
            "devant la commission du Parlement, à Ashford.\n\n« Nous avons failli », "
            "a-t-il reconnu.")
    article = Article(id="fr1", source="fr.txt", text=text, language="fr")
    result = extract_batch([article], None, others=load_language_taggers())
    assert "Costume" not in {e.name for e in result.entities}
    # the subject after the colon is the man the pronoun stands for
    assert [q.speaker for q in result.quotes] == ["Dominic Ashcombe"]
