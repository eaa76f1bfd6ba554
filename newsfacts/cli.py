"""The ``newsfacts`` command: each command parses, calls one library function, and formats.

Library errors (``errors.NewsfactsError``) become a one-line message on stderr and exit code 2 (usage
or configuration) or 1 (nothing could be processed). Per-item failures are reported on stderr, one line
each, and the run goes on.
"""

from __future__ import annotations

import collections
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from functools import partial
from typing import get_args

import click

from . import __version__
from .api import explain_pairs, iter_extract, select_conflicts, select_facts, select_updates
from .api import ingest as api_ingest
from .errors import ConfigurationError, InputError, NewsfactsError
from .eval import EVALUATIONS
from .eval.common import PARTS
from .filters import ConflictFilter, FigureFilter, QuoteFilter
from .lexicon.events import classes as event_classes
from .output import formats
from .output.rows import article_row
from .records import Article, Failure, PageKind, Skipped, to_dict

EXTRACT_FORMATS = ("table", "json", "jsonl", "csv")
PAGE_KINDS = get_args(PageKind)

# Characters never echoed raw in a message: C0 and C1 controls (a file name with ESC can drive the
# terminal, one with a newline fakes a second message), line and paragraph separators, the marks that
# reorder text (bidi overrides), and surrogates (an undecodable byte in a file name).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` with every control, reordering or surrogate character written as its Python escape
    (``\\x1b``, ``\\n``, ``\\u202e``): what every message that names a file shows of the name."""
    return _UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], text)


def one_line(message: str) -> str:
    """A library message on one line: its lines joined (SQLAlchemy's "(Background on this error at: ...)"
    link dropped), then anything unprintable escaped."""
    lines = [ln.strip() for ln in message.splitlines() if ln.strip() and not ln.startswith("(Background on this error")]
    return printable(" ".join(lines))


def error_line(err: NewsfactsError) -> str:
    """The one line the CLI prints for a library error; an input's name is escaped, not joined."""
    if isinstance(err, InputError):
        return f"newsfacts: error: {printable(err.source)}: {one_line(err.reason)}"
    return f"newsfacts: error: {one_line(str(err))}"


class _PrintableFormatter(logging.Formatter):
    """Log lines with the message's unprintable characters escaped (messages name files)."""

    def formatMessage(self, record: logging.LogRecord) -> str:  # noqa: N802 (logging's name)
        record.message = printable(record.message)
        return super().formatMessage(record)


class Counter:
    def __init__(self) -> None:
        self.failures = 0
        self.skipped: list[Skipped] = []

    def skip(self, item: Skipped) -> None:
        self.skipped.append(item)

    def report_skipped(self) -> None:
        """One line on stderr: how many files were skipped as not news, by reason."""
        if self.skipped:
            click.echo(f"newsfacts: {skipped_line(self.skipped)} (-v names each)", err=True)

    def report(self, items: Iterable[Article | Failure]) -> Iterator[Article | Failure]:
        """Pass items through, printing each failure on stderr as it goes by."""
        for item in items:
            if isinstance(item, Failure):
                self.failed(item)
            yield item

    def failed(self, item: Failure) -> None:
        """Count a failure and print it on stderr."""
        self.failures += 1
        where = f" [{item.stage}]" if item.stage != "ingest" else ""
        click.echo(f"newsfacts: error: {printable(item.source)}: {one_line(item.reason)}{where}", err=True)


def skipped_line(skipped: list[Skipped]) -> str:
    """'skipped 42 files that are not news: 40 matches *.meta, 1 matches README*, 1 the manifest'"""
    reasons = collections.Counter(item.reason for item in skipped)
    parts = ", ".join(f"{n} {reason}" for reason, n in reasons.most_common())
    return f"skipped {len(skipped)} file{'s' if len(skipped) != 1 else ''} that are not news: {parts}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsfacts")
