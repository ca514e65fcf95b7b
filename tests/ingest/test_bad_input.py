"""Bad input gets one clear rejection each; the good input beside it is still stored."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from conftest import BODY_PARAGRAPHS, article_text
from copydesk.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main
from copydesk.engines.local import ingest_into
from copydesk.store import SQLiteStore


def ingest(store: SQLiteStore, *paths: Path):
    return ingest_into(store, [str(p) for p in paths])


def test_binary_file_is_rejected(tmp_path: Path, store: SQLiteStore) -> None:
    (tmp_path / "photo.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "good.txt").write_text(article_text())
    summary = ingest(store, tmp_path)
    assert [r.source for r in summary.rejected] == [str(tmp_path / "photo.txt")]
    assert "binary" in summary.rejected[0].reason
    assert summary.stored == 1


def test_empty_file_is_rejected(tmp_path: Path, store: SQLiteStore) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\n ")
    summary = ingest(store, tmp_path)
    assert sorted(r.reason for r in summary.rejected) == ["empty file", "empty file"]


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_are_decoded_not_rejected(
    tmp_path: Path, store: SQLiteStore, encoding: str
) -> None:
    text = article_text(title="Café owners in Montréal protest the new façade rules")
    text += "\nThe mayor’s office called the protest “premature” and promised a hearing.\n"
    if encoding == "latin-1":
        text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    summary = ingest(store, path)
    assert not summary.rejected
    (article,) = store.iter_articles()
    assert article.title == "Café owners in Montréal protest the new façade rules"
    assert "premature" in article.text


def test_huge_single_article_file_is_rejected(tmp_path: Path, store: SQLiteStore) -> None:
    path = tmp_path / "dump.txt"
    line = ("A sentence of filler that repeats to make a very large file. " * 20 + "\n").encode()
    with open(path, "wb") as fh:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    assert path.stat().st_size >= 50 * 1024 * 1024
    summary = ingest(store, path)
    (rejected,) = summary.rejected
    assert "larger than 16 MB" in rejected.reason
    assert store.count_articles() == 0


def test_json_line_with_an_overlong_article_is_rejected_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A record far under the 16 MB line limit whose text is still no article (two
    million characters): one rejection, and the later stages never see it (spaCy
    refuses texts of over a million characters)."""
    filler = " ".join(f"The council met on day {i} and Mayor Roth spoke." for i in range(40_000))
    good = {"title": "Ferry fares rise", "maintext": "\n".join(BODY_PARAGRAPHS)}
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps({"title": "Dump", "maintext": filler}) + "\n" + json.dumps(good))
    db, out = str(tmp_path / "s.db"), str(tmp_path / "out")
    assert main(["run", str(path), "--db", db, "--out", out, "-q"]) == EXIT_PARTIAL
    assert "over the 500,000 one article may have" in capsys.readouterr().err
    stored = SQLiteStore(db)
    assert stored.count_articles() == 1
    stored.close()


def test_malformed_json_line_among_good_ones(tmp_path: Path, store: SQLiteStore) -> None:
    good = {"title": "Ferry fares rise", "maintext": "\n".join(BODY_PARAGRAPHS)}
    other = {**good, "maintext": BODY_PARAGRAPHS[0]}
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps(good) + "\n{not json at all\n" + json.dumps(other) + "\n[1, 2]\n")
    summary = ingest(store, path)
    assert summary.stored == 2
    assert [(r.position, r.reason.split(" (")[0]) for r in summary.rejected] == [
        (2, "not valid JSON"),
        (4, "a JSON line must be an object"),
    ]


