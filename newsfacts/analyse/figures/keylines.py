"""Key-figure lines: a line that opens with the number and names what it counts without a verb, as report
headers and fact boxes write them ("117,800 Estimated refugee outflows to neighbouring countries since 1 Feb.",
"1.2 million internally displaced", "- 350,000 refugees in neighbouring countries"). The parse of such a line
is poor (no verb, a capitalised first word); the words after the number are what it counts up to the first word
of place, time or source ("in", "since", "as of", "Source:"), and the event is the first of those words that
names one (by lemma, from the lexicon's event classes), else the phrase's last noun is its term. A "Source: X"
at the end of the line (or alone on the next line) states it.

Labelled figures: a label before the number names what it counts and what befell it ("People affected: 12,300",
"New arrivals since 1 January: 71,850", "Deaths 23 | Injured 140" in a row of cells, a table's column header over
the row); the label's words give the event by the same vocabulary, and they outweigh the parse of a line that
has no sentence in it. A list under a lead-in line that ends with a colon ("The floods have displaced:" /
"- 12,000 people in Sunsari") continues the lead-in: a list line with no event of its own takes the verb that
ends the lead-in.
"""

from __future__ import annotations

import re

from ... import lexicon
from ...lexicon.events import noun_classes, object_classes, people_classes, predicate_classes, state_classes
from ...records import Speaker
from .terms import (
    AID_GIVING_VERBS,
    AID_SERVING_VERBS,
    AID_WORDS,
    CASE_CLASS,
    CASE_NOUNS,
    Event,
    article_names_disease,
)

BULLET_RE = re.compile(r"[ \t]*(?:[-•*·–—▪►]\s*)?$")  # what may stand before the number on its line
# Where the counted phrase of a key-figure line stops: a preposition of place or time, a bracket, a comma.
PHRASE_END_RE = re.compile(r"\s+(?:in|within|inside|to|from|into|across|at|since|as\s+of|by|on|for|of|who|that)\b"
                           r"|\s*[(,;:]|\s+[Ss]ources?:|[.](?:\s|$)|$")
SOURCE_RE = re.compile(r"\b[Ss]ources?\s*:\s*(?P<source>[^\n.;]{2,80}?)\s*(?:[.;]|$)", re.M)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
LOOK = 8  # characters a bullet may take before the number on its line
LINE_CHARS = 400  # a key-figure line is shorter than this
LEADING_WORDS = frozenset({"estimated", "total", "est", "approximately", "approx", "some", "about", "over"})
PREDICATES = predicate_classes()
PEOPLE = people_classes()
NOMINAL = noun_classes()
STATES = state_classes()
OBJECTS = object_classes()
AID_VERBS = AID_GIVING_VERBS | AID_SERVING_VERBS
SITE_NOUNS = lexicon.words("events.stay_place_nouns")  # "Displacement sites: 246" counts sites


def key_line(text: str, start: int, end: int, span) -> tuple[str, Event] | None:
    """The counted phrase and the event of the figure at ``start:end`` when it opens a verbless line;
    None otherwise."""
    line_start = text.rfind("\n", max(0, start - LOOK), start) + 1
    if (line_start == 0 and start > LOOK) or not BULLET_RE.fullmatch(text, line_start, start):
        return None
    line_end = _line_end(text, end)
    phrase_at = end + len(text[end:line_end]) - len(text[end:line_end].lstrip(" \t-–"))
    stop = PHRASE_END_RE.search(text, phrase_at, line_end)
    phrase_end = stop.start() if stop else line_end
    if span is not None and _finite_verb(span.doc, span.end, phrase_end):
        return None  # "117 people were killed ...": a sentence, which the parse reads
    phrase = text[phrase_at:phrase_end].strip()
    words = phrase.split()
    while words and words[0].lower().strip(".") in LEADING_WORDS:
        words = words[1:]
    if not words or not any(w[:1].isalpha() for w in words):
        return None
    event = _event(words)
    if event.event is None and span is not None:
        event = _tokens_event(_tokens(span.doc, phrase_at, phrase_end)) or event
    return " ".join(words), event


def _line_end(text: str, at: int) -> int:
    """Where the line from ``at`` ends, looking no further than LINE_CHARS (a page without line breaks costs no
    scan of the rest of it per figure)."""
    end = text.find("\n", at, at + LINE_CHARS)
    return end if end >= 0 else min(len(text), at + LINE_CHARS)


def _finite_verb(doc, i: int, until: int) -> bool:
    while i < len(doc) and doc[i].idx < until:
        if doc[i].tag_ in FINITE_TAGS:
            return True
        i += 1
    return False


