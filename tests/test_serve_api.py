"""newsfacts serve: the JSON API, the dashboard's pages and their security, through FastAPI's TestClient on
one ledger built once (tests/serve_ledger.py: the sample, texts we wrote, a record of XSS payloads)."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest

pytest.importorskip("fastapi", reason="newsfacts serve needs its extra: pip install -e '.[serve]'")
# one worker runs every serve test (pytest-xdist's loadgroup): the ledger is built once, the browser launched once
pytestmark = pytest.mark.xdist_group("serve")

from fastapi.testclient import TestClient  # noqa: E402
from serve_ledger import HOSTILE_ID, JS_URL, SCRIPT  # noqa: E402

from newsfacts.errors import ConfigurationError  # noqa: E402
from newsfacts.output.columns import DESCRIPTIONS  # noqa: E402
from newsfacts.output.export import KINDS  # noqa: E402
from newsfacts.serve import create_app  # noqa: E402
from newsfacts.serve.app import CSP  # noqa: E402
from newsfacts.serve.highlight import Span, highlight  # noqa: E402


@pytest.fixture(scope="module")
def client(serve_store):
    return TestClient(create_app(serve_store))


def get(client, url, status=200):
    r = client.get(url)
    assert r.status_code == status, r.text[:500]
    return r


# -- the JSON API -------------------------------------------------------------------------------------


def test_figures_filter_sort_and_page_like_the_cli(client, serve_store):
    found = get(client, "/api/figures?country=Bangladesh&event=displaced&order=-value").json()
    values = [r["value"] for r in found["items"]]
    assert found["total"] == len(values) and values == sorted(values, reverse=True)
    assert {12000, 20000, 9000} <= set(values)
    assert all(r["place_country"] == "BGD" and r["event"] == "displaced" for r in found["items"])
    # the same filter as the library's: the store answers the same rows
    assert found["total"] == len(serve_store.figures(country="BGD", event="displaced"))
    first = get(client, "/api/figures?country=BGD&event=displaced&order=-value&limit=1&offset=1").json()
    assert first["total"] == found["total"] and [r["value"] for r in first["items"]] == values[1:2]
    big = get(client, "/api/figures?min_value=15000&category=displacement").json()["items"]
    assert big and all((r["value"] or r["low"]) >= 15000 for r in big)
    said = get(client, "/api/figures?speaker=okafor").json()["items"]
    assert {r["value"] for r in said} == {14, 200}


def test_articles_quotes_places_search_and_one_article(client):
    articles = get(client, "/api/articles?outlet=Example%20Times").json()
    assert [a["title"] for a in articles["items"]] == ["Floods displace 12,000 in Sylhet"]
    dated = get(client, "/api/articles?since=2025-06-05").json()["items"]
    assert {a["title"] for a in dated} >= {"Sylhet flood toll rises"}
    quotes = get(client, "/api/quotes?speaker=rahim").json()["items"]
    assert quotes and quotes[0]["speaker"] == "Rahim Uddin" and "40 shelters" in quotes[0]["quote"]
    places = get(client, "/api/places?country=BGD").json()
    assert places["total"] >= 2 and all(p["country"] == "BGD" for p in places["items"])
    hits = get(client, "/api/search?text=shelters").json()["items"]
    assert hits and all("[shelters]" in h["snippet"].lower() or "[shelter" in h["snippet"].lower() for h in hits)
    one = get(client, f"/api/articles/{articles['items'][0]['id']}").json()
    assert one["text"].startswith("SYLHET") and one["figures"] and one["quotes"] and "updates" in one


def test_conflicts_and_updates_show_both_sides(client):
    conflict = get(client, "/api/conflicts?kind=figure_disagreement").json()["items"][0]
    sides = {c["value"]: c for c in conflict["claims"]}
    assert {12000, 9000} <= set(sides)
    assert sides[9000]["outlet"] == "Daily Example" and "only 9,000" in sides[9000]["sentence"]
    assert sides[12000]["published"] == "2025-06-01" and sides[12000]["sources"] == 1
    updates = get(client, "/api/updates?country=BGD").json()
    assert updates["total"] == 2 and {u["later"]["value"] for u in updates["items"]} == {20000}


def test_map_and_timeline_never_add_up_estimates(client):
    found = get(client, "/api/map?event=displaced").json()
    bgd = next(c for c in found["countries"] if c["country"] == "BGD")
    assert bgd["numeric"] == "050" and bgd["figures"] == 3 and bgd["largest"] == 20000  # the largest, not 41,000
    assert bgd["country_level"] == 0  # all three are in Sylhet: points, not shading
    sylhet = [p for p in found["points"] if p["place"] == "Sylhet"]
    assert sylhet and max(p["largest"] for p in sylhet) == 20000
    line = get(client, "/api/timeline?country=BGD&event=displaced").json()
    assert sorted(p["value"] for p in line["points"]) == [9000, 12000, 20000]
    assert [p["date"] for p in line["points"]] == sorted(p["date"] for p in line["points"])
    assert {u["how"] for u in line["updates"]} == {"rise"}


def test_errors_are_json_with_the_error_types(client):
    assert get(client, "/api/figures?since=last%20week", 400).json()["error"]["type"] == "ConfigurationError"
    assert get(client, "/api/figures?country=Atlantis", 400).json()["error"]["type"] == "ConfigurationError"
    assert get(client, "/api/figures?event=partying", 400).json()["error"]["message"].startswith("unknown event")
    assert get(client, "/api/figures?limit=0", 422).json()["error"]["type"] == "ConfigurationError"
    assert get(client, "/api/figures?min_value=nan", 422).json()["error"]["type"] == "ConfigurationError"
    assert get(client, "/api/articles/no-such-id", 404).json()["error"]["type"] == "NotFound"
    assert get(client, "/api/nothing-here", 404).json()["error"]["type"] == "NotFound"


def test_read_only_by_default(client):
    r = client.post("/api/ingest", content=b"Floods displaced 300 people in Sylhet, officials said.")
    assert r.status_code in (404, 405) and r.json()["error"]["type"] in ("NotFound", "MethodNotAllowed")
    assert "/api/ingest" not in client.get("/openapi.json").json()["paths"]
    with pytest.raises(ConfigurationError, match="--token"):
        create_app(":memory:", allow_ingest=True)


def test_ingest_needs_the_token_and_a_small_body(tmp_path):
    app = create_app(str(tmp_path / "w.db"), allow_ingest=True, token="s3cret", max_body=2000)
    c = TestClient(app)
    text = b"SYLHET: Floods displaced 300 people in Sylhet on Monday, officials said.\n"
    assert c.post("/api/ingest", content=text).status_code == 401
    assert c.post("/api/ingest", content=text, headers={"Authorization": "Bearer wrong"}).json()["error"]["type"] == "Unauthorized"
    big = c.post("/api/ingest", content=b"x" * 2001, headers={"Authorization": "Bearer s3cret"})
    assert big.status_code == 413 and big.json()["error"]["type"] == "PayloadTooLarge"
    ok = c.post("/api/ingest?date=2025-06-02", content=text, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200 and ok.json()["articles_added"] == 1
    assert [r["value"] for r in c.get("/api/figures").json()["items"]] == [300]


# -- exports ------------------------------------------------------------------------------------------------


def test_exports_download_exactly_the_figures_asked_for(client):
    shown = get(client, "/api/figures?country=BGD&order=-value&limit=3").json()["items"]
    r = get(client, "/api/export?format=csv&country=BGD&order=-value&limit=3")
    assert r.headers["content-disposition"] == 'attachment; filename="newsfacts-figures.csv"'
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["figure_id"] for row in rows] == [s["figure_id"] for s in shown]
    hxl = list(csv.reader(io.StringIO(get(client, "/api/export?format=hxl&country=BGD&order=-value&limit=3").text)))
    assert hxl[1][0] == "#meta+id" and [row[0] for row in hxl[2:]] == [s["figure_id"] for s in shown]
    lines = get(client, "/api/export?format=jsonl&country=BGD").text.splitlines()
    assert len(lines) == get(client, "/api/figures?country=BGD").json()["total"]
    geo = get(client, "/api/export?format=geojson&event=fled").json()
    assert geo["type"] == "FeatureCollection" and all(f["geometry"]["type"] == "Point" for f in geo["features"])
    quotes = get(client, "/api/export?format=csv&kind=quotes&speaker=rahim").text
    assert "Rahim Uddin" in quotes


def test_xlsx_first_sheet_explains_every_column(client, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    r = get(client, "/api/export?format=xlsx&country=BGD")
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats")
    path = tmp_path / "f.xlsx"
    path.write_bytes(r.content)
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == ["columns", "figures"]
    about = [row for row in book["columns"].iter_rows(values_only=True) if row and row[0]]
    described = {name: text for name, text in about[1:]}
    data = list(book["figures"].iter_rows(values_only=True))
    assert list(data[0]) == list(KINDS["figures"].columns) and all(described[c] for c in data[0])
    assert len(data) - 1 == get(client, "/api/figures?country=BGD").json()["total"]
    hostile = next(row for row in data[1:] if row[1] == HOSTILE_ID)
    assert not any(isinstance(v, str) and v.startswith("=") for v in hostile)


def test_every_export_column_has_its_description():
    for name, kind in KINDS.items():
        missing = [c for c in kind.columns if not DESCRIPTIONS[name].get(c)]
        assert not missing, f"{name}: {missing}"


def test_export_command_writes_xlsx(serve_db, tmp_path):
    from click.testing import CliRunner

    from newsfacts.cli import cli

    out = tmp_path / "figures.xlsx"
    res = CliRunner().invoke(cli, ["export", "--db", serve_db, "--format", "xlsx", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_bytes()[:2] == b"PK" and "exported" in res.stderr
    refused = CliRunner().invoke(cli, ["export", "--db", serve_db, "--format", "xlsx"])
    assert refused.exit_code != 0


# -- the dashboard and its security ------------------------------------------------------------------------

PAGES = ["/", "/figures", "/figures?country=BGD&order=-value", "/map", "/timeline?country=BGD&event=displaced",
         "/articles", f"/articles/{HOSTILE_ID}", "/conflicts", "/search?text=hostile", "/docs"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_send_the_csp_and_no_inline_script_or_outside_url(client, url):
    r = get(client, url)
    assert r.headers["content-security-policy"] == CSP and "unsafe-inline" not in CSP.split("script-src")[1].split(";")[0]
    assert r.headers["x-content-type-options"] == "nosniff"
    tags = Tags()
    tags.feed(r.text)
    assert not [t for t, a in tags.found if t == "script" and not (a.get("src") or "").startswith("/static/")]
    assert not [(t, a) for t, a in tags.found if any(name.startswith("on") for name in a)], "an inline event handler"
    assert not [t for t, a in tags.found if "style" in a or t == "style"], "an inline style"
    links = [a.get("href") or a.get("src") or "" for _, a in tags.found]
    outside = [u for u in links if re.match(r"(?i)\s*([a-z][a-z0-9+.-]*:|//)", u) and not u.startswith("https://example.org/")]
    assert not outside, outside


class Tags(HTMLParser):
    """Every start tag of a page with its attributes, as a browser's parser reads them."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def test_payloads_render_as_text_everywhere(client):
    pages = [f"/articles/{HOSTILE_ID}", "/figures", "/articles", "/conflicts", "/search?text=hostile",
             "/timeline?country=BGD&event=fled", "/figures?speaker=img"]
    for url in pages:
        html = get(client, url).text
        assert "<script>window.__xss" not in html, url
        assert "<img src=x" not in html, url
        tags = Tags()
        tags.feed(html)
        assert not [t for t, _ in tags.found if t == "img"], url
        assert not [a for _, a in tags.found if "javascript:" in (a.get("href") or "").lower()], url
    reader = get(client, f"/articles/{HOSTILE_ID}").text
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt; Hostile" in reader  # the title, as text
    assert JS_URL in reader and f'href="{JS_URL}"' not in reader  # the URL shown, not linked
    assert "&#34;&gt;&lt;img src=x onerror=" in reader  # the speaker's name, as text
    assert json.loads(get(client, f"/api/articles/{HOSTILE_ID}").text)["title"].startswith(SCRIPT)


