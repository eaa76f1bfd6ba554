"""The features of the event-model study (newsfacts/eval/events_study.py) read the parse around a number."""

from newsfacts.analyse import nlp
from newsfacts.eval.events_study import _right, features


def _features(text: str, number: str, language: str = "en", rules=None) -> dict:
    doc = nlp.load(language=language)(text)
    start = text.index(number)
    return features(doc, start, start + len(number), language, rules, None)


def test_features_name_the_counted_noun_its_participle_and_the_verb():
    x = _features("Officials said the floods killed 12 people in the north.", "12")
    assert x.get("noun=people") == 1 or x.get("noun=person") == 1
    assert x["verb=kill"] == 1 and x["voice=act"] == 1
    assert x["rules=none"] == 1 and x["lang=en"] == 1
    assert any(k.startswith("l1=") for k in x) and any(k.startswith("r1=") for k in x)


def test_features_see_a_passive_verb_and_the_rules_event():
    x = _features("At least 40 people were injured in the blast.", "40", rules="injured")
    assert x["verb=injure"] == 1 and x["voice=pass"] == 1
    assert x["rules=injured"] == 1


def test_right_counts_as_grade_py_does():
    assert _right("killed", {"accepted": ["killed", "dead"]})
    assert not _right("injured", {"accepted": ["killed"]})
    assert _right("none", {"accepted": []}) and _right(None, {"accepted": []})
    assert not _right("displaced", {"accepted": []})
