"""Plain-text dumps: one or many articles per file, segmented later by ``segment.py``.

Front matter at the top of the file (``metadata.py``) is read off the text: its values fill the
document (title, url, outlet, published, language) and the text after it is what is segmented, so
every offset points into the article text, never into the block."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from .. import settings
from ..errors import EmptyInput
from ..records import Source
from .base import RawDocument, Reader, decode_text
from .metadata import MALFORMED, fill, split_front_matter

log = logging.getLogger(__name__)


def sniff(head: bytes, name: str) -> bool:
    return True  # the fallback: anything that decodes as text


def read(data: bytes, name: str) -> Iterator[RawDocument]:
    text = decode_text(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    yield document(text, Source(path=name, kind="text"), name)


def document(text: str, source: Source, name: str) -> RawDocument:
    """A text (newlines already ``\\n``) as a document to segment, its front matter read off and applied."""
    found = split_front_matter(text, settings.get("max_front_matter_chars"))
    if found is None:
        return RawDocument(text=text, source=source, segment=True)
    for problem in found.problems:
        log.warning("%s: front matter %s", name, problem)
    if found.ignored:
        log.warning("%s: front matter keys not read: %s (newsfacts reads title, url, outlet, published, language)",
                    name, ", ".join(dict.fromkeys(found.ignored)))
    if not found.body.strip():
        raise EmptyInput(name, "no text after the front matter")
    doc = RawDocument(text=found.body, source=source, segment=True, flags=(MALFORMED,) if found.problems else ())
    return fill(doc, found.metadata)


READER = Reader("text", sniff, read)
