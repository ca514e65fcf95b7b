"""Spanish and German tolls: how many of the tolls a reader would note are read, and how
many figures that are no toll are read as one.

    PYTHONPATH=src python bench/tolls_languages.py

Data: ``tests/data/languages/tolls.jsonl``, 126 fictional cases (63 per language) written
for copydesk: 56 that report tolls (66 of them) and 70 traps (forecasts, negations,
rises, earlier figures, other years' tolls, capacities, titles, figures of speech, ages,
clock times, road markers). ``extract/quantities/tolls_other.py`` was fixed against
them, so the figures are not held out. A toll is right when its value and what befell
them (killed, injured, missing, evacuated, hospitalised) are the case's.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from copydesk.extract.quantities import find_quantities
from copydesk.extract.quantities.french import TOLL_COUNTS

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "languages" / "tolls.jsonl"


def main() -> None:
    counts: dict[str, Counter[str]] = {"es": Counter(), "de": Counter()}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        lang = case["language"]
        read = [(int(q.value), (q.counts or "").split()[-1])
                for q in find_quantities(case["text"], "a", lang) if q.counts in TOLL_COUNTS]
        wanted = [(t["value"], t["deed"]) for t in case["tolls"]]
        for toll in read:
            if toll in wanted:
                wanted.remove(toll)
                counts[lang]["right"] += 1
            else:
                counts[lang]["spurious"] += 1
        counts[lang]["missed"] += len(wanted)
        counts[lang]["tolls"] += len(case["tolls"])
    print(f"{'language':10}{'tolls':>7}{'right':>7}{'missed':>8}{'spurious':>10}")
    for lang, c in counts.items():
        print(f"{lang:10}{c['tolls']:7}{c['right']:7}{c['missed']:8}{c['spurious']:10}")


if __name__ == "__main__":
    main()
