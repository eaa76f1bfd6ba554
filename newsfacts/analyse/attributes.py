"""spaCy's attribute ruler and lemmatizer by table lookup: the same POS, MORPH, LEMMA, TAG and DEP, faster.

The English model's ``attribute_ruler`` maps each token's fine tag (and, for some words, its lower-case form or
dependency) to its coarse part of speech, morphology and some lemmas: 179 rules, run through spaCy's ``Matcher``,
which costs about as much as the whole dependency parse (``benchmarks/README.md``). The rules look at nothing but
a token's tag, lower-case form, dependency, part of speech and whether it is a space (and, for nine two-token rules,
the next token's), so what they give a token is decided by those values: ``TableAttributeRuler`` computes it once
per distinct combination and then looks it up. The French model's ruler (23 rules, from the part of speech) too.

It keeps the ruler's semantics exactly: every rule is matched against the Doc as it came (before any rule set
anything), and the matches are applied in the ruler's order (by rule, then by position), a later rule overriding
an earlier one. A ruler with a pattern it does not know (another attribute, another operator) is left as it is:
``compile_ruler`` returns None and the model keeps spaCy's own component. The test compares the two on texts of
our own, token by token.

The lemmatizer (``TableLemmatizer``): spaCy's rule lemmatizer decides a token's lemma from its form, part of speech
and morphology alone, but remembers only some answers (a singular noun or an infinitive, the commonest tokens, are
worked out again each time, through a ``Token`` and its morphology as a dict). The table remembers every answer by
(form, part of speech, morphology), asks spaCy's own lemmatizer for a combination it has not seen, and writes the
lemmas as one array.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language

# what a rule may look at, in the order of a token's key: (tag, lower, dep, is_space, pos)
KEYS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3, "POS": 4}
# what a rule may set, in the order of the array written back
SET = (POS, MORPH, LEMMA, TAG, DEP)

Key = tuple[str, str, str, bool, str]
Test = Callable[[Key], bool]


def _test(name: str, spec) -> tuple[Test, tuple[int, frozenset] | None] | None:
    """One condition of a token pattern as a function of a token's key, with, for an equality or a list of
    values, (where in the key, the values) to index it by; None when not supported."""
    at = KEYS.get(name)
    if at is None:
        return None
    if isinstance(spec, (str, bool)):
        return (lambda key: key[at] == spec), (at, frozenset([spec]))
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    (op, value), = spec.items()
    if op == "IN" and isinstance(value, list):
        allowed = frozenset(value)
        return (lambda key: key[at] in allowed), (at, allowed)
    if op == "NOT_IN" and isinstance(value, list):
        refused = frozenset(value)
        return (lambda key: key[at] not in refused), None
    if op == "REGEX" and isinstance(value, str):
        pattern = re.compile(value)
        return (lambda key: isinstance(key[at], str) and pattern.search(key[at]) is not None), None
    return None


def _token_test(token: dict) -> tuple[Test, tuple[int, frozenset] | None] | None:
    """A token pattern as one test, with the handle to index it by (its first indexable condition)."""
    found = [_test(name, spec) for name, spec in token.items()]
    if not found or any(f is None for f in found):
        return None
    tests = [f[0] for f in found]  # type: ignore[index]
    handle = next((f[1] for f in found if f[1] is not None), None)  # type: ignore[index]
    return (lambda key: all(t(key) for t in tests)), handle


@dataclass(frozen=True)
class Rule:
    order: int  # the ruler's rule number: later rules override earlier ones
    tests: tuple[Test, ...]  # one per token of the pattern
    handle: tuple[int, frozenset] | None  # the first token's condition to index the rule by
    target: int  # which token of the pattern gets the attributes
    values: tuple[tuple[int, int], ...]  # (column in SET, value)


def compile_ruler(ruler) -> TableAttributeRuler | None:
    """A ``TableAttributeRuler`` doing what spaCy's ``AttributeRuler`` ``ruler`` does, or None when one of its
    patterns or attributes is not of the kinds it knows."""
    rules = []
    for order, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
        if any(a not in SET for a in attrs):
            return None
        values = tuple((SET.index(a), int(v)) for a, v in attrs.items())
        for pattern in ruler.matcher.get(str(order))[1]:
            found = [_token_test(t) for t in pattern]
            target = index if index >= 0 else len(pattern) + index
            if not pattern or any(f is None for f in found) or not 0 <= target < len(pattern):
                return None
            rules.append(Rule(order, tuple(f[0] for f in found), found[0][1], target, values))  # type: ignore[index]
    for attrs in ruler.attrs:  # the morphologies the ruler sets must be known to the vocabulary
        if MORPH in attrs:
            ruler.vocab.morphology.add(ruler.vocab.strings[attrs[MORPH]])
    return TableAttributeRuler(ruler.vocab, tuple(rules), _lower_words(ruler))


def _lower_words(ruler) -> tuple[frozenset[str], tuple[re.Pattern, ...]] | None:
    """The lower-case forms a first token's pattern asks for, by equality or a list, and the regular expressions
    it asks for one by: the ruler's rules fire on no other form for what the form is. None when a pattern asks for
    the form another way (a list it must not be in)."""
    words: set[str] = set()
    patterns: list[re.Pattern] = []
    for order in range(len(ruler.attrs)):
        for pattern in ruler.matcher.get(str(order))[1]:
            spec = pattern[0].get("LOWER") if pattern else None
            if spec is None:
                continue
            if isinstance(spec, str):
                words.add(spec)
            elif isinstance(spec, dict) and list(spec) == ["IN"] and isinstance(spec["IN"], list):
                words.update(spec["IN"])
            elif isinstance(spec, dict) and list(spec) == ["REGEX"] and isinstance(spec["REGEX"], str):
                patterns.append(re.compile(spec["REGEX"]))
            else:
                return None
    return frozenset(words), tuple(patterns)


class TableAttributeRuler:
    """Called on a Doc, as spaCy's ``AttributeRuler``: sets what its rules say on each token."""

    KEPT = 200_000  # combinations remembered

    def __init__(self, vocab, rules: Sequence[Rule],
                 lower_words: tuple[frozenset[str], tuple[re.Pattern, ...]] | None = None):
        self.vocab = vocab
        self.rules = tuple(rules)
        # A first token whose form no rule asks for matches the rules any other such form would: one combination
        # for all of them (without it nearly every new word is a new combination). None: every form its own.
        self.lower_words = lower_words
        self.asked: dict[int, bool] = {}  # by a form's number: whether a rule asks for it
        # rules by the value their first token's handle asks for; those with no handle are tried on every key
        self.by_value: dict[tuple[int, object], list[int]] = {}
        self.anywhere: list[int] = []
        for n, r in enumerate(self.rules):
            if r.handle is None:
                self.anywhere.append(n)
            for value in r.handle[1] if r.handle else ():
                self.by_value.setdefault((r.handle[0], value), []).append(n)
        self.memo: dict[tuple[int, ...], tuple[tuple[Rule, ...], tuple[Rule, ...]]] = {}

    @staticmethod
    def _key(row: tuple[int, ...], strings) -> Key:
        tag, lower, dep, space, pos = row
        return strings[tag] if tag else "", strings[lower] if lower else "", strings[dep] if dep else "", \
            bool(space), strings[pos] if pos else ""

    def _rules_for(self, key: Key) -> tuple[tuple[Rule, ...], tuple[Rule, ...]]:
        """The one-token rules that match a token of this key, and the longer ones whose first token does."""
        tried = sorted({*self.anywhere, *(n for at, v in enumerate(key) for n in self.by_value.get((at, v), ()))})
        first = [r for r in (self.rules[n] for n in tried) if r.tests[0](key)]
        return tuple(r for r in first if len(r.tests) == 1), tuple(r for r in first if len(r.tests) > 1)

    def _asked(self, lower: int, strings) -> bool:
        """Whether a rule asks for this form (True where the ruler asks for forms in a way not known)."""
        if self.lower_words is None:
            return True
        asked = self.asked.get(lower)
        if asked is None:
            words, patterns = self.lower_words
            form = strings[lower] if lower else ""
            asked = form in words or any(p.search(form) for p in patterns)
            if len(self.asked) < self.KEPT:
                self.asked[lower] = asked
        return asked

    def _found(self, row: tuple[int, ...], strings) -> tuple[tuple[Rule, ...], tuple[Rule, ...]]:
        """``_rules_for`` a row of numbers, remembered by the row with the form left out where no rule asks for it."""
        memo_key = row if self._asked(row[1], strings) else (row[0], 0, *row[2:])
        found = self.memo.get(memo_key)
        if found is None:
            found = self._rules_for(self._key(row, strings))
            if len(self.memo) < self.KEPT:
                self.memo[memo_key] = found
        return found

    def __call__(self, doc):
        n = len(doc)
        if not n:
            return doc
        strings = self.vocab.strings
        table = doc.to_array([TAG, LOWER, DEP, IS_SPACE, POS]).reshape(n, 5)
        # The one-token rules a token matches are decided by its row: worked out once per distinct row of the Doc.
        # What they set is, per attribute, the value of the last of them (by rule) that sets it; a longer rule
        # matched later comes after them where its (rule, start) does, as the ruler sorts its matches.
        distinct, which = numpy.unique(table, axis=0, return_inverse=True)
        which = which.reshape(-1)
        width = len(SET)
        order = numpy.full((len(distinct), width), -1, dtype=numpy.int64)
        value = numpy.zeros((len(distinct), width), dtype=numpy.uint64)
        longer_rows: list[int] = []
        longer_of: list[tuple[Rule, ...]] = []
        for u, row in enumerate(map(tuple, distinct.tolist())):
            single, longer = self._found(row, strings)
            for r in single:  # in rule order: a later one overrides
                for column, v in r.values:
                    order[u, column], value[u, column] = r.order, v
            if longer:
                longer_rows.append(u)
            longer_of.append(longer)
        orders, values = order[which], value[which]
        starts = numpy.repeat(numpy.arange(n, dtype=numpy.int64)[:, None], width, axis=1)
        if longer_rows:
            rows = table.tolist()
            for i in numpy.flatnonzero(numpy.isin(which, longer_rows)).tolist():
                for r in longer_of[which[i]]:
                    if i + len(r.tests) <= n and all(t(self._key(tuple(rows[i + k]), strings))
                                                     for k, t in enumerate(r.tests) if k):
                        t = i + r.target
                        for column, v in r.values:
                            if (r.order, i) > (orders[t, column], starts[t, column]):
                                orders[t, column], starts[t, column], values[t, column] = r.order, i, v
        set_here = orders >= 0
        if not set_here.any():
            return doc
        out = doc.to_array(list(SET)).reshape(n, width)
        out[set_here] = values[set_here]
        doc.from_array(list(SET), out)
        return doc


