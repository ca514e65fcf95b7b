"""Synthetic news with known ground truth, for benchmarks from 10k to 1M articles.

Real corpora large enough to benchmark on cannot ship with the project and have
no ground truth; this generator makes fictional ones that do. It is seeded
(``random.Random(seed)``, nothing else random), streams articles in publication
order without holding the corpus in memory, and is fast enough (well over 20,000
articles a second) that generating is never the bottleneck of a benchmark.

Shape: threads of 1–3 events (a strike, then its settlement); about n/20 events
spread over about n/200 days; per event one original (a wire story) and copies:
~30% verbatim duplicates (new headline, a boilerplate line added), ~15% partial
copies (some paragraphs reused, own ones added), ~10% synonym spins, the rest
independent rewrites built from other phrasings of the same facts. Events are
told apart by participants, place, numbers and date, as real ones are.
"""

from __future__ import annotations

import heapq
import json
import json.encoder
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from random import Random

from copydesk.calendar_words import MONTHS, WEEKDAYS

__all__ = ["SynthArticle", "generate", "write_jsonl"]


@dataclass(frozen=True, slots=True)
class SynthArticle:
    """One generated article and its truth (event, thread, copy family and relation)."""

    id: str
    title: str
    text: str
    site: str
    published: datetime
    event: str
    thread: str
    family: str
    relation: str | None


# --------------------------------------------------------------------------- vocabulary
# Invented names, built from syllables so that thousands of distinct people and
# places exist without any real one being likely.
_FIRST = (
    "Ada", "Bram", "Cato", "Dalia", "Emil", "Frida", "Goran", "Hanna", "Ivo", "Jora",
    "Kasia", "Lem", "Mira", "Nils", "Orla", "Pavo", "Quin", "Runa", "Sten", "Tove", "Ulla",
    "Vero", "Wim", "Xenia", "Yrsa", "Zeno", "Alba", "Bodil", "Cyra", "Dmitar", "Elin",
    "Falk", "Greta", "Hakon", "Ilse", "Jasna", "Kjell", "Livia", "Milo", "Nadja",
)
_LAST_A = (
    "Var", "Hol", "Ster", "Bren", "Kas", "Mol", "Tor", "Vel", "Ard", "Lund", "Quel", "Rask",
    "Dorn", "Fen", "Gal", "Hask", "Isk", "Jor",
)
_LAST_B = (
    "ga", "vik", "berg", "naert", "sen", "dova", "ric", "lin", "mont", "etti", "holm",
    "quist", "ard", "ova", "ek",
)
_PLACE_A = (
    "Bel", "Cor", "Dun", "Ess", "Fal", "Grav", "Harl", "Ister", "Kor", "Lom", "Mar", "Nor",
    "Ost", "Port", "Quar", "Rav", "Sal", "Tarn",
)
_PLACE_B = (
    "mere", "holt", "avel", "grad", "vik", "stad", "brook", "haven", "moor", "field",
    "wick", "dale",
)
_COUNTRY = (
    "Marvessa", "Tarrenland", "Aldmark", "Ostrelia", "Kessary", "Valdoria", "Norvane",
    "Castrelle", "Brenmoor", "Isteria", "Lundavia", "Quorinth", "Saravel", "Tovania",
    "Wyndemark", "Zelmora",
)
_ORG_KIND = ("Port Authority", "Steelworks", "Water Board", "Chemicals", "Rail Company",
             "Power Company", "Logistics", "Textile Mills")
_GOODS = ("wheat", "steel", "timber", "fish", "copper", "cotton", "wine", "fertiliser")
_CHEMICALS = ("chlorine", "ammonia", "diesel", "caustic soda", "solvent")
_WEEKDAYS = tuple(day.title() for day in WEEKDAYS)
_MONTHS = tuple(month.title() for month in MONTHS)

_WIRES = ("meridianpress.example", "northwire.example", "agencycontinental.example")
_SITE_A = ("harbour", "daily", "morning", "evening", "north", "river", "coast", "valley",
           "metro", "world", "viral", "trending", "global", "city", "national", "open")
_SITE_B = ("gazette", "ledger", "herald", "post", "times", "courier", "brief", "wire",
           "hub", "tribune", "chronicle", "report")
