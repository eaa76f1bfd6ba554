"""The tally of missed figures by field that ``newsfacts eval realnews`` prints (totals only, for check parts)."""

import json

from newsfacts.eval.realnews import figure_misses


def _miss(value, *hits):
    why = "not found" if not hits else "fields: " + "; ".join(json.dumps(h) for h in hits)
    return f"MISSING  figure {value} people   [{why}]"


def test_each_miss_counts_the_fields_its_nearest_figure_gets_wrong():
    expected = [
        {"article": "a", "value": 10, "category": "casualty", "country": "SDN"},
        {"article": "a", "value": 20, "category": "displacement", "country": "TCD", "stated_by": "UNHCR|HCR"},
        {"article": "a", "value": 30},
        {"article": "a", "value": 40, "when": "2024-05"},
    ]
    lines = [
        "ok       figure 10 people",
        _miss(20, {"value": 20, "category": "displacement", "country": "SDN", "stated_by": "the HCR"},
              {"value": 20, "category": "other", "country": "SDN", "stated_by": ""}),
        _miss(30),
        _miss(40, {"value": 40, "when": "2023-05-01"}),
        "seed: 1/4 expected facts found; spans 0/0 round-trip",
    ]
    tally = figure_misses(lines, expected)
    # the first figure of 20 gets only the country wrong: the second (three fields wrong) is not the nearest
    assert tally == {"country": 1, "not found": 1, "when": 1}


def test_other_lines_and_found_figures_add_nothing():
    lines = ["ok       quote UNHCR: fled", "MISSING  place Goma -> COD   [not resolved to that country]",
             "ok       figure 5 people"]
    assert figure_misses(lines, [{"article": "a", "value": 5, "category": "casualty"}]) == {}
