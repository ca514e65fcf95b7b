"""The Spark engine: the same stage functions over partitions, results as Parquet.

PySpark is an optional extra (``pip install 'copydesk[spark]'``); nothing here
imports it at module import time, so copydesk works without it.
"""

from copydesk.engines.spark.session import get_session, spark_available

__all__ = ["get_session", "spark_available"]