_SITES = tuple(f"{a}{b}.example" for a in _SITE_A for b in _SITE_B)

_BOILERPLATE = (
    "Share this article", "Source link", "[ad_1]", "Read more: latest headlines",
    "Follow us for more updates", "This story was published from a wire feed.",
    "Photo: agency archive", "Leave a comment below",
)
_HEADLINE_TAGS = ("{t}", "{t} | {s}", "{t} - report", "BREAKING: {t}", "{t} (wire)", "WATCH: {t}")

# A small spin table, as content farms use: odd synonyms for common words.
_SPIN = {
    "said": "stated", "says": "states", "meeting": "assembly", "talks": "discussions",
    "minister": "secretary", "Minister": "Secretary", "people": "folks", "workers": "employees",
    "government": "administration", "agreed": "concurred", "announced": "introduced",
    "about": "approximately", "after": "following", "before": "sooner than", "city": "metropolis",
    "town": "the city", "towns": "cities", "more": "extra", "help": "lend a hand",
    "rise": "upward push", "year": "yr", "years": "yrs", "told": "informed",
    "reporters": "journalists", "leader": "chief", "deal": "settlement", "week": "seven days",
    "officials": "officers", "cut": "chop", "early": "untimely", "began": "commenced",
    "strike": "walkout", "police": "regulation enforcement", "killed": "slain",
    "expected": "anticipated", "warned": "cautioned", "company": "firm", "plant": "facility",
    "ordered": "commanded", "full": "complete", "board": "panel", "local": "native",
    "news": "information", "residents": "citizens", "groups": "teams", "quick": "speedy",
    "criticised": "slammed", "handling": "dealing with", "matter": "topic",
    "following": "monitoring", "closely": "intently", "events": "occasions",
    "statement": "commentary", "publish": "put up", "largest": "greatest",
    "disputes": "disagreements", "recent": "latest", "agreement": "accord", "signed": "inked",
    "farmers": "growers", "protesters": "demonstrators", "rate": "charge",
    "dead": "lifeless", "dam": "barrier", "flood": "deluge", "wages": "earnings", "pay": "salary",
    "union": "guild", "fine": "penalty", "leak": "leakage", "hospital": "medical institution",
    "warnings": "cautions", "appeal": "enchantment", "decision": "resolution",
    "welcomed": "greeted", "demanding": "hard", "offered": "introduced", "evacuated": "emptied",
    "treated": "handled", "promised": "pledged", "inquiry": "enquiry", "lower": "decrease",
    "duty": "accountability", "tariff": "price list", "victory": "win", "conceded": "admitted",
}
_SPIN_RE = re.compile(r"\b(" + "|".join(sorted(_SPIN, key=len, reverse=True)) + r")\b")


def _spin(text: str) -> str:
    return _SPIN_RE.sub(lambda m: _SPIN[m.group(1)], text)


# --------------------------------------------------------------------------- templates
@dataclass(frozen=True, slots=True)
class _Phase:
    """One phase of an affair: headlines, facts (each in several phrasings: the
    original uses the first, rewrites the others), and the phase a thread moves to."""

    headline: tuple[str, ...]
    facts: tuple[tuple[str, ...], ...]
    next: str | None


