"""How German, Spanish, Italian, Portuguese and Dutch attribute a quote, for the quote
finder (:mod:`copydesk.extract.quotes`), as :mod:`copydesk.extract.french_speech` does
for French: speech verbs in the tenses news uses, the words for "according to", the
pronoun a verb takes after a quote ("…“, sagte sie", "…", zei hij"), and the articles that
open a description of the speaker ("…», afirmou o autarca").

Why by language: the English finder reads one list of verbs in every text, and words of
these languages are words of others ("so", "dice", "conta", "stelt"). A text's own list
is read only in a text of that language, so English articles attribute exactly as
before. Words, not logic; a helper's 60 articles of ordinary news in the five languages
(their quotes listed by someone who had not seen these rules) and 40 articles written
around attributions shaped them (bench/quotes_languages.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from copydesk.extract.lexical_other import is_title

_VERBS: dict[str, str] = {
    "de": "sagte sagt sagten sagen erklärte erklärt erklärten betonte betont meinte meint "
          "ergänzte ergänzt warnte warnt kritisierte kritisiert berichtete berichtet "
          "erzählte erzählt versicherte versichert unterstrich unterstreicht bekräftigte "
          "bekräftigt beklagte beklagt räumte_ein räumt_ein fügte_hinzu fügt_hinzu "
          "teilte_mit teilt_mit kündigte_an schrieb schreibt antwortete antwortet "
          "sprach_von spricht_von nannte nennt gestand gesteht schilderte schildert "
          "versprach verspricht lobte lobt hatte_gewarnt hatte_gesagt hatte_erklärt so laut",
    "es": "dijo dice dijeron afirmó afirma declaró declara añadió añade aseguró asegura "
          "escribió explicó explica señaló señala indicó indica subrayó subraya insistió "
          "insiste recordó recuerda reconoció reconoce apuntó apunta destacó destaca "
          "sostuvo sostiene admitió admite comentó comenta manifestó manifiesta denunció "
          "denuncia lamentó lamenta advirtió advierte contó cuenta relató relata agregó "
          "agrega precisó precisa respondió responde zanjó resumió concluyó concluye "
          "criticó critica se_quejó ha_dicho ha_afirmado ha_explicado ha_asegurado "
          "ha_señalado ha_añadido ha_reconocido ha_advertido ha_declarado detalló detalla "
          "informó informa aclaró aclara explicaba lamentaba aseguraba contaba decía "
          "relataba resumía recordaba consideró considera según",
    "it": "ha_detto hanno_detto ha_spiegato ha_aggiunto ha_dichiarato ha_affermato "
          "ha_sottolineato ha_commentato ha_raccontato ha_ammesso ha_precisato ha_ricordato "
          "ha_assicurato ha_concluso ha_osservato ha_scherzato ha_replicato ha_risposto "
          "ha_avvertito ha_confermato ha_ribadito ha_evidenziato ha_denunciato ha_confidato "
          "ha_annunciato ha_scritto ha_lamentato ha_insistito "
          "dice dicono spiega aggiunge racconta sottolinea commenta afferma dichiara "
          "ammette precisa ricorda osserva conclude avverte replica lamenta disse spiegò "
          "aggiunse assicura ha_letto fanno_sapere fa_sapere si_lamenta ricordava "
          "raccontava diceva ha_considerato secondo",
    "pt": "disse dizem diz afirmou afirma acrescentou acrescenta explicou explica contou "
          "conta declarou declara sublinhou sublinha lamentou lamenta garantiu garante "
          "salientou salienta referiu refere frisou frisa admitiu admite reconheceu "
          "reconhece defendeu alertou alerta avisou relatou relata desabafou adiantou "
          "adianta observou destacou destaca ressaltou ressalta comentou comenta respondeu "
          "responde concluiu escreveu queixou-se lamentou-se disseram confessou atirou "
          "anunciou considerou contava dizia resumiu recordou lembrou segundo",
    "nl": "zei zegt zeiden zeggen vertelde vertelt verklaarde verklaart benadrukte "
          "benadrukt stelde stelt waarschuwde waarschuwt erkende erkent reageerde reageert "
          "schreef schrijft antwoordde antwoordt concludeerde voegde_toe voegt_toe "
          "liet_weten laat_weten hield_voor meldt meldde beloofde belooft aldus volgens",
    # Russian and Ukrainian: a past tense agrees with its subject's gender and number
    # (сказал, сказала, сказали); the present for a standing view (считает, вважає).
    "ru": " ".join(f"{stem}{end}" for stem in (
        "сказал заявил отметил сообщил добавил подчеркнул пояснил написал рассказал "
        "признал заметил указал уточнил ответил предупредил констатировал напомнил "
        "заверил пообещал резюмировал").split() for end in ("", "а", "и"))
          + " говорит говорят считает заявляет отмечает подчеркивает пишет по_словам",
    "uk": " ".join(f"{stem}{end}" for stem, ends in (
        ("сказа", ("в", "ла", "ли")), ("заяви", ("в", "ла", "ли")),
        ("зазначи", ("в", "ла", "ли")), ("повідоми", ("в", "ла", "ли")),
        ("дода", ("в", "ла", "ли")), ("наголоси", ("в", "ла", "ли")),
        ("підкресли", ("в", "ла", "ли")), ("написа", ("в", "ла", "ли")),
        ("розпові", ("в", "ла", "ли")), ("поясни", ("в", "ла", "ли")),
        ("відпові", ("в", "ла", "ли")), ("визна", ("в", "ла", "ли")),
        ("попереди", ("в", "ла", "ли")), ("запевни", ("в", "ла", "ли")),
        ("нагада", ("в", "ла", "ли")), ("пообіця", ("в", "ла", "ли")),
    ) for end in ends) + " каже кажуть вважає заявляє зазначає пише за_словами",
    # Polish: the past tense agrees with its subject (powiedział, powiedziała, powiedzieli)
    "pl": " ".join(f"{stem}{end}" for stem in (
        "powiedzia stwierdzi doda podkreśli zaznaczy oświadczy poinformowa przekaza "
        "wyjaśni oceni zapewni przyzna ostrzeg napisa odpowiedzia zapowiedzia przypomnia "
        "zauważy mówi argumentowa tłumaczy relacjonowa skomentowa podkreśla przekonywa "
        "zapewnia ocenia wyjaśnia zaznacza ostrzega przyznawa zarzuci nazwa "
        "skwitowa apelowa opowiada wspomina komentowa zaapelowa").split()
        for end in ("ł", "ła", "li"))
          + " mówi mówią uważa uważają twierdzi twierdzą dodaje podkreśla pisze ocenia "
            "wyjaśnia zaznacza przyznaje ostrzega przekonuje zapewnia opowiada tłumaczy "
            "według zdaniem",
}
#: "According to X": the name after the word speaks, before a quote or after it.
ACCORDING = frozenset({"so", "laut", "según", "secondo", "segundo", "volgens", "aldus",
                       "według", "zdaniem"})
#: Languages that leave a verb's subject out ("…», lamentó"): the person the paragraph
#: names speaks, as "he said" would make them.
PRO_DROP = frozenset({"es", "it", "pt", "pl"})
#: Subject pronouns after an inverted verb, by gender ("sagte sie", "zei hij").
_PRONOUNS: dict[str, tuple[str, str]] = {
    "de": ("er", "sie"),
    "es": ("él", "ella"),
    "it": ("lui|egli", "lei"),
    "pt": ("ele", "ela"),
    "nl": ("hij", "zij|ze"),
    "ru": ("он", "она"),
    "uk": ("він", "вона"),
    "pl": ("on", "ona"),
}
#: Every language's subject pronouns by gender, for the quote finder's pronoun rules.
MASCULINE_PRONOUNS = frozenset(w for he, _ in _PRONOUNS.values() for w in he.split("|"))
FEMININE_PRONOUNS = frozenset(w for _, she in _PRONOUNS.values() for w in she.split("|"))
#: Articles that open a definite description of the speaker ("sagte der Enkel des
#: Firmengründers", "ha raccontato il primo cittadino", "zei de wethouder").
_DEFINITE: dict[str, str] = {
    "de": "der|die|sein|seine|ihr|ihre", "es": "el|la|su", "it": "il|lo|la|l['’]",
    "pt": "o|a", "nl": "de|het|zijn|haar",
    # Russian and Ukrainian have no articles: no description opens with one
    "ru": "(?!)", "uk": "(?!)", "pl": "(?!)",
}
#: Articles that open a speaker who is only described, never named ("ein Augenzeuge").
_INDEFINITE: dict[str, str] = {
    "de": "ein|eine", "es": "un|una", "it": "un|uno|una|un['’]", "pt": "um|uma", "nl": "een",
    "ru": "(?!)", "uk": "(?!)", "pl": "(?!)",
}
#: Prepositions and adverbs that end a description of a speaker.
_PREPOSITIONS: dict[str, str] = {
    "de": "nach vor am im in bei mit auf gegenüber unserer unserem dieser während zu zum zur "
          "aus",
    "es": "tras en ante con durante desde a al antes después entre",
    "it": "dopo in a al alla davanti durante con nel nella prima",
    "pt": "após em na no ao à durante com antes depois perante",
    "nl": "na in op tijdens bij met tegen voor aan",
    "ru": "в во на после перед с со при журналистам",
    "uk": "у в на після перед з із під журналістам",
    "pl": "w we na po przed z ze przy podczas dziennikarzom",
}
#: Nouns by which an article names again an organisation it named before.
_ORGANISATION_NOUNS: dict[str, str] = {
    "de": "unternehmen konzern firma kasse klinikum verband verein ministerium behörde "
          "polizei gemeinde stadt partei gewerkschaft museum gericht",
    "es": "empresa compañía organización plataforma asociación sindicato ministerio "
          "ayuntamiento club entidad institución federación policía partido",
    "it": "azienda società organizzazione associazione sindacato ministero comune club "
          "ente federazione polizia partito comitato",
    "pt": "empresa companhia organização associação sindicato ministério câmara clube "
          "entidade instituição federação polícia partido prefeitura",
    "nl": "bedrijf onderneming organisatie vereniging vakbond ministerie gemeente club "
          "museum politie partij stichting",
    "ru": "компания министерство ведомство мэрия полиция партия профсоюз",
    "uk": "компанія міністерство відомство мерія поліція партія профспілка",
    "pl": "firma spółka ministerstwo urząd policja partia związek resort koncern klub",
}
#: Determiners and particles that may stand in the words before a subject's name:
#: "El alcalde Jorge Altamirano", "La consigliera del Partito Democratico Chiara Monaldi".
LEAD_WORDS = frozenset("der die das el la los las il lo l' i gli le o a os as de het den "
                       "del della dei degli delle di da do dos das van von vom des y e en "
                       "und".split())


@dataclass(frozen=True, slots=True)
class Speech:
    """One language's words for attributing a quote."""

    language: str
    #: Speech verbs and "according to" words of the language, as one alternation.
    verbs: str
    #: The speaker described after an inverted verb: a definite article opens it.
    definite: re.Pattern[str]
    #: A subject pronoun right after an inverted verb; group "m" or "f".
    pronoun: re.Pattern[str]
    #: An indefinite description opens the words after the verb.
    indefinite: re.Pattern[str]
    #: Any article, definite or not, as a whole word.
    article: re.Pattern[str]
    #: Prepositions that end a description ("el corredor | tras cruzar la meta").
    prepositions: frozenset[str]
    #: Nouns that describe an organisation named before ("la empresa", "het bedrijf").
    organisation_nouns: frozenset[str]

    @property
    def pro_drop(self) -> bool:
        return self.language in PRO_DROP