def _event(words: list[str]) -> Event:
    """The first word that names an event ("displaced", "killed") or counts people by one ("refugee",
    "IDPs"); its term is that word, or, for a people noun before the head ("refugee outflows"), the head."""
    for i, word in enumerate(words):
        w = word.lower().strip("()")
        if (name := PREDICATES.get(w)) is not None:
            return Event(w, name, None)
        if (name := PEOPLE.get(w) or PEOPLE.get(w.rstrip("s"))) is not None:
            return Event(words[-1].lower() if i < len(words) - 1 else w, name, None)
    return Event(words[-1].lower(), None, None)


def line_source(text: str, end: int) -> Speaker | None:
    """ "... Source: UN in Myanmar" after the figure on its line, or alone on the next line."""
    line_end = _line_end(text, end)
    found = SOURCE_RE.search(text, end, line_end)
    if found is None and line_end < len(text) and text[line_end] == "\n":
        found = SOURCE_RE.match(text, line_end + 1, _line_end(text, line_end + 1))
    if found is None:
        return None
    name = found.group("source").strip()
    return Speaker(name=name, mention=name, type="organisation", start=found.start("source"),
                   end=found.start("source") + len(name))


# A briefing note's opening line names who says all of it: "This is a summary of what was said by UNHCR
# spokesperson Eujin Byun – to whom quoted text may be attributed – at today's press briefing".
BRIEFING_RE = re.compile(r"\bwhat was said by\s+(?P<who>[^\n–—]+?)\s*[–—-]+\s*to whom quoted text may be attributed", re.I)


def briefing_source(article) -> Speaker | None:
    """The speaker a briefing note's opening line names for the whole note (a figure with no source of its
    own in the note is theirs): the person named there, with the words before the name as the role."""
    found = BRIEFING_RE.search(article.text[:2000])
    if found is None:
        return None
    start, end = found.span("who")
    person = next((m for m in article.mentions if m.type == "person" and start <= m.start and m.end <= end), None)
    if person is None:
        return Speaker(name=found.group("who"), mention=found.group("who"), type=None, start=start, end=end)
    role = article.text[start:person.start].strip(" ,") or None
    return Speaker(name=person.canonical, mention=found.group("who"), role=role, type="person", start=start, end=end)


FIRST_PERSON = frozenset({"we", "us", "our", "ours"})


def in_own_voice(speaker: Speaker | None, article) -> Speaker | None:
    """A speaker in the first person plural ("Our teams have recorded 12 deaths", "we registered ...") in a
    briefing note is the note's speaker (``briefing_source``); any other speaker as it is."""
    words = (speaker.mention or "").lower().split() if speaker is not None else []
    if words and words[0] in FIRST_PERSON:
        return briefing_source(article) or speaker
    return speaker


# A row or header of a table written as plain text: cells apart by a tab, two spaces or more, or a bar.
CELL_GAP_RE = re.compile(r"\t+| {2,}|[ \t]*\|[ \t]*")
# The label before a figure in its line or cell; the colon may be left out where the label is verbless.
LABEL_RE = re.compile(r"[ \t]*(?:[-•*·–—▪►]\s*)?(?P<label>[^\W\d_][^:\n|\t]{0,80}?)\s*(?P<colon>:)?\s*")
# What may follow a labelled figure in its cell: a percent or plus sign, its source in brackets, a full stop.
TRAIL_RE = re.compile(r"[ \t]*[%+]?[ \t]*(?:\([^()\n]{1,40}\))?[ \t.;]*")
LABEL_CUT_RE = re.compile(r"\s*\(")  # the label's words end at a bracket ("People in emergency (IPC 4)")
# Or the noun of people or households it counts, then that trail ("People affected: 1,450,000 people", "People to be
# assisted: 60,000 people (12,000 households)", "Accès à l'eau potable : 680 000 personnes"): English and French nouns.
NOUN_TRAIL_RE = re.compile(r"[ \t]+(?P<noun>[^\W\d_]+(?:[ -][^\W\d_]+)?)(?P<rest>[ \t]*(?:\([^()\n]{1,40}\))?[ \t.;]*)")
TABLE_MAX_ROWS = 40  # rows a cell looks up through for its table's header