_PHASES: dict[str, _Phase] = {
    "talks": _Phase(
        headline=("{p1s} and {p2s} meet in {city} to prepare {good} tariff deal",
                     "{country} and {country2} open trade talks in {city}",
                     "Trade talks in {city}: {p1s} hopes for {good} breakthrough"),
        facts=(
            ("{p1}, {r1} of {country}, met {p2}, {r2} of {country2}, in {city} on {weekday}.",
             "{r1} {p1} held talks with {p2} in {city} on {weekday}, officials said.",
             "On {weekday} {p1s} travelled to {city} for a meeting with {p2s}."),
            ("The two sides talked for about {n2} minutes and agreed to meet again next week.",
             "Their meeting lasted roughly {n2} minutes, according to a joint statement.",
             "After some {n2} minutes of talks, both delegations said progress had been made."),
            ("{country2} charges a {pct}% duty on {good} from {country}.",
             "The current duty on {country}'s {good} stands at {pct}%.",
             "At issue is a {pct}% tariff on {good} that {country2} has applied for years."),
            ("Trade between the two countries is worth about ${money} million a year.",
             "Officials put annual trade between {country} and {country2} at ${money} million.",
             "Some ${money} million of goods cross the border each year."),
        ),
        next="deal",
    ),
    "deal": _Phase(
        headline=("{country} and {country2} sign deal cutting {good} duty to {pct2}%",
                     "{p1s} and {p2s} seal {good} agreement in {city}",
                     "Tariff deal: {good} duty falls to {pct2}% after {city} summit"),
        facts=(
            ("{p1} and {p2} signed an agreement in {city} on {weekday} after {n2} hours of talks.",
             "After {n2} hours of negotiation in {city}, {p1s} and {p2s} signed the text.",
             "The agreement was signed on {weekday} in {city}; talks had run for {n2} hours."),
            ("The duty on {good} will fall from {pct}% to {pct2}% over three years.",
             "Under the deal, the {good} tariff drops to {pct2}% from {pct}%.",
             "{country2} will lower its {pct}% levy on {good} to {pct2}%."),
            ("About {n1} farmers protested outside the venue.",
             "Outside, roughly {n1} protesters gathered to oppose the agreement.",
             "Police estimated the crowd of demonstrators at {n1}."),
            ("Both parliaments must still approve the agreement.",
             "The text now goes to the two parliaments for approval.",
             "Lawmakers in both countries will vote on the deal before it takes effect."),
        ),
        next=None,
    ),
    "strike": _Phase(
        headline=("{n1} workers strike at {org} in {city}",
                     "Strike halts {org} as {n1} walk out over pay",
                     "{city}: walkout at {org} over wages"),
        facts=(
            ("More than {n1} workers at {org} in {city} walked out on {weekday}.",
             "Some {n1} staff of {org} stopped work in {city} on {weekday}, the union said.",
             "On {weekday}, {n1} employees of {org} in {city} went on strike."),
            ("The union, led by {p1}, is demanding a {pct}% pay rise.",
             "{p1s}'s union wants wages to rise by {pct}%.",
             "Union leader {p1} said members would settle for nothing below {pct}%."),
            ("Management, represented by {p2}, has offered {pct2}%.",
             "{p2}, for the employer, said the {pct2}% offer was final.",
             "The company's offer of {pct2}% was rejected, {p2s} confirmed."),
            ("At least {n2} ships or trucks were stuck waiting, operators said.",
             "Operators counted {n2} delayed shipments by the evening.",
             "The walkout left {n2} shipments stranded."),
        ),
        next="settlement",
    ),
    "settlement": _Phase(
        headline=("{org} strike ends with {pct2}% pay deal",
                     "Workers return at {org} after deal on pay",
                     "Deal ends {city} walkout: {pct2}% rise agreed"),
        facts=(
            ("Workers at {org} in {city} agreed on {weekday} to end their strike.",
             "The strike at {org} ended on {weekday} after talks in {city}.",
             "On {weekday} the union at {org} called off the walkout."),
            ("The deal gives a {pct2}% rise over two years, {p1} said.",
             "Under the agreement wages rise by {pct2}%, according to {p1s}.",
             "{p1} said members had won {pct2}% over two years."),
            ("Talks lasted {n2} hours and were chaired by {p2}.",
             "{p2} chaired {n2} hours of talks before the deal.",
             "It took {n2} hours of mediation under {p2s} to reach agreement."),
            ("Work resumes the next morning, the company said.",
             "Staff are due back at work the following day.",
             "The first shifts are expected back within a day."),
        ),
        next=None,
    ),
    "flood": _Phase(
        headline=("Dam failure near {city} kills {n2}",
                     "{n2} dead as floodwater sweeps through {city}",
                     "{city} flood: thousands evacuated after dam gives way"),
        facts=(
            ("At least {n2} people were killed when a dam near {city} gave way on {weekday}.",
             "A dam burst near {city} on {weekday}, killing at least {n2} people.",
             "The collapse of a dam above {city} on {weekday} left {n2} people dead."),
            ("About {n1} residents were evacuated, governor {p1} said.",
             "{p1} said some {n1} people had been moved to shelters.",
             "Authorities led by {p1s} evacuated roughly {n1} residents."),
            ("{r2} {p2} promised an inquiry into the dam's maintenance.",
             "{p2} said there would be an investigation into how the dam failed.",
             "An inquiry was announced by {p2s}."),
            ("The dam was completed in 19{n3}.",
             "Built in 19{n3}, the dam supplied much of the province's water.",
             "The structure dates from 19{n3}."),
        ),
        next="relief",
    ),
    "relief": _Phase(
        headline=("{country} pledges ${money} million for {city} flood victims",
                     "Relief fund of ${money} million announced after {city} flood",
                     "{p2s} visits {city}, promises ${money} million"),
        facts=(
            ("{p2} announced ${money} million in relief for {city} on {weekday}.",
             "On {weekday}, {p2s} pledged ${money} million for families in {city}.",
             "A ${money} million relief package for {city} was announced by {p2}."),
            ("Households can claim grants of up to ${n1}.",
             "Each household may receive as much as ${n1}.",
             "Grants will be capped at ${n1} per household."),
            ("An inquiry led by {p1} will report within {n2} weeks.",
             "{p1} will lead the inquiry and report in {n2} weeks.",
             "The investigation, under {p1s}, has {n2} weeks."),
        ),
        next=None,
    ),
    "election": _Phase(
        headline=("Recount ordered in {city} as {p1s} leads by {n2} votes",
                     "{city} election too close to call: {n2} votes apart",
                     "{p1s} and {p2s} await recount in {city}"),
        facts=(
            ("{p1} leads {p2} by {n2} votes in the {city} mayoral race, officials said on "
             "{weekday}.",
             "Only {n2} votes separate {p1s} and {p2s} in {city}.",
             "Results on {weekday} put {p1s} ahead of {p2s} by {n2} votes."),
            ("Turnout was {pct}%, with {n1} ballots cast.",
             "{n1} people voted, a turnout of {pct}%.",
             "Officials counted {n1} ballots; turnout reached {pct}%."),
            ("The electoral board ordered a full recount.",
             "A recount was ordered by the electoral board.",
             "Every ballot will be counted again, the board said."),
        ),
        next="recount",
    ),
    "recount": _Phase(
        headline=("Recount confirms {p1s} as {city} mayor",
                     "{p1s} wins {city} recount by {n2} votes",
                     "{city} recount ends: {p2s} concedes"),
        facts=(
            ("The recount in {city} confirmed {p1} as mayor on {weekday}.",
             "On {weekday}, the recount confirmed {p1s}'s victory in {city}.",
             "{p1} was declared mayor of {city} after the recount on {weekday}."),
            ("The final margin was {n2} votes.",
             "{p1s} won by {n2} votes in the end.",
             "After the recount the gap stood at {n2} votes."),
            ("{p2} conceded and congratulated the winner.",
             "{p2s} accepted the result.",
             "The defeated candidate, {p2}, conceded."),
        ),
        next=None,
    ),
    "spill": _Phase(
        headline=("{chem} leak at {org} forces {city} evacuation",
                     "{n1} litres of {chem} spill near {city}",
                     "{city} residents told to stay indoors after {chem} spill"),
        facts=(
            ("About {n1} litres of {chem} leaked from the {org} plant near {city} on {weekday}.",
             "A leak at {org} near {city} released some {n1} litres of {chem} on {weekday}.",
             "On {weekday}, {n1} litres of {chem} escaped from the {org} site outside {city}."),
            ("{n2} people were treated in hospital, {p1} said.",
             "Hospitals treated {n2} people, according to {p1s}.",
             "{p1} said {n2} residents needed treatment."),
            ("{p2}, for {org}, apologised and said the leak was contained.",
             "{org} said through {p2} that the leak had been stopped.",
             "The company, represented by {p2s}, said the spill was under control."),
        ),
        next="fine",
    ),
    "fine": _Phase(
        headline=("{org} fined ${money} million over {city} spill",
                     "Regulator fines {org} after {chem} leak",
                     "${money} million penalty for {org}"),
        facts=(
            ("Regulators fined {org} ${money} million on {weekday} over the {city} spill.",
             "On {weekday}, {org} was ordered to pay ${money} million.",
             "A ${money} million fine was imposed on {org} on {weekday}."),
            ("{p1} said the company had ignored {n2} earlier warnings.",
             "According to {p1s}, {org} ignored {n2} warnings.",
             "Inspectors had issued {n2} warnings, {p1} said."),
            ("{org} said it would appeal, {p2} told reporters.",
             "{p2s} said {org} would challenge the fine.",
             "An appeal is planned, according to {p2}."),
        ),
        next=None,
    ),
    "rates": _Phase(
        headline=("Central bank of {country} cuts rate to {rate}%",
                     "{country} lowers interest rates as inflation cools",
                     "{p1s} announces quarter-point rate cut"),
        facts=(
            ("The central bank of {country} cut its policy rate to {rate}% on {weekday}.",
             "On {weekday}, {country}'s central bank lowered its key rate to {rate}%.",
             "Rates in {country} fell to {rate}% after {weekday}'s decision."),
            ("Governor {p1} said inflation had slowed to {pct2}%.",
             "{p1s} cited inflation of {pct2}% as the reason.",
             "With inflation at {pct2}%, {p1} said a cut was justified."),
            ("The committee voted {n4} to 2 for the cut.",
             "The vote was {n4}–2, the bank said.",
             "{n4} members backed the move and two opposed it."),
            ("Finance minister {p2} welcomed the decision.",
             "{p2} said the cut would help small firms.",
             "The decision was praised by {p2s}."),
        ),
        next=None,
    ),
}
_THREAD_KEYS = ("p1", "p1s", "p2", "p2s", "country", "country2", "r1", "r2", "good", "chem",
                "city", "org")
