"""Numbers as news writes them: digits, words, magnitudes, ranges, vague amounts, currencies, percentages.

``find_numbers(text)`` scans the text (no parse needed) and returns ``Amount`` records with character
offsets, a value and, for ranges and vague amounts, bounds. Conventions:

- "1.4 million" -> 1,400,000; "$7bn" -> 7,000,000,000 USD; "4,000-5,000" and "48 to 60" -> low/high;
- vague amounts follow CQE's convention: "dozens" 12-120, "hundreds" 100-1,000, "thousands" 1,000-10,000,
  "tens of thousands" 10,000-100,000; value is the low bound and the ``vague`` flag is set;
- a malformed number keeps its best reading and the ``malformed_number`` flag: "600,00" (a thousands group
  of two digits) reads 600,000 (a dropped zero) with 60,000 as ``alternative``; never a silent 600;
- separators as each text writes them (``as_written_in_english``): thousands grouped by a space, a no-break
  space or a thin space ("11 300", "20 000"); thousands grouped by dots and decimals after a comma in a
  text that writes numbers that way (``number_convention``: French, Spanish, German ... or the article's
  other numbers say so: "180.000", "1.103", "6,9 millions"); anywhere, a decimal comma before a magnitude
  ("1,4 million"), a dot before three zeros ("180.000": no one writes a count with zero decimals) and a dot
  before three digits that count people ("1.103 people": no fraction of a person) read as the other way.

Whether an amount is a *figure* (not a year, a date, a time, an ordinal or part of a name) is decided
by ``filters.py``, which sees the parse. The words (number words, magnitudes, qualifiers, units, currencies)
are in the lexicon (numbers.toml, units.toml).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal

from ... import lexicon
from ..anchored import finditer_around
from ..spans import Spans

WORD_UNITS: dict[str, int] = lexicon.table("numbers.word_units")
WORD_TENS: dict[str, int] = lexicon.table("numbers.word_tens")
MAGNITUDES: dict[str, int] = {**lexicon.table("numbers.magnitudes"), **lexicon.table("numbers.magnitude_abbreviations")}
VAGUE = {word: tuple(bounds) for word, bounds in lexicon.table("numbers.vague").items()}  # word -> (low, high)
CURRENCY_SYMBOLS: dict[str, str] = lexicon.table("units.currency_symbols")
# Unit abbreviations written right after a number ("256GB", "50 mph", "5kW") -> unit name.
UNIT_ABBREVIATIONS: dict[str, str] = lexicon.table("units.unit_abbreviations")
# Units only taken as written in capitals ("300 PS", "5 W", "110 JPY"): lower case they are words or other units.
CASED_UNITS: dict[str, str] = lexicon.table("units.cased_units")
# Abbreviations only taken glued to the number ("5m", not "5 m").
GLUED_UNITS = lexicon.words("units.glued_units")
CASED_UNIT_RE = re.compile(r"(?-i:\s?(?P<unit>PS|W|V)\b(?![-'’])|(?P<feet>')(?=[\s.,;:)]|$))")
_CODES = lexicon.terms("units.currency_codes")
CODE_ALIASES: dict[str, str] = lexicon.table("units.currency_code_aliases")  # "110 YEN" -> JPY
CODE_AFTER_RE = re.compile(r"(?-i:\s(?P<code>" + "|".join([*_CODES, *CODE_ALIASES]) + r")\b)")
# "5G", "4G": a generation of mobile networks, not grams.
GENERATION_RE = re.compile(r"(?-i:G)(?![\w/])")
UNIT_ABBR_RE = re.compile(
    r"\s?(?P<unit>" + "|".join(re.escape(u) for u in sorted(UNIT_ABBREVIATIONS, key=len, reverse=True)) + r")(?![\w/])",
    re.I,
)
CURRENCY_CODES = frozenset(_CODES)
# qualifier before the number -> approx label
QUALIFIERS = [("|".join(phrases), label) for label, phrases in lexicon.table("numbers.qualifiers").items()]
QUALIFIER_RE = re.compile(r"(?:^|(?<=\W))(" + "|".join(p for p, _ in QUALIFIERS) + r")\s*$", re.I)  # "Around1.6"

_WORD_NUM = "|".join(sorted([*WORD_UNITS, *WORD_TENS], key=len, reverse=True))
_MAG = "|".join(lexicon.table("numbers.magnitudes"))
_MAG_ABBR = "|".join(lexicon.table("numbers.magnitude_abbreviations"))
# Invisible characters (zero-width spaces and joiners, direction marks, soft hyphen, BOM) a page may leave beside a
# separator: "120,\u200b000" is 120,000 written with one, read whole and without them.
_INVISIBLE = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
_DIGITS = rf"(?:\d+(?:[{_INVISIBLE}]*[,.][{_INVISIBLE}]*\d+)*|\.\d+)"
# Letter prefixes are matched as written (case matters) and never inside a word: "was $5" is not S$5, "covers
# 13" not Rs 13; the taka and the Kenyan shilling as South Asian and East African papers write them ("Tk 6.25
# crore", "KSh 500 million", "Sh200 million": "Sh" only right before its digits). "PS" is the pound sign as
# plain-ASCII conversion writes it ("PS6m"), taken only before an amount with a magnitude or a thousands group,
# never "PS5". The naira, the Philippine peso and the rand as Nigerian, Philippine and South African papers write
# them ("N45 billion", "P10,000", "R4.5 million"): one capital glued to an amount with a magnitude or a thousands
# group, never "N380 road" or "P3".
_CURRENCY = (r"(?-i:(?<![A-Za-z])(?:US\s?\$|\$US|HK\s?\$|AU?\$|C\$|S\s?\$|NZ\s?\$|R\$|Rs\.?\s?|RM\s?|Rp\s?"
             r"|Tk\.?\s?|K[Ss]h\.?\s?|Sh(?=\d)"
             r"|PS(?=\d[\d.]*(?:m|bn|k)\b|\d{1,3},\d{3})"
             r"|[NPR](?=\d[\d.]*\s?(?:million|billion|trillion|m|bn)\b|\d{1,3},\d{3}\b)"
             r"|(?:" + "|".join(_CODES) + r")\s?)|[$€£¥₹₦₱])")
NUMBER_RE = re.compile(
    rf"(?P<cur>{_CURRENCY})?\s?(?P<neg>(?<=[$€£¥₹])-)?"
    rf"(?:(?P<digits>{_DIGITS})|(?P<words>\b(?:{_WORD_NUM})(?:[\s-](?:{_WORD_NUM}|and|{_MAG}))*\b|\ba (?:dozen|hundred|thousand|million|billion)\b))"
    rf"(?:\s?(?P<mag>{_MAG}|{_MAG_ABBR})\b(?:\s(?P<mag2>thousand|million|billion)\b)?)?"
    r"(?P<pct>\s?(?:%|per ?cent\b|pc\b|percentage points?\b))?",
    re.I,
)
VAGUE_BARE_BEFORE = sorted(lexicon.words("figures.glued_auxiliaries"))  # the verbs a bare vague amount is subject of
# "hundreds of people"; with a magnitude before it, on its own ("hundreds of thousands displaced"); before a verb
# whose subject it is ("Hundreds have been killed")
VAGUE_RE = re.compile(
    r"\b(?P<tens>tens of |hundreds of )?(?P<word>" + "|".join(VAGUE) + r")\b"
    r"(?(tens)|(?= of\b|\s+(?:" + "|".join(VAGUE_BARE_BEFORE) + r")\b))", re.I
)
# ---- separators: every text's numbers read the English way (",": thousands, ".": decimals) ----------------

_SPACES = " \u00a0\u202f\u2009"  # a space, a no-break space, a narrow no-break space, a thin space
_MAG_WORDS = "|".join(sorted(lexicon.table("numbers.magnitudes"), key=len, reverse=True))
_MONTH_PREFIXES = "|".join(month[:3] for month in lexicon.terms("time.months"))
# "11 300", "20 000", "1 000 000": groups of exactly three digits after spaces
SPACE_GROUPED_RE = re.compile(rf"\d(?<![\d.,]\d)\d{{0,2}}(?:[{_SPACES}]\d{{3}})+(?![\d]|[.,]\d{{3}})")
SPACE_RE = re.compile(f"[{_SPACES}]")
DAY_BEFORE_RE = re.compile(rf"(?i:\b(?:{_MONTH_PREFIXES})[a-z]*\.?|\d)[{_SPACES}]*$")  # "June 21 300 people"
# What every match of NUMBER_RE holds, in the lower-cased text: a digit, a number word or "a dozen"'s word; a match
# starts at most NUMBER_REACH characters before it (a currency and its space: "US $ ", "Rs. ").
NUMBER_ANCHOR_RE = re.compile(rf"\d|{_WORD_NUM}|dozen|hundred|thousand|million|billion")
NUMBER_REACH = 12


VAGUE_ANCHOR_RE = re.compile("|".join(VAGUE))  # in the lower-cased text; "hundreds of " at most before it
VAGUE_REACH = 16


# A number's "not after a digit, dot or comma" is written after its first digit ("\d(?<![\d.,]\d)"), never before
# it: a regex that starts with a digit is looked for by the engine's fast scan, one that starts with a look-behind
# is tried at every character of the text.
# numbers written with dots between groups of three and maybe a decimal comma: "180.000", "1.234.567,5"
DOT_GROUPED_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
DECIMAL_COMMA_RE = re.compile(r"\d+,(?!\d{3}(?!\d))\d+")  # "6,9", "2,50": not "1,500"
SEPARATED_RE = re.compile(r"\d(?<![\d.,]\d)\d*(?:[.,]\d+)+")
# What says how a text writes its numbers: dots between thousands ("1.234.567", "1.234,5") or a decimal comma
# ("2,5 %"), against commas between thousands ("1,234") or a decimal dot ("2.5%", "1.4 million"). A decimal
# comma before a magnitude ("1,4 million") is read as one in any text, and says nothing of the others.
COMMA_DECIMAL_SIGN_RE = re.compile(r"\d\.\d{3}\.\d{3}|\d\.\d{3},\d|\d(?<![\d.,]\d)\d*,\d{1,2}\s?%")
DOT_DECIMAL_SIGN_RE = re.compile(rf"\d,\d{{3}}(?![\d,]|\.\d{{3}})|\d(?<![\d.,]\d)\d*\.\d{{1,2}}\s?(?:%|(?i:{_MAG_WORDS})\b)")
COMMA_DECIMAL_WORDS = lexicon.words("numbers.comma_decimal_words")
COMMA_DECIMAL_SHARE: float = lexicon.entry("numbers.comma_decimal_share")
WORD_RE = re.compile(r"[^\W\d_]+")
# Read the other way in any text: a decimal comma before a magnitude ("1,4 million"), a dot before three zeros
# ("180.000": no count is written with zero decimals), a dot before three digits that count people ("1.103
# people": no one counts a fraction of a person).
COMMA_BEFORE_MAGNITUDE_RE = re.compile(rf"\d(?<![\d.,]\d)\d{{0,2}},\d{{1,2}}(?=\s?(?i:{_MAG_WORDS})\b)")
DOT_ZEROS_RE = re.compile(r"[1-9](?<![\d.,][1-9])\d{0,2}\.000(?![\d.,]\d?)")
_PEOPLE = "|".join(sorted(lexicon.words("units.person_nouns"), key=len, reverse=True))
DOT_PEOPLE_RE = re.compile(rf"[1-9](?<![\d.,][1-9])\d{{0,2}}\.\d{{3}}(?![\d.,]\d?)(?=\s+(?i:{_PEOPLE})\b)")


def number_convention(text: str) -> str:
    """How ``text`` writes numbers: ``comma_decimal`` ("180.000", "6,9 millions": French, Spanish, German ...)
    when the function words of such a language make up a share of its words or its numbers show the signs
    of it more than those of the English way; else ``dot_decimal`` ("180,000", "6.9 million")."""
    words = WORD_RE.findall(text[:5000].lower())
    if words and sum(w in COMMA_DECIMAL_WORDS for w in words) / len(words) >= COMMA_DECIMAL_SHARE:
        return "comma_decimal"
    comma, dot = len(COMMA_DECIMAL_SIGN_RE.findall(text)), len(DOT_DECIMAL_SIGN_RE.findall(text))
    return "comma_decimal" if comma > dot else "dot_decimal"


def as_written_in_english(text: str, convention: str | None = None) -> str:
    """``text`` with its numbers' separators rewritten the English way, character for character (offsets
    hold): thousands grouped by spaces ("11 300"), apostrophes ("21'000") or, in a ``comma_decimal`` text, by dots
    ("180.000") get commas; decimal commas get dots. A day after a month ("June 21 300 people") keeps its space."""
    convention = convention or number_convention(text)
    if convention == "comma_decimal":
        text = SEPARATED_RE.sub(_swapped, text)
    else:
        text = COMMA_BEFORE_MAGNITUDE_RE.sub(lambda m: m.group().replace(",", "."), text)
        text = DOT_ZEROS_RE.sub(lambda m: m.group().replace(".", ","), text)
        text = DOT_PEOPLE_RE.sub(lambda m: m.group().replace(".", ","), text)
    text = APOSTROPHE_GROUPED_RE.sub(lambda m: APOSTROPHE_RE.sub(",", m.group()), text)
    return SPACE_GROUPED_RE.sub(lambda m: _space_grouped(m, text), text)


# "21'000", "315’000": thousands grouped by apostrophes, as Swiss papers and agencies write them (Keystone-ATS, the
# Geneva press), in any text; "5'11" (feet and inches) has no group of three.
APOSTROPHE_GROUPED_RE = re.compile(r"\d(?<![\d.,'’]\d)\d{0,2}(?:['’]\d{3})+(?![\d'’])")
APOSTROPHE_RE = re.compile(r"['’]")


def _swapped(m: re.Match) -> str:
    """A number of a comma-decimal text the English way: "1.234.567,5" -> "1,234,567.5", "6,9" -> "6.9"."""
    s = m.group()
    if DOT_GROUPED_RE.fullmatch(s):
        return s.translate(str.maketrans(".,", ",."))
    return s.replace(",", ".") if DECIMAL_COMMA_RE.fullmatch(s) else s


def _space_grouped(m: re.Match, text: str) -> str:
    if DAY_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
        return m.group()
    return SPACE_RE.sub(",", m.group())


RANGE_JOIN_RE = re.compile(r"^\s*(?:-|–|—|to|to-|and|or)\s*$", re.I)


def _verb_forms(lemmas) -> list[str]:
    """The written forms of regular verbs (and the irregular ones the lexicon lists as words): "climb",
    "climbs", "climbed", "climbing"; "rise", "rises", "rising"."""
    out = set()
    for w in lemmas:
        stem = w[:-1] if w.endswith("e") else w
        out.update({w, w + "s", w + "es", stem + "ed", stem + "ing", w + w[-1] + "ed", w + w[-1] + "ing"})
    return sorted(out, key=len, reverse=True)


# "rose from 1,644 to 2,056", "dropped sharply from 40 to 12": a change from one level to another, two figures
# (the later level is the figure), not a range; "ranging from 10 to 20" stays one.
CHANGE_FROM_RE = re.compile(r"\b(?:" + "|".join(_verb_forms(lexicon.words("figures.up_verbs") | lexicon.words(
    "figures.down_verbs"))) + r")\b(?:\s+[a-z]+){0,2}\s+from\s*$", re.I)
NEGATIVE_RE = re.compile(r"(?:(?<![\w.])-|\bminus[\s-])$", re.I)


@dataclass
class Amount:
    start: int
    end: int
    value: float
    low: float | None = None
    high: float | None = None
    approx: str = "exact"
    currency: str | None = None
    percent: bool = False
    flags: list[str] = field(default_factory=list)
    alternative: float | None = None
    written: str = ""  # the number as written, without qualifier
    unit: str | None = None  # a unit written right after the number: "256GB" -> gigabyte

    @property
    def is_integer_like(self) -> bool:
        return float(self.value).is_integer()


def parse_digits(s: str) -> tuple[float, float | None, bool]:
    """Digits with separators to (value, alternative reading, malformed?)."""
    if re.fullmatch(r"\d+", s):
        return float(s), None, False
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        return float(s.replace(",", "")), None, False
    if re.fullmatch(r"\d*\.\d+", s):
        return float(s), None, False
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):  # European 1.234.567,5
        return float(s.replace(".", "").replace(",", ".")), None, False
    if m := re.fullmatch(r"(\d{1,3}(?:,\d{3})*),(\d{1,2})", s):  # "600,00": a thousands group cut short
        head, tail = m.group(1).replace(",", ""), m.group(2)
        best = float(head + tail.ljust(3, "0"))
        alt = float(head + tail)
        return best, alt, True
    if m := re.fullmatch(r"(\d{1,3}(?:,\d{3})*),(\d{4,})", s):
        joined = float(m.group(1).replace(",", "") + m.group(2))
        return joined, None, True
    cleaned = s.replace(",", "")
    try:
        return float(cleaned), None, True
    except ValueError:
        return float(re.sub(r"[^\d]", "", s) or 0), None, True


def parse_words(s: str) -> float | None:
    """'two million', 'twenty-five', 'a dozen', 'nine hundred and twenty-one' -> number."""
    words = re.split(r"[\s-]+", s.lower())
    if words[:1] == ["a"]:
        words = ["one"] + words[1:]
    if words == ["one", "dozen"]:
        return 12.0
    total, current = 0.0, 0.0
    seen = False
    for w in words:
        if w == "and":
            continue
        if w in WORD_UNITS:
            current += WORD_UNITS[w]
        elif w in WORD_TENS:
            current += WORD_TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in MAGNITUDES:
            total += (current or 1) * MAGNITUDES[w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def _qualifier(text: str, start: int) -> tuple[str, int]:
    if start > 0 and text[start - 1] == "~":
        return "about", start - 1
    window = text[max(0, start - 30):start]
    m = QUALIFIER_RE.search(window)
    if not m:
        return "exact", start
    phrase = m.group(1).lower()
    if phrase == "up to" and re.search(r"(?:lead|run)[- ]$", text[max(0, start - 30):start - len(m.group(0))].lower()):
        return "exact", start  # "the lead-up to 3G" is no bound
    for pattern, label in QUALIFIERS:
        if re.fullmatch(pattern, phrase, re.I):
            return label, start - (len(window) - m.start(1))
    return "exact", start


def scaled(value: float, factor: float) -> float:
    """``value`` times a magnitude, in decimal so the written digits stay exact: 4.1 million is 4,100,000,
    not the binary float product 4099999.9999999995."""
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def _amount(m: re.Match, text: str) -> Amount | None:
    if m.group("digits"):
        value, alt, malformed = parse_digits(INVISIBLE_RE.sub("", m.group("digits")))
    else:
        words = parse_words(m.group("words"))
        if words is None:
            return None
        value, alt, malformed = words, None, False
    mag = (m.group("mag") or "").lower()
    if mag:
        if mag in ("m", "b", "k") and not (m.group("cur") or m.group("digits")):
            return None
        factor = MAGNITUDES[mag] * (MAGNITUDES[m.group("mag2").lower()] if m.group("mag2") else 1)
        value = scaled(value, factor)
        alt = scaled(alt, factor) if alt is not None else None
    currency = None
    if m.group("cur"):
        code = m.group("cur").replace(" ", "")
        currency = code if code in CURRENCY_CODES else CURRENCY_SYMBOLS.get(code, "USD")
    if m.group("neg"):
        value, alt = -value, (-alt if alt is not None else None)  # "$-50.8bn"
    start = m.start("cur") if m.group("cur") else (m.start("digits") if m.group("digits") else m.start("words"))
    amount = Amount(start=start, end=m.end(), value=value, currency=currency, percent=bool(m.group("pct")),
                    alternative=alt, written=text[start:m.end()].strip())
    if malformed:
        amount.flags.append("malformed_number")
    return amount


FRACTION_RE = re.compile(r"(?<![\w/.,])(?:(?P<whole>\d{1,3})[ \u00a0-])?(?P<num>\d{1,2})/(?P<den>\d{1,2})(?![\w/])")


def _fractions(text: str) -> list[Amount]:
    """ "1/2 pound", "3/4 of the camps": proper fractions with small denominators (not "9/11", "24/7"), and
    mixed numbers, a whole number before one ("4 1/2 hours", "2-1/2 miles": 4.5 and 2.5)."""
    out = []
    for m in FRACTION_RE.finditer(text):
        num, den = int(m["num"]), int(m["den"])
        if 0 < num < den and den in (2, 3, 4, 5, 8, 10, 16) and re.match(r"\s+(?:of\b|[a-z])", text[m.end():m.end() + 4]):
            whole = int(m["whole"]) if m["whole"] else 0
            out.append(Amount(start=m.start(), end=m.end(), value=whole + num / den, written=m.group()))
    return out


def find_numbers(text: str, convention: str | None = None) -> list[Amount]:
    """Every amount in ``text``, ranges joined, qualifiers applied, in text order; the separators read as the
    text writes them (``as_written_in_english``), or by ``convention`` where the language says it."""
    written, text = text, as_written_in_english(text, convention)
    fractions = _fractions(text)
    amounts = list(fractions)
    in_fractions = Spans((f.start, f.end) for f in fractions)
    lower = text.lower()
    for m in finditer_around(NUMBER_RE, text, NUMBER_ANCHOR_RE, NUMBER_REACH, lower):
        if not m.group("digits") and not m.group("words"):
            continue
        a = _amount(m, written)
        if a is None or not _finite(a) or _inside_word(text, a.start) or in_fractions.holds(a.start):
            continue
        a.end = len(text[:a.end].rstrip())
        if not a.currency and (neg := NEGATIVE_RE.search(text, max(0, a.start - 6), a.start)):  # "minus " at most
            a.value, a.start = -a.value, neg.start()
        _unit_after(text, a)
        amounts.append(a)
    amounts += _vague(text, lower, amounts)
    amounts += _share_of_magnitude(text, lower, amounts)
    amounts.sort(key=lambda a: a.start)
    amounts = _fractions_of(text, amounts)
    _and_a_half(text, amounts)
    amounts = _join_ranges(text, amounts)
    if "fold" in lower:  # "sixfold", "a 2.5-fold rise"
        amounts = sorted(amounts + [f for f in _folds(text, amounts) if _finite(f)], key=lambda a: a.start)
    for a in amounts:
        if a.approx == "exact":
            a.approx, a.start = _qualifier(text, a.start)
        if a.approx == "exact" and not a.currency and (after := QUALIFIER_AFTER_RE.match(text, a.end)):
            a.approx = next(label for label, phrases in QUALIFIERS_AFTER.items() if after.group(1).lower() in phrases)
    return amounts


# Qualifiers after a number -> the approx label ("35 or more": at least; "a dozen or so": about).
QUALIFIERS_AFTER: dict[str, list[str]] = lexicon.table("numbers.qualifiers_after")
QUALIFIER_AFTER_RE = re.compile(r"(?:\s+(?:people|persons|others))?\s+("
                                + "|".join(re.escape(p) for ps in QUALIFIERS_AFTER.values() for p in ps) + r")\b", re.I)


FRACTIONS_OF: dict[str, float] = lexicon.table("numbers.fractions_of")
FRACTION_OF_RE = re.compile(r"\b(?P<share>" + "|".join(
    r"[\s-]".join(map(re.escape, words.split())) for words in sorted(FRACTIONS_OF, key=len, reverse=True)) + r")\s+$", re.I)


def _fractions_of(text: str, amounts: list[Amount]) -> list[Amount]:
    """ "half a million", "a quarter of a million": an amount written "a <magnitude>" takes the share the words
    before it give, and starts where they start (it was read as the whole magnitude); a number word inside the
    share ("three" of "three-quarters") is no amount of its own."""
    shares = []
    for a in amounts:
        if a.low is not None or not a.written.lower().startswith("a "):
            continue
        m = FRACTION_OF_RE.search(text, max(0, a.start - 24), a.start)
        if m is None:
            continue
        share = FRACTIONS_OF[" ".join(re.split(r"[\s-]+", m.group("share").lower()))]
        a.value, a.start, a.written = float(round(a.value * share)), m.start(), text[m.start():a.end]
        shares.append(a)
    return [b for b in amounts if not any(a is not b and a.start <= b.start < a.end for a in shares)]


AND_A_HALF_RE = re.compile(r"\s+and\s+a\s+half\b(?:\s+(?P<mag>" + _MAG_WORDS + r")\b)?", re.I)


def _and_a_half(text: str, amounts: list[Amount]) -> None:
    """ "one and a half million", "two and a half years": the whole number, a half more, then the magnitude
    after it (read before as "one and": 1)."""
    for a in amounts:
        if a.low is not None:
            continue
        core = re.sub(r"\s+and$", "", a.written, flags=re.I)
        m = AND_A_HALF_RE.match(text, a.start + len(core)) if text.startswith(core, a.start) else None
        if m is None:
            continue
        value = a.value + 0.5
        a.value = scaled(value, MAGNITUDES[m.group("mag").lower()]) if m.group("mag") else value
        a.end, a.written = m.end(), text[a.start:m.end()]


def _finite(a: Amount) -> bool:
    """Whether every reading of an amount is a finite float. A number past the float range (400 digits,
    "a hundred hundred ... hundred") reads as infinity, which is no count of anything and no JSON value: it
    is no amount at all (a figure with no value would reach the ledger's value filters and the conflict
    finder's comparisons as a hole), and the digits are not read as some smaller number either."""
    return all(v is None or math.isfinite(v) for v in (a.value, a.low, a.high, a.alternative))


def _unit_after(text: str, a: Amount) -> None:
    """A unit or currency code written right after the number: "256GB", "50 mph", "300 PS", "110 JPY", "5G"."""
    if a.percent:
        return
    if not a.currency and (c := CODE_AFTER_RE.match(text, a.end)):
        a.currency = CODE_ALIASES.get(c.group("code"), c.group("code"))
        a.end = c.end()
    elif (g := GENERATION_RE.match(text, a.end)) and a.value in (2, 3, 4, 5, 6):
        a.unit, a.end = "network generation", g.end()
    elif (u := UNIT_ABBR_RE.match(text, a.end)) and not (
            u.group("unit").lower() in GLUED_UNITS and u.group().startswith(" ")
            or text[u.end():u.end() + 2].lower() == ".m"):  # "3p.m." is a time, "3a.m." too
        a.unit = UNIT_ABBREVIATIONS[u.group("unit").lower()]
        a.end = u.end()
    elif (u := CASED_UNIT_RE.match(text, a.end)) and not a.currency:
        a.unit, a.end = CASED_UNITS[u.group("unit") or u.group("feet")], u.end()


FOLD_RE = re.compile(rf"\b(?P<n>{_WORD_NUM}|\d+(?:\.\d+)?)-?fold\b", re.I)


def _folds(text: str, found: list[Amount]) -> list[Amount]:
    """ "sixfold", "a 2.5-fold rise": a multiple, counted in times."""
    out, taken = [], Spans((a.start, a.end) for a in found)
    for m in FOLD_RE.finditer(text):
        if taken.holds(m.start()):
            continue
        n = m.group("n")
        value = float(n) if n[0].isdigit() else parse_words(n)
        if value is not None:
            out.append(Amount(start=m.start(), end=m.end(), value=value, unit="count", written=m.group()))
    return out


def _year_like(a: Amount) -> bool:
    return bool(re.fullmatch(r"(?:1[5-9]|20)\d\d", a.written))


GLUED_WORD_RE = re.compile(r"(?<![A-Za-z])(?:[Aa]round|about|some|nearly|over|almost|than|to|of)$")


def _inside_word(text: str, start: int) -> bool:
    """Digits glued to letters are part of a name or code: "G20", "Covid-19", "A380"."""
    before = text[start - 1] if start > 0 else " "
    if before.isalpha() and GLUED_WORD_RE.search(text, max(0, start - 12), start):
        return False  # "Around1.6 million", "about2,700": a space lost in conversion
    if before.isalpha() or before == "_":
        return True
    glued = before == "-" and start > 1 and text[start - 2].isalpha()
    return glued and not text[max(0, start - 6):start].lower().endswith("minus-")


# "a half million", "a quarter-million": a share of a magnitude written before it with no "of"
SHARE_OF_MAGNITUDE_RE = re.compile(r"\b(?:a|one)[\s-]+(?P<share>half|quarter|third)[\s-]+(?P<mag>" + _MAG_WORDS + r")\b", re.I)
SHARES = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}


