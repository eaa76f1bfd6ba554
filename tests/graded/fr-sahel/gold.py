"""Graded figures of ten French press-agency dispatches on conflict and displacement in the Sahel and the Lake Chad
basin (the fr-sahel set, written blind by the fr-sahel helper in the fourteenth session, 2026-12-07: texts and
gold set down before newsfacts ran on them): an AFP dispatch on a massacre in a Yagha village (Burkina Faso), a
Reuters dispatch on Malians crossing into Mauritania and a fuel convoy attacked near Nara (Mali), an ANP dispatch
on an army communiqué after an attack near Ouallam, with households fleeing to the chef-lieu (Niger), an AFP
dispatch on women abducted near a displacement camp in Gwoza (Borno, Nigeria), an Alwihda dispatch on fishermen
killed on an island near Ngouboua (Lac, Tchad), a local paper's story of an attack near Kolofata with arrivals at
Minawao (Extrême-Nord, Cameroun), an APA dispatch on Nigerian refugees arriving in Bosso (Diffa, Niger), an AIB
dispatch on a ministry communiqué announcing returns in the Gourma (Burkina Faso), an AFP dispatch on an Ocha
briefing in Geneva on the central Sahel (several countries in one text) and a Reuters dispatch on a disputed toll
in Geidam (Yobe, Nigeria). Hard cases: datelines ("OUAGADOUGOU, 20 novembre 2025 (AFP) -"), sources in another
sentence ("a ajouté cette source", "selon la même source", "a-t-il ajouté"), "dont" breakdowns, ménages beside
personnes ("650 ménages, soit environ 4 500 personnes"), a range ("Entre 20 et 25", "de 3 000 à 4 000", graded by
its low bound), cumulative against new counts ("Ces arrivées portent à plus de 310 000"), movements between
countries (a movement takes the country people reach: Mauritania for Malians crossing, Niger for Nigerians
arriving in Bosso), conflicting tolls (residents against the police), numbers in words ("une quarantaine", "une
quinzaine", "une trentaine"), money, percentages, tonnes, kilogrammes, kilometres, schools and communes
(NO_EVENT), and numbers that are no figure (dateline days, years, ages, times, an emergency phone number).

Format as tests/graded/fr-bulletins/gold.py: (file, value, event classes accepted, country or None when the text
leaves it open, source words accepted or None when no one is named in the figure's sentence or referred back to,
{approx, counted, term, when, unit}); ``approx`` one of over, at least, about, almost ("quelque", "environ", "une
trentaine" are about; "près de" is almost; "plus de" is over; "au moins" is at least); ``term`` the stems of the
text's word; ``when`` the date the figure's own sentence gives it, resolved from DATE; ``unit`` household where
ménages are counted. The first line is the title and is not graded.

Blind run (gold written first, then the tool run once, fr-sahel branch at 27ce874): found 69/70, event 58, category 58,
country 66, source 66, approx 27/29, counted 56/60, term 46/59, when 14/15, unit 4/4, no event 24/26, unit (no event)
9/9, source (no event) 1/1, no figure 16/18; all right 52/70."""

DATE = "2025-11-21"  # a Friday: jeudi 2025-11-20, mercredi 11-19, mardi 11-18, lundi 11-17, dimanche 11-16, samedi 11-15

KILL = "tué|tuer|tue|mort|abattu|neutralis"
FLED = ("fled", "displaced", "departed")
ARRIVED = ("arrived", "fled", "displaced", "refugees")
SHELTER = ("sheltered", "hosted", "in_camps", "displaced", "staying", "idps")
INJURED = ("injured", "evacuated", "hospitalized")
YAGHA_SEC = ("source sécuritaire", "cette source")
NARA_SEC = ("source sécuritaire", "même source")
HCR = ("HCR", "Haut-Commissariat", "agence onusienne", "Olivier Béranger")
OUALLAM_COM = ("communiqué", "ministère", "Issa Dan Baba", "texte")
PREFET = ("Abdou Garba", "préfet")
KOLO = ("Babagana Kolo", "Kolo", "responsable")
DTM = ("DTM", "OIM", "Matrice", "Organisation internationale")
MAIRE = ("Oumarou Bakari", "maire")
CNE = ("CNE", "Commission nationale")
HCR_DIFFA = ("HCR", "agence", "Aïcha Traoré-Benali")
GOUV_DIFFA = ("Moussa Hamidine", "gouverneur")
MINISTERE = ("ministère", "communiqué")
OCHA = ("Ocha", "agence", "Marta Lindqvist")
POLICE = ("Yusuf Garba Lawan", "porte-parole", "police")
HOPITAL = ("responsable", "hôpital")

