"""newsfacts: raw news to a sourced ledger of what was reported.

Public API::

    import newsfacts
    result = newsfacts.extract("page.txt")            # or text, or several paths
    for article in result.articles:
        print(article.title, [m.canonical for m in article.mentions])
"""

import logging

from .api import extract, iter_extract
from .errors import NewsfactsError
from .records import (
    Article,
    Claim,
    Conflict,
    Dateline,
    DateMention,
    Extraction,
    Failure,
    Figure,
    Mention,
    Quote,
    Source,
    Speaker,
    to_dict,
)

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Claim",
    "Conflict",
    "DateMention",
    "Dateline",
    "Extraction",
    "Failure",
    "Figure",
    "Mention",
    "NewsfactsError",
    "Quote",
    "Source",
    "Speaker",
    "extract",
    "iter_extract",
    "to_dict",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
