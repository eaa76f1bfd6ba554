"""When a figure happened: the date its own clause gives it, not merely the first date of its sentence.

Among the dates of the figure's sentence, the one nearest to the figure in the dependency parse (the fewest
arcs between the figure and the date, through their lowest common head, a preposition's arc free) is its date: in "2,000 fled in
March and 500 more were killed on 4 April", 2,000 takes March and 500 takes 4 April. Ties go to the more
precise date ("last week on 19 May": 19 May), then to the closer one in the text. A "since ..." date ("have
fled since January") is a flow counted from that date up to the article's reference date: its open
interval ``2024-01/..`` is closed at the reference date (``2024-01/2024-07-10``) when there is one. A
since-phrase starts its count's interval whatever other date the sentence gives the count as of ("127,000 have
left since March, the agency said on Thursday", or an agency's dateline "KAMPALA, Nov 13 (Reuters) - "): that
day closes it (``2024-03/2024-07-04``). A date inside a since-clause ("said on Tuesday that 8.5 million have fled
since the war erupted a year ago", "said Saturday 21,000 have been killed since war erupted on 7 October") dates
the event the count runs from: the count stands at the sentence's other date. A toll as it stands ("has risen to
66", "are now confirmed dead") is as of the day it is reported, not the day of the disaster a noun names.
A sentence with no date that counts over a recent span ("in the past week", "over the last 48 hours", "in
the last two weeks alone"; French "au cours des trois derniers jours", "ces 48 dernières heures") takes the span up to
the reference date, an interval (``2024-05-10/2024-05-17``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ... import lexicon
from ...records import DateMention
from ..date_patterns import NUMBER_WORDS
from ..nlp import doc_text
from ..spans import ByStart
from .units import PERSON_NOUNS

# How precise a date is (smaller: more precise); an interval is read at its start's precision.
PRECISION_RANK = {"day": 0, "interval": 1, "weekend": 2, "week": 2, "month": 3, "season": 4, "quarter": 4,
                  "year": 5, "decade": 6}
MAX_DEPTH = 64  # a parse deeper than this is cut (a guard against a malformed tree, never reached in news)


def when_of(dates: ByStart[DateMention], span, published: str | None = None) -> DateMention | None:
    """The date of the figure over ``span`` (a spaCy Span) among its sentence's dates; None when the
    sentence has none. ``published`` (ISO) closes a "since" interval. A week is given as its days ("last
    week": ``2025-03-03/2025-03-09``; "since last week": ``2025-03-03/2025-03-14``), as a recent span is,
    so that a figure's date reads in days and months whatever the text counted in."""
    found = _when_of(dates, span, published)
    return _in_days(found) if found is not None else None


WEEK_RE = re.compile(r"(\d{4})-W(\d{2})(-WE)?")


def _in_days(d: DateMention) -> DateMention:
    """A date whose value names ISO weeks with the weeks written as their days."""
    if d.value is None or "W" not in d.value:
        return d
    parts = d.value.split("/")
    out = []
    for k, part in enumerate(parts):
        m = WEEK_RE.fullmatch(part)
        if m is None:
            out.append(part)
            continue
        monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        first = monday + dt.timedelta(days=5) if m.group(3) else monday
        last = monday + dt.timedelta(days=6)
        if len(parts) == 1:
            out += [first.isoformat(), last.isoformat()]
        else:
            out.append((first if k == 0 else last).isoformat())
    return dataclasses.replace(d, value="/".join(out))


DATELINE_DATE_REACH = 60  # characters from the text's start to a dateline's date


def _when_of(dates: ByStart[DateMention], span, published: str | None = None) -> DateMention | None:
    if span is None:
        return None
    # without a reference date, the day a dateline gives is the one ("GENEVA, March 11, 2025 - ... since January")
    published = published or next((d.value for d in dates.starting_in(0, DATELINE_DATE_REACH) if d.precision == "day"
                                   and d.value and _in_dateline(d, span.doc)), None)
    sent = span.sent
    found = dates.starting_in(sent.start_char, sent.end_char)
    if not found:
        return _recent_span(sent, published)
    if all(_in_dateline(d, span.doc) for d in found) and (recent := _recent_span(sent, published)) is not None:
        return recent  # "Goma, 12 February 2025 - MSF teams have treated 1,200 patients in the past three weeks"
    compared = [d for d in found if _across_comparison(span, d)]
    if compared and len(compared) == len(found):  # "1,041,000 are now displaced, up from 315,000 in December 2023":
        return _recent_span(sent, published)  # the sentence's dates are the earlier level's, none is the figure's
    found = [d for d in found if d not in compared]
    # a recent span the figure's clause counts over ("with 110,000 fleeing in the last seven months", "refugees who
    # arrived during the past two weeks") stands among the sentence's dates, the nearest in the parse taken
    recent = _recent_span(sent, published)
    if recent is not None and _recent_of_figure(recent, found, span):
        found = sorted([*found, recent], key=lambda d: d.start)
    heads = _heads(span.root)
    if len(found) == 1:
        alone = span.doc.char_span(found[0].start, found[0].end, alignment_mode="expand")
        # the sentence's one date in the clause of another count is that count's, not this one's
        return None if _of_other_count(alone, span, heads) else _closed(found[0], published)
    spans = [span.doc.char_span(d.start, d.end, alignment_mode="expand") for d in found]
    arcs = [_arcs(heads, s.root) if s is not None else MAX_DEPTH for s in spans]
    for i, s in enumerate(spans):  # "last week on 19 May": a date that specifies another is as near as it
        if s is not None and (k := _specified(s, spans)) is not None:
            arcs[i] = min(arcs[i], arcs[k])
    starts = [_starts_count(d, s, heads) for d, s in zip(found, spans, strict=True)]
    standing = _stands_now(span)
    ranked = []
    for d, s, n, start in zip(found, spans, arcs, starts, strict=True):
        gap = d.start - span.end_char if d.start >= span.end_char else span.start_char - d.end
        # a date right after another level the count rose from is that level's ("212 confirmed dead, up from
        # 148 on Wednesday"; "rose from 190 on Tuesday to 225")
        other = _of_earlier_level(d, span, sent)
        # a date that modifies a noun dates that thing, not the count ("this week's flash floods", "from
        # Monday's shipwreck"): behind a date of the clause
        nominal = s is not None and s.root.dep_ in ("poss", "compound", "nmod") and s.root.head.pos_ in ("NOUN", "PROPN")
        # the day a source spoke is not when what it reports happened ("Saturday's earthquake destroyed 1,200
        # homes, officials said on Monday"): behind any other date, a noun's included
        reporting = _dates_saying(s, span)
        # a date in a clause of another count ("Since January, IOM has recorded 7,890 migrants ..., while more
        # than 93,000 arrived in Yemen last year"): that count's, behind any date of the figure's own clause
        foreign = _of_other_count(s, span, heads)
        # the date an agency's dateline gives ("KAMPALA, Nov 13 (Reuters) - ...") is the article's, as a speaker's
        reporting = reporting or _in_dateline(d, span.doc)
        # a toll as it stands ("has risen to 66", "are now confirmed dead") is as of the day it is reported, ahead
        # of the date of the disaster a noun names ("in Tuesday night's floods")
        reporting = reporting and not standing
        # a date inside the figure's own phrase is its date ("dont 2 400 pour la seule journée de dimanche")
        inside = s is not None and _under(s.root, span)
        # a since-date of the figure's clause starts its count, ahead of the date the count is as of
        # ("have fled since January, the agency said on Thursday": January); a date inside a since-clause ("said
        # Saturday 21,000 have been killed since war erupted on 7 October") dates the event the count runs from,
        # behind any other date: the count is as of that other one
        phrase = start and (d.value is not None and d.value.endswith("/..") or not _in_since_clause(s))
        clause = start and not phrase and not all(starts)
        ranked.append(((foreign, clause, other, reporting and not phrase, nominal and not inside, not inside, n, phrase,
                        PRECISION_RANK.get(d.precision or "", 7), abs(gap)), d))
    chosen = min(ranked, key=lambda r: r[0])[1]
    if ranked[found.index(chosen)][0][7]:  # a since-phrase's date: the interval it starts
        return _since_interval(chosen, [d for (k, d), start in zip(ranked, starts, strict=True)
                                        if not start and not k[0] and not k[2] and d is not recent], published)
    return _range_of(chosen, found, sent.text, sent.start_char) or _closed(chosen, published)


# A comparison that opens another number's clause ("25 000 sont arrivés depuis le début du mois, contre 8 000 en
# janvier"; "15 morts jeudi, contre 9 mercredi"): a date on the far side of it is the other number's.
COMPARED_RE = re.compile(r"(?i)(?<!\w)contre\s+(?:[^\W\d]+\s+){0,2}?\d")
# English: "1,840 admitted since July, up from 1,120 in the same period last year", "2,873 recorded in the first
# eight months, compared with more than 302,000 in 2024": a date after the comparison is the other number's; a date
# before it is the other number's only where the comparison opens that number ("since March, up from 169"), not
# where another count's comparison stands between ("63 had died on Thursday, up from 48 on Wednesday, and 39 were
# missing": Thursday's).
# ("up to 120,000" is the figure's own bound, no comparison)
COMPARED_EN = r"(?i)(?<!\w)(?:up\s+from|down\s+(?:from|to)|compared\s+(?:from|with|to))\s+(?:[^\W\d]+\s+){0,2}?\d"
COMPARED_EN_RE = re.compile(COMPARED_EN)
COMPARED_EN_END_RE = re.compile(COMPARED_EN + r"[\d,.]*\s*$")


# The period a figure is compared with, written right after "than" ("139 were killed in February, more than in
# January"; "fewer than last year"): not the figure's date.
THAN_DATE_RE = re.compile(r"(?i)\bthan\s+(?:(?:in|on|during|over|for|at)\s+)?(?:the\s+)?$")
# The same stretch of another year a figure is compared with ("down 12% from the same period last year", "higher
# than the 17.6 per cent recorded in the same period of 2024", "par rapport à la même période de 2024", "58 % de
# moins qu'en 2024"): that year is not the figure's.
SAME_PERIOD_RE = re.compile(r"(?i)(?:\bsame\s+(?:period|time|months?|weeks?)|\bmême\s+(?:période|époque|mois))\s+"
                            r"(?:(?:of|in)\s+|de\s+|d['’]|en\s+)?(?:l['’]année\s+)?$|"
                            r"\b(?:plus|moins)\b[^.;:]{0,40}\squ['’]\s*$")
# A word that compares between the figure and that period (not "302,000 in the same period of 2024", the period's
# own count).
COMPARING_RE = re.compile(r"(?i)\b(?:compared|from|than|versus|against|rapport|contre|plus|moins)\b|\bqu['’]")


def _across_comparison(span, d: DateMention) -> bool:
    """Whether a comparison with another number stands between the figure and the date ``d``, or the date is
    what the figure is compared with."""
    text = doc_text(span.doc)
    after = d.start >= span.end_char
    region = text[span.end_char:d.start] if after else text[d.end:span.end_char]
    english = (COMPARED_EN_RE if after else COMPARED_EN_END_RE).search(region) is not None
    return (COMPARED_RE.search(region) is not None or english
            or THAN_DATE_RE.search(text, max(0, d.start - 24), d.start) is not None
            or after and COMPARING_RE.search(region) is not None
            and SAME_PERIOD_RE.search(text, max(0, d.start - 60), d.start) is not None)


OTHER_COUNT_STEPS = 5  # "in the whole of last year": the date, its nouns and prepositions, the verb


def _of_other_count(s, span, heads: dict) -> bool:
    """Whether the date over ``s`` hangs on a verb of another clause than the figure's (no head of the figure,
    nor a verb coordinated with one: "1,086 were killed and 538 injured between ..." share their date) whose own
    subject or object is another count: "..., while more than 93,000 people arrived last year"."""
    if s is None:
        return False
    verb = s.root
    for _ in range(OTHER_COUNT_STEPS):
        if verb.pos_ in ("VERB", "AUX") and verb != s.root or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ == "advcl" and verb.head.i != verb.i and any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        verb = verb.head  # "165,000 had left since the order was announced on Oct. 3, while 64 were arrested": the
        # since-clause dates the count it runs under
    if verb.pos_ not in ("VERB", "AUX") or verb in heads and not _contrasted_under(verb, span):
        return False
    up = verb
    while up.dep_ == "conj" and up.head != up:  # "1,086 were killed and 538 injured between ...": one date for both
        up = up.head
        if up in heads:
            return False
    for arg in verb.children:
        if arg.dep_ not in ("nsubj", "nsubjpass", "dobj") or span.start <= arg.i < span.end:
            continue
        # the count itself ("while 2,900 arrived") or people it counts ("93,000 people"), not a measure
        # ("a magnitude 6.0 earthquake struck ... on 9 June")
        if _a_count(arg) or (arg.lemma_.lower() in PERSON_NOUNS or arg.ent_type_ == "NORP") and any(
                _a_count(c) and not (span.start <= c.i < span.end) for c in arg.children):  # "93,000 people", "165,000 Afghans"
            return True
    return False


def _a_count(tok) -> bool:
    return (tok.like_num or tok.pos_ == "NUM") and tok.ent_type_ not in ("DATE", "TIME")


SAYING_VERBS = lexicon.words("cues.saying_verbs") | lexicon.words("cues.fr.saying_verbs")
DATE_TO_VERB_STEPS = 3  # "said on Monday": the date, its preposition, the verb


def _dates_saying(s, span) -> bool:
    """Whether the date over ``s`` dates a verb of saying that reports the figure over ``span`` (the figure is in
    what it says, not one of its own words): "..., officials said on Monday", "a annoncé mardi"."""
    if s is None:
        return False
    verb = s.root
    for _ in range(DATE_TO_VERB_STEPS):
        if verb.head.i == verb.i or verb.pos_ in ("VERB", "AUX") and verb != s.root:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in SAYING_VERBS:
        return False
    return not (span.start <= verb.i < span.end) and all(t.head.i != verb.i for t in span)


EARLIER_LEVEL_RE = re.compile(r"\bfrom\s+(?:an?\s+earlier\s+\w+\s+of\s+)?([\d][\d,.]*)\s+(?:on\s+|in\s+|as\s+of\s+)?$", re.I)


def _of_earlier_level(d: DateMention, span, sent) -> bool:
    """Whether the date ``d`` follows the earlier level of a count ("up from 148 on Wednesday") that is not
    the figure over ``span``."""
    m = EARLIER_LEVEL_RE.search(doc_text(sent.doc), max(sent.start_char, d.start - 60), d.start)
    return m is not None and not (span.start_char <= m.start(1) < span.end_char)


RANGE_GAP_RE = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*", re.I)
RANGE_OPEN_RE = re.compile(r"\b(?:between|from)\s+$", re.I)
RANGE_PRECISIONS = frozenset({"day", "month"})


def _range_of(d: DateMention, found: list[DateMention], text: str, at: int) -> DateMention | None:
    """The period two dates bound when the figure's date is one of them ("between 27 February and 16 March",
    "from June 1 to July 5"): one interval from the first to the second; None otherwise. ``text`` is the
    sentence's, which starts at ``at``."""
    i = found.index(d)
    for first, last in ((found[i - 1], d) if i > 0 else (None, None), (d, found[i + 1]) if i + 1 < len(found) else (None, None)):
        if first is None or last is None or not first.value or not last.value:
            continue
        if first.value >= last.value and first.precision == last.precision == "month" and first.value[:4].isdigit():
            # "between January and June" read in November: each month alone took its nearest year (January the
            # coming one), but a range's start precedes its end: the start is the year before
            first = dataclasses.replace(first, value=f"{int(first.value[:4]) - 1:04d}{first.value[4:]}")
        if first.value >= last.value:
            continue
        if {first.precision, last.precision} <= RANGE_PRECISIONS and RANGE_GAP_RE.fullmatch(
                text, first.end - at, last.start - at) and (m := RANGE_OPEN_RE.search(
                text, max(0, first.start - at - 10), first.start - at)) is not None:
            return DateMention(text=text[m.start():last.end - at], value=f"{first.value}/{last.value}",
                               precision="interval", start=at + m.start(), end=last.end, extractor=d.extractor)
    return None


def _starts_count(d: DateMention, date, heads: dict) -> bool:
    """Whether the date starts the period a count runs over: a "since" date ("since 7 October"), or one inside
    a since-clause ("since the war erupted, almost a year ago") below the figure's own heads."""
    if d.value is not None and d.value.endswith("/.."):
        return True
    if date is None:
        return False
    tok = date.root
    for _ in range(MAX_DEPTH):
        if tok in heads or tok.head == tok:
            return False
        if tok.lower_ == "since" or any(c.lower_ == "since" and c.dep_ in ("mark", "prep") for c in tok.children):
            return True
        tok = tok.head
    return False


CONTRAST_MARKS = frozenset({"while", "whereas"})


def _contrasted_under(verb, span) -> bool:
    """Whether the figure's clause is a "while ..." clause the parse hung under ``verb`` ("165,000 had left since ...,
    while 64 were arrested"): another count's clause, for all that the figure's heads pass through it."""
    tok = span.root
    for _ in range(MAX_DEPTH):
        if tok.i == verb.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "advcl" and tok.head.i == verb.i and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS
                                                               for c in tok.children):
            return True
        tok = tok.head
    return False


