"""Named stories profiles (``copydesk run --stories``): kept in the store, used by later
runs, refused when they would mix two option sets in one store."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.cli import EXIT_OK, EXIT_USAGE, main
from copydesk.engines.steps import stories as step
from copydesk.errors import UsageError
from copydesk.progress import silent
from copydesk.store import SQLiteStore
from copydesk.stories.options import DEFAULT_PROFILE, PROFILES

from .story_fixtures import TEXTS, article, articles


def _stories_of(store: SQLiteStore, *names: str) -> list[str]:
    return [store.annotations(article(n).id)["story_id"] for n in names]


def test_a_new_store_is_live_and_keeps_the_profile_chosen(store: SQLiteStore) -> None:
    assert step.stored_profile(store) == DEFAULT_PROFILE == "live"
    step.choose_profile(store, "archive")
    assert step.stored_profile(store) == "archive"
    step.choose_profile(store, None)  # no choice keeps the kept one
    assert step.stored_profile(store) == "archive"


def test_the_archive_profile_reaches_the_clusterer(store: SQLiteStore) -> None:
    """The archive profile has no date or place conflict: the visit and the summit of the
    same two ministers, days apart, are one story there and two in the live profile."""
    store.add_batch(articles(*TEXTS))
    step.choose_profile(store, "archive")
    line = step.run(store, silent)
    assert "archive profile" in line
    visit, summit, summit2 = _stories_of(store, "visit", "summit", "summit2")
    assert visit == summit == summit2


def test_the_live_profile_keeps_them_apart(store: SQLiteStore) -> None:
    store.add_batch(articles(*TEXTS))
    assert "live profile" in step.run(store, silent)
    visit, summit, summit2 = _stories_of(store, "visit", "summit", "summit2")
    assert summit == summit2 != visit


def test_another_profile_is_refused_once_stories_exist(store: SQLiteStore) -> None:
    store.add_batch(articles("visit", "summit"))
    step.run(store, silent)
    with pytest.raises(UsageError, match="--stories live"):
        step.choose_profile(store, "archive")
    step.choose_profile(store, "live")  # the same one is fine
    assert step.stored_profile(store) == "live"


def test_stories_written_without_clusterer_state_still_refuse(
    store: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Spark engine writes stories but no clusterer state: the stories decide."""
    store.add_batch(articles("visit", "summit"))
    step.run(store, silent)
    real = store.load_state
    monkeypatch.setattr(store, "load_state",
                        lambda name: None if name == step.STATE_NAME else real(name))
    with pytest.raises(UsageError, match=r"--stories live \(the default\)"):
        step.choose_profile(store, "archive")


def test_a_store_with_no_stories_may_still_choose(store: SQLiteStore) -> None:
    step.run(store, silent)  # nothing to cluster: an empty state, no stories
    step.choose_profile(store, "archive")
    assert step.stored_profile(store) == "archive"


def test_an_unknown_profile_is_a_usage_error(store: SQLiteStore) -> None:
    with pytest.raises(UsageError, match="live or archive"):
        step.choose_profile(store, "weekly")


def test_profiles_differ_only_where_documented() -> None:
    live, archive = PROFILES["live"], PROFILES["archive"]
    assert archive.year_agree > live.year_agree == 1.0
    assert archive.word_weight > live.word_weight > 0.0
    assert archive.date_conflict == archive.place_conflict == 1.0
    assert archive.dormant_days > 365 and archive.max_active == live.max_active


def _write_inputs(folder: Path) -> None:
    folder.mkdir()
    for name in ("visit", "summit", "summit2"):
        a = article(name)
        (folder / f"{name}.txt").write_text(f"{a.title}\n\n{a.text}\n", encoding="utf-8")


def test_cli_run_keeps_the_profile_for_the_next_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_inputs(tmp_path / "in")
    db, out = str(tmp_path / "news.db"), str(tmp_path / "out")
    assert main(["run", str(tmp_path / "in"), "--db", db, "--out", out,
                 "--stories", "archive"]) == EXIT_OK
    assert "archive profile" in capsys.readouterr().out
    assert main(["run", str(tmp_path / "in"), "--db", db, "--out", out]) == EXIT_OK
    assert "archive profile" in capsys.readouterr().out
    refused = tmp_path / "refused"
    assert main(["run", str(tmp_path / "in"), "--db", db, "--out", str(refused),
                 "--stories", "live"]) == EXIT_USAGE
    assert "new --db" in capsys.readouterr().err
    assert not refused.exists()  # refused before any folder is made
