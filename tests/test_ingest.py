"""Readers: sniffing by content, and what each reader makes of good, bad and hostile input.

Every fixture here is text we wrote for these tests.
"""

from __future__ import annotations

import io
import json
import time

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsfacts import ingest
from newsfacts.ingest import READERS, RawDocument, jsonl, warc, webpage
from newsfacts.records import Failure

# --- fixtures we wrote -------------------------------------------------------------------------

STORY = [
    "RIVERTON: The ferry linking Riverton and the east bank resumed service on Tuesday after a "
    "two-week pause for repairs, the harbour office said.",
    '"We carried about 340 passengers on the first day," harbour master Elin Varga told reporters, '
    "adding that timetables would return to normal by the weekend.",
    "Local traders said the closure had cost them customers, and several asked the council for help "
    "with the losses they had borne while the boats stood idle at the quay.",
]


def page(
    head_extra: str = "", paragraphs: list[str] | None = None, title: str = "Riverton ferry resumes service"
) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in (STORY if paragraphs is None else paragraphs))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title}</title>
{head_extra}
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1>
{body}
</article>
<footer>All rights reserved.</footer>
</body></html>"""


DATED_HEAD = """<link rel="canonical" href="https://courier.example.org/news/ferry-resumes">
<meta property="og:site_name" content="The Valley Courier">
<meta property="article:published_time" content="2023-11-14T08:30:00+05:00">"""

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<title>Valley Courier - Latest</title><link>https://courier.example.org/</link>
<item><title>Ferry resumes service</title><link>https://courier.example.org/news/ferry</link>
<guid isPermaLink="false">vc-1001</guid><pubDate>Tue, 14 Nov 2023 01:30:00 +0500</pubDate>
<description>&lt;p&gt;The ferry resumed service on Tuesday.&lt;/p&gt;&lt;p&gt;About 340 passengers crossed.&lt;/p&gt;</description>
</item>
<item><title>Council meets on budget</title><link>https://courier.example.org/news/budget</link>
<guid>vc-1002</guid><pubDate>Wed, 15 Nov 2023 09:00:00 GMT</pubDate>
<description><![CDATA[<p>The council met to discuss the budget.<br/>No decision was taken.</p><script>alert(1)</script>]]></description>
</item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Harbour Notes</title><id>urn:hn</id><updated>2023-11-15T10:00:00Z</updated>
<entry><title type="html">Boats &lt;em&gt;return&lt;/em&gt;</title><id>urn:hn:1</id>
<link href="https://notes.example.net/1"/>
<published>2023-11-13T23:30:00-04:00</published><updated>2023-11-14T10:00:00Z</updated>
<content type="html">&lt;p&gt;Boats returned to the quay.&lt;/p&gt;&lt;p&gt;The storm had passed.&lt;/p&gt;</content>
</entry>
<entry><title>Storm warning</title><id>urn:hn:2</id><link href="https://notes.example.net/2"/>
<updated>2023-11-15T06:00:00Z</updated><summary>A storm warning was issued for the coast.</summary>
</entry>
</feed>"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://notes.example.net/"><title>Notes</title></channel>
</rdf:RDF>"""

BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY l0 "ha">\n'
    + b"".join(b'<!ENTITY l%d "' % i + b"&l%d;" % (i - 1) * 10 + b'">\n' for i in range(1, 10))
    + b']>\n<rss version="2.0"><channel><title>&l9;</title>'
    b"<item><title>&l9;</title><description>&l9;</description></item></channel></rss>"
)

JSONL = (
    b'{"id": "a-1", "text": "The ferry resumed service.", "title": "Ferry", "url": "https://c.example/1",'
    b' "published": "2023-11-14", "source": "Valley Courier"}\n'
    b'{"id": "a-2", "text": "cut off\n'
    b"\n"
    b'{"id": 3, "text": "The council met.", "published": "2023-11-15T23:30:00-04:00",'
    b' "source": {"outlet": "Harbour Notes", "url": "https://notes.example.net/3"}}\n'
)

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
TEXT = b"Ferry resumes\n\nRIVERTON: The ferry resumed service on Tuesday, officials said.\n"


