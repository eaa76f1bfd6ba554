"""The quotes stage on hostile text: inputs that took minutes, and offsets that must always hold."""

from __future__ import annotations

import random
import re
import time

from newsfacts.analyse.quotes.found import Found, quotes_words, with_kind
from newsfacts.pipeline import process_batch
from newsfacts.records import Article, Source

# The pattern ``with_kind`` used before: it backtracks to a cube on a run of opening marks (10 KB took 62 s).
OLD_MIXED_RE = re.compile(r"[“\"][^”\"]*\w[^”\"]*[”\"]|(?:''|``)[^\n]*?\w[^\n]*?''")


def test_quoted_words_are_found_as_the_old_pattern_found_them():
    rnd = random.Random(14)
    alphabet = ["“", "”", '"', "'", "`", "a", "1", " ", "\n", "."]
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16)))
        start, end = sorted((rnd.randint(0, len(text)), rnd.randint(0, len(text))))
        assert quotes_words(text, start, end) == bool(OLD_MIXED_RE.search(text[start:end])), (text, start, end)


def test_a_run_of_opening_marks_is_linear():
    # 100 KB each: the old pattern took minutes on a tenth of this; a scan takes milliseconds
    for text in ("“" * 100_000, "“a " * 34_000, "`` a" * 25_000, '"' * 100_000, "“ " * 50_000 + "a”"):
        began = time.perf_counter()
        f = with_kind(Found(0, len(text), "indirect", None, None), text)
        assert time.perf_counter() - began < 1.0
        assert f.kind == ("mixed" if text.endswith("”") else "indirect")


ORGANISATIONS = ["CHICAGO POLICE DEPARTMENT", "HARBOR FIRE DEPARTMENT", "STATE HIGHWAY PATROL", "Lakeside Water Board",
                 "NATIONAL WEATHER SERVICE", "COUNTY HEALTH OFFICE"]
MISCASED = ["WHich", "WHo", "THat", "wHICH", "Which", "tHey"]
VERBS = ["reported", "said", "counted", "recorded", "announced", "warned of"]
QUOTATIONS = ["“2,521 shooting incidents”", "“forty ships burned”", "“1,204 crashes on rural roads”",
              "“no new cases since May”", "\"a record year for floods\"", "“an unprecedented rise in thefts”"]
TAILS = [" in the year.", " last winter.", ", officials said.", " during the storm season.", ".", " in its report."]


def test_every_quote_and_speaker_text_is_its_span():
    """A capitalised organisation, a mis-cased word the tagger may take for a pronoun, a reporting verb and a
    quotation: the speaker's mention must be the text at its span (it was the phrase's text at the pronoun's
    span: "POLICE DEPARTMENT WHich" at the offsets of "WHich")."""
    rnd = random.Random(10)
    texts = ["Data came from the CHICAGO POLICE DEPARTMENT WHich reported “2,521 shooting incidents” in the year."]
    for _ in range(15):
        texts.append(f"The figures come from the {rnd.choice(ORGANISATIONS)} {rnd.choice(MISCASED)} "
                     f"{rnd.choice(VERBS)} {rnd.choice(QUOTATIONS)}{rnd.choice(TAILS)}")
    texts += ["No one said that the dam would hold through the spring.",
              "Not everyone agreed that “the river is safe to swim in again this summer.”"]
    articles = process_batch([Article(id=str(i), source=Source(), text=t) for i, t in enumerate(texts)])
    speakers = 0
    for a in articles:
        for q in a.quotes:
            assert a.text[q.start:q.end] == q.text
            if q.speaker is not None and q.speaker.start is not None:
                speakers += 1
                assert a.text[q.speaker.start:q.speaker.end] == q.speaker.mention, (a.text, q.speaker)
    assert speakers >= 10
    first = next(q for q in articles[0].quotes if q.speaker is not None)
    assert first.speaker.mention.endswith("WHich")


def test_a_label_before_a_long_run_of_blanks_is_linear():
    from newsfacts.analyse.quotes.labelled import LABEL_LINE_RE

    # "A:" and 200,000 blanks: the blanks after the colon were given back one by one to the content's
    # "[^\n]*\S", each try running to the end (10,000 blanks took 0.3 s, 200,000 about two minutes)
    for text in ("A:" + " " * 200_000, "Q:" + " \t" * 100_000 + "\n"):
        began = time.perf_counter()
        assert LABEL_LINE_RE.search(text) is None
        assert time.perf_counter() - began < 1.0
    m = LABEL_LINE_RE.search("Q:  What happened?  \n")
    assert m is not None and m.group("label") == "Q" and m.group("content") == "What happened?"
    # a label's content is on its own line ("KEY FIGURES:" over a block of figures is no speaker's turn)
    assert LABEL_LINE_RE.search("KEY FIGURES:\n  People affected across the region\n") is None