def test_a_text_field_of_another_type(tmp_path: Path, store: SQLiteStore) -> None:
    """An OSINT probe: "maintext" holding a list was "no article text (looked for
    maintext/…)", though the field was there. Paragraphs as a list of strings are the
    text; anything else says what the field holds."""
    path = tmp_path / "crawl.jsonl"
    rows = [{"title": "Ferry fares rise", "maintext": list(BODY_PARAGRAPHS)},
            {"title": "Dock strike", "maintext": {"html": "<p>…</p>"}},
            {"title": "Tram vote", "maintext": 42}]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    summary = ingest(store, path)
    assert summary.stored == 1
    (article,) = list(store.iter_articles())
    assert article.text.split("\n\n") == list(BODY_PARAGRAPHS)
    assert [r.reason.split(",")[0] for r in summary.rejected] == [
        "the text field 'maintext' holds an object", "the text field 'maintext' holds a number"]


def test_a_publication_date_it_cannot_read_is_kept_with_the_article(
        tmp_path: Path, store: SQLiteStore) -> None:
    """An OSINT probe: "12/03/2025", "12 mars 2025" and "2025-13-45" became no date and
    no word; the article keeps the value among what was not used, with the reason."""
    path = tmp_path / "crawl.jsonl"
    rows = [{"title": "Ferry fares rise", "maintext": "\n".join(BODY_PARAGRAPHS),
             "date_publish": "12/03/2025"}]
    path.write_text("\n".join(json.dumps(r) for r in rows))
    assert ingest(store, path).stored == 1
    (article,) = list(store.iter_articles())
    assert article.published is None
    assert ("12/03/2025", "publication date not read") in [
        (r.text, r.reason) for r in article.removed]


def test_a_json_line_cut_inside_a_string_says_so(tmp_path: Path, store: SQLiteStore) -> None:
    """An ingest probe: a line cut inside a string read "Invalid control character" (the
    line's own newline), which says nothing of what happened."""
    path = tmp_path / "cut.jsonl"
    path.write_text('{"title": "Broken", "text": "This line was cut off halfway\n')
    (rejected,) = ingest(store, path).rejected
    assert "Unterminated string" in rejected.reason


def test_json_nested_too_deeply_is_one_rejection(tmp_path: Path, store: SQLiteStore) -> None:
    """1,000 nested brackets raised RecursionError out of the reader: nothing was stored."""
    good = {"title": "Ferry fares rise", "maintext": "\n".join(BODY_PARAGRAPHS)}
    path = tmp_path / "crawl.jsonl"
    path.write_text('{"text": ' + "[" * 1000 + "1" + "]" * 1000 + "}\n" + json.dumps(good) + "\n")
    summary = ingest(store, path)
    assert summary.stored == 1
    assert [(r.position, r.reason) for r in summary.rejected] == [
        (1, "not valid JSON: nested too deeply")]


