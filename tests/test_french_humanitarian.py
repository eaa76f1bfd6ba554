"""French figures in the shapes humanitarian texts give them (texts written for these tests): cases of a disease and
the health classes, numbers written twice, who issues a statement, a paper's reporter as dateline, a report's
sections with lists, labels and times of day that are no figures, armies' words for their dead."""

from __future__ import annotations

from test_french import DATE, _figure, _one, _quote

import newsfacts


def _values(article) -> list[float]:
    return [f.value for f in article.figures]


def test_cases_of_a_disease_and_the_health_classes():
    a = _one("Choléra à Kalemie\n\nDepuis mars, 2 340 cas de choléra, dont 51 décès, ont été notifiés dans la zone de "
             "santé de Kalemie. Au cours de la semaine, 180 nouveaux cas suspects ont été enregistrés, contre 95 la "
             "semaine précédente. Quelque 64 patients sont hospitalisés et 41 000 personnes ont été vaccinées.\n")
    assert (_figure(a, 2340).event, _figure(a, 2340).term) == ("infected", "cas de choléra")
    assert _figure(a, 51).event == "killed"
    assert _figure(a, 180).event == _figure(a, 95).event == "infected"  # the count it stood at before: the same cases
    assert _figure(a, 64).event == "hospitalized"
    assert _figure(a, 41000).event == "vaccinated"


def test_cases_that_are_no_disease_and_an_article_that_names_none():
    a = _one("Violences à Bunia\n\nLes ONG ont documenté 120 cas de violences sexuelles depuis janvier.\n")
    assert _figure(a, 120).event is None
    b = _one("Rapport de la police\n\nLa police a traité 300 cas ce mois-ci.\n")
    assert _figure(b, 300).event is None


def test_a_number_in_words_then_in_digits_between_brackets_is_one_figure():
    a = _one("Affrontements à Goré\n\nLe bilan fait état de douze (12) personnes tuées et de sept (7) maisons "
             "incendiées.\n")
    assert [f.value for f in a.figures if f.value == 12] == [12]
    assert (_figure(a, 12).event, _figure(a, 12).counted) == ("killed", "personnes tuées")
    assert _figure(a, 7).event == "destroyed"


def test_a_communique_that_addresses_the_public_states_its_figures():
    a = _one("Ministère de la Sécurité\n\nLe ministère de la Sécurité publique informe l'opinion nationale que des "
             "pluies torrentielles se sont abattues sur Bobo-Dioulasso. Le bilan provisoire est de 8 morts et de 1 200 "
             "sinistrés.\n")
    assert "ministère" in _figure(a, 8).stated_by.mention.lower()
    assert _figure(a, 1200).stated_by == _figure(a, 8).stated_by


def test_the_organisation_a_title_has_speak_states_its_figures():
    a = _one("Sud-Kivu : Médecins Sans Frontières alerte sur l'afflux de blessés à Uvira\n\nLes équipes de Médecins Sans "
             "Frontières ont soigné 45 blessés à l'hôpital d'Uvira depuis vendredi.\n")
    assert _figure(a, 45).stated_by.name == "Médecins Sans Frontières"
    b = _one("Sud-Kivu : afflux de blessés à Uvira\n\nLes équipes de Médecins Sans Frontières ont soigné 45 blessés à "
             "l'hôpital d'Uvira depuis vendredi.\n")
    # a title that has no one speak: the body whose teams did the work reports it, as in English ("MSF teams have
    # treated 700 wounded")
    assert _figure(b, 45).stated_by.name == "Médecins Sans Frontières"


def test_a_reporters_dateline_places_the_article():
    a = _one("Reconduites record\n\nMamoudzou, envoyé spécial. Depuis janvier, 9 000 personnes ont été renvoyées vers "
             "Anjouan, aux Comores. Dans le quartier de Kawéni, 120 personnes ont été interpellées.\n")
    assert a.dateline is not None and a.dateline.text == "Mamoudzou"


