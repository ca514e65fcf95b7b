"""A spin that swaps nearly every content word (``AlignOptions.chain_sentences``).

Found by a standards-desk probe: a content farm's copy of a wire story with 54 words
swapped ("Fourteen individuals were slain …") had no relation to its original, so its
figures counted as a second independent source and its quotes as unattributed.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from copydesk.records import Article, content_id
from copydesk.reuse import ReuseIndex, ReuseOptions, find_reuse
from copydesk.reuse.align import align
from copydesk.reuse.alignment import AlignOptions
from copydesk.reuse.chain import sentence_chain
from copydesk.reuse.fingerprints import name_key, skeleton_items
from copydesk.reuse.sentence_space import SentenceSpace
from copydesk.reuse.text import sentences

WIRE = (
    "Nine miners were rescued on Thursday from a flooded coal pit near the town of "
    "Varrow, the county emergency office said. "
    "The water broke into the lower gallery shortly before dawn and rose quickly along "
    "the main haulage road, according to the mine operator. "
    "About forty men were working underground when the alarm sounded. "
    "\u201cThe pumps could not keep up for the first two hours,\u201d rescue chief Ilse "
    "Ferrand told reporters at the pithead. "
    "\u201cWe are still checking the old workings.\u201d "
    "Corran Coal said in a statement that it was helping the inquiry in every way. "
    "Mine director Piet Aldous said: \u201cOur hearts are with the families. We will learn "
    "what happened.\u201d "
    "Eleven workers were taken to hospital, two of them with serious injuries, the county "
    "health board said. "
    "The pit, which supplies coal to the Varrow power station, was checked by the safety "
    "agency last month, an agency spokesman confirmed, without giving the results. "
    "Teams from two nearby mines were still pumping water out late in the evening."
)
#: The same story through a synonym spinner: every sentence kept in its place, nearly
#: every content word swapped, names and numbers kept.
SPUN = (
    "Nine miners were saved on Thursday from a swamped coal shaft close to the village "
    "of Varrow, the county crisis bureau stated. "
    "The water burst into the bottom gallery soon before daybreak and climbed rapidly "
    "along the principal haulage route, in accordance with the mine proprietor. "
    "Roughly forty men were toiling underground when the siren rang. "
    "\u201cThe pumps could not maintain pace for the initial two hours,\u201d rescue boss "
    "Ilse Ferrand informed journalists at the pithead. "
    "\u201cWe are nonetheless inspecting the aged workings.\u201d "
    "Corran Coal stated in a declaration that it was aiding the inquiry in each manner. "
    "Mine supervisor Piet Aldous stated: \u201cOur emotions are with the families. We "
    "will discover what occurred.\u201d "
    "Eleven staff were brought to hospital, two of them with severe injuries, the county "
    "wellness board stated. "
    "The pit, which provides coal to the Varrow energy station, was examined by the "
    "security agency final month, an agency representative verified, without providing "
    "the findings. "
    "Crews from two adjacent mines were nonetheless draining water out late in the night."
)
#: Another outlet's own report of the same rescue: the same names, numbers and order of
#: facts (lead, cause, quote, casualties, background), written afresh.
OWN_REPORT = (
    "Rescuers pulled nine men alive from the Corran Coal pit at Varrow on Thursday after "
    "an underground flood trapped them for several hours. "
    "Emergency officials said water from old, abandoned workings had burst through a wall "
    "of the lower gallery before dawn. "
    "Rescue chief Ilse Ferrand said her teams had to wait for pumps to lower the water "
    "before they could reach the trapped crew. "
    "Eleven people needed hospital treatment and two were badly hurt, health officials "
    "said. "
    "Piet Aldous, who runs the mine, promised a full inquiry into the flooding. "
    "Unions said they had warned about water in the old galleries for years and called "
    "for the pit to stay shut until inspectors had been down. "
    "The Varrow power station said its coal stocks would last about three weeks."
)


def _article(text: str, source: str) -> Article:
    return Article(id=content_id(text), source=source, text=text, language="en")


def test_a_copy_spun_word_by_word_is_related_to_its_original_as_spun():
    (relation,) = find_reuse([_article(WIRE, "wire"), _article(SPUN, "farm")], ReuseIndex())
    assert relation.type == "spun"
    assert relation.original == content_id(WIRE)
    swaps = dict(relation.substitutions)
    assert swaps["rescued"] == "saved" and swaps["said"] == "stated"
    (passage,) = relation.passages
    assert passage.a_end - passage.a_start > 0.9 * len(WIRE if relation.a == content_id(WIRE)
                                                        else SPUN)


def test_without_the_chain_the_spin_seeds_too_little_to_be_found():
    """The test above fails for the reason the chain exists: the plain aligner finds a
    sentence or two (or nothing), and the pair is no relation."""
    plain = replace(ReuseOptions(), align=replace(ReuseOptions().align, chain_sentences=0))
    assert find_reuse([_article(WIRE, "wire"), _article(SPUN, "farm")], ReuseIndex(),
                      plain) == []


def test_an_independent_report_with_the_same_facts_in_order_forms_no_chain():
    options = ReuseOptions().align
    a, b = sentences(WIRE, "en"), sentences(OWN_REPORT, "en")
    assert sentence_chain(SentenceSpace(a, b).cosines(), options) == []
    assert find_reuse([_article(WIRE, "wire"), _article(OWN_REPORT, "herald")],
                      ReuseIndex()) == []


def test_a_chain_must_cover_most_of_the_shorter_text():
    a, b = sentences(WIRE, "en"), sentences(SPUN, "en")
    chain = sentence_chain(SentenceSpace(a, b).cosines(), ReuseOptions().align)
    assert len(chain) >= 0.75 * min(len(a), len(b))
    assert all(i1 < i2 and j1 < j2 for (i1, j1), (i2, j2) in pairwise(chain))
    strict = replace(ReuseOptions().align, chain_sentences=len(a) + 1)
    assert sentence_chain(SentenceSpace(a, b).cosines(), strict) == []


def test_pan_alignment_keeps_the_chain_off():
    """The chain was measured on news only; the PAN aligner's defaults leave it off."""
    assert AlignOptions().chain_sentences == 0 < ReuseOptions().align.chain_sentences
    a, b = sentences(WIRE, "en"), sentences(SPUN, "en")
    plain = sum(x.a_end - x.a_start for x in align(a, b))
    chained = sum(x.a_end - x.a_start for x in align(a, b, ReuseOptions().align))
    assert plain < 0.8 * len(WIRE) < chained


