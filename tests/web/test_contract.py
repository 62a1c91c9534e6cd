"""Contract tests: requests generated from the OpenAPI schema, answered in-process.

Every answer must be a non-5xx status the schema documents, with a documented content type
and a body that conforms to the documented schema (the error shape included).
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from xlsmart.web.app import create_app

app = create_app(max_upload_mb=1, workers=2, timeout_s=30)
schema = schemathesis.openapi.from_asgi("/openapi.json", app)
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case: schemathesis.Case) -> None:
    response = case.call()
    case.validate_response(response, checks=CHECKS)
    assert response.status_code < 500


def test_a_real_report_and_workbook_conform_to_the_schema() -> None:
    from .workbooks import AS_OF, example_workbook

    operation = schema["/api/validate"]["POST"]
    for output, content_type in (("json", "application/json"), ("xlsx", "spreadsheetml.sheet")):
        case = operation.Case(body={"file": example_workbook(), "as_of": AS_OF}, media_type="multipart/form-data",
                              query={"output": output})
        response = case.call()
        assert response.status_code == 200, response.text
        assert content_type in response.headers["content-type"][0]
        case.validate_response(response, checks=CHECKS)


def test_the_overview_conforms_to_the_schema_and_is_only_there_when_asked() -> None:
    from .workbooks import AS_OF, example_workbook

    operation = schema["/api/validate"]["POST"]
    for asked in (True, False):
        case = operation.Case(body={"file": example_workbook(), "as_of": AS_OF}, media_type="multipart/form-data",
                              query={"overview": "true" if asked else "false"})
        response = case.call()
        assert response.status_code == 200, response.text
        case.validate_response(response, checks=CHECKS)
        body = response.json()
        assert ("overview" in body) is asked
        if asked:
            assert {row["kind"] for row in body["overview"]} == {"goals", "kpis", "budgets"}
            assert len(body["overview"]) == body["summary"]["rows"]
