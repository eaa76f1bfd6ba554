"""Helpers the markup readers share: a look at the prolog of an XML/HTML head, and HTML to plain paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.etree
import lxml.html

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_DOCTYPE_NAME = re.compile(r"<!doctype\s+([^\s>\[]+)", re.IGNORECASE)

BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr "
    "li main nav ol p pre section table td th tr ul".split()
)
DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed")
_SPACES = re.compile(r"\s+")
_BREAK = "\n\n"


@dataclass(frozen=True)
class Prolog:
    """What comes before the first element of a markup head: the DOCTYPE name, if any, and the rest."""

    doctype: str | None
    rest: str


def head_text(head: bytes) -> str:
    """The first bytes of an input as text, good enough to look at tags (UTF-16 with a BOM or ASCII-like)."""
    if head.startswith(_UTF16_BOMS):
        return head.decode("utf-16", errors="ignore")
    return head.decode("utf-8", errors="replace").lstrip("\ufeff")


def prolog(head: bytes) -> Prolog:
    """Skips whitespace, the XML declaration, processing instructions, comments and the DOCTYPE."""
    text = head_text(head).lstrip()
    doctype = None
    while text.startswith("<!") or text.startswith("<?"):
        if text.startswith("<?"):
            end = _after(text, "?>")
        elif text.startswith("<!--"):
            end = _after(text, "-->")
        elif text[:9].lower() == "<!doctype":
            match = _DOCTYPE_NAME.match(text)
            doctype = match.group(1).lower() if match else ""
            end = _doctype_end(text)
        else:
            break
        if end < 0:
            return Prolog(doctype, "")
        text = text[end:].lstrip()
    return Prolog(doctype, text)


def _after(text: str, marker: str) -> int:
    at = text.find(marker)
    return at + len(marker) if at >= 0 else -1


def _doctype_end(text: str) -> int:
    close = text.find(">")
    bracket = text.find("[")
    if 0 <= bracket < close or (bracket >= 0 and close < 0):
        subset_end = text.find("]", bracket)
        if subset_end < 0:
            return -1
        close = text.find(">", subset_end)
    return close + 1 if close >= 0 else -1


def paragraphs(text: str) -> str:
    """Plain text with whitespace collapsed inside paragraphs and one blank line between them."""
    chunks = (_SPACES.sub(" ", chunk).strip() for chunk in re.split(r"\n\s*\n", text))
    return _BREAK.join(chunk for chunk in chunks if chunk)


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment: block elements become paragraphs separated by a blank line."""
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment.replace("\x00", ""), create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    dropped = root.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction, *DROPPED_TAGS)
    for element in list(dropped):
        element.drop_tree()  # keeps its tail
    parts: list[str] = []
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        block = isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS
        if event == "start":
            if block:
                parts.append(_BREAK)
            if element.text:
                parts.append(_SPACES.sub(" ", element.text))
        else:
            if block:
                parts.append(_BREAK)
            if element.tail and element is not root:
                parts.append(_SPACES.sub(" ", element.tail))
    return paragraphs("".join(parts))