#: A short wire report and its German translation: most sentences share one name or
#: number only ("Ferrand", "61"), too few for a seed (two shared items).
RECOUNT_EN = (
    "The election board of Tarnborg ordered a full recount of the mayoral vote on "
    "Saturday after a margin of 208 ballots. "
    "Mayor Edda Ferrand won 14,310 votes and her rival Jonas Malek won 14,102. "
    "Malek's team had complained of faults at four polling stations. "
    "\u201cEvery ballot will be counted again in public,\u201d said board chair Ruth Olsen. "
    "Ferrand said she welcomed the recount. "
    "The count begins on Tuesday and should take three days. "
    "Turnout was 61 percent."
)
RECOUNT_DE = (
    "Der Wahlausschuss von Tarnborg hat am Samstag eine vollst\u00e4ndige Neuausz\u00e4hlung "
    "der B\u00fcrgermeisterwahl angeordnet, nachdem der Abstand nur 208 Stimmen betrug. "
    "B\u00fcrgermeisterin Edda Ferrand erhielt 14.310 Stimmen, ihr Gegner Jonas Malek "
    "14.102. "
    "Maleks Team hatte sich \u00fcber Fehler in vier Wahllokalen beschwert. "
    "\u00abJeder Stimmzettel wird \u00f6ffentlich noch einmal gez\u00e4hlt\u00bb, sagte die "
    "Ausschussvorsitzende Ruth Olsen. "
    "Ferrand begr\u00fc\u00dfte die Neuausz\u00e4hlung. "
    "Die Z\u00e4hlung beginnt am Dienstag und soll drei Tage dauern. "
    "Die Wahlbeteiligung lag bei 61 Prozent."
)


