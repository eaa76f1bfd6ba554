"""The Python API: ``extract`` and its streaming form ``iter_extract``; ``ingest`` (into the ledger);
``select_facts``, ``select_conflicts`` and ``select_updates`` (filtered facts, conflicts and figures' histories,
from inputs or the ledger); ``explain_pairs`` (why figures were or were not compared). The CLI is a thin layer
over these."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from . import ingest as readers
from . import settings
from .documents import DATE_RANGE, Unsegmented, articles, deferred
from .errors import ConfigurationError, InputError
from .filters import ConflictFilter, FigureFilter, QuoteFilter, select
from .ingest.base import RawDocument
from .ingest.manifest import ManifestSource
from .ingest.textdump import document as text_document
from .parallel import ENGINES, resolve_workers, run_batches
from .pipeline import Pipeline, Stage, default_stages
from .records import (
    Article,
    ArticleRef,
    Conflict,
    Extraction,
    Failure,
    IngestSummary,
    Skipped,
    Source,
    Update,
)
from .resolve import find_conflicts, resolve
from .resolve.explain import Pair, explain

log = logging.getLogger(__name__)

PATH_SUFFIXES = (".txt", ".html", ".htm", ".xml", ".rss", ".atom", ".warc", ".gz", ".jsonl", ".ndjson", ".json")

Input = str | os.PathLike | Sequence[str | os.PathLike]


def extract(text_or_path: Input, *, date: str | None = None, stages: Sequence[Stage] | None = None,
            manifest: ManifestSource | None = None, workers: int | None = 1,
            language: str | None = None) -> Extraction:
    """Extract the articles (every fact in them, their stories, and the conflicts and updates among them)
    from text, a path, or several paths.

    A ``str`` is read as a path when such a file or directory exists (or it is ``-``), as text
    otherwise. What a file declares about itself (front matter: title, url, outlet, published,
    language) comes first, then its row in ``manifest`` (a CSV file's path, or a mapping of path to
    those fields), then ``date`` (ISO ``YYYY-MM-DD``), the reference date for articles whose input
    states no publication date, and ``language`` (an ISO 639 code) the language of those that declare
    none (detected per article when not given). Inputs that fail come back in ``errors``, files of
    directories and globs that are not news in ``skipped``; the others go on. ``workers`` as in
    ``iter_extract``.
    """
    articles: list[Article] = []
    errors: list[Failure] = []
    skipped: list[Skipped] = []
    for item in iter_extract(text_or_path, date=date, stages=stages, manifest=manifest, on_skip=skipped.append,
                             workers=workers, language=language):
        (errors if isinstance(item, Failure) else articles).append(item)
    found = resolve(articles)
    return replace(found, errors=tuple(errors), skipped=tuple(skipped))


def iter_extract(
    text_or_path: Input, *, date: str | None = None, stages: Sequence[Stage] | None = None,
    stdin: bytes | None = None, batch_size: int | None = None, manifest: ManifestSource | None = None,
    on_skip: Callable[[Skipped], None] | None = None, workers: int | None = 1, engine: str = "local",
    scheduler: str | None = None, language: str | None = None,
) -> Iterator[Article | Failure]:
    """Articles and failures one at a time, in input order. Articles go into batches as segmentation
    gives them, each batch at most ``batch_size`` articles (``NEWSFACTS_BATCH_SIZE``) and
    ``NEWSFACTS_BATCH_CHARS`` characters of text, so memory stays flat however large the input or any
    one file of it. ``manifest``, ``date`` and ``language`` as in ``extract``; ``on_skip`` sees each file of a
    directory or glob skipped as not news. ``workers``: worker processes that run the stages
    (``parallel.run_batches``; 0 means one per usable core), the same results in the same order; 1, the
    default, runs them in this process. ``engine="dask"`` sends the batches to a Dask cluster instead (the one
    at ``scheduler``, else a ``LocalCluster`` of ``workers`` processes; ``pip install 'newsfacts[dask]'``);
    among workers this process reads, and segments only a text dump too large for one batch (the workers
    segment the rest: ``documents.deferred``). A bad date, language, manifest, engine or number of workers
    raises ``ConfigurationError`` here, at the call, before anything is read."""
    date = check_date(date)
    language = check_language(language)
    table = readers.load_manifest(manifest)
    Pipeline(stages if stages is not None else default_stages())  # checked now
    n = resolve_workers(workers)
    if engine not in ENGINES:
        raise ConfigurationError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    size = batch_size or settings.get("batch_size")
    chars = settings.get("batch_chars")
    if n > 1 or engine == "dask":  # smaller batches among workers: none of them idle while one ends the input
        chars = min(chars, settings.get("pool_batch_chars"))
    documents = _documents(text_or_path, stdin, table, on_skip)
    if n > 1 or engine == "dask":  # the workers segment what they analyse: this process only reads
        items: Iterable[Article | Unsegmented | Failure] = deferred(documents, date, language, chars)
    else:
        items = articles(documents, date, language)
    return run_batches(batches(items, size, chars), stages, n, engine, scheduler)


def ingest(inputs: Input, *, db: str | None = None, date: str | None = None, manifest: ManifestSource | None = None,
           label: str | None = None, progress: Callable[[IngestSummary], None] | None = None,
           on_failure: OnFailure | None = None, on_skip: Callable[[Skipped], None] | None = None,
           workers: int | None = 1, engine: str = "local", scheduler: str | None = None,
           language: str | None = None) -> IngestSummary:
    """Extract ``inputs`` (as ``iter_extract``, with ``date``, ``language``, ``manifest``, ``workers``, ``engine``
    and ``scheduler``) into the ledger
    at ``db``, this process its one writer:
    idempotent and resumable (see ``store.ingest``). ``on_failure`` sees each failure as it goes by,
    ``progress`` the running summary; the summary counts the files skipped as not news."""
    from .store import open_store

    skipped: list[Skipped] = []

    def skip(item: Skipped) -> None:
        skipped.append(item)
        if on_skip is not None:
            on_skip(item)

    items: Iterable[Article | Failure] = iter_extract(inputs, date=date, manifest=manifest, on_skip=skip,
                                                       workers=workers, engine=engine, scheduler=scheduler,
                                                       language=language)  # checks first
    if on_failure is not None:
        items = _watched(items, on_failure)
    paths = [inputs] if isinstance(inputs, (str, os.PathLike)) else inputs
    with open_store(db) as store:
        summary = store.ingest(items, source_label=label or " ".join(map(os.fspath, paths)), progress=progress)
    return replace(summary, files_skipped=len(skipped))


def _watched(items: Iterable[Article | Failure], on_failure: OnFailure) -> Iterator[Article | Failure]:
    for item in items:
        if isinstance(item, Failure):
            on_failure(item)
        yield item


def batches(items: Iterable[Article | Unsegmented | Failure], size: int,
            chars: int) -> Iterator[list[Article | Unsegmented] | Failure]:
    """The articles of ``items`` in batches of at most ``size`` articles and ``chars`` characters of text
    (an article longer than ``chars`` goes alone), in order; a failure ends the batch before it and
    comes on its own, so input order is kept."""
    batch: list[Article | Unsegmented] = []
    length = 0
    for item in items:
        if isinstance(item, Failure):
            if batch:
                yield batch
                batch, length = [], 0
            yield item
            continue
        if batch and length + len(item.text) > chars:
            yield batch
            batch, length = [], 0
        batch.append(item)
        length += len(item.text)
        if len(batch) >= size or length >= chars:  # full: run it now, not when the next article comes
            yield batch
            batch, length = [], 0
    if batch:
        yield batch


def _documents(text_or_path: Input, stdin: bytes | None, manifest: readers.Manifest | None,
               on_skip: Callable[[Skipped], None] | None) -> Iterator[RawDocument | Failure]:
    if isinstance(text_or_path, str) and not _is_path(text_or_path):
        if not text_or_path.strip():
            yield Failure("<text>", "empty input")
            return
        try:
            yield text_document(text_or_path.replace("\r\n", "\n").replace("\r", "\n"), Source(kind="text"), "<text>")
        except InputError as err:
            yield Failure(err.source, err.reason)
        return
    paths: Iterable[str | os.PathLike]
    if isinstance(text_or_path, (str, os.PathLike)):
        paths = [text_or_path]
    else:
        paths = text_or_path
    yield from readers.read(paths, stdin=stdin, manifest=manifest, on_skip=on_skip)


def _is_path(s: str) -> bool:
    if s == "-" or (len(s) < 4096 and "\n" not in s and os.path.exists(s)):
        return True
    looks_like_path = "\n" not in s and len(s) < 1024 and (s.lower().endswith(PATH_SUFFIXES) or os.sep in s)
    if looks_like_path and " " not in s.strip():
        raise InputError(s, "no such file or directory")
    return False


LANGUAGE_CODE_RE = re.compile(r"[a-z]{2,3}")


def check_language(code: str | None) -> str | None:
    """A declared language as an ISO 639 code in lower case ("fr", "ar"), or ConfigurationError. A language
    newsfacts has no rules for is accepted: its articles are kept without facts, with the reason."""
    if code is None:
        return None
    folded = code.strip().lower()
    if not LANGUAGE_CODE_RE.fullmatch(folded):
        raise ConfigurationError(f"language must be an ISO 639 code such as en or fr, not {code!r}")
    return folded


def check_date(date: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) within ``DATE_RANGE``, or None; anything else is a configuration error."""
    if date is None:
        return None
    from datetime import date as _date

    try:
        value = _date.fromisoformat(date.strip()).isoformat()
    except ValueError:
        raise ConfigurationError(f"--date must be an ISO date like 2025-12-05, got {date!r}") from None
    if not DATE_RANGE[0] <= value <= DATE_RANGE[1]:
        raise ConfigurationError(f"--date must be between {DATE_RANGE[0]} and {DATE_RANGE[1]}, got {date!r}")
    return value