_STARTS = ("talks", "strike", "flood", "election", "spill", "rates")

_QUOTES = (
    "“We will not accept anything less than a fair outcome,” {p1s} said.",
    "“This is a difficult week for {city},” {p2s} told reporters.",
    "“We expect to know more by {weekday2},” said {p1s}.",
    "“Nobody should pretend this is simple,” {p2} said.",
    "“People in {city} deserve straight answers, and they will get them,” {p1s} said.",
    "“We have been clear from the start about what we need,” {p2s} said on {weekday}.",
)
# Background and an outlet's own lines are built from parts, so that two
# independent rewrites of one event rarely share a whole sentence.
_BG_WHO = (
    "Residents of {city}", "Business groups in {city}", "Opposition politicians in {country}",
    "Officials in {country2}", "Analysts in {country}", "Trade unions in {country}",
    "Local councillors in {city}", "Community leaders in {city}", "Diplomats from {country2}",
)
_BG_WHAT = (
    "said they had been given little information", "called for a quick resolution",
    "criticised the handling of the matter", "said they were following events closely",
    "warned of lasting damage to confidence", "asked for an independent review",
    "welcomed the news with caution", "said the coming days would be decisive",
)
_OWN_WHO = ("Our correspondent in {city}", "A reporter for this site", "Our team in {city}",
            "A photographer working for us")
