"""Which predicate a number takes when the parse offers several (issue 15): a clause with a subject of its own
tells of that subject, not of the counted noun it hangs on (the next count of a coordination, a part "most of
whom"); a part set after its whole with no verb of its own ("40 of them children") is of the whole's event; a verb of a class done to the counted says what the figure counts over a clause saying what had happened
to them before; a change "by" N is of the count that changes; a verb done "for" people is nothing that happened to
them; a participle before another noun is no predicate of a number before it. Sentences written for these tests."""

from __future__ import annotations

import event_cases
import pytest

from newsfacts.pipeline import process_batch
from newsfacts.records import Article, Source
from newsfacts.resolve.claims import figure_claims

CASES = [
    # a coordination: the participle after the second count is that count's, though the parse hangs it on the first
    ("In the north, officials reported three deaths and more than 19,000 people affected.", 3, "deaths", "killed",
     "casualties"),
    ("The governor reported 12 deaths and some 4,000 families displaced.", 12, "deaths", "killed", "casualties"),
    ("Police recorded 7 deaths and 150 people injured in the riots.", 7, "deaths", "killed", "casualties"),
    # a part: "most of whom" tells of the part, the verb over the whole is the figure's
    ("The region already hosts about 600,000 refugees, most of whom fled the war in 2019.", 600000, "hosts", "hosted",
     "displacement"),
    # a verb of a class done to the counted, over what had happened to them
    ("Rescuers evacuated 300 people who were trapped by the water.", 300, "evacuated", "evacuated", "displacement"),
    ("Firefighters rescued 46 residents trapped on the upper floors.", 46, "rescued", "rescued", "other"),
    ("The offensive displaced 9,000 people who fled to the capital.", 9000, "displaced", "displaced", "displacement"),
    # a relative clause of where counted people were, when they are their clause's subject, says who they were; their
    # clause, what happened; a relative clause of what happened to them keeps its event
    ("About 2,000 people who had stayed in the camp have returned to their villages.", 2000, "returned",
     "returned", "displacement"),
    ("About 9,000 people who were displaced by the fighting crossed into Chad last month.", 9000, "displaced",
     "displaced", "displacement"),
    ("The 64 families who were sheltered in the school returned home on Monday.", 64, "returned", "returned",
     "displacement"),
    # a change "by" N of a count or toll
    ("He said the number of displaced had risen by about 80,000 since January.", 80000, None, "displaced",
     "displacement"),
    ("The death toll rose by 14 overnight, officials said.", 14, None, "killed", "casualties"),
    # done "for" them: neither the verb's event nor one nearby ("to hospitals" makes no one hospitalized); the relief
    # they are given is theirs ("food for 30,000 people": aid)
    ("WHO said it had delivered supplies for 10,000 patients to hospitals in the province.", 10000, "delivered supplies", "aid",
     "aid"),
    ("WHO said it had delivered generators for 10,000 patients to hospitals in the province.", 10000, None, None,
     "other"),
    ("The town's reception centre, built for 300 people, hosted 720 last week.", 300, None, None, "other"),
    # people a verb of giving gives to, or a verb of serving serves, are given aid, whatever is given; a count of
    # no persons or households is not ("the toll reached 225")
    ("The charity said it had provided psychological support to 640 survivors of the attack.", 640, "support", "aid",
     "aid"),
    ("Volunteers delivered cash assistance to 2,700 families in the district last month.", 2700, "delivered assistance", "aid",
     "aid"),
    ("Our mobile teams reached 18,000 children with vaccination and nutrition services.", 18000, "reached", "aid",
     "aid"),
    ("The agency is assisting about 1,500 households in the district.", 1500, "assisting", "aid", "aid"),
    ("By Sunday the death toll had reached 225, the ministry said.", 225, "death", "killed", "casualties"),
    ("The convoy reached 14 villages cut off by the floods.", 14, None, None, "other"),
    # a part set after its whole with no verb of its own ("N of them children") befalls what the whole does, whatever
    # clause the parse hangs it on; one with a word or verb of its own, or one a verb takes, keeps its own
    ("Doctors admitted 250 wounded patients to the main hospital since Jan. 26, 60 of them children.", 60, "wounded",
     "injured", "casualties"),
    ("Officials said 14 people had been hurt and 930 homes damaged in the district, 85 of them completely.", 85,
     "damaged", "damaged", "other"),
    ("Nearly 700 measles cases were reported in the district this year, 9 of them fatal.", 9, "fatal", "killed",
     "casualties"),
    ("Rescuers pulled 40 survivors from the collapsed building, 12 of them with serious injuries.", 12, "with injuries",
     "injured", "casualties"),
    # a participle before another noun
    ("The society deployed 120 volunteers to help with the registration of displaced families.", 120, None, None,
     "other"),
]


@pytest.fixture(scope="module")
def analysed():
    return event_cases.analyse(CASES)


@pytest.mark.parametrize(("text", "value", "term", "event", "category"), CASES)
def test_a_number_takes_its_own_predicate(analysed, text, value, term, event, category):
    event_cases.check(analysed, text, value, term, event, category)


def test_a_change_by_n_is_no_level_to_compare():
    """ "rose by 14 to 212": both figures are of the dead, but only the level is a claim to compare with others'."""
    text = "The death toll rose by 14 overnight to 212, officials said."
    (article,) = process_batch([Article(id="0", source=Source(outlet="Test Wire"), text=text)])
    by_value = {f.value: f for f in article.figures}
    assert (by_value[14].event, by_value[14].change) == ("killed", "up")
    assert [c.high for c in figure_claims(article)] == [pytest.approx(212 * 1.05)]  # the level alone


def test_a_running_total_that_names_nothing_counts_what_the_figure_before_it_counts():
    """ "..., bringing the total (since the war began) to 313": the total is of the deaths just counted, a stock, and
    the increment's span ("in the past 24 hours") is not its date; a part of the total ("including 119 children") is
    of the same deaths. A total that names its own noun ("the number of refugees") keeps its own."""
    text = ("The Health Ministry said 10 more people died of malnutrition in the past 24 hours, bringing the total "
            "since the war began to 313, including 119 children.\n\n"
            "Rescuers found three more bodies on Sunday, taking the total so far to 41.\n\n"
            "Another 2,300 refugees crossed into Chad on Monday, bringing the number of refugees there to 15,000.")
    (article,) = process_batch([Article(id="0", source=Source(), text=text, published="2025-08-27")])
    by_value = {f.value: f for f in article.figures}
    total = by_value[313]
    assert (total.event, total.unit, total.term, total.stock_or_flow, total.when) == ("killed", "person", "died", "stock",
                                                                                       None)
    assert (by_value[119].event, by_value[119].term, by_value[119].when) == ("killed", "died", None)
    assert by_value[10].when is not None and by_value[10].when.value == "2025-08-26/2025-08-27"
    assert (by_value[41].event, by_value[41].unit, by_value[41].counted) == ("killed", "body", "bodies")
    assert by_value[15000].event == "refugees"