def test_impossible_and_far_off_dates_leave_the_article_undated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A date of 2025-02-30 raised ValueError and failed the whole run (and the web upload);
    a year 9999 date crashed the stories step."""
    lines = [json.dumps({"title": f"Ferry fares rise {n}", "date_publish": when,
                         "maintext": f"Report {n}. " + "\n".join(BODY_PARAGRAPHS)})
             for n, when in enumerate(["2025-02-30", "2025-13-01", "9999-12-31T23:00:00-05:00",
                                       "0001-01-01T00:00:00+05:00", "2025-03-11"])]
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(lines) + "\n")
    db, out = str(tmp_path / "s.db"), str(tmp_path / "out")
    assert main(["run", str(path), "--db", db, "--out", out, "-q"]) == 0
    stored = SQLiteStore(db)
    dates = sorted(str(a.published) for a in stored.iter_articles())
    stored.close()
    assert dates == ["2025-03-11 00:00:00+00:00"] + ["None"] * 4


def test_truncated_gzip_keeps_what_came_before(tmp_path: Path, store: SQLiteStore) -> None:
    lines = [
        json.dumps(
            {"title": f"Story {n}", "maintext": f"Story number {n}. " + BODY_PARAGRAPHS[n % 3]}
        )
        for n in range(300)
    ]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    path = tmp_path / "crawl.jsonl.gz"
    path.write_bytes(data[: len(data) * 2 // 3])
    summary = ingest(store, path)
    assert summary.stored > 50
    (rejected,) = summary.rejected
    assert "truncated or corrupt gzip" in rejected.reason
    assert f"the {summary.stored} record(s) before the damage were kept" in rejected.reason


def test_a_cut_off_gzipped_article_says_nothing_was_kept(
    tmp_path: Path, store: SQLiteStore
) -> None:
    """The message said "records before the damage were kept" when none were."""
    data = gzip.compress(("\n\n".join(BODY_PARAGRAPHS * 30)).encode())
    path = tmp_path / "story.txt.gz"
    path.write_bytes(data[: len(data) // 2])
    summary = ingest(store, path)
    (rejected,) = summary.rejected
    assert summary.stored == 0 and "nothing before the damage" in rejected.reason


def test_html_without_article_is_rejected(tmp_path: Path, store: SQLiteStore) -> None:
    path = tmp_path / "nav.html"
    path.write_text(
        "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a>"
        "<a href='/x'>World</a></nav><script>var a = 1;</script></body></html>"
    )
    summary = ingest(store, path)
    assert len(summary.rejected) == 1
    assert store.count_articles() == 0


def test_missing_path_is_rejected_and_run_goes_on(tmp_path: Path, store: SQLiteStore) -> None:
    (tmp_path / "good.txt").write_text(article_text())
    summary = ingest(store, tmp_path / "nope.txt", tmp_path / "good.txt")
    assert "no such file" in summary.rejected[0].reason
    assert summary.stored == 1


def test_exit_status_tells_partial_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text(article_text())
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(good), "--db", db]) == EXIT_OK
    assert main(["ingest", str(good), str(bad), "--db", db]) == EXIT_PARTIAL
    err = capsys.readouterr().err
    assert f"rejected: {bad}: binary" in err
    assert err.count("rejected:") == 1
    with pytest.raises(SystemExit) as exc:
        main(["ingest"])
    assert exc.value.code == EXIT_USAGE
    assert main(["export", "articles", "--db", db, "--format", "parquet"]) == EXIT_USAGE


@pytest.mark.parametrize(("data", "declared", "expected"), [
    # One cp1252 byte in English text: the detector read "council’s" as Mac Roman "councilís".
    ("The harbour council’s plan was approved on Monday. " * 5, None, "council’s"),
    ("Fees rose to £12m at the harbour this year, the board said. " * 5, None, "£12m"),
    # A UTF-8 page with two stray bytes was decoded whole as cp1250: "approuvÃ©".
    (("Le projet a été approuvé hier à l’unanimité. " * 5).encode() + b"\x80\x80", None,
     "approuvé"),
    # Two curly quotes in UTF-8 and one "é" in cp1252: decoded whole as a Mac code page
    # ("‚Äúwe are pleased‚ÄĚ … cafť"); the stray byte is read as cp1252 now.
    ("The mayor said “we are pleased” with the plan. ".encode() + b"The caf\xe9 owners "
     b"were not asked.", None, "“we are pleased” with the plan. The café owners"),
    ("Next year’s plan follows. ".encode() + b"It costs \x805 and the caf\xe9 agrees.", None,
     "Next year’s plan follows. It costs €5 and the café agrees."),
    ("Objížďka přes most potrvá do pátku.", "ISO-8859-2", "Objížďka"),
    # Short texts in Central European or Cyrillic code pages are not taken for cp1252
    # (a first version of the smart-quote rule made "zdecydowa³a" of them).
    ("Rada miasta zdecydowała w środę, że budowa potrwa dłużej.".encode("cp1250"), None,
     "zdecydowała w środę"),
    ("Совет города решил закрыть мост.".encode("cp1251"), None, "Совет города"),
    ("Мост открыт", "windows-1251", "Мост открыт"),
    # An ingest probe: undeclared latin-1 and cp1252 files were read as cp1250
    # ("Jřrn Hĺkonsen", "Anders Mřller", "ą" for "à", "ń" for "ñ"); a Czech, Polish or
    # Hungarian text is still its own code page's.
    ("Jørn Håkonsen sa at brua på Sørlandet er stengt, skriver Anders Møller.".encode(
        "latin-1"), None, "Jørn Håkonsen sa at brua på Sørlandet"),
    ("Le maire a déclaré à la presse que le pont restera fermé.".encode("cp1252"), None,
     "déclaré à la presse"),
    ("El niño comió más piña mañana en España.".encode("latin-1"), None, "niño comió más piña"),
    ("Příliš žluťoučký kůň úpěl ďábelské ódy, řekl ministr při jednání.".encode("cp1250"), None,
     "Příliš žluťoučký kůň úpěl"),
    ("Árvíztűrő tükörfúrógép, mondta a miniszter.".encode("cp1250"), None, "Árvíztűrő"),
    # A regression probe: one Polish letter, which cp1252 reads as French's "ê", and a
    # French line the detector read as Urdu.
    ("Most będzie zamknięty.".encode("cp1250"), None, "będzie zamknięty"),
    ("Le pont à Brest.".encode("cp1252"), None, "pont à Brest"),
])
def test_encodings_by_evidence(data: str | bytes, declared: str | None, expected: str) -> None:
    from copydesk.ingest.decode import decode_bytes

    raw = data if isinstance(data, bytes) else data.encode(
        {"ISO-8859-2": "iso-8859-2", "windows-1251": "cp1251"}.get(declared or "", "cp1252"))
    text, _ = decode_bytes(raw, declared)
    assert expected in text


def test_a_folder_that_cannot_be_listed_is_reported(
    tmp_path: Path, store: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Path.rglob passed over an unreadable folder without a word: 0 inputs, exit 0.
    (Simulated: the tests run as root, who can list any folder.)"""
    import os

    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(article_text())
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text(article_text())
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    summary = ingest(store, tmp_path)
    assert summary.stored == 1
    assert [(r.source, r.reason) for r in summary.rejected] == [
        (str(tmp_path / "locked"), "cannot list folder: Permission denied")]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text_and_binary_stays_binary(
    tmp_path: Path, store: SQLiteStore, codec: str
) -> None:
    """Windows tools save UTF-16 without a BOM; its NULs sit at one parity, a binary
    file's at both. Cyrillic has NULs only at its spaces and punctuation."""
    from copydesk.errors import InputError
    from copydesk.ingest.decode import decode_bytes

    english = article_text()
    cyrillic = "Министр заявил, что переговоры в Женеве продолжатся 21 января. " * 4
    for i, text in enumerate((english, cyrillic)):
        (tmp_path / f"wide{i}.txt").write_bytes(text.encode(codec))
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "odd.txt").write_bytes(("Ab" * 600).encode(codec).replace(b"A", b"\x01"))
    summary = ingest(store, tmp_path)
    assert summary.stored == 2
    assert sorted(r.source.rsplit("/", 1)[-1] for r in summary.rejected) == ["blob.txt", "odd.txt"]
    assert decode_bytes(cyrillic.encode(codec)) == (cyrillic, codec)
    with pytest.raises(InputError, match="binary"):  # a lone surrogate is not UTF-16
        decode_bytes(("x" * 40).encode(codec) + "\udc80".encode(codec, "surrogatepass"))