def _in_since_clause(date) -> bool:
    """Whether the date over ``date`` is inside a since-clause (a verb between it and "since": "since the war
    erupted in April"), not a since-phrase ("since the beginning of May")."""
    if date is None:
        return False
    tok = date.root
    for _ in range(MAX_DEPTH):
        if tok.lower_ == "since" or tok.head == tok:
            return False
        if tok.pos_ in ("VERB", "AUX") and not (date.start <= tok.i < date.end):
            return True
        tok = tok.head
    return False


RECENT_SPAN_RE = re.compile(
    r"\b(?:in|over|during|within|for)\s+the\s+(?:past|last|previous)\s+(?:(?P<n>\d{1,3}|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")[\s-]+)?(?P<unit>hour|day|week|month)s?\b", re.I)
FR_NUMBER_WORDS = lexicon.table(lexicon.localized("numbers.word_units", "fr"))
FR_RECENT_UNITS = lexicon.table(lexicon.localized("time.recent_span_units", "fr"))


def _french_recent_span_re() -> re.Pattern:
    """ "au cours des trois derniers jours", "ces 48 dernières heures", "durant les dernières 24 heures", "au cours
    des 72 heures écoulées": French's recent spans, with the groups of RECENT_SPAN_RE (lexicon time.fr)."""
    def alternation(words) -> str:
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))

    opener = alternation(lexicon.terms(lexicon.localized("time.recent_span_openers", "fr")))
    last = alternation(lexicon.words(lexicon.localized("time.recent_span_last", "fr")))
    past = alternation(lexicon.words(lexicon.localized("time.recent_span_past", "fr")))
    number = r"\d{1,3}|" + alternation(FR_NUMBER_WORDS)
    unit = alternation(FR_RECENT_UNITS)
    return re.compile(rf"\b(?:{opener})\s+(?:(?:(?P<n>{number})\s+)?(?:{last})\s+(?:(?P<n2>{number})\s+)?(?P<unit>{unit})"
                      rf"|(?P<n3>{number})\s+(?P<unit2>{unit})\s+(?:{past}))\b", re.I)


