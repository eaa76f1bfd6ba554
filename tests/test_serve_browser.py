"""newsfacts serve in a real browser: Debian's headless Chromium, driven by playwright, clicks through every
view of the dashboard served by uvicorn (one server, one browser, for the whole module), with the network
log watched: no failed request, no answer over 399, no request to any host but the server's, no script
error, no Content-Security-Policy violation, and no XSS payload ever run. Skipped without /usr/bin/chromium
(.ci/run installs it)."""

from __future__ import annotations

import csv
import io
import os
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytest.importorskip("fastapi", reason="newsfacts serve needs its extra: pip install -e '.[serve]'")
# one worker runs every serve test (pytest-xdist's loadgroup): the ledger is built once, the browser launched once
pytestmark = pytest.mark.xdist_group("serve")
pytest.importorskip("playwright", reason="playwright is in the dev extra")
CHROMIUM = os.environ.get("NEWSFACTS_CHROMIUM", "/usr/bin/chromium")
if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        pytest.fail(f"CI runs the browser tests: no Chromium at {CHROMIUM} (.ci/run installs it)", pytrace=False)
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium; .ci/run does)", allow_module_level=True)

import uvicorn  # noqa: E402
from serve_ledger import HOSTILE_ID  # noqa: E402

from newsfacts.serve import create_app  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(serve_store):
    port = free_port()
    config = uvicorn.Config(create_app(serve_store), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


class Watch:
    """What the browser did: every request, failure, bad status, script error and console error."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.failed: list[str] = []
        self.errors: list[str] = []
        self.downloads: set[str] = set()

    def attach(self, page) -> None:
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("download", lambda d: self.downloads.add(d.url))
        page.on("requestfailed", self._failed)
        page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.url}: {r.status}"))
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))

    def _failed(self, request) -> None:
        self.failed.append(f"{request.url}: {request.failure}")

    def failures(self) -> list[str]:
        """Failed requests, less those Chromium aborted itself though the resource serves: a download ends its
        navigation (the test reads the file), and the next navigation cancels a favicon still loading. An
        aborted request counts only when fetching its URL directly does not answer 200."""
        aborted = [f for f in self.failed if f.endswith(": net::ERR_ABORTED")]
        fine = {f for f in aborted if (url := f.rsplit(": ", 1)[0]) in self.downloads or _serves(url)}
        return [f for f in self.failed if f not in fine]


def _serves(url: str) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status == 200
    except OSError:
        return False


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def watched(browser, server):
    context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watch = Watch()
    watch.attach(page)
    yield page, watch, server
    context.close()
    outside = [u for u in watch.requests if urlsplit(u).scheme not in ("data", "blob")
               and urlsplit(u).hostname != "127.0.0.1"]
    assert not outside, f"requests to other hosts: {outside}"


def settle(page, watch):
    page.wait_for_load_state("networkidle")
    assert not watch.failures(), watch.failures()
    assert not watch.errors, watch.errors
    assert page.evaluate("window.__xss === undefined"), "an XSS payload ran"


def test_figures_filter_sort_and_download_what_is_shown(watched):
    page, watch, base = watched
    page.goto(base + "/")
    page.click("nav >> text=Figures")
    page.fill("input[name=country]", "Bangladesh")
    page.select_option("select[name=event]", "displaced")
    page.click("form.filters button[type=submit]")
    settle(page, watch)
    assert page.locator("#figure-count").inner_text() == "3"
    page.click("th >> text=Value")  # ascending, then descending
    page.click("th >> text=Value")
    settle(page, watch)
    values = [int(v.replace(",", "")) for v in page.locator("#figures tbody td.num").all_inner_texts()]
    assert values == [20000, 12000, 9000]
    with page.expect_download() as got:
        page.click("#download-csv")
    rows = list(csv.DictReader(io.StringIO(Path(got.value.path()).read_text())))
    assert [int(r["value"]) for r in rows] == values
    with page.expect_download() as got:
        page.click("#download-hxl")
    assert Path(got.value.path()).read_text().splitlines()[1].startswith("#meta+id")
    settle(page, watch)


def test_map_shades_countries_and_opens_the_figures_of_a_place(watched):
    page, watch, base = watched
    page.goto(base + "/map?event=displaced")
    page.wait_for_selector("#map[data-loaded]")
    settle(page, watch)
    assert page.locator("#map path.leaflet-interactive").count() > 100  # the world's countries, from the package
    assert page.locator("#map path.country-BGD").count() == 1
    page.click("#country-list button[data-country=BGD]")
    detail = page.locator("#map-detail")
    assert "Bangladesh" in detail.locator("h2").inner_text()
    assert "has risen to 20,000" in detail.inner_text()
    # a precise place (Sylhet, where its sentence puts 12,000 displaced) is a point of its own
    assert any("Sylhet" in t and "12,000" in t for t in _points_shown(page, detail))
    page.goto(base + "/map?event=fled")
    page.wait_for_selector("#map[data-loaded]")
    hostile = next(t for t in _points_shown(page, detail) if "5,000" in t)
    assert "<script>window.__xss=1</script>" in hostile and "<img" not in detail.inner_html()
    settle(page, watch)


def _points_shown(page, detail) -> list[str]:
    """What the map's detail pane shows after a click on each place point."""
    shown = []
    points = page.locator("#map path.place-point")
    for n in range(points.count()):
        points.nth(n).dispatch_event("click")
        shown.append(detail.inner_text())
    return shown


def test_timeline_draws_each_report_apart(watched):
    page, watch, base = watched
    page.goto(base + "/timeline")
    page.fill("input[name=country]", "BGD")
    page.select_option("select[name=event]", "displaced")
    page.click("form.filters button[type=submit]")
    page.wait_for_selector("#chart[data-loaded]")
    settle(page, watch)
    assert page.locator("#chart canvas").count() >= 1 and page.locator("#chart").get_attribute("data-loaded") == "3"
    assert page.locator("#timeline tbody tr").count() == 3
    assert "rise" in page.locator("#updates").inner_text()


def test_reader_marks_facts_and_links_them_to_their_records(watched):
    page, watch, base = watched
    page.goto(base + "/articles")
    page.click("text=Sylhet flood toll rises")
    settle(page, watch)
    mark = page.locator("#text a.hl-figure", has_text="20,000")
    target = mark.get_attribute("href")
    mark.click()
    assert page.url.endswith(target)
    assert "20,000" in page.locator(target).inner_text()
    assert page.locator("#text a.hl-place").count() >= 1 and page.locator("#text a.hl-date").count() >= 1


def test_conflicts_show_both_sides(watched):
    page, watch, base = watched
    page.goto(base + "/conflicts")
    settle(page, watch)
    sides = page.locator(".conflict").first.locator(".side")
    text = sides.all_inner_texts()
    assert len(text) == 2 and any("12,000" in t for t in text) and any("9,000" in t for t in text)
    assert any("Daily Example" in t and "2025-06-10" in t for t in text)


def test_search_and_the_api_docs(watched):
    page, watch, base = watched
    page.goto(base + "/search")
    page.fill("input[name=text]", "shelters")
    page.press("input[name=text]", "Enter")
    settle(page, watch)
    assert int(page.locator("#hit-count").inner_text()) >= 1 and page.locator("#hits mark").count() >= 1
    page.goto(base + "/docs")
    page.wait_for_selector(".opblock")
    settle(page, watch)
    assert page.locator(".opblock").count() >= 11


def test_payloads_stay_text_in_the_browser(watched):
    page, watch, base = watched
    for url in (f"/articles/{HOSTILE_ID}", "/figures?event=fled", "/articles", "/search?text=hostile",
                "/timeline?event=fled"):
        page.goto(base + url)
        settle(page, watch)
        assert page.locator("img").count() == 0, url
    page.goto(base + f"/articles/{HOSTILE_ID}")
    assert page.locator("#title").inner_text().startswith("<script>window.__xss=1</script>")
    assert page.locator("#source-url").evaluate("e => e.tagName") == "SPAN"  # a javascript: URL is not a link
    page.locator("#article-quotes td.speaker").first.click()
    settle(page, watch)