def _chain(n: int):
    """ "he said that he said that ... it rained" as a parse made by hand (no parser: a test stays fast): each
    "said" reports the rest of the sentence, so the contents nest and their lengths sum to a square."""
    from spacy.tokens import Doc

    from newsfacts.analyse import nlp

    words, heads, deps, pos, tags, lemmas = [], [], [], [], [], []
    for k in range(n):
        said = 3 * k + 1
        nxt = 3 * (k + 1) + 1 if k + 1 < n else 3 * n + 1  # the next "said", or "rained"
        words += ["he", "said", "that"]
        heads += [said, said if k == 0 else 3 * (k - 1) + 1, nxt]
        deps += ["nsubj", "ROOT" if k == 0 else "ccomp", "mark"]
        pos += ["PRON", "VERB", "SCONJ"]
        tags += ["PRP", "VBD", "IN"]
        lemmas += ["he", "say", "that"]
    words += ["it", "rained"]
    heads += [3 * n + 1, 3 * (n - 1) + 1]
    deps += ["nsubj", "ccomp"]
    pos += ["PRON", "VERB"]
    tags += ["PRP", "VBD"]
    lemmas += ["it", "rain"]
    return Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_reshaping_the_nested_contents_of_a_giant_sentence_is_linear():
    from newsfacts.analyse.quotes import bounds, cues

    doc = _chain(4000)  # 12,002 tokens: the contents' lengths sum to 24 million tokens, minutes of options
    text = doc.text
    model = bounds.load_model()
    assert model is not None
    cands = [c for t in doc if t.lemma_ == "say" for c in cues.candidates(t, text) if c.frame == "ccomp"]
    assert len(cands) == 4000
    began = time.perf_counter()
    shaped = [model.reshape(c, doc, text) for c in cands]
    assert time.perf_counter() - began < 3.0
    long = [s is c for s, c in zip(shaped, cands, strict=True) if c.last - c.first + 1 > bounds.MAX_RESHAPE_TOKENS]
    assert len(long) > 3900 and all(long)  # kept as framed
    short = _chain(3)  # a content of normal length is still reshaped: its options are weighed
    cand = next(c for t in short if t.lemma_ == "say" for c in cues.candidates(t, short.text) if c.frame == "ccomp")
    assert len(bounds.options_end(cand, short)) >= 2


def test_features_and_sentences_of_a_giant_sentence_are_linear():
    from newsfacts.analyse.quotes import cues
    from newsfacts.analyse.quotes.found import sentences_of

    doc = _chain(6000)  # 18,002 tokens in one sentence; every "said" reports the rest of it
    text = doc.text
    cands = [c for t in doc if t.lemma_ == "say" for c in cues.candidates(t, text) if c.frame == "ccomp"]
    began = time.perf_counter()
    for c in cands:
        cues.features(c, text)  # each content's words were split afresh: 6,000 times 50 KB on average
    for t in doc:
        if t.lemma_ == "say":
            (sent,) = sentences_of(doc, t.idx, t.idx + 4)  # each token's sentence was walked afresh
    assert time.perf_counter() - began < 3.0
    assert (sent.start, sent.end) == (0, len(doc))


def test_a_contents_words_are_counted_as_split_counts_them():
    from newsfacts.analyse import nlp
    from newsfacts.analyse.quotes.cues import CONTENT_FIRST_WORDS, Candidate, _content_words

    rnd = random.Random(7)
    pieces = ["that", " ", "  ", "\t", "\n", "“", "”", '"', "'", "About", "x", ",", "\u2003", "İ"]
    for _ in range(300):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30)))
        doc = nlp.load().make_doc(text)
        start, end = sorted((rnd.randint(0, len(text)), rnd.randint(0, len(text))))
        content = text[start:end]
        words = content.split()
        first = words[0].lower() if words else ""
        expected = (len(words), first if first in CONTENT_FIRST_WORDS else "other", any(m in content for m in "“”\"'"))
        assert _content_words(Candidate(doc[0], "ccomp", "said", start, end), text) == expected, (text, start, end)


def test_the_sentence_before_and_after_each_of_many_quotes_is_found_in_linear_time():
    from spacy.tokens import Doc

    from newsfacts.analyse import nlp
    from newsfacts.analyse.quotes.attribution import cue_after, cue_before

    n = 20_000  # "he said." 20,000 times: each look-up listed every sentence of the text
    words, heads, deps, pos, tags, lemmas = [], [], [], [], [], []
    for k in range(n):
        said = 3 * k + 1
        words += ["he", "said", "."]
        heads += [said, said, said]
        deps += ["nsubj", "ROOT", "punct"]
        pos += ["PRON", "VERB", "PUNCT"]
        tags += ["PRP", "VBD", "."]
        lemmas += ["he", "say", "."]
    doc = Doc(nlp.load().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    began = time.perf_counter()
    for k in range(1, n - 1, 7):
        sent_start = doc[3 * k].idx
        assert cue_before(doc, sent_start).i == 3 * (k - 1) + 1
        assert cue_after(doc, sent_start - 1).i == 3 * k + 1
    assert time.perf_counter() - began < 3.0
    assert cue_before(doc, 0) is None and cue_after(doc, len(doc.text)) is None