# --- facts, filtered the same way from inputs and from the ledger --------------------------------------

OnFailure = Callable[[Failure], None]


def _articles(inputs: Input, date: str | None, on_failure: OnFailure | None) -> Iterator[Article]:
    for item in iter_extract(inputs, date=date):
        if isinstance(item, Failure):
            if on_failure is not None:
                on_failure(item)
            continue
        yield item


def select_facts(where: FigureFilter | QuoteFilter, inputs: Sequence[str] = (), *, db: str | None = None,
                 date: str | None = None, limit: int | None = None, offset: int = 0,
                 on_failure: OnFailure | None = None) -> list[tuple[Article | ArticleRef, Any]]:
    """The (article, fact) pairs that ``where`` keeps (figures for a ``FigureFilter``, quotes for a
    ``QuoteFilter``), in order, at most ``limit`` after the first ``offset``: of the articles extracted now
    from ``inputs`` when given (``on_failure`` sees each input that fails), else of the ledger at ``db``.
    The filter means the same on both (the ledger runs it as SQL)."""
    if inputs:
        found = select(_articles(inputs, date, on_failure), where, None if limit is None else offset + limit)
        return list(found)[offset:]
    from .store import open_store

    with open_store(db) as store:
        if isinstance(where, FigureFilter):
            return [(s.article, s.figure) for s in store.figures(where, limit=limit, offset=offset)]
        return [(s.article, s.quote) for s in store.quotes(where, limit=limit, offset=offset)]


