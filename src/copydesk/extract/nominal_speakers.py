"""A speaker with no tagged name: "the official", "a senior Ukrainian official", or a
name in a language no tagger reads ("sagte Kowalenko den Reportern" is Kowalenko).

Every attribution rule falls back to this when its words name no one the entity stage
knows, so the reading lives in one place. It must not make a speaker of a clause that
only looks like a description ("that the plan leaked before the unions were"); the
finite-verb test that tells a clause from a description is here too, shared with the
statement rules (:mod:`copydesk.extract.statement_issuers`)."""

from __future__ import annotations

import re

from copydesk.extract.quote_options import QuoteOptions
from copydesk.extract.quote_people import Speaker
from copydesk.wordfreqs import zipf

NOMINAL = re.compile(r"^(?:the|a|an|one|another|his|her|their|its|this|that"
                     # German, Spanish, Italian, Portuguese, Dutch: "een omwonende"
                     r"|ein|eine|einer|un|una|uno|um|uma|een|der|die|das|el|il|lo|het"
                     r"|le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cet|cette)\b", re.I)


#: A clause, not someone: "…had been “privately furious” that the plan leaked before the
#: unions were told" made a speaker of "that the plan leaked before the unions were".
_CLAUSE_OPENING = re.compile(
    r"^(?:that|this|which|because|as|if|when|while|before|after)\s+(?:the|a|an|he|she|it|"
    r"they|we|i|you|his|her|their|its|our|there)\b", re.IGNORECASE)


#: A form of address with its full stop, before a name: "a déclaré M. Ould Cheikh" had
#: been cut at the stop and spoken by "M" (a names probe).
_LEADING_HONORIFIC = re.compile(r"^(?:M|Mr|Mrs|Ms|Mme|Mlle|Dr|Prof|Sr|Sra|Srta|Hr|Fr)\.\s+(?=\w)")


#: Object pronouns of Italian and Spanish that open a sentence before its verb.
_CLITICS = frozenset("Lo La Le Li Gli Ne Les Los".split())


def nominal(phrase: str, options: QuoteOptions) -> Speaker | None:
    """A speaker with no name: "the official", "a senior Ukrainian official"."""
    # (at the phrase's end too: "a ticket clerk who asked not to be named told…" read
    # "asked" as the verb and spoke as "a ticket clerk who": a web probe)
    phrase = phrase.strip()
    addressed = _LEADING_HONORIFIC.match(phrase)  # what follows is a name
    phrase = re.split(r"[,;:.()]|\s(?:who|which|that|with|after|when|que|che|dat|die)\b",
                      phrase[addressed.end():] if addressed else phrase, maxsplit=1)[0].strip()
    words = phrase.split()
    if not words or len(words) > options.max_nominal_words or _CLAUSE_OPENING.match(phrase):
        return None
    if len(words) == 1 and words[0].capitalize() in _CLITICS:
        return None  # "Lo dice senza giri di parole il titolare…": an object pronoun
    if not NOMINAL.match(phrase) and not phrase[0].isupper() and not addressed:
        return None
    if not NOMINAL.match(phrase) and (addressed or _a_name_first(words)):
        # A name, where no tagger reads the language: it ends at the first lower-case
        # word that is no particle of a name ("sagte Kowalenko den Reportern am Hafen",
        # "a déclaré Kovalenko aux journalistes" had made speakers of the whole phrase).
        name, i = [words[0]], 1
        while i < len(words):
            particle = _NAME_PARTICLE.match(" ".join(words[i:]))
            if particle:
                n = len(particle.group(1).split())
                name.extend(words[i : i + n])
                i += n
            elif words[i][0].islower():
                if words[i].lower() not in _AFTER_A_NAME:
                    name = words  # "Ferry Lane resident Gary Pell": a description
                break
            else:
                name.append(words[i])
                i += 1
        phrase = " ".join(name)
    return Speaker(phrase, None)


#: Words that end a name and open what follows the attribution: "sagte Kowalenko den
#: Reportern", "a déclaré Kovalenko aux journalistes", "dijo Kovalenko ante la prensa".
_AFTER_A_NAME = frozenset(
    "den dem der die das am im vor bei gegenüber zu zum zur auf nach in an unserer unserem "
    "unseren einer einem seiner ihrer aux au à devant "
    "sur dans lors après avant à la al ante en tras desde ai alla davanti dopo durante dla "
    "przed po w na do przy to at on before after outside during".split())

#: Lower-case words inside a name, before its next capitalised word: "Ursula von der
#: Leyen", "Luis de la Cruz", "Omar bin Salem" ("den" or "der" alone is German's article).
_NAME_PARTICLE = re.compile(
    r"((?:von|van)(?: de[nr]?)?|de(?: la| los)?|del|della|di|da|du|dos|das|la|le|bin|ibn"
    r"|al|el|ter|ten)\s+[A-Z]")


def _a_name_first(words: list[str]) -> bool:
    """Whether a capitalised phrase opens with a name rather than a noun capitalised at
    the start ("Residents on Kettle Lane") or a description ("Mertens's lawyer"): its
    first word is rare in English, or the second is capitalised too."""
    if any(w.endswith(("'s", "’s")) for w in words):
        return False
    if len(words) > 1 and words[1][:1].isupper():
        return True
    return zipf(words[0].strip(".,").lower()) < 3.5


#: A finite verb: a past in -ed or a common irregular one, or a present of "be"/"have".
FINITE_VERB = re.compile(
    r"\b(?:[a-z]{2,}ed|was|were|is|are|has|have|had|did|does|showed|shows|found|finds"
    r"|made|makes|saw|sees|gave|gives|took|takes|told|tells|left|kept|came|went|got"
    r"|held|stood|ran|began|fell|rose|won|lost|paid|sent|spent|brought|bought|thought)\b")
