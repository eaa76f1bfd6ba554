"""Every setting and command is documented: the reference pages are what the code generates."""

from __future__ import annotations

import importlib.util

from conftest import ROOT


def load_generator():
    spec = importlib.util.spec_from_file_location("gen_reference", ROOT / "docs" / "gen_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_pages_match_the_code():
    gen = load_generator()
    for page, make in gen.PAGES.items():
        assert (ROOT / "docs" / page).read_text() == make(), f"docs/{page} is stale: run python docs/gen_reference.py"


def test_every_setting_and_command_appears_in_the_docs():
    from newsfacts.cli import cli
    from newsfacts.settings import SETTINGS

    settings_page = (ROOT / "docs" / "settings.md").read_text()
    for s in SETTINGS:
        assert f"`{s.env}`" in settings_page
    cli_page = (ROOT / "docs" / "cli.md").read_text()
    for name in cli.commands:
        assert f"## newsfacts {name}" in cli_page


def test_the_architecture_page_names_every_module_and_the_readme_links_it():
    page = (ROOT / "docs" / "architecture.md").read_text()
    assert "docs/architecture.md" in (ROOT / "README.md").read_text()
    package = ROOT / "newsfacts"
    names = [p.name for p in package.iterdir() if p.suffix == ".py" and p.stem != "__main__" or
             p.is_dir() and (p / "__init__.py").exists()]
    missing = [n for n in names if n not in page and n + "/" not in page]
    assert not missing, f"docs/architecture.md does not mention {missing}"
