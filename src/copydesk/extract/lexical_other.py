"""Names in articles of languages with no installed pipeline: German, Spanish, Italian,
Portuguese and Dutch. PyPI offers no spaCy 3.8 pipeline for them (the only Spanish one
is 3.1, and the German, Russian and Ukrainian entries are placeholders), so these
articles had no entities at all, and a multilingual desk's German and Spanish reports
counted for no one in the entities table.

The rules are the English fallback's (:mod:`copydesk.extract.lexical`) with each
language's own words: a capitalised run, typed by a title or honorific before it ("la
ministra Rosa Elena Mardones", "Bürgermeisterin Katrin Albers"), an organisation word
inside it ("Ministerio de Minería", "Polizei"), a place preposition before it ("en San
Isidro", "in Salburg") or a dateline; other runs are untyped, and kept only when the
cross-document vote types them from other mentions of the same name (an English report's
spaCy tags type a Spanish report's "Mardones").

German writes every noun with a capital letter, so a capitalised German word counts only
when it is rare in German (wordfreq's German list: "Hafen" and "Feuerwehr" are words,
"Salburg" is not) or has a cue of its own; a German surname as common as a noun
("Müller") is found only after a title or in a longer name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from copydesk.cities import city_population
from copydesk.extract.lexical import UNTYPED
from copydesk.extract.nlp import Span
from copydesk.given_names import is_given_name
from copydesk.polish_morphology import is_title as polish_title
from copydesk.wordfreqs import zipf

#: Words that join a name's parts, by language ("Ministerio de la Presidencia").
_JOINERS = {
    "de": "von|van|zu",  # not "der" ("Lager der Firma") nor "vom" ("Haas vom Mieterverein")
    "es": "de|del|la|las|los",  # not "y": "Francia y Alemania" are two
    "it": "di|del|della|dei|degli|da|de",
    "pt": "de|da|do|das|dos",  # not "e": "Goiânia e Curitiba" are two
    "nl": "van|de|der|den|het|ter",
}
#: Titles and honorifics before a person's name, lower case.
TITLES = {
    "de": frozenset("herr frau dr prof präsident präsidentin minister ministerin kanzler "
                    "kanzlerin bürgermeister bürgermeisterin sprecher sprecherin direktor "
                    "direktorin chef chefin leiter leiterin vorsitzende vorsitzender "
                    "polizeisprecher polizeisprecherin staatsanwalt staatsanwältin richter "
                    "richterin abgeordnete abgeordneter trainer kapitän kommandant "
                    "feuerwehrchef einsatzleiter einsatzleiterin landrat landrätin".split()),
    "es": frozenset("señor señora sr sra don doña presidente presidenta ministro ministra "
                    "alcalde alcaldesa portavoz director directora jefe jefa gobernador "
                    "gobernadora secretario secretaria juez jueza fiscal diputado diputada "
                    "senador senadora consejero consejera comandante capitán general "
                    "entrenador entrenadora rector rectora delegado delegada doctor doctora "
                    "magistrado magistrada concejal concejala abogado abogada profesor "
                    "profesora vicepresidente vicepresidenta teniente sargento inspector "
                    "inspectora coordinador coordinadora gerente técnico técnica "
                    "seleccionador seleccionadora".split()),
    "it": frozenset("signor signore signora sig dott presidente ministro ministra sindaco "
                    "sindaca portavoce direttore direttrice capo governatore segretario "
                    "segretaria giudice procuratore deputato deputata senatore senatrice "
                    "comandante allenatore assessore assessora prefetto dottor dottoressa "
                    "avvocato avvocata professore professoressa capitano questore "
                    "geologo geologa vicesindaco consigliere consigliera don parroco capogruppo "
                    "ct".split()),
    "pt": frozenset("senhor senhora sr sra dom dona presidente presidenta ministro ministra "
                    "prefeito prefeita presidente porta-voz diretor diretora chefe "
                    "governador governadora secretário secretária juiz juíza procurador "
                    "deputado deputada senador senadora comandante treinador doutor doutora "
                    "advogado advogada professor professora vereador vereadora delegado "
                    "delegada coronel capitão".split()),
    "nl": frozenset("heer mevrouw dhr mevr president minister premier burgemeester "
                    "woordvoerder woordvoerster directeur voorzitter rechter officier "
                    "trainer commandant wethouder gouverneur gedeputeerde advocaat "
                    "hoogleraar inspecteur directrice".split()),
}
#: Occupations the press writes before or beside a name as it does titles ("la curadora
#: de la muestra, Rachel Dunmore", "il regista Tommaso Ferrante", "o produtor Henrique
#: Vaz Salgueiro"): a quote probe's speakers so introduced had no type.
_OCCUPATIONS = {
    "de": "regisseur regisseurin autor autorin forscher forscherin architekt architektin "
          "journalist journalistin fotograf fotografin managerin manager künstler künstlerin",
    "es": "curador curadora investigador investigadora científico científica arquitecto "
          "arquitecta escritor escritora autor autora artista músico música fotógrafo "
          "fotógrafa periodista productor productora cantante jefe",
    "it": "regista scrittore scrittrice curatore curatrice ricercatore ricercatrice "
          "architetto architetta autore autrice fotografo fotografa giornalista fantino "
          "tecnico artista cantante produttore produttrice",
    "pt": "curador curadora investigador investigadora pesquisador pesquisadora escritor "
          "escritora autor autora fadista cantora cantor produtor produtora técnico "
          "jornalista arquiteto arquiteta artista",
    "nl": "curator onderzoeker onderzoekster schrijver schrijfster regisseur architect "
          "journalist fotograaf kunstenaar zangeres zanger producent",
}
TITLES = {lang: words | frozenset(_OCCUPATIONS[lang].split()) for lang, words in TITLES.items()}
#: Russian and Ukrainian titles (natasha tags their names; the quote finder reads these
#: before a speaker's name: "заявил глава МИД Сергей Лавров").
TITLES["ru"] = frozenset(
    "президент министр глава госсекретарь премьер премьер-министр вице-премьер мэр "
    "губернатор депутат председатель директор пресс-секретарь представитель посол генерал "
    "командующий главнокомандующий спикер аналитик экономист сенатор судья прокурор канцлер "
    "лидер руководитель замминистра советник начальник командир жительница житель "
    "руководительница художник омбудсмен секретарь координатор".split())
TITLES["uk"] = frozenset(
    "президент міністр голова держсекретар прем'єр-міністр прем'єр віцепрем'єр-міністр мер "
    "губернатор депутат директор директорка речник речниця представник посол генерал "
    "командувач головнокомандувач спікер аналітик економіст суддя прокурор канцлер лідер "
    "керівник радник начальник вчителька вчитель командир мешканка мешканець омбудсман "
    "омбудсманка секретар координатор".split())
#: Case endings a Russian or Ukrainian title may carry ("с министром", "главы МИД").
_CYRILLIC_TITLE_ENDINGS = ("ом", "ем", "ой", "ою", "а", "у", "е", "ы", "и", "і", "ю", "я")
#: What makes the full name before it a person's: an age ("Maria do Céu Figueiredo, de
#: 71 anos,", "Jan Kowalczyk (45)") or an apposition of a kind of person ("Francisco
#: Gallardo, vecino de Los Almendros", "Ana Sofia Rebelo, estudante na …"). A quote
#: probe's speakers so introduced had no type, and their quotes no speaker.
_AGE = {"de": r"\d{1,3}(?:\s+Jahre|\b)", "es": r"(?:de\s+)?\d{1,3}\s+años",
        "it": r"(?:di\s+)?\d{1,3}\s+anni", "pt": r"(?:de\s+)?\d{1,3}\s+anos",
        "nl": r"\d{1,3}(?:\s+jaar|\b)"}
_PERSON_NOUNS = {
    "de": "anwohner anwohnerin augenzeuge augenzeugin mutter vater sohn tochter ehefrau "
          "ehemann witwe schülerin schüler studentin student landwirt landwirtin rentner "
          "rentnerin inhaber inhaberin nachbar nachbarin",
    "es": "vecino vecina esposa esposo marido viuda viudo madre padre hijo hija hermano "
          "hermana estudiante agricultor agricultora ganadero ganadera jubilado jubilada "
          "residente testigo propietario propietaria dueño dueña víctima camionero "
          "pescador vecinos",
    "it": "residente abitante moglie marito vedova madre padre figlio figlia fratello "
          "sorella studente studentessa agricoltore pensionato pensionata titolare "
          "testimone proprietario proprietaria vittima commerciante",
    "pt": "morador moradora vizinho vizinha esposa marido viúva mãe pai filho filha irmão "
          "irmã estudante agricultor agricultora reformado reformada aposentado aposentada "
          "residente testemunha proprietário proprietária dono dona vítima mecânico "
          "comerciante motorista",
    "nl": "bewoner bewoonster buurtbewoner omwonende moeder vader zoon dochter echtgenote "
          "weduwe student studente boer boerin gepensioneerde eigenaar eigenares getuige "
          "slachtoffer ondernemer",
}
#: German titles that end compounds ("Umwelt|ministerin", "Ober|bürgermeister").
_GERMAN_TITLE_ENDS = ("minister", "ministerin", "bürgermeister", "bürgermeisterin", "sprecher",
                      "sprecherin", "präsident", "präsidentin", "direktor", "direktorin",
                      "leiter", "leiterin", "chef", "chefin", "trainer", "trainerin",
                      "richter", "richterin", "kommissar", "kommissarin", "anwalt", "anwältin",
                      "vorsitzende", "vorsitzender", "kurator", "kuratorin", "verteidiger",
                      "verteidigerin")
PERSON_NOUNS = {lang: frozenset(words.split()) for lang, words in _PERSON_NOUNS.items()}
_ARTICLE_BEFORE = re.compile(r"\b(?:el|la|o|a|il|lo|l['’]|de|het|der|die|den|een|un|una|um"
                             r"|uma|ein|eine)\s+$", re.IGNORECASE)
_PERSON_AFTER = {
    lang: re.compile(rf"\s*(?:,\s*(?:(?P<age>{_AGE[lang]})|(?:(?:el|la|o|a|il|lo|de|het|der|die|een"
                     rf"|un|una|um|uma)\s+)?(?:{'|'.join(_PERSON_NOUNS[lang].split())}"
                     rf"|{'|'.join(sorted(TITLES[lang]))}"
                     + (rf"|\w+(?:{'|'.join(_GERMAN_TITLE_ENDS)})" if lang == "de" else "")
                     + r")\b)|\s*\(\d{1,3}\))",
                     re.IGNORECASE)
    for lang in _AGE
}
#: Words that make a run an organisation, lower case.
ORGANISATION_WORDS = {
    "de": frozenset("ministerium regierung bank universität polizei partei rat gericht "
                    "gewerkschaft verband verein ag gmbh konzern stiftung institut amt behörde "
                    "kommission parlament bundestag landtag feuerwehr klinikum gruppe zeitung "
                    "agentur kreuz fc sv vfb vfl tsv schule gymnasium präsidium "
                    "staatsanwaltschaft genossenschaft kammer kasse direktion verwaltung "
                    "ausschuss bund bündnis initiative museum theater orchester akademie".split()),
    "es": frozenset("ministerio gobierno banco universidad policía partido consejo tribunal "
                    "compañía empresa sindicato asociación fundación instituto ayuntamiento "
                    "congreso senado comisión agencia grupo diario guardia ejército minera "
                    "hospital federación cruz club cf fc sa sl conservas diócesis radio "
                    "televisión escuela colegio instituto junta confederación unión audiencia "
                    "unidad diputación cofradía secretaría coordinación dirección delegación "
                    "subdelegación consejería fiscalía juzgado cámara cooperativa corporación "
                    "organización plataforma coalición inspección autoridad oficina observatorio "
                    "mancomunidad hermandad orquesta teatro museo biblioteca academia colectivo "
                    "frente movimiento alianza sociedad comité".split()),
    "it": frozenset("ministero governo banca università polizia partito consiglio tribunale "
                    "società sindacato associazione fondazione istituto comune camera senato "
                    "commissione agenzia gruppo carabinieri esercito ospedale federazione spa "
                    "protezione vigili croce diocesi club fc ac radio scuola liceo giunta "
                    "confederazione unione procura questura prefettura cooperativa corporazione "
                    "organizzazione coordinamento direzione autorità ufficio osservatorio "
                    "accademia museo teatro orchestra biblioteca pinacoteca soprintendenza "
                    "capitaneria compagnia consorzio azienda movimento alleanza coalizione lega "
                    "comitato fronte gazzetta corriere".split()),
    "pt": frozenset("ministério governo banco universidade polícia partido conselho tribunal "
                    "companhia empresa sindicato associação fundação instituto prefeitura câmara "
                    "congresso senado comissão agência grupo exército hospital federação cruz "
                    "clube ltda radio rádio escola colégio junta confederação união procuradoria "
                    "secretaria coordenação direção delegação autoridade observatório academia "
                    "museu teatro orquestra biblioteca cooperativa corporação organização "
                    "movimento aliança coligação comité comitê frente guarda marinha bombeiros "
                    "jornal gazeta assembleia".split()),
    "nl": frozenset("ministerie regering bank universiteit politie partij raad rechtbank bedrijf "
                    "vakbond vereniging stichting instituut gemeente kamer senaat commissie "
                    "agentschap groep leger ziekenhuis federatie bv nv omroep kruis club fc "
                    "school college brandweer waterschap unie bond krant dagblad museum theater "
                    "orkest academie dienst inspectie autoriteit bureau comité beweging alliantie "
                    "coalitie fractie coöperatie".split()),
}
#: Prepositions after which a name is a place.
_PLACE_BEFORE = {
    "de": re.compile(r"\b(?:in|aus|nach|bei|nahe)\s+$", re.IGNORECASE),
    "es": re.compile(r"\b(?:en|desde|hacia|cerca\s+de)\s+$", re.IGNORECASE),
    # Not Italian "a" or "da", nor Portuguese "para": "ha spiegato a Gazzetta della Valle",
    # "guidato da Franca Bertelli" (a regression probe) name whom, not where.
    "it": re.compile(r"\b(?:in|presso|vicino\s+a)\s+$", re.IGNORECASE),
    "pt": re.compile(r"\b(?:em|no|na|nos|nas|perto\s+de)\s+$", re.IGNORECASE),
    "nl": re.compile(r"\b(?:in|uit|naar|bij|nabij|richting)\s+$", re.IGNORECASE),
}
#: Nouns of a kind of place (and a mayor's title) before a name, maybe through "de",
#: "von", "wie": "el embalse de Peñaseca", "las aldeas de Peñarrubia", "il torrente
#: Rivella", "Gemeinden wie Quernheide", "de buurtschap Ekelhorst", "la alcaldesa de
#: Peñarrubia". The name is a place's.
_PLACE_NOUNS = {
    "de": "gemeinde gemeinden stadt städte dorf dörfer ort orte ortsteil ortschaft kreis "
          "landkreis bezirk stadtteil fluss see bürgermeister bürgermeisterin",
    "es": "pueblo pueblos aldea aldeas localidad localidades municipio municipios ciudad "
          "villa embalse río barrio barrios comarca provincia pedanía alcalde alcaldesa",
    "it": "comune comuni paese paesi frazione frazioni città borgo torrente fiume lago "
          "quartiere provincia sindaco sindaca",
    "pt": "aldeia aldeias vila vilas cidade concelho concelhos freguesia freguesias rio "
          "bairro localidade distrito",
    "nl": "dorp dorpen stad gemeente gemeenten buurtschap wijk provincie rivier kern "
          "burgemeester",
}
#: German compounds ending in one of these are kinds of places too ("Nachbargemeinden",
#: "Nachbarort" is not read: "Sport", "Export" end in "ort").
_GERMAN_PLACE_ENDS = "gemeinde gemeinden städte dörfer ortschaft ortsteil landkreis stadtteil"
_PLACE_NOUN_BEFORE = {
    lang: re.compile(rf"(?:\b(?:{'|'.join(words.split())})"
                     + (rf"|\w(?:{'|'.join(_GERMAN_PLACE_ENDS.split())})" if lang == "de"
                        else "")
                     + r")(?:\s+(?:de|del|de\s+la|di|della|da|do|das|dos|von|van|wie))?\s+$",
                     re.IGNORECASE)
    for lang, words in _PLACE_NOUNS.items()
}
#: German nouns that follow "in", "aus", "nach" or "bei" without an article, in idioms
#: and the like ("in Kraft", "nach Angaben", "aus Sicherheitsgründen").
GERMAN_NOT_PLACES = frozenset(
    "kraft gefahr ordnung zukunft haft untersuchungshaft betrieb frage folge angst bedarf "
    "höhe richtung zusammenarbeit absprache abstimmung kürze ruhe sicherheit verbindung "
    "zeiten anbetracht anspruch form gang angaben ansicht auffassung meinung kurzarbeit "
    "rente pension urlaub quarantäne not eile teilen summe sachen hinsicht ergänzung "
    "anwesenheit abwesenheit erwartung anlehnung kauf rechnung führung planung arbeit "
    "schwierigkeiten verzug stellung sicht haus hause ende anfang beginn mitte höchstform "
    "sicherheitsgründen kostengründen zeitgründen protest mitteln aussicht".split())
#: Endings of German plural and abstract nouns ("in Gartenlauben", "in Ballungsräumen",
#: "aus Sicherheitsgründen"): a German place name seldom ends so.
_GERMAN_NOUN_ENDS = ("ungen", "heiten", "keiten", "gründen", "räumen", "lauben", "gemeinden",
                     "schaften", "ionen")

#: Capitalised words that open sentences and name no one, lower case.
_FUNCTION_WORDS = {language: frozenset(words.split()) for language, words in {
    "de": "der die das den dem des ein eine einen einem einer im in am an auf aus bei mit nach "
          "von vom zum zur für über unter vor aber und oder doch es er sie wir ihr ich man "
          "dies diese dieser dieses auch noch nur schon so wie wenn als weil dass laut nach",
    "es": "el la los las un una unos unas en por para con sin según pero y o que este esta "
          "estos estas ese esa eso al del su sus se lo le les ya también tras ante durante "
          "desde hasta como cuando donde aunque",
    "it": "il lo la i gli le un una uno in per con su da di del della secondo ma e o che "
          "questo questa questi queste quel quella al alla dal dalla nel nella anche dopo "
          "durante come quando dove",
    "pt": "o a os as um uma em no na nos nas por para com sem segundo mas e ou que este esta "
          "esse essa isso ao aos do da dos das seu sua também após durante como quando onde",
    "nl": "de het een in op aan met van voor naar bij door om over uit maar en of dat die "
          "deze dit er hij zij wij ze ook nog al volgens tijdens na toen als",
}.items()}
LANGUAGES = frozenset(_JOINERS)
#: A word at least this frequent in the language (Zipf, wordfreq) is a word, not a name,
#: when it stands alone with no cue (all German nouns; a sentence's first word elsewhere).
COMMON_WORD_ZIPF = 3.5

_WORD = r"[^\W\d_a-zß-ÿ][\w'’.-]*\w|[^\W\d_a-zß-ÿ]"
_PART = re.compile(r"\S+")
#: What ends right before a word that opens a sentence or a clause: a stop, a colon, a
#: quotation mark, a line break (searched in a window a few characters before the word).
OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;\"“”«»„]\s*|\n\s*)$")
_LINE_START = re.compile(r"(?:^|\n)\s*$")
_DATELINE_STATE = re.compile(r"(?:^|\n)[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'’. -]+\($")
_DATELINE_AFTER = re.compile(r", (?:[A-Z][a-z]|\d)|\s+\([A-Z][\w .&-]{0,20}\)|\s+[—–-]+\s+[A-Z]")


class ForeignLexicalTagger:
    """Capitalised spans of one language, typed by that language's cues."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"no lexical name rules for {language!r}")
        self.language = language
        self.name = f"lexical rules ({language})"
        joiners = _JOINERS[language]
        # Words of one line only: "Facebook\nX\nE-Mail" is a share widget's buttons.
        self._run = re.compile(
            rf"(?:{_WORD})(?:(?:[ \u00a0](?:{joiners})){{0,2}}[ \u00a0](?:{_WORD}))*")

    def tag(self, texts: Iterable[str]) -> Iterator[list[Span]]:
        for text in texts:
            yield self.tag_text(text)

    def tag_text(self, text: str) -> list[Span]:
        lang = self.language
        function_words = _FUNCTION_WORDS[lang]
        spans: list[Span] = []
        for m in self._run.finditer(text):
            parts = [(w.group(0), m.start() + w.start()) for w in _PART.finditer(m.group(0))]
            titled = _title_before(text, m.start(), lang, len(parts))
            if lang in ("de", "nl") and len(parts) >= 3 and len(parts[0][0]) >= 7 and \
                    parts[0][0].lower().endswith(_ROLE_ENDS) and \
                    parts[0][0].lower() not in function_words and \
                    all(w[:1].isupper() for w, _ in parts[1:3]):
                parts, titled = parts[1:], True
            inner = [i for i, (w, _) in enumerate(parts[1:-1], start=1) if is_title(w, lang)]
            if inner and parts[inner[-1] + 1][0][:1].isupper():
                # a title inside the run: "Steinhofs Trainer Marco Hiebl" is Marco Hiebl
                parts, titled = parts[inner[-1] + 1:], True
            while parts and (parts[0][0].lower() in function_words
                             or is_title(parts[0][0], lang)
                             or (lang == "de" and len(parts) > 2 and parts[1][0] == "von"
                                 and _common(parts[0][0], lang))):
                # "Polizeisprecherin Anja Ruhland", "Angaben von Polizeisprecherin …"
                titled = titled or is_title(parts[0][0], lang)
                parts = parts[1:]
                while parts and parts[0][0].islower():
                    parts = parts[1:]
            if lang == "de" and len(parts) > 1 and _after_article(text, parts[0][1]) \
                    and not _organisation_word(parts[0][0], lang):
                # a noun after its article opens the run: "im Hafen von Salburg", "der
                # Firma Kettner" (a given name takes no article: "Ilse Brandauer")
                parts = parts[1:]
                while parts and parts[0][0].islower():
                    parts = parts[1:]
            while parts and parts[-1][0].islower():
                parts = parts[:-1]  # a joiner left at the end ("Banco de")
            if not parts:
                continue
            start = parts[0][1]
            last, at = parts[-1]
            end = at + len(last) - (2 if last.endswith(("'s", "’s")) else 0)
            words = text[start:end].split()
            label = self._label(text, start, end, words, titled)
            if label:
                spans.append(Span(start, end, text[start:end], label))
        return spans

    def _label(self, text: str, start: int, end: int, words: list[str],
               titled: bool) -> str | None:
        lang = self.language
        lowered = [w.lower() for w in words]
        if any(_organisation_word(w, lang) for w in lowered):
            # "la Policía", "die Kriminalpolizei", "der Bauernverband" alone are any
            # force or farmers' union, not a name
            return "ORG" if len(words) > 1 else None
        if words[0].isupper() and len(words[0]) > 2 and _DATELINE_AFTER.match(text, end) \
                and _LINE_START.search(text, max(0, start - 40), start):
            return "GPE"
        if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
            # a state after a dateline's town, "SANTA CLARA DO OESTE (SP) –", else an acronym
            return "GPE" if _DATELINE_STATE.search(text, max(0, start - 60), start) else "ORG"
        if titled:
            return "PERSON"
        # Two capitalised words in a row are a name ("Angela Merkel", "Buenos Aires"):
        # German writes its compounds as one word. One alone may be any German noun, or
        # any word opening a sentence; elsewhere a capital inside a sentence makes a name
        # ("llegó a Madrid").
        at_start = bool(OPENS_SENTENCE.search(text, max(0, start - 8), start))
        common = len(words) == 1 and (lang == "de" or at_start) and _common(lowered[0], lang)
        if _PLACE_BEFORE[lang].search(text, max(0, start - 16), start):
            if lang == "de":
                # A German noun after "in" takes its article ("in der Stadt"); a place
                # does not, however frequent ("in Berlin"), but an idiom or a plural
                # does not either ("in Kraft", "in Folge Rekordmengen", "in Kurzarbeit").
                if lowered[0] in GERMAN_NOT_PLACES or lowered[0].endswith(_GERMAN_NOUN_ENDS):
                    return None
                return "GPE"
            return None if common else "GPE"
        if _PLACE_NOUN_BEFORE[lang].search(text, max(0, start - 40), start) and not common:
            return "GPE"
        city = _a_city(text, start, " ".join(words), lang)
        if not city and _given_name_first(text, words):
            return "PERSON"
        if (common or (lang == "de" and len(words) == 1 and zipf(lowered[0], lang) >= 2.5)) \
                and not city:
            return None
        if at_start and len(words) == 1:
            # "Milano ha…": the vote types it if another mention says what it is
            return UNTYPED if city else None
        after = _PERSON_AFTER[lang].match(text, end)
        if after is not None and (len(words) > 1 or after.group("age")):
            return "PERSON"  # one word only with an age: "Ferreyra, de 34 años"
        return "GPE" if city else UNTYPED