def test_an_incise_is_in_its_quotations_paragraph_and_a_source_inside_a_quotation_is_kept():
    a = _one("Drame à Labé\n\nC'est un drame qui endeuille la ville de Labé. Les précisions de notre correspondant, "
             "Mamadou Bah.\n\n« Tout est allé très vite. Selon un communiqué du gouvernement, 14 personnes ont perdu la "
             "vie. »\n\nCe drame rappelle la bousculade de l'an dernier à Conakry.\n")
    q = _quote(a, "Tout est allé")
    assert q.speaker is not None and q.speaker.name == "Mamadou Bah"  # not "la bousculade ...", object of "rappelle"
    assert "gouvernement" in _figure(a, 14).stated_by.mention


def test_a_report_with_sections_and_lists_is_one_article():
    text = ("---\nlanguage: fr\n---\nTCHAD : Logone Oriental – Inondations\nRapport de situation n° 3\n\n"
            "APERÇU DE LA SITUATION\nDepuis le 2 août, des pluies diluviennes ont frappé les cantons de Béboto et de "
            "Bébédjia, dans la province du Logone Oriental. Selon les autorités provinciales, 9 personnes sont mortes "
            "et plus de 3 000 maisons ont été détruites.\n\nRÉPONSE\nSanté\n• Deux cliniques mobiles ont réalisé 640 "
            "consultations à Béboto.\nAbris\n• 500 kits d'abris ont été distribués aux familles sinistrées.\n\n"
            "2. Besoins\n– 12 000 personnes ont besoin d'abris ;\n– 4 000 ménages ont besoin de vivres.\n")
    articles = newsfacts.extract(text, date=DATE).articles
    assert len(articles) == 1
    assert {9, 3000, 500, 12000, 4000} <= set(_values(articles[0]))


def test_a_list_dash_at_a_line_start_makes_no_range():
    a = _one("Rougeole au Katanga\n\nL'épidémie de rougeole progresse dans la province, selon le ministère de la Santé, "
             "qui publie son bilan de la semaine.\n\nZones de santé touchées : 14\n- 212 nouveaux cas de rougeole ont "
             "été notifiés ;\n- 4 décès ont été enregistrés.\n")
    assert 212 in _values(a) and 14 in _values(a)


def test_labels_and_times_of_day_are_no_figures():
    a = _one("Attaque à Kantchari\n\nLes assaillants ont frappé aux environs de 5 heures du matin près de la route "
             "nationale 18, dans le secteur 4 de la ville, faisant 12 morts.\n")
    assert _values(a) == [12]


def test_what_armies_write_of_the_dead():
    a = _one("Communiqué de l'état-major\n\nLe bilan est le suivant : 9 militaires tombés sur le champ d'honneur, 14 "
             "blessés. Une trentaine de terroristes ont été neutralisés.\n")
    assert (_figure(a, 9).event, _figure(a, 9).term) == ("killed", "tombés sur le champ")
    assert _figure(a, 30).event == "killed"


def test_what_happened_is_read_past_the_nouns_complement_and_under_a_noun_of_return():
    a = _one("Opération à Kawéni\n\nAu cours de l'opération, 80 personnes ont été interpellées et 40 cases en tôle ont été démolies. Le HCR a "
             "organisé le retour volontaire de 1 500 réfugiés burundais.\n")
    assert _figure(a, 40).event == "destroyed"
    assert (_figure(a, 1500).event, _figure(a, 1500).term) == ("returned", "retour")


def test_the_place_that_takes_people_in_is_where_they_are():
    a = _one("Afflux dans l'Est\n\nDepuis le début de la guerre au Soudan, le Tchad a accueilli plus de 700 000 réfugiés "
             "soudanais, selon le HCR.\n")
    assert _figure(a, 700000).place.country == "TCD"


