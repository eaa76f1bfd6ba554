"""The table attribute ruler gives every token what spaCy's AttributeRuler gives it, on texts of our own."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

from newsfacts.analyse import nlp as model
from newsfacts.analyse.attributes import compile_ruler, use_table_ruler

HERE = Path(__file__).parent
# rules that two-token patterns, spaces and dependency-keyed rules of the English ruler all fire on
EDGE_CASES = (
    "Y'all gon na see it. Let's go, c'm on! I ain't sure it's there, but you got it and it gets done.\n\n"
    "There were   three of them.  \n  Did you do it? I do. Which one did that? This is what they have had."
)


def _texts(language: str) -> list[str]:
    if language == "fr":
        return [p.read_text(encoding="utf-8") for p in sorted((HERE / "french").glob("*.txt"))]
    paths = [*sorted((HERE / "page_shapes").glob("*.txt")), HERE.parent / "samples" / "sample_dump.txt"]
    return [p.read_text(encoding="utf-8") for p in paths] + [EDGE_CASES]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_same_attributes_as_spacy(language):
    ours = model.load(language=language)  # the table ruler is in place of spaCy's
    package = next(p for p in model.MODEL_PACKAGES[language] if importlib.util.find_spec(p))
    theirs = importlib.import_module(package).load()
    theirs.add_pipe("newsfacts_paragraphs", before="parser")  # as ours: sentences end at line breaks
    if "newsfacts_known_bodies" in ours.pipe_names:  # and the known bodies after the tagger (entities only)
        theirs.add_pipe("newsfacts_known_bodies", after="ner", config={"names": ours.get_pipe_config("newsfacts_known_bodies")["names"]})
    assert "attribute_ruler" in ours.pipe_names
    assert type(ours.get_pipe("attribute_ruler")).__name__ == "TableAttributeRuler"
    assert type(theirs.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
    assert type(ours.get_pipe("lemmatizer")).__name__ == "TableLemmatizer"  # and the lemmas by table too
    assert ours.pipe_names == theirs.pipe_names
    compared = 0
    for text in _texts(language):
        a, b = ours(text), theirs(text)
        assert [t.text for t in a] == [t.text for t in b]
        assert (a.to_array([POS, MORPH, LEMMA, TAG, DEP]) == b.to_array([POS, MORPH, LEMMA, TAG, DEP])).all()
        assert [str(t.morph) for t in a] == [str(t.morph) for t in b]
        compared += len(a)
    assert compared > 1000


def test_unknown_pattern_keeps_spacys_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"SHAPE": "dd"}]], {"POS": "NUM"})  # an attribute the table does not look at
    assert compile_ruler(ruler) is None
    assert use_table_ruler(nlp) is False
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


def test_later_rule_overrides_earlier_and_matching_sees_the_doc_as_it_came():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "dogs"}]], {"LEMMA": "first"})
    ruler.add([[{"LOWER": {"IN": ["dogs", "cats"]}}]], {"LEMMA": "dog", "POS": "NOUN"})
    ruler.add([[{"LOWER": "two"}, {"LOWER": {"REGEX": "^(dogs|cats)$"}}]], {"POS": "PROPN"}, index=-1)
    ruler.add([[{"IS_SPACE": True}]], {"TAG": "_SP", "POS": "SPACE"})
    ruler.add([[{"TAG": "_SP"}]], {"POS": "X"})  # never fires: no token had this tag before the ruler ran
    assert use_table_ruler(nlp) is True
    doc = nlp("Two dogs  and three cats")
    assert [(t.lemma_, t.pos_) for t in doc] == [
        ("", ""), ("dog", "PROPN"), ("", "SPACE"), ("", ""), ("", ""), ("dog", "NOUN")]
    assert doc[2].tag_ == "_SP"


def test_a_sentence_starts_at_each_line_and_never_at_a_lower_case_word_after_a_word():
    doc = model.load()("KEY FIGURES\n\n3,564 people killed\n\n5,012 people injured in the quake")
    starts = [s[0].text for s in doc.sents]
    assert starts == ["KEY", "3,564", "5,012"]  # the parser alone cut "3,564 | people killed"
