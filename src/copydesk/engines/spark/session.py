"""The Spark session copydesk runs in: local mode by default, a cluster's when submitted.

Under ``spark-submit`` the master, executors and memory come from the submit line
and the session already exists; ``getOrCreate`` returns it unchanged, so the same
job code runs on a laptop and on a cluster. In local mode we pin the driver to
the loopback address (a machine without a resolvable host name otherwise fails to
start) and switch the web UI off (no port to take in tests and CI).
"""

from __future__ import annotations

import os
import sys
from typing import Any

from copydesk.errors import UsageError

#: Shuffle partitions for local mode. Spark's default (200) is tuned for clusters;
#: on a 2-core machine 200 tiny tasks cost more in scheduling than the work
#: itself (demo corpus: 200 → 41 s, 8 → 14 s for the whole job).
LOCAL_SHUFFLE_PARTITIONS = 8


def spark_available() -> bool:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return False
    return True


def get_session(master: str | None = None, app_name: str = "copydesk") -> Any:
    """The active session, or a new local one (``master`` defaults to ``local[*]``)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise UsageError(
            "the spark engine needs PySpark: pip install 'copydesk[spark]' (and Java 17+)"
        ) from exc
    active = SparkSession.getActiveSession()
    if active is not None and master is None:
        return active
    chosen = master or os.environ.get("COPYDESK_SPARK_MASTER") or "local[*]"
    builder = SparkSession.builder.appName(app_name).master(chosen)
    if chosen.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        # Workers must run the driver's interpreter (the one copydesk is installed in).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = (
            builder.config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", str(LOCAL_SHUFFLE_PARTITIONS))
            .config("spark.default.parallelism", str(LOCAL_SHUFFLE_PARTITIONS))
            .config("spark.python.worker.reuse", "true")
            .config("spark.ui.showConsoleProgress", "false")
        )
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session
