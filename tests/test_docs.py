"""The documented export schema names every field that the exports carry."""

from __future__ import annotations

import dataclasses
import re

from conftest import REPO
from copydesk.records import RECORD_KINDS, Article, Thread
from copydesk.store import ANNOTATIONS


def documented_fields() -> dict[str, str]:
    text = (REPO / "docs" / "schema.md").read_text(encoding="utf-8")
    sections = re.split(r"^## ", text, flags=re.MULTILINE)
    return {s.split("\n", 1)[0].strip(): s for s in sections[1:]}


def test_every_exported_field_is_documented() -> None:
    docs = documented_fields()
    kinds = {"articles": Article, **RECORD_KINDS, "threads": Thread}
    for kind, cls in kinds.items():
        assert kind in docs, f"docs/schema.md has no section for {kind}"
        fields = [f.name for f in dataclasses.fields(cls)]
        if kind == "articles":
            fields += list(ANNOTATIONS)
        missing = [f for f in fields if f"`{f}`" not in docs[kind]]
        assert not missing, f"{kind}: fields not documented in docs/schema.md: {missing}"


def test_every_removal_reason_is_documented() -> None:
    """The reasons are read from the code that writes them: each pattern family, and each
    reason string the layout, the cleaner and the HTML reader assign."""
    from copydesk.clean.patterns import FAMILIES

    sources = ["clean/structure.py", "clean/__init__.py", "clean/patterns.py", "ingest/html.py"]
    code = "\n".join((REPO / "src" / "copydesk" / s).read_text(encoding="utf-8") for s in sources)
    assigned = r'(?:reasons\[\w+\] = |else |return |Removed\(\w+, )"([a-z][a-z ()A-Z]+)"'
    written = set(re.findall(assigned, code))
    reasons = set(FAMILIES) | (written - {"head", "body", "tail"})  # those are Layout regions
    assert {"site chrome", "cookie notice", "page chrome (HTML)"} <= reasons
    doc = documented_fields()["articles"]
    missing = sorted(r for r in reasons if f"`{r}`" not in doc)
    assert not missing, f"removal reasons not documented in docs/schema.md: {missing}"