@cache
def speech_for(language: str | None) -> Speech | None:
    """The words of ``language``, or None for a language with none here (English and
    French use the quote finder's own lists)."""
    if language not in _VERBS:
        return None
    words = sorted(_VERBS[language].split(), key=len, reverse=True)
    verbs = "|".join(_verb_pattern(w) for w in words)
    he, she = _PRONOUNS[language]
    return Speech(
        language=language,
        verbs=verbs,
        definite=re.compile(rf"\s*(?:{_DEFINITE[language]})\s*\w", re.IGNORECASE),
        pronoun=re.compile(rf"\s*(?:(?P<m>{he})|(?P<f>{she}))\b", re.IGNORECASE),
        indefinite=re.compile(rf"\s*(?<!\w)(?:{_INDEFINITE[language]})\s+\w", re.IGNORECASE),
        article=re.compile(rf"(?:{_DEFINITE[language]}|{_INDEFINITE[language]})",
                           re.IGNORECASE),
        prepositions=frozenset(_PREPOSITIONS[language].split()) | _SEPARATED,
        organisation_nouns=frozenset(_ORGANISATION_NOUNS[language].split()),
    )


#: Particles of German and Dutch verbs that may stand apart from the verb.
_SEPARATED = frozenset({"ein", "hinzu", "mit", "an", "weten", "voor", "toe", "gewarnt",
                        "gesagt", "erklärt"})


