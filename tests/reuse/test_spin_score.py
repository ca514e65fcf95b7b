"""Spin score: separates clean from spun text, says why, leaves other languages alone."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from copydesk.records import Article, content_id
from copydesk.reuse import spin_score as ss
from copydesk.reuse.spin_score import SpinOptions, score_articles
from copydesk.reuse.spinner import spin

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

#: Clean news paragraphs written for these tests (fictional), never used in training.
CLEAN = [
    "The regional transport authority said on Monday that it would add forty new buses to "
    "the northern routes by the end of the summer. Passengers have complained for months "
    "about crowded services and long waits, and the authority admitted that the timetable "
    "had not kept up with the growth of new housing estates on the edge of the city. A "
    "spokeswoman said the buses would run every ten minutes at peak times.",
    "Firefighters were still trying to control a forest fire in the hills above the town on "
    "Wednesday evening, two days after it started. About three hundred residents were moved "
    "to a school gym overnight, and the local council asked people not to drive into the area. "
    "Officials said strong winds had made the work more difficult, but that no homes had been "
    "lost so far and nobody had been seriously hurt.",
    "The country's largest supermarket chain reported higher profits for the year, helped by "
    "strong sales of its own cheaper brands as shoppers looked for ways to save money. The "
    "chief executive said the company would open twenty new stores and hire about two thousand "
    "staff, although she warned that rising energy costs could squeeze margins next year.",
    "Members of parliament voted late on Thursday to approve a bill that will ban the sale of "
    "new petrol cars from the end of the decade. Supporters said the law would cut pollution "
    "and help the car industry plan ahead, while critics argued that charging points were "
    "still too rare outside the big cities and that prices for electric models were too high.",
    "A small plane made an emergency landing on a motorway on Saturday after its engine failed "
    "shortly after take-off. The pilot and his passenger walked away unhurt, police said, and "
    "traffic was stopped for about an hour while the aircraft was moved to the hard shoulder. "
    "Aviation investigators have opened an inquiry into the cause of the engine failure.",
    "The city's main hospital will build a new cancer centre with money raised by local "
    "charities over the past five years. The centre will have space for sixty patients and "
    "will offer treatment that people currently travel hundreds of kilometres to receive. "
    "Work on the building is due to start in the autumn and should take about two years.",
    "Talks between the train drivers' union and the rail operator broke down on Tuesday "
    "without an agreement, making a strike at the start of the holidays more likely. The union "
    "said the company had refused to discuss working hours, while the operator said its offer "
    "on pay was fair and urged the drivers to put it to a vote of their members.",
    "Archaeologists working on a building site near the old harbour have found the remains of "
    "a wooden ship that they believe is more than five hundred years old. The team said the "
    "hull was in unusually good condition because it had been covered by wet clay, and the "
    "city has agreed to delay construction for three months so that the ship can be studied.",
    "The finance minister said on Friday that the government would not raise income tax in "
    "next month's budget, despite pressure from some economists to fund more spending on "
    "schools and hospitals. He told a press conference that the economy was growing again and "
    "that higher tax revenue from businesses would cover the cost of the new programmes.",
    "Heavy snow closed schools and roads across the mountain region on Monday, and the army "
    "was called in to help reach villages that had been cut off for two days. Electricity "
    "companies said about fifteen thousand homes were without power, and that engineers were "
    "working through the night to repair lines brought down by falling trees.",
]


def article(text: str, language: str | None = "en") -> Article:
    return Article(id=content_id(text), source="test", text=text, language=language)


def test_spun_text_scores_higher_than_its_clean_original() -> None:
    """Quality floor on text the model never saw: AUC over our own paragraphs, spun at 0.3."""
    clean = [article(t) for t in CLEAN]
    spun = [article(spin(t, rate=0.3, seed=i).text) for i, t in enumerate(CLEAN)]
    s_clean = np.array([s.score for s in score_articles(clean)])
    s_spun = np.array([s.score for s in score_articles(spun)])
    auc = float(np.mean(s_spun[:, None] > s_clean[None, :]))
    assert auc >= 0.85, (s_clean, s_spun)
    assert np.sum(s_spun > s_clean) >= 8
    flagged = [s.spun for s in score_articles(spun)]
    # 5 of these 50–90-word paragraphs, judged at their length's stricter threshold (6
    # when every length was judged at the long texts' threshold, which flagged 15 % of
    # honest 60-word texts).
    assert sum(flagged) >= 5
    assert sum(s.spun for s in score_articles(clean)) <= 2


def test_scores_are_probabilities_in_order_and_deterministic() -> None:
    arts = [article(t) for t in CLEAN[:4]]
    first = score_articles(arts)
    assert [s.article_id for s in first] == [a.id for a in arts]
    assert all(0.0 <= s.score <= 1.0 for s in first)
    assert score_articles(arts) == first


def test_broken_collocation_is_named_as_evidence() -> None:
    text = CLEAN[8].replace("press conference", "press convention")
    text = "The overseas minister arrived late. " + text
    (score,) = score_articles([article(text)])
    assert any(e.startswith('broken collocation: "overseas minister"') for e in score.evidence)


def test_british_everyday_pairs_are_no_broken_collocations() -> None:
    """A docs audit's honest feed item about a school roof was flagged spun (0.98) on
    "primary school" and "village hall", read as spun "elementary school" and "town
    hall"; a spun "town meeting" ("city meeting") is still caught elsewhere."""
    text = ("Builders finished the roof of the Brockwell primary school on Tuesday, a week "
            "before the term begins, the head teacher said. A storm in March had torn off a "
            "third of the tiles, and pupils had been taught in the village hall since then. "
            "The repairs cost 210,000 euros, paid by the county, and the town council thanked "
            "the builders in the town centre on Wednesday evening.")
    (score,) = score_articles([article(text)])
    assert not any(e.startswith("broken collocation") for e in score.evidence), score.evidence
    assert not score.spun


