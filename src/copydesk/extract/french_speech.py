"""How French attributes a quote, for the quote finder (:mod:`copydesk.extract.quotes`):
its speech verbs in the present and the past, the pronoun it puts after the verb
("…», a-t-il assuré"), the impersonal "on", and what gives a name its gender. Kept apart
because the quote finder is long, and these are words and patterns, not its logic
(a French-desk probe and a regression probe shaped them; docs/extract.md)."""

from __future__ import annotations

import re

#: French news attributes in the present as often as in the past ("…», indique la
#: présidente de la Régie, Odile Fontaine-Marchal"; a French-desk probe's quotes had
#: no speaker), and "selon" is its "according to".
FRENCH_SPEECH = (
    "a indiqué", "a précisé", "a estimé", "a assuré", "a confié", "a raconté",
    "a réagi", "a poursuivi", "a insisté", "a rappelé", "a prévenu", "a reconnu", "a lancé",
    "a annoncé", "a répondu", "a martelé", "a résumé", "a témoigné", "indique",
    "explique", "raconte", "estime", "souligne", "précise", "affirme", "ajoute",
    "déclare", "confie", "poursuit", "insiste", "rappelle", "prévient", "reconnaît",
    "témoigne", "résume", "martèle", "réagit",
    # not "selon laquelle" (the clause of someone quoted before) nor "selon moi"
    r"[Ss]elon(?!\s+(?:laquelle|lequel|lesquel(?:le)?s|qui|moi|toi|lui|elle|eux|elles"
    r"|nous|vous)\b)",
)
#: A French verb with its subject pronoun after it: "…», a-t-il affirmé", "…», indique-t-
#: elle", "…», poursuit-il": the pronoun stands for the person named before, as "he said".
INVERTED_PRONOUN = re.compile(
    r"\W*(?:a-t-(?P<p1>il|elle)\s+(?!été\b)\w+(?:é|i|u|it|is)|(?:indique|explique|raconte"
    r"|estime|souligne|précise|affirme|ajoute|déclare|confie|assure|poursuit|insiste"
    r"|rappelle|prévient|reconnaît|témoigne|résume|martèle|réagit|dit|répond|lance|souffle"
    r"|observe|note|relève|glisse|soupire|lâche|reprend|tranche|conclut|avertit|admet"
    r"|regrette|déplore|rétorque)(?:-t)?-(?P<p2>il|elle))\b")
#: "…», explique-t-on à la mairie", "a-t-il été précisé": no one in particular speaks.
IMPERSONAL_AFTER_VERB = re.compile(r"(?:-t)?-on\b|\s+été\s+\w+é")
#: ... nor the one quoted before: such a quote keeps no speaker (a regression probe's
#: "estime-t-on à la mairie" went to the prefect quoted in the sentence before).
NO_ONE_AFTER = re.compile(r"[\s,]*(?:\w+(?:-t)?-on|a-t-on\s+\w+|a-t-(?:il|elle)\s+été\s+\w+)\b")
#: A paragraph that opens on a thing ("Le document, long de 180 pages, pointe …"): its
#: "souligne-t-il" is the thing's, not the person of the paragraph before.
OPENS_ON_A_THING = re.compile(r"\s*(?:Le|La|Les|L['’]|Ce|Cet|Cette|Ces)\s*[a-zéèêàâîôû]")
#: A French verb of ``FRENCH_SPEECH`` before a quote introduces it only through a colon
#: or "que": "Cette collection témoigne d'« une époque … »", "Cet épisode rappelle « la
#: crue de 1999 »" and "La gendarmerie poursuit l'enquête …, « … »" name no speaker (a
#: regression probe's spurious speakers).
INTRODUCED = re.compile(r"[^«»\"“”.;]{0,60}?(?::|\bque\b|\bqu['’])\s*$")
SELON_RELATIVE = re.compile(r"\bselon\s+(?:laquelle|lequel|lesquel(?:le)?s)\b")
FRENCH_VERB = re.compile("|".join(v.replace(" ", r"\s+") for v in FRENCH_SPEECH))
#: What gives a French name its gender right before it: a form of address, or a
#: determiner and a title in apposition ("la présidente du club, Nathalie Carrel", "le
#: ministre, Laurent Vasseur").
FRENCH_GENDER_BEFORE = re.compile(
    r"(?:(?<![A-Z][a-z])(?<![A-Z][a-z][a-z])\b(?P<m>M\.|Monsieur)|\b(?P<f>Mme|Mlle|Madame"
    r"|Mademoiselle)|\b(?:(?P<dm>[Ll]e|[Uu]n)|(?P<df>[Ll]a|[Uu]ne))\s+[a-zé][\w-]*"
    r"(?:\s+[^,.;«»\n]{0,40})?,)\s*$")


def gender_before(text: str, at: int) -> str | None:
    """"m" or "f" when the words right before a name at ``at`` give its gender."""
    m = FRENCH_GENDER_BEFORE.search(text, max(0, at - 60), at)
    if m is None:
        return None
    return "m" if m.group("m") or m.group("dm") else "f"
