"""Dates in French text: the phrases French news writes, resolved with the same calendar arithmetic and the same
values and precisions as English (``date_patterns``; ``dates`` calls ``read_dates`` for a French Doc).

- a day: "le 12 mars", "12 mars 2024", "1er avril", "hier", "avant-hier", "aujourd'hui", a weekday ("mardi",
  "mardi dernier", "mardi prochain", "dans la nuit de mardi à mercredi": the first one named);
- a month or a year: "mars 2024", "en mars", "au mois de mars", "décembre dernier" (the last one over),
  "mars prochain", "en 2024", "le mois dernier", "l'an dernier", "l'année dernière",
  "cette année", "l'an prochain";
- a week: "la semaine dernière", "cette semaine"; a weekend: "le week-end dernier", "ce week-end" (the last one begun),
  "le week-end prochain";
- "il y a trois jours|semaines|mois|ans";
- "depuis ..." before any of them: the open interval from that date ("depuis janvier": ``2025-01/..``).

A day or month without its year is the most recent one begun on or before the reference date (news reports the
past), unless words that point ahead come just before it ("à partir du 1er décembre", "d'ici au 31 janvier": the
nearest, a past one weighted as English weighs it after a verb that points ahead); a weekday the most recent one on or before it ("dernier": strictly before, "prochain": after). Without a
reference date, relative phrases keep their precision and get no value.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lexicon
from ..records import DateMention
from .date_patterns import day_period, iso_week, month_period, pick_weekday, pick_year, shift_month, weekend

LANGUAGE = "fr"
MONTHS = lexicon.terms(lexicon.localized("time.months", LANGUAGE))
MONTH_SPELLINGS: dict[str, int] = lexicon.table(lexicon.localized("time.month_spellings", LANGUAGE))  # "aout" -> 8
MONTH_ABBREVIATIONS = lexicon.table(lexicon.localized("time.month_abbreviations", LANGUAGE))  # "oct" -> 10
WEEKDAYS = lexicon.terms(lexicon.localized("time.weekdays", LANGUAGE))
UNITS = lexicon.table(lexicon.localized("time.units", LANGUAGE))  # "jours" -> "day"
NUMBER_WORDS = lexicon.table(lexicon.localized("numbers.word_units", LANGUAGE))
EXTRACTOR = "dates@1"

_MONTH = "|".join([*MONTHS, *MONTH_SPELLINGS])
_MONTH_ABBREVIATED = "|".join(MONTH_ABBREVIATIONS)
_WEEKDAY = "|".join(WEEKDAYS)
_YEAR = r"(?P<year>1[6-9]\d\d|20\d\d)(?![\d%]|[.,]\d)"
_LAST = r"(?P<last>dernier|dernière|passé|passée)"
_MONTH_OF = r"(?:(?:du|le|au|ce|en)\s+)?mois\s+d(?:e\s+|['’])"  # "du mois de janvier", "au mois d'avril"
_NEXT = r"(?P<next>prochain|prochaine)"
WEEKEND_STEPS = lexicon.table(lexicon.localized("time.weekend_steps", LANGUAGE))  # "dernier" -> -1
FUTURE_BEFORE_RE = re.compile(r"(?:^|(?<=\W))(?:" + "|".join(
    r"\s+".join(re.escape(w).replace("'", "['’]") for w in phrase.split())
    for phrase in lexicon.terms(lexicon.localized("time.future_before", LANGUAGE))) + r")\s*$", re.I)
_DAY_OF = r"(?:(?:{weekday})\s+)?(?P<{name}>[0-3]?\d|1er)"
PATTERNS = (
    # "du 1er au 31 août 2023", "entre le 8 et le 27 mars", "du mardi 10 au mercredi 11 août", "entre le 8 mars et le
    # 9 avril": both days, the first taking the second's month and year where it names none
    ("day_range", re.compile(rf"(?:du|entre\s+le)\s+{_DAY_OF.format(weekday=_WEEKDAY, name='day1')}(?:\s+(?P<month1>{_MONTH}))?"
                             rf"(?:\s+(?P<year1>1[6-9]\d\d|20\d\d))?\s+(?:au|et\s+le)\s+"
                             rf"{_DAY_OF.format(weekday=_WEEKDAY, name='day')}\s+(?P<month>{_MONTH})(?:\s+{_YEAR})?\b", re.I)),
    ("day", re.compile(rf"(?:le\s+)?(?:(?:{_WEEKDAY})\s+)?(?P<day>[0-3]?\d|1er)\s+(?P<month>{_MONTH})(?:\s+{_YEAR})?"
                       rf"(?:\s+(?:{_LAST}|{_NEXT}))?\b", re.I)),
    ("day", re.compile(rf"(?P<day>[0-3]?\d|1er)\s+(?P<month>{_MONTH_ABBREVIATED})\.(?:\s+{_YEAR})?", re.I)),  # "14 oct."
    # "16 oct 2025", "20 nov (Reuters)" (an agency's dateline): without its dot, an abbreviated month only before a
    # year or the agency's name in brackets
    ("day", re.compile(rf"(?P<day>[0-3]?\d|1er)\s+(?P<month>{_MONTH_ABBREVIATED})\s+{_YEAR}", re.I)),
    ("day", re.compile(rf"(?P<day>[0-3]?\d|1er)\s+(?P<month>{_MONTH_ABBREVIATED})(?:\s+{_YEAR})?(?=\s*\(\s*[^\W\d_])", re.I)),
    ("month", re.compile(rf"(?:en\s+|(?<=depuis\s)|{_MONTH_OF})?(?P<month>{_MONTH})(?:\s+{_YEAR})?"
                         rf"(?:\s+(?:{_LAST}|{_NEXT}))?\b", re.I)),
    ("weekday", re.compile(rf"(?P<weekday>{_WEEKDAY})(?:\s+(?:{_LAST}|{_NEXT}))?\b", re.I)),
    ("relative_day", re.compile(r"(?P<word>avant-hier|hier|aujourd['’]hui)", re.I)),
    ("relative", re.compile(rf"(?:l['’]|la\s+|le\s+|cette\s+|ce\s+)(?P<unit>an|année|mois|semaine)"
                            rf"(?:\s+(?:{_LAST}|{_NEXT}))?\b(?!\s+d(?:e\s+|['’])(?:{_MONTH}))", re.I)),
    ("ago", re.compile(r"il\s+y\s+a\s+(?P<n>\d+|\w+)\s+(?P<unit>\w+)", re.I)),
    ("weekend", re.compile(r"(?:(?:le|ce|du)\s+)week-?end(?:\s+(?P<word>" + "|".join(WEEKEND_STEPS) + r"))?\b", re.I)),
    ("year", re.compile(rf"(?:en\s+|(?<=depuis\s)){_YEAR}", re.I)),
    ("part_month", re.compile(rf"(?:(?:au\s+|en\s+)?(?:début|fin|mi)[\s-]+)(?P<month>{_MONTH})(?:\s+{_YEAR})?\b", re.I)),
    ("part_year", re.compile(rf"(?:(?:au\s+|en\s+|à\s+la\s+|la\s+)?(?:début|fin|mi)[\s-]+){_YEAR}", re.I)),
    ("start_of", re.compile(r"(?:le\s+)?début\s+(?:de\s+l['’](?P<year_word>année)|du\s+(?P<month_word>mois)"
                            r"|de\s+la\s+(?P<week_word>semaine))", re.I)),
)
SINCE_RE = re.compile(r"depuis\s+(?:le\s+|l['’]|la\s+|)?$", re.I)
# "depuis le début de la guerre le 15 avril 2023", "depuis le déclenchement des combats, en avril 2023": since the
# start of something dated right after its name
SINCE_START_RE = re.compile(r"depuis\s+(?:le\s+|l['’])(?:début|déclenchement|éclatement|éruption)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+)"
                            r"[^\d.;:!?«»\n]{1,40}?,?\s+(?:le\s+|en\s+)?$", re.I)
RELATIVE_UNITS = {"an": "year", "année": "year", "mois": "month", "semaine": "week"}


def read_dates(text: str, ref: dt.date | None) -> list[DateMention]:
    """The French date mentions of ``text``, resolved against ``ref`` (None: relative ones get no value)."""
    found: list[tuple[int, int, str | None, str]] = []
    for name, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if not _word_bounded(text, m.start(), m.end()):
                continue
            reading = READERS[name](m, ref)
            if reading is not None:
                found.append((m.start(), m.end(), *reading))
    out = []
    for start, end, value, precision in _longest(found):
        since = SINCE_RE.search(text, max(0, start - 12), start) or (
            SINCE_START_RE.search(text, max(0, start - 70), start) if precision in ("day", "month", "year") else None)
        if since is not None:
            start, value, precision = since.start(), (f"{value}/.." if value else None), "interval"
        out.append(DateMention(text=text[start:end], value=value, precision=precision, start=start, end=end,
                               extractor=EXTRACTOR))
    return out


def _word_bounded(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())


def _longest(found: list[tuple[int, int, str | None, str]]) -> list[tuple[int, int, str | None, str]]:
    kept: list[tuple[int, int, str | None, str]] = []
    for f in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if all(f[1] <= k[0] or k[1] <= f[0] for k in kept):
            kept.append(f)
    return sorted(kept)


def _month_number(word: str) -> int:
    word = word.lower()
    return MONTH_ABBREVIATIONS.get(word) or MONTH_SPELLINGS.get(word) or MONTHS.index(word) + 1


def _read_day(m: re.Match, ref: dt.date | None) -> tuple[str | None, str] | None:
    day, month = 1 if m.group("day").lower() == "1er" else int(m.group("day")), _month_number(m.group("month"))
    if not 1 <= day <= 31:
        return None
    if m.group("year"):
        year: int | None = int(m.group("year"))
    else:
        step = "last" if "last" in m.re.groupindex and m.group("last") else \
            "next" if "next" in m.re.groupindex and m.group("next") else None  # "le 12 mars dernier"
        year = pick_year(ref, day_period(month, day), step or _year_mode(m)) if ref else None
    try:
        return (dt.date(year, month, day).isoformat() if year else None), "day"
    except ValueError:
        return None


def _read_day_range(m: re.Match, ref: dt.date | None) -> tuple[str | None, str] | None:
    """Both ends of a range of days: the second read as a day alone, the first in its month (or its own) and year,
    a year earlier where its month comes after the second's ("du 20 décembre au 5 janvier")."""
    end = _read_day(m, ref)
    if end is None or end[0] is None:
        return None if end is None else (None, "interval")
    last = dt.date.fromisoformat(end[0])
    month = _month_number(m.group("month1")) if m.group("month1") else last.month
    year = int(m.group("year1")) if m.group("year1") else last.year - (1 if month > last.month else 0)
    day = 1 if m.group("day1").lower() == "1er" else int(m.group("day1"))
    try:
        first = dt.date(year, month, day)
    except ValueError:
        return None
    return (f"{first.isoformat()}/{last.isoformat()}", "interval") if first <= last else None


