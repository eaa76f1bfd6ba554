"""The FastAPI app: ``create_app(store)``, its security headers, its errors as JSON, its static files."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import ConfigurationError, InputError, NewsfactsError, StoreError
from ..store import Store, open_store

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"

# Scripts, styles, images, fonts and fetches only from this server: no inline script or style, no outside
# URL (Leaflet, uPlot and Swagger UI set element styles from their scripts, which CSP allows).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
MAX_INGEST_BYTES = 10 * 1024 * 1024  # the default request body limit of POST /api/ingest


def create_app(store: Store | str | None = None, *, allow_ingest: bool = False, token: str | None = None,
               max_body: int = MAX_INGEST_BYTES) -> FastAPI:
    """The HTTP API and the dashboard over ``store`` (a ``Store``, or a URL or path ``open_store`` takes;
    None: ``NEWSFACTS_DB``). Read-only unless ``allow_ingest``, which adds ``POST /api/ingest``, answered only
    with ``Authorization: Bearer TOKEN`` and a body of at most ``max_body`` bytes."""
    if allow_ingest and not token:
        raise ConfigurationError("--allow-ingest needs a --token (clients send it as 'Authorization: Bearer TOKEN')")
    ledger = store if isinstance(store, Store) else open_store(store)
    app = FastAPI(title="newsfacts", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json",
                  description="The newsfacts ledger over HTTP: articles and the facts in them, each with its source. "
                              "The filters and names are the CLI's (`newsfacts figures --help`).")
    app.state.store = ledger
    app.state.allow_ingest = allow_ingest
    app.state.token = token
    app.state.max_body = max_body

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Any:
        if "%00" in request.url.query or "\x00" in request.url.path:  # no database takes a NUL in a string
            response: Any = JSONResponse(error_body("ConfigurationError", "a NUL character in the request"), 400)
        else:
            response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    app.add_exception_handler(NewsfactsError, _library_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)

    from . import routes, views

    app.include_router(routes.router(allow_ingest))
    app.include_router(views.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def error_body(kind: str, message: str, **extra: Any) -> dict[str, Any]:
    """The body of every error: ``{"error": {"type": ..., "message": ...}}``; ``type`` names the class of
    ``newsfacts.errors`` (ConfigurationError, InputError, StoreError ...), or NotFound, Unauthorized, Forbidden,
    PayloadTooLarge for what HTTP itself refuses."""
    return {"error": {"type": kind, "message": message, **extra}}


def status_of(err: NewsfactsError) -> int:
    if isinstance(err, ConfigurationError):
        return 400
    if isinstance(err, InputError):
        return 422
    if isinstance(err, StoreError):
        return 503
    return 500


async def _library_error(request: Request, err: Exception) -> JSONResponse:
    assert isinstance(err, NewsfactsError)
    status = status_of(err)
    if status >= 500:
        log.error("%s %s: %s", request.method, request.url.path, err)
    return JSONResponse(error_body(type(err).__name__, str(err)), status_code=status)


async def _validation_error(request: Request, err: Exception) -> JSONResponse:
    assert isinstance(err, RequestValidationError)
    details = [{"where": ".".join(map(str, e.get("loc", ()))), "message": e.get("msg", "")} for e in err.errors()]
    message = "; ".join(f"{d['where']}: {d['message']}" for d in details)
    return JSONResponse(error_body("ConfigurationError", message, details=details), status_code=422)


HTTP_NAMES = {401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 405: "MethodNotAllowed",
              413: "PayloadTooLarge", 415: "UnsupportedMediaType"}


async def _http_error(request: Request, err: Exception) -> JSONResponse:
    assert isinstance(err, StarletteHTTPException)
    name = HTTP_NAMES.get(err.status_code, "HTTPError")
    return JSONResponse(error_body(name, str(err.detail)), status_code=err.status_code,
                        headers=getattr(err, "headers", None))