def build_warc(records: list[tuple[str, str, bytes, StatusAndHeaders | None]], gzip: bool = True) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for uri, kind, payload, http in records:
        record = writer.create_warc_record(
            uri,
            kind,
            payload=io.BytesIO(payload),
            http_headers=http,
            warc_headers_dict={"WARC-Date": "2020-01-02T03:04:05Z"},
        )
        writer.write_record(record)
    return buffer.getvalue()


def response(content_type: str, status: str = "200 OK") -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")


def request(path: str) -> StatusAndHeaders:
    return StatusAndHeaders(f"GET {path} HTTP/1.1", [("Host", "courier.example.org")], is_http_request=True)


FERRY_URL = "https://courier.example.org/news/ferry"


def news_warc(gzip: bool = True) -> bytes:
    return build_warc(
        [
            (FERRY_URL, "request", b"", request("/news/ferry")),
            (FERRY_URL, "response", page().encode(), response("text/html; charset=utf-8")),
            ("https://courier.example.org/logo.png", "response", PNG, response("image/png")),
            (
                "https://courier.example.org/gone",
                "response",
                page().encode(),
                response("text/html", "404 Not Found"),
            ),
        ],
        gzip=gzip,
    )


def reader_for(data: bytes, name: str) -> str:
    head = data[: ingest.SNIFF_BYTES]
    return next(r for r in READERS if r.sniff(head, name)).name


def documents(items: list) -> list[RawDocument]:
    return [item for item in items if isinstance(item, RawDocument)]


def failures(items: list) -> list[Failure]:
    return [item for item in items if isinstance(item, Failure)]


# --- sniffing ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (page().encode(), "page.html", "html"),
        (page().encode(), "page.txt", "html"),
        (b"\xef\xbb\xbf  <!-- saved copy -->\n<html><body><p>Hi</p></body></html>", "x", "html"),
        (b"<head><title>A page</title></head><body>text</body>", "noname", "html"),
        (
            b'<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">\n<html>',
            "x",
            "html",
        ),
        (b"<div><p>A saved fragment</p></div>", "fragment.html", "html"),
        (b"<div><p>A saved fragment</p></div>", "fragment.txt", "text"),
        (RSS, "latest.txt", "feed"),
        (ATOM, "atom", "feed"),
        (RDF, "rdf", "feed"),
        (BILLION_LAUGHS, "lol.xml", "feed"),
        (ATOM.decode().encode("utf-16"), "atom16.xml", "feed"),
        (news_warc(gzip=True), "crawl.bin", "warc"),
        (news_warc(gzip=False), "crawl.bin", "warc"),
        (JSONL, "items.txt", "jsonl"),
        (b'{"text": "' + b"x" * 5000 + b'"}\n', "long.jsonl", "jsonl"),
        (b'{"text": "' + b"x" * 5000 + b'"}\n', "long.txt", "text"),
        (b'{\n  "text": "pretty-printed JSON is not JSONL"\n}\n', "x.jsonl", "text"),
        (TEXT, "story.html", "text"),
        (b'<?xml version="1.0"?><note>not a feed</note>', "note.xml", "text"),
        (PNG, "image.png", "text"),
        (b"", "empty", "text"),
    ],
)
def test_sniff_picks_the_reader_by_content(data: bytes, name: str, expected: str) -> None:
    assert reader_for(data, name) == expected


def test_gzip_that_is_not_a_warc_is_not_sniffed_as_warc() -> None:
    import gzip

    assert not warc.sniff(gzip.compress(b"<html><body>x</body></html>"), "page.html.gz")
    assert not warc.sniff(b"\x1f\x8b\x08garbage", "x.warc.gz")


# --- HTML ----------------------------------------------------------------------------------------


def test_html_page_gives_text_title_canonical_url_outlet_and_stated_date() -> None:
    (doc,) = ingest.read_bytes(page(DATED_HEAD).encode(), "saved/page.txt")
    assert isinstance(doc, RawDocument)
    assert doc.title == "Riverton ferry resumes service"
    assert doc.url == "https://courier.example.org/news/ferry-resumes"
    assert doc.published == "2023-11-14"
    assert doc.segment is False
    assert doc.source.path == "saved/page.txt"
    assert doc.source.url == doc.url
    assert doc.source.outlet == "The Valley Courier"
    assert doc.source.kind == "html"
    assert STORY[0] in doc.text and STORY[2] in doc.text
    assert f"{STORY[0]}\n\n{STORY[1]}" in doc.text  # paragraphs separated by a blank line
    assert "All rights reserved" not in doc.text and "Sport" not in doc.text


