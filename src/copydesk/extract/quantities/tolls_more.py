"""Italian, Portuguese and Dutch tolls: "almeno sette persone sono morte", "três mortos e
12 feridos", "minstens vier mensen kwamen om het leven".

The same reading as Spanish and German (:mod:`tolls_other`), in each language's words:
people killed, injured, missing, evacuated or hospitalised, and the guards against what
is no toll of this event (a forecast, a negation, a rise, an earlier figure, another
year's toll, a figure of speech). Italian and Portuguese write like Spanish (count, noun,
auxiliary, participle); Dutch like German, with the verb's parts around the rest ("Bij het
ongeluk raakten drie mensen gewond").
"""

from __future__ import annotations

import re

from copydesk.extract.quantities.toll_rules import TollRules, number_words

_DIGITS = r"\d{1,3}(?:[.\s\u00a0]\d{3})*"
#: People a report names by what they are, with a definite article: one person ("o
#: motorista, de 61 anos, ficou ferido", "de chauffeur raakte lichtgewond", "il compagno è
#: rimasto ferito"). A list, not any noun: "il progetto è morto" is no toll.
_PERSON_NOUNS = {
    "it": "conducente autista guidatore motociclista ciclista pedone passeggero passeggera "
          "compagno compagna marito moglie figlio figlia padre madre proprietario "
          "proprietaria titolare operaio operaia pilota agente bambino bambina ragazzo "
          "ragazza uomo donna anziano anziana",
    "pt": "motorista condutor condutora ciclista motociclista passageiro passageira dono dona "
          "proprietário proprietária marido mulher filho filha pai mãe operário trabalhador "
          "trabalhadora piloto agente criança homem idoso idosa jovem rapaz",
    "nl": "chauffeur bestuurder fietser motorrijder voetganger passagier eigenaar eigenares "
          "man vrouw zoon dochter vader moeder piloot agent arbeider bewoner bewoonster "
          "jongen meisje kind",
}


def _the_one(language: str, articles: str, age: str) -> str:
    """A definite article, a person noun of the list, maybe an age: one person."""
    nouns = "|".join(_PERSON_NOUNS[language].split())
    return rf"(?<![\w,.])(?P<the>{articles})\s+(?P<noun>{nouns})(?:{age})?"
#: Between the parts of a number in words: Portuguese "vinte e dois"; Italian and Dutch
#: write them as one word, and the rules read the single ones ("(?!)" joins nothing).
_AND_PT = r"\s+e\s+"
_NOTHING = r"(?!)"

_ITALIAN_NUMBERS = {
    "un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
    "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13,
    "quattordici": 14, "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18,
    "diciannove": 19, "venti": 20, "ventuno": 21, "ventidue": 22, "ventitré": 23,
    "ventiquattro": 24, "venticinque": 25, "ventisei": 26, "ventisette": 27, "ventotto": 28,
    "ventinove": 29, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60,
    "settanta": 70, "ottanta": 80, "novanta": 90, "cento": 100,
    # "una trentina di persone": about thirty (the qualifier is "una")
    "decina": 10, "ventina": 20, "trentina": 30, "quarantina": 40, "cinquantina": 50,
    "centinaio": 100,
}
_ITALIAN_N = rf"(?P<n>{_DIGITS}|{number_words(_ITALIAN_NUMBERS, _NOTHING)})"
_ITALIAN_QUALIFIER = (r"(?P<qual>almeno|più\s+di|oltre|circa|quasi|meno\s+di|fino\s+a"
                      r"|una(?=\s+\w+ina\b)|un(?=\s+centinaio\b))?\s*")
#: One person, by what they are and maybe their age: "Un uomo di 45 anni è morto".
_ITALIAN_ONE = (r"(?P<n>[Uu]n|[Uu]na|[Uu]no)\s+(?P<noun>(?-i:[a-zàèéìòù]+))"
                r"(?:\s+di\s+\d{1,3}\s+anni)?")
