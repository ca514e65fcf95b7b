"""WARC records a real crawl holds besides clean 200 pages: cut records, wrong lengths,
redirects and error pages, missing or telling Content-Type headers."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from copydesk.errors import InputError
from copydesk.ingest import iter_inputs
from copydesk.records import RawDocument, Rejected

PARAGRAPH = ("Paragraph {j} of report {i}: the harbour board in Quellport met on Tuesday to "
             "weigh the crane plan and the dredging budget for the coming year.")


def page(i: int, words: str = "") -> str:
    paragraphs = "".join(f"<p>{PARAGRAPH.format(i=i, j=j)}{words}</p>" for j in range(5))
    return (f"<html><head><title>Report {i}</title></head><body><article><h1>Report {i}</h1>"
            f"{paragraphs}</article></body></html>")


def warc(records: list[tuple[str, list[tuple[str, str]], bytes]], compressed: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compressed)
    for n, (status, headers, body) in enumerate(records):
        http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://quell.example/{n}", "response", payload=io.BytesIO(body), length=len(body),
            http_headers=http))
    return buffer.getvalue()


def read(path: Path) -> list[RawDocument | Rejected]:
    out: list[RawDocument | Rejected] = []
    for item in iter_inputs([str(path)]):
        out.extend([item] if isinstance(item, Rejected) else item.documents())
    return out


HTML = [("Content-Type", "text/html; charset=utf-8")]


@pytest.mark.parametrize("name", ["cut.warc", "cut.warc.gz", "crawl.bin"])
def test_a_record_cut_short_is_rejected_and_the_ones_before_kept(
    tmp_path: Path, name: str
) -> None:
    """The last article was stored without its end (exit 0); a gzip WARC without a
    WARC name (stdin, .bin) lost every record to the GzipFile's error."""
    data = warc([("200 OK", HTML, page(i).encode()) for i in range(3)],
                compressed=not name.endswith(".warc"))
    path = tmp_path / name
    path.write_bytes(data[:-120])
    docs = read(path)
    assert [d.url for d in docs if isinstance(d, RawDocument)] == [
        "https://quell.example/0", "https://quell.example/1"]
    (cut,) = [d for d in docs if isinstance(d, Rejected)]
    assert "https://quell.example/2: record cut short" in cut.reason


def test_a_wrong_content_length_rejects_that_record_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = warc([("200 OK", HTML, page(i).encode()) for i in range(3)], compressed=False)
    starts = [i for i in range(len(data)) if data.startswith(b"WARC/1.", i)]
    second = data[starts[1]:starts[2]]
    declared = int(second.split(b"Content-Length: ")[1].split(b"\r\n")[0])
    shorter = second.replace(f"Content-Length: {declared}".encode(),
                             f"Content-Length: {declared - 200}".encode())
    path = tmp_path / "crawl.warc"
    path.write_bytes(data[:starts[1]] + shorter + data[starts[2]:])
    docs = read(path)
    assert [d.url for d in docs if isinstance(d, RawDocument)] == [
        "https://quell.example/0", "https://quell.example/2"]
    (bad,) = [d for d in docs if isinstance(d, Rejected)]
    assert bad.reason.startswith("https://quell.example/1: the record's Content-Length")
    assert "WARNING" not in capsys.readouterr().err  # warcio's own line is not printed


def test_error_pages_redirects_and_content_types(tmp_path: Path) -> None:
    russian = page(9).replace("Report 9", "Мост через реку открыт после ремонта")
    records = [
        ("404 Not Found", HTML, b"<html><body><h1>Page not found</h1><p>Sorry.</p></body></html>"),
        ("301 Moved Permanently", HTML, b"<html><body>The document has moved.</body></html>"),
        ("200 OK", [], page(2).encode()),  # no Content-Type: sniffed, a page
        ("200 OK", [], b"\x89PNG\r\n\x1a\n" + bytes(200)),  # no Content-Type: an image
        ("200 OK", [("Content-Type", "text/html; charset=windows-1251")],
         russian.encode("cp1251")),
    ]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc(records, compressed=True))
    docs = read(path)
    assert all(isinstance(d, RawDocument) for d in docs), docs
    assert [d.url for d in docs] == ["https://quell.example/2", "https://quell.example/4"]
    assert docs[1].title == "Мост через реку открыт после ремонта"


def test_gzip_warc_on_standard_input_name_is_sniffed(tmp_path: Path) -> None:
    data = warc([("200 OK", HTML, page(i).encode()) for i in range(2)], compressed=True)
    path = tmp_path / "download"
    path.write_bytes(data)
    assert gzip.decompress(data).startswith(b"WARC/1.")
    assert [d.url for d in read(path) if isinstance(d, RawDocument)] == [
        "https://quell.example/0", "https://quell.example/1"]