#: Last words that make a given name a place's or a thing's name ("Marina Vecchia", "Rosa
#: Nera", "Victoria Park"), in the languages of the lexical rules.
NOT_SURNAMES = frozenset(
    "vecchia vecchio nuova nuovo grande piccola alta alto bassa basso nord sud est ovest "
    "nueva nuevo vieja viejo norte sur este oeste alta nova novo velha velho "
    "neu neue alt alte nord süd ost west oude nieuw nieuwe noord zuid oost "
    "park platz straße strasse weg allee bahnhof tor brücke kirche dom markt "
    "nera bianca rossa verde blu negra blanca roja preta branca vermelha".split())


def _given_name_first(text: str, words: list[str]) -> bool:
    """Two or three capitalised words opening with a given name and ending in a word the
    article never writes in lower case (a surname is no word of it): a person's name
    ("Elena Sartori", "Thomas Berghaus" in an Italian report) that no cue around it
    typed. Left untyped, a name said once was lost (a held-out set's Italian recall was
    0.33). Given names are also words ("Rosa", "Paz", "Marina"): one the article writes
    in lower case, or a last word of a place ("Marina Vecchia"), makes no person."""
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    first, last = words[0], words[-1]
    if not is_given_name(first) or is_given_name(last) or last.lower() in NOT_SURNAMES:
        return False
    return not any(re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", text)
                   for w in (first, last))