def test_what_an_outlet_learned_from_a_source_is_the_sources():
    a = _one("Attaque à Kaya\n\nOuagadougou, 3 mars 2025 - Le bilan de l'attaque s'est alourdi à 31 morts, a appris notre "
             "rédaction auprès d'une source sécuritaire.\n")
    assert "source sécuritaire" in _figure(a, 31).stated_by.mention


def test_french_verbs_and_phrases_of_the_classes():
    a = _one("Retours et fuites\n\nQuelque 20 000 déplacés ont regagné leurs villages du Rutshuru. À Djibo, 4 000 "
             "habitants ont pris la fuite. À Bangui, 900 ménages ont été relogés dans des sites provisoires. À "
             "Port-au-Prince, 5 000 personnes ont abandonné leur domicile.\n")
    assert (_figure(a, 20000).event, _figure(a, 20000).term) == ("returned", "regagné")
    assert (_figure(a, 4000).event, _figure(a, 4000).term) == ("fled", "pris la fuite")
    assert _figure(a, 900).event == "relocated"
    assert _figure(a, 5000).event == "displaced"


def test_more_french_verbs_of_killing():
    a = _one("Violences\n\nAu moins 15 civils ont été abattus par des hommes armés à Djibo. Douze personnes ont succombé à "
             "leurs blessures. Cent vingt (120) têtes de bétail ont été abattues.\n")
    assert (_figure(a, 15).event, _figure(a, 12).event) == ("killed", "killed")
    assert _figure(a, 120).event is None  # animals are no casualties


def test_a_body_that_evokes_a_toll_states_it():
    a = _one("Attaque à Ménaka\n\nLes autorités locales évoquent 60 morts à Ménaka.\n")
    assert "autorités locales" in _figure(a, 60).stated_by.mention


def test_people_living_with_host_families_are_hosted():
    # as English "staying with host families": "familles d'accueil", "chez des proches"; the place right after the verb
    # counts even where the parse hangs it on a verb further on
    a = _one("Déplacements à Moba\n\nLes familles ont fui vers Moba-port, où environ 7 300 personnes vivent désormais "
             "dans des familles d'accueil, selon la société civile.\n")
    assert (_figure(a, 7300).event, _figure(a, 7300).term) == ("hosted", "vivent désormais dans des familles d'accueil")
    b = _one("Inondations à Gatumba\n\nQuelque 2 600 personnes vivent dans des familles d'accueil et près de 1 900 sont "
             "hébergées dans des écoles, selon la Croix-Rouge.\n")
    assert _figure(b, 2600).event == "hosted" and _figure(b, 1900).event == "sheltered"
    c = _one("Crue à Mopti\n\nEnviron 480 personnes vivent dans des écoles de la ville.\n")
    assert _figure(c, 480).event == "sheltered"  # a place, not a host


def test_a_body_s_long_name_whatever_the_case_of_its_later_words():
    # "Nations Unies" as well as "Nations unies", "de coordination" as well as "de la coordination", "de l'ONU": the
    # whole name states the figure, not its first word nor "Nations unies" alone
    a = _one("Réfugiés\n\nPlus de 600 000 réfugiés sont arrivés au Tchad, a annoncé jeudi le Haut-Commissariat des "
             "Nations Unies pour les réfugiés (HCR). Au Nord-Kivu, environ 1 million de personnes ont été déplacées, "
             "d'après le Bureau de coordination des affaires humanitaires des Nations unies (OCHA). Quelque 250 "
             "réfugiés franchissent chaque jour la frontière, a affirmé le Haut-Commissariat de l'ONU pour les "
             "réfugiés. Le Fonds des Nations Unies pour l'enfance (UNICEF) indique que 30 000 enfants ont été "
             "vaccinés.\n")
    assert _figure(a, 600000).stated_by.name == "Haut-Commissariat des Nations Unies pour les réfugiés"
    assert _figure(a, 1000000).stated_by.name == "Bureau de coordination des affaires humanitaires des Nations unies"
    assert _figure(a, 250).stated_by.name == "Haut-Commissariat de l'ONU pour les réfugiés"
    assert _figure(a, 30000).stated_by.name == "Fonds des Nations Unies pour l'enfance"
    # a name's first word keeps its case: "save the children" in running English is no body
    doc = newsfacts.extract("Rescuers rushed to save the children trapped in the school, police said on Monday.\n",
                            date=DATE).articles[0]
    assert not [m for m in doc.mentions if m.type == "organisation" and "children" in m.text.lower()]