#: Articles before a title before a name, by the gender they give it ("la alcaldesa Rosa",
#: "o treinador Adilson", "il sindaco Piero").
FEMININE_ARTICLES = ("la", "a", "una", "uma", "die", "eine")
MASCULINE_ARTICLES = ("el", "il", "lo", "o", "un", "uno", "um", "der", "ein")
_FEMININE_ARTICLE = re.compile(rf"\b(?:{'|'.join(FEMININE_ARTICLES)})\s+(?:[\w-]+\s+){{1,2}}$",
                               re.IGNORECASE)
_MASCULINE_ARTICLE = re.compile(rf"\b(?:{'|'.join(MASCULINE_ARTICLES)})\s+(?:[\w-]+\s+){{1,2}}$",
                                re.IGNORECASE)
_ADDRESS = re.compile(r"\b(?:(?P<m>Herr|Señor|Sr\.|Signor|Sig\.|Senhor|meneer|dhr\.)"
                      r"|(?P<f>Frau|Señora|Sra\.|Signora|Sig\.ra|Senhora|mevrouw|mevr\.))\s+$")


#: A person's name in Cyrillic, up to three words.
_CYRILLIC_NAME = re.compile(r"[А-ЯЁІЇЄҐ][\w'’-]*(?:[ \u00a0][А-ЯЁІЇЄҐ][\w'’-]*){0,2}")