def test_html_page_without_a_date_has_no_published_date() -> None:
    head = '<link rel="canonical" href="https://courier.example.org/news/ferry-resumes">'
    doc = webpage.page_to_document(page(head), "page.html")
    assert doc.published is None
    assert doc.source.outlet == "courier.example.org"  # no site name: the host of the URL


def test_html_page_honours_its_meta_charset() -> None:
    html = page(paragraphs=[*STORY, "The caf\u00e9 on the quay reopened too."]).replace(
        '<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    )
    doc = webpage.page_to_document(html.encode("cp1252"), "page.html")
    assert "caf\u00e9 on the quay" in doc.text


def test_html_page_with_a_bad_byte_is_decoded_with_replacement() -> None:
    html = page(paragraphs=[*STORY, "A stray byte \x00here."]).encode().replace(b"\x00", b"\xff")
    doc = webpage.page_to_document(html, "page.html")
    assert "A stray byte \ufffdhere." in doc.text


def test_html_page_without_article_text_fails_clearly() -> None:
    html = b"<!DOCTYPE html><html><head><title>Nothing</title></head><body></body></html>"
    (failure,) = ingest.read_bytes(html, "blank.html")
    assert failure == Failure(source="blank.html", reason="no article text found in the HTML page")


def test_html_page_over_the_size_limit_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFACTS_MAX_HTML_BYTES", "200")
    (failure,) = ingest.read_bytes(page().encode(), "big.html")
    assert isinstance(failure, Failure)
    assert failure.source == "big.html" and "limit" in failure.reason


# --- feeds ---------------------------------------------------------------------------------------


def test_rss_feed_gives_one_document_per_item() -> None:
    items = list(ingest.read_bytes(RSS, "latest.xml"))
    assert [d.title for d in items] == ["Ferry resumes service", "Council meets on budget"]
    first, second = items
    assert first.text == "The ferry resumed service on Tuesday.\n\nAbout 340 passengers crossed."
    assert first.url == first.source.url == "https://courier.example.org/news/ferry"
    assert first.source.id == "vc-1001"
    assert first.source.outlet == "Valley Courier - Latest"
    assert first.source.path == "latest.xml" and first.source.kind == "feed"
    assert first.published == "2023-11-14"  # the date as the feed states it, not shifted to UTC
    assert second.text == "The council met to discuss the budget.\n\nNo decision was taken."  # no script
    assert second.published == "2023-11-15"
    assert not any(d.segment for d in items)


def test_atom_feed_gives_one_document_per_entry() -> None:
    first, second = ingest.read_bytes(ATOM, "notes.atom")
    assert first.title == "Boats return"
    assert first.text == "Boats returned to the quay.\n\nThe storm had passed."
    assert first.url == "https://notes.example.net/1"
    assert first.source.id == "urn:hn:1" and first.source.outlet == "Harbour Notes"
    assert first.published == "2023-11-13"  # published wins over updated
    assert second.text == "A storm warning was issued for the coast."  # summary when there is no content
    assert second.published == "2023-11-15"  # updated when there is no published date


def test_feed_entry_without_text_fails_and_the_others_go_on() -> None:
    data = RSS.replace(
        b"</channel>", b"<item><title>Empty</title><guid>vc-1003</guid><description/></item></channel>"
    )
    items = list(ingest.read_bytes(data, "latest.xml"))
    assert len(documents(items)) == 2
    assert failures(items) == [Failure(source="latest.xml#vc-1003", reason="the feed entry has no text")]


@pytest.mark.parametrize(
    "data",
    [
        BILLION_LAUGHS,
        BILLION_LAUGHS.decode().encode("utf-16"),
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>'
        b"<rss><channel><item><description>&secret;</description></item></channel></rss>",
    ],
    ids=["billion-laughs", "billion-laughs-utf16", "external-entity"],
)
def test_feed_with_entity_declarations_is_refused_unexpanded(data: bytes) -> None:
    started = time.perf_counter()
    items = list(ingest.read(["-"], stdin=data))
    assert time.perf_counter() - started < 2
    assert items == [Failure(source="<stdin>", reason="XML entity declarations are not allowed")]


def test_feed_that_cannot_be_parsed_fails() -> None:
    (failure,) = ingest.read_bytes(b'<?xml version="1.0"?>\n<rss version="2.0"><chan', "broken.xml")
    assert isinstance(failure, Failure) and failure.source == "broken.xml"
    assert failure.reason.startswith("not a readable feed")


def test_feed_without_entries_fails() -> None:
    (failure,) = ingest.read_bytes(RDF, "notes.rdf")
    assert failure == Failure(source="notes.rdf", reason="the feed has no entries")


# --- WARC ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_warc_reads_only_html_responses(gzip: bool) -> None:
    items = list(ingest.read_bytes(news_warc(gzip), "crawl.warc.gz"))
    (doc,) = items  # no document for the request, the image or the 404, and no failure either
    assert isinstance(doc, RawDocument)
    assert doc.url == doc.source.url == FERRY_URL
    assert doc.source.kind == "warc" and doc.source.path is None
    assert doc.source.id and doc.source.id.startswith("<urn:uuid:")  # the WARC-Record-ID
    assert doc.published is None  # WARC-Date is the crawl date, not a publication date
    assert doc.title == "Riverton ferry resumes service"
    assert STORY[1] in doc.text


def test_warc_record_that_fails_is_named_and_the_others_go_on() -> None:
    empty = b"<!DOCTYPE html><html><head><title>x</title></head><body></body></html>"
    data = build_warc(
        [
            ("https://courier.example.org/empty", "response", empty, response("text/html")),
            (FERRY_URL, "response", page(DATED_HEAD).encode(), response("application/xhtml+xml")),
        ]
    )
    failure, doc = ingest.read_bytes(data, "crawl.warc.gz")
    assert failure == Failure(
        source="crawl.warc.gz#https://courier.example.org/empty",
        reason="no article text found in the HTML page",
    )
    assert doc.published == "2023-11-14"  # stated by the page
    assert doc.url == "https://courier.example.org/news/ferry-resumes"  # the page's canonical URL


def test_warc_uses_the_http_charset() -> None:
    html = page(paragraphs=[*STORY, "The caf\u00e9 reopened."]).replace('<meta charset="utf-8">', "")
    data = build_warc(
        [(FERRY_URL, "response", html.encode("cp1252"), response("text/html; charset=windows-1252"))]
    )
    (doc,) = ingest.read_bytes(data, "crawl.warc.gz")
    assert "caf\u00e9 reopened" in doc.text


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_truncated_warc_keeps_what_was_read_and_fails_for_the_rest(gzip: bool) -> None:
    first = (FERRY_URL, "response", page().encode(), response("text/html"))
    second = ("https://courier.example.org/news/two", "response", page().encode(), response("text/html"))
    whole = build_warc([first, second], gzip=gzip)
    one = build_warc([first], gzip=gzip)
    for cut in (len(one) + 40, len(one) + 200, len(whole) - 300):
        items = list(ingest.read_bytes(whole[:cut], "crawl.warc"))
        assert [type(i) for i in items] == [RawDocument, Failure], cut
        assert items[0].url == FERRY_URL
        assert items[1].source == "crawl.warc" and "truncated or corrupt" in items[1].reason


# --- JSONL ---------------------------------------------------------------------------------------


def test_jsonl_keeps_good_lines_in_order_and_names_the_bad_line() -> None:
    items = list(ingest.read_bytes(JSONL, "items.jsonl"))
    assert [type(i) for i in items] == [RawDocument, Failure, RawDocument]
    first, failure, second = items
    assert failure.source == "items.jsonl:2" and failure.reason.startswith("not JSON")
    assert first.text == "The ferry resumed service." and first.title == "Ferry"
    assert first.source.id == "a-1" and first.source.outlet == "Valley Courier"
    assert first.url == first.source.url == "https://c.example/1"
    assert first.published == "2023-11-14"
    assert first.source.path == "items.jsonl" and first.source.kind == "jsonl" and not first.segment
    assert second.source.id == "3"
    assert second.source.outlet == "Harbour Notes" and second.url == "https://notes.example.net/3"
    assert second.published == "2023-11-15"  # the date as written, not shifted to UTC


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"[1, 2]", "not a JSON object but a list"),
        (b'{"title": "no text"}', 'no "text": each line needs a non-empty string "text"'),
        (b'{"text": "   "}', 'no "text": each line needs a non-empty string "text"'),
        (b'{"text": 42}', 'no "text": each line needs a non-empty string "text"'),
        (b"[" * 100_000, "not readable JSON: nested too deeply"),
        (b'{"text": "caf\xe9"}', "not UTF-8 text"),
    ],
)
def test_jsonl_bad_line_reasons(line: bytes, reason: str) -> None:
    data = b'{"text": "A good line."}\n' + line + b'\n{"text": "Another good line."}'
    items = list(jsonl.read(data, "x.jsonl"))
    assert [d.text for d in documents(items)] == ["A good line.", "Another good line."]
    assert failures(items) == [Failure(source="x.jsonl:2", reason=reason)]


