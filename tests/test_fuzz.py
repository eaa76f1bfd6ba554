"""Property tests and a fuzz sweep (Hypothesis) over the readers, numbers, dates and offsets.

For every generated input, through ``newsfacts.extract`` in this process:
- no exception escapes (a bad input or article is a ``Failure`` record);
- no example takes longer than ``NEWSFACTS_FUZZ_HANG_SECONDS`` (default 10): a hang;
- every article serialises to strict JSON (no NaN or Infinity) and reads back the same;
- every fact's text (a speaker's mention, unless finding 10 is open) is ``article.text[start:end]``, inside the text.

How many examples: ``NEWSFACTS_FUZZ_PROFILE=ci`` (set by .ci/run) spreads 10,000 over the targets by
their weights; the default ``dev`` profile runs 600, for a quick local run; ``NEWSFACTS_FUZZ_EXAMPLES=N``
spreads N (a long run: ``NEWSFACTS_FUZZ_EXAMPLES=200000 python -m pytest tests/test_fuzz.py``).
Inputs that trigger a finding of issue 14 still open on this branch (tests/hostile/findings.py) stay out
of the sweep; each such finding has its own xfail property below.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import json
import os
import re
import signal
import tempfile
import threading
from pathlib import Path

import pytest
from hostile.checks import check_spans, strict_json
from hostile.findings import is_open
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts import Article, Failure, to_dict

# ---------------------------------------------------------------------------------------------- profiles

WEIGHTS = {  # share of the sweep each target gets
    "bytes": 0.12, "textfile": 0.08, "html": 0.15, "feed": 0.15, "jsonl": 0.15, "warc": 0.15, "text": 0.12, "numbers": 0.05,
    "dates": 0.03,
}
PROFILES = {"ci": 10_000, "dev": 600}
PROFILE = os.environ.get("NEWSFACTS_FUZZ_PROFILE", "dev")
TOTAL = int(os.environ.get("NEWSFACTS_FUZZ_EXAMPLES") or PROFILES.get(PROFILE, PROFILES["dev"]))
HANG_SECONDS = float(os.environ.get("NEWSFACTS_FUZZ_HANG_SECONDS", "10"))

settings.register_profile("newsfacts-fuzz", deadline=None, database=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                 HealthCheck.filter_too_much])


def sweep(target: str):
    """The Hypothesis settings of one target: its share of the total."""
    return settings(settings.get_profile("newsfacts-fuzz"), max_examples=max(10, round(TOTAL * WEIGHTS[target])))


def few(n: int = 25):
    """The settings of a finding's own property: a handful of examples, whatever the profile."""
    return settings(settings.get_profile("newsfacts-fuzz"), max_examples=n)


# ----------------------------------------------------------------------------------------------- checks

_TMP = tempfile.TemporaryDirectory(prefix="newsfacts-fuzz-")
_COUNTER = iter(range(10**12))