FACTORY = "newsfacts_table_attribute_ruler"


@Language.factory(FACTORY)
def _make_table_ruler(nlp: Language, name: str) -> TableAttributeRuler:
    table = compile_ruler(nlp.get_pipe("attribute_ruler"))
    if table is None:
        raise ValueError("the model's attribute_ruler has patterns the table ruler does not know")
    return table


def use_table_ruler(nlp: Language) -> bool:
    """Put a ``TableAttributeRuler`` in place of the model's ``attribute_ruler`` (same name, same place); False
    when the model has none or it cannot be compiled (spaCy's own stays)."""
    if "attribute_ruler" not in nlp.pipe_names or compile_ruler(nlp.get_pipe("attribute_ruler")) is None:
        return False
    nlp.add_pipe(FACTORY, before="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    nlp.rename_pipe(FACTORY, "attribute_ruler")
    return True


class TableLemmatizer:
    """Called on a Doc, as spaCy's ``Lemmatizer`` (rule or lookup mode): the lemma its ``lemmatize`` gives, asked
    once per (form, part of speech, morphology) and then looked up."""

    KEPT = 500_000  # combinations remembered

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self.memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        todo = numpy.arange(len(doc)) if self.lemmatizer.overwrite else numpy.flatnonzero(rows[:, 3] == 0)
        if not len(todo):
            return doc
        memo, strings, lemmatize = self.memo, self.vocab.strings, self.lemmatizer.lemmatize
        lemmas = rows[:, 3].tolist()
        for i, key in zip(todo.tolist(), map(tuple, rows[todo, :3].tolist()), strict=True):
            lemma = memo.get(key)
            if lemma is None:
                lemma = strings.add(lemmatize(doc[i])[0])
                if len(memo) < self.KEPT:
                    memo[key] = lemma
            lemmas[i] = lemma
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc


LEMMATIZER_FACTORY = "newsfacts_table_lemmatizer"
TABLE_MODES = ("rule", "lookup")  # the modes whose answer depends on form, part of speech and morphology alone


@Language.factory(LEMMATIZER_FACTORY)
def _make_table_lemmatizer(nlp: Language, name: str) -> TableLemmatizer:
    return TableLemmatizer(nlp.get_pipe("lemmatizer"))


def use_table_lemmatizer(nlp: Language) -> bool:
    """Put a ``TableLemmatizer`` in place of the model's ``lemmatizer`` (same name, same place); False when the model
    has none or lemmatizes in another mode (spaCy's own stays)."""
    if "lemmatizer" not in nlp.pipe_names or getattr(nlp.get_pipe("lemmatizer"), "mode", None) not in TABLE_MODES:
        return False
    nlp.add_pipe(LEMMATIZER_FACTORY, before="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    nlp.rename_pipe(LEMMATIZER_FACTORY, "lemmatizer")
    return True