def test_a_file_of_utf8_lines_and_one_latin1_line_reads_each_line_right() -> None:
    """Decoded whole as a single-byte code page, the UTF-8 headline's "ü" became "ĂĽ"
    (the cleaner's repair fixed the body, not the short headline)."""
    from copydesk.ingest.decode import decode_bytes

    utf8 = ("Ferry service suspended in Münster after engine failure\n\n"
            "MÜNSTER — The island ferry between Münster and the mainland stopped on Monday.\n")
    raw = utf8.encode("utf-8") + " Straße geschlossen, Café zu.".encode("latin-1")
    text, _ = decode_bytes(raw)
    assert text == utf8 + " Straße geschlossen, Café zu."


def test_chinese_in_gb18030_is_not_taken_for_utf8_with_a_latin1_line() -> None:
    """A short line of GB18030 ("图 1") is valid UTF-8 by chance: the mixed-line rule
    then read every other line as cp1252 (found by a regression probe)."""
    from copydesk.ingest.decode import decode_bytes

    lines = ["港口工人周一开始罢工，要求提高工资并改善夜班的安全条件。",
             "图 1",
             "工会表示，如果港务局不回应他们的要求，罢工将持续到周末。",
             "港务局发言人说，双方将于周三再次举行谈判，希望尽快达成协议。"]
    text = "\n".join(lines)
    assert "图 1".encode("gb18030").decode("utf-8")  # the accident the rule met
    decoded, _ = decode_bytes(text.encode("gb18030"))
    assert decoded == text
    declared, _ = decode_bytes(text.encode("gb18030"), "gb2312")
    assert declared == text