_ITALIAN_AUX = (r"(?:(?:sono|erano|sono\s+stati|sono\s+state|sono\s+rimasti|sono\s+rimaste"
                r"|rimasti|rimaste|risultano|restano|hanno|avevano|è|è\s+stato|è\s+stata"
                r"|sono\s+ancora|risultavano)\s+)?(?:(?:gravemente|lievemente|leggermente"
                r"|in\s+modo\s+grave)\s+)?")
_ITALIAN_DEEDS = (r"mort[ieoa]|deceduti|decedute|decedut[oa]|perso\s+la\s+vita|uccis[ieoa]"
                  r"|ferit[ieoa]|dispers[ieoa]|evacuat[ieoa]|sfollat[ie]|ricoverat[ieoa]"
                  r"|mancan[oa]\s+(?:ancora\s+)?all['’]appello")
_ITALIAN = TollRules(
    language="it",
    numbers=_ITALIAN_NUMBERS,
    joiner=_NOTHING,
    patterns=(
        re.compile(
            r"(?i)(?<![\w,.])" + _ITALIAN_QUALIFIER + _ITALIAN_N + r"\s+"
            r"(?:(?:di\s+)?(?:(?!dei\b|delle\b|degli\b|anni\b|ore\b|giorni\b|mesi\b)"
            r"(?P<noun>(?-i:[a-zàèéìòù]{3,}[ie]))(?:\s+(?-i:[a-zàèéìòù]{4,}[ie]))?"
            r"(?:\s+(?:di|del|della)\s+(?-i:[A-Z][\w'-]*)"
            r"(?:\s+(?-i:[A-Z][\w'-]*)){0,2})?\s+)?" + _ITALIAN_AUX
            + r"(?P<deed>" + _ITALIAN_DEEDS + r")"
            r"|(?P<bare>morti|morto|vittime|feriti|dispersi|sfollati|evacuati|deceduti"
            r"|ricoverati))\b"),
        # the verb first: "sono morte tre persone", "sono rimasti feriti 9 agenti", "sono
        # state uccise 14 persone", "è morta una donna di 32 anni"
        re.compile(r"(?i)\b(?:sono|è)\s+(?:stat[ieoa]\s+|rimast[ieoa]\s+)?(?:gravemente\s+)?"
                   r"(?P<deed>mort[ieao]|decedut[ieoa]|uccis[ieoa]|ferit[ieoa]|evacuat[ieoa]"
                   r"|ricoverat[ieoa]|sfollat[ie])\s+(?:(?:anche|ancora|finora|già|in\s+tutto"
                   r"|a\s+scopo\s+precauzionale|in\s+via\s+precauzionale)\s+)?"
                   + _ITALIAN_QUALIFIER + _ITALIAN_N + r"\s+(?:di\s+)?"
                   r"(?P<noun>(?-i:[a-zàèéìòù]+))\b"),
        # one person: "Un uomo di 45 anni è morto", "un terzo è rimasto gravemente ferito"
        re.compile(r"(?<![\w,.])" + _ITALIAN_ONE + r"(?:\s+[^\s.;:!?]+){0,3}?\s+è\s+"
                   r"(?:rimast[oa]\s+|stat[oa]\s+)?(?:gravemente\s+|lievemente\s+)?"
                   r"(?P<deed>mort[oa]|decedut[oa]|ferit[oa]|ricoverat[oa]|dispers[oa])\b"),
        # "il compagno è rimasto ferito"
        re.compile(_the_one("it", "[Ii]l|[Ll]a|[Ll]o|[Ll]['’]", r",?\s+di\s+\d{1,3}\s+anni,?")
                   + r"\s+è\s+(?:rimast[oa]\s+|stat[oa]\s+)?(?:gravemente\s+|lievemente\s+)?"
                   r"(?P<deed>mort[oa]|decedut[oa]|ferit[oa]|ricoverat[oa])\b"),
        # "Sono 4 le persone ricoverate"
        re.compile(r"(?i)\bsono\s+" + _ITALIAN_QUALIFIER + _ITALIAN_N + r"\s+(?:le|i|gli)\s+"
                   r"(?P<noun>(?-i:[a-zàèéìòù]+))\s+(?P<deed>mort[ie]|decedut[ie]|ferit[ie]"
                   r"|ricoverat[ie]|dispers[ie]|evacuat[ie]|sfollat[ie])\b"),
        # a total: "I deceduti sono saliti a nove", "Le vittime della frana sono state
        # quattro"
        re.compile(r"(?i)\b(?:i|le)\s+(?P<bare>deceduti|morti|vittime|feriti|dispersi)\b"
                   r"[^.;:!?]{0,30}?\bsono\s+(?:saliti|salite|arrivati|arrivate|stat[ie])"
                   r"\s+(?:a\s+)?" + _ITALIAN_QUALIFIER + _ITALIAN_N + r"\b(?!\s+(?:anni|ore))"),
        # a new total: "il bilancio dei morti è salito a 5", "sale a sette il numero delle vittime"
        re.compile(r"(?i)\b(?:bilancio|numero)\s+(?:dei|delle)\s+(?P<bare>morti|vittime|feriti"
                   r"|dispersi)[^.;:!?]{0,60}?\b(?:salito|salita|sale|è\s+salito|arrivato"
                   r"|giunto)\s+a\s+" + _ITALIAN_QUALIFIER + _ITALIAN_N + r"\b"),
        re.compile(r"(?i)\b(?:sale|salito|salita)\s+a\s+" + _ITALIAN_QUALIFIER + _ITALIAN_N
                   + r"\s+il\s+(?:numero|bilancio)\s+(?:dei|delle)\s+(?P<bare>morti|vittime"
                   r"|feriti|dispersi)\b"),
    ),
    deeds={"mort": "killed", "decedut": "killed", "perso": "killed", "vittime": "killed",
           "uccis": "killed", "ferit": "injured", "dispers": "missing",
           "mancan": "missing", "evacuat": "evacuated",
           "sfollat": "evacuated", "ricoverat": "hospitalised"},
    qualifiers={"almeno": "at least", "più di": "more than", "oltre": "more than",
                "circa": "about", "quasi": "nearly", "meno di": "fewer than", "fino a": "up to",
                "una": "about", "un": "about"},
    not_this_toll=re.compile(
        r"(?i)(?:\b(?:potrebbero|potrebbe|potranno|temono|teme|si\s+teme|se|superare"
        r"|raggiungere|rischia(?:no)?)\b[^.;:!?]*|\b(?:nessun|nessuna|nessuno|senza|non)\s+"
        r"(?:ci\s+sono\s+stati\s+|ci\s+sono\s+|si\s+registrano\s+)?"
        r"|\b(?:aumentat[oi]|salit[oi]|cresciut[oi])\s+di\s+|\bprimo\s+bilancio\b[^.;:!?]*"
        r"|\binizialmente\b[^.;:!?]*|\bda\s+(?=\w+\s+a\s+)"
        r"|\b(?:19|20)\d\d\b[^.;:!?]*|\b(?:anni\s+fa|l'anno\s+scorso)\b[^.;:!?]*"
        r"|\b(?:scorso\s+anno|smentit\w*|voci\s+di|esercitazione|simulat\w*)\b[^.;:!?]*"
        r"|(?:^|[.!?]\s+|\s)(?:i|le|gli|questi|queste|tutti|tutte)\s+)$"),
    not_a_toll_after=re.compile(
        r"(?i)\s+(?:di\s+(?:paura|fame|freddo|sonno|noia|risate|vergogna|fatica)"
        r"|sono\s+stati\s+ritrovati|sono\s+state\s+ritrovate|(?:ritrovati|ritrovate)\s+vivi?"
        r"|[^.;:!?]{0,40}\b(?:nel|del|nell'anno)\s+(?:19|20)\d\d"
        r"|[^.;:!?]{0,60}\b(?:simulat\w*|l'anno\s+scorso|smentit\w*))\b"),
)

