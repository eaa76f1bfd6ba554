"""Graded figures of nine French humanitarian bulletins and situation reports, written BLIND for these tests on
2026-12-07 (fourteenth session): an OCHA rapport de situation on Sudanese arrivals and Chadian returnees (Ouaddaï,
Tchad), a UNHCR mise à jour opérationnelle on Central African refugees and repatriation (Est, Cameroun -> RCA), an
IOM DTM rapport de suivi des déplacements (Nyunzu and Kalemie, Tanganyika, RDC), an OCHA bulletin humanitaire with
highlights (Haut-Mbomou and Vakaga, Centrafrique), a WASH cluster note on cholera (Uvira, Sud-Kivu, RDC), an NGO
point de situation (Téra, Tillabéri, Niger, with Burkinabè households across the border), a UNHCR weekly update on
voluntary repatriation (Tanzanie and RDC -> Burundi), an OCHA flash report on floods (Mayo-Danay, Cameroun) and a
food security cluster note (Lac, Tchad). Hard cases: key-figure lines ("Nouveaux arrivants (...) : 6 120",
"Ménages sinistrés : 7 550") and bullets beside the body that repeats them, sources named in another sentence
("selon la même source"), "dont" breakdowns, ménages beside personnes ("3 890 ménages, soit environ 27 200
personnes"), a range ("entre 5 000 et 6 000", graded by its low bound), cumulative since January against this
week's counts, returnees and repatriation across a border, numbers in words ("neuf civils", "une soixantaine",
"Dix autres personnes"), people assisted by clusters, money in USD, francs CFA and francs burundais, percentages,
hectares and livestock (NO_EVENT), and numbers that are no figure (report numbers, phone numbers, ages, years,
IPC phases, an epidemiological week, a clock time, centimetres).

Graded as the other sets: (file, value, event classes accepted, country or None when the text leaves it open,
source words accepted or None when no one is named in the figure's sentence or referred back to, {approx, counted,
term, when, unit}); ``approx`` one of over, at least, about, almost ("quelque", "environ", "une soixantaine" are
about; "près de" is almost; "plus de" is over); ``term`` the stems of the text's word; ``when`` the date the
figure's own sentence gives it, resolved from DATE; ``unit`` household where ménages are counted. A movement
between countries takes the country people reach. The first line is the title and is not graded; bullet points,
key-figure lines and heading lines count as text.

Written blind: the gold was set down before newsfacts ran on these texts. Read by tests/graded/grade.py and
tests/test_french_graded.py."""

DATE = "2025-09-12"  # a Friday: dimanche 2025-09-07, lundi 09-08, mardi 09-09, mercredi 09-10, jeudi 09-11

KILL = "tué|tuer|tue|mort|décès|décéd|vie|péri"
ARRIVED = ("arrived", "refugees", "fled")
BACK = ("repatriated", "returned", "arrived")
SHELTER = ("sheltered", "hosted", "in_camps", "displaced", "staying", "idps")
HCR = ("HCR",)
DISTRICT = ("district sanitaire",)
COUTUMIERES = ("autorités coutumières", "même source")
CMP = ("Commission mouvements de populations", "CMP")
ZONE = ("zone de santé",)
DREC = ("Direction régionale", "équipes", "ASS")
ADMIN = ("délégation départementale", "Administration territoriale")
CH = ("Cadre harmonisé",)
CLUSTER = ("partenaires", "cluster")