def test_one_stray_nul_byte_does_not_make_an_article_binary(
    tmp_path: Path, store: SQLiteStore
) -> None:
    """One NUL near the top (a broken copy) rejected the whole article as binary, while
    NULs further on were dropped; a file with many NULs is still binary."""
    text = "\n\n".join(["Crane operators halt Portvale harbour", *BODY_PARAGRAPHS])
    stray = tmp_path / "stray.txt"
    stray.write_bytes(text[:40].encode() + b"\x00" + text[40:].encode())
    summary = ingest(store, stray)
    assert summary.stored == 1 and not summary.rejected
    (article,) = store.iter_articles()
    assert "\x00" not in article.text
    blob = tmp_path / "blob.txt"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(200))
    (rejected,) = ingest(store, blob).rejected
    assert "binary" in rejected.reason


def test_a_page_rendered_by_javascript_is_rejected_not_stored(tmp_path: Path) -> None:
    """An ingest probe's app shell (an empty root element and a noscript notice) was
    stored as an article titled "Loading…" and became a story of its own."""
    from copydesk.errors import InputError
    from copydesk.ingest.html import read_html

    shell = ("<html><head><title>Loading…</title><script src='/app.js'></script></head>"
             "<body><div id='root'></div><noscript>Please enable JavaScript in your browser "
             "to read this page.</noscript></body></html>")
    with pytest.raises(InputError, match="rendered by JavaScript"):
        read_html("shell.html", shell)
    # An article that speaks of JavaScript is an article.
    story = ("<html><body><article><h1>Browser makers agree on a faster engine</h1>"
             + "".join(f"<p>{p}</p>" for p in BODY_PARAGRAPHS)
             + "<p>Developers will not need to enable JavaScript flags to try it.</p>"
             "</article></body></html>")
    assert "JavaScript" in read_html("story.html", story).body


def test_a_parquet_file_in_a_folder_is_rejected_with_what_to_do(
    tmp_path: Path, store: SQLiteStore
) -> None:
    """A parity probe: "binary content" gave no hint that Parquet is read at all."""
    (tmp_path / "dump.parquet").write_bytes(b"PAR1\x15\x04\x15\x10\x00\x00PAR1")
    (tmp_path / "a.txt").write_text(article_text())
    summary = ingest_into(store, [str(tmp_path)])
    (rejected,) = summary.rejected
    assert rejected.source == str(tmp_path / "dump.parquet")
    assert "Parquet" in rejected.reason and "--engine spark" in rejected.reason
    assert summary.stored == 1