_PORTUGUESE_NUMBERS = {
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6,
    "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13,
    "catorze": 14, "quatorze": 14, "quinze": 15, "dezasseis": 16, "dezesseis": 16,
    "dezassete": 17, "dezessete": 17, "dezoito": 18, "dezanove": 19, "dezenove": 19,
    "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60,
    "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100,
}
_PORTUGUESE_N = rf"(?P<n>{_DIGITS}|{number_words(_PORTUGUESE_NUMBERS, _AND_PT)})"
_PORTUGUESE_QUALIFIER = (r"(?P<qual>pelo\s+menos|ao\s+menos|mais\s+de|cerca\s+de|quase"
                         r"|menos\s+de|perto\s+de|até)?\s*")
_PORTUGUESE_AUX = (r"(?:(?:que\s+)?(?:ficaram|ficou|foram|estão|estavam|continuam|permanecem"
                   r"|seguem|tiveram\s+de\s+ser|tiveram\s+que\s+ser|precisaram\s+ser|acabaram"
                   r"|resultaram|saíram|estão\s+ainda)\s+)?(?:(?:gravemente|ligeiramente"
                   r"|levemente|com\s+gravidade)\s+)?")
_PORTUGUESE_DEEDS = (r"morreram|morrido|mortos|mortas|perderam\s+a\s+vida|feridos|feridas"
                     r"|desaparecidos|desaparecidas|desalojados|desalojadas|deslocados"
                     r"|deslocadas|evacuados|evacuadas|internados|internadas|hospitalizados"
                     r"|hospitalizadas|morto|morta|ferido|ferida|desaparecid[oa]"
                     r"|retirad[oa]s\s+(?:de\s+(?:suas|as\s+suas)\s+casas|das\s+casas)")