def _title_before(text: str, start: int, language: str, name_words: int = 2) -> bool:
    """Whether a title or honorific ends just before ``start`` ("la ministra Mardones",
    "Frau Albers"), or a title and its office before a comma ("El consejero de Medio
    Ambiente, Álvaro Quintanilla": a regression probe's Spanish officials, 18 of them,
    were untyped). Not across a sentence's end ("…, zei de wethouder. Initiatiefnemer…").
    """
    before = text[max(0, start - 60):start]
    word = re.search(r"([^\W\d_][\w-]*)(\.?)\s*$", before)
    if word is not None and is_title(word.group(1), language) and \
            (not word.group(2) or len(word.group(1)) <= 4):
        return True
    if word is not None and not word.group(2) and word.group(1).lower() in \
            PERSON_NOUNS[language] and _ARTICLE_BEFORE.search(before, 0, word.start(1)):
        return True  # "o mecânico Valdir Souza", "una vecina, Rosa Lema"
    appositive = _BEFORE_A_COMMA.search(before)
    if appositive is None or name_words < 2:
        return False  # after a comma, a full name: "Kessler, Enkel des Gründers" is none
    words = appositive.group(1).split()
    return len(words) <= 10 and any(is_title(w, language) for w in words[:3])


#: The words between a sentence's start (or a clause's) and a comma right before a name:
#: "El consejero de Medio Ambiente, ", "Su abogado, ".
_BEFORE_A_COMMA = re.compile(r"(?:^|[.;:!?\n,«»\"“”])\s*([^.;:!?\n,«»\"“”]+),\s*$")


