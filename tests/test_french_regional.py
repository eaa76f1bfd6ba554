"""French figures in the shapes of regional Sahel, Central African and Haitian press (texts written for these tests):
agency datelines with an abbreviated month, verbs that make people do something, acts on goods and on the remains of
the dead, parts after "parmi lesquels", the subject of a clause after "où", a place inside a speaker's words,
"refoulés" and "interceptés"."""

from __future__ import annotations

from test_french import _figure, _one


def test_an_agency_dateline_with_an_abbreviated_month_is_no_figure():
    a = _one("FADA, 12 nov. (AIB) - Plus de 4 300 personnes déplacées sont arrivées à Fada depuis lundi, a indiqué "
             "le maire.\n")
    assert [f.value for f in a.figures] == [4300]
    assert any(d.text.startswith("12 nov.") and (d.value or "").endswith("-11-12") for d in a.dates)


def test_a_verb_that_makes_people_do_something_gives_the_term_of_what_they_did():
    a = _one("Inondations à Bossangoa\n\nLes crues ont contraint près de 7 000 habitants à quitter leurs maisons, "
             "selon la mairie. Les combats ont forcé quelque 2 400 personnes à fuir vers Bozoum. La faim a poussé des "
             "milliers de familles à l'exil.\n")
    assert (_figure(a, 7000).event, _figure(a, 7000).term) == ("fled", "quitter")
    assert (_figure(a, 2400).event, _figure(a, 2400).term) == ("fled", "fuir")
    assert (_figure(a, 1000).event, _figure(a, 1000).term) == ("fled", "exil")


def test_a_verb_of_the_class_acting_on_goods_or_remains_is_the_term():
    a = _one("Attaque à Kalehe\n\n« Nous avons enterré 26 corps ce matin », a déclaré le chef de village. La "
             "Croix-Rouge a distribué 1 500 kits d'hygiène mardi. Quelque 900 bâches doivent être distribuées d'ici "
             "vendredi.\n")
    assert (_figure(a, 26).event, _figure(a, 26).term) == ("killed", "enterré")
    assert (_figure(a, 1500).event, _figure(a, 1500).term) == ("aid", "distribué")
    assert (_figure(a, 900).event, _figure(a, 900).term) == ("aid", "distribuées")


def test_people_counted_among_others_are_what_befell_them():
    a = _one("Affrontements à Kaga-Bandoro\n\nL'hôpital a soigné 38 blessés, parmi lesquels onze enfants, selon "
             "MSF. Neuf personnes ont perdu la vie, dont trois femmes emportées par la crue, et vingt autres ont été "
             "blessées.\n")
    assert _figure(a, 11).event == "injured"
    # the part's own words name the same class since "emporter" is killed's for people (fr21): its own term
    assert (_figure(a, 3).event, _figure(a, 3).term) == ("killed", "emportées")
    assert _figure(a, 20).event == "injured"


def test_the_subject_of_a_clause_after_ou_states_its_figure_not_the_sentence_before():
    a = _one("Retours à Kousseri\n\nLes familles ont gagné Kousseri, où le HCR recense déjà 12 800 personnes "
             "déplacées internes.\n")
    f = _figure(a, 12800)
    assert f.event == "displaced"
    assert f.stated_by is not None and f.stated_by.mention.startswith("le HCR")


def test_a_place_inside_a_speakers_words_is_not_the_speaker():
    a = _one("Crue à Moundou\n\nLa délégation provinciale de l'action sociale du Logone Occidental signale 3 150 "
             "sinistrés. Moundou a annoncé 12 morts.\n")
    f = _figure(a, 3150)
    assert f.stated_by is not None and f.stated_by.name != "Logone Occidental"
    assert "délégation" in f.stated_by.mention


def test_refoules_and_intercepted_people():
    a = _one("Migrants à Agadez\n\nNous avons accueilli plus de 9 000 refoulés depuis janvier, a dit le maire. La "
             "police a intercepté 47 candidats à l'émigration au nord d'Agadez.\n")
    assert _figure(a, 9000).event in ("deported", "hosted") and _figure(a, 9000).category == "displacement"
    assert (_figure(a, 47).event, _figure(a, 47).term) == ("detained", "intercepté")


def test_people_who_died_trying_to_reach_a_place_did_not_arrive():
    a = _one("Naufrage au large de Dakhla\n\nSix migrants sont morts dans la nuit en tentant de rejoindre les "
             "Canaries, a indiqué la gendarmerie.\n")
    assert _figure(a, 6).event == "killed"


def test_who_gives_aid_or_vaccines_reports_its_figure():
    a = _one("Crise alimentaire à Diffa\n\nLe Programme alimentaire mondial (PAM) prévoit de distribuer des rations à "
             "52 000 personnes en novembre. Les partenaires ont pu assister 310 000 personnes depuis janvier. L'Unicef a "
             "livré du matériel et compte vacciner quelque 90 000 enfants.\n")
    assert _figure(a, 52000).event == "aid" and "PAM" in _figure(a, 52000).stated_by.mention
    assert _figure(a, 310000).stated_by.mention == "Les partenaires"
    assert _figure(a, 90000).event == "vaccinated" and "Unicef" in _figure(a, 90000).stated_by.mention


def test_measures_and_vehicles_are_no_people_something_befell():
    a = _one("Arrivées à Bol\n\nLes rescapés sont arrivés à une vingtaine de kilomètres du camp. Une dizaine de "
             "pirogues sont arrivées dans la nuit. L'ONG a livré 40 tonnes de vivres.\n")
    assert _figure(a, 20).event is None
    assert _figure(a, 10).event is None
    assert _figure(a, 40).event in (None, "aid")