@pytest.mark.parametrize("name", ["crawl.warc.gz", "download"])
def test_a_warc_gzipped_as_one_whole_file_keeps_every_record(tmp_path: Path, name: str) -> None:
    """A user's `gzip crawl.warc` read one record and rejected the rest ("1 document(s)
    read … 1 rejected", exit 3) with warcio's advice in ten escaped lines. Positions are
    offsets in the uncompressed WARC, as for the plain file."""
    data = warc([("200 OK", HTML, page(i).encode()) for i in range(4)], compressed=False)
    (tmp_path / "crawl.warc").write_bytes(data)
    path = tmp_path / name
    path.write_bytes(gzip.compress(data))  # one gzip member, not one per record
    docs = read(path)
    assert all(isinstance(d, RawDocument) for d in docs)
    plain = read(tmp_path / "crawl.warc")
    assert [(d.url, d.position, d.body) for d in docs] == [
        (d.url, d.position, d.body) for d in plain]
    assert len(docs) == 4


def test_a_whole_gzipped_warc_cut_short_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    data = warc([("200 OK", HTML, page(i).encode()) for i in range(4)], compressed=False)
    packed = gzip.compress(data)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(packed[: len(packed) * 3 // 4])
    docs = read(path)
    kept = [d for d in docs if isinstance(d, RawDocument)]
    assert 1 <= len(kept) < 4
    assert len({d.url for d in kept}) == len(kept)  # the first record is not read twice
    (cut,) = [d for d in docs if isinstance(d, Rejected)]
    assert "\\x0a" not in cut.line() and "\n" not in cut.reason
    assert cut.reason.startswith("truncated or corrupt gzip") and (
        f"the {len(kept)} record(s) before the damage were kept" in cut.reason)


def test_a_whole_gzipped_warc_that_cannot_be_read_again_says_what_to_do(
        tmp_path: Path) -> None:
    """A stream that cannot go back to its start keeps the first record and gets one
    line of advice (warcio's ran over ten lines, written into the rejection as \\x0a)."""
    from copydesk.ingest.warc import read_warc

    class _Pipe(io.BytesIO):
        def seekable(self) -> bool:
            return False

    data = warc([("200 OK", HTML, page(i).encode()) for i in range(2)], compressed=False)
    records = read_warc("pipe", _Pipe(gzip.compress(data)))  # type: ignore[arg-type]
    assert isinstance(next(records), RawDocument)
    with pytest.raises(InputError, match=r"gzipped as one whole file.*warcio recompress"
                       ) as refused:
        next(records)
    assert "\n" not in str(refused.value)


def test_records_without_blank_lines_between_them_are_kept(tmp_path: Path) -> None:
    """warcio warns about a record "not followed by newline" both when its Content-Length
    is wrong and when the writer left out the blank lines between records; the first
    record is whole in the second case and is kept. (warcio then cannot read the next
    header, which is one rejection.)"""
    data = warc([("200 OK", HTML, page(i).encode()) for i in range(3)], compressed=False)
    path = tmp_path / "tight.warc"
    path.write_bytes(data.replace(b"\r\n\r\nWARC/1.", b"WARC/1."))
    docs = read(path)
    assert [d.url for d in docs if isinstance(d, RawDocument)] == ["https://quell.example/0"]
    assert [d.reason[:26] for d in docs if isinstance(d, Rejected)] == [
        "not a readable WARC file ("]


def test_a_malformed_record_is_one_rejection_and_the_records_before_it_are_kept(
    tmp_path: Path,
) -> None:
    """A response record without WARC-Target-URI raised warcio's AttributeError through
    the whole run (a traceback, exit 1, the other inputs lost)."""
    good = warc([("200 OK", HTML, page(0).encode())], compressed=False)
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page(1).encode()
    bad = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
           b"WARC-Date: 2025-04-03T10:00:00Z\r\nContent-Type: application/http; "
           b"msgtype=response\r\nContent-Length: " + str(len(http)).encode()
           + b"\r\n\r\n" + http + b"\r\n\r\n")
    path = tmp_path / "crawl.warc"
    path.write_bytes(good + bad)
    docs = read(path)
    assert [d.url for d in docs if isinstance(d, RawDocument)] == ["https://quell.example/0"]
    (rejected,) = [d for d in docs if isinstance(d, Rejected)]
    assert "malformed WARC record" in rejected.reason and "1 record(s)" in rejected.reason


def test_a_text_file_named_warc_is_rejected_not_read_as_nothing(tmp_path: Path) -> None:
    """warcio reads any text as an old ARC record: a text file named .warc gave no
    article and no rejection (exit 0)."""
    path = tmp_path / "notes.warc"
    path.write_text("Harbour notes for Tuesday: the crane plan is delayed again.\n")
    (rejected,) = read(path)
    assert isinstance(rejected, Rejected) and "not a WARC file" in rejected.reason


def test_a_plain_text_record_is_read_and_a_feed_or_pdf_reported(tmp_path: Path) -> None:
    """An ingest probe's crawl held a text/plain article and an RSS capture beside its
    pages; both were skipped without a word (exit 0, "0 rejected"). Images still are."""
    text = "\n\n".join(PARAGRAPH.format(i=9, j=j) for j in range(4)).encode()
    rss = b"<?xml version='1.0'?><rss version='2.0'><channel><title>Q</title></channel></rss>"
    path = tmp_path / "mixed.warc.gz"
    path.write_bytes(warc([
        ("200 OK", HTML, page(1).encode()),
        ("200 OK", [("Content-Type", "text/plain; charset=utf-8")], text),
        ("200 OK", [("Content-Type", "application/rss+xml")], rss),
        ("200 OK", [("Content-Type", "application/pdf")], b"%PDF-1.7 ..."),
        ("200 OK", [("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n...."),
    ], compressed=True))
    docs = read(path)
    stored = [d for d in docs if isinstance(d, RawDocument)]
    assert [d.url for d in stored] == ["https://quell.example/0", "https://quell.example/1"]
    assert "Paragraph 2 of report 9" in stored[1].body
    rejected = [d.reason for d in docs if isinstance(d, Rejected)]
    assert len(rejected) == 2
    assert "feed capture" in rejected[0] and "quell.example/2" in rejected[0]
    assert "PDF" in rejected[1]


def test_a_crawls_robots_txt_and_sitemap_are_no_articles(tmp_path: Path) -> None:
    """An ingest probe: a WARC's robots.txt was stored as an article, and a story titled
    "User-agent: *"."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    robots = b"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
    text = "\n\n".join(PARAGRAPH.format(i=3, j=j) for j in range(4)).encode()
    for uri, body in (("https://nord.example/robots.txt", robots),
                      ("https://nord.example/2025/03/harbour.txt", text)):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            uri, "response", payload=io.BytesIO(body), length=len(body), http_headers=http))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(buffer.getvalue())
    docs = read(path)
    assert [d.url for d in docs if isinstance(d, RawDocument)] == [
        "https://nord.example/2025/03/harbour.txt"]
    assert not [d for d in docs if isinstance(d, Rejected)]


def test_a_record_that_cannot_be_read_as_a_page_is_reported_not_dropped(tmp_path: Path) -> None:
    """A web probe's WARC: a response recorded under a "javascript:" URL (warcio parses
    HTTP headers under "http(s)://" URLs only) vanished without a line, so 3 records
    gave 2 stored and 1 rejected; so did one under "HTTP://". A regression probe then
    found what must stay silent: a browser's beacons (a 204, an empty 200) and scripts,
    style sheets or JSON served without a type, and wget's own metadata records."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    body = page(1).encode()
    for url in ("javascript:void(0)", "HTTP://QUELL.EXAMPLE/1"):
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http))
    manifest = b"crawl.warc.gz\n"
    writer.write_record(writer.create_warc_record(
        "metadata://gnu.org/software/wget/warc/MANIFEST.txt", "resource",
        payload=io.BytesIO(manifest), length=len(manifest), warc_content_type="text/plain"))
    path = tmp_path / "odd.warc"
    path.write_bytes(buffer.getvalue() + warc([
        ("204 No Content", [], b""),
        ("200 OK", [], b""),
        ("200 OK", [], b"(function () { window.track = 1; })();"),
        ("200 OK", [], b'{"visits": 3}'),
        ("200 OK", [], b"\x89PNG\r\n\x1a\n" + bytes(200)),
    ], compressed=False))
    found = read(path)
    assert all(isinstance(d, Rejected) for d in found), found
    assert [d.reason for d in found if isinstance(d, Rejected)] == [
        "javascript:void(0): an HTTP response recorded under a URL that is not http(s): "
        "not read",
        "HTTP://QUELL.EXAMPLE/1: an HTTP response whose headers were not read (the URL's "
        "scheme is written 'HTTP'): not read"]