def test_a_translation_whose_sentences_share_one_name_or_number_each_is_found():
    en = Article(id=content_id(RECOUNT_EN), source="wire", text=RECOUNT_EN, language="en")
    de = Article(id=content_id(RECOUNT_DE), source="blatt", text=RECOUNT_DE, language="de")
    (relation,) = find_reuse([en, de], ReuseIndex())
    assert relation.type == "translated"
    # the languages its reason names are a field of their own (copy_chains reads them)
    assert "(de ↔ en)" in relation.reason or "(en ↔ de)" in relation.reason
    assert relation.languages == ("de", "en") and not relation.round_trip
    (passage,) = relation.passages
    english_side = ((passage.a_start, passage.a_end) if relation.a == en.id
                    else (passage.b_start, passage.b_end))
    side = english_side[1] - english_side[0]
    assert side > 0.9 * len(RECOUNT_EN)
    plain = replace(ReuseOptions(), align=replace(ReuseOptions().align, chain_sentences=0))
    assert find_reuse([en, de], ReuseIndex(), plain) == []


#: The recount report in Russian: its names in Cyrillic (Тарнборг, Эдда Ферранд).
RECOUNT_RU = (
    "\u0418\u0437\u0431\u0438\u0440\u0430\u0442\u0435\u043b\u044c\u043d\u0430\u044f "
    "\u043a\u043e\u043c\u0438\u0441\u0441\u0438\u044f \u0422\u0430\u0440\u043d\u0431\u043e"
    "\u0440\u0433\u0430 \u0432 \u0441\u0443\u0431\u0431\u043e\u0442\u0443 "
    "\u043d\u0430\u0437\u043d\u0430\u0447\u0438\u043b\u0430 \u043f\u0435\u0440\u0435\u0441"
    "\u0447\u0451\u0442 \u0433\u043e\u043b\u043e\u0441\u043e\u0432 \u043f\u043e\u0441\u043b"
    "\u0435 \u0440\u0430\u0437\u0440\u044b\u0432\u0430 \u0432 208 \u0431\u044e\u043b\u043b"
    "\u0435\u0442\u0435\u043d\u0435\u0439. "
    "\u041c\u044d\u0440 \u042d\u0434\u0434\u0430 \u0424\u0435\u0440\u0440\u0430\u043d\u0434 "
    "\u043f\u043e\u043b\u0443\u0447\u0438\u043b\u0430 14 310 \u0433\u043e\u043b\u043e\u0441"
    "\u043e\u0432, \u0435\u0451 \u0441\u043e\u043f\u0435\u0440\u043d\u0438\u043a "
    "\u0419\u043e\u043d\u0430\u0441 \u041c\u0430\u043b\u0435\u043a \u2014 14 102. "
    "\u041a\u043e\u043c\u0430\u043d\u0434\u0430 \u041c\u0430\u043b\u0435\u043a\u0430 "
    "\u0436\u0430\u043b\u043e\u0432\u0430\u043b\u0430\u0441\u044c \u043d\u0430 "
    "\u043d\u0430\u0440\u0443\u0448\u0435\u043d\u0438\u044f \u043d\u0430 \u0447\u0435"
    "\u0442\u044b\u0440\u0451\u0445 \u0443\u0447\u0430\u0441\u0442\u043a\u0430\u0445. "
    "\u00ab\u041a\u0430\u0436\u0434\u044b\u0439 \u0431\u044e\u043b\u043b\u0435\u0442\u0435"
    "\u043d\u044c \u043f\u0435\u0440\u0435\u0441\u0447\u0438\u0442\u0430\u044e\u0442 "
    "\u043f\u0443\u0431\u043b\u0438\u0447\u043d\u043e\u00bb, \u2014 \u0441\u043a\u0430"
    "\u0437\u0430\u043b\u0430 \u0433\u043b\u0430\u0432\u0430 \u043a\u043e\u043c\u0438\u0441"
    "\u0441\u0438\u0438 \u0420\u0443\u0442 \u041e\u043b\u0441\u0435\u043d. "
    "\u0424\u0435\u0440\u0440\u0430\u043d\u0434 \u0437\u0430\u044f\u0432\u0438\u043b\u0430, "
    "\u0447\u0442\u043e \u043f\u0440\u0438\u0432\u0435\u0442\u0441\u0442\u0432\u0443\u0435"
    "\u0442 \u043f\u0435\u0440\u0435\u0441\u0447\u0451\u0442. "
    "\u041f\u043e\u0434\u0441\u0447\u0451\u0442 \u043d\u0430\u0447\u043d\u0451\u0442"
    "\u0441\u044f \u0432\u043e \u0432\u0442\u043e\u0440\u043d\u0438\u043a \u0438 "
    "\u0437\u0430\u0439\u043c\u0451\u0442 \u0442\u0440\u0438 \u0434\u043d\u044f. "
    "\u042f\u0432\u043a\u0430 \u0441\u043e\u0441\u0442\u0430\u0432\u0438\u043b\u0430 61 "
    "\u043f\u0440\u043e\u0446\u0435\u043d\u0442."
)


