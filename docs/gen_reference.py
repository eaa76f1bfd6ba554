"""Generate docs/cli.md and docs/settings.md from the code: `python docs/gen_reference.py`.

tests/test_docs.py fails when the committed pages differ from what this prints.
"""

from __future__ import annotations

from pathlib import Path

import click

from newsfacts.cli import cli
from newsfacts.settings import SETTINGS

DOCS = Path(__file__).resolve().parent


def cli_reference() -> str:
    lines = ["# Command-line reference", "", "Generated from the code by `python docs/gen_reference.py`; do not edit by hand.", ""]
    ctx = click.Context(cli, info_name="newsfacts", terminal_width=100, max_content_width=100, **cli.context_settings)
    lines += ["```", cli.get_help(ctx), "```", ""]
    for name in cli.list_commands(ctx):
        cmd = cli.get_command(ctx, name)
        sub = click.Context(cmd, info_name=name, parent=ctx)
        lines += [f"## newsfacts {name}", "", "```", cmd.get_help(sub), "```", ""]
    return "\n".join(lines)


def settings_reference() -> str:
    lines = ["# Settings", "", "Generated from `newsfacts/settings.py` by `python docs/gen_reference.py`; do not edit by hand.",
             "", "Each setting is read from its environment variable.", "",
             "| setting | environment variable | default | what it does |", "|---|---|---|---|"]
    for s in SETTINGS:
        default = repr(s.default) if s.default != "" else '""'
        lines.append(f"| `{s.name}` | `{s.env}` | `{default}` | {s.help} |")
    return "\n".join(lines) + "\n"


PAGES = {"cli.md": cli_reference, "settings.md": settings_reference}

if __name__ == "__main__":
    for page, make in PAGES.items():
        (DOCS / page).write_text(make())
