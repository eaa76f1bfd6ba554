"""The ``newsfacts`` command: each command parses, calls one library function, and formats.

Library errors (``errors.NewsfactsError``) become a one-line message on stderr and exit code 2 (usage
or configuration) or 1 (nothing could be processed). Per-item failures are reported on stderr, one line
each, and the run goes on.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator

import click

from . import __version__, formats
from .api import iter_extract
from .errors import ConfigurationError, NewsfactsError
from .eval import EVALUATIONS
from .records import Article, Failure

EXTRACT_FORMATS = ("table", "json", "jsonl", "csv")


class Counter:
    def __init__(self) -> None:
        self.failures = 0

    def report(self, items: Iterable[Article | Failure]) -> Iterator[Article | Failure]:
        """Pass items through, printing each failure on stderr as it goes by."""
        for item in items:
            if isinstance(item, Failure):
                self.failures += 1
                where = f" [{item.stage}]" if item.stage != "ingest" else ""
                click.echo(f"newsfacts: error: {item.source}: {item.reason}{where}", err=True)
            yield item


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsfacts")
@click.option("-v", "--verbose", count=True, help="Log progress (-v) or debug details (-vv) on stderr.")
def cli(verbose: int) -> None:
    """newsfacts: raw news to a sourced ledger of who said what, how many, where and when."""
    level = logging.WARNING if not verbose else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default="table", show_default=True,
              help="table for people; json (the SPEC contract), jsonl (one article a line) or csv for programs.")
@click.option("--date", default=None, metavar="YYYY-MM-DD",
              help="Reference (publication) date for articles whose input states none.")
def extract(inputs: tuple[str, ...], fmt: str, date: str | None) -> None:
    """Extract articles and their facts from INPUTS (files, directories, globs, or - for stdin) to stdout."""
    counter = Counter()
    items = counter.report(iter_extract(list(inputs), date=date))
    out = sys.stdout
    if fmt == "json":
        written, _ = formats.write_json(items, out)
    elif fmt == "jsonl":
        written, _ = formats.write_jsonl(items, out)
    elif fmt == "csv":
        written, _ = formats.write_csv(items, out)
    else:
        written = _print_table(list(formats.only_articles(items)))
    if counter.failures and not written:
        sys.exit(1)


def _print_table(articles: list[Article]) -> int:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("id", "title", "dateline", "published", "words", "mentions", "truncated"):
        table.add_column(col, overflow="fold")
    for a in articles:
        r = formats.article_row(a)
        table.add_row(r["id"], r["title"] or "(no title)", r["dateline"], r["published"] or "-", str(r["words"]),
                      str(r["mentions"]), "yes" if r["truncated"] else "")
    Console().print(table)
    return len(articles)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default="table", show_default=True)
@click.option("--speaker", default=None, help="Only quotes whose speaker (name or words) contains this text.")
@click.option("--date", default=None, metavar="YYYY-MM-DD", help="Reference date for inputs that state none.")
def quotes(inputs: tuple[str, ...], fmt: str, speaker: str | None, date: str | None) -> None:
    """Who said what in INPUTS: one row per quote with speaker, role, kind, quote and article."""
    counter = Counter()
    articles = formats.only_articles(counter.report(iter_extract(list(inputs), date=date)))
    rows = [r for r in formats.quote_rows(articles) if not speaker or speaker.lower() in r["speaker"].lower()]
    if fmt == "table":
        _print_rows(rows, ("speaker", "role", "kind", "quote", "article"))
    else:
        formats.write_rows(rows, formats.QUOTE_COLUMNS, fmt, sys.stdout)


def _print_rows(rows: list[dict], columns: tuple[str, ...]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=True)
    for col in columns:
        table.add_column(col, overflow="fold", ratio=4 if col == "quote" else 1)
    for r in rows:
        table.add_row(*(str(r[c]) for c in columns))
    Console().print(table)


@cli.command("eval")
@click.argument("name", type=click.Choice(list(EVALUATIONS)))
@click.option("--shared", type=click.Path(file_okay=False), default=None,
              help="The shared/ folder with seed and gold sets (default: ../shared).")
@click.option("--only", default=None, help="seed: sections to score, e.g. articles,spans.")
@click.option("--split", default="dev", show_default=True, help="polnear: which split to score (dev or train).")
@click.option("--limit", type=int, default=None, help="Score only the first N articles of the split.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors", "show_errors", type=int, default=0, metavar="N", help="Also print N misses, for error analysis.")
def eval_command(name: str, shared: str | None, only: str | None, split: str, limit: int | None, fmt: str,
                 show_errors: int) -> None:
    """Score extraction against a gold set and print the result (exit 1 when it falls below its bar)."""
    result = EVALUATIONS[name](shared=shared, only=only, split=split, limit=limit)
    for line in result.details[:show_errors]:
        click.echo(line, err=True)
    if fmt == "json":
        click.echo(json.dumps({"name": result.name, "passed": result.passed, "scores": result.scores}, indent=2))
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
        click.echo(f"newsfacts: error: {err}", err=True)
        sys.exit(2)
    except NewsfactsError as err:
        click.echo(f"newsfacts: error: {err}", err=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