def test_names_in_cyrillic_are_keyed_like_their_latin_spelling():
    assert name_key("\u0412\u0430\u043b\u044c\u043c\u043e\u0440\u0430") == name_key("Valmora")
    assert name_key("\u041b\u0430\u0432\u0440\u043e\u0432") == name_key("Lawrow")
    assert name_key("\u0424\u0435\u0440\u0440\u0430\u043d\u0434") == name_key("Ferrand")
    assert name_key("\u0141\u00f3d\u017a") == name_key("Lodz")


def test_a_russian_translation_shares_its_names_with_the_original():
    en = Article(id=content_id(RECOUNT_EN), source="wire", text=RECOUNT_EN, language="en")
    ru = Article(id=content_id(RECOUNT_RU), source="vesti", text=RECOUNT_RU, language="ru")
    (relation,) = find_reuse([en, ru], ReuseIndex())
    assert relation.type == "translated"


def test_a_chain_counts_the_sentences_it_steps_over() -> None:
    """A regression probe's 8-sentence spin: one spun sentence's best match was its
    neighbour's, so 7 pairs matched in order; they span all 8 sentences. A chain that
    stops a sentence short of the end spans 7 and is too short at 90 %."""
    import numpy as np

    options = ReuseOptions().align
    scores = np.eye(8) * 0.3
    scores[4, 4], scores[1, 4] = 0.10, 0.12  # sentence 4's best match is sentence 1
    chain = sentence_chain(scores, options)
    assert len(chain) == 7 and chain[0] == (0, 0) and chain[-1] == (7, 7)
    short = np.eye(8) * 0.3
    short[7, 7] = 0.0
    short[7, 0] = short[0, 7] = 0.05  # the last sentences share a little, out of order
    assert sentence_chain(short, options) == []
    # The two orders of a pair agree (a longest path, not a greedy run).
    assert len(sentence_chain(scores.T, options)) == len(chain)


#: A short wire report and a heavy spin of it that gives its quote to someone else.
HIKERS = (
    "Rescuers found four of the six climbers missing on Mount Harrow alive on Tuesday, "
    "and two remain missing, park officials said.\n"
    "The four were found sheltering in a hut below the eastern ridge and were flown to "
    "Lenby hospital, where two were treated for frostbite.\n"
    "About 50 rescuers, up from 30 on Monday, were searching for the remaining two "
    "climbers, a mother and her 17-year-old daughter.\n"
    "\"Finding four of them alive after that storm is nothing short of a miracle,\" said "
    "rescue coordinator Mara Lindqvist.\n"
    "Monday's storm dropped more than a metre of snow on the upper slopes.\n"
    "The search was suspended at dusk and will resume on Wednesday morning."
)
HIKERS_SPUN = (
    "Searchers located four of the six mountaineers lost on Mount Harrow living on Tuesday, "
    "and two stay unaccounted for, reserve authorities stated.\n"
    "The four were discovered hiding in a cabin beneath the east crest and were airlifted "
    "to Lenby clinic, where two were handled for frostbite.\n"
    "Roughly 50 searchers, climbing from 30 on Monday, were hunting for the last two "
    "mountaineers, a mum and her 17-year-old girl.\n"
    "\"Finding four of them alive after that storm is nothing short of a miracle,\" said "
    "Lenby mayor Tomas Hollander.\n"
    "Monday's tempest dumped over a metre of snow on the higher slopes.\n"
    "The hunt was paused at nightfall and shall restart on Wednesday morning."
)