def test_odd_spinner_phrases_are_named_as_evidence() -> None:
    text = CLEAN[0].replace("not", "now not").replace("every ten", "each and every ten")
    (score,) = score_articles([article(text)])
    assert 'odd phrase: "now not"' in score.evidence
    (clean,) = score_articles([article(CLEAN[0])])
    assert score.score > clean.score


def test_spintax_needs_a_choice_inside_its_braces() -> None:
    """A web probe: a security report quoting the template probe "{{7*7}}" was flagged
    as spun on that odd phrase; a spinner's leftover "{talks|negotiations}" still is one."""
    left = CLEAN[0] + " The {talks|negotiations} went on."
    (spun,) = score_articles([article(left)])
    assert 'odd phrase: "{talks|negotiations}"' in spun.evidence
    (quoted,) = score_articles([article(CLEAN[0] + " The form accepted {{7*7}} as input.")])
    assert not any(e.startswith("odd phrase") for e in quoted.evidence)


def test_other_languages_are_not_judged() -> None:
    german = (
        "Der Stadtrat hat am Dienstag beschlossen, die alte Fähre zu schließen, nachdem "
        "Ingenieure Risse im Anleger gefunden hatten. Der Bürgermeister sagte, die Entscheidung "
        "sei schmerzhaft, aber notwendig, und versprach eine Busverbindung zur Insel."
    )
    tagged, detected = score_articles([article(german, "de"), article(german, None)])
    for s in (tagged, detected):
        assert s.evidence == ("language not supported",)
        assert s.spun is False and s.score == 0.0


def test_short_text_is_not_judged() -> None:
    (s,) = score_articles([article("The mayor said the ferry would run again on Monday.")])
    assert s.evidence == ("too short to judge",) and not s.spun


def test_threshold_option_decides_spun() -> None:
    spun_text = spin(CLEAN[0], rate=0.5, seed=4).text
    (low,) = score_articles([article(spun_text)], SpinOptions(threshold=0.0))
    (high,) = score_articles([article(spun_text)], SpinOptions(threshold=1.01))
    assert low.spun and not high.spun and low.score == high.score


def test_logistic_regression_learns_and_round_trips() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, len(ss.FEATURE_NAMES)))
    y = (x[:, 2] + 0.5 * x[:, 3] + rng.normal(scale=0.3, size=400) > 0).astype(float)
    model = ss.fit_logistic(x, y, l2=0.1)
    assert float(np.mean((model.predict(x) >= 0.5) == (y == 1))) > 0.9
    assert model.weights[2] > abs(model.weights[0])
    again = ss.SpinModel.from_json(json.loads(json.dumps(model.to_json(0.5, {}))))
    assert np.allclose(again.predict(x), model.predict(x), atol=1e-4)


