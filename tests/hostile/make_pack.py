"""The hostile-input pack: named fixtures, generated (nothing large is stored in git).

    python tests/hostile/make_pack.py OUT_DIR          # writes every fixture under OUT_DIR/<name>/
    python tests/hostile/make_pack.py OUT_DIR --list   # names, expectations and time limits

Each ``Fixture`` writes its input (a file, several files, a FIFO, a symlink loop ...) into its own
folder and returns the path handed to ``newsfacts extract``. ``tests/test_hostile.py`` runs each one
beside ``good.txt`` (stored here) in the same run and checks the result: see its docstring.

``expect`` is what a fixed newsfacts does with it:
- ``"error"``: a one-line error naming it on stderr (it is refused);
- ``"article"``: at least one article from it in the output (it is read, perhaps flagged);
- ``"any"``: one or the other, never silence and never a crash.
``finding`` is the number of the finding in issue 14 the fixture shows (when that finding is open on
a branch, the test is marked xfail with it).
"""

from __future__ import annotations

import gzip
import os
import random
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOOD = HERE / "good.txt"
GOOD_TITLE = "Hostile pack control: river ferry service resumes in Kestrel Bay"
SECRET = "HOSTILE-SECRET-7f3a9c"  # written to secret.txt; must never appear in any output

Builder = Callable[[Path], Path]


@dataclass(frozen=True)
class Fixture:
    name: str
    build: Builder
    expect: str = "any"  # "error" | "article" | "any"
    timeout: float = 20.0  # seconds for the whole run (the interpreter and spaCy load take 2-4 s)
    finding: int | None = None
    slow: bool = False
    args: tuple[str, ...] = ()
    forbid: tuple[str, ...] = ()  # strings that must not appear in stdout or stderr
    root_skips: bool = False  # meaningless when run as root (permissions)
    note: str = ""
    tags: tuple[str, ...] = field(default=())


FIXTURES: list[Fixture] = []


def fixture(name: str, **kw) -> Callable[[Builder], Builder]:
    def register(build: Builder) -> Builder:
        FIXTURES.append(Fixture(name, build, **kw))
        return build

    return register


# ----------------------------------------------------------------------------------------- building blocks

PARAGRAPHS = [
    "The regional council said on Monday that 1,240 families had been moved from low-lying villages near "
    "the Marrow River after three days of heavy rain flooded roads and cut power to the district.",
    "\u201cWe are doing everything we can to reach the people who are still cut off,\u201d said Elena Varga, "
    "the council's emergency coordinator, adding that boats had been sent to two villages.",
    "Aid groups said shelters in the town of Dunmore were full and asked for tents, blankets and clean "
    "water before temperatures fall later in the week.",
]
ARTICLE_TEXT = "\n\n".join(PARAGRAPHS)


def _dir(root: Path, name: str) -> Path:
    d = root / name
    d.mkdir(parents=True, exist_ok=True)
    return d


def _write(root: Path, name: str, filename: str, data: bytes | str) -> Path:
    path = _dir(root, name) / filename
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def secret_file(root: Path) -> Path:
    path = root / "secret.txt"
    if not path.exists():
        path.write_text(SECRET + "\n", encoding="utf-8")
    return path


def html_page(body_paragraphs: list[str] | None = None, head: str = '<meta charset="utf-8">',
              title: str = "Floods force families from river villages", doctype: str = "<!DOCTYPE html>") -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in (body_paragraphs or PARAGRAPHS))
    return (f"{doctype}\n<html><head>{head}<title>{title}</title></head>\n<body><article><h1>{title}</h1>\n"
            f"{paras}\n</article></body></html>\n")


def rss(items: str, prolog: str = '<?xml version="1.0" encoding="utf-8"?>') -> str:
    return (f"{prolog}\n<rss version=\"2.0\"><channel><title>Hostile Wire</title>"
            f"<link>http://example.org/</link><description>x</description>\n{items}\n</channel></rss>\n")


def rss_item(title: str = "Floods force families from river villages", description: str | None = None,
             pub_date: str = "Tue, 02 Dec 2025 10:00:00 +0000", link: str = "http://example.org/floods") -> str:
    desc = description if description is not None else " ".join(PARAGRAPHS).replace("&", "&amp;")
    return (f"<item><title>{title}</title><link>{link}</link><pubDate>{pub_date}</pubDate>"
            f"<description>{desc}</description></item>")


def http_response(body: bytes, content_type: bytes = b"text/html; charset=utf-8", status: bytes = b"200 OK",
                  extra: bytes = b"") -> bytes:
    return (b"HTTP/1.1 " + status + b"\r\nContent-Type: " + content_type + b"\r\nContent-Length: "
            + str(len(body)).encode() + b"\r\n" + extra + b"\r\n" + body)