FIGURES = [
    # AFP, Kouri-Bangou (Yagha, Burkina Faso)
    ("afp-burkina-yagha-attaque.txt", 40, "killed", "BFA", ("sources locales", "sécuritaires", "AFP"), {"approx": "about", "counted": "civil", "term": KILL, "when": "2025-11-19"}),
    ("afp-burkina-yagha-attaque.txt", 38, "killed", "BFA", ("habitant",), {"counted": "corps", "term": "enterr", "when": "2025-11-20"}),
    ("afp-burkina-yagha-attaque.txt", 41, "killed", "BFA", YAGHA_SEC, {"term": "mort"}),
    ("afp-burkina-yagha-attaque.txt", 9, "killed", "BFA", YAGHA_SEC, {"counted": "femme"}),
    ("afp-burkina-yagha-attaque.txt", 6, "killed", "BFA", YAGHA_SEC, {"counted": "enfant"}),
    ("afp-burkina-yagha-attaque.txt", 15, INJURED, "BFA", YAGHA_SEC, {"approx": "about", "counted": "blessé", "term": "bless|évacu"}),
    ("afp-burkina-yagha-attaque.txt", 20, "destroyed", "BFA", None, {"approx": "about", "counted": "boutique", "term": "incendi"}),
    ("afp-burkina-yagha-attaque.txt", 3200, FLED, "BFA", ("responsable", "action humanitaire"), {"approx": "over", "counted": "personne", "term": "fui"}),
    # Reuters, Nara (Mali) and Mbera (Mauritania)
    ("reuters-mali-nara-mauritanie.txt", 4800, ARRIVED, "MRT", HCR, {"approx": "almost", "counted": "malien", "term": "franch|fui|fuir", "when": "2025-11"}),
    ("reuters-mali-nara-mauritanie.txt", 310000, ("refugees", "hosted", "in_camps", "sheltered"), "MRT", HCR, {"approx": "over", "counted": "réfugié", "term": "accueil"}),
    ("reuters-mali-nara-mauritanie.txt", 17, "killed", "MLI", NARA_SEC, {"approx": "at least", "counted": "personne", "term": KILL, "when": "2025-11-15"}),
    ("reuters-mali-nara-mauritanie.txt", 4, "killed", "MLI", NARA_SEC, {"counted": "commerçant"}),
    ("reuters-mali-nara-mauritanie.txt", 11, "abducted", "MLI", NARA_SEC, {"counted": "chauffeur", "term": "enlev"}),
    ("reuters-mali-nara-mauritanie.txt", 30, "destroyed", "MLI", NARA_SEC, {"approx": "about", "counted": "véhicule", "term": "incendi"}),
    ("reuters-mali-nara-mauritanie.txt", 20, "killed", "MLI", ("armée", "communiqué"), {"approx": "about", "counted": "assaillant", "term": "neutralis", "when": "2025-11-17"}),
    # ANP, Ouallam (Tillabéri, Niger)
    ("anp-niger-ouallam-communique.txt", 50, "killed", "NER", OUALLAM_COM, {"approx": "over", "counted": "terroriste", "term": "neutralis"}),
    ("anp-niger-ouallam-communique.txt", 6, "killed", "NER", OUALLAM_COM, {"term": "mort"}),
    ("anp-niger-ouallam-communique.txt", 13, INJURED, "NER", OUALLAM_COM, {"term": "bless"}),
    ("anp-niger-ouallam-communique.txt", 650, FLED + ("arrived",), "NER", PREFET, {"counted": "ménage", "term": "quitt", "when": "2025-11", "unit": "household"}),
    ("anp-niger-ouallam-communique.txt", 4500, FLED + ("arrived",), "NER", PREFET, {"approx": "about", "counted": "personne", "term": "quitt", "when": "2025-11"}),
    ("anp-niger-ouallam-communique.txt", 2800, "aid", "NER", ("PAM", "Programme alimentaire", "bureau"), {"counted": "déplacé", "term": "distribu", "when": "2025-11-14"}),
    ("anp-niger-ouallam-communique.txt", 130000, SHELTER, "NER", ("Direction régionale", "état civil"), {"approx": "about", "counted": "personne", "term": "abrit|déplac"}),
    # AFP, Gwoza (Borno, Nigeria)
    ("afp-nigeria-gwoza-enlevement.txt", 30, "abducted", "NGA", ("chef de milice", "habitants", "AFP"), {"approx": "about", "counted": "femme", "term": "enlev"}),
    ("afp-nigeria-gwoza-enlevement.txt", 40000, SHELTER + ("fled",), "NGA", None, {"approx": "over", "counted": "personne", "term": "accueil|fui"}),
    ("afp-nigeria-gwoza-enlevement.txt", 32, "abducted", "NGA", KOLO, {"counted": "femme", "term": "emmen"}),
    ("afp-nigeria-gwoza-enlevement.txt", 2, "abducted", "NGA", KOLO, {"counted": "adolescente", "term": "emmen"}),
    ("afp-nigeria-gwoza-enlevement.txt", 3, "killed", "NGA", KOLO, {"counted": "homme", "term": "abattu"}),
    ("afp-nigeria-gwoza-enlevement.txt", 40000, "killed", "NGA", ("Nations unies",), {"approx": "over", "term": "mort"}),
    ("afp-nigeria-gwoza-enlevement.txt", 160000, ("resettled", "returned", "relocated"), "NGA", ("autorités locales",), {"approx": "over", "counted": "personne", "term": "réinstall"}),
    # Alwihda, Ngouboua (Lac, Tchad)
    ("alwihda-lac-ngouboua-pecheurs.txt", 9, "killed", "TCD", ("sources administratives",), {"counted": "pêcheur", "term": KILL}),
    ("alwihda-lac-ngouboua-pecheurs.txt", 4, "missing", "TCD", ("sources administratives",), {"term": "dispar"}),
    ("alwihda-lac-ngouboua-pecheurs.txt", 2, INJURED, "TCD", ("source médicale",), {"counted": "blessé", "term": "bless|évacu"}),
    ("alwihda-lac-ngouboua-pecheurs.txt", 1200, ARRIVED, "TCD", ("Abakar Moussa", "chef de canton"), {"approx": "almost", "counted": "personne", "term": "arriv"}),
    ("alwihda-lac-ngouboua-pecheurs.txt", 221500, ("idps", "displaced"), "TCD", DTM, {"counted": "personne", "term": "déplac"}),
    ("alwihda-lac-ngouboua-pecheurs.txt", 19000, ("refugees", "in_camps", "hosted", "staying"), "TCD", None, {"approx": "about", "counted": "réfugié"}),
    ("alwihda-lac-ngouboua-pecheurs.txt", 40, "killed", "TCD", None, {"approx": "about", "counted": "soldat", "term": KILL, "when": "2024-10"}),
    # Local paper, Gouderi near Kolofata (Extrême-Nord, Cameroun)
    ("oeil-kolofata-gouderi.txt", 5, "killed", "CMR", None, {"counted": "mort|homme", "term": "mort"}),
    ("oeil-kolofata-gouderi.txt", 12, "destroyed", "CMR", MAIRE, {"approx": "about", "counted": "case", "term": "incendi"}),
    ("oeil-kolofata-gouderi.txt", 2, "abducted", "CMR", MAIRE, {"counted": "fille", "term": "enlev"}),
    ("oeil-kolofata-gouderi.txt", 78, FLED, "CMR", ("chef de village",), {"counted": "ménage", "term": "quitt", "when": "2025", "unit": "household"}),
    ("oeil-kolofata-gouderi.txt", 63000, ("idps", "displaced"), "CMR", DTM, {"approx": "about", "counted": "déplacé", "term": "déplac|dénombr"}),
    ("oeil-kolofata-gouderi.txt", 78000, ("hosted", "in_camps", "refugees", "sheltered"), "CMR", ("HCR", "Haut-Commissariat"), {"approx": "over", "term": "héberg"}),
    ("oeil-kolofata-gouderi.txt", 1350, ("arrived", "refugees"), "CMR", ("HCR", "Haut-Commissariat"), {"counted": "arrivant", "term": "enregistr|arriv", "when": "2025-10"}),
    # APA, Bosso (Diffa, Niger)
    ("apa-niger-diffa-refugies.txt", 2600, ARRIVED, "NER", ("sources humanitaires", "APA"), {"approx": "over", "counted": "réfugié", "term": "arriv"}),
    ("apa-niger-diffa-refugies.txt", 540, ARRIVED + ("sheltered", "hosted"), "NER", CNE, {"counted": "ménage", "unit": "household"}),
    ("apa-niger-diffa-refugies.txt", 1480, ARRIVED + ("sheltered", "hosted"), "NER", CNE, {"counted": "enfant"}),
    ("apa-niger-diffa-refugies.txt", 3000, "returned", "NER", GOUV_DIFFA, {"approx": "about", "counted": "nigérien|déplacé", "term": "rentr", "when": "2025-08"}),
    ("apa-niger-diffa-refugies.txt", 4, "killed", "NER", GOUV_DIFFA, {"counted": "civil", "term": KILL, "when": "2025-11-09"}),
    ("apa-niger-diffa-refugies.txt", 267400, ("hosted", "refugees", "displaced", "idps", "affected"), "NER", HCR_DIFFA, {"counted": "personne", "term": "accueil"}),
    ("apa-niger-diffa-refugies.txt", 134000, ("refugees", "hosted"), "NER", HCR_DIFFA, {"counted": "réfugié"}),
    # AIB, Gourma (Burkina Faso)
    ("aib-burkina-gourma-retours.txt", 14380, "returned", "BFA", MINISTERE, {"counted": "personne|déplacé", "term": "regagn"}),
    ("aib-burkina-gourma-retours.txt", 2215, "returned", "BFA", MINISTERE, {"counted": "ménage", "term": "retour", "unit": "household"}),
    ("aib-burkina-gourma-retours.txt", 1100000, "returned", "BFA", MINISTERE, {"approx": "over", "counted": "personne", "term": "retourn"}),
    ("aib-burkina-gourma-retours.txt", 373, "aid", "BFA", MINISTERE, {"counted": "personne", "term": "bénéfici|prise en charge"}),
    ("aib-burkina-gourma-retours.txt", 121, "aid", "BFA", MINISTERE, {"counted": "enfant"}),
    ("aib-burkina-gourma-retours.txt", 2062534, ("idps", "displaced"), "BFA", ("Conasur", "Conseil national"), {"term": "déplac|dénombr", "when": "2023-03"}),
    # AFP, Ocha briefing in Geneva (central Sahel)
    ("afp-geneve-sahel-ocha.txt", 4300000, ("displaced", "fled", "idps"), None, ("ONU",), {"counted": "personne", "term": "fuir"}),
    ("afp-geneve-sahel-ocha.txt", 2000000, ("idps", "displaced"), "BFA", OCHA, {"approx": "about", "counted": "déplacé", "term": "déplac"}),
    ("afp-geneve-sahel-ocha.txt", 507000, ("idps", "displaced"), "NER", OCHA, {"counted": "déplacé"}),
    ("afp-geneve-sahel-ocha.txt", 402000, ("idps", "displaced"), "MLI", OCHA, {"counted": "déplacé"}),
    ("afp-geneve-sahel-ocha.txt", 65000, ("arrived", "refugees", "fled"), None, ("HCR", "Clarisse Ndoye", "porte-parole"), {"approx": "about", "counted": "arrivée", "term": "enregistr|arriv"}),
    ("afp-geneve-sahel-ocha.txt", 70000, ("hosted", "refugees", "sheltered"), "CIV", None, {"approx": "almost", "term": "héberg"}),
    # Reuters, Geidam (Yobe, Nigeria)
    ("reuters-nigeria-yobe-bilan.txt", 20, "killed", "NGA", ("habitants", "Reuters"), {"counted": "personne", "term": KILL, "when": "2025-11-17"}),
    ("reuters-nigeria-yobe-bilan.txt", 8, "killed", "NGA", POLICE, {"term": "mort"}),
    ("reuters-nigeria-yobe-bilan.txt", 14, "injured", "NGA", POLICE, {"term": "bless"}),
    ("reuters-nigeria-yobe-bilan.txt", 23, "killed", "NGA", ("Bukar Mustapha", "commerçant"), {"counted": "corps", "term": "compt|corps"}),
    ("reuters-nigeria-yobe-bilan.txt", 31, ("injured", "hospitalized"), "NGA", HOPITAL, {"counted": "blessé", "term": "reç|bless"}),
    ("reuters-nigeria-yobe-bilan.txt", 11, ("injured", "hospitalized"), "NGA", HOPITAL, {"counted": "enfant"}),
    ("reuters-nigeria-yobe-bilan.txt", 3000, FLED, "NGA", ("NEMA", "Agence nationale"), {"counted": "habitant", "term": "quitt"}),
    ("reuters-nigeria-yobe-bilan.txt", 2300000, ("idps", "displaced"), "NGA", DTM, {"approx": "over", "counted": "déplacé", "term": "déplac"}),
]

