"""Serialising records: the JSON contract (streamed), JSON lines and CSV rows (made by ``rows.py``).

``write_json`` writes SPEC.md's ``{"articles": [...], "conflicts": [...]}`` one article at a time, so
memory stays flat however many articles pass through, then ``updates`` (figures' histories) and ``stories``
(the articles that are copies of one text); failures go into an ``errors`` list beside them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..records import Article, Failure, to_dict
from .rows import ARTICLE_COLUMNS, article_row, csv_writer


def dumps(record: Any) -> str:
    return json.dumps(to_dict(record), ensure_ascii=False, allow_nan=False)


def write_json(items: Iterable[Article | Failure], out: IO[str]) -> tuple[int, int]:
    """The JSON contract, streamed: articles as they come, then the conflicts among them (found from
    the claims kept while streaming, not from whole articles). Returns (articles written, failures)."""
    from ..resolve import ConflictFinder

    finder = ConflictFinder()
    errors: list[Failure] = []
    n = 0
    out.write('{"articles": [')
    for item in items:
        if isinstance(item, Failure):
            errors.append(item)
            continue
        out.write(("," if n else "") + "\n  " + dumps(finder.add(item)))
        n += 1
    out.write("\n],\n" if n else "],\n")
    for name, found in (("conflicts", finder.conflicts()), ("updates", finder.updates()), ("stories", finder.stories())):
        out.write(f' "{name}": ' + json.dumps([to_dict(c) for c in found], ensure_ascii=False, allow_nan=False) + ",\n")
    out.write(' "errors": ' + json.dumps([to_dict(e) for e in errors], ensure_ascii=False, allow_nan=False) + "}\n")
    return n, len(errors)


def write_jsonl(items: Iterable[Article | Failure], out: IO[str]) -> tuple[int, int]:
    """One article per line, with its story; failures are returned to the caller (the CLI reports them on
    stderr)."""
    from ..resolve.duplicates import StoryIndex, with_story

    stories = StoryIndex()
    n = failed = 0
    for item in items:
        if isinstance(item, Failure):
            failed += 1
            continue
        out.write(dumps(with_story(stories, item)) + "\n")
        n += 1
    return n, failed


def write_csv(items: Iterable[Article | Failure], out: IO[str]) -> tuple[int, int]:
    from ..resolve.duplicates import StoryIndex, with_story

    stories = StoryIndex()
    writer = csv_writer(out, ARTICLE_COLUMNS)
    writer.writeheader()
    n = failed = 0
    for item in items:
        if isinstance(item, Failure):
            failed += 1
            continue
        writer.writerow(article_row(with_story(stories, item)))
        n += 1
    return n, failed


def write_rows(rows: Iterable[dict[str, Any]], columns: tuple[str, ...], fmt: str, out: IO[str]) -> int:
    """Rows as csv, jsonl or a JSON list; returns how many."""
    data = list(rows)
    if fmt == "csv":
        writer = csv_writer(out, columns)
        writer.writeheader()
        writer.writerows(data)
    elif fmt == "jsonl":
        out.writelines(json.dumps(row, ensure_ascii=False, allow_nan=False) + "\n" for row in data)
    else:
        out.write(json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n")
    return len(data)


def only_articles(items: Iterable[Article | Failure]) -> Iterator[Article]:
    return (x for x in items if isinstance(x, Article))
