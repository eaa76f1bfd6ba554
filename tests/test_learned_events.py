"""The learned fallback for a figure's event class (issue 15, analyse/figures/learned.py): it decides a figure of
people that the vocabulary and the parse rules leave without an event, abstains where the figure is no event, and
never overrides a class the rules gave or a no-event they decided on purpose. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsfacts.analyse.figures import learned
from newsfacts.pipeline import process_batch
from newsfacts.records import Article, Source

# "expired" is in no class of the vocabulary (a permit expires too): the rules give the 35 no event; the toll around
# it tells the model ("succumbed", the example before, is now in the vocabulary of the killed)
DECIDED = "The death toll climbed as 35 more people expired overnight, bringing the total to 210 dead."
# a crowd at a match: people to whom nothing befell
ABSTAINS = "Some 3,000 people packed into the stadium for the final on Sunday."
# the rules' own class stands ("were injured"), and a count the people did ("200 volunteers distributed") stays none
RULES = "At least 12 people were injured when 200 volunteers distributed food in the square."


def _figures(text: str, *, fallback: bool = True):
    art = Article(id="t", source=Source(outlet="Test Wire"), text=text)
    if fallback:
        return process_batch([art])[0].figures
    with learned.rules_only():
        return process_batch([art])[0].figures


def _of(figures, value):
    return next(f for f in figures if f.value == value)


@pytest.mark.slow
def test_decides_a_figure_the_vocabulary_leaves_open():
    assert _of(_figures(DECIDED, fallback=False), 35).event is None
    f = _of(_figures(DECIDED), 35)
    assert (f.event, f.category) == ("killed", "casualties")


@pytest.mark.slow
def test_abstains_on_people_to_whom_nothing_happened():
    f = _of(_figures(ABSTAINS), 3000)
    assert f.unit == "person" and f.event is None


@pytest.mark.slow
def test_keeps_what_the_rules_decided():
    with_model, rules = _figures(RULES), _figures(RULES, fallback=False)
    assert [(f.value, f.event) for f in with_model] == [(f.value, f.event) for f in rules]
    assert _of(with_model, 12).event == "injured"


def test_model_abstains_below_threshold_and_on_none():
    model = learned.EventModel({"killed": {"g1:succumb": 2.0}, "none": {"g1:sit": 2.0}, "arrived": {}},
                               {"killed": 0.0, "none": 0.0, "arrived": 0.0}, threshold=0.6)
    assert model.decide({"g1:succumb": 1.0}) == "killed"  # e^2 / (e^2 + 2) = 0.79
    assert model.decide({"g1:sit": 1.0}) is None  # none wins
    assert model.decide({"g1:walk": 1.0}) is None  # a third each, under the threshold
    assert sum(model.probabilities({"g1:succumb": 1.0}).values()) == pytest.approx(1.0)


def test_shipped_model_has_a_none_class_and_a_threshold():
    model = learned.load_model()
    assert model is not None and learned.NONE in model.weights
    assert 0.0 < model.threshold < 1.0


def test_trains_on_every_tuned_graded_set_and_no_unseen_one():
    from types import SimpleNamespace

    from newsfacts.eval import train_events

    unseen = {"en-bulletins", "fr-depeches", "fr-radios", "en-wires", "en-flash", "fr-bulletins"}  # blind check sets
    for folders in train_events.GRADED.values():
        for name in folders:
            assert (train_events.REPO / name / "gold.py").is_file() and name.rsplit("/", 1)[-1] not in unseen
    tuned = {f"tests/graded/{p.name}" for p in (train_events.REPO / "tests" / "graded").glob("en-*")
             if (p / "gold.py").is_file() and p.name not in unseen}
    assert set(train_events.GRADED["en"]) == tuned  # every tuned English set, none left out
    trained_on = learned.MODEL_PATH.read_text()
    assert all(name in trained_on for name in train_events.GRADED["en"])  # the shipped weights come from them all
    gold = SimpleNamespace(FIGURES=[("a.txt", 12, "killed", "SDN"), ("a.txt", 40, ("fled", "displaced"), None)],
                           NO_EVENT=[("a.txt", 3), ("a.txt", 5000000, {"unit": "USD"})])  # NO_EVENT's fields
    assert train_events.labelled(gold) == [("a.txt", 12, ("killed",)), ("a.txt", 40, ("fled", "displaced")),
                                           ("a.txt", 3, ("none",)), ("a.txt", 5000000, ("none",))]
