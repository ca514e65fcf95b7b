"""The PAN text-alignment task on top of the reuse aligner: detections and their XML.

PAN (Potthast et al. 2013) compares a suspicious document with a source document and
reports each reused passage as character offsets in both. Here that is exactly
:func:`copydesk.reuse.align.align` with the suspicious text as side A. Pure functions:
reading the pair files and writing the XML files is the ``copydesk pan`` command's job.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from copydesk.reuse.align import align
from copydesk.reuse.alignment import Alignment, AlignOptions
from copydesk.reuse.text import sentences
from copydesk.reuse.verbatim import exact_passages


def detect(
    suspicious: str,
    source: str,
    options: AlignOptions | None = None,
) -> list[Alignment]:
    """Reused passages: side A is the suspicious text, side B the source (English)."""
    return align(
        sentences(suspicious, "en"), sentences(source, "en"), options,
        verbatim=exact_passages(suspicious, source), texts=(suspicious, source), language="en",
    )  # fmt: skip


def detection_xml(suspicious_name: str, source_name: str, found: list[Alignment]) -> str:
    """The PAN detection file for one pair (root ``document``, one feature per passage)."""
    lines = [f"<document reference={quoteattr(suspicious_name)}>"]
    for x in found:
        lines.append(
            '<feature name="detected-plagiarism"'
            f' this_offset="{x.a_start}" this_length="{x.a_end - x.a_start}"'
            f" source_reference={quoteattr(source_name)}"
            f' source_offset="{x.b_start}" source_length="{x.b_end - x.b_start}"/>'
        )
    lines.append("</document>")
    return "\n".join(lines) + "\n"


def detection_filename(suspicious_name: str, source_name: str) -> str:
    """``suspicious-document00001.txt``, ``source-document00002.txt`` →
    ``suspicious-document00001-source-document00002.xml``."""
    return f"{_stem(suspicious_name)}-{_stem(source_name)}.xml"


def _stem(name: str) -> str:
    return name[:-4] if name.endswith(".txt") else name