FIGURES = [
    # OCHA rapport de situation, Ouaddaï (Soudan -> Tchad), highlights, key figures, then the overview
    ("ocha-tchad-ouaddai-sitrep.txt", 9400, ARRIVED, "TCD", None, {"approx": "over", "counted": "réfugié", "term": "arriv", "when": "2025-09"}),
    ("ocha-tchad-ouaddai-sitrep.txt", 6120, ARRIVED, "TCD", None, {"counted": "arrivant", "term": "arriv", "when": "2025-09"}),
    ("ocha-tchad-ouaddai-sitrep.txt", 6120, ARRIVED, "TCD", HCR, {"counted": "personne", "term": "franchi", "when": "2025-09"}),
    ("ocha-tchad-ouaddai-sitrep.txt", 3480, ARRIVED, "TCD", HCR, {"counted": "enfant"}),
    ("ocha-tchad-ouaddai-sitrep.txt", 14000, SHELTER, "TCD", None, {"approx": "about", "term": "accueil"}),
    ("ocha-tchad-ouaddai-sitrep.txt", 12300, BACK, "TCD", ("autorités provinciales",), {"counted": "tchadien", "term": "retour"}),
    ("ocha-tchad-ouaddai-sitrep.txt", 318, "infected", "TCD", DISTRICT, {"counted": "cas"}),
    ("ocha-tchad-ouaddai-sitrep.txt", 7, "killed", "TCD", DISTRICT, {"term": KILL}),
    ("ocha-tchad-ouaddai-sitrep.txt", 22500, "aid", "TCD", None, {"counted": "personne", "term": "distribu"}),
    # HCR mise à jour opérationnelle, Est (Cameroun), with repatriation to the RCA
    ("hcr-cameroun-est-miseajour.txt", 289400, ("refugees", "hosted"), "CMR", None, {"counted": "réfugié", "term": "accueil|réfugi"}),
    ("hcr-cameroun-est-miseajour.txt", 1870, ARRIVED, "CMR", None, {"counted": "personne", "term": "arriv", "when": "2025-08"}),
    ("hcr-cameroun-est-miseajour.txt", 1870, ARRIVED, "CMR", None, {"counted": "personne", "term": "enregistr", "when": "2025-08"}),
    ("hcr-cameroun-est-miseajour.txt", 512, ARRIVED, "CMR", None, {"counted": "ménage", "unit": "household"}),
    ("hcr-cameroun-est-miseajour.txt", 60, ARRIVED, "CMR", ("Clarisse Ndongo", "Ndongo", "cheffe"), {"approx": "about", "counted": "enfant", "term": "arriv"}),
    ("hcr-cameroun-est-miseajour.txt", 438, ("repatriated", "returned", "departed"), "CAF", None, {"counted": "réfugié", "term": "quitt", "when": "2025-09-04"}),
    ("hcr-cameroun-est-miseajour.txt", 6945, ("repatriated", "returned"), "CAF", None, {"counted": "centrafricain", "term": "rentr"}),
    # OIM DTM, Nyunzu and Kalemie (Tanganyika, RDC)
    ("oim-dtm-tanganyika-deplacements.txt", 4215, ("displaced", "fled", "idps"), "COD", None, {"counted": "ménage", "term": "déplac", "unit": "household"}),
    ("oim-dtm-tanganyika-deplacements.txt", 21075, ("displaced", "fled", "idps"), "COD", None, {"counted": "personne", "term": "déplac"}),
    ("oim-dtm-tanganyika-deplacements.txt", 12400, SHELTER, "COD", None, {"approx": "about", "counted": "personne", "term": "viv|accueil"}),
    ("oim-dtm-tanganyika-deplacements.txt", 5000, SHELTER, "COD", None, {"counted": "personne", "term": "abrit"}),
    ("oim-dtm-tanganyika-deplacements.txt", 14, "killed", "COD", COUTUMIERES, {"counted": "personne", "term": KILL}),
    ("oim-dtm-tanganyika-deplacements.txt", 370, "destroyed", "COD", COUTUMIERES, {"approx": "at least", "counted": "maison", "term": "incendi"}),
    ("oim-dtm-tanganyika-deplacements.txt", 1380, ("returned",), "COD", None, {"counted": "ménage", "term": "retourn", "unit": "household"}),
    ("oim-dtm-tanganyika-deplacements.txt", 312600, ("idps", "displaced"), "COD", ("DTM", "évaluation"), {"counted": "personne", "term": "déplac"}),
    # OCHA bulletin humanitaire (Centrafrique)
    ("ocha-rca-bulletin-aout.txt", 18000, ("displaced", "idps", "fled"), "CAF", None, {"approx": "almost", "counted": "déplacé", "term": "déplac"}),
    ("ocha-rca-bulletin-aout.txt", 2400000, ("in_need",), "CAF", None, {"counted": "personne", "term": "besoin"}),
    ("ocha-rca-bulletin-aout.txt", 18000, ("displaced", "idps", "fled"), "CAF", CMP, {"approx": "almost", "counted": "personne", "term": "déplac"}),
    ("ocha-rca-bulletin-aout.txt", 11000, SHELTER, "CAF", None, {"approx": "about", "term": "refuge"}),
    ("ocha-rca-bulletin-aout.txt", 9, "killed", "CAF", ("sources hospitalières",), {"approx": "at least", "counted": "civil", "term": KILL}),
    ("ocha-rca-bulletin-aout.txt", 2600, ARRIVED, "CAF", None, {"counted": "réfugié", "term": "arriv"}),
    ("ocha-rca-bulletin-aout.txt", 700, ARRIVED, "CAF", None, {"approx": "about", "counted": "ménage", "unit": "household"}),
    ("ocha-rca-bulletin-aout.txt", 47300, "aid", "CAF", None, {"counted": "personne", "term": "reçu|assist"}),
    # Cluster WASH, cholera in Uvira (Sud-Kivu, RDC)
    ("cluster-wash-uvira-cholera.txt", 1146, "infected", "COD", ZONE, {"counted": "cas"}),
    ("cluster-wash-uvira-cholera.txt", 23, "killed", "COD", ZONE, {"term": KILL}),
    ("cluster-wash-uvira-cholera.txt", 187, "infected", "COD", None, {"counted": "cas", "when": "2025-08"}),
    ("cluster-wash-uvira-cholera.txt", 84500, "aid", "COD", CLUSTER, {"counted": "personne", "term": "approvisionn"}),
    ("cluster-wash-uvira-cholera.txt", 2140, "aid", "COD", None, {"counted": "ménage", "term": "désinfect", "unit": "household"}),
    ("cluster-wash-uvira-cholera.txt", 11000, "aid", "COD", None, {"approx": "over", "counted": "personne"}),
    ("cluster-wash-uvira-cholera.txt", 27000, SHELTER, "COD", None, {"approx": "about", "counted": "déplacé", "term": "héberg|déplac"}),
    ("cluster-wash-uvira-cholera.txt", 140000, ("in_need", "affected"), "COD", None, {"approx": "about", "counted": "habitant"}),
    # NGO point de situation, Téra (Tillabéri, Niger), with Burkinabè households across the border
    ("ong-niger-tera-point.txt", 17, "killed", "NER", ("Boubacar Issaka", "Issaka", "maire"), {"term": KILL, "when": "2025-09-08"}),
    ("ong-niger-tera-point.txt", 10, ("injured", "evacuated"), "NER", None, {"counted": "personne", "term": "bless|évacu"}),
    ("ong-niger-tera-point.txt", 3890, ("displaced", "idps", "fled"), "NER", DREC, {"counted": "ménage", "term": "déplac|enregistr", "unit": "household"}),
    ("ong-niger-tera-point.txt", 27200, ("displaced", "idps", "fled"), "NER", DREC, {"approx": "about", "counted": "personne", "term": "déplac|enregistr"}),
    ("ong-niger-tera-point.txt", 412, ARRIVED, "NER", None, {"counted": "ménage", "term": "travers|ajout", "unit": "household"}),
    ("ong-niger-tera-point.txt", 1500, ("returned",), "NER", None, {"approx": "almost", "counted": "personne", "term": "regagn"}),
    ("ong-niger-tera-point.txt", 1100, ("homeless", "staying", "sheltered"), "NER", None, {"approx": "about", "counted": "ménage", "term": "dorm", "unit": "household"}),
    ("ong-niger-tera-point.txt", 1250, "aid", "NER", None, {"counted": "ménage", "term": "distribu", "unit": "household"}),
    # HCR weekly update, voluntary repatriation (Tanzanie, RDC -> Burundi)
    ("hcr-burundi-rapatriement-hebdo.txt", 1284, BACK, "BDI", None, {"counted": "rapatri", "term": "accueil|rapatri"}),
    ("hcr-burundi-rapatriement-hebdo.txt", 19730, BACK, "BDI", None, {"counted": "rapatri", "term": "rapatri", "when": "2025"}),
    ("hcr-burundi-rapatriement-hebdo.txt", 17105, BACK, "BDI", None, {"term": "rapatri|provenance"}),
    ("hcr-burundi-rapatriement-hebdo.txt", 218000, BACK, "BDI", None, {"approx": "over", "counted": "burundais", "term": "rapatri"}),
    ("hcr-burundi-rapatriement-hebdo.txt", 1052, BACK, "BDI", None, {"counted": "personne", "term": "arriv"}),
    ("hcr-burundi-rapatriement-hebdo.txt", 287, BACK, "BDI", None, {"counted": "ménage", "unit": "household"}),
    ("hcr-burundi-rapatriement-hebdo.txt", 232, BACK, "BDI", None, {"counted": "réfugié", "term": "ramen", "when": "2025-09-11"}),
    # OCHA rapport flash, floods in the Mayo-Danay (Cameroun)
    ("ocha-cameroun-mayo-danay-flash.txt", 45300, "affected", "CMR", None, {"counted": "personne", "term": "sinistr"}),
    ("ocha-cameroun-mayo-danay-flash.txt", 7550, "affected", "CMR", None, {"counted": "ménage", "term": "sinistr", "unit": "household"}),
    ("ocha-cameroun-mayo-danay-flash.txt", 6, "killed", "CMR", None, {"term": KILL}),
    ("ocha-cameroun-mayo-danay-flash.txt", 6, "killed", "CMR", ADMIN, {"counted": "personne", "term": KILL}),
    ("ocha-cameroun-mayo-danay-flash.txt", 4, "killed", "CMR", ADMIN, {"counted": "enfant"}),
    ("ocha-cameroun-mayo-danay-flash.txt", 2, "missing", "CMR", ADMIN, {"counted": "pêcheur", "term": "disparu"}),
    ("ocha-cameroun-mayo-danay-flash.txt", 1900, ("relocated", "sheltered", "in_camps", "evacuated"), "CMR", None, {"approx": "about", "counted": "ménage", "term": "reloge|relogé", "unit": "household"}),
    ("ocha-cameroun-mayo-danay-flash.txt", 11400, ("relocated", "sheltered", "in_camps", "evacuated"), "CMR", None, {"counted": "personne", "term": "reloge|relogé"}),
    # Cluster Sécurité alimentaire, Lac (Tchad)
    ("cluster-secal-tchad-lac.txt", 3300000, ("in_need",), "TCD", CH, {"counted": "personne"}),
    ("cluster-secal-tchad-lac.txt", 412000, ("in_need",), "TCD", CH),
    ("cluster-secal-tchad-lac.txt", 248000, ("idps", "displaced"), "TCD", ("DTM",), {"counted": "déplacé", "term": "déplac"}),
    ("cluster-secal-tchad-lac.txt", 6500, ("fled", "displaced", "departed", "moved"), "TCD", None, {"approx": "about", "counted": "personne", "term": "pouss"}),
    ("cluster-secal-tchad-lac.txt", 286400, "aid", "TCD", CLUSTER, {"counted": "personne", "term": "assist", "when": "2025-08-31"}),
    ("cluster-secal-tchad-lac.txt", 198000, "aid", "TCD", None, {"term": "reçu|distribu"}),
    ("cluster-secal-tchad-lac.txt", 128600, ("in_need",), "TCD", None, {"approx": "about", "counted": "personne"}),
]