def test_a_body_s_name_the_tagger_cut_to_its_last_words_is_the_whole_name():
    """A ministry or a capitalised body noun ("Centre", "Observatoire") opens the name the tagger cut to its last
    capitalised words (or took for a person or a place); a body noun whose clause merely holds a place does not."""
    a = _one("Bilan\n\nAu moins 14 civils ont été tués samedi, selon l'Observatoire des droits humains du Liptako. Le "
             "ministère nigérien de l'Intérieur a annoncé le rapatriement de 320 migrants. Le ministère a recensé "
             "900 déplacés à Ouallam.\n")
    assert _figure(a, 14).stated_by.name == "Observatoire des droits humains du Liptako"
    assert _figure(a, 320).stated_by.name == "ministère nigérien de l'Intérieur"
    assert not [m for m in a.mentions if m.text in ("Liptako", "Intérieur")]
    assert [m.type for m in a.mentions if m.text == "Ouallam"] == ["place"]


def test_a_witness_named_before_what_they_are_and_reflexive_incises():
    """ "X, pharmacienne à Dori": a name before a noun that describes a person is a person's, and the place after "à"
    that the tagger also took for a person is the place it names elsewhere; "se plaint", "se désole", "s'indigne"
    close reported words as "déplore" does."""
    a = _one("Crue à Dori\n\nLes eaux ont envahi Dori dans la nuit. « Tout est parti, même les chèvres », déplore "
             "Awa Yacouba Sambo, pharmacienne à Dori. « Personne ne nous aide », se plaint un habitant. « On ne nous "
             "a rien donné », s'indigne Hamidou Sani, habitant de Lamordé.\n")
    assert _quote(a, "Tout est parti").speaker.name == "Awa Yacouba Sambo"
    assert _quote(a, "Personne ne nous aide").speaker.mention == "un habitant"
    assert _quote(a, "rien donné").speaker.name == "Hamidou Sani"
    assert {m.type for m in a.mentions if m.text == "Dori"} == {"place"}


def test_figures_nothing_places_take_the_title_s_country_or_the_paragraph_before_s():
    """As English figures: a French figure in a village the gazetteer lacks, or in a quote with no place, is in the
    country the title files the article under, else where the paragraph before placed its figures; attacks are
    occurrences, no one killed; "fusiller" kills."""
    a = _one("Cameroun : neuf morts dans des attaques\n\nSix civils ont été tués jeudi dans l'Extrême-Nord du Cameroun "
             "lors de deux attaques, tuant aussi trois bergers, selon la police.\n\n« Ils ont fusillé quatre personnes "
             "et égorgé deux chefs à Kolofata-Sud », a raconté un habitant.\n")
    assert _figure(a, 2).event is None and _figure(a, 2).unit == "attaque"
    assert _figure(a, 4).event == "killed"
    assert _figure(a, 4).place is not None and _figure(a, 4).place.country == "CMR"


def test_what_a_source_named_after_selon_is_stays_out_of_the_words_reported():
    a = _one("Attaques\n\nSelon Moussa Diallo, maire de la commune de Kolofata, les attaques sont devenues fréquentes "
             "depuis mars. D'après Awa Sani, une habitante du quartier, les familles ont commencé à partir.\n")
    q = _quote(a, "attaques sont devenues")
    assert q.text.startswith("les attaques") and q.speaker.name == "Moussa Diallo"
    q = _quote(a, "familles ont commencé")
    assert q.text.startswith("les familles") and q.speaker.name == "Awa Sani"