class Hang(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: float = HANG_SECONDS):
    """Fails the example when it runs past ``seconds`` (SIGALRM; main thread on POSIX only)."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def alarm(signum, frame):
        raise Hang(f"an example ran past {seconds:.0f}s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def check_article(article: Article) -> None:
    data = to_dict(article)
    text = json.dumps(data, ensure_ascii=False, allow_nan=False)  # ValueError on NaN/Infinity
    assert strict_json(text) == json.loads(json.dumps(data, ensure_ascii=False))
    text.encode("utf-8")  # no lone surrogates: the output must be writable as UTF-8
    problems = check_spans(data, mentions=not is_open(10))
    assert not problems, problems


def run_extract(source, *, date: str | None = None) -> newsfacts.Extraction:
    """``newsfacts.extract`` under the hang limit, with every output checked."""
    with time_limit():
        result = newsfacts.extract(source, date=date)
    for failure in result.errors:
        assert isinstance(failure, Failure) and failure.reason and "\n" not in failure.reason, failure
    for article in result.articles:
        check_article(article)
    json.dumps(to_dict(result.conflicts), allow_nan=False)
    return result


def extract_bytes(data: bytes, suffix: str, date: str | None = None) -> newsfacts.Extraction:
    path = Path(_TMP.name) / f"in-{next(_COUNTER)}{suffix}"
    path.write_bytes(data)
    try:
        return run_extract(str(path), date=date)
    finally:
        path.unlink()


# ------------------------------------------------------------------------------------------- strategies

WORDS = ("the council said on Monday that families were displaced by floods in Geneva Islamabad UNHCR "
         "Elena Varga told reporters police killed injured people homes shelters army officials spokesperson "
         "according to he she they reported denied claimed at least about nearly more than fled village town "
         "PAKISTAN: KABUL Reuters AFP Share Read more Advertisement").split()
MARKS = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", ",", ".", ":", ";", "-", "\u2014", "(", ")", "\n", "\n\n"]
ODD = ["\u00a0", "\u2028", "\u202e", "\ufeff", "\u0301", "\x0b", "\x0c", "\x1b", "\x7f", "\ufffd", "\U0001f600",
       "\u0627\u0644", "\u4e2d\u6587", "&amp;", "&#0;", "&#xD800;", "<", ">", "\t", "\r", "\r\n"]
if not is_open(10):
    ODD += ["\u200b", "\u200d", "\u00ad"]
SURROGATES = ["\ud800", "\udfff", "\udc80"]
SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def numbers() -> st.SearchStrategy[str]:
    small = st.integers(0, 10**7).map(str)
    grouped = st.integers(0, 10**12).map(lambda n: f"{n:,}")
    decimal = st.tuples(st.integers(0, 10**6), st.integers(0, 999)).map(lambda t: f"{t[0]}.{t[1]}")
    digits = st.text("0123456789,.", min_size=1, max_size=30)
    options = [small, grouped, decimal, digits,
               st.sampled_from(["one", "two", "dozens", "hundreds", "a million", "1.5 million", "3bn", "10k",
                                "nine thousand", "twenty-one", "½", "١٢٣", "1e9", "0", "-5", "+7", "10^6"])]
    if not is_open(4):
        options += [st.integers(10**300, 10**420).map(str), st.sampled_from(["1e400", "9" * 400 + " million"])]
    return st.one_of(*options)


# finding 5: a publication date near either end of the calendar overflows in the conflict finder
FIRST_DAY = dt.date(1, 1, 1) if not is_open(5) else dt.date(100, 1, 1)
LAST_DAY = dt.date(9999, 12, 31) if not is_open(5) else dt.date(9899, 12, 31)


def date_strings() -> st.SearchStrategy[str]:
    when = st.dates(FIRST_DAY, LAST_DAY)
    return st.one_of(
        when.map(lambda d: d.strftime("%d %B %Y")), when.map(lambda d: d.strftime("%B %d, %Y")),
        when.map(lambda d: d.isoformat()), when.map(lambda d: d.strftime("%A")),
        st.sampled_from(["last week", "on Monday", "yesterday", "in March", "31 February 2025", "2025-13-45",
                         "the 1990s", "next year", "Dec. 32", "Q3 2025", "00/00/0000", "12/31/9999"]),
    )


def prose(max_tokens: int = 120) -> st.SearchStrategy[str]:
    token = st.one_of(st.sampled_from(WORDS), st.sampled_from(MARKS), st.sampled_from(ODD), numbers(),
                      date_strings(), st.text(max_size=8).filter(lambda s: not _has_surrogate(s)))
    return st.lists(token, max_size=max_tokens).map(lambda ts: " ".join(ts))


def _has_surrogate(s: str) -> bool:
    return any("\ud800" <= ch <= "\udfff" for ch in s)


CHARSETS = ["utf-8", "UTF-8", "latin-1", "iso-8859-1", "windows-1252", "cp1251", "shift_jis", "gb2312", "big5",
            "utf-16", "utf-32", "ascii", "us-ascii", "koi8-r", "x-no-such", "", "utf8mb4", "unicode-1-1-utf-7"]
if not is_open(1):
    CHARSETS += ["hex", "rot13", "base64", "zlib", "punycode", "idna", "bz2", "uu", "quopri", "rot_13"]


def encode(text: str, charset: str) -> bytes:
    try:
        return text.encode(charset or "utf-8", errors="replace")
    except (LookupError, TypeError, UnicodeError):
        return text.encode("utf-8", errors="replace")


@st.composite
def html_pages(draw) -> tuple[bytes, str]:
    charset = draw(st.sampled_from(CHARSETS))
    depth = draw(st.integers(0, 40))
    tags = draw(st.lists(st.sampled_from(["div", "p", "span", "article", "section", "b", "i", "table", "td", "li",
                                          "script", "style", "h1", "blockquote", "br", "img", "a", "pre"]),
                         min_size=depth, max_size=depth))
    paras = draw(st.lists(prose(60), min_size=0, max_size=6))
    title = draw(prose(10))
    head = draw(st.sampled_from([f'<meta charset="{charset}">',
                                 f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">', ""]))
    body = "".join(f"<{t}>" for t in tags) + "".join(f"<p>{p}</p>" for p in paras) + \
        "".join(f"</{t}>" for t in reversed(tags))
    prefix = draw(st.sampled_from(["<!DOCTYPE html>", "", f'<?xml version="1.0" encoding="{charset}"?>',
                                   "<!-- c -->", "\ufeff<!DOCTYPE html>"]))
    page = f"{prefix}<html><head>{head}<title>{title}</title></head><body>{body}</body></html>"
    data = encode(page, charset)
    cut = draw(st.none() | st.integers(0, len(data)))
    return (data[:cut] if cut is not None else data), draw(st.sampled_from([".html", ".htm", "", ".txt"]))


@st.composite
def feeds(draw) -> tuple[bytes, str]:
    atom = draw(st.booleans())
    entries = []
    for _ in range(draw(st.integers(0, 4))):
        when = draw(st.one_of(date_strings(), st.sampled_from(_pub_dates()), st.text(max_size=20)))
        text = draw(prose(60)).replace("&", "&amp;").replace("<", "&lt;")
        title = draw(prose(8)).replace("&", "&amp;").replace("<", "&lt;")
        if atom:
            entries.append(f"<entry><title>{title}</title><id>urn:x:{len(entries)}</id><updated>{when}</updated>"
                           f'<content type="html">{text}</content></entry>')
        else:
            entries.append(f"<item><title>{title}</title><link>http://e.org/{len(entries)}</link>"
                           f"<pubDate>{when}</pubDate><description>{text}</description></item>")
    decl = draw(st.sampled_from(['<?xml version="1.0" encoding="utf-8"?>', "", '<?xml version="1.0"?>',
                                 '<!DOCTYPE rss [<!ENTITY a "b">]>', '<!DOCTYPE rss SYSTEM "http://127.0.0.1:9/x.dtd">']))
    if atom:
        doc = f'{decl}<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>{"".join(entries)}</feed>'
    else:
        doc = f'{decl}<rss version="2.0"><channel><title>W</title>{"".join(entries)}</channel></rss>'
    data = doc.encode("utf-8", errors="replace")
    cut = draw(st.none() | st.integers(0, len(data)))
    return (data[:cut] if cut is not None else data), draw(st.sampled_from([".xml", ".rss", ".atom", ""]))


def _pub_dates() -> list[str]:
    dates = ["Tue, 02 Dec 2025 10:00:00 +0000", "2025-12-02T10:00:00Z",
             "2025-12-02", "Tue, 02 Dec 2025 10:00:00 GMT", "Sat, 00 Jan 0000 00:00:00 +0000"]
    if not is_open(5):
        dates += ["Fri, 31 Dec 9999 23:59:59 -1400", "9999-12-31T23:59:59+14:00", "Mon, 01 Jan 0001 00:00:00 +0000"]
    if not is_open(1):
        dates += ["Tue, 02 Dec 2025 10:00:00 +99999999999999999999", "Tue, 02 Dec 2025 10:00:00 -9999999999"]
    return dates


def json_values(text_strategy):
    scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                        text_strategy)
    return st.recursive(scalars, lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=5), kids,
                                                                                           max_size=3), max_leaves=8)


@st.composite
def jsonl_files(draw) -> tuple[bytes, str]:
    lines = []
    strings = st.text(max_size=40) if not is_open(1) else st.text(max_size=40).filter(lambda s: not _has_surrogate(s))
    for _ in range(draw(st.integers(0, 5))):
        kind = draw(st.sampled_from(["article", "article", "article", "value", "raw"]))
        if kind == "article":
            obj = {"text": draw(prose(80) | strings)}
            for key in ("id", "title", "url", "published", "source"):
                if draw(st.booleans()):
                    obj[key] = draw(st.one_of(json_values(strings), date_strings(), strings))
            line = json.dumps(obj, ensure_ascii=draw(st.booleans()))
        elif kind == "value":
            line = json.dumps(draw(json_values(strings)))
        else:
            line = draw(st.text(max_size=80)).encode("utf-8", errors="replace").decode("utf-8")
        lines.append(line)
    data = "\n".join(lines).encode("utf-8", errors="replace")
    if draw(st.booleans()) and data:
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + draw(st.binary(min_size=1, max_size=3)) + data[at + 1:]
    if is_open(1):  # a flipped byte can split an escaped surrogate pair into a lone one (finding 1)
        assume(not SURROGATE_ESCAPE.search(data))
    return data, draw(st.sampled_from([".jsonl", ".ndjson", ".json", ""]))


@st.composite
def warcs(draw) -> tuple[bytes, str]:
    from hostile.make_pack import html_page, http_response, warc_record

    records = []
    for number in range(1, draw(st.integers(0, 3)) + 1):
        charset = draw(st.sampled_from(CHARSETS))
        paras = draw(st.lists(prose(40), max_size=4))
        body = encode(html_page(body_paragraphs=paras or None, head=""), charset)
        ctype = draw(st.sampled_from([f"text/html; charset={charset}", "text/html", "application/xhtml+xml",
                                      "application/pdf", "", "text/html;;charset"]))
        status = draw(st.sampled_from([b"200 OK", b"404 Not Found", b"301 Moved", b"200"]))
        block = http_response(body, ctype.encode(), status=status)
        length = draw(st.sampled_from([None, None, None, "0", "-1", "abc", "1"]) | st.integers(0, 4 * len(block)).map(str))
        if not is_open(1):
            length = draw(st.sampled_from([None, length, "10000000000000000000000000"]))
        rtype = draw(st.sampled_from([b"response", b"response", b"request", b"warcinfo", b"resource", b"revisit"]))
        records.append(warc_record(block, rtype=rtype, length=length.encode() if length else None, number=number))
    gz = draw(st.booleans())
    data = b"".join(gzip.compress(r) for r in records) if gz else b"".join(records)
    if draw(st.booleans()) and data:
        cut = draw(st.integers(0, len(data)))
        data = data[:cut]
    if draw(st.booleans()) and data:
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1:]
    return data, (".warc.gz" if gz else ".warc")


# ---------------------------------------------------------------------------------------------- the sweep

@sweep("bytes")
@given(data=st.binary(max_size=2048), suffix=st.sampled_from(["", ".txt", ".html", ".xml", ".jsonl", ".warc",
                                                              ".warc.gz", ".gz"]))
def test_fuzz_random_bytes(data, suffix):
    extract_bytes(data, suffix)


@sweep("textfile")
@given(text=st.text(max_size=600).filter(lambda s: not _has_surrogate(s)),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
def test_fuzz_random_text_files(text, encoding):
    extract_bytes(text.encode(encoding, errors="replace"), ".txt")


@sweep("html")
@given(page=html_pages())
def test_fuzz_html(page):
    extract_bytes(*page)


@sweep("feed")
@given(doc=feeds())
def test_fuzz_feeds(doc):
    extract_bytes(*doc)


@sweep("jsonl")
@given(doc=jsonl_files())
def test_fuzz_jsonl(doc):
    extract_bytes(*doc)


@sweep("warc")
@given(doc=warcs())
def test_fuzz_warc(doc):
    extract_bytes(*doc)


@sweep("text")
@given(text=prose(200))
def test_fuzz_news_text(text):
    # a headline first: a one-line string naming a path that does not exist is an InputError (api._is_path)
    run_extract("Floods hit the valley\n\n" + text)


@sweep("numbers")
@given(figure=numbers(), before=prose(15), after=st.sampled_from(
    ["people were displaced", "people were killed", "families fled", "homes were destroyed", "per cent", "%",
     "refugees arrived", "dollars", "km", ""]))
def test_fuzz_numbers(figure, before, after):
    run_extract(f"{before} The council said {figure} {after} on Monday.")


@sweep("dates")
@given(text=prose(40), when=date_strings(), reference=st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
def test_fuzz_dates(text, when, reference):
    run_extract(f"Floods hit the valley\n\nOn {when}, {text} the council said {when}.",
                date=reference.isoformat() if reference else None)


# --------------------------------------------------------------------------- open findings, one property each

def xfail_open(finding: int):
    return pytest.mark.xfail(is_open(finding), reason=f"finding {finding}", strict=False)


@xfail_open(1)
@few()
@given(label=st.sampled_from(["hex", "rot13", "base64", "zlib", "punycode", "idna", "bz2", "uu", "quopri"]),
       where=st.sampled_from(["meta", "warc"]))
def test_finding_1_bad_charsets(label, where):
    from hostile.make_pack import good_warc_record, html_page

    if where == "meta":
        extract_bytes(html_page(head=f'<meta charset="{label}">').encode(), ".html")
    else:
        extract_bytes(good_warc_record(1, content_type=f"text/html; charset={label}".encode()), ".warc")


@xfail_open(1)
@few()
@given(text=st.text(min_size=1, max_size=40), surrogate=st.sampled_from(SURROGATES))
def test_finding_1_lone_surrogates_in_jsonl(text, surrogate):
    line = json.dumps({"id": surrogate, "text": "Floods " + text + surrogate + " hit the valley."})
    extract_bytes(line.encode() + b"\n", ".jsonl")


@xfail_open(1)
@few(10)
@given(offset=st.integers(10**6, 10**30), sign=st.sampled_from("+-"))
def test_finding_1_huge_zone_offsets(offset, sign):
    from hostile.make_pack import rss, rss_item

    extract_bytes(rss(rss_item(pub_date=f"Tue, 02 Dec 2025 10:00:00 {sign}{offset}")).encode(), ".xml")


@xfail_open(1)
@few(10)
@given(length=st.integers(10**19, 10**30))
def test_finding_1_huge_warc_content_length(length):
    from hostile.make_pack import html_page, http_response, warc_record

    extract_bytes(warc_record(http_response(html_page().encode()), length=str(length).encode()), ".warc")


@xfail_open(4)
@few()
@given(digits=st.integers(310, 600), unit=st.sampled_from(["people were displaced", "million people fled", ""]))
def test_finding_4_huge_numbers_are_finite(digits, unit):
    run_extract(f"The council said {'9' * digits} {unit} on Monday.")


@xfail_open(5)
@few(5)
@given(reference=st.dates(dt.date(9890, 1, 1), dt.date(9899, 12, 31)))  # later --date values are refused
def test_finding_5_reference_dates_near_the_end_of_time(reference):
    run_extract("Floods hit the valley\n\nThe council said next year the shelters would close, on Monday.",
                date=reference.isoformat())


@xfail_open(5)
@few(5)
@given(published=st.sampled_from(["Fri, 31 Dec 9999 23:59:59 -1400", "9999-12-31T23:59:59+14:00", "9999-12-25",
                                   "0001-01-01", "Mon, 01 Jan 0001 00:00:00 +0000"]))
def test_finding_5_publication_dates_near_the_end_of_time(published):
    from hostile.make_pack import rss, rss_item

    extract_bytes(rss(rss_item(pub_date=published)).encode(), ".xml")


@xfail_open(10)
@few()
@given(n=st.integers(1, 999), space=st.sampled_from(["\u200b", "\u200d", "\u00ad", "\u2060"]))
def test_finding_10_invisible_characters_in_numbers(n, space):
    run_extract(f"The council said {n},{space}000 people were displaced by floods on Monday.")


@xfail_open(10)
def test_finding_10_speaker_mention_of_a_repeated_word():
    """Found by the sweep: the speaker's mention is 'the the' but its span holds 'the'."""
    page = b'<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body><p>the the told the</p></body></html>'
    result = extract_bytes(page, ".html")
    for article in result.articles:
        for quote in article.quotes:
            s = quote.speaker
            if s is not None and s.mention is not None and s.start is not None:
                assert s.mention == article.text[s.start:s.end]


@xfail_open(10)
def test_finding_10_span_of_a_speaker_after_a_capitalised_run():
    run_extract("Shootings in the city\n\nThe figures came from the CHICAGO POLICE DEPARTMENT WHich reported "
                "\u201c2,521 shooting incidents\u201d last year, a spokesman said on Monday.")


def test_sweep_size_is_as_configured():
    """The sweep's examples add up to the profile's total (10,000 in CI)."""
    per_target = {name: max(10, round(TOTAL * w)) for name, w in WEIGHTS.items()}
    runs = sum(per_target.values())
    assert abs(sum(WEIGHTS.values()) - 1.0) < 1e-9
    assert runs >= TOTAL