def gender_before(text: str, at: int, language: str) -> str | None:
    """"m" or "f" when the words right before a name at ``at`` give its gender in the
    language (in Russian and Ukrainian, the name itself: :func:`name_gender`): a form
    of address, a German title in its feminine form ("Richterin
    Sabine Terhoeven", "Bürgermeisterin"), or an article before a title ("la alcaldesa",
    "o treinador")."""
    if language in ("ru", "uk"):
        # no articles nor forms of address: the name's own endings tell it
        from copydesk.extract.cyrillic_forms import name_gender

        written = _CYRILLIC_NAME.match(text, at)
        return name_gender(written.group(0), language) if written else None
    before = text[max(0, at - 40):at]
    address = _ADDRESS.search(before)
    if address is not None:
        return "m" if address.group("m") else "f"
    words = before.split()
    if not words:
        return None
    title = words[-1].rstrip(",")
    if language == "de" and is_title(title, language):
        return "f" if title.lower().endswith("in") else "m"
    if language in ("es", "it", "pt") and is_title(title, language):
        if _FEMININE_ARTICLE.search(before):
            return "f"
        if _MASCULINE_ARTICLE.search(before):
            return "m"
    return None


def _verb_pattern(word: str) -> str:
    if word == "so":
        # German "…“, so Müller": only right after a comma and before a capital, never
        # the adverb ("so schnell", "und so weiter")
        return r"(?<=,\s)so(?=\s+[A-ZÄÖÜ])"
    parts = word.split("_")
    if len(parts) == 2 and parts[1] in _SEPARATED:
        # a separable verb: "räumte ein" or "räumte der Minister ein", "laat
        # Politiezone Mandelstreek weten"
        return rf"{parts[0]}(?=[^.!?\n]{{0,60}}\b{parts[1]}\b)"
    return r"\s+".join(re.escape(p) for p in parts)