_OWN_WHAT = (
    "said the mood was tense on {weekday}", "saw long queues outside the town hall",
    "spoke to a dozen residents, most of whom asked not to be named",
    "found shops closed along the main street", "heard complaints about the lack of updates",
    "was told that more announcements would follow",
)
#: Lead-ins and attributions that rewrites put around a fact.
_LEADS = ("", "", "Meanwhile, ", "By {weekday} evening, ", "According to early reports, ",
          "As of {weekday}, ", "In {city}, ", "Separately, ")
_ATTRIB = ("", "", ", officials said", ", according to local media", ", {p1s} confirmed",
           ", sources told us", ", a statement said", ", reports said")

#: Rewrites reorder the facts with one of these permutations.
_ORDERS = ((0, 1, 2, 3), (1, 0, 2, 3), (0, 2, 1, 3), (2, 0, 3, 1), (1, 3, 0, 2), (3, 1, 0, 2))


def _person(rng: Random) -> tuple[str, str]:
    last = rng.choice(_LAST_A) + rng.choice(_LAST_B)
    return f"{rng.choice(_FIRST)} {last}", last


def _place(rng: Random) -> str:
    return rng.choice(_PLACE_A) + rng.choice(_PLACE_B)


# --------------------------------------------------------------------------- events
@dataclass(slots=True)
class _Event:
    id: str
    thread: str
    phase: str
    start: datetime
    slots: dict[str, str]


