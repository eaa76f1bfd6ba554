"""The published JSON Schema matches the records, and extract output validates against it."""

from __future__ import annotations

import io
import json

import jsonschema

from newsfacts import extract
from newsfacts.output import formats
from newsfacts.output.schema import build_schema, load_schema
from newsfacts.records import Failure


def test_published_schema_is_generated_from_the_records():
    assert load_schema() == build_schema(), "regenerate: python -m newsfacts.output.schema > newsfacts/schema/newsfacts.schema.json"


def test_schema_is_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(load_schema())


def test_extract_output_validates_and_offsets_round_trip(sample_path):
    result = extract(str(sample_path))
    out = io.StringIO()
    formats.write_json([*result.articles, Failure("bad.bin", "binary data")], out)
    data = json.loads(out.getvalue())
    jsonschema.validate(data, load_schema())
    assert data["errors"] == [{"source": "bad.bin", "reason": "binary data", "stage": "ingest"}]
    assert len(data["articles"]) == 2
    for a in data["articles"]:
        for kind in ("mentions", "quotes", "figures", "dates"):
            for fact in a[kind]:
                assert a["text"][fact["start"]:fact["end"]] == fact["text"]
        if a["dateline"]:
            d = a["dateline"]
            assert a["text"][d["start"]:d["end"]] == d["text"]