@click.option("-v", "--verbose", count=True, help="Log progress (-v) or debug details (-vv) on stderr.")
def cli(verbose: int) -> None:
    """newsfacts: raw news to a sourced ledger of who said what, how many, where and when."""
    level = logging.WARNING if not verbose else logging.INFO if verbose == 1 else logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_PrintableFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler])


workers_option = click.option(
    "--workers", type=click.IntRange(min=0), default=None, metavar="N",
    help="Worker processes that run the analysis, each loading the models once (default: NEWSFACTS_WORKERS, else one "
         "per usable core; 0 means one per core). 1 runs everything in this process. Output order and results are the same.")

engine_option = click.option(
    "--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
    help="local: worker processes on this machine; dask: a Dask cluster (pip install 'newsfacts[dask]'), the one at "
         "--scheduler, else a LocalCluster of --workers processes.")
scheduler_option = click.option("--scheduler", default=None, metavar="ADDRESS",
                                help="With --engine dask: the scheduler's address, e.g. tcp://10.0.0.5:8786.")

language_option = click.option(
    "--language", default=None, metavar="CODE",
    help="The language (ISO 639: en, fr ...) of inputs that declare none (front matter, manifest, JSONL); "
         "default: detected per article. Facts are extracted in en and fr; other languages are kept without.")

manifest_option = click.option(
    "--manifest", default=None, metavar="FILE.csv",
    help="Per-file metadata: a CSV with columns path, title, url, outlet, published, language (path relative to "
         "the CSV's folder). A file's own front matter comes first, then its row, then --date.")


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default="table", show_default=True,
              help="table for people; json (the SPEC contract), jsonl (one article a line) or csv for programs.")
@click.option("--date", default=None, metavar="YYYY-MM-DD",
              help="Reference (publication) date for articles whose input states none.")
@language_option
@manifest_option
@workers_option
@engine_option
@scheduler_option
def extract(inputs: tuple[str, ...], fmt: str, date: str | None, language: str | None, manifest: str | None,
            workers: int | None, engine: str, scheduler: str | None) -> None:
    """Extract articles and their facts from INPUTS (files, directories, globs, or - for stdin) to stdout.
    Files of directories and globs that are not news (README, .meta sidecars, hidden files, data files no
    reader accepts) are skipped, and counted on stderr."""
    counter = Counter()
    items = counter.report(iter_extract(list(inputs), date=date, manifest=manifest, on_skip=counter.skip,
                                        workers=workers, engine=engine, scheduler=scheduler, language=language))
    out = sys.stdout
    if fmt == "json":
        written, _ = formats.write_json(items, out)
    elif fmt == "jsonl":
        written, _ = formats.write_jsonl(items, out)
    elif fmt == "csv":
        written, _ = formats.write_csv(items, out)
    else:
        written = _print_table(list(formats.only_articles(items)))
    counter.report_skipped()
    if counter.failures and not written:
        sys.exit(1)


def _print_table(articles: list[Article]) -> int:
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("id", "title", "dateline", "published", "outlet", "language", "words", "mentions", "truncated"):
        table.add_column(col, overflow="fold")
    for a in articles:
        r = article_row(a)
        table.add_row(r["id"], r["title"] or "(no title)", r["dateline"], r["published"] or "-", r["outlet"] or "-",
                      r["language"] or "-",
                      str(r["words"]), str(r["mentions"]), "yes" if r["truncated"] else "")
    _console().print(table)
    for a in articles:
        for note in a.notes:
            _console().print(f"note: {a.id}: {note}", markup=False, highlight=False)
    return len(articles)


# ---------------------------------------------------------------------------------------------- the ledger

db_option = click.option("--db", default=None, metavar="URL",
                         help="Store: a SQLite path or postgresql:// URL (default: NEWSFACTS_DB, else the user data dir).")