#: One person, by what they are and maybe their age: "Um homem de 38 anos morreu".
_PORTUGUESE_ONE = (r"(?P<n>[Uu]m|[Uu]ma)\s+(?P<noun>(?-i:[a-zãõáéíóúâêôç]+))"
                   r"(?:\s+(?:da|do|de)\s+(?-i:[A-Z][\w-]*))?(?:,?\s+de\s+\d{1,3}\s+anos,?)?")
_PORTUGUESE = TollRules(
    language="pt",
    numbers=_PORTUGUESE_NUMBERS,
    joiner=_AND_PT,
    patterns=(
        re.compile(
            r"(?i)(?<![\w,.])" + _PORTUGUESE_QUALIFIER + _PORTUGUESE_N + r"\s+"
            r"(?:(?:(?!anos\b|horas\b|dias\b|meses\b)(?P<noun>(?-i:[a-zãõáéíóúâêôç]+s))"
            r"(?:\s+(?:de|da|do)\s+(?-i:[A-Z][\w-]*)"
            r"(?:\s+(?-i:[A-Z][\w-]*)){0,2})?\s+)?" + _PORTUGUESE_AUX
            + r"(?P<deed>" + _PORTUGUESE_DEEDS + r")"
            r"|(?P<bare>mortos|mortes|óbitos|vítimas\s+mortais|vítimas\s+fatais|feridos"
            r"|desaparecidos|desalojados|deslocados|evacuados|internamentos))\b"),
        # the participle first: "Foram evacuados 240 alunos", "foram internadas 12 pessoas"
        re.compile(r"(?i)\b(?:foram|ficaram|estão)\s+(?P<deed>evacuad[oa]s|internad[oa]s"
                   r"|hospitalizad[oa]s|desalojad[oa]s|ferid[oa]s|retirad[oa]s)\s+"
                   + _PORTUGUESE_QUALIFIER + _PORTUGUESE_N
                   + r"\s+(?P<noun>(?-i:[a-zãõáéíóúâêôç]+))\b"),
        # "A Proteção Civil retirou 35 pessoas"
        re.compile(r"(?i)\b(?P<deed>retirou|retiraram|evacuou|evacuaram)\s+"
                   + _PORTUGUESE_QUALIFIER + _PORTUGUESE_N
                   + r"\s+(?P<noun>(?-i:[a-zãõáéíóúâêôç]+))\b"),
        # "o motorista, de 61 anos, ficou ferido"
        re.compile(_the_one("pt", "[Oo]|[Aa]", r",?\s+de\s+\d{1,3}\s+anos,?")
                   + r"\s+(?:ficou\s+(?:gravemente\s+|ligeiramente\s+)?|foi\s+)?"
                   r"(?P<deed>morreu|faleceu|ferid[oa]|internad[oa])\b"),
        # one person: "Um homem de 38 anos morreu", "Um agente da PSP morreu"
        re.compile(r"(?<![\w,.])" + _PORTUGUESE_ONE + r"\s+(?:ficou\s+(?:gravemente\s+)?)?"
                   r"(?P<deed>morreu|faleceu|ferid[oa]|desaparecid[oa]|internad[oa])\b"),
        # the verb first: "morreram três pessoas", "morreu um homem"
        re.compile(r"(?i)\b(?P<deed>morreram|morreu|faleceram|faleceu)\s+"
                   + _PORTUGUESE_QUALIFIER + _PORTUGUESE_N
                   + r"\s+(?P<noun>(?-i:[a-zãõáéíóúâêôç]+))\b"),
        # a new total: "o número de mortos subiu para 12"
        re.compile(r"(?i)\b(?:número|balanço)\s+de\s+(?P<bare>mortos|óbitos|vítimas|feridos"
                   r"|desaparecidos|desalojados)[^.;:!?]{0,60}?\b(?:subiu|sobe|aumentou"
                   r"|chegou|ascende|ascendeu|caiu|desceu|baixou)\s+(?:de\s+\S+\s+)?"
                   r"(?:para|a)\s+" + _PORTUGUESE_QUALIFIER
                   + _PORTUGUESE_N + r"\b"),
    ),
    deeds={"morr": "killed", "mort": "killed", "perd": "killed", "óbitos": "killed",
           "vítimas": "killed", "ferid": "injured", "desaparec": "missing",
           "desaloj": "evacuated", "desloc": "evacuated", "evacu": "evacuated",
           "intern": "hospitalised", "hospital": "hospitalised", "falec": "killed",
           "retir": "evacuated", "evacuou": "evacuated", "evacuaram": "evacuated"},
    qualifiers={"pelo menos": "at least", "ao menos": "at least", "mais de": "more than",
                "cerca de": "about", "perto de": "nearly", "quase": "nearly",
                "menos de": "fewer than", "até": "up to"},
    not_this_toll=re.compile(
        r"(?i)(?:\b(?:poderá|poderão|podem|pode|poderia|poderiam|teme-se|temem|se|superar"
        r"|atingir)\b[^.;:!?]*|\b(?:nenhum|nenhuma|sem|não|ninguém)\s+(?:houve\s+|há\s+)?"
        r"|\b(?:aumentou|subiu|cresceu)\s+(?:em\s+)?|\b(?:primeiro|anterior|inicial)\s+"
        r"balanço\b[^.;:!?]*|\binicialmente\b[^.;:!?]*|\bde\s+(?=\w+\s+para\s+)"
        r"|\b(?:19|20)\d\d\b[^.;:!?]*|\b(?:ano\s+passado|há\s+\w+\s+anos|capacidade)\b"
        r"[^.;:!?]*|\b(?:simulacro|simulad\w*|desmentid\w*|relatório\s+anual)\b[^.;:!?]*"
        r"|(?:^|[.!?]\s+|\s)(?:os|as|estes|estas|esses|essas|todos|todas)\s+)$"),
    not_a_toll_after=re.compile(
        r"(?i)\s+(?:de\s+(?:medo|fome|frio|sono|riso|vergonha|cansaço|saudade)"
        r"|foram\s+encontrad|foram\s+localizad|apareceram|com\s+vida"
        r"|[^.;:!?]{0,40}\b(?:em|no\s+ano\s+de)\s+(?:19|20)\d\d"
        r"|[^.;:!?]{0,60}\b(?:no\s+ano\s+passado|simulad\w*|desmentid\w*))\b"),
)