def test_a_spin_that_swaps_a_name_keeps_what_was_found_without_the_chain():
    """A regression probe: a spin whose chain covered the whole text but gave the quote to
    the mayor (a name swapped, so the chain is rejected) was no relation at all, where
    the plain aligner had found the passage around the quote."""
    pair = [_article(HIKERS, "wire"), _article(HIKERS_SPUN, "farm")]
    plain = replace(ReuseOptions(), align=replace(ReuseOptions().align, chain_sentences=0))
    (without,) = find_reuse(pair, ReuseIndex(), plain)
    (relation,) = find_reuse(pair, ReuseIndex())
    assert (relation.a, relation.b, relation.type) == (without.a, without.b, without.type)
    assert relation.original == content_id(HIKERS)


def test_a_heavy_hand_spin_is_a_spin_in_either_order() -> None:
    """A content-farm probe: a hand spin with 71 swaps was a "machine-translation round
    trip" with "few one-for-one swaps", because its word diff counted 88 swaps of 177
    changes in the order the pair came in (91 of 176 the other way round), under half;
    so no spin diff was shown. The type must not depend on the order of the pair."""
    import json
    from pathlib import Path

    from copydesk.reuse import _prepare, compare

    data = json.loads((Path(__file__).parents[1] / "data" / "heavy_spin_pair.json")
                      .read_text(encoding="utf-8"))
    arts = [Article(id=content_id(d["text"]), source=k, text=d["text"], site=d["site"])
            for k, d in (("original", data["original"]), ("spin", data["spin"]))]
    a, b = (_prepare(x, None) for x in arts)
    found = [compare(x, y, None, ReuseOptions()) for x, y in ((a, b), (b, a))]
    assert [r.type if r else None for r in found] == ["spun", "spun"]


#: A short report whose counts are words, and its French translation: two of its
#: sentences share two names or figures in digits, and a third only with its count.
SILO_EN = (
    "Three workers were killed and eleven others were hurt when a grain silo collapsed "
    "at the Vennick mill in Arlsford on Thursday, firefighters said.\n"
    "The silo gave way shortly after 6 a.m. as a lorry was being loaded beside it.\n"
    "\"We are still looking for two men who were inside the loading bay,\" said "
    "fire officer Petra Lindqvist.\n"
    "Four of the injured were taken to Harrowgate hospital in a serious condition.\n"
    "The mill, which employs about 90 people, has been closed until further notice."
)
SILO_FR = (
    "Trois ouvriers ont été tués et onze autres blessés jeudi dans l'effondrement d'un "
    "silo à grains de la minoterie Vennick, à Arlsford, selon les pompiers.\n"
    "Le silo a cédé peu après 6 heures alors qu'un camion était chargé à côté.\n"
    "« Nous cherchons toujours deux hommes qui se trouvaient dans la zone de "
    "chargement », a déclaré l'officière des pompiers Petra Lindqvist.\n"
    "Quatre des blessés ont été transportés à l'hôpital de Harrowgate dans un état grave.\n"
    "La minoterie, qui emploie environ 90 personnes, est fermée jusqu'à nouvel ordre."
)


def test_a_translation_that_writes_its_counts_in_words_is_found() -> None:
    """A standards-desk probe: a French translation of a wire report, "Quatre ouvriers
    ont été tués et quinze autres", shared only two sentences' names with "Four workers
    were killed and 15 others", and was counted as an independent source. Small numbers
    in words are figures of the skeleton in each language (copydesk.number_words)."""
    en = Article(id=content_id(SILO_EN), source="wire", text=SILO_EN, language="en")
    fr = Article(id=content_id(SILO_FR), source="journal", text=SILO_FR, language="fr")
    (relation,) = find_reuse([en, fr], ReuseIndex())
    assert relation.type == "translated"
    assert [k for _, _, k in skeleton_items("Quatre des blessés", "fr")] == ["#4"]
    assert [k for _, _, k in skeleton_items("Four of the injured", "en")] == ["#4"]
    # "one" and "un" are articles as often as numbers; French "neuf" is also "new".
    assert skeleton_items("one of the new mills", "en") == []
    assert skeleton_items("un pont neuf", "fr") == []