def test_shipped_model_records_its_held_out_figures() -> None:
    model = ss.load_model()
    held = model.meta["held_out"]
    assert 0.0 < model.threshold < 1.0
    assert held["auc"] >= 0.9 and held["precision"] >= 0.85 and held["recall"] >= 0.75
    assert held["brier"] <= 0.12


def test_short_texts_are_judged_at_a_stricter_threshold() -> None:
    """Rates over few words vary more: at the threshold set on 80–450-word texts, 15 % of
    honest 60-word windows were flagged (the probe's 85-word wire story, and its four
    reprints, at 0.61–0.72)."""
    model = ss.SpinModel.from_json(json.loads(json.dumps(ss.SpinModel(
        np.zeros(len(ss.FEATURE_NAMES)), 0.0, np.zeros(len(ss.FEATURE_NAMES)),
        np.ones(len(ss.FEATURE_NAMES))).to_json(0.6, {}, by_length=[(75, 0.9), (150, 0.7)]))))
    assert [model.threshold_for(n) for n in (40, 74, 75, 149, 150, 900)] == [
        0.9, 0.9, 0.7, 0.7, 0.6, 0.6]
    shipped = ss.load_model()
    limits = [t for _, t in shipped.by_length]
    assert limits and limits == sorted(limits, reverse=True) and limits[-1] >= shipped.threshold
    # A text scored between the long-text threshold and its own length's is not flagged.
    text = " ".join(spin(CLEAN[0], rate=0.3, seed=2).text.split()[:70])
    (s,) = score_articles([article(text)], SpinOptions(model=model))
    assert (s.spun, s.score) == (False, 0.5)  # the zero model scores every text 0.5
    (s,) = score_articles([article(text)], SpinOptions(model=model, threshold=0.5))
    assert s.spun == (len(s.evidence) >= SpinOptions().min_evidence)


def _seed(prefix: str) -> Article:
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt")) if SEEDS.is_dir() else []
    if not paths:
        pytest.skip("seeds absent: ../shared/seeds")
    text = paths[0].read_text(encoding="utf-8")
    return article(text)


def test_real_spun_seed_scores_high_and_real_clean_seeds_low() -> None:
    spun, translated, wire = score_articles([_seed("004"), _seed("000"), _seed("002")])
    assert spun.spun and spun.score >= 0.9
    assert not translated.spun and translated.score < 0.3
    assert not wire.spun and wire.score < 0.3


def test_surnames_that_are_also_words_are_no_rare_synonyms() -> None:
    """A clean report quoting Governor Helena Strand, Inspector Tom Lamb and Mayor Ruth
    Heath was flagged spun: "strand" read as a rare synonym of "beach", and so on."""
    text = ("Governor Helena Strand said on Tuesday that the river had fallen overnight and "
            "that families could return to the town centre by the weekend. Inspector Tom "
            "Lamb told reporters that two bridges would stay closed while engineers checked "
            "them, and Mayor Ruth Heath thanked the volunteers who had filled sandbags for "
            "three days. Strand said the clean-up would cost several million pounds, and "
            "Lamb asked drivers to keep away from the flooded roads near the old mill.")
    (score,) = score_articles([article(text)])
    named = [e for e in score.evidence if any(n in e for n in ('"strand"', '"lamb"', '"heath"'))]
    assert named == [], score.evidence
    assert not score.spun, score


def test_one_piece_of_evidence_in_a_short_brief_is_not_enough_to_call_it_spun() -> None:
    """A 48-word brief of our own with one common phrase ("national grant", read as a
    broken "national award") scored 0.88 and was flagged."""
    brief = article(
        "Plans for a cycle lane along the Brackenford canal were approved on Wednesday by "
        "the planning committee. The lane will run for three kilometres and cost about "
        "900,000 pounds, paid mostly by a national grant. Residents who objected said the "
        "lane would take parking spaces from their street.")
    (scored,) = score_articles([brief])
    (alone,) = score_articles([brief], SpinOptions(min_evidence=1))
    assert len(scored.evidence) == 1 and scored.score == alone.score
    assert not scored.spun
    words = ss.features(brief.text).words
    assert alone.spun == (alone.score >= ss.load_model().threshold_for(words))