def labelled(text: str, start: int, end: int, doc=None, events=None) -> tuple[str, Event] | None:
    """The label and the event of a figure that a label names: the label before it on its line or in its cell
    ("People affected: 312,450", "- Families marooned: 48,700", "Deaths 612" in "Cases 18,420 | Deaths 612"),
    or the header of its column in a table written as plain text ("District   People affected   People
    displaced" over "Baidoa   61,300   24,800"); None for a figure of running text. ``events`` reads the label's
    tokens in another language (French: "Personnes déplacées internes : 452 800", "Décès : 187 | Blessés : 243")."""
    events = events or _tokens_event
    line_start = text.rfind("\n", 0, start) + 1
    line_end = _line_end(text, end)
    cell_start, cell_end = _cell_of(text, line_start, line_end, start)
    found = LABEL_RE.fullmatch(text, cell_start, start)
    in_row = (cell_start, cell_end) != (line_start, line_end)
    if found is not None and (TRAIL_RE.fullmatch(text, end, cell_end) or found.group("colon") and _noun_trail(text, end, cell_end)) \
            and (found.group("colon") or in_row or _verbless(doc, found.start("label"), found.end("label"))):
        label = found.group("label")
        label = label[:m.start()] if (m := LABEL_CUT_RE.search(label)) else label
        at = found.start("label")
        event = events(_tokens(doc, at, at + len(label))) if doc is not None else None
        return label, event or _event(label.split())
    return _row_label(text, line_start, line_end, start, end, doc, events) or _column_header(
        text, line_start, start, end, doc, events)


def _noun_trail(text: str, end: int, cell_end: int) -> bool:
    """After a labelled figure, the noun of the people or households it counts ("1,450,000 people", "415 000
    enfants", "60,000 people (12,000 households)"), and nothing but a bracket or a stop after it."""
    m = NOUN_TRAIL_RE.fullmatch(text, end, cell_end)
    return m is not None and lexicon.counts_people(m.group("noun"))


def _row_label(text: str, line_start: int, line_end: int, start: int, end: int, doc, events) -> tuple[str, Event] | None:
    """The label of a row of two cells, the figure alone in the second ("Refugees | 98,450", "Retournés tchadiens |
    268 300"): the first cell, where its words name an event (a place that heads the row, "Ouest | 580,200", is no
    label of what befell anyone)."""
    cells = _cells(text[line_start:line_end])
    if doc is None or len(cells) != 2 or not (line_start + cells[1][0] == start and TRAIL_RE.fullmatch(
            text, end, line_start + cells[1][1])):
        return None
    s, e = cells[0]
    found = LABEL_RE.fullmatch(text, line_start + s, line_start + e)
    if found is None or re.fullmatch(r"[\d\s\u00a0\u202f,.]+", found.group("label")):
        return None
    label = found.group("label")
    label = label[:m.start()] if (m := LABEL_CUT_RE.search(label)) else label
    at = found.start("label")
    event = events(_tokens(doc, at, at + len(label)))
    return (label, event) if event is not None and event.event is not None else None


def _cell_of(text: str, line_start: int, line_end: int, start: int) -> tuple[int, int]:
    """The (start, end) of the cell of its line that holds ``start`` (the whole line where it has no cells)."""
    for s, e in _cells(text[line_start:line_end]):
        if s <= start - line_start < e:
            return line_start + s, line_start + e
    return line_start, line_end


