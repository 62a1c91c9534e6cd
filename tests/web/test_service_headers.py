"""Every answer says ``nosniff``; ``/docs`` loads nothing from another host (in-process, no server)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from xlsmart.web.app import XLSX_TYPE, create_app

from .workbooks import example_workbook


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    app = create_app(max_upload_mb=0.1, workers=1)

    @app.get("/boom", include_in_schema=False)
    def boom() -> None:
        raise RuntimeError("a bug")

    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def upload(content: bytes, output: str = "json") -> dict:
    return {"url": "/api/validate", "params": {"output": output}, "files": {"file": ("plan.xlsx", content, XLSX_TYPE)}}


@pytest.mark.parametrize(
    ("method", "request_kwargs", "status"),
    [
        ("GET", {"url": "/"}, 200),
        ("GET", {"url": "/healthz"}, 200),
        ("GET", {"url": "/static/app.js"}, 200),
        ("GET", {"url": "/openapi.json"}, 200),
        ("GET", {"url": "/docs"}, 200),
        ("GET", {"url": "/docs/assets/swagger-ui-bundle.js"}, 200),
        ("POST", upload(example_workbook()), 200),
        ("POST", upload(example_workbook(), "xlsx"), 200),
        ("POST", upload(b"not a workbook"), 422),
        ("POST", upload(bytes(200_000)), 413),  # refused by BodyLimit before the app sees it
        ("POST", {"url": "/api/validate", "content": b"x", "headers": {"content-length": "lots"}}, 400),
        ("GET", {"url": "/api/validate"}, 405),
        ("GET", {"url": "/nope"}, 404),
        ("GET", {"url": "/static/nope.js"}, 404),
        ("GET", {"url": "/boom"}, 500),
    ],
    ids=["page", "healthz", "static", "openapi", "docs", "docs-asset", "json", "xlsx", "unreadable", "too-large",
         "bad-length", "wrong-method", "not-found", "static-not-found", "internal-error"],
)
def test_every_answer_says_nosniff(client: TestClient, method: str, request_kwargs: dict, status: int) -> None:
    response = client.request(method, **request_kwargs)
    assert response.status_code == status
    assert response.headers.get_list("x-content-type-options") == ["nosniff"]


def test_an_unexpected_error_is_500_in_the_error_shape(client: TestClient) -> None:
    response = client.get("/boom")
    assert response.json() == {"error": {"code": "internal",
                                         "message": "the service failed unexpectedly (RuntimeError)"}}


def test_docs_page_loads_only_from_this_server(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    html = response.text
    assert "SwaggerUIBundle" in html
    assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", html, re.IGNORECASE), "the page names another host"
    assert '"validatorUrl": null' in html  # Swagger UI would fetch its badge from swagger.io
    assert "default-src 'self'" in response.headers["content-security-policy"]
    referenced = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html) + re.findall(r"url: '([^']+)'", html)
    assert {"/docs/assets/swagger-ui-bundle.js", "/docs/assets/swagger-ui.css", "/openapi.json"} <= set(referenced)
    for path in referenced:
        assert path.startswith("/"), path
        assert client.get(path).status_code == 200, path


def test_docs_assets_are_only_what_the_page_needs(client: TestClient) -> None:
    assert client.get("/docs/assets/swagger-ui.css").headers["content-type"].startswith("text/css")
    assert client.get("/docs/assets/index.html").status_code == 404  # the bundle's demo page loads a remote spec
    assert client.get("/docs/assets/..%2f__init__.py").status_code == 404
    assert client.get("/redoc").status_code == 404  # FastAPI's ReDoc page loads from a CDN: off