# Numbers that are no figure of people's plight: a rate, a share, schools, motorbikes, tonnes, kilogrammes,
# kilometres, a vigilance committee's members, a camp's capacity, communes, money.
NO_EVENT = [
    ("reuters-mali-nara-mauritanie.txt", 10),
    ("reuters-mali-nara-mauritanie.txt", 300),
    ("reuters-mali-nara-mauritanie.txt", 85, {"unit": "percent"}),
    ("reuters-mali-nara-mauritanie.txt", 1700),
    ("anp-niger-ouallam-communique.txt", 10),
    ("anp-niger-ouallam-communique.txt", 12, {"unit": "tonne"}),
    ("afp-nigeria-gwoza-enlevement.txt", 5),
    ("alwihda-lac-ngouboua-pecheurs.txt", 3),
    ("alwihda-lac-ngouboua-pecheurs.txt", 10),
    ("oeil-kolofata-gouderi.txt", 15),
    ("oeil-kolofata-gouderi.txt", 25),
    ("oeil-kolofata-gouderi.txt", 15000),
    ("apa-niger-diffa-refugies.txt", 4200000, {"unit": "USD", "source": ("HCR", "Aïcha Traoré-Benali", "représentante")}),
    ("apa-niger-diffa-refugies.txt", 14.2, {"unit": "percent"}),
    ("apa-niger-diffa-refugies.txt", 15, {"unit": "percent"}),
    ("aib-burkina-gourma-retours.txt", 10),
    ("aib-burkina-gourma-retours.txt", 100),
    ("aib-burkina-gourma-retours.txt", 50000, {"unit": "XOF"}),
    ("aib-burkina-gourma-retours.txt", 46),
    ("aib-burkina-gourma-retours.txt", 19),
    ("afp-geneve-sahel-ocha.txt", 30, {"unit": "percent"}),
    ("afp-geneve-sahel-ocha.txt", 8400),
    ("afp-geneve-sahel-ocha.txt", 2100000000, {"unit": "USD"}),
    ("afp-geneve-sahel-ocha.txt", 612000000, {"unit": "USD"}),
    ("reuters-nigeria-yobe-bilan.txt", 175),
    ("reuters-nigeria-yobe-bilan.txt", 3),
]

