"""Shared fixtures: text written for these tests, a fresh store, paths to ../shared."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import settings

from copydesk.store import SQLiteStore

# Property tests search the same examples on every run, so CI is deterministic;
# HYPOTHESIS_PROFILE=explore searches afresh when hunting for new failures.
settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"

#: A short article of our own, used by reader tests in every format.
BODY_PARAGRAPHS = (
    "The harbour authority of Portvale said on Tuesday that the strike by crane "
    "operators had halted loading at all four container terminals.",
    "Union leader Maren Holt told reporters that more than 3,000 workers had walked out "
    "after talks on overtime pay broke down late on Monday.",
    "Shipping agents warned that at least 40 vessels were waiting offshore and that "
    "fuel deliveries to the northern provinces could slip by a week.",
)
TITLE = "Crane operators halt Portvale harbour as pay talks collapse"


def article_text(title: str = TITLE, paragraphs: tuple[str, ...] = BODY_PARAGRAPHS) -> str:
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def article_html(title: str = TITLE, paragraphs: tuple[str, ...] = BODY_PARAGRAPHS) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{title} | Portvale Ledger</title>"
        f"<meta property='og:title' content='{title}'>"
        "<meta property='og:site_name' content='Portvale Ledger'>"
        "<meta property='article:published_time' content='2025-03-11T08:15:00+00:00'>"
        "<meta name='author' content='Ines Laurier'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<aside><h3>Related stories</h3><ul><li><a href='/a'>Ferry fares to rise in spring</a></li>"
        "</ul></aside><div class='share'>Share on Facebook | Share on X</div>"
        "<footer>Copyright 2025 Portvale Ledger. All rights reserved.</footer></body></html>"
    )


@pytest.fixture
def store() -> SQLiteStore:
    s = SQLiteStore(":memory:")
    yield s
    s.close()


@pytest.fixture
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the real seeds are absent ({SEEDS}); they live in ../shared beside the repo")
    return SEEDS


def load_bench(name: str) -> ModuleType:
    """``bench/NAME.py`` as a module, loaded once: benchmarks hold the gold loaders and
    scorers, so tests pin the very figures the benchmarks print."""
    module_name = f"copydesk_bench_{name}"
    if module_name not in sys.modules:
        spec = importlib.util.spec_from_file_location(module_name, REPO / "bench" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules[module_name]
