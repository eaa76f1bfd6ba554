"""The ledger the serve tests read (tests/test_serve_api.py, tests/test_serve_browser.py), built once a
session: the shipped sample and two texts we wrote (tests/serve/: a Sylhet toll reported, contradicted and
updated) through the whole pipeline, plus one article made by hand whose every stored string is an XSS
payload (title, URL, outlet, quote, speaker, figure words, place), stored as the ledger stores any article."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts.records import Article, DateMention, Figure, Mention, Quote, Source, Speaker

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [ROOT / "samples", ROOT / "tests" / "serve"]

SCRIPT = "<script>window.__xss=1</script>"
IMG = '"><img src=x onerror="window.__xss=2">'
JS_URL = "javascript:window.__xss=3"
HOSTILE_ID = "hostile-article-0001"


def hostile_article() -> Article:
    """An article whose stored strings are payloads; offsets point into its text as a real one's do."""
    text = (f"{SCRIPT} Officials said 5,000 people fled {IMG} on Monday.\n"
            f"\"{SCRIPT} we have nothing left,\" said {IMG}.\n")
    fig_at = text.index("5,000")
    place_at = text.index(IMG)
    quote_at = text.index(SCRIPT, 1)
    date_at = text.index("Monday")
    speaker = Speaker(name=IMG, mention=IMG, role=SCRIPT, type="person")
    place = Mention(text=IMG, type="place", canonical=f"{IMG}{SCRIPT}", start=place_at, end=place_at + len(IMG),
                    country="BGD", lat=24.9, lon=91.87, precision="city", match="exact")
    return Article(
        id=HOSTILE_ID, source=Source(path=f"/tmp/{SCRIPT}.txt", url=JS_URL, outlet=f"{IMG} Outlet", kind="text"),
        text=text, title=f"{SCRIPT} Hostile {IMG} title", url=JS_URL, published="2025-06-05", language="en",
        mentions=(place,),
        quotes=(Quote(text=f"{SCRIPT} we have nothing left,", kind="direct", cue="said", speaker=speaker,
                      start=quote_at, end=quote_at + len(SCRIPT) + 22),),
        figures=(Figure(value=5000, start=fig_at, end=fig_at + 5, unit="person", counted=f"people {SCRIPT}",
                        term="fled", event="fled", category="displacement", place=place, place_source="sentence",
                        stated_by=speaker, reported_by=f"{IMG} Outlet", text="5,000"),),
        dates=(DateMention(text="Monday", value="2025-06-02", precision="day", start=date_at, end=date_at + 6),),
        page_kind="article",
    )


def build(db: Path) -> str:
    from newsfacts import api
    from newsfacts.store import open_store

    api.ingest([str(p) for p in TEXTS], db=str(db))
    with open_store(str(db)) as store:
        store.ingest([hostile_article()], source_label="hostile")
    return str(db)


@pytest.fixture(scope="session")
def serve_db(tmp_path_factory) -> str:
    """The path of the serve tests' ledger (SQLite), built once a session."""
    return build(tmp_path_factory.mktemp("serve") / "ledger.db")


@pytest.fixture(scope="session")
def serve_store(serve_db):
    from newsfacts.store import open_store

    with open_store(serve_db) as store:
        yield store
