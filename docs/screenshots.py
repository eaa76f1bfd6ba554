"""Take the screenshots of docs/serve.md: `python docs/screenshots.py` (needs the serve and dev extras and
Debian's chromium at /usr/bin/chromium, or NEWSFACTS_CHROMIUM).

Builds a ledger in a temporary folder from samples/ and the texts in tests/serve/, serves it with uvicorn
on a free port of 127.0.0.1, and saves one PNG per view as docs/serve-VIEW.png. Not a test: run it by hand
after a change to the pages."""

from __future__ import annotations

import os
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from newsfacts import api
from newsfacts.serve import create_app

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
CHROMIUM = os.environ.get("NEWSFACTS_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWS = {  # name: (path, selector to wait for)
    "figures": ("/figures?category=displacement&order=-value", "#figures"),
    "map": ("/map", "#map[data-loaded]"),
    "timeline": ("/timeline?country=BGD&event=displaced", "#chart[data-loaded]"),
    "article": (None, "#text"),
    "conflicts": ("/conflicts", ".conflict"),
    "search": ("/search?text=displaced", "#hits"),
    "docs": ("/docs", ".opblock"),
}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "ledger.db")
        api.ingest([str(ROOT / "samples"), str(ROOT / "tests" / "serve")], db=db)
        app = create_app(db)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        article = app.state.store.articles(outlet="Daily Example")[0].id
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1280, "height": 860})
            for name, (path, ready) in VIEWS.items():
                page.goto(base + (path or f"/articles/{article}"))
                page.wait_for_selector(ready)
                page.wait_for_load_state("networkidle")
                if name == "map":
                    page.click("#country-list button[data-country=BGD]")
                page.screenshot(path=str(DOCS / f"serve-{name}.png"), full_page=name not in ("map", "docs"))
            browser.close()
        server.should_exit = True
    sys.stderr.write(f"wrote {len(VIEWS)} screenshots to {DOCS}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