def _event_slots(rng: Random, start: datetime, base: dict[str, str] | None) -> dict[str, str]:
    """Participants, place and numbers of one event; a thread's later events keep the people."""
    if base is None:
        (p1, p1s), (p2, p2s) = _person(rng), _person(rng)
        country, country2 = rng.sample(_COUNTRY, 2)
        base = {
            "p1": p1, "p1s": p1s, "p2": p2, "p2s": p2s, "country": country, "country2": country2,
            "r1": rng.choice(("Trade Minister", "Foreign Minister", "Governor", "Mayor")),
            "r2": rng.choice(("Interior Minister", "Prime Minister", "chief executive", "Senator")),
            "good": rng.choice(_GOODS), "chem": rng.choice(_CHEMICALS),
        }
        base["city"] = _place(rng)
        base["org"] = f"{base['city']} {rng.choice(_ORG_KIND)}"
    slots = dict(base)
    slots.update(
        weekday=_WEEKDAYS[start.weekday()],
        weekday2=_WEEKDAYS[(start.weekday() + 2) % 7],
        n1=f"{rng.randrange(1_000, 60_000):,}",
        n2=str(rng.randrange(3, 95)),
        n3=str(rng.randrange(10, 99)),
        n4=str(rng.randrange(3, 8)),
        pct=str(rng.randrange(8, 25)),
        pct2=str(rng.randrange(2, 8)),
        money=str(rng.randrange(5, 900)),
        rate=f"{rng.randrange(1, 9)}.{rng.choice(('00', '25', '50', '75'))}",
    )
    return slots


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format_map(slots)


def _capital(line: str) -> str:
    return line[:1].upper() + line[1:]


class _Builder:
    """Writes one event's articles; phrasings are formatted once per event, not per article.

    Random picks use ``rng.random()`` directly: ``Random.choice`` costs several
    times more and dominated the generator's profile.
    """

    __slots__ = ("_attrib", "_cores", "_facts", "_leads", "_own_what", "_own_who", "_quotes",
                 "_what", "_who", "event", "headlines", "rnd")

    def __init__(self, rng: Random, event: _Event) -> None:
        self.rnd = rng.random
        self.event = event
        phase = _PHASES[event.phase]
        s = event.slots
        self.headlines = [_capital(_fill(h, s)) for h in phase.headline]
        self._facts = [[_fill(v, s) for v in fact] for fact in phase.facts]
        # A rewrite's cores: the other phrasings, final full stop removed; whether an
        # attribution may be added (not when the core already says who said it).
        # A lead-in lowercases the core's first letter unless it opens with a name (a slot).
        self._cores = [
            [(v[:-1], " said" not in v and "accord" not in v, not t.startswith("{"))
             for v, t in zip(f[1:], templates[1:], strict=True)]
            for f, templates in zip(self._facts, phase.facts, strict=True)
        ]
        self._quotes = [_fill(q, s) for q in _QUOTES]
        self._who = [_fill(w, s) for w in _BG_WHO]
        self._what = [_fill(w, s) for w in _BG_WHAT]
        self._own_who = [_fill(w, s) for w in _OWN_WHO]
        self._own_what = [_fill(w, s) for w in _OWN_WHAT]
        self._leads = [_fill(w, s) for w in _LEADS]
        self._attrib = [_fill(w, s) for w in _ATTRIB]

    def _pick(self, seq: list[str] | tuple[str, ...]) -> str:
        return seq[int(self.rnd() * len(seq))]

    def _two(self, seq: list[str]) -> tuple[str, str]:
        n = len(seq)
        i = int(self.rnd() * n)
        return seq[i], seq[(i + 1 + int(self.rnd() * (n - 1))) % n]

    def _background(self) -> str:
        (w1, w2), (p1, p2) = self._two(self._who), self._two(self._what)
        return f"{w1} {p1}. {w2} {p2}."

    def _own(self) -> str:
        return f"{self._pick(self._own_who)} {self._pick(self._own_what)}."

    def _retold(self, fact: int) -> str:
        """One fact in a rewrite's words: another phrasing, a lead-in, maybe an attribution."""
        rnd = self.rnd
        cores = self._cores[fact]
        core, can_attr, lower = cores[int(rnd() * len(cores))]
        lead = self._leads[int(rnd() * len(self._leads))]
        if lead and lower:
            core = core[0].lower() + core[1:]
        attrib = self._attrib[int(rnd() * len(self._attrib))] if can_attr else ""
        return f"{lead}{core}{attrib}."

    def original(self) -> tuple[str, list[str]]:
        facts = [f[0] for f in self._facts]
        q1, q2 = self._two(self._quotes)
        paras = [facts[0], facts[1], q1, *facts[2:], q2, self._background()]
        return self.headlines[0], paras

    def rewrite(self) -> tuple[str, list[str]]:
        """Same facts in other words and another order, with the outlet's own lines."""
        order = _ORDERS[int(self.rnd() * len(_ORDERS))]
        facts = [self._retold(i) for i in order if i < len(self._facts)]
        paras = [facts[0] + " " + self._own(), self._pick(self._quotes), *facts[1:],
                 self._background() + " " + self._own()]
        return self._pick(self.headlines[1:]), paras

    def partial(self, paras: list[str]) -> list[str]:
        """Two or three paragraphs of the source, verbatim, inside the outlet's own text."""
        rnd = self.rnd
        i = int(rnd() * (len(paras) - 2))
        kept = paras[i:i + (3 if rnd() < 0.5 else 2)]
        own = paras[0]
        while own in paras:  # own words, by construction; a chance repeat is drawn again
            own = self._retold(int(rnd() * len(self._facts))) + " " + self._own()
        return [own, *kept, self._background() + " " + self._own()]