def warc_record(block: bytes, uri: bytes = b"http://example.org/floods", rtype: bytes = b"response",
                length: bytes | None = None, number: int = 1) -> bytes:
    content_type = b"application/http; msgtype=response" if rtype in (b"response", b"request") else b"text/plain"
    headers = [
        b"WARC/1.0",
        b"WARC-Type: " + rtype,
        b"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>" % number,
        b"WARC-Date: 2025-12-02T10:00:00Z",
        b"WARC-Target-URI: " + uri,
        b"Content-Type: " + content_type,
        b"Content-Length: " + (length if length is not None else str(len(block)).encode()),
    ]
    return b"\r\n".join(headers) + b"\r\n\r\n" + block + b"\r\n\r\n"


def good_warc_record(number: int = 1, content_type: bytes = b"text/html; charset=utf-8") -> bytes:
    body = html_page().encode("utf-8")
    return warc_record(http_response(body, content_type), uri=b"http://example.org/floods-%d" % number,
                       number=number)


def jsonl_line(text: str = ARTICLE_TEXT, **extra) -> str:
    import json

    return json.dumps({"id": extra.pop("id", "a1"), "text": text, **extra}, ensure_ascii=False)


def _gzip_stream(path: Path, chunks, level: int = 1) -> None:
    with gzip.open(path, "wb", compresslevel=level) as out:
        for chunk in chunks:
            out.write(chunk)


def _repeat(chunk: bytes, total: int):
    left = total
    while left > 0:
        yield chunk[: min(left, len(chunk))]
        left -= len(chunk)


BILLION_LAUGHS_DTD = """<!DOCTYPE {root} [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>"""


# ------------------------------------------------------------------------------------ XML: feeds and bombs

@fixture("rss_billion_laughs", expect="error")
def _(root: Path) -> Path:
    return _write(root, "rss_billion_laughs", "feed.xml", rss(
        rss_item(description="&lol9;"), prolog='<?xml version="1.0"?>\n' + BILLION_LAUGHS_DTD.format(root="rss")))


@fixture("atom_billion_laughs", expect="error")
def _(root: Path) -> Path:
    return _write(root, "atom_billion_laughs", "feed.atom", (
        '<?xml version="1.0"?>\n' + BILLION_LAUGHS_DTD.format(root="feed")
        + '\n<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>Floods</title>'
        "<id>urn:x:1</id><updated>2025-12-02T10:00:00Z</updated><content>&lol9;</content></entry></feed>\n"))


