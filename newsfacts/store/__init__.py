"""The ledger: articles and every fact in them, kept with their source, in SQLite or PostgreSQL.

::

    from newsfacts import extract
    from newsfacts.store import open_store

    store = open_store()                    # NEWSFACTS_DB, else ~/.local/share/newsfacts/newsfacts.db
    store.ingest(extract("page.txt").articles, source_label="page.txt")
    for found in store.figures(country="AFG", term="repatriated", since="2025"):
        print(found.figure.value, found.figure.counted, found.article.title)

``schema`` declares the tables once (SQLAlchemy Core); ``migrations`` (Alembic) creates and upgrades
them, run by ``open_store``; ``ingest`` writes; ``queries`` reads.
"""

from .engine import default_path, resolve_url
from .ledger import Store, open_store

__all__ = ["Store", "default_path", "open_store", "resolve_url"]
