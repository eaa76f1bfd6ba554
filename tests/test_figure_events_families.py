"""One verb of an event class covers its family of nouns (issue 15): a noun made from the verb by its ending
(-ing, -ation, -isation, -ion, -ment, -al, -ee) or the verb itself used as a noun names the same class, whether
the number is the noun's "of" ("the rescue of 85 fishermen") or the noun counts the events ("35 killings"); a
group noun after "a" ("a force of 3,000 troops") and a noun whose stem is no verb ("a mission of 30") name none.
Sentences written for these tests."""

from __future__ import annotations

import event_cases
import pytest

CASES = [
    # the number is the "of" of a noun made from a class's verb
    ("Witnesses described the killing of 14 villagers by gunmen.", 14, "killing", "killed", "casualties"),
    ("The ministry confirmed the hospitalisation of 37 children.", 37, "hospitalisation", "hospitalized", "other"),
    ("Officials reported the hospitalization of 26 pupils.", 26, "hospitalization", "hospitalized", "other"),
    ("Health workers carried out the vaccination of 12,000 children.", 12000, "vaccination", "vaccinated", "other"),
    ("The UN condemned the kidnapping of 27 students.", 27, "kidnapping", "abducted", "other"),
    # the verb itself as the noun, after "the"
    ("The army announced the rescue of 85 fishermen off the coast.", 85, "rescue", "rescued", "other"),
    ("Police confirmed the arrest of 40 protesters in the capital.", 40, "arrest", "detained", "other"),
    ("Rights groups condemned the massacre of 31 villagers.", 31, "massacre", "killed", "casualties"),
    # a plural noun of the family counts the events
    ("There were 35 killings in the district in March.", 35, "killings", "killed", "casualties"),
    ("There were 61 drownings along the coast last summer.", 61, "drownings", "killed", "casualties"),
    ("Officials registered 410 evictions in the city.", 410, "evictions", "evicted", "displacement"),
    # (a count of crossings is of events, not of people or homes: filed by its words, none of displacement's)
    ("Border officials logged 2,400 crossings in one week.", 2400, "logged crossings", "arrived", "other"),
    ("The monitors tracked 9,300 movements across the border in May.", 9300, "tracked movements", "moved", "other"),
    # no family: a group after "a", a stem too short to be the verb's
    ("The government sent a force of 3,000 troops to the border.", 3000, None, None, "other"),
    ("The UN sent a mission of 30 observers to the region.", 30, None, None, "other"),
]


@pytest.fixture(scope="module")
def analysed():
    return event_cases.analyse(CASES)


@pytest.mark.parametrize(("text", "value", "term", "event", "category"), CASES)
def test_a_verbs_nouns_name_its_class(analysed, text, value, term, event, category):
    event_cases.check(analysed, text, value, term, event, category)
