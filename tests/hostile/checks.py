"""What every output must be, shared by the hostile pack (tests/test_hostile.py) and the fuzz sweep
(tests/test_fuzz.py): strict JSON, and every fact's text (or speaker mention) equal to its span."""

from __future__ import annotations

import json
import math


def _reject_constant(name: str):
    raise ValueError(f"not strict JSON: {name}")


def strict_json(text: str):
    """``json.loads`` that refuses NaN, Infinity and -Infinity."""
    return json.loads(text, parse_constant=_reject_constant)


def check_spans(article: dict, *, mentions: bool = True) -> list[str]:
    """Every fact with a span whose text (or, with ``mentions``, speaker mention) is not
    ``article["text"][start:end]``, and every number that is not finite."""
    text = article["text"]
    bad: list[str] = []

    def walk(obj, path: str) -> None:
        if isinstance(obj, dict):
            start, end = obj.get("start"), obj.get("end")
            if isinstance(start, int) and isinstance(end, int):
                said = obj.get("text") if isinstance(obj.get("text"), str) else obj.get("mention")
                if not 0 <= start <= end <= len(text):
                    bad.append(f"{path}: span {start}:{end} outside the text ({len(text)} chars)")
                elif isinstance(said, str) and said != text[start:end] and (mentions or "mention" not in obj):
                    bad.append(f"{path}: {said[:60]!r} != text[{start}:{end}] {text[start:end][:60]!r}")
            for key, value in obj.items():
                if key != "text":
                    walk(value, f"{path}.{key}")
        elif isinstance(obj, list):
            for i, value in enumerate(obj):
                walk(value, f"{path}[{i}]")
        elif isinstance(obj, float) and not math.isfinite(obj):
            bad.append(f"{path}: {obj}")

    walk({k: v for k, v in article.items() if k not in ("text", "source")}, article.get("id", "?"))
    return bad
