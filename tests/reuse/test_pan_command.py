"""``copydesk pan`` writes PAN detection XML; the benchmark's reader can read it back."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from tests.reuse.reuse_texts import INDEPENDENT_2, ORIGINAL, PARTIAL

from copydesk.cli import main
from copydesk.cli.pan import read_pairs
from copydesk.errors import UsageError
from copydesk.reuse.pan import detection_filename


def _corpus(tmp_path: Path) -> tuple[Path, Path, Path]:
    src, susp = tmp_path / "src", tmp_path / "susp"
    src.mkdir()
    susp.mkdir()
    (src / "source-document00001.txt").write_text(ORIGINAL, encoding="utf-8")
    (src / "source-document00002.txt").write_text(INDEPENDENT_2, encoding="utf-8")
    (susp / "suspicious-document00001.txt").write_text(PARTIAL, encoding="utf-8")
    pairs = tmp_path / "pairs"
    pairs.write_text(
        "suspicious-document00001.txt source-document00001.txt\n"
        "suspicious-document00001.txt source-document00002.txt\n",
        encoding="utf-8",
    )
    return pairs, src, susp


def test_pan_command_writes_one_xml_per_pair(tmp_path: Path):
    pairs, src, susp = _corpus(tmp_path)
    out = tmp_path / "out"
    assert main(["pan", "-q", str(pairs), str(src), str(susp), str(out)]) == 0
    hit = out / detection_filename("suspicious-document00001.txt", "source-document00001.txt")
    miss = out / detection_filename("suspicious-document00001.txt", "source-document00002.txt")
    assert hit.name == "suspicious-document00001-source-document00001.xml"
    root = ET.parse(hit).getroot()
    assert root.tag == "document" and root.get("reference") == "suspicious-document00001.txt"
    features = root.findall("feature")
    assert len(features) == 2
    for f in features:
        assert f.get("name") == "detected-plagiarism"
        assert f.get("source_reference") == "source-document00001.txt"
        t0, tl = int(f.get("this_offset", -1)), int(f.get("this_length", -1))
        s0, sl = int(f.get("source_offset", -1)), int(f.get("source_length", -1))
        assert PARTIAL[t0 : t0 + tl] == ORIGINAL[s0 : s0 + sl]
    assert ET.parse(miss).getroot().findall("feature") == []


def test_bad_pairs_file_is_a_usage_error(tmp_path: Path):
    bad = tmp_path / "pairs"
    bad.write_text("only-one-name.txt\n", encoding="utf-8")
    with pytest.raises(UsageError):
        read_pairs(bad)
    assert main(["pan", "-q", str(bad), str(tmp_path), str(tmp_path), str(tmp_path / "o")]) == 2


@pytest.mark.parametrize("line", ["../../escape.txt source.txt", "susp.txt ../x.txt",
                                  "sub/susp.txt source.txt", ".. source.txt"])
def test_pairs_name_plain_files_only(tmp_path: Path, line: str) -> None:
    """A name becomes a path under SUSP_DIR, SRC_DIR and OUT_DIR: "../" would read, and
    write a detection file, outside them."""
    pairs = tmp_path / "pairs"
    pairs.write_text(f"susp.txt source.txt\n{line}\n")
    with pytest.raises(UsageError, match=r"pairs:2: .* is not a plain file name"):
        read_pairs(pairs)


def test_pairs_file_in_another_encoding_or_with_a_bom(tmp_path: Path) -> None:
    """UTF-16 raised UnicodeDecodeError (a traceback); a UTF-8 BOM became part of the
    first name ("cannot read susp/\\ufeffsuspicious-document00001.txt")."""
    pairs = tmp_path / "pairs"
    pairs.write_bytes("a.txt b.txt\n".encode("utf-16"))
    with pytest.raises(UsageError, match="not a pairs file"):
        read_pairs(pairs)
    pairs.write_bytes(b"\xef\xbb\xbfsusp.txt source.txt\n")
    assert read_pairs(pairs) == [("susp.txt", "source.txt")]


def test_unreadable_documents_are_skipped_one_line_each_and_the_rest_aligned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    pairs, src, susp = _corpus(tmp_path)
    (susp / "suspicious-document00009.txt").mkdir()  # a folder where a file should be
    with pairs.open("a", encoding="utf-8") as f:
        f.write("suspicious-document00001.txt source-document00404.txt\n"
                "suspicious-document00009.txt source-document00001.txt\n")
    out = tmp_path / "out"
    assert main(["pan", "-q", str(pairs), str(src), str(susp), str(out)]) == 3
    skipped = [line for line in capsys.readouterr().err.splitlines() if "skipped:" in line]
    assert len(skipped) == 2
    assert "source-document00404.txt" in skipped[0] and "No such file" in skipped[0]
    assert "suspicious-document00009.txt" in skipped[1]
    assert sorted(p.name for p in out.iterdir()) == [
        "suspicious-document00001-source-document00001.xml",
        "suspicious-document00001-source-document00002.xml",
    ]
