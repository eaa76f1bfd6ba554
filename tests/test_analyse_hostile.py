"""The analysis stages on hostile text: long texts of repeated names, numbers and dates, runs of quotation marks,
invisible characters inside numbers. Each time bound is far below what the quadratic code took on the same input
(noted beside it) and far above what the linear code takes."""

from __future__ import annotations

import datetime as dt
import random
import time
from collections import Counter

from spacy.tokens import Doc

from newsfacts.analyse import nlp
from newsfacts.analyse.date_patterns import Reading
from newsfacts.analyse.dates import Found, longest_first, read_dates
from newsfacts.analyse.entities import (
    ACRONYM_RE,
    Candidate,
    FullNames,
    _canonicalise,
    acronyms_defined,
    person_name,
    without_leading_the,
)
from newsfacts.analyse.figures.filters import _in_name
from newsfacts.analyse.figures.numbers import find_numbers
from newsfacts.analyse.places import Context, _contexts, _spotted
from newsfacts.analyse.spans import ByStart, Spans
from newsfacts.gazetteer import gazetteer
from newsfacts.records import Article, Mention, Source


def timed(f, *args):
    t = time.perf_counter()
    out = f(*args)
    return out, time.perf_counter() - t


# -- entities (finding 2c) ---------------------------------------------------------------------------------------

def test_acronyms_are_read_as_the_regex_reads_them():
    pieces = ["Foo", "of", "the", "des", "x-Bar", "al-Qa", " ", "  ", "\n", ",", "(AB)", "(ABC)", "(Ab)", "(", ")",
              "bar", "O’Neil", "_X", "9A", "'Z", "offic", "A", "É", "\u00a0", "U.N."]
    rng = random.Random(14)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        assert acronyms_defined(text) == {abbr: without_leading_the(long) for long, abbr in ACRONYM_RE.findall(text)}, text


def test_a_long_run_of_names_defines_acronyms_in_linear_time():
    text = "Grace Wanjiru " * 20_000 + "World Food Programme (WFP) said."  # 280 KB: the regex took ~8 minutes
    found, took = timed(acronyms_defined, text)
    assert found["WFP"].endswith("Grace Wanjiru World Food Programme")
    assert took < 2.0


def test_many_people_get_their_full_names_in_linear_time():
    n = 10_000  # the scan of every full name for every mention: 20,000 x 10,000 endswith and splits (minutes)
    text = " ".join(f"Anna{i} Berg{i} Berg{i}" for i in range(n))
    candidates, at = [], 0
    for i in range(n):
        first, last = f"Anna{i}", f"Berg{i}"
        candidates.append(Candidate(at, at + len(first) + 1 + len(last), "person", [first, last]))
        at += len(first) + 1 + len(last) + 1
        candidates.append(Candidate(at, at + len(last), "person", [last]))
        at += len(last) + 1
    article = Article(id="x", source=Source(), text=text)
    mentions, took = timed(_canonicalise, article, candidates)
    assert took < 3.0
    assert [m.canonical for m in mentions[:4]] == ["Anna0 Berg0", "Anna0 Berg0", "Anna1 Berg1", "Anna1 Berg1"]


def test_person_names_as_before():
    names = FullNames(Counter({"Tahir Andrabi": 2, "Sara Andrabi": 1, "Grace Wanjiru": 1, "Ali Khan": 1,
                               "Imran Ali Khan": 3}))
    assert person_name(["Andrabi"], names) == "Tahir Andrabi"  # the most mentioned of two
    assert person_name(["Grace"], names) == "Grace Wanjiru"  # by first name
    assert person_name(["Ali", "Khan"], names) == "Imran Ali Khan"  # the ending of a longer name
    assert person_name(["Khan"], names) == "Imran Ali Khan"
    assert person_name(["Mr", "Nobody"], names) == "Mr Nobody"
    assert person_name(["Nobody"], names) == "Nobody"


# -- places (finding 2c) -----------------------------------------------------------------------------------------

def test_spans_answer_as_a_scan_does():
    rng = random.Random(2)
    for _ in range(300):
        spans = [(s, s + rng.randint(0, 6)) for s in (rng.randint(0, 40) for _ in range(rng.randint(0, 8)))]
        index = Spans(spans)
        for start in range(-2, 48):
            for end in range(start, start + 5):
                assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans)
        by = ByStart(spans, lambda sp: sp[0])
        assert by.starting_in(10, 30) == [sp for sp in spans if 10 <= sp[0] < 30]