# Dateline days, years, ages, times of day, an emergency phone number: no figures.
NO_FIGURE = [
    ("afp-burkina-yagha-attaque.txt", 2025),
    ("anp-niger-ouallam-communique.txt", 19),
    ("anp-niger-ouallam-communique.txt", 14),
    ("afp-nigeria-gwoza-enlevement.txt", 21),
    ("afp-nigeria-gwoza-enlevement.txt", 2009),
    ("afp-nigeria-gwoza-enlevement.txt", 2023),
    ("alwihda-lac-ngouboua-pecheurs.txt", 18),
    ("alwihda-lac-ngouboua-pecheurs.txt", 2024),
    ("oeil-kolofata-gouderi.txt", 14),
    ("oeil-kolofata-gouderi.txt", 16),
    ("apa-niger-diffa-refugies.txt", 18),
    ("apa-niger-diffa-refugies.txt", 9),
    ("aib-burkina-gourma-retours.txt", 17),
    ("aib-burkina-gourma-retours.txt", 2023),
    ("afp-geneve-sahel-ocha.txt", 21),
    ("afp-geneve-sahel-ocha.txt", 2022),
    ("reuters-nigeria-yobe-bilan.txt", 112),
    ("reuters-nigeria-yobe-bilan.txt", 2016),
]