def test_a_file_name_that_is_not_utf8_is_read_and_one_in_a_closed_folder_rejected(
    tmp_path: Path, store: SQLiteStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An input probe: a Latin-1 "é" in a file name crashed the run with nothing stored,
    and a file in a folder that can be listed but not entered stopped it (exit 1). The
    name keeps its byte as "\\xe9"; the closed folder's file is one rejection. (The
    closed folder is simulated: the tests run as root.)"""
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    odd = os.fsencode(folder) + b"/latin\xe9-a06.txt"
    with open(odd, "wb") as fh:
        fh.write(article_text().encode("utf-8"))
    (folder / "shut").mkdir()
    (folder / "shut" / "b.txt").write_text(article_text("Another title"))
    real_stat = Path.stat

    def stat(self: Path, *args: object, **kwargs: object) -> os.stat_result:
        if self.parent.name == "shut":
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "stat", stat)
    summary = ingest(store, folder)
    assert summary.stored == 1
    assert [a.source for a in store.iter_articles()] == [str(folder) + "/latin\\xe9-a06.txt"]
    assert [(r.source, r.reason) for r in summary.rejected] == [
        (str(folder / "shut" / "b.txt"), "cannot open: Permission denied")]


def test_a_pdf_or_rtf_named_as_text_says_what_it_is(tmp_path: Path, store: SQLiteStore) -> None:
    """An input probe: an uncompressed PDF renamed .txt was stored as an article of
    "%PDF-1.4 … obj <<", an RTF letter as "{\\rtf1\\ansi…"; a compressed PDF was "not text
    in any known encoding", with no hint."""
    (tmp_path / "doc.txt").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (tmp_path / "letter.txt").write_bytes(b"{\\rtf1\\ansi\\deff0 Dear council, the road is "
                                          b"closed again this week.}")
    summary = ingest(store, tmp_path)
    assert summary.stored == 0
    reasons = sorted(r.reason for r in summary.rejected)
    assert reasons[0].startswith("a PDF: copydesk reads no PDF")
    assert reasons[1].startswith("an RTF document: copydesk reads no RTF")


def test_a_saved_error_page_is_no_article(tmp_path: Path, store: SQLiteStore) -> None:
    """An input probe: a saved "Page not found" was stored as an article; a report about a
    "404 error" on a council site, long enough, is one."""
    (tmp_path / "gone.html").write_text(
        "<html><head><title>Page not found | Harbour Times</title></head><body><main>"
        "<h1>Page not found</h1><p>The page you are looking for does not exist. Return to "
        "the home page.</p></main></body></html>")
    long_report = " ".join(["Residents who tried to pay their parking fines online on "
                            "Monday were met with an error message for most of the day."] * 5)
    (tmp_path / "story.html").write_text(
        "<html><head><title>404 errors keep council site down</title></head><body><main>"
        f"<h1>404 errors keep council site down</h1><p>{long_report}</p></main></body></html>")
    # a brief whose headline opens with the phrase is an article (a regression probe)
    (tmp_path / "brief.html").write_text(
        "<html><head><title>Not found: stolen Orvale painting still missing</title></head>"
        "<body><main><h1>Not found: stolen Orvale painting still missing</h1><p>Police in "
        "Orvale said on Monday that the painting taken from the town museum a year ago has "
        "still not been found, and they renewed their appeal.</p></main></body></html>")
    summary = ingest(store, tmp_path)
    assert summary.stored == 2
    assert [r.reason for r in summary.rejected] == [
        "an error page ('Page not found'), not an article: fetch the page again, or leave "
        "the file out"]


@pytest.mark.parametrize(("title", "heading", "text"), [
    # an OSINT probe's saved 404s and bot checks, headed by the site's own words
    ("404 Not Found", "Oops! We can't find that page.",
     "The page you were looking for may have been moved or deleted. Try searching our site."),
    ("Valley Times", "Oops! We can't find that page.",
     "The page you were looking for may have been moved or deleted."),
    ("Just a moment...", "Checking your browser before accessing valleytimes.example",
     "This process is automatic. Your browser will redirect to your requested content "
     "shortly. DDoS protection by Cloudflare."),
])
def test_error_and_bot_check_pages_are_no_articles(
        store: SQLiteStore, tmp_path: Path, title: str, heading: str, text: str) -> None:
    (tmp_path / "page.html").write_text(
        f"<html><head><title>{title}</title></head><body><nav>Home News Sport</nav>"
        f"<h1>{heading}</h1><p>{text}</p></body></html>")
    summary = ingest(store, tmp_path)
    assert summary.stored == 0
    assert [r.reason.split(" (")[0] for r in summary.rejected] == ["an error page"]


