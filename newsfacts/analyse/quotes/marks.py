"""Quotation marks: where quotations open and close in a text (“...”, "...", ``...'' and ''...'')."""

from __future__ import annotations

import re

MARK_RE = re.compile(r"''|``|[“”\"]")
OPEN_MARKS = "“\""
CLOSE_MARKS = "”\""
MIN_QUOTE_WORDS = 4  # shorter quoted words are titles or scare quotes, not direct quotes


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations, marks included (“...”, "...", ``...'' and ''...''). A quotation
    left open at the end of a paragraph closes there (a quote running over paragraphs reopens)."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        open_at, nested = None, 0
        for m in MARK_RE.finditer(para.group()):
            mark, i, j = m.group(), para.start() + m.start(), para.start() + m.end()
            if open_at is None and (_opens(text, i, mark) or _stray_open(text, i, para.start())):
                open_at, nested = i, 0
            elif open_at is not None and text[open_at] == '"' and mark in ("“", "”"):
                nested += 1 if mark == "“" else -1 if nested else 0  # "He chanted “U-S-A!” all night"
                if mark == "”" and nested == 0 and _closes(text, j, mark) and "“" not in text[open_at:i]:
                    spans.append((open_at, j))
                    open_at = None
            elif open_at is not None and (_closes(text, j, mark) or _typed_close(text, open_at, i, j)):
                spans.append((open_at, j))
                open_at = None
        if open_at is not None and para.end() - open_at > 2:
            spans.append((open_at, para.end()))
    return spans


def _opens(text: str, i: int, mark: str) -> bool:
    if mark == "”":
        return False
    return mark in ("“", "``") or i == 0 or not text[i - 1].isalnum()


def _stray_open(text: str, i: int, para_start: int) -> bool:
    """A closing mark typed where an opening one belongs, at the start of a paragraph: ”We ..."""
    return i == para_start and i + 1 < len(text) and text[i + 1].isalnum()


def _typed_close(text: str, open_at: int, i: int, j: int) -> bool:
    """An opening mark typed where the closing one belongs: “It's unusual,“ said X."""
    return text[open_at] == text[i] == "“" and text[i - 1] in ",.?!" and (j == len(text) or text[j].isspace())


def _closes(text: str, j: int, mark: str) -> bool:
    if mark in ("“", "``"):
        return False
    return mark == "”" or j == len(text) or not text[j].isalnum()


def words_in(text: str) -> int:
    return len(re.findall(r"\w+", text))