def _read_month(m: re.Match, ref: dt.date | None) -> tuple[str | None, str] | None:
    month = _month_number(m.group("month"))
    if m.group("year"):
        return f"{int(m.group('year')):04d}-{month:02d}", "month"
    step = "last" if m.group("last") else "next" if m.group("next") else None
    if not m.group().lower().startswith("en") and not _after_since(m) and "mois" not in m.group().lower() \
            and step is None:
        return None  # "mars" alone may be a name or a word of another phrase; "en mars", "depuis mars", "au
        # mois de mars", "décembre dernier" are dates
    year = pick_year(ref, month_period(month), step or _year_mode(m)) if ref else None
    return (f"{year:04d}-{month:02d}" if year else None), "month"


def _year_mode(m: re.Match) -> str:
    """How pick_year chooses the year of a day or month written without one: "future" after words that point ahead
    ("à partir du 1er décembre"), else the last one begun ("before")."""
    lead = LEADING_ARTICLE_RE.match(m.group(0))  # "dès le mois d'avril", "à partir du mois de mai": the phrase's
    # article is the date's first word
    end = m.start() + (lead.end() if lead else 0)
    return "future" if FUTURE_BEFORE_RE.search(m.string, max(0, m.start() - 20), end) else "before"


LEADING_ARTICLE_RE = re.compile(r"(?:le|la|l['’]|du|au)\s*", re.I)