_DUTCH_NUMBERS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
    "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50,
    "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90, "honderd": 100,
    "tiental": 10,  # "een tiental gewonden": about ten
}
_DUTCH_N = rf"(?P<n>{_DIGITS}|{number_words(_DUTCH_NUMBERS, _NOTHING)})"
_DUTCH_QUALIFIER = (r"(?P<qual>minstens|ten\s+minste|zeker|meer\s+dan|ruim|ongeveer|zo'n"
                    r"|zo’n|bijna|minder\s+dan|circa|tot|een(?=\s+tiental\b))?\s*")
#: One person, by what they are and maybe their age: "Een 54-jarige man", "Een vrouw van 72".
_DUTCH_ONE = (r"(?P<n>[Ee]en|[Éé]én)\s+(?:\d{1,3}-jarige\s+)?(?P<noun>(?-i:[a-z]+))"
              r"(?:\s+van\s+\d{1,3}(?:\s+jaar)?)?(?:\s+uit\s+(?-i:[A-Z][\w-]*))?")
_DUTCH = TollRules(
    language="nl",
    numbers=_DUTCH_NUMBERS,
    joiner=_NOTHING,
    patterns=(
        re.compile(
            r"(?i)(?<![\w,.])" + _DUTCH_QUALIFIER + _DUTCH_N + r"\s+"
            r"(?:(?:(?:(?-i:[A-Z][a-z]+e)\s+)?(?:(?!jaar\b|uur\b|dagen\b|maanden\b)"
            r"(?P<noun>(?-i:[a-z]+(?:en|s|ers)))|andere)"
            r"\s+)?"
            # the verb's parts around the rest: "kwamen bij het ongeluk om het leven",
            # "zijn naar het ziekenhuis gebracht", "90 kampeerders uit voorzorg geëvacueerd"
            r"(?:(?:zijn|werden|worden|moesten|kwamen|raakten|raken|liepen|zijn\s+er|hebben"
            r"|uit\s+voorzorg|tijdelijk)\b[^.;:!?]{0,80}?\s)?(?:(?:zwaar|licht|ernstig"
            r"|dodelijk)\s*)?"
            r"(?P<deed>om\s+het\s+leven(?:\s+gekomen)?|omgekomen|overleden|gedood|gewond"
            r"|vermist|geëvacueerd|in\s+het\s+ziekenhuis|naar\s+het\s+ziekenhuis"
            r"|naar\s+een\s+ziekenhuis)"
            r"|(?P<bare>doden|dode|dodelijke\s+slachtoffers|gewonden|zwaargewonden"
            r"|lichtgewonden|vermisten|geëvacueerden))\b"),
        # one person: "Een 54-jarige man … is overleden", "Een vrouw van 72 raakte
        # zwaargewond", "kwam een 19-jarige man om het leven"
        re.compile(r"(?<![\w,.])" + _DUTCH_ONE + r"\s+(?:is|raakte|wordt|werd)\s+"
                   r"(?:[^.;:!?]{0,50}?\s)?(?P<deed>overleden|omgekomen|om\s+het\s+leven"
                   r"|zwaargewond|lichtgewond|gewond|vermist|gedood)\b"),
        re.compile(r"(?i)\bkwam\s+" + _DUTCH_ONE + r"\s+(?P<deed>om\s+het\s+leven)\b"),
        # "de chauffeur raakte lichtgewond", "de eigenaar (43) raakte lichtgewond"
        re.compile(_the_one("nl", "[Dd]e|[Hh]et", r"\s*\(\d{1,3}\)|,\s+\d{1,3},")
                   + r"\s+(?:raakte|is|werd)\s+(?P<deed>zwaargewond|lichtgewond|gewond"
                   r"|overleden|omgekomen)\b"),
        # the verb first: "kwamen drie mensen om het leven" is above; "vielen twee doden"
        re.compile(r"(?i)\b(?:vielen|vallen|zijn|waren)\s+(?:er\s+)?" + _DUTCH_QUALIFIER
                   + _DUTCH_N + r"\s+(?P<bare>doden|gewonden|zwaargewonden|vermisten)\b"),
        # a new total: "het dodental is opgelopen tot 14"
        re.compile(r"(?i)\b(?P<bare>dodental|aantal\s+doden|aantal\s+gewonden|aantal"
                   r"\s+vermisten)\b[^.;:!?]{0,50}?\b(?:(?:opgelopen|gestegen|gedaald"
                   r"|gezakt)\s+(?:van\s+\S+\s+)?(?:tot|naar)|op)\s+"
                   + _DUTCH_QUALIFIER + _DUTCH_N + r"\b"),
    ),
    deeds={"om": "killed", "omgekomen": "killed", "overleden": "killed", "gedood": "killed",
           "doden": "killed", "dode": "killed", "dodelijke": "killed", "dodental": "killed",
           "aantal doden": "killed", "gewond": "injured", "zwaargewond": "injured",
           "lichtgewond": "injured", "aantal gewonden": "injured", "vermist": "missing",
           "aantal vermisten": "missing", "geëvacueerd": "evacuated", "in": "hospitalised",
           "naar": "hospitalised"},
    qualifiers={"minstens": "at least", "ten minste": "at least", "meer dan": "more than",
                "ruim": "more than", "ongeveer": "about", "zo'n": "about", "zo’n": "about",
                "circa": "about", "bijna": "nearly", "minder dan": "fewer than", "tot": "up to"},
    not_this_toll=re.compile(
        r"(?i)(?:\b(?:kunnen|kan|zou|zouden|vreest|vrezen|als|indien|oplopen)\b[^.;:!?]*"
        r"|\b(?:geen|zonder|niemand|niet)\s+|\b(?:gestegen|opgelopen|toegenomen)\s+met\s+"
        r"|\b(?:eerste|eerdere|vorige)\s+(?:balans|berichten|cijfers)\b[^.;:!?]*"
        r"|\baanvankelijk\b[^.;:!?]*|\bvan\s+(?=\w+\s+naar\s+)|\b(?:19|20)\d\d\b[^.;:!?]*"
        r"|(?:^|[.!?]\s+|\s)(?:de|deze|die|beide|alle)\s+|\b(?:om|rond|tegen|sinds|voor)\s+"
        r"|\b(?:jaar\s+geleden|vorig\s+jaar|destijds|rampoefening|oefening|simul\w*)\b"
        r"[^.;:!?]*)$"),
    not_a_toll_after=re.compile(
        r"(?i)\s+(?:van\s+(?:schrik|angst|honger|kou|verveling|het\s+lachen)"
        r"|(?:zijn|werden)\s+(?:levend|ongedeerd)\s+(?:teruggevonden|gevonden)"
        r"|[^.;:!?]{0,30}\b(?:in|uit)\s+(?:19|20)\d\d"
        r"|[^.;:!?]{0,60}\b(?:gesimuleerd|hoax|vals\s+alarm))\b"),
)

MORE_LANGUAGES: dict[str, TollRules] = {"it": _ITALIAN, "pt": _PORTUGUESE, "nl": _DUTCH}