FR_RECENT_SPAN_RE = _french_recent_span_re()


def _recent_of_figure(recent: DateMention, found: list[DateMention], span) -> bool:
    """The recent span may be the figure's where it is no date the sentence already gives, no other number stands
    between the figure and it ("treated 5,600 since June, including 340 in the past week": the part's), and some
    date of the sentence is not the day a source spoke or the dateline's (a toll "said on Tuesday" to have risen "in
    the past week" stands as of that Tuesday)."""
    if any(d.start < recent.end and recent.start < d.end for d in found):
        return False
    doc = span.doc
    lo, hi = (span.end_char, recent.start) if recent.start >= span.end_char else (recent.end, span.start_char)
    between = doc.char_span(lo, hi, alignment_mode="contract") if hi > lo else None
    if between is not None and any(t.like_num or t.pos_ == "NUM" for t in between):
        return False
    return not all(_in_dateline(d, doc) or _dates_saying(doc.char_span(d.start, d.end, alignment_mode="expand"), span)
                   for d in found)


def _recent_span(sent, published: str | None) -> DateMention | None:
    """ "In the past week, 10,300 were evacuated": the span up to the reference date, as an interval; None
    without a reference date or such a span."""
    m = RECENT_SPAN_RE.search(sent.text)
    french = m is None and (m := FR_RECENT_SPAN_RE.search(sent.text)) is not None
    if m is None or not published:
        return None
    try:
        ref = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
    if french:
        n = (m["n"] or m["n2"] or m["n3"] or "1").lower()
        count = int(n) if n.isdigit() else FR_NUMBER_WORDS.get(n, 1)
        unit = FR_RECENT_UNITS[(m["unit"] or m["unit2"]).lower()]
    else:
        n = m["n"].lower() if m["n"] else "1"
        count = int(n) if n.isdigit() else NUMBER_WORDS.get(" ".join(n.split()), 1)
        unit = m["unit"].lower()
    days = {"hour": -(-count // 24), "day": count, "week": 7 * count, "month": 30 * count}[unit]
    first = ref - dt.timedelta(days=days)
    start = sent.start_char + m.start()
    return DateMention(text=m.group(0), value=f"{first.isoformat()}/{ref.isoformat()}", precision="interval",
                       start=start, end=start + len(m.group(0)), extractor="figures@1")


SPECIFY_ARCS = 2  # "last week on 19 May": the date's preposition, then the date it specifies


def _specified(date, spans: list) -> int | None:
    """The index of the date among ``spans`` that ``date`` hangs on within a preposition ("last week on
    19 May", "in May, on the 4th"): the date it makes more precise."""
    tok = date.root
    for _ in range(SPECIFY_ARCS):
        if tok.head == tok:
            return None
        tok = tok.head
        for k, other in enumerate(spans):
            if other is not None and other is not date and other.start <= tok.i < other.end:
                return k
    return None


LEVEL_VERBS = lexicon.words("figures.up_verbs")
NOW_WORDS = frozenset({"now"})
LEVEL_STEPS = 3  # "has risen to 66": the number, "to", the verb


def _stands_now(span) -> bool:
    """Whether the figure over ``span`` is a level a count has now reached: the object of "to" after a verb of
    rising ("has risen to 66"), of "reach" ("toll reaches 71"), or of a verb that "now" qualifies ("71 people
    are now confirmed dead")."""
    tok = span.root
    for _ in range(LEVEL_STEPS):
        if tok.head == tok:
            return False
        prev, tok = tok, tok.head
        if tok.pos_ in ("VERB", "AUX"):
            lemma = tok.lemma_.lower()
            return (lemma == "reach" or lemma in LEVEL_VERBS and prev.lower_ == "to"
                    or any(c.lower_ in NOW_WORDS and c.dep_ == "advmod" for c in tok.children))
    return False


def _under(tok, span) -> bool:
    """Whether ``tok`` hangs below the figure over ``span`` (a token of it among its heads)."""
    for _ in range(MAX_DEPTH):
        if tok.head == tok:
            return False
        tok = tok.head
        if span.start <= tok.i < span.end:
            return True
    return False


def _heads(tok) -> dict:
    """The token and its heads up to the root, each with its number of arcs from the token."""
    out, n = {tok: 0}, 0
    for _ in range(MAX_DEPTH):
        if tok.head == tok:
            break
        n += _weight(tok)
        tok = tok.head
        out[tok] = n
    return out


def _arcs(heads: dict, tok) -> int:
    """Arcs from the figure (whose heads are ``heads``) to ``tok`` through their lowest common head."""
    n = 0
    for _ in range(MAX_DEPTH):
        if tok in heads:
            return heads[tok] + n
        if tok.head == tok:
            break
        n += _weight(tok)
        tok = tok.head
    return MAX_DEPTH


def _weight(tok) -> int:
    """An arc out of a preposition costs nothing: "on 19 May" is as near its verb as "last week"."""
    return 0 if tok.pos_ == "ADP" else 1


# A dateline: a paragraph's first words, a place and the date, then a dash (an agency's name between:
# "KAMPALA, Nov 13 (Reuters) - ", "Bangui/Paris, le 11 juin 2025 – ").
DATELINE_BEFORE_RE = re.compile(r"(?:^|\n)[^\W\d][^\n.]{0,60}?,\s*(?:le\s+)?$")
DATELINE_AFTER_RE = re.compile(r"\s*(?:\([^()\n]{2,30}\)\s*)?[-–—]+\s")


def _in_dateline(d: DateMention, doc) -> bool:
    """Whether the date ``d`` is the one of a dateline."""
    text = doc_text(doc)
    return (DATELINE_AFTER_RE.match(text, d.end) is not None
            and DATELINE_BEFORE_RE.search(text, max(0, d.start - 64), d.start) is not None)


def _since_interval(d: DateMention, others: list[DateMention], published: str | None) -> DateMention:
    """The count a since-date ``d`` starts, as the interval from it to the date it is as of: the latest of the
    sentence's other dates ``others`` that is a day after the start ("said on Thursday"), else the reference
    date."""
    start = d.value[:-3] if d.value is not None and d.value.endswith("/..") else d.value
    if start is None:
        return d
    ends = [o.value for o in others if o.precision == "day" and o.value and o.value > start]
    end = max(ends) if ends else published[:10] if published else None
    if end is None:
        return d
    if start[:4].isdigit() and start > end and d.precision in ("day", "month", "interval"):
        start = f"{int(start[:4]) - 1:04d}{start[4:]}"  # "since Dec. 8" read ahead of the date it runs to: the year before
    return dataclasses.replace(d, value=f"{start}/{end}", precision="interval")


def _closed(d: DateMention, published: str | None) -> DateMention:
    """A "since ..." date as the interval from it to the reference date, when there is one."""
    if d.value is None or not d.value.endswith("/..") or not published:
        return d
    try:
        ref = dt.date.fromisoformat(published[:10])
    except ValueError:
        return d
    return dataclasses.replace(d, value=f"{d.value[:-3]}/{ref.isoformat()}")
