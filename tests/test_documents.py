"""Among workers the calling process only reads: a document that fits a batch is segmented by the worker that runs
it (``documents.deferred`` and ``expand``), a text dump larger than a batch here, so its articles spread over the
workers; the articles are the same as segmenting everything in one process."""

from __future__ import annotations

from newsfacts.documents import Unsegmented, articles, deferred, expand
from newsfacts.ingest.base import RawDocument
from newsfacts.records import Failure, Source
from tests.test_batches import tiny_dump

FRENCH = ("Les inondations ont fait 12 morts dans la région de Mopti, a déclaré le gouverneur mardi. Plus de "
          "3 000 personnes ont quitté leurs maisons et vivent dans des écoles, selon la protection civile.")


def _docs() -> list[RawDocument | Failure]:
    return [
        RawDocument(text=tiny_dump(3), source=Source(kind="file", path="small.txt"), segment=True),
        Failure("broken.html", "not a web page"),
        RawDocument(text=FRENCH, source=Source(kind="file", path="page.html"), title="Mopti", segment=False),
        RawDocument(text=tiny_dump(40), source=Source(kind="file", path="large.txt"), segment=True),
        RawDocument(text="Short declared text about a flood.", source=Source(kind="file", path="d.txt"),
                    segment=True, language="fr"),
    ]


def test_small_documents_wait_for_a_worker_and_a_large_dump_is_segmented_here():
    large = len(tiny_dump(40))
    items = list(deferred(_docs(), "2025-03-14", None, chars=large))
    kinds = [type(x).__name__ for x in items]
    assert kinds[:3] == ["Unsegmented", "Failure", "Unsegmented"]
    assert kinds[3:-1] == ["Article"] * 40  # the dump as large as a batch: its 40 articles, here
    assert kinds[-1] == "Unsegmented"
    assert items[0].text == _docs()[0].text  # a batch is sized by the document's text


def test_expanding_in_the_worker_gives_the_articles_of_one_process():
    here = [x for x in articles(_docs(), "2025-03-14", "en") if not isinstance(x, Failure)]
    items = [x for x in deferred(_docs(), "2025-03-14", "en", chars=10_000) if not isinstance(x, Failure)]
    assert any(isinstance(x, Unsegmented) for x in items)
    there = expand(items)
    assert there == here
    assert [a.language for a in there if a.source.path in ("page.html", "d.txt")] == ["en", "fr"]
    assert all(a.published == "2025-03-14" for a in there)