def test_the_reader_marks_facts_from_their_offsets(client, serve_store):
    article = serve_store.articles(outlet="Daily Example", with_facts=True)[0]
    html = get(client, f"/articles/{article.id}").text
    for f in article.figures:
        assert f'href="#figure-{f.start}-{f.end}"' in html and f'id="figure-{f.start}-{f.end}"' in html
    assert re.search(r'<a class="hl[^"]*hl-figure[^"]*" href="#figure-\d+-\d+" title="[^"]*">20,000</a>', html)


def test_highlight_escapes_then_marks_overlapping_spans():
    text = 'He said "<b>5 & 6</b>" then left.'
    q = text.index('"')
    spans = [Span(q, text.index(" then"), "quote", "quote-1"), Span(text.index("5"), text.index("5") + 5, "figure", "figure-1")]
    html = str(highlight(text, spans))
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    assert '<a class="hl hl-figure hl-quote" href="#figure-1"' in html and 'href="#quote-1"' in html
    assert html.startswith("He said ") and html.endswith(" then left.")
    assert str(highlight("abc", [Span(2, 99, "figure", "x"), Span(-1, 1, "date", "y")])) == "abc"


def test_static_files_only_from_the_fixed_folder(client):
    assert get(client, "/static/vendor/leaflet/leaflet.js").headers["content-type"].startswith(("text/javascript", "application/javascript"))
    for url in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static//etc/passwd",
                "/static/../../../../etc/passwd"):
        r = client.get(url)
        assert r.status_code == 404 and "create_app" not in r.text and "root:" not in r.text, url
    routes = [getattr(r, "path", "") for r in client.app.routes]
    assert not any("{" in p and "path" in p.split("{", 1)[1] for p in routes), routes