def _share_of_magnitude(text: str, lower: str, found: list[Amount]) -> list[Amount]:
    """ "over a half million displaced", "a quarter-million people": the share of the magnitude."""
    if not any(share in lower for share in SHARES):
        return []
    taken = Spans((a.start, a.end) for a in found)
    out = []
    for m in SHARE_OF_MAGNITUDE_RE.finditer(text):
        if taken.overlaps(m.start(), m.end()) or re.search(r"\band\s+$", text[max(0, m.start() - 5):m.start()], re.I):
            continue  # "one and a half million": the whole's
        value = float(round(SHARES[m["share"].lower()] * MAGNITUDES[m["mag"].lower()]))
        out.append(Amount(start=m.start(), end=m.end(), value=value, written=m.group()))
    return out


def _vague(text: str, lower: str, found: list[Amount]) -> list[Amount]:
    out, taken = [], Spans((a.start, a.end) for a in found)
    for m in finditer_around(VAGUE_RE, text, VAGUE_ANCHOR_RE, VAGUE_REACH, lower):
        if taken.holds(m.start()):
            continue
        low, high = VAGUE[m.group("word").lower()]
        if m.group("tens"):
            factor = 10 if m.group("tens").lower().startswith("tens") else 100
            low, high = low * factor, high * factor
        out.append(Amount(start=m.start(), end=m.end(), value=float(low), low=float(low), high=float(high),
                          approx="about", flags=["vague"], written=m.group()))
    return out