def _after_since(m: re.Match) -> bool:
    return bool(SINCE_RE.search(m.string, max(0, m.start() - 12), m.start()))


def _read_weekday(m: re.Match, ref: dt.date | None) -> tuple[str | None, str] | None:
    weekday = WEEKDAYS.index(m.group("weekday").lower())
    mode = "last" if m.group("last") else "future" if m.group("next") else "past"
    return (pick_weekday(ref, weekday, mode).isoformat() if ref else None), "day"


def _read_relative_day(m: re.Match, ref: dt.date | None) -> tuple[str | None, str]:
    back = {"avant-hier": 2, "hier": 1}.get(m.group("word").lower(), 0)
    return ((ref - dt.timedelta(days=back)).isoformat() if ref else None), "day"


def _read_relative(m: re.Match, ref: dt.date | None) -> tuple[str | None, str] | None:
    unit = RELATIVE_UNITS[m.group("unit").lower()]
    step = -1 if m.group("last") else 1 if m.group("next") else 0
    if step == 0 and not re.match(r"(?i)ce|cette", m.group()):
        return None  # "l'année" alone is no date
    return (_shifted(ref, unit, step) if ref else None), unit


def _read_weekend(m: re.Match, ref: dt.date | None) -> tuple[str | None, str]:
    """ "le week-end dernier", "le week-end prochain": the weekend a week before or after the last one begun
    ("ce week-end", "le week-end": that one; on a Saturday or Sunday, the current one)."""
    word = (m.group("word") or "").lower()
    if ref is None:
        return None, "weekend"
    begun = 0 if ref.weekday() >= 5 else -1
    step = {-1: -1, 1: begun + 1}.get(WEEKEND_STEPS.get(word, 0), begun)
    return weekend(ref + dt.timedelta(weeks=step)), "weekend"