def count_facts(where: FigureFilter | QuoteFilter, *, db: str | None = None, cap: int | None = None) -> int:
    """How many figures or quotes of the ledger at ``db`` ``where`` keeps (what ``select_facts`` with no
    limit would give), counted by the database; with ``cap``, counting stops there (``cap`` or more)."""
    from .store import open_store

    with open_store(db) as store:
        return store.count_facts(where, cap)


def select_conflicts(where: ConflictFilter, inputs: Sequence[str] = (), *, db: str | None = None,
                     date: str | None = None, limit: int | None = None,
                     on_failure: OnFailure | None = None) -> list[Conflict]:
    """The conflicts that ``where`` keeps, at most ``limit``: among the articles extracted now from
    ``inputs`` when given, else in the ledger at ``db``."""
    if inputs:
        articles = list(_articles(inputs, date, on_failure))
        published = {a.id: a.published for a in articles}
        found = [c for c in find_conflicts(articles) if where.matches(c, published)]
        return found[:limit] if limit is not None else found
    from .store import open_store

    with open_store(db) as store:
        return store.conflicts(where, limit=limit)


def select_updates(inputs: Sequence[str] = (), *, db: str | None = None, since: str | None = None,
                   until: str | None = None, date: str | None = None, limit: int | None = None,
                   on_failure: OnFailure | None = None) -> list[Update]:
    """Figures' histories (pairs of figures about one thing, one a later count of the other), at most
    ``limit``: among the articles extracted now from ``inputs`` when given, else in the ledger at ``db``;
    ``since``/``until`` keep those whose later figure's article was published in that range."""
    if inputs:
        articles = list(_articles(inputs, date, on_failure))
        published = {a.id: a.published for a in articles}
        where = ConflictFilter(since=since, until=until)
        found = [u for u in resolve(articles).updates
                 if where.matches(Conflict(u.about, "figure_disagreement", (u.later,)), published)]
        return found[:limit] if limit is not None else found
    from .store import open_store

    with open_store(db) as store:
        return store.updates(since=since, until=until, limit=limit)


def explain_pairs(inputs: Sequence[str] = (), *, db: str | None = None, article_ids: Sequence[str] = (),
                  figures: Sequence[str] = (), date: str | None = None,
                  on_failure: OnFailure | None = None) -> list[Pair]:
    """Why figures were or were not compared: every pair of figures of one event class and the verdict on
    it (``resolve.explain``), among the articles extracted now from ``inputs``, else among the ledger's
    articles ``article_ids`` and the other copies of their stories. ``figures`` (one or two: a value or
    words of the figure) keeps the pairs of those figures."""
    if inputs:
        return explain(_articles(inputs, date, on_failure), figures)
    if not article_ids:
        raise ConfigurationError("--explain on the ledger needs --article ID (the articles to explain)")
    from .store import open_store

    with open_store(db) as store:
        ids = list(dict.fromkeys(i for a in article_ids for i in (store.story(a) or [a])))
        found = [a for a in (store.article(i) for i in ids) if a is not None]
    if not found:
        raise ConfigurationError(f"no article {', '.join(article_ids)} in the ledger")
    return explain(found, figures)