@fixture("rss_quadratic_blowup", expect="error")
def _(root: Path) -> Path:
    big = "A" * 100_000
    refs = "&big;" * 20_000
    return _write(root, "rss_quadratic_blowup", "feed.xml", rss(
        rss_item(description=refs), prolog=f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY big "{big}">]>'))


@fixture("rss_xxe_file", expect="error", forbid=(SECRET,))
def _(root: Path) -> Path:
    secret = secret_file(root)
    return _write(root, "rss_xxe_file", "feed.xml", rss(
        rss_item(description="&xxe; " + PARAGRAPHS[0]),
        prolog=f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>'))


@fixture("rss_xxe_parameter_entity", expect="error", forbid=(SECRET,))
def _(root: Path) -> Path:
    secret = secret_file(root)
    return _write(root, "rss_xxe_parameter_entity", "feed.xml", rss(
        rss_item(), prolog=f'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>'))


@fixture("rss_xxe_utf16", expect="error", forbid=(SECRET,))
def _(root: Path) -> Path:
    secret = secret_file(root)
    text = rss(rss_item(description="&xxe; " + PARAGRAPHS[0]),
               prolog=f'<?xml version="1.0" encoding="utf-16"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>')
    return _write(root, "rss_xxe_utf16", "feed.xml", text.encode("utf-16"))


@fixture("rss_external_dtd", forbid=(SECRET,))
def _(root: Path) -> Path:
    d = _dir(root, "rss_external_dtd")
    (d / "evil.dtd").write_text(f'<!ENTITY hostile "{SECRET}">\n', encoding="utf-8")
    return _write(root, "rss_external_dtd", "feed.xml", rss(
        rss_item(title="Floods &hostile;", description=" ".join(PARAGRAPHS) + " &hostile;"),
        prolog=f'<?xml version="1.0"?>\n<!DOCTYPE rss SYSTEM "file://{d / "evil.dtd"}">'))


@fixture("rss_external_dtd_http", note="never fetched: a closed local port", forbid=(SECRET,))
def _(root: Path) -> Path:
    return _write(root, "rss_external_dtd_http", "feed.xml", rss(
        rss_item(), prolog='<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//X//Y" "http://127.0.0.1:9/evil.dtd">'))


@fixture("rss_xinclude", forbid=(SECRET,))
def _(root: Path) -> Path:
    secret = secret_file(root)
    return _write(root, "rss_xinclude", "feed.xml", rss(rss_item(
        description=" ".join(PARAGRAPHS) + f' <xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
        f'href="file://{secret}" parse="text"/>')))


@fixture("rss_deep_nesting", timeout=30)
def _(root: Path) -> Path:
    depth = 200_000
    return _write(root, "rss_deep_nesting", "feed.xml", rss(
        rss_item() + "<item><title>deep</title><description>" + "<x>" * depth + "text" + "</x>" * depth
        + "</description></item>"))


@fixture("rss_pubdate_huge_offset", expect="article", finding=1)
def _(root: Path) -> Path:
    return _write(root, "rss_pubdate_huge_offset", "feed.xml",
                  rss(rss_item(pub_date="Tue, 02 Dec 2025 10:00:00 +99999999999999999999")))


@fixture("rss_pubdate_9999_12_31", expect="article", finding=5, note="OverflowError in the conflict finder, as --date 9999-12-31")
def _(root: Path) -> Path:
    return _write(root, "rss_pubdate_9999_12_31", "feed.xml", rss(
        rss_item(pub_date="Fri, 31 Dec 9999 23:59:59 -1400") + rss_item(pub_date="9999-12-31T23:59:59-14:00",
                                                                     link="http://example.org/b")))


@fixture("rss_pubdate_year_0", expect="article")
def _(root: Path) -> Path:
    return _write(root, "rss_pubdate_year_0", "feed.xml", rss(
        rss_item(pub_date="Sat, 00 Jan 0000 00:00:00 +0000") + rss_item(pub_date="-0001-01-01", link="http://e.org/b")))


@fixture("rss_truncated")
def _(root: Path) -> Path:
    text = rss(rss_item() + rss_item(link="http://example.org/b"))
    return _write(root, "rss_truncated", "feed.xml", text[: len(text) * 2 // 3])


@fixture("rss_no_entries", expect="error")
def _(root: Path) -> Path:
    return _write(root, "rss_no_entries", "feed.xml", rss(""))


@fixture("rss_control_characters")
def _(root: Path) -> Path:
    junk = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r")
    return _write(root, "rss_control_characters", "feed.xml", rss(rss_item(description=junk + " ".join(PARAGRAPHS))))


@fixture("atom_deep_html_content", timeout=30)
def _(root: Path) -> Path:
    depth = 50_000
    html = ("&lt;div&gt;" * depth) + " ".join(PARAGRAPHS) + ("&lt;/div&gt;" * depth)
    return _write(root, "atom_deep_html_content", "feed.atom", (
        '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>Floods</title>'
        f'<id>urn:x:1</id><updated>2025-12-02T10:00:00Z</updated><content type="html">{html}</content></entry></feed>\n'))


# ------------------------------------------------------------------------------------------------- HTML

for _label in ("hex", "rot13", "base64", "zlib", "punycode", "idna", "bz2", "uu", "quopri"):
    def _charset_page(root: Path, label: str = _label) -> Path:
        return _write(root, f"html_meta_charset_{label}", "page.html", html_page(head=f'<meta charset="{label}">'))

    FIXTURES.append(Fixture(f"html_meta_charset_{_label}", _charset_page, expect="article", finding=1))


@fixture("html_meta_charset_unknown", expect="article")
def _(root: Path) -> Path:
    return _write(root, "html_meta_charset_unknown", "page.html", html_page(head='<meta charset="x-no-such-charset">'))


@fixture("html_http_equiv_charset_rot13", expect="article", finding=1)
def _(root: Path) -> Path:
    return _write(root, "html_http_equiv_charset_rot13", "page.html",
                  html_page(head='<meta http-equiv="Content-Type" content="text/html; charset=rot13">'))


@fixture("xhtml_encoding_hex", expect="article", finding=1)
def _(root: Path) -> Path:
    return _write(root, "xhtml_encoding_hex", "page.html",
                  '<?xml version="1.0" encoding="hex"?>\n' + html_page(doctype="", head=""))


@fixture("html_xxe", forbid=(SECRET,))
def _(root: Path) -> Path:
    secret = secret_file(root)
    return _write(root, "html_xxe", "page.html", html_page(
        body_paragraphs=["&xxe; " + PARAGRAPHS[0], *PARAGRAPHS[1:]],
        doctype=f'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'))


@fixture("html_billion_laughs")
def _(root: Path) -> Path:
    return _write(root, "html_billion_laughs", "page.html", html_page(
        body_paragraphs=["&lol9; " + PARAGRAPHS[0], *PARAGRAPHS[1:]],
        doctype='<?xml version="1.0"?>\n' + BILLION_LAUGHS_DTD.format(root="html")))


@fixture("html_xinclude", forbid=(SECRET,))
def _(root: Path) -> Path:
    secret = secret_file(root)
    return _write(root, "html_xinclude", "page.html", html_page(body_paragraphs=[
        *PARAGRAPHS, f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{secret}" parse="text"/>']))


@fixture("html_external_dtd", forbid=(SECRET,))
def _(root: Path) -> Path:
    d = _dir(root, "html_external_dtd")
    (d / "evil.dtd").write_text(f'<!ENTITY hostile "{SECRET}">\n', encoding="utf-8")
    return _write(root, "html_external_dtd", "page.html", html_page(
        body_paragraphs=["&hostile; " + PARAGRAPHS[0], *PARAGRAPHS[1:]],
        doctype=f'<?xml version="1.0"?>\n<!DOCTYPE html SYSTEM "file://{d / "evil.dtd"}">'))


@fixture("html_deep_nesting", timeout=40, slow=True)
def _(root: Path) -> Path:
    depth = 100_000
    return _write(root, "html_deep_nesting", "page.html", html_page(
        body_paragraphs=[*PARAGRAPHS, "<div>" * depth + "deep" + "</div>" * depth]))


@fixture("html_giant_line", timeout=40, slow=True)
def _(root: Path) -> Path:
    words = ("flood river family shelter council " * 160_000).strip()  # about 5.6 MB, one line
    return _write(root, "html_giant_line", "page.html", html_page(body_paragraphs=[*PARAGRAPHS, words]).replace("\n", ""))


@fixture("html_over_size_limit", expect="error", timeout=30)
def _(root: Path) -> Path:
    filler = "<p>" + "x" * 1000 + "</p>\n"
    return _write(root, "html_over_size_limit", "page.html", html_page(body_paragraphs=[*PARAGRAPHS, filler * 9_000]))


@fixture("html_huge_attribute")
def _(root: Path) -> Path:
    return _write(root, "html_huge_attribute", "page.html",
                  html_page(head='<meta charset="utf-8"><meta name="description" content="' + "a" * 3_000_000 + '">'))


@fixture("html_remote_resources", expect="article", note="scripts, images and refreshes are never fetched")
def _(root: Path) -> Path:
    return _write(root, "html_remote_resources", "page.html", html_page(head=(
        '<meta charset="utf-8"><meta http-equiv="refresh" content="0; url=http://127.0.0.1:9/x">'
        '<link rel="stylesheet" href="http://127.0.0.1:9/a.css"><script src="http://127.0.0.1:9/a.js"></script>'
        '<base href="http://127.0.0.1:9/">')))


# ------------------------------------------------------------------------------------------------- WARC

@fixture("warc_content_length_huge", finding=1)
def _(root: Path) -> Path:
    return _write(root, "warc_content_length_huge", "crawl.warc",
                  warc_record(http_response(html_page().encode()), length=b"10000000000000000000000000"))


@fixture("warc_content_length_negative")
def _(root: Path) -> Path:
    return _write(root, "warc_content_length_negative", "crawl.warc",
                  warc_record(http_response(html_page().encode()), length=b"-500") + good_warc_record(2))


@fixture("warc_content_length_short", finding=5, note="warcio prints its raw warning")
def _(root: Path) -> Path:
    block = http_response(html_page().encode())
    return _write(root, "warc_content_length_short", "crawl.warc",
                  warc_record(block, length=str(len(block) // 2).encode()) + good_warc_record(2))


@fixture("warc_content_length_long")
def _(root: Path) -> Path:
    block = http_response(html_page().encode())
    return _write(root, "warc_content_length_long", "crawl.warc",
                  good_warc_record(1) + warc_record(block, length=str(len(block) * 50).encode(), number=2))


@fixture("warc_truncated")
def _(root: Path) -> Path:
    data = good_warc_record(1) + good_warc_record(2)
    return _write(root, "warc_truncated", "crawl.warc", data[: len(data) - 700])


@fixture("warc_gz_truncated")
def _(root: Path) -> Path:
    data = gzip.compress(good_warc_record(1)) + gzip.compress(good_warc_record(2))
    return _write(root, "warc_gz_truncated", "crawl.warc.gz", data[: len(data) - 200])


@fixture("warc_http_charset_rot13", expect="article", finding=1)
def _(root: Path) -> Path:
    return _write(root, "warc_http_charset_rot13", "crawl.warc",
                  good_warc_record(1, content_type=b"text/html; charset=rot13"))


@fixture("warc_http_charset_hex", expect="article", finding=1)
def _(root: Path) -> Path:
    return _write(root, "warc_http_charset_hex", "crawl.warc.gz",
                  gzip.compress(good_warc_record(1, content_type=b"text/html; charset=hex")))


@fixture("warc_http_charset_base64_punycode", expect="article", finding=1)
def _(root: Path) -> Path:
    return _write(root, "warc_http_charset_base64_punycode", "crawl.warc",
                  good_warc_record(1, content_type=b"text/html; charset=base64")
                  + good_warc_record(2, content_type=b'text/html; charset="punycode"'))


@fixture("warc_no_html_records", expect="error", finding=5)
def _(root: Path) -> Path:
    info = warc_record(b"software: hostile\r\n", uri=b"", rtype=b"warcinfo")
    request = warc_record(b"GET /floods HTTP/1.1\r\nHost: example.org\r\n\r\n", rtype=b"request", number=2)
    pdf = warc_record(http_response(b"%PDF-1.4 ...", content_type=b"application/pdf"), number=3)
    return _write(root, "warc_no_html_records", "crawl.warc", info + request + pdf)


@fixture("warc_not_really", expect="error")
def _(root: Path) -> Path:
    return _write(root, "warc_not_really", "crawl.warc", b"WARC/1.0\r\n" + bytes(range(256)) * 40)


@fixture("warc_missing_target_uri")
def _(root: Path) -> Path:
    block = http_response(html_page().encode())
    record = (b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\n"
              b"Content-Length: " + str(len(block)).encode() + b"\r\n\r\n" + block + b"\r\n\r\n")
    return _write(root, "warc_missing_target_uri", "crawl.warc", record + good_warc_record(2))


@fixture("warc_gz_decompression_bomb", timeout=40, slow=True)
def _(root: Path) -> Path:
    """One record whose HTML payload inflates to 256 MiB of spaces from about 250 KB on disk."""
    size = 256 * 1024 * 1024
    head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + str(size).encode() + b"\r\n\r\n")
    warc_head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-000000000001>\r\n"
                 b"WARC-Date: 2025-12-02T10:00:00Z\r\nWARC-Target-URI: http://example.org/bomb\r\n"
                 b"Content-Type: application/http; msgtype=response\r\nContent-Length: "
                 + str(len(head) + size).encode() + b"\r\n\r\n")
    path = _dir(root, "warc_gz_decompression_bomb") / "bomb.warc.gz"
    _gzip_stream(path, [warc_head, head, *_repeat(b" " * (1 << 20), size), b"\r\n\r\n"], level=9)
    with open(path, "ab") as out:
        out.write(gzip.compress(good_warc_record(2)))
    return path


@fixture("warc_gz_header_line_bomb", expect="error", finding=3, timeout=40, slow=True)
def _(root: Path) -> Path:
    """A WARC header line of 128 MiB (the finding used 1 GiB: 55 s and 3.2 GB with no error)."""
    path = _dir(root, "warc_gz_header_line_bomb") / "header.warc.gz"
    size = 128 * 1024 * 1024
    _gzip_stream(path, [b"WARC/1.0\r\nWARC-Type: response\r\nX-Bomb: ", *_repeat(b"a" * (1 << 20), size), b"\r\n\r\n"],
                 level=9)
    return path


@fixture("warc_http_gzip_bomb", timeout=30)
def _(root: Path) -> Path:
    """An HTTP payload with Content-Encoding: gzip that inflates to 64 MiB."""
    payload = zlib.compress(b" " * (64 * 1024 * 1024), 9)
    block = http_response(payload, extra=b"Content-Encoding: deflate\r\n")
    return _write(root, "warc_http_gzip_bomb", "crawl.warc", warc_record(block) + good_warc_record(2))


@fixture("warc_over_html_limit", timeout=30)
def _(root: Path) -> Path:
    body = html_page(body_paragraphs=[*PARAGRAPHS, "<p>" + "y" * (9 * 1024 * 1024) + "</p>"]).encode()
    return _write(root, "warc_over_html_limit", "crawl.warc", warc_record(http_response(body)) + good_warc_record(2))


@fixture("gz_text_bomb", expect="error", timeout=30)
def _(root: Path) -> Path:
    path = _dir(root, "gz_text_bomb") / "dump.txt.gz"
    _gzip_stream(path, _repeat(b"flood " * 10_000, 200 * 1024 * 1024), level=9)
    return path


# ------------------------------------------------------------------------------------------------- JSONL

@fixture("jsonl_lone_surrogate", finding=1)
def _(root: Path) -> Path:
    lines = [jsonl_line(id="ok-1"), '{"id": "bad", "text": "Floods \\ud800 in the valley ' + PARAGRAPHS[0] + '"}',
             '{"id": "\\udfff", "text": "' + PARAGRAPHS[2] + '"}', jsonl_line(id="ok-2")]
    return _write(root, "jsonl_lone_surrogate", "items.jsonl", "\n".join(lines) + "\n")


@fixture("jsonl_deep_nesting", expect="article")
def _(root: Path) -> Path:
    deep = "[" * 100_000 + "]" * 100_000
    lines = ['{"id": "deep", "text": "x", "extra": ' + deep + "}", jsonl_line(id="ok")]
    return _write(root, "jsonl_deep_nesting", "items.jsonl", "\n".join(lines) + "\n")


@fixture("jsonl_huge_integer_field", expect="article")
def _(root: Path) -> Path:
    lines = ['{"id": ' + "9" * 5000 + ', "text": "x"}', jsonl_line(id=int("9" * 400)), jsonl_line(id="ok")]
    return _write(root, "jsonl_huge_integer_field", "items.jsonl", "\n".join(lines) + "\n")


@fixture("jsonl_nan_infinity_fields", expect="article")
def _(root: Path) -> Path:
    lines = ['{"id": NaN, "text": "' + PARAGRAPHS[0] + '", "published": Infinity}',
             '{"id": "x", "title": -Infinity, "url": NaN, "text": "' + PARAGRAPHS[2] + '"}']
    return _write(root, "jsonl_nan_infinity_fields", "items.jsonl", "\n".join(lines) + "\n")


@fixture("jsonl_bad_published", expect="article", note="finding 5's case; the warning names file:line")
def _(root: Path) -> Path:
    lines = [jsonl_line(id="p1", published="yesterday"), jsonl_line(id="p2", published="9999-99-99"),
             jsonl_line(id="p3", published=12345)]
    return _write(root, "jsonl_bad_published", "items.jsonl", "\n".join(lines) + "\n")


@fixture("jsonl_published_9999_12_31", expect="article", finding=5, note="OverflowError in the conflict finder")
def _(root: Path) -> Path:
    lines = [jsonl_line(id="p1", published="9999-12-31T23:59:59-23:59"), jsonl_line(id="p2", published="0001-01-01")]
    return _write(root, "jsonl_published_9999_12_31", "items.jsonl", "\n".join(lines) + "\n")


@fixture("jsonl_giant_line", timeout=30)
def _(root: Path) -> Path:
    lines = [jsonl_line(text="flood " * 1_500_000, id="giant"), jsonl_line(id="ok")]
    return _write(root, "jsonl_giant_line", "items.jsonl", "\n".join(lines) + "\n")


@fixture("jsonl_not_objects", expect="any")
def _(root: Path) -> Path:
    lines = ['{"id": 1, "text": "' + PARAGRAPHS[0] + '"}', "[1, 2, 3]", "42", '"text"', "null", "{bad json",
             '{"text": 5}', '{"text": ""}', '{"text": null}', "\x00\x01\x02", '{"text": {"a": 1}}']
    return _write(root, "jsonl_not_objects", "items.jsonl", "\n".join(lines) + "\n")


@fixture("jsonl_control_characters", expect="article")
def _(root: Path) -> Path:
    junk = "".join(chr(c) for c in range(0, 32)) + "\u007f\u0085\u2028\u2029\u202e\ufeff"
    lines = [jsonl_line(text=junk + PARAGRAPHS[0] + junk + PARAGRAPHS[1], id="ctl", title=junk)]
    return _write(root, "jsonl_control_characters", "items.jsonl", "\n".join(lines) + "\n")


@fixture("jsonl_invalid_utf8_line", expect="article")
def _(root: Path) -> Path:
    data = (jsonl_line(id="ok-1") + "\n").encode() + b'{"id": "bad", "text": "caf\xe9 \xff\xfe"}\n' + \
        (jsonl_line(id="ok-2") + "\n").encode()
    return _write(root, "jsonl_invalid_utf8_line", "items.jsonl", data)


# --------------------------------------------------------------------------------------- text: hard use

@fixture("text_open_quote_run_10k", finding=2, timeout=25)
def _(root: Path) -> Path:
    return _write(root, "text_open_quote_run_10k", "dump.txt", "Floods in the valley\n\n" + "\u201c" * 10_000 + "\n")


@fixture("text_mixed_open_quote_run", finding=2, timeout=25)
def _(root: Path) -> Path:
    return _write(root, "text_mixed_open_quote_run", "dump.txt",
                  "Floods in the valley\n\n" + ("\u201c" + "a " * 3 + '"') * 3_000 + "\n")


@fixture("text_quote_marks_50k", finding=2, timeout=30)
def _(root: Path) -> Path:
    return _write(root, "text_quote_marks_50k", "dump.txt", "Floods in the valley\n\n" + '"' * 50_000 + "\n")


@fixture("text_said_chain_2000", finding=2, timeout=30)
def _(root: Path) -> Path:
    return _write(root, "text_said_chain_2000", "dump.txt",
                  "Floods in the valley\n\n" + '"a," he said ' * 2_000 + "\n")


@fixture("text_repeated_names_150k", finding=2, timeout=30, slow=True)
def _(root: Path) -> Path:
    unit = "Elena Varga met Tahir Andrabi in Geneva and Islamabad with UNHCR. "
    return _write(root, "text_repeated_names_150k", "dump.txt",
                  "Floods in the valley\n\n" + unit * (150_000 // len(unit)) + "\n")


# 50,000 headline/paragraph pairs with nothing else to tell them apart read as one page of 2.4 MB, which
# the article size limit refuses with its one-line error; segmenting it must still take seconds, not
# minutes (tests/test_segment_scale.py times segmentation of many real-shaped tiny articles).
@fixture("text_50k_articles", expect="error", finding=2, timeout=90, slow=True)
def _(root: Path) -> Path:
    parts = [f"Story {i}\n\nRain fell on town {i} on Monday.\n" for i in range(50_000)]
    return _write(root, "text_50k_articles", "dump.txt", "\n".join(parts))


@fixture("text_huge_number_400_digits", expect="article", finding=4)
def _(root: Path) -> Path:
    big = "9" * 400
    return _write(root, "text_huge_number_400_digits", "dump.txt", (
        "Floods in the valley\n\n" + f"The council said {big} people were displaced by the floods on Monday. "
        f"Officials said {','.join(['999'] * 140)} families fled and 1e400 homes were damaged.\n"))


@fixture("text_number_words_overflow", expect="article")
def _(root: Path) -> Path:
    words = " ".join(["billion"] * 60)
    return _write(root, "text_number_words_overflow", "dump.txt",
                  f"Floods in the valley\n\nThe council said one {words} people were displaced on Monday.\n")


@fixture("text_zero_width_in_number", expect="article", note="finding 10's case; passes here")
def _(root: Path) -> Path:
    return _write(root, "text_zero_width_in_number", "dump.txt",
                  "Floods in the valley\n\nThe council said 120,\u200b000 people were displaced by floods on Monday.\n")


@fixture("text_span_shift_which", expect="article", note="finding 10's case; passes here")
def _(root: Path) -> Path:
    return _write(root, "text_span_shift_which", "dump.txt", (
        "Shootings in the city\n\nThe figures came from the CHICAGO POLICE DEPARTMENT WHich reported "
        "\u201c2,521 shooting incidents\u201d last year, a spokesman said on Monday.\n"))


@fixture("text_invalid_utf8_byte", expect="article", finding=9)
def _(root: Path) -> Path:
    data = ("Floods in the valley\n\n" + ARTICLE_TEXT + "\n").encode("utf-8")
    return _write(root, "text_invalid_utf8_byte", "dump.txt", data.replace(b"council", b"coun\xffcil", 1))


@fixture("text_cesu8_surrogate_bytes", expect="article", finding=9)
def _(root: Path) -> Path:
    data = ("Floods in the valley\n\n" + ARTICLE_TEXT + "\n").encode("utf-8")
    return _write(root, "text_cesu8_surrogate_bytes", "dump.txt", data.replace(b"council", b"coun\xed\xa0\x80cil", 1))


@fixture("text_control_characters")
def _(root: Path) -> Path:
    junk = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\n")
    return _write(root, "text_control_characters", "dump.txt", f"Floods {junk}\n\n{junk}{ARTICLE_TEXT}\x7f\x1b[2J\n")


@fixture("text_combining_marks", expect="article")
def _(root: Path) -> Path:
    zalgo = "a" + "\u0301\u0316\u0327" * 3_000
    return _write(root, "text_combining_marks", "dump.txt",
                  f"Floods in the valley\n\n{zalgo} {ARTICLE_TEXT}\u202e reversed \u202c\n")


@fixture("text_giant_line", timeout=40, slow=True)
def _(root: Path) -> Path:
    return _write(root, "text_giant_line", "dump.txt", "Floods in the valley\n\n" + "flood river " * 300_000 + "\n")


@fixture("text_many_blank_lines", expect="article")
def _(root: Path) -> Path:
    return _write(root, "text_many_blank_lines", "dump.txt", "\n" * 500_000 + "Floods in the valley\n\n" + ARTICLE_TEXT)


@fixture("text_deep_parentheses", expect="article", finding=2, timeout=30, note="the tokenizer on a 20,000-mark run")
def _(root: Path) -> Path:
    return _write(root, "text_deep_parentheses", "dump.txt",
                  "Floods in the valley\n\n" + "(" * 20_000 + ARTICLE_TEXT + ")" * 20_000 + "\n")


@fixture("text_utf16_odd_bytes", expect="any")
def _(root: Path) -> Path:
    return _write(root, "text_utf16_odd_bytes", "dump.txt", b"\xff\xfe" + "Floods".encode("utf-16-le") + b"\x00")


# --date past 9899-12-31 is refused with a one-line error (tests/test_input_edges.py); the last date it takes
# must not overflow the relative dates ("next year", "the next decade") read against it.
@fixture("date_9999_12_31", expect="article", finding=5, args=("--date", "9899-12-31"))
def _(root: Path) -> Path:
    return _write(root, "date_9999_12_31", "dump.txt", "Floods in the valley\n\n" + ARTICLE_TEXT + (
        "\n\nThe council said the shelters would stay open until next year and for the next decade.\n"))


# ----------------------------------------------------------------------------------- files that are not news

@fixture("empty_file", expect="error")
def _(root: Path) -> Path:
    return _write(root, "empty_file", "empty.txt", b"")


@fixture("whitespace_only", expect="error")
def _(root: Path) -> Path:
    return _write(root, "whitespace_only", "blank.txt", " \n\t\r\n" * 1000)


@fixture("binary_random", expect="error")
def _(root: Path) -> Path:
    rng = random.Random(14)
    return _write(root, "binary_random", "blob.bin", bytes(rng.randrange(256) for _ in range(100_000)))


@fixture("binary_no_nul", expect="any")
def _(root: Path) -> Path:
    rng = random.Random(15)
    return _write(root, "binary_no_nul", "blob.txt", bytes(rng.randrange(1, 256) for _ in range(100_000)))


@fixture("png_named_html", expect="error")
def _(root: Path) -> Path:
    return _write(root, "png_named_html", "page.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(2000))


@fixture("sparse_2gb", expect="error")
def _(root: Path) -> Path:
    path = _dir(root, "sparse_2gb") / "huge.txt"
    with open(path, "wb") as out:
        out.truncate(2 * 1024 * 1024 * 1024)
    return path


@fixture("fifo", expect="error")
def _(root: Path) -> Path:
    path = _dir(root, "fifo") / "pipe.txt"
    os.mkfifo(path)
    return path


@fixture("fifo_in_directory", expect="any")
def _(root: Path) -> Path:
    d = _dir(root, "fifo_in_directory") / "news"
    d.mkdir()
    os.mkfifo(d / "a-pipe.txt")
    (d / "b-story.txt").write_text("Floods in the valley\n\n" + ARTICLE_TEXT + "\n", encoding="utf-8")
    return d


@fixture("symlink_loop", expect="error")
def _(root: Path) -> Path:
    d = _dir(root, "symlink_loop")
    os.symlink(d / "b.txt", d / "a.txt")
    os.symlink(d / "a.txt", d / "b.txt")
    return d / "a.txt"


@fixture("symlink_dir_loop", expect="any", timeout=30)
def _(root: Path) -> Path:
    d = _dir(root, "symlink_dir_loop") / "news"
    d.mkdir()
    os.symlink(d, d / "again")
    (d / "story.txt").write_text("Floods in the valley\n\n" + ARTICLE_TEXT + "\n", encoding="utf-8")
    return d


@fixture("dangling_symlink", expect="error")
def _(root: Path) -> Path:
    d = _dir(root, "dangling_symlink")
    os.symlink(d / "nowhere.txt", d / "link.txt")
    return d / "link.txt"


@fixture("unreadable_subdirectory", expect="error", finding=5, root_skips=True)
def _(root: Path) -> Path:
    d = _dir(root, "unreadable_subdirectory") / "news"
    (d / "locked").mkdir(parents=True)
    (d / "locked" / "story.txt").write_text(ARTICLE_TEXT, encoding="utf-8")
    os.chmod(d / "locked", 0)
    return d


@fixture("control_chars_in_file_name", expect="error", finding=5)
def _(root: Path) -> Path:
    return _write(root, "control_chars_in_file_name", "ctl\x1b[31mred\x07bell\rback.txt", b"")


@fixture("newline_in_file_name", expect="error", note="finding 5's case; passes here")
def _(root: Path) -> Path:
    return _write(root, "newline_in_file_name", "new\nnewsfacts: error: forged line.txt", b"\x00\x01binary")


@fixture("undecodable_file_name", expect="any", finding=1, note="UnicodeEncodeError in records.article_id: a surrogate-escaped path")
def _(root: Path) -> Path:
    d = _dir(root, "undecodable_file_name")
    path = os.path.join(os.fsencode(d), b"caf\xe9-\xff.txt")
    with open(path, "wb") as out:
        out.write(("Floods in the valley\n\n" + ARTICLE_TEXT + "\n").encode())
    return Path(os.fsdecode(path))


# ----------------------------------------------------------------------------------------------- helpers

def by_name() -> dict[str, Fixture]:
    names = [f.name for f in FIXTURES]
    duplicated = {n for n in names if names.count(n) > 1}
    if duplicated:
        raise ValueError(f"fixture names used twice: {sorted(duplicated)}")
    return {f.name: f for f in FIXTURES}


def build_all(out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    return {f.name: f.build(out) for f in FIXTURES}


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    if "--list" in argv:
        for f in by_name().values():
            print(f"{f.name:40} expect={f.expect:8} timeout={f.timeout:>4.0f}s"
                  + (f" finding={f.finding}" if f.finding else ""))
        return 0
    out = Path(argv[0])
    for name, path in build_all(out).items():
        print(f"{name}\t{path!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