def test_a_cookie_banner_and_a_footer_are_no_article(store: SQLiteStore, tmp_path: Path) -> None:
    (tmp_path / "junk.txt").write_text(
        "Home | News | Sport | Weather\nWe use cookies to improve your experience. Accept all\n"
        "Share on Facebook Share on Twitter\nSign up for our newsletter\n"
        "Privacy policy | Terms of use | Contact us\n")
    (tmp_path / "wall.txt").write_text(
        "We value your privacy\nWe and our partners use cookies and similar technologies to "
        "store and access information on your device.\nAccept all   Manage preferences   "
        "Reject all\n")
    (tmp_path / "line.txt").write_text(
        "We value your privacy. We and our partners use cookies to store and access "
        "information on your device. Click Accept all to consent.\n")
    summary = ingest(store, tmp_path)
    assert summary.stored == 0 and len(summary.rejected) == 3


def _page(title: str, body: str, extra: str = "") -> str:
    return (f"<html><head><title>{title}</title></head><body>{extra}<main><h1>{title}</h1>"
            f"{body}</main></body></html>")


def test_lists_of_posts_sign_in_pages_and_wordpress_404s_are_no_articles(
        tmp_path: Path, store: SQLiteStore) -> None:
    """A cleaning probe: a tag page, a search page, a sign-in page and WordPress's "Oops!
    That page can’t be found." were stored as articles, with their excerpts' figures and
    dates. A brief on a site with a sign-in form in its header is still an article."""
    excerpt = ("<article><h2>Ferry fares rise</h2><p>The operator said more than 300 "
               "passengers a day would pay more from March.</p></article>")
    form = '<form><input type="text" name="user"><input type="password" name="pw"></form>'
    brief = ("<p>Police in Orvale said on Monday that the painting taken from the town "
             "museum a year ago has still not been found, and renewed their appeal.</p>")
    pages = {
        "tag.html": _page("Tag: ferries", excerpt * 3),
        "search.html": _page("Search results for “flood”", excerpt * 3),
        "login.html": _page("Sign in to your account", "<p>Enter your e-mail address and "
                            "password to keep reading the Orvale Post.</p>" + form),
        "oops.html": _page("Oops! That page can’t be found.", "<p>It looks like nothing "
                           "was found at this location. Maybe try a search?</p>"),
        "brief.html": _page("Stolen Orvale painting still missing", brief, extra=form),
        # a second regression probe's articles: an interview series, a brief on a sign-in
        # outage, a marathon's call, on sites with a sign-in form in the header
        "author.html": _page("Author: Lena Marsh on her new novel", brief.replace(
            "painting", "novel")),
        "outage.html": _page("Customers unable to log in for six hours", brief.replace(
            "painting", "bank server"), extra=form),
        "marathon.html": _page("Register now for the marathon: 5,000 places left",
                               brief.replace("painting", "marathon trophy"), extra=form),
    }
    for name, page in pages.items():
        (tmp_path / name).write_text(page, encoding="utf-8")
    summary = ingest(store, tmp_path)
    assert summary.stored == 4
    assert sorted(r.reason.split(" (")[0] for r in summary.rejected) == [
        "a list of posts", "a list of posts", "a sign-in page", "an error page"]


def test_a_text_padded_with_nul_bytes_is_read(tmp_path: Path, store: SQLiteStore) -> None:
    """An input probe: a short article followed by 4 KB of NUL bytes (a preallocated
    download) was rejected whole as binary."""
    (tmp_path / "padded.txt").write_bytes(article_text().encode("utf-8") + b"\x00" * 4096)
    summary = ingest(store, tmp_path)
    assert summary.stored == 1 and not summary.rejected
    (article,) = store.iter_articles()
    assert "\x00" not in article.text


