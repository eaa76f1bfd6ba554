"""Everything newsfacts writes out, in one place.

- ``rows``: the one record-to-row flattener (articles, figures, place mentions, quotes) and each kind's columns.
- ``formats``: ``extract``'s formats: the JSON contract (streamed), JSON lines, CSV of article rows; rows as
  csv/jsonl/json for the fact commands.
- ``export``: fact rows as JSON lines, CSV, HXL, GeoJSON or Parquet (``newsfacts export``).
- ``impact``: what happened to the people a figure counts (the ``impact`` column and HXL's ``#affected``).
- ``schema``: the JSON Schema of the JSON contract, derived from ``records``.

A new output format goes here: a writer in ``export.WRITERS`` (fact rows) or in ``formats`` (articles).
"""