def test_the_same_people_counted_another_way_after_soit():
    a = _one("Pluies à Gao\n\nLa mairie a dénombré 820 ménages sinistrés, soit près de 5 700 personnes.\n")
    assert (_figure(a, 5700).event, _figure(a, 5700).term) == ("affected", "sinistrés")
    assert _figure(a, 5700).approx == "almost"


def test_bare_numbers_coordinated_with_a_counted_noun_count_it():
    a = _one("Choléra à Tahoua\n\nLes districts de Tahoua et de Konni signalent respectivement 145 et 87 cas de "
             "choléra.\n")
    assert (_figure(a, 145).event, _figure(a, 145).counted) == ("infected", _figure(a, 87).counted)


def test_a_verb_and_its_object_name_what_befell_those_after_a():
    a = _one("Lac\n\nLes attaques ont coûté la vie à 142 civils depuis janvier. Le naufrage a coûté la vie à 37 migrants "
             "au large de Lampedusa.\n")
    assert (_figure(a, 142).event, _figure(a, 142).term) == ("killed", "coûté la vie")
    assert _figure(a, 37).event == "killed"


def test_selon_a_source_then_a_relative_clause_of_its_own_speech():
    a = _one("Désert du Ténéré\n\nTrois migrants ont trouvé la mort dans le désert, selon l'ONG Alarme Phone Sahara, "
             "qui affirme que deux autres sont portés disparus.\n")
    assert "Alarme Phone Sahara" in _figure(a, 3).stated_by.mention
    assert "Alarme Phone Sahara" in _figure(a, 2).stated_by.mention
    said = [q for q in a.quotes if q.cue == "affirme"]
    assert said and said[0].speaker.name == "Alarme Phone Sahara" and not said[0].speaker.mention.startswith("selon")


def test_among_the_new_arrivals():
    a = _one("Kaya\n\nParmi les nouveaux arrivants figurent 2 900 enfants, selon l'Action sociale.\n")
    assert (_figure(a, 2900).event, _figure(a, 2900).term) == ("arrived", "arrivants")


def test_a_hyphenated_title_and_a_person_noun_the_tagger_takes_for_a_verb():
    a = _one("Choléra à Madarounfa\n\n« Nous avons hospitalisé soixante-trois malades en trois jours », a témoigné "
             "l'infirmier-chef du centre de traitement, Issoufou Garba.\n")
    f = _figure(a, 63)
    assert (f.event, f.counted, f.stated_by.name) == ("hospitalized", "malades", "Issoufou Garba")


def test_a_person_adjective_before_a_comma_is_the_counted_noun():
    a = _one("Bria\n\nLes combats ont fait au moins 17 morts, dont 12 civils, selon la préfecture.\n")
    assert (_figure(a, 12).event, _figure(a, 12).counted) == ("killed", "civils")


def test_datelines_of_african_national_agencies():
    a = _one("Bunia, 13 octobre 2025 (ACP).- Le bilan de l'attaque s'est alourdi à 43 morts, a annoncé dimanche "
             "l'administrateur du territoire, le colonel Jean Munyololo.\n")
    assert a.dateline is not None and a.dateline.place == "Bunia"
    assert _figure(a, 43).stated_by.name == "Jean Munyololo"
    b = _one("DORI, 14 oct. (AIB) - Plus de 12 500 personnes sont arrivées à Dori, a indiqué mardi le haut-commissaire "
             "de la province du Yagha, le commandant Adama Sawadogo.\n")
    assert b.dateline is not None and b.dateline.place == "Dori"
    assert _figure(b, 12500).stated_by.name == "Adama Sawadogo"  # "mardi" is no subject


def test_a_country_coordinated_on_the_other_side_of_a_border_is_not_the_figures():
    a = _one("Cotonou, 11 juin 2025 (ABP) – L'armée a confirmé la mort de quinze militaires dans une attaque près "
             "du point triple, à la frontière avec le Niger et le Burkina Faso.\n")
    f = _figure(a, 15)
    assert f.place is not None and f.place.country == "BEN"


def test_people_who_sleep_outdoors_are_homeless():
    a = _one("Adré\n\nLe camp est saturé et quelque 9 000 personnes dorment encore à la belle étoile. Plus de 500 "
             "enfants vivent dans la rue à Bangui, selon l'Unicef.\n")
    assert (_figure(a, 9000).event, _figure(a, 9000).term) == ("homeless", "dorment encore à la belle étoile")
    assert _figure(a, 500).event == "homeless"


def test_learned_from_a_source_after_aupres_des_or_du():
    a = _one("Assamaka\n\nUn convoi de 1 247 migrants refoulés est arrivé dimanche, a appris l'ANP auprès des autorités "
             "communales. Plus de 200 maisons ont été incendiées, a appris l'AFP auprès du chef de village.\n")
    assert _figure(a, 1247).stated_by.mention == "autorités communales"
    assert _figure(a, 200).stated_by.mention == "chef de village"


def test_people_registered_after_people_displaced_are_those_people():
    a = _one("Karimama\n\nDes centaines d'habitants ont fui vers Malanville après l'attaque, a indiqué un élu local. "
             "Près de 1 900 personnes ont été enregistrées par les services sociaux de la mairie depuis mardi.\n\n"
             "« Nous avons recensé 310 ménages en deux jours », a précisé le maire.\n")
    assert (_figure(a, 1900).event, _figure(a, 1900).term) == ("fled", "enregistrées")
    assert (_figure(a, 310).event, _figure(a, 310).term) == ("fled", "recensé")
    b = _one("Marché de Kaya\n\nLa mairie a recensé 450 commerçants sur le marché.\n")
    assert _figure(b, 450).event is None  # no displacement before: a register of traders
