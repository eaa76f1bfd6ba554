"""Per-article analysis stages: one module per stage, each a pure function over a batch of articles.

``DEFAULT_STAGES`` is the one list of built-in stages, in the order they run; plugins extend the tuple.
"""

from . import dates, entities, figures, places, quotes, sentences

DEFAULT_STAGES = (sentences.STAGE, entities.STAGE, places.STAGE, dates.STAGE, quotes.STAGE, figures.STAGE)
