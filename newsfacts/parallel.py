"""Batches through worker processes: the same results as one process, in the same order.

``run_batches(found, stages, workers)`` runs ``Pipeline.run`` over each batch of ``found`` (the batches and
failures ``api.batches`` gives) and yields the articles and failures in input order. With ``workers`` 1 it
runs in this process, as ever. With more it starts that many worker processes (``concurrent.futures``
``ProcessPoolExecutor``, started by ``forkserver`` where the system has it, else ``spawn``: never ``fork``,
which would copy a parent's threads and locks), each loading the models once, when its first batch comes
(an input of one batch runs in this process: a pool would only add its start-up). With the default stages
the forkserver loads the model once (``preload.py``) and every worker starts with it, shared.
at most ``2 * workers`` batches are out at a time, so memory stays bounded however long the input.

The stages run in the workers, and segmentation of the documents a batch holds as ``documents.Unsegmented``
(``documents.expand``); reading and everything that needs the whole set of articles (stories, conflicts, the
ledger) stay in the calling process, the one writer. A batch whose worker
dies (killed, out of memory, a crash in native code) is retried once, alone, in a fresh pool; if it kills
that one too, each of its articles becomes a ``Failure`` (stage ``worker``) and the run goes on.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from typing import Any

from . import settings
from .documents import Unsegmented, expand
from .errors import ConfigurationError
from .pipeline import Pipeline, Stage, _label, default_stages
from .records import Article, Failure

log = logging.getLogger(__name__)

Batch = list[Article | Unsegmented] | Failure


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, where the system tells), at least 1."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return max(1, os.process_cpu_count() or 1)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def resolve_workers(workers: int | None) -> int:
    """The number of worker processes: ``workers`` when given, else ``NEWSFACTS_WORKERS``; 0 means one
    per usable core. 1 is this process alone."""
    n = settings.get("workers") if workers is None else workers
    if n < 0:
        raise ConfigurationError(f"--workers must be 0 (one per core) or more, got {n}")
    return n or usable_cores()


ENGINES = ("local", "dask")


def run_batches(found: Iterable[Batch], stages: Sequence[Stage] | None, workers: int = 1, engine: str = "local",
                scheduler: str | None = None) -> Iterator[Article | Failure]:
    """Every batch of ``found`` through the stages, in order; a ``Failure`` passes through as it is. An input of
    one batch runs in this process whatever ``workers`` says: starting a pool would only add its start-up."""
    if engine not in ENGINES:
        raise ConfigurationError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    if engine == "dask":
        yield from _DaskPool(stages, workers, scheduler).run(found)
        return
    if workers > 1:
        items = iter(found)
        head = list(islice(items, 2))  # one batch alone runs here: a pool would only add its start-up
        found = chain(head, items)
        if len(head) > 1:
            yield from _in_pool(found, stages, workers)
            return
    pipeline = Pipeline(stages if stages is not None else default_stages())
    for batch in found:
        if isinstance(batch, Failure):
            yield batch
        else:
            yield from pipeline.run(expand(batch))


def _in_pool(found: Iterable[Batch], stages: Sequence[Stage] | None, workers: int) -> Iterator[Article | Failure]:
    Pipeline(stages if stages is not None else default_stages())  # a bad plugin stage fails here, not in a worker
    if stages is not None:
        try:
            pickle.dumps(tuple(stages))
        except (pickle.PicklingError, AttributeError, TypeError) as err:
            raise ConfigurationError(f"these stages cannot be sent to worker processes ({err}): define their "
                                     "functions at module level, or use one worker") from None
    yield from _Pool(stages, workers).run(found)


# -- in each worker ---------------------------------------------------------------------------------------

_PIPELINE: Pipeline | None = None


def _start_worker(stages: Sequence[Stage] | None, level: int, formatter: logging.Formatter | None) -> None:
    """A worker's initializer: Ctrl-C is the parent's to handle (it stops the pool); log records at the
    parent's level go to stderr through the parent's formatter (the CLI's escapes what a file name holds);
    the pipeline is built once (its models load with the first batch, unless the forkserver preloaded them)."""
    global _PIPELINE
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    handler = logging.StreamHandler()
    handler.setFormatter(formatter or logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    _PIPELINE = Pipeline(stages if stages is not None else default_stages())


def _log_formatter() -> logging.Formatter | None:
    """The formatter of this process's first root log handler, when it can be sent to a worker."""
    handlers = logging.getLogger().handlers
    formatter = handlers[0].formatter if handlers else None
    try:
        pickle.dumps(formatter)
    except Exception:  # a formatter holding something unpicklable: the workers use a plain one
        return None
    return formatter


def _run_batch(batch: list[Article | Unsegmented]) -> list[Article | Failure]:
    assert _PIPELINE is not None, "worker not initialised"
    return _PIPELINE.run(expand(batch))


def _crash_failures(batch: list[Article | Unsegmented], reason: str) -> list[Article | Failure]:
    return [Failure(_label(a), f"the worker process analysing this article's batch died: {reason}", stage="worker")
            for a in expand(batch)]


# -- in the calling process -------------------------------------------------------------------------------

Pending = deque[tuple[Batch, Any]]


def _in_order(found: Iterable[Batch], window: int, submit: Callable[[list[Article | Unsegmented]], Any],
              collect: Callable[[list[Article | Unsegmented], Any, Pending], list[Article | Failure]]) -> Iterator[Article | Failure]:
    """The results of ``found``'s batches in input order: each batch is ``submit``-ted as it is read, at most
    ``window`` ahead of the one whose results ``collect(batch, future, pending)`` waits for; a ``Failure``
    keeps its place and passes through."""
    pending: Pending = deque()
    items = iter(found)
    while True:
        while len(pending) < window:
            batch = next(items, None)
            if batch is None:
                break
            pending.append((batch, None if isinstance(batch, Failure) else submit(batch)))
        if not pending:
            return
        batch, future = pending.popleft()
        if isinstance(batch, Failure):
            yield batch
        else:
            yield from collect(batch, future, pending)


class _Pool:
    def __init__(self, stages: Sequence[Stage] | None, workers: int) -> None:
        self.stages = stages
        self.workers = workers
        self.executor: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self.executor is None:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
            if self.stages is None and "forkserver" in methods:  # the models, loaded once for every worker
                context.set_forkserver_preload(["newsfacts.preload"])
            level = logging.getLogger().getEffectiveLevel()
            self.executor = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start_worker,
                                                initargs=(self.stages, level, _log_formatter()))
        return self.executor

    def _drop_executor(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None

    def run(self, found: Iterable[Batch]) -> Iterator[Article | Failure]:
        try:
            yield from _in_order(found, 2 * self.workers, lambda batch: self._executor().submit(_run_batch, batch),
                                 self._collect)
        finally:
            self._drop_executor()

    def _collect(self, batch: list[Article | Unsegmented], future: Future, pending: Pending) -> list[Article | Failure]:
        try:
            return future.result()
        except BrokenProcessPool as err:
            return self._after_crash(batch, pending, err)

    def _after_crash(self, batch: list[Article | Unsegmented], pending: Pending, err: BaseException) -> list[Article | Failure]:
        """A worker died: the pool is gone with every batch it held. This batch runs again alone in a fresh
        pool (its articles fail if it kills that one too); the batches after it are sent again."""
        log.warning("a worker process died on a batch of %d articles (%s); retrying that batch alone", len(batch), err)
        self._drop_executor()
        try:
            result = self._executor().submit(_run_batch, batch).result()
        except BrokenProcessPool as again:
            log.error("a worker process died again on the same batch of %d articles; they fail", len(batch))
            self._drop_executor()
            result = _crash_failures(batch, str(again) or type(again).__name__)
        for k, (b, f) in enumerate(pending):
            if f is not None and not (f.done() and not f.cancelled() and f.exception() is None):
                assert not isinstance(b, Failure)
                pending[k] = (b, self._executor().submit(_run_batch, b))
        return result


# -- Dask ---------------------------------------------------------------------------------------------------

def dask_batch(batch: list[Article | Unsegmented], stages: Sequence[Stage] | None) -> list[Article | Failure]:
    """The pure batch function a Dask worker runs: ``Pipeline.run`` over the batch (the models load once per
    worker process, with its first batch)."""
    global _PIPELINE
    if stages is not None:
        return Pipeline(stages).run(expand(batch))
    if _PIPELINE is None:
        _PIPELINE = Pipeline(default_stages())
    return _PIPELINE.run(expand(batch))


class _DaskPool:
    """Batches to a ``distributed`` cluster: the one at ``scheduler``, else a ``LocalCluster`` of ``workers``
    processes (one thread each) for this run. At most ``4 * workers`` batches are out at a time; results come
    back in input order to this process, the one writer. A batch whose worker dies is retried by Dask on
    another worker; one that kills ``distributed.scheduler.allowed-failures`` workers fails its articles."""

    def __init__(self, stages: Sequence[Stage] | None, workers: int, scheduler: str | None) -> None:
        try:
            import distributed
        except ImportError:
            raise ConfigurationError("--engine dask needs Dask: pip install 'newsfacts[dask]'") from None
        self.distributed = distributed
        self.stages = stages
        self.workers = max(1, workers)
        self.scheduler = scheduler

    def run(self, found: Iterable[Batch]) -> Iterator[Article | Failure]:
        distributed = self.distributed
        cluster = None
        if self.scheduler:
            client = distributed.Client(self.scheduler)
        else:
            cluster = distributed.LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                               dashboard_address=None)
            client = distributed.Client(cluster)
        try:
            window = 4 * max(self.workers, len(client.scheduler_info().get("workers", {})))
            stages = client.scatter(self.stages, broadcast=True) if self.stages is not None else None

            def collect(batch: list[Article | Unsegmented], future: Any, pending: Pending) -> list[Article | Failure]:
                try:
                    return future.result()
                except distributed.KilledWorker as err:
                    log.error("batch of %d articles took down its Dask workers every time it ran; its articles fail", len(batch))
                    return _crash_failures(batch, str(err))

            yield from _in_order(found, window, lambda batch: client.submit(dask_batch, batch, stages, pure=False),
                                 collect)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
