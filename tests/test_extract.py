"""extract() end to end over every kind of input, with fixtures written here."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts.ingest.base import RawDocument
from newsfacts.records import Source
from newsfacts.segment import BULLET_MARK, segment

PAGE = """<!DOCTYPE html>
<html><head>
<title>Clinic reopens in hill district | The Valley Courier</title>
<meta property="og:title" content="Clinic reopens in hill district">
<meta property="og:site_name" content="The Valley Courier">
<link rel="canonical" href="https://courier.example/2024/clinic-reopens">
<meta property="article:published_time" content="2024-05-14T08:00:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Clinic reopens in hill district</h1>
<p>POKHARA, Nepal (Reuters) — The district clinic reopened on Tuesday after three months of repairs, the health office said.</p>
<p>Nurse manager Aida Brennan said the clinic would see about 200 patients a week once fully staffed.</p>
<p>Patients had travelled for up to four hours to reach the nearest hospital while the clinic was closed.</p>
</article>
<footer>Share this article. Cookie policy. Copyright The Valley Courier.</footer>
</body></html>"""


def test_html_page_gives_title_url_date_and_text_without_the_headline(tmp_path):
    f = tmp_path / "page.txt"  # the suffix lies: content decides
    f.write_text(PAGE)
    (a,) = newsfacts.extract(str(f)).articles
    assert a.title == "Clinic reopens in hill district"
    assert a.url == "https://courier.example/2024/clinic-reopens"
    assert a.published == "2024-05-14"
    assert a.source.outlet == "The Valley Courier" and a.source.kind == "html"
    assert a.text.startswith("POKHARA, Nepal (Reuters) — The district clinic") and a.dateline.text == "POKHARA"
    assert "Home" not in a.text and not a.truncated


def test_jsonl_keeps_ids_and_order_and_reports_bad_lines(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [
        {"id": "n-2", "text": "The port reopened on Monday after repairs, officials said.", "source": "Harbour Daily"},
        "{not json",
        {"id": "n-1", "text": "Schools closed for a week because of flooding, the ministry said.",
         "published": "2025-01-09", "title": "Schools close"},
    ]
    f.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    result = newsfacts.extract(str(f))
    assert [a.source.id for a in result.articles] == ["n-2", "n-1"]
    assert result.articles[1].published == "2025-01-09" and result.articles[1].title == "Schools close"
    assert result.articles[0].source.outlet == "Harbour Daily"
    (err,) = result.errors
    assert err.source.endswith(":2")


def test_text_is_extracted_directly_and_a_missing_path_is_an_error():
    result = newsfacts.extract("KAMPALA: Officials said on Monday that 300 families had been relocated.")
    (a,) = result.articles
    assert a.dateline.text == "KAMPALA" and a.source.path is None
    missing = newsfacts.extract(["no/such/file.txt"])
    assert not missing.articles and "no such file" in missing.errors[0].reason


def test_directory_mixing_kinds(tmp_path, sample_path):
    (tmp_path / "a.html").write_text(PAGE)
    (tmp_path / "b.txt").write_text(sample_path.read_text())
    (tmp_path / "c.bin").write_bytes(b"\x00\x01\x02" * 100)
    result = newsfacts.extract(str(tmp_path))
    assert len(result.articles) == 3 and len(result.errors) == 1


line = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=120),
    st.sampled_from(["ISLAMABAD: A dateline paragraph opens here.", "- a bullet", "https://x.example/a",
                     "A Short Headline", "Share", "A body sentence that ends properly.", "cut off mid wor"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(line, max_size=25))
def test_segmentation_never_loses_body_text_and_offsets_round_trip(lines):
    text = "\n".join(lines)
    for a in segment(RawDocument(text=text, source=Source(path="h"), segment=True)):
        assert a.text.strip()
        if a.dateline:
            assert a.text[a.dateline.start:a.dateline.end] == a.dateline.text
        for para in a.text.split("\n\n"):
            if para.startswith(BULLET_MARK) and para not in text:
                para = para[len(BULLET_MARK):]  # a summary bullet is written with one sign, whatever sign it had
            assert para in " ".join(text.split()) or para in text