def test_an_incise_after_a_bracket_and_a_speaker_that_ends_at_its_full_stop():
    a = _one("Attaque\n\n« Les assaillants sont entrés dans le village vers 20 heures » (région du Logone), a affirmé un "
             "officier de gendarmerie. « Deux d'entre eux ont été tués », a ajouté ce gendarme.\n")
    q = _quote(a, "Les assaillants sont entrés")
    assert q.speaker.mention == "un officier de gendarmerie"


def test_two_sources_of_one_sentence_each_give_their_own_toll():
    """ "18 morts, selon des sources locales, et 12 selon l'armée": each "selon" gives the words since the source
    before it; a conjunct of an inverted incise speaks as its pronoun does, never as the "-t" of "a-t-il"."""
    a = _one("Attaques\n\nCes attaques ont fait 23 morts parmi les déplacés, selon des sources locales, et 15 selon "
             "l'armée.\n\nLe colonel Paul Mbala a visité le site. « Nous avons renforcé les patrouilles », a-t-il "
             "précisé tout en assurant que la situation est sous contrôle.\n")
    assert "sources locales" in (_figure(a, 23).stated_by.mention or "")
    assert "armée" in (_figure(a, 15).stated_by.mention or "")
    assert _quote(a, "la situation est sous contrôle").speaker.name == "Paul Mbala"


def test_a_name_after_a_place_noun_is_that_place_and_a_stating_phrase_s_subject_starts_after_its_comma():
    """ "la commune de l'Arcahaie": the name a place noun governs is a place whatever the tagger took it for; "En
    mars, l'organisation a fait état de N": the source is the organisation, not the words before its comma."""
    a = _one("Violences\n\nLe 10 octobre, une attaque armée dans la commune de l'Arcahaie a entraîné le déplacement de "
             "4 600 personnes, selon l'Organisation internationale pour les migrations. En mars, l'organisation a fait "
             "état de plus de 2 100 personnes déplacées.\n")
    assert [m.type for m in a.mentions if m.text == "Arcahaie"] == ["place"]
    assert _figure(a, 4600).place is not None and _figure(a, 4600).place.country == "HTI"
    said = _figure(a, 2100).stated_by
    assert said is not None and not (said.mention or "").startswith("En mars")


def test_a_measure_after_the_number_loose_quatre_vingt_and_a_place_that_registers_a_toll():
    a = _one("Cyclone\n\nLe secteur agricole a souffert, avec 6.021 hectares de rizières inondées. Résultats, quatre "
             "vingt-trois mille sinistrés. Madagascar enregistre 7 800 personnes sinistrées, selon le BNGRC.\n")
    assert (_figure(a, 6021).unit, _figure(a, 6021).event) == ("hectare", None)
    assert _figure(a, 83000).event == "affected"
    said = _figure(a, 7800).stated_by
    assert said is not None and "Madagascar" not in (said.name or said.mention or "")


def test_a_cleft_s_relative_clause_says_what_befell_the_count():
    a = _one("Bilan\n\nSelon la police, c'est au moins 19 civils qui ont été tués dimanche. Ce sont 340 familles qui "
             "ont fui le village.\n")
    assert (_figure(a, 19).event, _figure(a, 19).approx) == ("killed", "at least")
    assert _figure(a, 340).event == "fled"


def test_il_or_elle_with_no_person_named_before_is_the_body_named_before():
    a = _one("Crues\n\nL'Organisation internationale pour les migrations a recensé 12 000 déplacés dans la province. "
             "Elle estime que 3 000 autres pourraient fuir dans les prochains jours.\n")
    assert _quote(a, "pourraient fuir").speaker.name == "Organisation internationale pour les migrations"


def test_autres_counts_the_people_the_figure_before_counts():
    a = _one("Crues\n\nLes crues ont déplacé 12 000 personnes et 3 000 autres ont fui vers la ville.\n")
    assert (_figure(a, 3000).event, _figure(a, 3000).counted, _figure(a, 3000).unit) == ("fled", "personnes", "person")