def _verbless(doc, start: int, end: int) -> bool:
    """Whether a label alone on its line holds no finite verb ("New cases 214"), so that it names the figure after
    it without a colon; "The floods killed 38" is a sentence. Without a parse, no label."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None and end > start else None
    return span is not None and not any(t.tag_ in FINITE_TAGS or t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") == ["Fin"]
                                        for t in span)


def _tokens(doc, start: int, end: int) -> list:
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return list(span) if span is not None else []


def _tokens_event(tokens: list) -> Event | None:
    """The event the first word of a label or phrase names, by lemma: a verb or state ("Relocated",
    "collapsed"), a noun that counts people by what befell them ("arrivals", "Deaths"), a noun of an event
    ("displacement", but not "Displacement sites": places), a case of the disease the article is about
    ("Cumulative cases"), a state written with its preposition ("in need"); else relief ("Food packs", "People
    assisted"), the aid class."""
    for i, t in enumerate(tokens):
        lower, lemma = t.lower_, t.lemma_.lower()
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        # a plural noun is no verb: "Shelters destroyed" counts shelters, no one sheltered
        if (name := PREDICATES.get(lower) or (PREDICATES.get(lemma) if t.tag_ != "NNS" else None)) is not None:
            return Event(lower, name, None)
        if (name := PEOPLE.get(lemma) or PEOPLE.get(lower)) is not None:
            return Event(lower, name, None)
        if (nominal := NOMINAL.get(lemma)) is not None and not (after is not None and after.lemma_.lower() in SITE_NOUNS):
            return Event(lower, nominal[1], None)
        if lemma in CASE_NOUNS and article_names_disease(t.doc):
            return Event(lower, CASE_CLASS, None)
        if after is not None and (name := STATES.get(f"{lower} {after.lemma_.lower()}")) is not None:
            return Event(f"{lower} {after.lower_}", name, None)
        if t.pos_ == "VERB" and (name := _with_object(lemma, tokens[i + 1:])) is not None:
            return Event(lower, name, None)
    for t in tokens:
        lower, lemma = t.lower_, t.lemma_.lower()
        if lemma in AID_WORDS or lower in AID_WORDS or t.tag_ in ("VBN", "VBD") and lemma in AID_VERBS:
            return Event(lower, "aid", None)
    return None


def _with_object(verb: str, after: list) -> str | None:
    """The class a verb names with a noun after it in a label, its object or what its object is of ("Facing acute
    food insecurity", "People facing crisis levels of hunger", "Lost their homes"), else None."""
    return next((OBJECTS[pair] for t in after if t.pos_ in ("NOUN", "PROPN")
                 and (pair := (verb, t.lemma_.lower())) in OBJECTS), None)


def _cells(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of a line written as a table row."""
    cells, at = [], 0
    for gap in CELL_GAP_RE.finditer(line):
        if gap.start() > at:
            cells.append((at, gap.start()))
        at = gap.end()
    if line[at:].strip():
        cells.append((at, len(line.rstrip())))
    return cells


def _column_header(text: str, line_start: int, start: int, end: int, doc=None, events=None) -> tuple[str, Event] | None:
    """The header of the column the figure at ``start:end`` stands in, when its line is a row of a table: the
    nearest line above with as many cells and no digits, every line between them (blank lines aside) a row
    of as many cells."""
    line = text[line_start:_line_end(text, end)]
    cells = _cells(line)
    column = next((k for k, (s, e) in enumerate(cells) if s <= start - line_start and end - line_start <= e), None)
    if len(cells) < 2 or not column:  # the first column names the row, not what is counted
        return None
    row_end = line_start - 1  # the line break before the figure's line
    for _ in range(TABLE_MAX_ROWS):
        if row_end < 0:
            return None
        at = text.rfind("\n", 0, row_end) + 1
        row, row_end = text[at:row_end], at - 1
        if not row.strip():
            continue  # rows read as paragraphs of their own
        row_cells = _cells(row)
        if len(row_cells) != len(cells):
            return None
        if not re.search(r"\d", row):
            s, e = row_cells[column]
            label = row[s:e].strip()
            event = (events or _tokens_event)(_tokens(doc, at + s, at + e)) if doc is not None else None
            return label, event or _event(label.split())
    return None


# A list line: a bullet sign or a number, then the item.
LIST_LINE_RE = re.compile(r"[ \t]*(?:[-•*·–—▪►]|\d{1,2}[.)])\s+")
LIST_MAX_LINES = 30  # list lines a figure's line looks up through for its lead-in


def lead_in(text: str, start: int) -> tuple[int, int] | None:
    """The (start, end) of the lead-in line of the list that the figure at ``start`` is an item of: the nearest
    line above that is no list line (blank lines aside), when it ends with a colon ("Since Friday, the floods
    have:", "The floods have displaced:"); None for a figure on no list line, or under no lead-in."""
    line_start = text.rfind("\n", 0, start) + 1
    if not LIST_LINE_RE.match(text, line_start):
        return None
    at = line_start
    for _ in range(LIST_MAX_LINES):
        if at == 0:
            return None
        row_start = text.rfind("\n", 0, at - 1) + 1
        row, at = text[row_start:at - 1], row_start
        if not row.strip() or LIST_LINE_RE.match(row):
            continue
        return (row_start, row_start + len(row.rstrip())) if row.rstrip().endswith(":") else None
    return None


def lead_in_event(text: str, start: int, doc) -> Event | None:
    """The event of a list item that continues its lead-in line: the verb the item opens with, in lower case
    ("- injured 126 people", "- damaged 4,150 houses" under "the floods have:"), else the verb that ends the
    lead-in ("The floods have displaced:" / "- 12,000 people in Sunsari"); None where neither names one."""
    lead = lead_in(text, start)
    if lead is None or doc is None:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    mark = LIST_LINE_RE.match(text, line_start)
    opening = _tokens(doc, mark.end() if mark else line_start, start)
    if opening and opening[0].is_lower and opening[0].pos_ in ("VERB", "AUX", "ADJ"):
        return _verb_event(opening[0])
    ending = [t for t in _tokens(doc, *lead) if not t.is_punct]
    return _verb_event(ending[-1]) if ending and ending[-1].tag_ in ("VBN", "VBD") else None


def _verb_event(t) -> Event | None:
    lower, lemma = t.lower_, t.lemma_.lower()
    if (name := PREDICATES.get(lower) or PREDICATES.get(lemma)) is not None:
        return Event(lower, name, None)
    return Event(lower, "aid", None) if lemma in AID_VERBS else None
