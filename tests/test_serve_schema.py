"""newsfacts serve against its own OpenAPI schema: schemathesis generates requests for every operation of
/openapi.json (hostile strings, bounds, wrong types) and no answer may be a 5xx. Bounded to a few examples per
operation so it runs in seconds (NEWSFACTS_SCHEMA_EXAMPLES for a longer run)."""

from __future__ import annotations

import os

import pytest

pytest.importorskip("fastapi", reason="newsfacts serve needs its extra: pip install -e '.[serve]'")
# one worker runs every serve test (pytest-xdist's loadgroup): the ledger is built once, the browser launched once
pytestmark = pytest.mark.xdist_group("serve")
schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is in the dev extra")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from newsfacts.serve import create_app  # noqa: E402

EXAMPLES = int(os.environ.get("NEWSFACTS_SCHEMA_EXAMPLES", "25"))


def test_no_request_gets_a_server_error(serve_store):
    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(serve_store))
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 11
    calls: list[int] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def call(case):
            response = case.call()
            calls.append(response.status_code)
            assert response.status_code < 500, f"{case.method} {case.formatted_path} {case.query}: {response.text[:300]}"
            case.validate_response(response, checks=(not_a_server_error,))

        call()
    assert len(calls) >= len(operations) and any(code == 200 for code in calls)