def test_openapi_lists_the_routes(client):
    schema = get(client, "/openapi.json").json()
    assert {"/api/articles", "/api/articles/{article_id}", "/api/figures", "/api/quotes", "/api/places",
            "/api/conflicts", "/api/updates", "/api/search", "/api/export", "/api/map", "/api/timeline"} <= set(schema["paths"])
    assert "/figures" not in schema["paths"]  # the pages are not API


def test_article_search_without_a_word_finds_nothing_instead_of_failing(client, serve_store):
    # found by schemathesis: FTS5 refused the empty query that ":" became
    assert get(client, "/api/articles?search=%3A").json() == {"total": 0, "limit": 50, "offset": 0, "items": []}
    assert serve_store.articles(text="-- :") == []


def test_a_nul_in_the_query_is_a_configuration_error(client):
    r = get(client, "/api/figures?speaker=a%00b", 400)
    assert r.json()["error"]["type"] == "ConfigurationError" and r.headers["content-security-policy"] == CSP


def test_the_store_pages_counts_orders_and_lists_places_on_both_backends(db_url):
    """What the API pages with, in SQL on SQLite and PostgreSQL: offset, count, the figures' order, places."""
    from dataclasses import replace

    from serve_ledger import hostile_article

    from newsfacts.store import open_store

    base = hostile_article()
    figure = base.figures[0]
    articles = [replace(base, id=f"a{n}", published=f"2025-06-0{n + 1}",
                        figures=(replace(figure, value=float(1000 * (n + 1))),)) for n in range(3)]
    with open_store(db_url) as store:
        store.ingest(articles, source_label="test")
        assert store.count("figures") == 3 and store.count("articles", since="2025-06-02") == 2
        assert [s.figure.value for s in store.figures(order="-value")] == [3000, 2000, 1000]
        assert [s.figure.value for s in store.figures(order="value", limit=1, offset=1)] == [2000]
        assert [a.id for a in store.articles(limit=2, offset=1)] == ["a1", "a2"]
        assert [a.id for a in store.articles(ids=["a2", "a0"])] == ["a0", "a2"]
        places = store.places(country="BGD")
        assert len(places) == 3 and places[0][1].precision == "city" and store.count("places", country="BGD") == 3
        assert store.count("quotes") == 3 and store.count("conflicts") == len(store.conflicts())
        assert store.count("updates", country="BGD") == len(store.updates(country="BGD")) > 0
        assert store.articles(text=":") == []
        with pytest.raises(ConfigurationError, match="unknown order"):
            store.figures(order="colour")