def test_each_names_context_is_the_other_names_evidence():
    rng = random.Random(3)
    for _ in range(300):
        n = rng.randint(0, 8)
        keys = {i: rng.choice("abcd") for i in range(n)}
        evidence = {i: Context(frozenset(rng.sample(["KEN", "PAK", "IND"], rng.randint(0, 2))),
                               frozenset(rng.sample([("KEN", "01"), ("PAK", "02")], rng.randint(0, 1))))
                    for i in range(n)}
        for i, got in _contexts(evidence, keys).items():
            others = [e for j, e in evidence.items() if keys[j] != keys[i]]
            assert got == Context(frozenset().union(*(e.countries for e in others)),
                                  frozenset().union(*(e.regions for e in others)))


def test_spotting_place_names_among_many_mentions_is_linear():
    n = 20_000  # every token a proper noun inside a mention: 60,000 scans of 20,000 spans before (minutes)
    doc = Doc(nlp.load().vocab, words=["Xq"] * n, pos=["PROPN"] * n)
    mentions = [Mention(text="Xq", type="person", canonical="Xq", start=3 * i, end=3 * i + 2) for i in range(n)]
    gaz = gazetteer()
    found, took = timed(_spotted, doc, mentions, gaz)
    assert found == [] and took < 5.0


# -- spaCy's tokenizer (finding 2d) ------------------------------------------------------------------------------

def test_a_run_of_quotation_marks_is_tokenized_in_linear_time():
    model = nlp.load()
    for mark in ('"', "“", '"!('):
        text = "He said " + mark * 50_000 + " and left. Then x" + mark * 300 + "y."  # spaCy alone: over 2 minutes
        doc, took = timed(model.tokenizer, text)
        assert took < 2.0
        assert doc.text == text
        assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)
        assert [t.text for t in doc[:3]] == ["He", "said", mark * 64 if len(mark) == 1 else (mark * 22)[:64]]


def test_normal_text_is_tokenized_as_spacy_does():
    model = nlp.load()
    text = 'He said "yes" -- (really!!) -- at 5 p.m. ... "Don\'t," she said. ----- ***\n\nU.S.-led talks.'
    ours, theirs = model.tokenizer(text), model.tokenizer.tokenizer(text)
    assert [(t.text, t.whitespace_, t.norm_) for t in ours] == [(t.text, t.whitespace_, t.norm_) for t in theirs]


# -- figures and dates -------------------------------------------------------------------------------------------

def test_a_zero_width_space_inside_a_number():  # finding 10b
    for text in ("They counted 120,\u200b000 people.", "They counted 120\u200e,000 people."):
        (a,) = [a for a in find_numbers(text) if a.value]
        assert a.value == 120_000 and text[a.start:a.end] == text[13:21]


def test_a_long_text_of_numbers_is_read_in_linear_time():
    text = "Some -5 or 1/2 of dozens of 1,200 and a sixfold rise, " * 2_000  # 108 KB: about a minute before
    found, took = timed(find_numbers, text)
    assert len(found) == 8_000 and took < 10.0
    assert found[0].value == -5


def test_overlapping_dates_are_kept_in_linear_time():
    found = [Found(10 * i, 10 * i + 5, Reading("2024", "year")) for i in range(40_000)]  # 8e8 comparisons before
    found += [Found(10 * i + 2, 10 * i + 4, Reading("2024", "year")) for i in range(40_000)]
    kept, took = timed(longest_first, found)
    assert took < 2.0 and [f.start for f in kept] == [10 * i for i in range(40_000)]
    text = "On 12 March 2024 and Monday, 3 May, " * 200
    assert len(read_dates(text, dt.date(2024, 5, 1))) == 400


def test_numbers_in_names_are_looked_up_by_bisection():
    n = 10_000  # Doc.ents built anew for every number: 10,000 x 10,000 spans before (minutes)
    words = [w for _ in range(n) for w in ("Big", "12")]
    ents = [f"{tag}-ORG" for _ in range(n) for tag in ("B", "I")]
    doc = Doc(nlp.load().vocab, words=words, ents=ents)
    text = doc.text
    amounts = find_numbers(text)
    assert len(amounts) == n
    took = time.perf_counter()
    assert all(_in_name(a, doc) for a in amounts)
    assert time.perf_counter() - took < 5.0
    assert nlp.entities_over(doc, 0, 1) == [(0, 6, "ORG")] and nlp.entities_over(doc, 6, 7) == []
