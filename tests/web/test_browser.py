"""The web app in a real headless Chromium: list, search, story, lineage graph, a diff, upload.

Uses Debian's chromium and chromium-driver through Selenium with explicit paths
(Selenium Manager never runs, nothing is downloaded). The server is uvicorn in
a thread on 127.0.0.1 with a free port. Screenshots go to tests/screenshots/.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from copydesk.store import open_store
from copydesk.web import create_app
from copydesk.web import jobs as jobs_module
from report_sample import build_sample

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
SHOTS = Path(__file__).resolve().parents[1] / "screenshots"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (CHROMIUM and DRIVER),
        reason="chromium and chromium-driver are not installed "
        "(apt-get install chromium chromium-driver; `make test` installs them)",
    ),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    import uvicorn

    folder = tmp_path_factory.mktemp("browser")
    db = str(folder / "browser.db")
    store = open_store(db)
    ids = build_sample(store)
    store.close()
    port = _free_port()
    app = create_app(db, uploads=folder / "uploads", allowed_hosts=["127.0.0.1", "localhost"])
    config = uvicorn.Config(app, host="127.0.0.1",
                            port=port, log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", ids
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="copydesk-chromium-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                 "--window-size=1280,1000", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(DRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _shot(driver: object, name: str, full: bool = True) -> None:
    SHOTS.mkdir(exist_ok=True)
    if full:  # grow the window to the page so the screenshot shows all of it
        height = driver.execute_script("return document.documentElement.scrollHeight")  # type: ignore[attr-defined]
        driver.set_window_size(1280, min(max(int(height) + 40, 700), 6000))  # type: ignore[attr-defined]
    driver.save_screenshot(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]
    driver.set_window_size(1280, 1000)  # type: ignore[attr-defined]


def test_analyst_walkthrough(server: tuple[str, dict[str, str]], browser: object,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    base, ids = server
    d = browser
    wait = WebDriverWait(d, 15)
    errors: list[str] = []

    # 1. The story list.
    d.get(base + "/")  # type: ignore[attr-defined]
    links = d.find_elements(By.CSS_SELECTOR, "a.story-link")  # type: ignore[attr-defined]
    first_story = "Lenna Street bridge closed after cracks found in pillar"
    assert [a.text for a in links][:1] == [first_story]
    _shot(d, "01-stories")

    # 2. Search from the header box.
    box = d.find_element(By.CSS_SELECTOR, ".top-search input[name=q]")  # type: ignore[attr-defined]
    box.send_keys("pillar cracks", Keys.ENTER)
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "ul.hits li")))
    marks = d.find_elements(By.CSS_SELECTOR, "ul.hits mark")  # type: ignore[attr-defined]
    assert marks and {m.text.lower() for m in marks} <= {"pillar", "pillars", "cracks"}
    _shot(d, "02-search")

    # 3. Open the story from the list; the lineage graph is drawn.
    d.get(base + "/")  # type: ignore[attr-defined]
    d.find_element(By.LINK_TEXT, first_story).click()  # type: ignore[attr-defined]
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "svg.lineage")))
    nodes = d.find_elements(By.CSS_SELECTOR, "svg.lineage g.nodes rect")  # type: ignore[attr-defined]
    edges = d.find_elements(By.CSS_SELECTOR, "svg.lineage path.edge")  # type: ignore[attr-defined]
    assert len(nodes) == 6 and len(edges) == 4
    graph = d.find_element(By.CSS_SELECTOR, "svg.lineage")  # type: ignore[attr-defined]
    assert graph.size["width"] > 400 and graph.size["height"] > 150
    summary = d.find_element(By.CSS_SELECTOR, "#summary .summary")  # type: ignore[attr-defined]
    assert "[1]" in summary.text
    _shot(d, "03-story")
    graph.screenshot(str(SHOTS / "04-lineage.png"))

    # 4. The spun copy's diff is open, swapped words highlighted; open the partial copy's.
    diffs = d.find_elements(By.CSS_SELECTOR, "details.diff")  # type: ignore[attr-defined]
    spun = next(el for el in diffs if "Newsflash24" in el.text)
    assert spun.get_attribute("open") is not None
    swaps = [s for s in spun.find_elements(By.CSS_SELECTOR, ".d-swap") if s.is_displayed()]
    words = {w for s in swaps for w in s.text.split()}
    assert words >= {"shut", "discovered", "fissures", "columns"}
    d.execute_script("arguments[0].scrollIntoView({block: 'start'})", spun)  # type: ignore[attr-defined]
    spun.screenshot(str(SHOTS / "05-diff-spun.png"))
    partial = next(el for el in diffs if "Citizen Daily" in el.text)
    assert partial.get_attribute("open") is None
    toggle = partial.find_element(By.TAG_NAME, "summary")
    d.execute_script("arguments[0].scrollIntoView({block: 'start'})", toggle)  # type: ignore[attr-defined]
    toggle.click()
    wait.until(lambda _: partial.get_attribute("open") is not None)
    cells = [c for c in partial.find_elements(By.CSS_SELECTOR, "table.side td") if c.is_displayed()]
    assert len(cells) == 2 and cells[0].text == cells[1].text and "Lenna Street" in cells[0].text
    partial.screenshot(str(SHOTS / "06-diff-partial.png"))

    # 5. A citation jumps to the article entry; the entry links to the article page.
    d.find_element(By.CSS_SELECTOR, "#summary a.cite").click()  # type: ignore[attr-defined]
    assert d.current_url.endswith(f"#art-{ids['original']}")  # type: ignore[attr-defined]
    d.get(f"{base}/articles/{ids['spun']}")  # type: ignore[attr-defined]
    assert d.find_elements(By.CSS_SELECTOR, "details.diff[open] .d-swap")  # type: ignore[attr-defined]
    _shot(d, "07-article")

    # 6. Upload a file: the job page polls its JSON status until done.
    monkeypatch.setattr(jobs_module, "run_steps", lambda store, progress=None: ["stubbed"])
    upload = Path(tempfile.mkdtemp()) / "weir.txt"
    upload.write_text("Weir Lane library opened on Saturday after a two-year rebuild.\n\n"
                      "The council said the new reading room seats eighty people.\n",
                      encoding="utf-8")
    d.get(base + "/upload")  # type: ignore[attr-defined]
    d.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(str(upload))  # type: ignore[attr-defined]
    d.find_element(By.CSS_SELECTOR, "form.upload-box button").click()  # type: ignore[attr-defined]
    wait.until(ec.text_to_be_present_in_element((By.ID, "job-state"), "done"))
    lines = d.find_element(By.ID, "job-lines").text  # type: ignore[attr-defined]
    assert "1 new article" in lines
    _shot(d, "08-upload-done")

    # No page logged a JavaScript error or a CSP violation.
    for entry in d.get_log("browser"):  # type: ignore[attr-defined]
        if entry.get("level") == "SEVERE":
            errors.append(entry.get("message", ""))
    assert not errors, errors


def test_a_link_to_a_closed_copy_opens_it(server: tuple[str, dict[str, str]], browser: object,
                                          tmp_path: Path) -> None:
    """Going to "#diff-…" scrolled to a copy's view and left it closed: in the static
    report, which runs no script, and in the web app alike."""
    from selenium.webdriver.common.by import By

    from copydesk.report import story_view, write_report
    from copydesk.report.render import page_name

    base, ids = server
    d = browser
    store = open_store(str(tmp_path / "static.db"))
    build_sample(store)
    view = story_view(store, ids["story"])
    assert view is not None
    closed = next(x.relation_id for x in view.diffs if x.relation_id != view.featured_diff)
    write_report(store, tmp_path / "report")
    store.close()
    for url in (f"{(tmp_path / 'report' / page_name(ids['story'])).as_uri()}#diff-{closed}",
                f"{base}/stories/{ids['story']}#diff-{closed}"):
        d.get(url)  # type: ignore[attr-defined]
        target = d.find_element(By.ID, f"diff-{closed}")  # type: ignore[attr-defined]
        box = target.find_element(By.XPATH, "./ancestor-or-self::details")
        assert box.get_attribute("open") is not None, url
        assert target.is_displayed() and target.location["y"] > 0
    # Following a link on a page already open (the hash changes, the page stays).
    other = next(x.relation_id for x in view.diffs
                 if x.relation_id not in (view.featured_diff, closed))
    d.execute_script(f"location.hash = 'diff-{other}'")  # type: ignore[attr-defined]
    target = d.find_element(By.ID, f"diff-{other}")  # type: ignore[attr-defined]
    box = target.find_element(By.XPATH, "./ancestor-or-self::details")
    assert box.get_attribute("open") is not None
