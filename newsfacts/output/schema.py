"""The JSON Schema of ``extract --format json`` output, derived from the record dataclasses.

The published file ``newsfacts/schema/newsfacts.schema.json`` is this function's output; a test fails
when the two drift apart. Regenerate it with ``python -m newsfacts.output.schema > newsfacts/schema/newsfacts.schema.json``.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from pathlib import Path
from typing import Any

from .. import records

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "newsfacts.schema.json"
SCHEMA_ID = "https://newsfacts.invalid/schema/newsfacts.schema.json"
RECORDS = (records.Source, records.Dateline, records.Mention, records.Speaker, records.DateMention,
           records.Quote, records.Figure, records.Article, records.Claim, records.Conflict, records.Update,
           records.Story, records.Failure)
_PRIMITIVES = {str: {"type": "string"}, int: {"type": "integer"}, float: {"type": "number"},
               bool: {"type": "boolean"}, type(None): {"type": "null"}}


def _type_schema(tp: Any) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if tp in _PRIMITIVES:
        return dict(_PRIMITIVES[tp])
    if dataclasses.is_dataclass(tp):
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if origin is typing.Literal:
        return {"enum": list(typing.get_args(tp))}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_type_schema(a) for a in typing.get_args(tp)]}
    if origin in (tuple, list):
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0])}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _record_schema(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, vars(records))
    props = {f.name: _type_schema(hints[f.name]) for f in dataclasses.fields(cls)}
    for p in props.values():  # integers are valid numbers: let "value": 48 pass as a float field
        if p.get("type") == "number":
            p["type"] = ["number", "integer"]
    doc = (cls.__doc__ or "").strip().splitlines()
    out: dict[str, Any] = {"type": "object", "properties": props, "required": [f.name for f in dataclasses.fields(cls)]}
    if doc and not doc[0].startswith(cls.__name__ + "("):
        out["description"] = doc[0]
    return out


def build_schema() -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "newsfacts extract output",
        "description": "The JSON contract of SPEC.md: articles with every fact pointing into their text, conflicts, updates (figures' histories) and stories (wire copies).",
        "type": "object",
        "required": ["articles", "conflicts"],
        "properties": {
            "articles": {"type": "array", "items": {"$ref": "#/$defs/Article"}},
            "conflicts": {"type": "array", "items": {"$ref": "#/$defs/Conflict"}},
            "updates": {"type": "array", "items": {"$ref": "#/$defs/Update"}},
            "stories": {"type": "array", "items": {"$ref": "#/$defs/Story"}},
            "errors": {"type": "array", "items": {"$ref": "#/$defs/Failure"}},
        },
        "$defs": {cls.__name__: _record_schema(cls) for cls in RECORDS},
    }


def load_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text())


if __name__ == "__main__":
    print(json.dumps(build_schema(), indent=2))  # noqa: T201