# Numbers of no one's plight: money, percentages, a site's capacity, localities, villages, schools, consultations,
# birth certificates, latrines, houses built, hectares, livestock, supplies for cases, a target.
NO_EVENT = [
    ("ocha-tchad-ouaddai-sitrep.txt", 21, {"unit": "percent"}),
    ("ocha-tchad-ouaddai-sitrep.txt", 70, {"unit": "percent"}),
    ("ocha-tchad-ouaddai-sitrep.txt", 5000),
    ("ocha-tchad-ouaddai-sitrep.txt", 1450000000, {"unit": "USD"}),
    ("ocha-tchad-ouaddai-sitrep.txt", 304000000, {"unit": "USD"}),
    ("hcr-cameroun-est-miseajour.txt", 72, {"unit": "percent"}),
    ("hcr-cameroun-est-miseajour.txt", 38, {"unit": "percent"}),
    ("hcr-cameroun-est-miseajour.txt", 94200000, {"unit": "USD"}),
    ("hcr-cameroun-est-miseajour.txt", 150, {"unit": "USD"}),
    ("hcr-cameroun-est-miseajour.txt", 3210),
    ("hcr-cameroun-est-miseajour.txt", 35800000, {"unit": "USD"}),
    ("oim-dtm-tanganyika-deplacements.txt", 46),
    ("oim-dtm-tanganyika-deplacements.txt", 63, {"unit": "percent"}),
    ("oim-dtm-tanganyika-deplacements.txt", 11),
    ("oim-dtm-tanganyika-deplacements.txt", 81, {"unit": "percent"}),
    ("oim-dtm-tanganyika-deplacements.txt", 74, {"unit": "percent"}),
    ("oim-dtm-tanganyika-deplacements.txt", 58, {"unit": "percent"}),
    ("ocha-rca-bulletin-aout.txt", 29, {"unit": "percent"}),
    ("ocha-rca-bulletin-aout.txt", 34),
    ("ocha-rca-bulletin-aout.txt", 8900),
    ("ocha-rca-bulletin-aout.txt", 326000000, {"unit": "USD"}),
    ("ocha-rca-bulletin-aout.txt", 94500000, {"unit": "USD"}),
    ("cluster-wash-uvira-cholera.txt", 32, {"unit": "percent"}),
    ("cluster-wash-uvira-cholera.txt", 60, {"unit": "percent"}),
    ("cluster-wash-uvira-cholera.txt", 96),
    ("cluster-wash-uvira-cholera.txt", 2300000, {"unit": "USD"}),
    ("cluster-wash-uvira-cholera.txt", 40, {"unit": "percent"}),
    ("ong-niger-tera-point.txt", 80, {"unit": "percent"}),
    ("ong-niger-tera-point.txt", 23),
    ("ong-niger-tera-point.txt", 45000, {"unit": "XOF"}),
    ("ong-niger-tera-point.txt", 2310),
    ("hcr-burundi-rapatriement-hebdo.txt", 75000, {"unit": "BIF"}),
    ("hcr-burundi-rapatriement-hebdo.txt", 60, {"unit": "percent"}),
    ("hcr-burundi-rapatriement-hebdo.txt", 146),
    ("hcr-burundi-rapatriement-hebdo.txt", 24, {"unit": "percent"}),
    ("hcr-burundi-rapatriement-hebdo.txt", 57600000, {"unit": "USD"}),
    ("ocha-cameroun-mayo-danay-flash.txt", 37),
    ("ocha-cameroun-mayo-danay-flash.txt", 12400, {"unit": "hectare"}),
    ("ocha-cameroun-mayo-danay-flash.txt", 14),
    ("ocha-cameroun-mayo-danay-flash.txt", 2000),
    ("ocha-cameroun-mayo-danay-flash.txt", 5000),
    ("ocha-cameroun-mayo-danay-flash.txt", 4800000, {"unit": "USD"}),
    ("cluster-secal-tchad-lac.txt", 69, {"unit": "percent"}),
    ("cluster-secal-tchad-lac.txt", 415000),
    ("cluster-secal-tchad-lac.txt", 30000, {"unit": "XOF"}),
    ("cluster-secal-tchad-lac.txt", 41000000, {"unit": "USD"}),
    ("cluster-secal-tchad-lac.txt", 112000000, {"unit": "USD"}),
    ("cluster-secal-tchad-lac.txt", 37, {"unit": "percent"}),
]

