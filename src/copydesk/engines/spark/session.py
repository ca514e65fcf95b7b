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
from pathlib import Path
from typing import Any

from copydesk.errors import CopydeskError, UsageError

#: Shuffle partitions per core in local mode. Spark's default (200 in all) is
#: tuned for clusters; on a 2-core machine each extra task of a small job costs
#: ~0.1 s of scheduling and Python worker traffic (measured: one 10-item job takes
#: 0.2 s in 2 partitions, 1.2 s in 8), while big inputs still need a few
#: partitions per core to spill and balance.
LOCAL_PARTITIONS_PER_CORE = 2


#: The JVM's logging in local mode: errors only (see the file).
_LOG_CONFIG = Path(__file__).with_name("log4j2.properties")


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
    if master is None and os.environ.get("PYSPARK_GATEWAY_PORT"):
        # Launched by spark-submit: the JVM is up with the submit's master and conf.
        submitted = SparkSession.builder.appName(app_name).getOrCreate()
        submitted.sparkContext.setLogLevel("WARN")
        return submitted
    chosen = master or os.environ.get("COPYDESK_SPARK_MASTER") or "local[*]"
    builder = SparkSession.builder.appName(app_name).master(chosen)
    if chosen.startswith("local"):
        partitions = LOCAL_PARTITIONS_PER_CORE * _local_cores(chosen)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        # Workers must run the driver's interpreter (the one copydesk is installed in).
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = (
            builder.config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", str(partitions))
            .config("spark.default.parallelism", str(partitions))
            .config("spark.python.worker.reuse", "true")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.driver.extraJavaOptions",
                    f"-Dlog4j2.configurationFile=file:{_LOG_CONFIG}")
        )
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # py4j's errors: the JVM could not start a context
        # An unreachable master printed some 280 lines of Java and py4j (a Spark probe).
        raise CopydeskError(
            f"cannot start Spark on master {chosen} ({_java_reason(exc)}): check the master "
            "URL (COPYDESK_SPARK_MASTER) and that it is up, or leave it unset to run Spark "
            "on this machine") from None
    session.sparkContext.setLogLevel("ERROR")
    return session


def check_output_uri(session: Any, out: str) -> None:
    """A usage error before any work when Spark cannot write to the URI ``out``: a Spark
    probe's ``--out s3a://…`` ran the whole job, then failed on the tables with 66 lines
    of Java (no S3 file system in Spark's jars) and left its store full, so the same
    command was refused when run again."""
    scheme = out.split("://", 1)[0]
    try:
        path = session._jvm.org.apache.hadoop.fs.Path(out)
        path.getFileSystem(session._jsc.hadoopConfiguration()).mkdirs(path)
    except Exception as exc:  # py4j's Py4JJavaError: the JVM's exception, as text
        reason = _java_reason(exc)
        if "ClassNotFound" in reason or "No FileSystem for scheme" in reason:
            raise UsageError(
                f"Spark has no file system for {scheme}:// ({reason}): add its Hadoop "
                "connector to Spark's jars (for s3a, --packages org.apache.hadoop:hadoop-aws "
                "of Spark's Hadoop version), or choose a local --out") from None
        raise UsageError(f"cannot write results to {out} ({reason}): check the path and "
                         "the credentials, or choose another --out") from None


def _java_reason(exc: Exception) -> str:
    """The innermost Java exception's one-line message, not py4j's traceback."""
    java = getattr(exc, "java_exception", None)
    text = str(java) if java is not None else str(exc)
    lines = [line.strip() for line in text.splitlines() if "Exception" in line]
    return (lines[-1] if lines else text.strip().splitlines()[0] if text.strip() else
            type(exc).__name__)[:300]


def _local_cores(master: str) -> int:
    """Cores of a ``local[N]`` / ``local[*]`` / ``local`` master."""
    inside = master[len("local["):-1] if master.startswith("local[") else "1"
    if inside.split(",")[0] in ("*", ""):
        return os.cpu_count() or 1
    try:
        return max(1, int(inside.split(",")[0]))
    except ValueError:
        return os.cpu_count() or 1