def _read_ago(m: re.Match, ref: dt.date | None) -> tuple[str | None, str] | None:
    unit = UNITS.get(m.group("unit").lower())
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    if unit is None or n is None:
        return None
    if unit == "day":
        return ((ref - dt.timedelta(days=n)).isoformat() if ref else None), "day"
    return (_shifted(ref, unit, -n) if ref else None), unit


def _read_year(m: re.Match, ref: dt.date | None) -> tuple[str | None, str]:
    return m.group("year"), "year"


def _shifted(ref: dt.date, unit: str, step: int) -> str:
    if unit == "week":
        return iso_week(ref + dt.timedelta(weeks=step))
    if unit == "month":
        return "{:04d}-{:02d}".format(*shift_month(ref, step))
    return f"{ref.year + step:04d}"


def _read_part_month(m: re.Match, ref: dt.date | None) -> tuple[str | None, str] | None:
    """ "début mars", "fin janvier 2024", "mi-avril": the month."""
    month = _month_number(m.group("month"))
    if m.group("year"):
        return f"{int(m.group('year')):04d}-{month:02d}", "month"
    year = pick_year(ref, month_period(month), "before") if ref else None
    return (f"{year:04d}-{month:02d}" if year else None), "month"


def _read_start_of(m: re.Match, ref: dt.date | None) -> tuple[str | None, str]:
    """ "le début de l'année": the first month of the reference date's year (what a count "depuis le début de
    l'année" starts from, as "depuis janvier" and English read_year_start read it); "le début du mois": the month of
    the reference date; "le début de la semaine": the Monday of its week."""
    if m.group("year_word"):
        return (f"{ref.year:04d}-01" if ref else None), "month"
    if m.group("week_word"):
        return ((ref - dt.timedelta(days=ref.weekday())).isoformat() if ref else None), "day"
    return (f"{ref.year:04d}-{ref.month:02d}" if ref else None), "month"


READERS = {"day_range": _read_day_range, "part_month": _read_part_month, "part_year": _read_year, "start_of": _read_start_of, "day": _read_day, "month": _read_month, "weekday": _read_weekday, "relative_day": _read_relative_day,
           "relative": _read_relative, "ago": _read_ago, "year": _read_year, "weekend": _read_weekend}
