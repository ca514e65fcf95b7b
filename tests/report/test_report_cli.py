"""`copydesk report` and `copydesk serve` as commands."""

from __future__ import annotations

from pathlib import Path

import pytest

from copydesk.cli import EXIT_OK, EXIT_USAGE, main
from copydesk.store import open_store
from report_sample import build_sample


def test_report_command_writes_the_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "c.db"
    store = open_store(str(db))
    build_sample(store)
    store.close()
    assert main(["report", "--db", str(db), "--out", str(tmp_path / "site")]) == EXIT_OK
    assert (tmp_path / "site" / "index.html").is_file()
    assert "report:" in capsys.readouterr().out


def test_report_on_a_missing_store_is_a_usage_error(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path)]) == EXIT_USAGE
    assert "no store at" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()


def test_serve_refuses_a_bad_port(tmp_path: Path) -> None:
    assert main(["serve", "--db", str(tmp_path / "x.db"), "--port", "70000"]) == EXIT_USAGE