def test_a_declared_code_page_that_misreads_the_letters_gives_way_to_cp1252() -> None:
    """A crawl probe: a server declared windows-1250 over cp1252 bytes, and "Café
    Lumière on Brückner Street" was stored as "Lumičre" (Czech č beside German ü) with
    no warning. A page truly in the declared code page keeps it."""
    from copydesk.ingest.decode import decode_bytes

    french = "Élodie Fournier, who runs the Café Lumière on Brückner Street, said so."
    assert decode_bytes(french.encode("cp1252"), "windows-1250") == (french, "cp1252")
    czech = "Příliš žluťoučký kůň úpěl ďábelské ódy a řekl, že město se změní."
    assert decode_bytes(czech.encode("cp1250"), "windows-1250") == (czech, "cp1250")
    polish = "Będzie zamknięty przez tydzień, powiedział burmistrz Łodzi."
    assert decode_bytes(polish.encode("iso-8859-2"), "iso-8859-2")[0] == polish


def test_a_rejection_line_holds_no_terminal_escape(tmp_path: Path, store: SQLiteStore) -> None:
    """A security probe: a file name and a WARC record's URI carrying ESC ] … BEL and
    ESC [2J set the analyst's terminal title and cleared the screen when the rejection
    was printed. Control characters are written out as \\xNN."""
    from copydesk.records import Rejected

    line = Rejected("a\x1b[2J.txt", "https://x.example/\x1b]0;OWNED\x07: a PDF", 3).line()
    assert "\x1b" not in line and "\x07" not in line
    assert line == "rejected: a\\x1b[2J.txt#3: https://x.example/\\x1b]0;OWNED\\x07: a PDF"
    (tmp_path / "evil\x1b[41m.txt").write_bytes(bytes(range(256)) * 40)
    sources = [r.source for r in ingest(store, tmp_path).rejected]
    assert len(sources) == 1 and "\x1b" not in sources[0] and "\\x1b[41m" in sources[0]


def test_a_flood_of_rejected_records_is_counted_not_stored_one_by_one(
        tmp_path: Path, store: SQLiteStore) -> None:
    """A security probe: 15 KB of gzip holding five million empty records stored five
    million rejections (1 GB, 1.8 GB of memory). One input keeps its first rejections
    and counts the rest per reason; its good records are still read."""
    from copydesk.ingest.rejections import MAX_REJECTIONS_PER_INPUT

    good = json.dumps({"title": "Pier", "text": article_text()})
    lines = ["{}"] * (MAX_REJECTIONS_PER_INPUT + 250) + [good]
    (tmp_path / "flood.jsonl.gz").write_bytes(gzip.compress("\n".join(lines).encode()))
    summary = ingest(store, tmp_path)
    assert summary.stored == 1
    assert len(summary.rejected) == MAX_REJECTIONS_PER_INPUT + 1
    assert summary.rejected[-1].count == 250 and summary.rejected[-1].reason.startswith(
        "no article text")
    assert len(list(store.rejections())) == MAX_REJECTIONS_PER_INPUT + 1


def test_a_page_too_big_for_the_extractor_is_not_called_empty(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A user-experience audit: a 10.8 MB page that trafilatura gave up on was rejected
    as "no article text (navigation or an empty page)"."""
    from copydesk.errors import InputError
    from copydesk.ingest import html

    monkeypatch.setattr(html, "_extract", lambda page, url: None)  # the extractor gave up
    with pytest.raises(InputError, match="million characters gave no article text"):
        html.read_html("big.html", "<p>A line of the page.</p>" * 200_000)
    with pytest.raises(InputError, match="navigation or an empty page"):
        html.read_html("small.html", "<p>A line of the page.</p>")