def test_jsonl_line_over_the_limit_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFACTS_MAX_JSONL_LINE_BYTES", "100")
    data = json.dumps({"text": "word " * 50}).encode() + b'\n{"text": "short"}\n'
    failure, doc = jsonl.read(data, "x.jsonl")
    assert failure.source == "x.jsonl:1" and "limit" in failure.reason
    assert doc.text == "short"


def test_jsonl_invalid_published_date_is_dropped_not_the_article() -> None:
    (doc,) = jsonl.read(b'{"text": "A story.", "published": "last Tuesday"}', "x.jsonl")
    assert doc.text == "A story." and doc.published is None


# --- the ingest entry point ----------------------------------------------------------------------


def test_binary_and_empty_files_fail_through_read(tmp_path) -> None:
    (tmp_path / "image.png").write_bytes(PNG)
    (tmp_path / "empty.txt").write_bytes(b"")
    items = list(ingest.read([tmp_path / "image.png", tmp_path / "empty.txt"]))
    assert [type(i) for i in items] == [Failure, Failure]
    assert items[0].source.endswith("image.png") and "binary" in items[0].reason
    assert items[1].source.endswith("empty.txt") and items[1].reason == "empty input"


def test_directory_of_mixed_inputs(tmp_path) -> None:
    (tmp_path / "a_page.txt").write_text(page(DATED_HEAD), encoding="utf-8")
    (tmp_path / "b_feed.xml").write_bytes(RSS)
    (tmp_path / "c_items.jsonl").write_bytes(JSONL)
    (tmp_path / "d_crawl.warc.gz").write_bytes(news_warc())
    (tmp_path / "e_image.png").write_bytes(PNG)
    (tmp_path / "f_dump.txt").write_bytes(TEXT)
    (tmp_path / ".hidden.txt").write_bytes(TEXT)
    items = list(ingest.read([tmp_path]))
    kinds = [i.source.kind if isinstance(i, RawDocument) else "failure" for i in items]
    assert kinds == ["html", "feed", "feed", "jsonl", "failure", "jsonl", "warc", "failure", "text"]
    assert items[4].source.endswith("c_items.jsonl:2")
    assert items[7].source.endswith("e_image.png")
    assert items[-1].segment is True


def test_stdin() -> None:
    (doc,) = ingest.read(["-"], stdin=TEXT)
    assert doc.source.path == "<stdin>" and doc.source.kind == "text"
    items = list(ingest.read(["-"], stdin=JSONL))
    assert [type(i) for i in items] == [RawDocument, Failure, RawDocument]
    assert items[1].source == "<stdin>:2"


def test_feed_reader_never_treats_bytes_as_a_path(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    # feedparser opens a bytes argument as a file name when it can; we hand it a stream instead
    monkeypatch.chdir(tmp_path)
    name = b'<rss version="2.0">'
    (tmp_path / name.decode()).write_bytes(RSS)
    (failure,) = ingest.read_bytes(name, "tiny.xml")
    assert isinstance(failure, Failure) and failure.reason.startswith("not a readable feed")