#: An elided article or preposition glued to a word: "l'assessore", "dell'assessore".
_ELIDED = re.compile(r"^(?:[a-z]{0,4}l|d|un)['’](?=\w)")


def is_title(word: str, language: str) -> bool:
    """A title or honorific of ``language``; in German also a compound ending in one
    ("Oberbürgermeister", "Umweltministerin", "Polizeisprecherin"); a former holder's
    too ("exinterventora" after "interventora", "ex-ministro", "Ex-Ministerin")."""
    if language == "pl":
        return polish_title(word)  # any case of it: "ministra", "premierem"
    low = _ELIDED.sub("", word.lower().rstrip("."))
    titles = TITLES[language]
    if language in ("ru", "uk"):
        return low in titles or any(low.endswith(e) and (low[: -len(e)] in titles or
                                                         low[: -len(e)] + "а" in titles)
                                    for e in _CYRILLIC_TITLE_ENDINGS)
    if low in titles or (low.startswith("ex") and low[3 if low[2:3] == "-" else 2:] in titles):
        return True
    return (language == "de" and len(low) > 8 and low.endswith(_GERMAN_TITLE_ENDS)) or (
        language == "nl" and len(low) > 7 and low.endswith(_DUTCH_TITLE_ENDS))


#: Dutch titles that end compounds ("club|voorzitter", "vakbonds|bestuurder").
_DUTCH_TITLE_ENDS = ("voorzitter", "voorzitster", "leider", "bestuurder", "woordvoerder",
                     "woordvoerster", "coach", "directeur", "directrice", "wethouder",
                     "burgemeester", "minister", "trainer", "rechter", "eigenaar", "eigenares")