# A report number, phone numbers, years, ages, days of walking, IPC phases, an epidemiological week, a
# clock time, centimetres, a distance.
NO_FIGURE = [
    ("ocha-tchad-ouaddai-sitrep.txt", 14),
    ("ocha-tchad-ouaddai-sitrep.txt", 235),
    ("ocha-tchad-ouaddai-sitrep.txt", 2000),
    ("hcr-cameroun-est-miseajour.txt", 4),
    ("hcr-cameroun-est-miseajour.txt", 5),
    ("ocha-rca-bulletin-aout.txt", 236),
    ("ocha-rca-bulletin-aout.txt", 6),
    ("cluster-wash-uvira-cholera.txt", 35),
    ("cluster-wash-uvira-cholera.txt", 243),
    ("ong-niger-tera-point.txt", 227),
    ("hcr-burundi-rapatriement-hebdo.txt", 18),
    ("hcr-burundi-rapatriement-hebdo.txt", 2017),
    ("ocha-cameroun-mayo-danay-flash.txt", 10),
    ("ocha-cameroun-mayo-danay-flash.txt", 15),
    ("cluster-secal-tchad-lac.txt", 3),
    ("cluster-secal-tchad-lac.txt", 5),
    ("cluster-secal-tchad-lac.txt", 10),
    ("cluster-secal-tchad-lac.txt", 18),
]
