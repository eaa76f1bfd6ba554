"""French pages as scrapers dump them from African news sites and relays (texts written for these tests): a comment
count and a footer telephone number are no figures; refugees a country hosts keep their status with the verb of
hosting as term; a part after "dont" takes its own participle; refugees relocated are relocated."""

from __future__ import annotations

from test_french import _figure, _one

from newsfacts.segment.lines import is_boilerplate

PAGE = """Ouaddaï : des milliers de réfugiés soudanais relocalisés vers le camp de Dougui

Par Abakar Mahamat | Publié le 02 décembre 2025 à 13:20
Temps de lecture : 3 minutes

Le Tchad accueille déjà plus de 1,3 million de réfugiés soudanais, dont 910 000 arrivés depuis avril 2023, selon le HCR.

Le HCR et la CNARR ont relocalisé 4 700 réfugiés vers le camp de Dougui la semaine dernière. Les équipes de santé signalent 180 cas de choléra dans le camp.

Commentaires : 7
Tchadinfos - N'Djamena - Tél : (+235) 622 41 00 00
"""


def test_french_comment_counts_are_boilerplate():
    for line in ("35 commentaires", "Commentaires (6)", "18 Commentaires", "Commentaires : 3", "Vos commentaires (4)",
                 "9 réactions", "1 commentaire"):
        assert is_boilerplate(line), line
    assert not is_boilerplate("Les commentaires du ministre ont suscité la colère de 300 manifestants.")


def test_a_comment_count_and_a_bracketed_telephone_number_are_no_figures():
    values = {f.value for f in _one(PAGE).figures}
    assert not values & {7, 235, 622}, values


def test_refugees_a_country_hosts_keep_their_status_with_the_verb_of_hosting_as_term():
    f = _figure(_one(PAGE), 1300000)
    assert (f.event, f.term) == ("refugees", "accueille")


def test_a_part_after_dont_takes_its_own_participle():
    f = _figure(_one(PAGE), 910000)
    assert (f.event, f.term) == ("arrived", "arrivés")


def test_refugees_relocated_by_an_agency_are_relocated():
    f = _figure(_one(PAGE), 4700)
    assert (f.event, f.term) == ("relocated", "relocalisé")



def test_a_related_links_label_alone_on_its_line_drops_the_headlines_under_it():
    # "À LIRE AUSSI" reads as a label, "Lire aussi" as a heading: either is furniture, and so is the headline after it
    for label in ("À LIRE AUSSI", "Lire aussi", "Sur le même sujet"):
        a = _one(f"RDC : les déplacés de Goma\n\nPlus de 500 000 personnes vivent dans les sites autour de Goma, a "
                 f"indiqué mardi l'OCHA.\n\n{label}\nMauritanie : 3 000 réfugiés maliens arrivés en une semaine à "
                 f"Mbera\n\nLe coordinateur a annoncé une aide d'urgence.\n")
        assert [f.value for f in a.figures] == [500000], label
        assert "Mbera" not in a.text and "Le coordinateur" in a.text


def test_a_pronoun_never_stands_for_the_photographer_a_caption_credits():
    a = _one("RDC : les déplacés de Goma\n\n« Les conditions de vie sont épouvantables », a déclaré Bruno Lemarquis, "
             "coordinateur humanitaire de l'ONU en RDC.\n\nDes déplacés à Goma, le 11 mars 2024. © Alexis Huguet / "
             "AFP\n\nSelon lui, au moins 40 personnes sont mortes du choléra depuis janvier.\n\nUne femme déplacée à "
             "Bulengo. Crédit photo : HCR/Colin Delfosse\n\nD'après lui, 12 000 personnes ont fui Sake en une "
             "semaine.\n")
    assert _figure(a, 40).stated_by.name == "Bruno Lemarquis"
    assert _figure(a, 12000).stated_by.name == "Bruno Lemarquis"