#: Endings of German and Dutch nouns for a person's role or trade: such a noun opening a
#: run before a full name is its title ("Akkerbouwer Jacob Meijer", "Conservator Ilse
#: Brouwer", "Kulturstaatssekretär Dieter Falkenrath").
_ROLE_ENDS = ("er", "aar", "eur", "ist", "oog", "ster", "in", "or", "är", "ent", "ant")




def _organisation_word(word: str, language: str) -> bool:
    """An organisation word of ``language``; in German also a compound ending in one
    ("Wetterdienst", "Nordküstenbahn", "Landeskriminalamt")."""
    low = word.lower()
    return low in ORGANISATION_WORDS[language] or (
        language == "de" and len(low) > 6 and low.endswith(_GERMAN_ORGANISATION_ENDS))


_GERMAN_ORGANISATION_ENDS = ("ministerium", "amt", "bahn", "werke", "bank", "verband", "verein",
                             "gericht", "polizei", "partei", "dienst", "gesellschaft", "institut",
                             "stiftung", "zeitung", "klinikum", "universität", "hochschule",
                             "kommission", "behörde", "konzern", "gewerkschaft")


def _common(word: str, language: str) -> bool:
    return zipf(word.lower(), language) >= COMMON_WORD_ZIPF


#: German articles and the prepositions fused with them, before a noun.
_GERMAN_ARTICLE = re.compile(r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|"
                             r"im|am|zum|zur|vom|beim|ins|ans)\s+$", re.IGNORECASE)