def _join_ranges(text: str, amounts: list[Amount]) -> list[Amount]:
    """'48 to 60', '4,000-5,000', 'between 10 and 20': one amount with low and high."""
    out: list[Amount] = []
    for a in amounts:
        prev = out[-1] if out else None
        if prev is not None and prev.low is None and "vague" not in prev.flags and "vague" not in a.flags:
            gap = text[prev.end:a.start]
            between = text[max(0, prev.start - 8):prev.start].lower().rstrip().endswith("between")
            # "rose by $43.6bn to $419.2bn": the change and the level, two figures ("by 1 to 1.5 degrees" is a range)
            whole = prev.currency or prev.unit or prev.percent or _scale_of(text, prev)
            by = whole and re.search(r"\bby\s*$", text[max(0, prev.start - 4):prev.start], re.I)
            changed = CHANGE_FROM_RE.search(text, max(0, prev.start - 40), prev.start) is not None
            joiner = RANGE_JOIN_RE.match(gap) and "\n" not in gap and not by and not changed and _same_kind(prev, a)
            # "... semaine 23\n\n- 212 nouveaux cas": a list's dash opens a line and joins no range
            rising = a.value > prev.value or bool(_scale_of(text, a))
            if (joiner and rising and (gap.strip() != "and" or between) and prev.percent == a.percent
                    and _year_like(prev) == _year_like(a)):
                low = prev.value
                bare = not _scale_of(text, prev) and "," not in prev.written and low < 1000
                if bare and a.value >= 1000 * low and (scale := _scale_of(text, a)):
                    low = scaled(low, scale)  # "4-5 million": the magnitude binds both ends
                prev.value, prev.low, prev.high, prev.end = low, low, a.value, a.end
                prev.currency = prev.currency or a.currency
                prev.unit = prev.unit or a.unit
                prev.flags = sorted(set(prev.flags) | set(a.flags))
                if between:
                    prev.start = text.lower().rfind("between", 0, prev.start)
                continue
        out.append(a)
    return out


def _same_kind(a: Amount, b: Amount) -> bool:
    return all(x is None or y is None or x == y for x, y in ((a.unit, b.unit), (a.currency, b.currency)))


SCALE_RE = re.compile(r"(?i)\b(thousand|millions?|milliards?|billion|trillion|bn|mn|k|m)\s*$")


def _scale_of(text: str, a: Amount) -> int:
    m = SCALE_RE.search(text, a.start, a.end)
    return MAGNITUDES[m.group(1).lower()] if m else 0