since_option = click.option("--since", default=None, metavar="DATE", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
until_option = click.option("--until", default=None, metavar="DATE", help="Up to this date.")
limit_option = click.option("--limit", type=int, default=None, help="At most this many rows.")
page_limit_option = click.option("--limit", type=click.IntRange(min=0), default=None,
                                 help="At most this many rows (default: a table shows 50, the other formats all).")
offset_option = click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many rows first.")
TABLE_PAGE = 50  # rows a table on the terminal shows when no --limit is given


MORE_COUNTED = 10_000  # the "N more rows" note counts this many at most: an exact count reads every row


def _page(fetch, count, limit: int | None, offset: int, fmt: str, extracted: bool) -> tuple[list, int]:
    """The rows to print, and how many more there are past them (counted only for a table that filled its
    page, up to ``MORE_COUNTED``: a note of ``MORE_COUNTED`` means that many or more). ``fetch(limit,
    offset)`` gives rows, ``count(cap)`` how many there are in all, counting no further than ``cap``; rows
    ``extracted`` now from inputs are all at hand, so they are sliced here."""
    if fmt != "table":
        return fetch(limit, offset), 0
    size = TABLE_PAGE if limit is None else limit
    if extracted:
        found = fetch(None, 0)
        return found[offset:offset + size], max(0, len(found) - offset - size)
    found = fetch(size, offset)
    if len(found) < size:
        return found, 0
    return found, max(0, count(offset + len(found) + MORE_COUNTED) - offset - len(found))


def _more_note(more: int) -> None:
    if more >= MORE_COUNTED:
        click.echo(f"newsfacts: {MORE_COUNTED:,} or more rows past these (counting stops there); use --limit/--offset "
                   "or --format jsonl", err=True)
    elif more:
        click.echo(f"newsfacts: {more} more row{'s' if more != 1 else ''}; use --limit/--offset or --format jsonl",
                   err=True)
outlet_option = click.option("--outlet", default=None, help="Only articles from this outlet.")


def _store(db: str | None):
    from .store import open_store

    return open_store(db)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--date", default=None, metavar="YYYY-MM-DD", help="Reference date for inputs that state none.")
@language_option
@manifest_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="json: a quiet, machine-readable summary.")
@workers_option
@engine_option
@scheduler_option
def ingest(inputs: tuple[str, ...], db: str | None, date: str | None, language: str | None, manifest: str | None,
           fmt: str, workers: int | None, engine: str, scheduler: str | None) -> None:
    """Extract INPUTS and add them to the ledger: idempotent (the same input twice adds nothing) and
    resumable (an interrupted run loses nothing and duplicates nothing when run again). Files of
    directories and globs that are not news are skipped and counted."""
    counter = Counter()
    run = partial(api_ingest, list(inputs), db=db, date=date, manifest=manifest, workers=workers, engine=engine,
                  scheduler=scheduler, language=language,
                  on_failure=counter.failed if fmt == "table" else None)
    summary = _with_progress(run) if fmt == "table" and sys.stderr.isatty() else run()
    if fmt == "json":
        click.echo(json.dumps(to_dict(summary), allow_nan=False))
        return
    skipped = f"; {summary.files_skipped} files skipped as not news (-v names each)" if summary.files_skipped else ""
    click.echo(f"{summary.articles_added} new articles, {summary.articles_skipped} already in the ledger, "
               f"{summary.articles_updated} updated; {summary.facts_added} facts added; {summary.failures} failures"
               f"{skipped} (run {summary.run_id})")
    if summary.not_extracted:
        click.echo(f"{summary.not_extracted} articles kept without facts: language not supported "
                   f"({', '.join(summary.unsupported_languages)})")


def _with_progress(run):
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[stats]}"), TimeElapsedColumn())
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task("ingesting", total=None, stats="")

        def show(summary) -> None:
            rate = (summary.articles_added + summary.articles_skipped) / max(progress.tasks[0].elapsed or 1e-9, 1e-9)
            progress.update(task, advance=1, stats=f"{summary.articles_added} new, {summary.articles_skipped} "
                            f"known, {summary.failures} failed, {rate:.1f} articles/s")

        return run(progress=show)


@cli.command()
@db_option
@outlet_option
@since_option
@until_option
@click.option("--search", "text", default=None, help="Only articles matching these words.")
@click.option("--page-kind", type=click.Choice(PAGE_KINDS), default=None,
              help="Only articles from this kind of page (a listing's teasers, a liveblog, a bulletin's stories).")
