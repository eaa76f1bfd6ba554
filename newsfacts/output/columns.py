"""What each column of the flat rows means: one line per column of ``rows.FIGURE_COLUMNS``,
``MENTION_COLUMNS`` and ``QUOTE_COLUMNS``, read by the Excel export's first sheet (``export.write_xlsx``) and
the HTTP API's documentation. ``tests/test_serve_api.py`` checks every column has its line."""

from __future__ import annotations

from ..lexicon.events import category_of_class, classes


def _example_events() -> tuple[str, ...]:
    """The lexicon's first event class of each category (displaced, killed ...): examples for the texts."""
    first: dict[str, str] = {}
    for name in classes():
        if category_of_class(name) not in (None, "other"):
            first.setdefault(category_of_class(name) or "", name)
    return tuple(first.values())


EXAMPLE_EVENTS = _example_events()
EVENT_EXAMPLES = ", ".join(EXAMPLE_EVENTS[:4])

ARTICLE = {
    "article_id": "The article's id in the ledger (a hash of its text with its URL or path).",
    "title": "The article's title, as the input stated it or segmentation found it.",
    "url": "The article's URL, where the input gave one.",
    "outlet": "The outlet that published the article (from the input's front matter, manifest or page).",
    "published": "The article's publication date (ISO 8601), only where the input stated it or --date gave it.",
}
PLACE = {
    "place": "The words of the text that name the figure's place.",
    "place_canonical": "The place's name as the gazetteer resolved it.",
    "place_country": "The place's country, ISO 3166-1 alpha-3.",
    "place_country_name": "The place's country, its common English name.",
    "place_adm1": "The place's name when it is a first-level administrative area (province, state).",
    "place_locality": "The place's name when it is a city, town or site.",
    "place_precision": "How precise the place is: country, admin, city or site.",
    "place_geonames_id": "The place's GeoNames id.",
    "place_lat": "The place's latitude (WGS 84), where it resolved to a point.",
    "place_lon": "The place's longitude (WGS 84), where it resolved to a point.",
}
COMMON = {
    "text": "The words of the text the fact was read from.",
    "start": "Where the fact starts in the article's text (a character offset).",
    "end": "Where the fact ends in the article's text (a character offset, exclusive).",
    "evidence": "The sentence the fact came from, to check it against.",
    "extractor": "The extractor version that found the fact.",
}
FIGURES = {
    "figure_id": "The figure's id: the article id and its offsets (ARTICLE:START-END).",
    **ARTICLE,
    "text": COMMON["text"],
    "value": "The number the figure states (for a range, empty: see low and high).",
    "low": "The low bound of a range, or of a qualified number ('more than 200': 200).",
    "high": "The high bound of a range, or of a qualified number ('up to 500': 500).",
    "approx": "How the number is qualified: exact, about, at_least, at_most, more_than, less_than, range ...",
    "unit": "What the number counts in: people, households, USD, hours, km ...",
    "counted": "Who or what is counted ('refugees', 'homes').",
    "term": f"The text's word for what happened to what is counted ({', '.join(map(repr, EXAMPLE_EVENTS[:2]))}).",
    "event": f"The event class of the lexicon ({EVENT_EXAMPLES} ...).",
    "category": "The figure's category: displacement, casualties, aid, money, time or other.",
    "stock_or_flow": "Whether the figure is a stock (how many now) or a flow (how many in a period).",
    "change": "'up' or 'down' when the figure is an increase or a decrease.",
    "impact": f"The HXL #affected attribute the figure's value goes to ({EVENT_EXAMPLES} ...).",
    "flags": "What to take care with: hedged, negated, projected, malformed number ... (joined by |).",
    **PLACE,
    "place_source": "Where the place came from: 'sentence', or 'article' when inherited from its focus.",
    "origin": "Where people moved from.",
    "origin_country": "Where people moved from, its country (ISO 3166-1 alpha-3).",
    "destination": "Where people moved to.",
    "destination_country": "Where people moved to, its country (ISO 3166-1 alpha-3).",
    "when_text": "The words that date the figure ('last week', 'since January').",
    "when_value": "The figure's date as ISO 8601 (a day, month, year, week or interval).",
    "when_precision": "How precise that date is: day, week, month, season, year, decade, interval.",
    "stated_by": "Who stated the figure (a person or an organisation), by their canonical name.",
    "stated_by_mention": "The words of the text that name who stated it.",
    "stated_by_role": "The role of who stated it ('spokesperson', 'minister').",
    "stated_by_type": "What stated it is: person, org, place or group.",
    "reported_by": "Who reported the figure: the outlet, or the agency the article quotes.",
    "start": COMMON["start"], "end": COMMON["end"], "evidence": COMMON["evidence"], "extractor": COMMON["extractor"],
}
MENTIONS = {
    **ARTICLE,
    "text": "The words of the text that name the place.",
    "canonical": "The place's name as the gazetteer resolved it (or the article's name for it).",
    "type": "What is mentioned: place (the export lists places).",
    "country": "The place's country, ISO 3166-1 alpha-3.",
    "country_name": "The place's country, its common English name.",
    "adm1": PLACE["place_adm1"], "locality": PLACE["place_locality"],
    "precision": PLACE["place_precision"], "geonames_id": PLACE["place_geonames_id"],
    "lat": PLACE["place_lat"], "lon": PLACE["place_lon"],
    "match": "How the name was resolved (exact, alias, demonym ...).",
    "actor": "True when the name stands for an actor (a government) rather than a place.",
    "start": COMMON["start"], "end": COMMON["end"], "evidence": COMMON["evidence"], "extractor": COMMON["extractor"],
}
QUOTES = {
    **ARTICLE,
    "speaker": "Who said it, by their canonical name (pronouns and surnames resolved).",
    "speaker_mention": "The words of the text that name the speaker.",
    "speaker_role": "The speaker's role ('spokesperson', 'minister').",
    "speaker_type": "What the speaker is: person, org, place or group.",
    "kind": "direct (in quotation marks), indirect (reported speech) or mixed.",
    "cue": "The word that attributes the quote ('said', 'according to').",
    "quote": "What was said, as the text gives it.",
    "start": COMMON["start"], "end": COMMON["end"], "extractor": COMMON["extractor"],
}
DESCRIPTIONS: dict[str, dict[str, str]] = {"figures": FIGURES, "mentions": MENTIONS, "quotes": QUOTES}
