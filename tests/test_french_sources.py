"""Sources of French figures that their own sentence does not name (texts written for these tests, tests/french/sources):
the paragraph's earlier source ("selon un bilan publié par le ministère ... Plus de 4 800 habitations"), the clause
before a colon ("X publie un nouveau bilan : ..."), a communiqué's issuer; a new paragraph or entry ends them."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).parent / "french" / "sources"


@pytest.fixture(scope="module")
def figures():
    import newsfacts

    result = newsfacts.extract(sorted(str(p) for p in HERE.glob("*.txt")), date="2025-09-02")
    return {Path(a.source.path).stem: {f.value: f for f in a.figures} for a in result.articles}


def _by(f) -> str | None:
    return f.stated_by.name if f.stated_by is not None else None


def test_a_figure_keeps_the_source_of_its_paragraph(figures):
    found = figures["paragraphe"]
    assert "ministère" in _by(found[52]) and _by(found[4800]) == _by(found[52]) == _by(found[9000])


def test_a_new_paragraph_does_not_inherit(figures):
    assert figures["paragraphe"][600].stated_by is None


def test_the_clause_before_a_colon_states_the_figures_after_it(figures):
    found = figures["direct"]
    assert _by(found[23]) == _by(found[41]) == "Protection civile"


def test_a_liveblog_entry_keeps_its_source_and_the_next_entry_does_not(figures):
    found = figures["direct"]
    assert _by(found[9]) == "Protection civile" and found[300].stated_by is None


def test_a_communique_states_its_figures(figures):
    found = figures["communique"]
    assert all("ministère de la Sécurité publique" in _by(found[v]) for v in (4, 6, 350))


def test_a_body_that_did_the_work_a_figure_counts_reports_it():
    from test_french import _figure, _one

    a = _one("La Croix-Rouge a secouru 80 personnes au large de la côte. Les garde-côtes ont intercepté 140 migrants "
             "dans la nuit.\n\nUn pêcheur a sauvé 12 personnes sur le fleuve.")
    assert "Croix-Rouge" in (_figure(a, 80).stated_by.name or "")
    assert "garde-côtes" in (_figure(a, 140).stated_by.mention or "")
    assert _figure(a, 12).stated_by is None  # a person who acts is no source of it


def test_a_body_reports_its_work_on_a_count_with_spaced_thousands_or_after_a_locution():
    """ "2 400 personnes": the small parse takes a number whose thousands are set apart for a determiner of the noun;
    "a pris en charge 1 850 sinistrés": the counted noun a bare argument after the locution. The body is the source
    either way; the verb is the one the counted noun hangs on, not one inside its phrase ("souffrant")."""
    from test_french import _figure, _one

    a = _one("L'OIM a pour sa part rapatrié 2 400 personnes vers leurs pays d'origine depuis janvier.\n\n"
             "La Croix-Rouge a par ailleurs pris en charge 1 850 sinistrés dans ses centres.\n\n"
             "L'UNICEF a pris en charge 16 000 enfants souffrant de malnutrition aiguë.")
    assert "OIM" in (_figure(a, 2400).stated_by.name or "")
    assert "Croix-Rouge" in (_figure(a, 1850).stated_by.name or "")
    assert "enfance" in (_figure(a, 16000).stated_by.name or "") or "UNICEF" in (_figure(a, 16000).stated_by.mention or "")


def test_a_record_of_figures_names_its_maker_in_the_figures_sentence():
    """ "lors du dernier enregistrement publié par X", "Le bilan, établi par X, est de ...": the noun of figures or of a
    record with its participle and "par X" gives the figure X, where the sentence names no other source."""
    from test_french import _figure, _one

    a = _one("Au niveau national, le pays comptait plus de 640 000 personnes déplacées lors du dernier enregistrement "
             "publié par le Conseil national de secours.\n\nLe bilan, établi par les autorités locales, est de sept "
             "morts et neuf blessés.\n\nUn pêcheur a vu 14 bateaux sur le fleuve.")
    assert "Conseil national de secours" in (_figure(a, 640000).stated_by.mention or "")
    assert "autorités locales" in (_figure(a, 7).stated_by.mention or "")
    assert _figure(a, 14).stated_by is None


def test_an_incise_after_a_predicate_or_a_term_in_marks_states_the_figure():
    """ "..., précise X" after a clause whose predicate is an adjective with its copula ("sont les plus touchés") or
    after a term the writer sets in marks (« dramatiques », no quotation of its own): the words before the comma are
    X's."""
    from test_french import _figure, _one

    a = _one("Les villages de Kolo et de Birni sont les plus éprouvés, avec respectivement 312 et 87 sinistrés, "
             "précise le bulletin diffusé par la radio locale.\n\n"
             "Près de 4 600 déplacés ont rejoint Goma, où leur situation est « dramatique », a indiqué la porte-parole "
             "du HCR, Aminata Diallo.")
    assert "bulletin" in (_figure(a, 312).stated_by.mention or "") and "bulletin" in (_figure(a, 87).stated_by.mention or "")
    assert _figure(a, 4600).stated_by.name == "Aminata Diallo"


def test_a_place_after_a_title_is_not_the_speaker():
    from test_french import _figure, _one

    a = _one("Le sous-préfet de Gidan-Roumdji, Issoufou Maman, a indiqué que 420 personnes ont fui leurs villages "
             "depuis lundi.\n\nLe préfet d'Abalak, le colonel Ali Bako, a annoncé que 37 personnes avaient été tuées.")
    assert _figure(a, 420).stated_by.name == "Issoufou Maman"
    assert _figure(a, 37).stated_by.name == "Ali Bako"


def test_the_same_source_is_the_last_one_even_unnamed():
    from test_french import _figure, _one

    a = _one("Au moins 650 personnes sont arrivées à Zinder, a déclaré Mariama Idé, porte-parole de la Croix-Rouge. "
             "Dans la commune de Kantché, 14 personnes ont été tuées samedi, d'après une source sécuritaire. Six autres "
             "ont été enlevées, selon la même source. Neuf blessés ont été évacués, a ajouté cette source.")
    for value in (6, 9):
        said = _figure(a, value).stated_by
        assert said is not None and said.name != "Mariama Idé" and "source sécuritaire" in (said.name or "")
