"""The project's own spinner: determinism, rate, what it must never touch, offsets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from copydesk.cli import main as cli_main
from copydesk.reuse import spinner
from copydesk.reuse.spinner import SpinResult, spin

TEXT = """Foreign Minister Helena Varga met her counterpart in Brasov on Tuesday.

The two ministers said after the meeting that talks on the new border agreement had made
important progress, although several difficult questions remained open. Varga told reporters
that 42 officials from both governments would meet again in March 2025 to discuss the details.

According to the statement, the countries also agreed to increase trade and to help farmers
who lost their crops during the floods last year. The fund will be worth $3.5 million and
will be managed by the Danube Development Bank, the spokesman Tomas Reiner said.

Critics were not convinced. "This is only a small step, and people expect much more," said
Ilona Kertesz, a member of the opposition, who warned that the previous deal came too late.
"""

NAMES = ["Helena Varga", "Brasov", "Tomas Reiner", "Ilona Kertesz", "Danube Development Bank"]
NUMBERS = ["42", "2025", "$3.5 million"]


def apply(text: str, result: SpinResult) -> str:
    out, last = [], 0
    for s in result.substitutions:
        out.append(text[last : s.start])
        out.append(s.replacement)
        last = s.end
    out.append(text[last:])
    return "".join(out)


def test_same_seed_same_output_other_seed_other_output() -> None:
    a = spin(TEXT, rate=0.3, seed=5)
    b = spin(TEXT, rate=0.3, seed=5)
    c = spin(TEXT, rate=0.3, seed=6)
    assert a == b
    assert a.text != c.text


@pytest.mark.parametrize("rate", [0.1, 0.3, 0.6])
def test_rate_is_the_fraction_of_eligible_words_replaced(rate: float) -> None:
    result = spin(TEXT, rate=rate, seed=1)
    assert result.eligible >= 30
    assert len(result.substitutions) == round(rate * result.eligible)
    changed = sum(s.original != s.replacement for s in result.substitutions)
    assert changed >= 0.9 * len(result.substitutions)


def test_rate_zero_changes_nothing_and_bad_rate_is_refused() -> None:
    assert spin(TEXT, rate=0.0, seed=3).text == TEXT
    with pytest.raises(ValueError):
        spin(TEXT, rate=1.5)


def test_names_and_numbers_are_never_touched() -> None:
    for seed in range(4):
        result = spin(TEXT, rate=1.0, seed=seed)
        for kept in NAMES + NUMBERS:
            assert kept in result.text, (seed, kept)
        for s in result.substitutions:
            assert not any(ch.isdigit() for ch in s.original)


def test_substitutions_listed_are_exactly_the_diff() -> None:
    result = spin(TEXT, rate=0.5, seed=11)
    assert apply(TEXT, result) == result.text
    for s in result.substitutions:
        assert TEXT[s.start : s.end] == s.original
        assert result.text[s.spun_start : s.spun_start + len(s.replacement)] == s.replacement
    # Outside the listed spans the two texts are identical.
    starts = [s.start for s in result.substitutions]
    assert starts == sorted(starts)


def test_capitalisation_and_punctuation_kept() -> None:
    result = spin(TEXT, rate=1.0, seed=2)
    for s in result.substitutions:
        assert s.original[0].isupper() == s.replacement[0].isupper()
    strip = re.compile(r"[A-Za-z' ]+")
    assert strip.sub("", TEXT) == strip.sub("", result.text).replace("1000's", "")


def test_links_and_addresses_are_kept() -> None:
    text = (
        "Details were not given by email to press@harbour-news.example "
        "or at https://example.org/not/by/where today."
    )
    result = spin(text, rate=1.0, seed=0)
    assert "press@harbour-news.example" in result.text
    assert "https://example.org/not/by/where" in result.text
    assert result.substitutions


def test_a_and_an_follow_the_new_word() -> None:
    text = "They signed an agreement after a meeting and an attack on an official."
    for seed in range(5):
        spun = spin(text, rate=1.0, seed=seed).text
        assert not re.search(r"\ba [aeio]|\ban [bcdfgjklmnpqrstvwxz]", spun, re.IGNORECASE), spun


def test_spins_like_a_content_farm() -> None:
    """At full rate the marks of real spinners appear: titles and function words swapped."""
    result = spin(TEXT, rate=1.0, seed=0)
    replaced = {s.original.lower() for s in result.substitutions}
    assert {"foreign", "said", "meeting", "according to", "not"} <= replaced
    assert "Foreign Minister" not in result.text


def test_without_the_tagger_names_and_numbers_are_still_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(spinner, "_nlp", lambda: None)
    result = spin(TEXT, rate=1.0, seed=3)
    assert len(result.substitutions) >= 20
    for kept in NAMES + NUMBERS:
        assert kept in result.text, kept
    assert apply(TEXT, result) == result.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300), st.floats(0.0, 1.0), st.integers(0, 2**31))
def test_arbitrary_text_never_crashes_and_keeps_lines(text: str, rate: float, seed: int) -> None:
    result = spin(text, rate=rate, seed=seed)
    assert result.text.count("\n") == text.count("\n")
    assert len(result.text.splitlines()) == len(text.splitlines())
    assert apply(text, result) == result.text


@settings(max_examples=15, deadline=None)
@given(st.lists(st.sampled_from(TEXT.split()), min_size=1, max_size=60), st.integers(0, 99))
def test_shuffled_news_words_keep_their_shape(words: list[str], seed: int) -> None:
    text = " ".join(words)
    result = spin(text, rate=0.7, seed=seed)
    assert apply(text, result) == result.text
    assert len(result.text.split("\n")) == 1


def test_cli_writes_spun_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "spun.txt"
    assert cli_main(["spin", str(src), "--rate", "0.4", "--seed", "9", "--output", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == spin(TEXT, rate=0.4, seed=9).text
    assert cli_main(["spin", str(src), "--seed", "9", "-q"]) == 0
    assert capsys.readouterr().out == spin(TEXT, rate=0.3, seed=9).text
    assert cli_main(["spin", str(src), "--rate", "2"]) == 2
    assert cli_main(["spin", str(tmp_path / "missing.txt")]) == 2
    with pytest.raises(SystemExit) as exc:
        cli_main(["spin", "--help"])
    assert exc.value.code == 0
    assert "--rate" in capsys.readouterr().out


def test_the_command_reads_text_as_ingest_decodes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A user-experience audit: a Latin-1 file that "run" read was "not UTF-8 text" to
    spin; a binary file is still refused."""
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(TEXT.replace("the", "thé", 1).encode("latin-1"))
    assert cli_main(["spin", str(latin), "--seed", "9", "-q"]) == 0
    assert "thé" in capsys.readouterr().out
    binary = tmp_path / "b.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    assert cli_main(["spin", str(binary)]) == 2
    assert "not text" in capsys.readouterr().err


def test_the_command_refuses_text_it_would_fill_with_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """German text came out as "depart Einfuhrquote": the synonyms are English."""
    german = tmp_path / "bericht.txt"
    german.write_text("Die Regierung hat am Montag im Gegenzug die Einfuhrquote gesenkt, "
                      "teilte das Ministerium mit. Die Beziehungen beider Länder gelten als gut, "
                      "sagte ein Sprecher des Hafens am Abend.", encoding="utf-8")
    assert cli_main(["spin", str(german)]) == 2
    assert "reads as language 'de'" in capsys.readouterr().err
    assert cli_main(["spin", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