@page_limit_option
@offset_option
@click.option("--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default="table", show_default=True)
def articles(db, outlet, since, until, text, page_kind, limit, offset, fmt) -> None:
    """Articles in the ledger, in the order they were stored (a table shows 50 at a time: --limit/--offset)."""
    filters = {"outlet": outlet, "since": since, "until": until, "text": text, "page_kind": page_kind}
    with _store(db) as store:
        found, more = _page(lambda n, at: store.articles(**filters, limit=n, offset=at),
                            lambda cap: store.count_articles(**filters, cap=cap), limit, offset, fmt, extracted=False)
    _write_articles(found, fmt)
    _more_note(more)


def _write_articles(found: list[Article], fmt: str) -> None:
    if fmt == "json":
        formats.write_json(found, sys.stdout)
    elif fmt == "jsonl":
        formats.write_jsonl(found, sys.stdout)
    elif fmt == "csv":
        formats.write_csv(found, sys.stdout)
    else:
        _print_table(found)


@cli.command()
@click.argument("inputs", nargs=-1)
@db_option
@click.option("--speaker", default=None, help="Only quotes whose speaker (name or words) contains this text.")
@outlet_option
@since_option
@until_option
@click.option("--text", default=None, help="Only quotes containing this text.")
@page_limit_option
@offset_option
@click.option("--date", default=None, metavar="YYYY-MM-DD", help="With INPUTS: reference date for inputs that state none.")
@click.option("--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default="table", show_default=True)
def quotes(inputs, db, speaker, outlet, since, until, text, limit, offset, date, fmt) -> None:
    """Who said what: one row per quote with speaker, role, kind, quote and article. From INPUTS
    (extracted now) when given, else from the ledger; the filters mean the same on both."""
    from .output import export

    where = QuoteFilter(speaker=speaker, outlet=outlet, since=since, until=until, text=text)
    pairs, more = _facts_page(where, inputs, db, date, limit, offset, fmt)
    rows = list(export.quote_rows(pairs))
    if fmt == "table":
        _print_rows([{k: _cell(v) for k, v in r.items()} for r in rows], ("speaker", "speaker_role", "kind", "quote", "title"))
        _more_note(more)
    else:
        formats.write_rows(rows, export.QUOTE_COLUMNS, fmt, sys.stdout)


FIGURE_TABLE = ("value", "approx", "unit", "counted", "term", "event", "place", "place_country", "when_value", "stated_by",
                "title")


@cli.command()
@click.argument("inputs", nargs=-1)
@db_option
@click.option("--country", default=None, metavar="ISO3",
              help="Only figures placed in this country (ISO 3166-1 alpha-3 code, or a country name).")
@click.option("--term", default=None, help="Only figures with this term: the text's word for what happened to what is counted.")
@click.option("--event", default=None,
              help="Only figures of this event class, one of: " + ", ".join(event_classes()) + ".")
@click.option("--category", default=None, help="displacement, casualties, aid, money, time or other.")
@click.option("--speaker", default=None, help="Only figures stated by this speaker.")
@outlet_option
@since_option
@until_option
@click.option("--on", "date_field", type=click.Choice(["published", "event"]), default="published", show_default=True,
              help="Whether --since/--until apply to publication dates or to the figures' own dates.")
@click.option("--min-value", type=float, default=None, help="Only figures at least this large.")
@page_limit_option
@offset_option
@click.option("--date", default=None, metavar="YYYY-MM-DD", help="With INPUTS: reference date for inputs that state none.")
@click.option("--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default="table", show_default=True)
def figures(inputs, db, country, term, event, category, speaker, outlet, since, until, date_field, min_value, limit,
            offset, date, fmt) -> None:
    """How many of what, where, when and according to whom: from INPUTS (extracted now), else the ledger;
    the filters mean the same on both."""
    from .output import export

    where = FigureFilter(country=country, term=term, event=event, category=category, speaker=speaker, outlet=outlet,
                         since=since, until=until, date_field=date_field, min_value=min_value)
    pairs, more = _facts_page(where, inputs, db, date, limit, offset, fmt)
    if fmt == "json":
        click.echo(json.dumps([{"article": a.id, **to_dict(f)} for a, f in pairs], ensure_ascii=False, indent=1, allow_nan=False))
    elif fmt == "table":
        _print_rows([{k: _cell(v) for k, v in r.items()} for r in export.figure_rows(pairs)], FIGURE_TABLE)
        _more_note(more)
    else:
        export.export(pairs, fmt, sys.stdout)


def _facts_page(where, inputs, db, date, limit, offset, fmt) -> tuple[list, int]:
    if inputs:
        failed = Counter().failed
        return _page(lambda n, at: select_facts(where, inputs, date=date, limit=n, offset=at, on_failure=failed),
                     None, limit, offset, fmt, extracted=True)
    with _store(db) as store:  # one store (one schema check) for the page and its count
        if isinstance(where, FigureFilter):
            def fetch(n, at):
                return [(s.article, s.figure) for s in store.figures(where, limit=n, offset=at)]
        else:
            def fetch(n, at):
                return [(s.article, s.quote) for s in store.quotes(where, limit=n, offset=at)]
        return _page(fetch, lambda cap: store.count_facts(where, cap), limit, offset, fmt, extracted=False)


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    return str(value)


@cli.command()
@click.argument("inputs", nargs=-1)
@db_option
@click.option("--kind", type=click.Choice(["figure_disagreement", "denial"]), default=None)
@since_option
@until_option
@limit_option
@click.option("--updates", is_flag=True, help="List figures' histories instead: pairs of figures about one thing, "
              "one a later count of the other (a toll that rose), with what put them in time.")
@click.option("--explain", is_flag=True, help="List every pair of figures of one event class with the verdict on it "
              "(conflict, update, agree, or refused and why: another group, place, scope, period ...).")
@click.option("--article", "article_ids", multiple=True, metavar="ID",
              help="With --explain on the ledger: the articles to explain (with the other copies of their stories).")
@click.option("--figure", "figures", multiple=True, metavar="VALUE|WORDS",
              help="With --explain: only pairs of this figure (once) or of these two figures (twice).")
@click.option("--date", default=None, metavar="YYYY-MM-DD", help="With INPUTS: reference date for inputs that state none.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def conflicts(inputs, db, kind, since, until, limit, updates, explain, article_ids, figures, date, fmt) -> None:
    """Disagreements between sources: figures that cannot both be true, and denials. Among INPUTS
    (extracted now) when given, else in the ledger (kept up to date as articles are ingested).

    Each claim says who states it and how many independent sources carry it (wire copies count once); a
    denial lists the statement it rejects when found. --since/--until keep conflicts with a claim in an
    article published in that range. --updates lists figures' histories, --explain why figures were or
    were not compared."""
    counter = Counter()
    if explain:
        found = explain_pairs(inputs, db=db, article_ids=article_ids, figures=figures, date=date, on_failure=counter.failed)
        rows = [{"first": _side(p.first), "second": _side(p.second), "about": p.about[0] if p.about[0] == p.about[1]
                 else " / ".join(p.about), "verdict": p.relation + (f" ({p.reason})" if p.reason else ""), "why": p.why}
                for p in found]
        columns: tuple[str, ...] = ("first", "second", "about", "verdict", "why")
    elif updates:
        found = select_updates(inputs, db=db, since=since, until=until, date=date, limit=limit, on_failure=counter.failed)
        rows = [{"about": u.about, "earlier": _side(u.earlier), "later": _side(u.later), "how": u.how} for u in found]
        columns = ("about", "earlier", "later", "how")
    else:
        where = ConflictFilter(kind=kind, since=since, until=until)
        found = select_conflicts(where, inputs, db=db, date=date, limit=limit, on_failure=counter.failed)
        rows = [{"kind": c.kind, "about": c.about, "claims": _claims_cell(c)} for c in found]
        columns = ("kind", "about", "claims")
    if fmt == "json":
        click.echo(json.dumps(to_dict(found), ensure_ascii=False, indent=1, allow_nan=False))
    else:
        _print_rows(rows, columns)


def _side(c) -> str:
    """One figure of a pair: who states it (else the outlet), its value, and its article."""
    who = (c.stated_by.name or c.stated_by.mention) if c.stated_by else (c.reported_by or "")
    what = _cell(c.value) if c.value is not None else f"“{_short(c.text or '')}”"
    return f"{who + ': ' if who else ''}{what} [{c.article[:12]}]"


def _claims_cell(conflict) -> str:
    """Each side once: who states it, the value or words, from how many independent sources; a denial
    first, then what it denies."""
    parts = []
    for c in conflict.claims:
        who = (c.stated_by.name or c.stated_by.mention) if c.stated_by else (c.reported_by or c.article[:12])
        what = _cell(c.value) if c.value is not None else f"“{_short(c.text or '')}”"
        support = f" ({c.sources} sources)" if c.sources > 1 else ""
        lead = "denies: " if c.role == "denial" else "denied: " if c.role == "denied" else ""
        parts.append(f"{lead}{who}: {what}{support}")
    return "; ".join(dict.fromkeys(parts))


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


@cli.command()
@click.argument("text")
@db_option
@click.option("--limit", type=int, default=20, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def search(text, db, limit, fmt) -> None:
    """Full-text search over article text and quotes."""
    with _store(db) as store:
        hits = store.search(text, limit=limit)
    if fmt == "json":
        click.echo(json.dumps(to_dict(hits), ensure_ascii=False, indent=1, allow_nan=False))
    else:
        _print_rows([to_dict(h) for h in hits], ("kind", "article_id", "title", "snippet"))


@cli.command()
@click.argument("article_id")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def show(article_id, db, fmt) -> None:
    """One article from the ledger with all its facts, the copies of its story, and the history of its
    figures (earlier and later counts of the same things, from it and other articles)."""
    with _store(db) as store:
        article = store.article(article_id)
        story = store.story(article_id)
        history = store.updates(article_id=article_id)
    if article is None:
        raise ConfigurationError(f"no article {article_id!r} in the ledger")
    if fmt == "json":
        click.echo(formats.dumps({**to_dict(article), "copies": story, "updates": history}))
        return
    copies = [i for i in story if i != article.id]
    also = f"\nthe same story as {', '.join(copies)}" if copies else ""
    click.echo(f"{article.title or '(no title)'}\n{article.url or ''} {article.published or ''} "
               f"{article.source.outlet or ''}{also}\n\n{article.text}\n")
    from .output import export

    _print_rows([{k: _cell(v) for k, v in r.items()} for r in export.quote_rows([article])], ("speaker", "kind", "quote"))

    _print_rows([{k: _cell(v) for k, v in r.items()} for r in export.figure_rows([article])], FIGURE_TABLE[:-1])
    if history:
        click.echo("\nhistory of its figures (earlier -> later count of the same thing):")
        _print_rows([{"about": u.about, "earlier": _side(u.earlier), "later": _side(u.later), "how": u.how}
                     for u in history], ("about", "earlier", "later", "how"))


@cli.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "hxl", "geojson", "parquet", "xlsx"]), required=True,
              help="xlsx: an Excel workbook whose first sheet says what every column means.")
@click.option("--kind", type=click.Choice(["figures", "mentions", "quotes"]), default="figures", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="File to write (default: stdout).")
@click.option("--country", default=None, metavar="ISO3", help="Only figures placed in this country (code or name).")
@click.option("--category", default=None, help="Only figures of this category (displacement, casualties, ...).")
@since_option
@until_option
def export_command(db, fmt, kind, output, country, category, since, until) -> None:
    """Export the ledger's figures, place mentions or quotes (HXL: a hashtag row second)."""
    from .output import export

    if fmt in ("parquet", "xlsx") and output is None:
        raise ConfigurationError(f"{fmt} needs a file: give -o FILE")
    if kind != "figures" and (country or category):
        raise ConfigurationError(f"--country and --category filter figures, not {kind}: add --kind figures")
    where = FigureFilter(country=country, category=category, since=since, until=until)
    with _store(db) as store:
        if kind == "figures" and (country or category):
            items: list = store.figures(where)
        else:
            items = store.articles(since=since, until=until, with_facts=True)
    n = export.export(items, fmt, output or sys.stdout, kind=kind)
    click.echo(f"exported {n} {kind}" + (f" to {printable(output)}" if output else ""), err=True)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (127.0.0.1: this machine only; 0.0.0.0 exposes the ledger to the network).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--allow-ingest", is_flag=True, help="Accept POST /api/ingest (needs --token); read-only otherwise.")
@click.option("--token", default=None, envvar="NEWSFACTS_SERVE_TOKEN",
              help="The secret clients send as 'Authorization: Bearer TOKEN' to ingest (or NEWSFACTS_SERVE_TOKEN).")
@click.option("--max-body", type=click.IntRange(1), default=10 * 1024 * 1024, show_default=True,
              help="The largest request body POST /api/ingest accepts, in bytes.")
def serve(db, host, port, allow_ingest, token, max_body) -> None:
    """Serve the ledger: a JSON API (/api, schema at /openapi.json, docs at /docs) and a dashboard (figures,
    map, timeline, articles, conflicts, search) that works offline. Read-only unless --allow-ingest."""
    try:
        import uvicorn

        from .serve import create_app
    except ImportError as err:
        raise ConfigurationError(f"serve needs its extra: pip install 'newsfacts[serve]' ({err})") from err
    app = create_app(_store(db), allow_ingest=allow_ingest, token=token, max_body=max_body)
    click.echo(f"newsfacts: serving on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _console():
    from rich.console import Console

    return Console() if sys.stdout.isatty() else Console(width=200)


def _print_rows(rows: list[dict], columns: tuple[str, ...]) -> None:
    from rich.table import Table

    table = Table(show_lines=True)
    for col in columns:
        table.add_column(col, overflow="fold", ratio=4 if col == "quote" else 1)
    for r in rows:
        table.add_row(*(str(r[c]) for c in columns))
    _console().print(table)


@cli.command("eval")
@click.argument("name", type=click.Choice(list(EVALUATIONS)))
@click.option("--shared", type=click.Path(file_okay=False), default=None,
              help="The shared/ folder with seed and gold sets (default: ../shared).")
@click.option("--only", default=None, help="seed: sections to score, e.g. articles,spans.")
@click.option("--split", default="dev", show_default=True, help="polnear, conflicts-audit, segmentation: which PolNeAR split to use (dev or train).")
@click.option("--limit", type=int, default=None, help="Score only the first N articles of the split.")
@click.option("--part", type=click.Choice(list(PARTS)), default="all", show_default=True,
              help="idetect, newsquant, realnews: the check part (ids hashing to 0 mod 3, never tuned on), "
                   "the tune part (the rest) or all.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors", "show_errors", type=int, default=0, metavar="N", help="Also print N misses, for error analysis.")
def eval_command(name: str, shared: str | None, only: str | None, split: str, limit: int | None, part: str, fmt: str,
                 show_errors: int) -> None:
    """Score extraction against a gold set and print the result (exit 1 when it falls below its bar)."""
    result = EVALUATIONS[name](shared=shared, only=only, split=split, limit=limit, part=part)
    for line in result.details[:show_errors]:
        click.echo(line, err=True)
    if fmt == "json":
        click.echo(json.dumps({"name": result.name, "passed": result.passed, "scores": result.scores}, indent=2, allow_nan=False))
    else:
        click.echo(result.report)
    sys.exit(0 if result.passed else 1)


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("newsfacts: aborted", err=True)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(2)
    except ConfigurationError as err:
        click.echo(error_line(err), err=True)
        sys.exit(2)
    except NewsfactsError as err:
        click.echo(error_line(err), err=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
