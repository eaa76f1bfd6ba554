"""``newsfacts serve``: the ledger over HTTP, a JSON API and an offline dashboard, in one FastAPI app.

::

    from newsfacts.serve import create_app
    from newsfacts.store import open_store

    app = create_app(open_store("ledger.db"))     # then: uvicorn.run(app, host="127.0.0.1", port=8000)

``app.py`` builds the app (security headers, errors as JSON, the static files), ``routes.py`` the JSON API
under ``/api`` (the same filters and names as the CLI), ``views.py`` the dashboard pages (Jinja2 templates
in ``templates/``, small scripts and vendored libraries in ``static/``: nothing is loaded from outside).
Needs the ``serve`` extra (``pip install 'newsfacts[serve]'``). docs/serve.md describes the routes.
"""

from .app import create_app

__all__ = ["create_app"]