def _after_article(text: str, at: int) -> bool:
    return _GERMAN_ARTICLE.search(text, max(0, at - 8), at) is not None


#: A definite article right before a name: "il Napoli", "el Sevilla" are clubs, "das
#: Essen" a meal, not the city.
_DEFINITE_BEFORE = {
    "de": _GERMAN_ARTICLE,
    "es": re.compile(r"\b(?:el|la|los|las|al|del)\s+$", re.IGNORECASE),
    "it": re.compile(r"(?:\b(?:il|lo|la|i|gli|le|al|del|dal|nel|sul)\s+|\bl['’])$",
                     re.IGNORECASE),
    "pt": re.compile(r"\b(?:o|a|os|as|ao|do|da)\s+$", re.IGNORECASE),
    "nl": re.compile(r"\b(?:de|het|een)\s+$", re.IGNORECASE),
}
#: A name after a given name and a particle the run did not take is a surname: "Gerard
#: ten Hove" (Dutch takes no "ten" inside a name), not Hove.
_SURNAME_PARTICLE_BEFORE = re.compile(
    r"\b[^\W\d_a-zß-ÿ][^\W\d_]+ (?:van|ten|ter|von|zu|de|da|di|del|dos|das|do|der|den|du|le"
    r"|la) $")
#: A nickname in quotes after a name makes it a given name: "Francisco ‘Curro’ Valdelomar".
_NICKNAME_AFTER = re.compile(r" [‘'\"“«]\w")
#: A capitalised word right before a name, in the same line.
_WORD_BEFORE = r"[^\W\d_a-zß-ÿ][^\W\d_]*[ \u00a0]"