# --------------------------------------------------------------------------- stream
_EPOCH = datetime(2020, 1, 6, tzinfo=timezone.utc)
_DUP, _PARTIAL, _SPUN = 0.30, 0.15, 0.10  # shares of all articles, originals included
_MEAN_EVENT_SIZE = 20
# Shares among the non-original articles of an event, as cumulative cut points.
_REST = 1 - 1 / _MEAN_EVENT_SIZE
_CUT_DUP = _DUP / _REST
_CUT_PARTIAL = _CUT_DUP + _PARTIAL / _REST
_CUT_SPUN = _CUT_PARTIAL + _SPUN / _REST


def generate(n: int, seed: int = 0) -> Iterator[SynthArticle]:
    """``n`` articles in publication order, reproducible from ``seed``.

    Memory stays bounded by the events whose articles are still being published
    (a few days' worth), whatever ``n`` is.
    """
    if n <= 0:
        return
    rng = Random(seed)
    n_events = max(1, n // _MEAN_EVENT_SIZE)
    span = max(1.0, n / 200) * 86400.0  # seconds the whole corpus covers
    gap = span / n_events  # mean seconds between event starts
    pending: list[tuple[datetime, int, SynthArticle]] = []
    # Later events of open threads: (due, order, thread, phase, people and place).
    follow_ups: list[tuple[float, int, str, str, dict[str, str]]] = []
    made = n_ev = n_th = 0
    clock = 0.0
    while made < n:
        clock += gap * (0.5 + rng.random())
        start = _EPOCH + timedelta(seconds=clock)
        if follow_ups and follow_ups[0][0] <= clock:
            # A thread's next event opens now (never earlier: the stream stays in order).
            _, _, thread, phase, base = heapq.heappop(follow_ups)
            event = _Event(f"e{n_ev:06d}", thread, phase, start, _event_slots(rng, start, base))
        else:
            n_th += 1
            event = _Event(f"e{n_ev:06d}", f"t{n_th:06d}", rng.choice(_STARTS), start,
                           _event_slots(rng, start, None))
            base = {k: event.slots[k] for k in _THREAD_KEYS}
            phase, due = event.phase, clock
            for _ in range(rng.choice((0, 0, 1, 1, 2))):  # 1–3 events per thread
                nxt = _PHASES[phase].next
                if nxt is None:
                    break
                phase, due = nxt, due + rng.uniform(1.0, 4.0) * 86400.0
                heapq.heappush(follow_ups, (due, n_th * 4 + len(follow_ups), event.thread,
                                            phase, base))
        n_ev += 1
        size = min(n - made, rng.randrange(8, 2 * _MEAN_EVENT_SIZE - 7))
        for article in _event_articles(rng, event, size, made):
            heapq.heappush(pending, (article.published, int(article.id[1:]), article))
        made += size
        # Nothing later can be published before this event's start: emit up to it.
        while pending and pending[0][0] <= start:
            yield heapq.heappop(pending)[2]
    while pending:
        yield heapq.heappop(pending)[2]


def _event_articles(rng: Random, event: _Event, size: int, first: int) -> Iterator[SynthArticle]:
    b = _Builder(rng, event)
    rnd = rng.random
    start, ev, thread = event.start, event.id, event.thread
    n_sites, n_tags, n_boiler = len(_SITES), len(_HEADLINE_TAGS), len(_BOILERPLATE)
    # Publication offsets (seconds after the event starts), sorted: sources precede copies.
    offsets = sorted([600.0 + rnd() * 259_200.0 for _ in range(size - 1)])
    title, paras = b.original()
    oid = f"g{first:06d}"
    sources: list[tuple[str, str, list[str]]] = [(oid, title, paras)]
    spins: dict[str, tuple[str, str]] = {}  # a source spun once serves all its spins
    yield SynthArticle(oid, title, "\n\n".join(paras), _WIRES[int(rnd() * len(_WIRES))],
                       start + timedelta(seconds=rnd() * 600.0), ev, thread, oid, None)
    for i, off in enumerate(offsets, start=1):
        aid = f"g{first + i:06d}"
        site = _SITES[int(rnd() * n_sites)]
        when = start + timedelta(seconds=off)
        r = rnd()
        # Copies take the wire original most of the time, sometimes an earlier rewrite.
        src_id, src_title, src_paras = (
            sources[0] if rnd() < 0.8 else sources[int(rnd() * len(sources))])
        if r < _CUT_DUP:
            t = _HEADLINE_TAGS[int(rnd() * n_tags)].format(t=src_title, s=site[:-8])
            text = "\n\n".join([*src_paras, _BOILERPLATE[int(rnd() * n_boiler)]])
            yield SynthArticle(aid, t, text, site, when, ev, thread, src_id, "duplicate")
        elif r < _CUT_PARTIAL:
            yield SynthArticle(aid, b._pick(b.headlines[1:]), "\n\n".join(b.partial(src_paras)),
                               site, when, ev, thread, src_id, "partial")
        elif r < _CUT_SPUN:
            spun = spins.get(src_id)
            if spun is None:
                spun = spins[src_id] = (_spin(src_title), _spin("\n\n".join(src_paras)))
            yield SynthArticle(aid, spun[0], spun[1], site, when, ev, thread, src_id, "spun")
        else:
            t, p = b.rewrite()
            sources.append((aid, t, p))
            yield SynthArticle(aid, t, "\n\n".join(p), site, when, ev, thread, aid, None)


_QUOTE = json.encoder.encode_basestring  # JSON string literal (the C one when available)


def write_jsonl(path: str | Path, n: int, seed: int = 0) -> int:
    """Write ``n`` articles as news-crawl JSON Lines (plus truth_* fields); returns the count.

    Lines are assembled from quoted fields rather than through ``json.dumps`` of a
    dict: same JSON, half the time, which matters at a million articles.
    """
    count = 0
    q = _QUOTE
    with open(path, "w", encoding="utf-8") as out:
        for a in generate(n, seed):
            iso = a.published.isoformat(timespec="seconds")
            url = f"https://{a.site}/{iso[:4]}/{iso[5:7]}/{iso[8:10]}/{a.id}"
            relation = "null" if a.relation is None else f'"{a.relation}"'
            out.write(
                f'{{"title": {q(a.title)}, "maintext": {q(a.text)}, "date_publish": "{iso}", '
                f'"url": "{url}", "source_domain": "{a.site}", "truth_event": "{a.event}", '
                f'"truth_thread": "{a.thread}", "truth_family": "{a.family}", '
                f'"truth_relation": {relation}}}\n'
            )
            count += 1
    return count