def test_serve_binds_this_machine_only_by_default():
    from newsfacts.cli import cli

    params = {p.name: p for p in cli.commands["serve"].params}
    assert params["host"].default == "127.0.0.1" and params["allow_ingest"].is_flag


def test_templates_and_static_files_ship_in_the_package():
    """A non-editable install has every template and static file: pyproject's package-data covers them."""
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    patterns = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["newsfacts"]
    package = root / "newsfacts"
    shipped = {p for pattern in patterns for p in package.glob(pattern) if p.is_file()}
    files = {p for p in (package / "serve").rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")}
    assert files and not files - shipped, sorted(str(p.relative_to(package)) for p in files - shipped)


def test_the_figures_page_filters_by_the_figures_own_dates(client):
    html = get(client, "/figures?country=BGD&event=displaced&since=2025-06-05&on=event").text
    assert '<span id="figure-count">1</span>' in html  # only the 20,000 is dated (Tuesday, 2025-06-10)
    assert '<option value="event" selected>' in html


def test_pages_of_figures_link_to_the_next_and_previous(client):
    first = get(client, "/figures?category=displacement&limit=2").text
    assert 'rel="next" href="?category=displacement&amp;limit=2&amp;offset=2"' in first
    second = get(client, "/figures?category=displacement&limit=2&offset=2").text
    assert "showing 3–4" in second and 'href="?category=displacement&amp;limit=2">← previous' in second