def _ends_a_longer_name(text: str, word: str) -> bool:
    """Whether the text writes ``word`` after another name word somewhere: then it is a
    surname ("Joaquín Lerma … señaló Lerma", a coach; "Severino Arcoverde", an
    accordionist) or a club's ("FC Groningen … Groningen zakt"), not a town."""
    return re.search(rf"{_WORD_BEFORE}{re.escape(word)}\b", text) is not None


#: A German city whose name is also a common word ("Essen", "Halle") is read as the
#: city only when it is this big, and the text never writes the word after an article.
GERMAN_WORD_CITY_POPULATION = 200_000


def _a_city(text: str, start: int, name: str, language: str) -> bool:
    """Whether the capitalised run ``name`` at ``start`` is a city
    (:func:`copydesk.cities.city_population`) and no article before it makes it a club
    or a noun; a German common word ("Ende März", "Mitte Mai") only as a big city that
    the text never writes after an article."""
    population = city_population(name, language)
    if not population or _DEFINITE_BEFORE[language].search(text, max(0, start - 8), start) \
            or _SURNAME_PARTICLE_BEFORE.search(text, max(0, start - 30), start) \
            or _NICKNAME_AFTER.match(text, start + len(name)) \
            or (" " not in name and _ends_a_longer_name(text, name)):
        return False
    if language != "de" or " " in name or zipf(name.lower(), language) < 2.5:
        return True
    return population >= GERMAN_WORD_CITY_POPULATION and not any(
        _after_article(text, m.start()) for m in re.finditer(rf"\b{re.escape(name)}\b", text))
