"""``make bench``: every issue-7 benchmark in one run, figures printed side by side.

1. scale: the local engine end to end on generated corpora (per stage: articles/s,
   peak memory, store size; fitted exponent of time vs n);
2. candidates: copydesk's candidate index vs datasketch MinHashLSH and rensa
   RMinHashLSH on the same corpus (recall of known copies, pairs, time);
3. spark: the Spark engine against the local engine at 20,000 articles (when
   PySpark is installed).

    python bench/run_all.py                                # 10k, 100k, 1M
    python bench/run_all.py --sizes 10000,100000           # partial
    python bench/run_all.py --sizes 10000 --skip candidates,spark
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent

#: Above this size the peers' MinHash of every article in Python takes longer than
#: the whole local pipeline's candidate stage; the comparison is made up to here.
CANDIDATES_MAX = 100_000
SPARK_SIZE = 20_000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--skip", default="", help="comma list of: scale, candidates, spark")
    ap.add_argument("--work", default="/tmp/copydesk-bench")
    args = ap.parse_args(argv)
    skip = {s for s in args.skip.split(",") if s}
    sizes = [int(s) for s in args.sizes.split(",") if s]
    failed = 0
    if "scale" not in skip:
        failed += _run("scale.py", "--sizes", ",".join(map(str, sizes)), "--work", args.work)
    small = [n for n in sizes if n <= CANDIDATES_MAX]
    if "candidates" not in skip and small:
        failed += _run("candidates.py", "--sizes", ",".join(map(str, small)))
    if "spark" not in skip:
        try:
            import pyspark  # noqa: F401
        except ImportError:
            print("\nspark: skipped (PySpark absent: pip install 'copydesk[spark]')")
        else:
            failed += _run("spark_equivalence.py", "--size", str(SPARK_SIZE), "--work", args.work)
    return 1 if failed else 0


def _run(script: str, *args: str) -> int:
    print(f"\n######## {script} {' '.join(args)}", flush=True)
    return int(subprocess.call([sys.executable, str(BENCH / script), *args]) != 0)


if __name__ == "__main__":
    raise SystemExit(main())
