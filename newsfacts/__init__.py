"""newsfacts: raw news to a sourced ledger of what was reported.

Public API::

    import newsfacts
    result = newsfacts.extract("page.txt")            # or text, or several paths
    for article in result.articles:
        print(article.title, [m.canonical for m in article.mentions])

    result = newsfacts.extract("pages/", manifest="pages/manifest.csv", date="2025-12-05")
    result.skipped                                     # files of pages/ that are not news (README, .meta ...)

    store = newsfacts.open_store()                     # the ledger: SQLite by default, or postgresql://...
    store.ingest(newsfacts.iter_extract("news/"), source_label="news/")
    store.figures(country="AFG", since="2025-01-01")
"""

import logging
from typing import TYPE_CHECKING

from .api import extract, iter_extract
from .errors import NewsfactsError
from .records import (
    Article,
    ArticleRef,
    Claim,
    Conflict,
    Dateline,
    DateMention,
    Extraction,
    Failure,
    Figure,
    IngestSummary,
    Mention,
    Quote,
    SearchHit,
    Skipped,
    Source,
    Speaker,
    StoredFigure,
    StoredQuote,
    to_dict,
)

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleRef",
    "Claim",
    "Conflict",
    "DateMention",
    "Dateline",
    "Extraction",
    "Failure",
    "Figure",
    "IngestSummary",
    "Mention",
    "NewsfactsError",
    "Quote",
    "SearchHit",
    "Skipped",
    "Source",
    "Speaker",
    "StoredFigure",
    "StoredQuote",
    "extract",
    "iter_extract",
    "open_store",
    "to_dict",
]


if TYPE_CHECKING:
    from .store import Store


def open_store(url: str | None = None) -> "Store":
    """Open the ledger (see ``newsfacts.store.open_store``); imported on first use, so ``extract`` alone
    never loads SQLAlchemy."""
    from .store import open_store as _open_store

    return _open_store(url)

logging.getLogger(__name__).addHandler(logging.NullHandler())
