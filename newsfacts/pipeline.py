"""Stages and the pipeline that runs them over batches of articles.

A ``Stage`` declares what it needs (``requires``) and what it produces (``assigns``), like a spaCy
component. Names are Article fields (``text``, ``mentions`` ...) or working products that live only
during a batch (``doc``: the spaCy Doc). ``Pipeline.check()`` refuses stages whose needs nothing
before them provides. A stage function takes the batch's ``Work`` items and returns, for each, a
mapping from the names it assigns to their values; it does no I/O and keeps no state between calls,
so ``process_batch`` can run anywhere (a process pool, a Dask worker) unchanged.

An article in a language newsfacts does not extract (``language.supported``) goes through no stage: it comes
back as it was, with a note saying why it has no facts (``Article.notes``).

Limits per article: a text over ``NEWSFACTS_MAX_ARTICLE_CHARS`` fails before any stage; a stage that
runs past ``NEWSFACTS_MAX_ARTICLE_SECONDS`` on a batch (once for every ``NEWSFACTS_BATCH_SIZE`` articles
in it) is retried one article at a time, and an article
on which it runs past that limit alone becomes that article's ``Failure``, the others going on
(``time_limit`` says how the limit is enforced: a ``SIGALRM`` timer in the main thread, a check after the
stage elsewhere).

The stages themselves and their order are listed once, in ``analyse.DEFAULT_STAGES``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import signal
import threading
import time
from collections.abc import Iterable, Iterator, Sequence

from . import language, settings
from .errors import PipelineError
from .records import Article, Failure
from .stage import ARTICLE_FIELDS, PROVIDED, Stage, StageFn, Work, per_article

__all__ = ["Pipeline", "Stage", "StageFn", "Work", "default_stages", "per_article", "process_batch"]

log = logging.getLogger(__name__)


class Pipeline:
    def __init__(self, stages: Iterable[Stage]) -> None:
        self.stages = tuple(stages)
        self.check()

    def check(self) -> None:
        available = set(PROVIDED)
        names = set()
        for stage in self.stages:
            if stage.name in names:
                raise PipelineError(f"two stages are named {stage.name!r}")
            names.add(stage.name)
            missing = set(stage.requires) - available
            if missing:
                raise PipelineError(f"stage {stage.tag} requires {sorted(missing)}, which no earlier stage assigns")
            available |= set(stage.assigns)

    def run(self, articles: Sequence[Article]) -> list[Article | Failure]:
        """Every article through every stage. A stage that fails on the batch is retried one article
        at a time, so one bad article becomes a ``Failure`` and the others go on."""
        out, work = self._through(articles)
        for i, w in work:
            out[i] = w.article
        return [x for x in out if x is not None]

    def works(self, articles: Sequence[Article]) -> list[Work]:
        """Like ``run``, but each article's ``Work``, with the batch products (the spaCy Doc) kept beside it,
        for tools that run a later stage many times over one parse (``eval.train_cues``). Articles that
        fail are left out."""
        return [w for _, w in self._through(articles)[1]]

    def _through(self, articles: Sequence[Article]) -> tuple[list[Article | Failure | None], list[tuple[int, Work]]]:
        limit = settings.get("max_article_chars")
        out: list[Article | Failure | None] = [None] * len(articles)
        work: list[tuple[int, Work]] = []
        for i, a in enumerate(articles):
            if not language.supported(a.language):  # kept as it is, with the reason; no stage's rules run on it
                out[i] = _unsupported(a)
            elif len(a.text) > limit:
                out[i] = Failure(_label(a), f"article text of {len(a.text)} characters is over the limit of {limit} "
                                 "(NEWSFACTS_MAX_ARTICLE_CHARS)", stage="analyse")
            else:
                work.append((i, Work(a)))
        for stage in self.stages:
            work = self._run_stage(stage, work, out)
        return out, work

    def _run_stage(self, stage: Stage, work: list[tuple[int, Work]], out: list) -> list[tuple[int, Work]]:
        if not work:
            return work
        seconds = settings.get("max_article_seconds")
        # A batch gets the limit once for every batch_size articles in it: a larger batch (an evaluation
        # passes hundreds of documents at once) is not cut short only because it is large.
        per_batch = seconds * -(-len(work) // max(1, settings.get("batch_size")))
        try:
            with time_limit(per_batch):
                results = self._call(stage, [w for _, w in work])
            self._commit(stage, [w for _, w in work], results)
            return work
        except ArticleTimeout:
            log.warning("stage %s ran past %g s on a batch of %d; retrying one article at a time",
                        stage.tag, per_batch, len(work))
        except Exception:  # isolate the failing article(s) below; each gets a Failure with its reason
            log.warning("stage %s failed on a batch of %d; retrying one article at a time", stage.tag, len(work))
        kept = []
        for i, w in work:
            try:
                with time_limit(seconds):
                    results = self._call(stage, [w])
                self._commit(stage, [w], results)
                kept.append((i, w))
            except ArticleTimeout:
                log.warning("stage %s ran past %g s on %s", stage.tag, seconds, _label(w.article))
                out[i] = Failure(_label(w.article), f"analysis took over {seconds:g} s in stage {stage.name} "
                                 "(NEWSFACTS_MAX_ARTICLE_SECONDS)", stage=stage.name)
            except Exception as err:
                log.exception("stage %s failed on %s", stage.tag, _label(w.article))
                out[i] = Failure(_label(w.article), f"{type(err).__name__}: {err}", stage=stage.name)
        return kept

    @staticmethod
    def _call(stage: Stage, batch: list[Work]) -> list[dict]:
        """The stage's results for a batch, checked whole before any of them is applied (so a batch that
        fails half way leaves every article as it was, for the retry)."""
        results = stage.fn(batch)
        if len(results) != len(batch):
            raise PipelineError(f"stage {stage.tag} returned {len(results)} results for {len(batch)} articles")
        for result in results:
            extra = set(result) - set(stage.assigns)
            if extra:
                raise PipelineError(f"stage {stage.tag} assigned {sorted(extra)} without declaring them")
        return results

    @staticmethod
    def _commit(stage: Stage, batch: list[Work], results: list[dict]) -> None:
        for w, result in zip(batch, results, strict=True):
            fields = {k: v for k, v in result.items() if k in ARTICLE_FIELDS}
            w.products.update({k: v for k, v in result.items() if k not in ARTICLE_FIELDS})
            if fields or stage.assigns:
                fields["extractors"] = (*w.article.extractors, stage.tag)
                w.article = dataclasses.replace(w.article, **fields)


class ArticleTimeout(BaseException):
    """A stage ran past ``NEWSFACTS_MAX_ARTICLE_SECONDS``. A BaseException, so that a stage's own
    ``except Exception`` cannot swallow it and carry on."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``ArticleTimeout`` in the block once it has run ``seconds`` of wall-clock time (0 or less: no
    limit).

    In the main thread on a system with ``SIGALRM`` (Linux, macOS), a real-time timer
    (``signal.setitimer``) interrupts the block: Python runs the handler between bytecodes and wherever
    C code checks for signals (a backtracking regular expression does), so only a C call that never
    checks is stopped no sooner than it returns. Elsewhere (another thread, Windows), or while something else already uses ``SIGALRM``, the
    block cannot be interrupted: it runs to its end, and ``ArticleTimeout`` is raised then if it ran past
    the limit, so the outcome is the same, only later."""
    if seconds <= 0:
        yield
        return
    if not _can_interrupt():
        started = time.monotonic()
        yield
        if time.monotonic() - started > seconds:
            raise ArticleTimeout(seconds)
        return

    def expire(signum: int, frame: object) -> None:
        raise ArticleTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    finally:
        signal.signal(signal.SIGALRM, previous)


def _can_interrupt() -> bool:
    return (
        hasattr(signal, "setitimer") and hasattr(signal, "SIGALRM")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    )


def _unsupported(article: Article) -> Article:
    note = language.unsupported_note(article.language or "")
    return article if note in article.notes else dataclasses.replace(article, notes=(*article.notes, note))


def _label(article: Article) -> str:
    where = article.source.id or article.source.url or article.source.path or "?"
    return f"{where} (article {article.id})"


def default_stages() -> tuple[Stage, ...]:
    """The built-in stages, in order (``analyse.DEFAULT_STAGES``; imported here on first use, since it loads
    spaCy). Plugins extend this tuple."""
    from .analyse import DEFAULT_STAGES

    return DEFAULT_STAGES


def process_batch(articles: Sequence[Article], stages: Sequence[Stage] | None = None) -> list[Article | Failure]:
    """Run the stages over a batch of segmented articles. Pure and picklable: a module-level function of
    its arguments, so process pools and Dask workers can call it."""
    return Pipeline(stages if stages is not None else default_stages()).run(articles)
