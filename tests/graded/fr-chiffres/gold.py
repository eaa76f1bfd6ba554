"""Graded figures of ten French texts that state their figures as key-figure blocks, dashboards and fact boxes
rather than sentences, written for these tests (fr22 helper): an OCHA overview of the Central African Republic with a
"Chiffres clés" block ("2,8 M personnes dans le besoin", "Financement reçu : 38 %"), a UNHCR fact sheet on eastern
Chad with "EN CHIFFRES" lines and a province table in "|" cells, an IOM DTM dashboard for Mali (bullets, "96 k
retournés", a "PDI par région" list, narrow no-break spaces as thousands separators), a UNICEF appeal for Niger
("dont 2,6 millions d'enfants", "Traitement de la malnutrition aiguë sévère : 415 000 enfants"), a WFP country brief
for Haiti ("En chiffres" with IPC phases), a Le Monde Afrique style story on Djibo with a "Repères" box ("2 062 534 :
le nombre de personnes déplacées internes ..."), an OCHA update for the Kivus whose key figures put the number on one
line and its label on the next ("7,8 M" / "personnes déplacées internes en RDC"), an OCHA dashboard for Cameroon
("Personnes déplacées internes : 452 800"), an NGO appeal page for the central Sahel and a Niger flood toll with a
region table whose columns name the events.

Layout as tests/graded/en-keyfigures/gold.py and tests/graded/fr-conflits/gold.py: (file, value, event classes
accepted, ISO3 country or None, source words accepted or None, {approx, counted, term, when, unit}); counted and term
are French stems. A source is graded only where the figure's own line or sentence names one ("selon l'OIM"): a
"Source : OCHA, DTM" line closing a block is not graded as the block's source. A table cell takes the event of its
column's header, a bullet the verb of its own line, a label line the event its words name, a number alone on a line
the event of the label on the next. The first line of each text is its title, not graded.

Classes: "personnes dans le besoin", "ayant besoin d'une aide", "en situation d'insécurité alimentaire", "en phase
d'urgence" in_need; "personnes ciblées", "à atteindre" (planned aid) aid or in_need; "assistées", "ont eu accès à
l'eau", "ont reçu", kits and tonnes "distribués", children treated for malnutrition aid; "déplacées internes", "PDI"
idps (or displaced); "réfugiés" refugees (or hosted, in_camps, arrived); "retournés" returned; "relocalisés"
relocated; "nouveaux arrivants", "arrivés" arrived; "sinistrés", "touchées" affected; "maisons effondrées",
"détruit" destroyed; "endommagé" damaged; "décès", "mortes", "tués" killed; "cas suspects" infected; "admis",
"hospitalisés" hospitalized (or aid); a vaccination target vaccinated. A movement over several countries takes no
country. Numbers that are a figure of no event: money ($US, dollars, euros), percentages, sites, localities,
latrines, classrooms and schools closed, livestock, protection incidents, a town's population before the crisis,
tonnes needed (not delivered), the people a donation would serve. Numbers that are no figure: years, days of dates,
IPC phase numbers, an update's number.

Written blind: the gold was set down before newsfacts ran on these texts.
Blind score (newsfacts at main c248974, run once after the gold above was committed, before any change): found
67/90, event 38, category 40, country 67, source 65, approx 6/6, counted 44/67, term 35/89, when 6/6, unit 6/6, no
event 22/22, unit (no event) 6/11, no figure 24/27, all right 35/90. No figure was read from "Label : N" lines
(Cameroon, the DTM's regions, UNICEF's targets), nor from the "|" lines and table of the Chad fact sheet; the Niger
table's cells and its "Personnes sinistrées : 412 350" lines had no event; "personnes ciblées", "à atteindre" and
the Repères box's "N : le nombre de ..." took none.
Tuned on by fr22 (mechanisms ported from the English key figures, segment/lines.py and analyse/figures/keylines.py):
figure lines with French numbers (thousands apart by a space, a no-break or a narrow no-break space; "M", "k", "Mrd",
"millions"; "%", "$US", "€" after the number; "plus de", "près de", "environ" before it) stay in the article's text;
a label or a table's column header that names an event gives a French figure its event, read by the French
vocabulary (a participle after the label's first word before that word: "Réfugiés relocalisés vers les camps"); a
row of two cells takes its first cell as the label where it names an event ("Retournés tchadiens | 268 300");
"IPC" numbers a phase: found 87, event 70, category 71, country 87, source 85, approx 6/6, counted 61/67, term 67/89,
when 6/6, unit 6/6, no event 22/22, unit (no event) 11/11, no figure 27/27, all right 67/90. Left: "personnes
ciblées", "à atteindre" (planned aid, no class); the DTM's "Mopti : 129 400" lines under "PDI par région" (the
heading names the event, the label a place); "Label : 415 000 enfants" lines (a noun after the figure) not read as
figure lines; the Repères box's "N : le nombre de ..."; "ont enregistré 2 140 ménages" after the table; "ménages
sinistrés ont reçu des vivres" read affected; "ont reçu des transferts monétaires" read hosted; "ont eu accès à l'eau".
"""

BLIND = {"all right": 35, "found": 67, "event": 38, "category": 40, "country": 67, "source": 65}
TUNED = {"all right": 67, "found": 87, "event": 70, "category": 71, "country": 87, "source": 85}

DATE = "2025-11-20"  # a Thursday: "mardi" 2025-11-18; "la semaine dernière" ISO week 46 (2025-11-10/2025-11-16)

KILL = "mort|décè|tué|tu"
PEOPLE = "personne"
NEED = ("in_need", "at_risk")
TARGET = ("aid", "in_need")
IDPS = ("idps", "displaced")
REFUGEES = ("refugees", "hosted", "in_camps", "arrived")
ARRIVED = ("arrived", "refugees", "fled")
REGISTERED = ("arrived", "refugees", "displaced")
SHELTER = ("sheltered", "in_camps", "hosted", "staying")
DESTROYED = ("destroyed", "damaged")
CASES = ("infected", "diagnosed")
CMP = ("Commission mouvement de population", "Commission", "CMP")
HCR_CNARR = ("HCR", "CNARR", "Commission nationale")
DTM = ("DTM", "équipes")
OIM = ("OIM",)
MSF = ("Médecins sans frontières", "MSF")
CONASUR = ("Conasur",)
ONU = ("ONU",)
HUMAS = ("sources humanitaires", "sources")
CLUSTER = ("Cluster Santé", "Cluster")
OUEDRAOGO = ("Issa Ouédraogo", "Ouédraogo", "coordinateur")
MAH = ("ministère de l'Action humanitaire", "ministère")
UNICEF = ("UNICEF",)
PAM = ("PAM", "Programme alimentaire")

FIGURES = [
    # OCHA overview, Central African Republic
    ("ocha-rca-apercu.txt", 2800000, NEED, "CAF", None, {"counted": PEOPLE, "term": "besoin"}),
    ("ocha-rca-apercu.txt", 2300000, TARGET, "CAF", None, {"counted": PEOPLE, "term": "cibl"}),
    ("ocha-rca-apercu.txt", 455000, IDPS, "CAF", None, {"counted": PEOPLE, "term": "déplac"}),
    ("ocha-rca-apercu.txt", 750000, ("refugees", "fled", "hosted"), None, None, {"counted": "réfugié", "term": "réfugi"}),
    ("ocha-rca-apercu.txt", 612000, "aid", "CAF", None, {"counted": PEOPLE, "term": "assist", "when": "2025-10"}),
    ("ocha-rca-apercu.txt", 18000, ("fled", "displaced"), "CAF", CMP, {"approx": "almost", "counted": PEOPLE, "term": "fui|fuir"}),
    ("ocha-rca-apercu.txt", 1240, "damaged", "CAF", None, {"counted": "maison", "term": "endommag"}),
    ("ocha-rca-apercu.txt", 3, "killed", "CAF", None, {"counted": PEOPLE, "term": KILL}),

    # UNHCR fact sheet, eastern Chad: lines with "|" and a province table
    ("hcr-tchad-est-fiche.txt", 862450, ARRIVED, "TCD", None, {"counted": "réfugié", "term": "arriv"}),
    ("hcr-tchad-est-fiche.txt", 268300, "returned", "TCD", None, {"counted": "retourné", "term": "retourn"}),
    ("hcr-tchad-est-fiche.txt", 41900, ("relocated", "moved"), "TCD", None, {"counted": "réfugié", "term": "relocalis"}),
    ("hcr-tchad-est-fiche.txt", 12760, ARRIVED, "TCD", None, {"counted": "arrivant", "term": "arriv"}),
    ("hcr-tchad-est-fiche.txt", 512300, REFUGEES, "TCD", None, {"term": "réfugi"}),
    ("hcr-tchad-est-fiche.txt", 171000, "returned", "TCD", None, {"term": "retourn"}),
    ("hcr-tchad-est-fiche.txt", 226150, REFUGEES, "TCD", None, {"term": "réfugi"}),
    ("hcr-tchad-est-fiche.txt", 52800, "returned", "TCD", None, {"term": "retourn"}),
    ("hcr-tchad-est-fiche.txt", 124000, REFUGEES, "TCD", None, {"term": "réfugi"}),
    ("hcr-tchad-est-fiche.txt", 44500, "returned", "TCD", None, {"term": "retourn"}),
    ("hcr-tchad-est-fiche.txt", 2140, REGISTERED, "TCD", HCR_CNARR, {"counted": "ménage", "term": "enregistr", "unit": "household", "when": "2025-11-10/2025-11-16"}),

    # IOM DTM dashboard, Mali
    ("oim-dtm-mali-tableau.txt", 402167, IDPS, "MLI", None, {"counted": PEOPLE, "term": "déplac"}),
    ("oim-dtm-mali-tableau.txt", 78420, IDPS, "MLI", None, {"counted": "ménage", "unit": "household"}),
    ("oim-dtm-mali-tableau.txt", 96000, "returned", "MLI", None, {"counted": "retourné", "term": "retourn"}),
    ("oim-dtm-mali-tableau.txt", 129400, IDPS, "MLI", None, {"term": "PDI|déplac"}),
    ("oim-dtm-mali-tableau.txt", 88250, IDPS, "MLI", None, {"term": "PDI|déplac"}),
    ("oim-dtm-mali-tableau.txt", 71030, IDPS, "MLI", None, {"term": "PDI|déplac"}),
    ("oim-dtm-mali-tableau.txt", 52600, IDPS, "MLI", None, {"term": "PDI|déplac"}),
    ("oim-dtm-mali-tableau.txt", 3870, IDPS + ("arrived",), "MLI", DTM, {"counted": "déplacé", "term": "déplac|enregistr"}),
    ("oim-dtm-mali-tableau.txt", 640, SHELTER, "MLI", None, {"counted": "individu", "term": "vi"}),

    # UNICEF appeal, Niger
    ("unicef-niger-appel.txt", 4500000, NEED, "NER", None, {"counted": PEOPLE, "term": "besoin"}),
    ("unicef-niger-appel.txt", 2600000, NEED, "NER", None, {"counted": "enfant", "term": "besoin"}),
    ("unicef-niger-appel.txt", 1600000, TARGET, "NER", None, {"counted": PEOPLE, "term": "atteindre"}),
    ("unicef-niger-appel.txt", 1100000, TARGET, "NER", None, {"counted": "enfant", "term": "atteindre"}),
    ("unicef-niger-appel.txt", 415000, TARGET + ("affected",), "NER", None, {"counted": "enfant", "term": "traitement|malnutrition"}),
    ("unicef-niger-appel.txt", 1200000, ("vaccinated", "aid"), "NER", None, {"counted": "enfant", "term": "vaccin"}),
    ("unicef-niger-appel.txt", 680000, "aid", "NER", None, {"counted": PEOPLE, "term": "accès|eau"}),
    ("unicef-niger-appel.txt", 390000, ("hospitalized", "aid", "in_need", "affected"), "NER", UNICEF, {"counted": "enfant", "term": "admi", "when": "2025"}),
    ("unicef-niger-appel.txt", 900000, ("affected", "in_need"), "NER", None, {"approx": "over", "counted": "élève", "term": "priv"}),

    # WFP country brief, Haiti
    ("pam-haiti-note.txt", 5700000, NEED, "HTI", None, {"counted": PEOPLE, "term": "insécurité"}),
    ("pam-haiti-note.txt", 1900000, NEED, "HTI", None, {"counted": PEOPLE, "term": "phase|urgence"}),
    ("pam-haiti-note.txt", 8400, NEED, "HTI", None, {"counted": PEOPLE, "term": "phase|catastrophe"}),
    ("pam-haiti-note.txt", 1200000, IDPS, "HTI", None, {"counted": PEOPLE, "term": "déplac"}),
    ("pam-haiti-note.txt", 812000, "aid", "HTI", None, {"counted": PEOPLE, "term": "assist", "when": "2025-10"}),
    ("pam-haiti-note.txt", 2350, "aid", "HTI", None, {"counted": "tonne|vivre", "term": "distribu", "unit": "tonne"}),
    ("pam-haiti-note.txt", 96000, "aid", "HTI", PAM, {"counted": PEOPLE, "term": "distribu|repas"}),
    ("pam-haiti-note.txt", 6200, ("fled", "displaced"), "HTI", OIM, {"counted": PEOPLE, "term": "fui|fuir|forc"}),

    # Le Monde Afrique style, Djibo, with a "Repères" box
    ("monde-djibo-reperes.txt", 12, "aid", "BFA", None, {"counted": "tonne|farine", "term": "livr", "unit": "tonne", "when": "2025-11-18"}),
    ("monde-djibo-reperes.txt", 300000, SHELTER + IDPS, "BFA", None, {"approx": "almost", "term": "accueil"}),
    ("monde-djibo-reperes.txt", 1140, ("hospitalized", "aid", "affected"), "BFA", MSF, {"counted": "enfant", "term": "hospitalis"}),
    ("monde-djibo-reperes.txt", 2062534, IDPS, "BFA", CONASUR, {"counted": PEOPLE, "term": "déplac", "when": "2023-03"}),
    ("monde-djibo-reperes.txt", 6300000, NEED, "BFA", ONU, {"counted": PEOPLE, "term": "besoin"}),

    # OCHA update, Kivus: number on one line, label on the next
    ("ocha-rdc-kivu-maj.txt", 7800000, IDPS, "COD", None, {"counted": PEOPLE, "term": "déplac"}),
    ("ocha-rdc-kivu-maj.txt", 2100000, IDPS, "COD", None, {"counted": PEOPLE, "term": "déplac"}),
    ("ocha-rdc-kivu-maj.txt", 410000, "returned", "COD", None, {"counted": "retourné", "term": "retourn"}),
    ("ocha-rdc-kivu-maj.txt", 21200000, NEED, "COD", None, {"counted": PEOPLE, "term": "besoin"}),
    ("ocha-rdc-kivu-maj.txt", 35000, ("displaced", "fled"), "COD", HUMAS, {"approx": "about", "counted": PEOPLE, "term": "déplac"}),
    ("ocha-rdc-kivu-maj.txt", 16, "killed", "COD", None, {"approx": "at least", "counted": "civil", "term": KILL}),
    ("ocha-rdc-kivu-maj.txt", 27, "injured", "COD", None, {"term": "bless"}),
    ("ocha-rdc-kivu-maj.txt", 1876, CASES, "COD", CLUSTER, {"counted": "cas", "term": "cas|choléra|notifi"}),
    ("ocha-rdc-kivu-maj.txt", 32, "killed", "COD", CLUSTER, {"term": KILL}),

    # OCHA dashboard, Cameroon
    ("ocha-cameroun-tableau.txt", 3300000, NEED, "CMR", None, {"counted": PEOPLE, "term": "besoin"}),
    ("ocha-cameroun-tableau.txt", 2100000, TARGET, "CMR", None, {"counted": PEOPLE, "term": "cibl"}),
    ("ocha-cameroun-tableau.txt", 452800, IDPS, "CMR", None, {"counted": PEOPLE, "term": "déplac"}),
    ("ocha-cameroun-tableau.txt", 78900, REFUGEES, "CMR", None, {"counted": "réfugié", "term": "réfugi"}),
    ("ocha-cameroun-tableau.txt", 286450, "aid", "CMR", None, {"counted": PEOPLE, "term": "assist"}),
    ("ocha-cameroun-tableau.txt", 583300, IDPS, "CMR", None, {"counted": PEOPLE, "term": "déplac"}),
    ("ocha-cameroun-tableau.txt", 453000, "returned", "CMR", None, {"counted": "retourné", "term": "retourn"}),
    ("ocha-cameroun-tableau.txt", 38500, "affected", "CMR", None, {"counted": PEOPLE, "term": "touch"}),
    ("ocha-cameroun-tableau.txt", 4600, "destroyed", "CMR", None, {"counted": "habitation", "term": "détrui"}),

    # NGO appeal page, central Sahel
    ("ong-sahel-urgence.txt", 3000000, ("displaced", "fled", "idps"), None, None, {"approx": "over", "counted": PEOPLE, "term": "chass"}),
    ("ong-sahel-urgence.txt", 146000, "aid", None, None, {"counted": PEOPLE, "term": "accès|eau"}),
    ("ong-sahel-urgence.txt", 9800, "aid", None, None, {"counted": "kit", "term": "distribu|kit"}),
    ("ong-sahel-urgence.txt", 27500, "aid", None, None, {"counted": "ménage", "term": "reç|reçu", "unit": "household"}),
    ("ong-sahel-urgence.txt", 12000, ARRIVED, "BFA", OUEDRAOGO, {"counted": "arrivant", "term": "arriv|compt"}),

    # Niger flood toll with a region table
    ("niger-inondations-bilan.txt", 412350, "affected", "NER", None, {"counted": "personne|sinistré", "term": "sinistr"}),
    ("niger-inondations-bilan.txt", 187, "killed", "NER", None, {"term": KILL}),
    ("niger-inondations-bilan.txt", 243, "injured", "NER", None, {"term": "bless"}),
    ("niger-inondations-bilan.txt", 38760, DESTROYED, "NER", None, {"counted": "maison", "term": "effondr"}),
    ("niger-inondations-bilan.txt", 118400, "affected", "NER", None, {"term": "sinistr"}),
    ("niger-inondations-bilan.txt", 52, "killed", "NER", None, {"term": KILL}),
    ("niger-inondations-bilan.txt", 11230, DESTROYED, "NER", None, {"counted": "maison", "term": "effondr"}),
    ("niger-inondations-bilan.txt", 96700, "affected", "NER", None, {"term": "sinistr"}),
    ("niger-inondations-bilan.txt", 41, "killed", "NER", None, {"term": KILL}),
    ("niger-inondations-bilan.txt", 9140, DESTROYED, "NER", None, {"counted": "maison", "term": "effondr"}),
    ("niger-inondations-bilan.txt", 74150, "affected", "NER", None, {"term": "sinistr"}),
    ("niger-inondations-bilan.txt", 38, "killed", "NER", None, {"term": KILL}),
    ("niger-inondations-bilan.txt", 6820, DESTROYED, "NER", None, {"counted": "maison", "term": "effondr"}),
    ("niger-inondations-bilan.txt", 21600, "affected", "NER", None, {"term": "sinistr"}),
    ("niger-inondations-bilan.txt", 19, "killed", "NER", None, {"term": KILL}),
    ("niger-inondations-bilan.txt", 2310, DESTROYED, "NER", None, {"counted": "maison", "term": "effondr"}),
    ("niger-inondations-bilan.txt", 5640, "aid", "NER", MAH, {"counted": "ménage", "term": "reç|reçu", "unit": "household"}),
]

NO_EVENT = [
    ("ocha-rca-apercu.txt", 38, {"unit": "percent"}), ("ocha-rca-apercu.txt", 326000000, {"unit": "USD"}),
    ("hcr-tchad-est-fiche.txt", 29, {"unit": "percent"}), ("hcr-tchad-est-fiche.txt", 409000000, {"unit": "USD"}),
    ("oim-dtm-mali-tableau.txt", 1015), ("oim-dtm-mali-tableau.txt", 54, {"unit": "percent"}),
    ("unicef-niger-appel.txt", 118400000, {"unit": "USD"}), ("unicef-niger-appel.txt", 4120),
    ("pam-haiti-note.txt", 44), ("pam-haiti-note.txt", 74000000, {"unit": "USD"}),
    ("monde-djibo-reperes.txt", 60), ("monde-djibo-reperes.txt", 60000), ("monde-djibo-reperes.txt", 46),
    ("monde-djibo-reperes.txt", 5400),
    ("ocha-cameroun-tableau.txt", 371400000, {"unit": "USD"}), ("ocha-cameroun-tableau.txt", 23, {"unit": "percent"}),
    ("ocha-cameroun-tableau.txt", 2410),
    ("ong-sahel-urgence.txt", 2300), ("ong-sahel-urgence.txt", 35, {"unit": "EUR"}),
    ("ong-sahel-urgence.txt", 80, {"unit": "EUR"}), ("ong-sahel-urgence.txt", 10),
    ("niger-inondations-bilan.txt", 9420),
]

NO_FIGURE = [
    ("ocha-rca-apercu.txt", 2025), ("ocha-rca-apercu.txt", 31),
    ("hcr-tchad-est-fiche.txt", 2025), ("hcr-tchad-est-fiche.txt", 2023), ("hcr-tchad-est-fiche.txt", 15),
    ("oim-dtm-mali-tableau.txt", 2025), ("oim-dtm-mali-tableau.txt", 1), ("oim-dtm-mali-tableau.txt", 25),
    ("unicef-niger-appel.txt", 2026), ("unicef-niger-appel.txt", 2025),
    ("pam-haiti-note.txt", 2025), ("pam-haiti-note.txt", 2026), ("pam-haiti-note.txt", 3), ("pam-haiti-note.txt", 4),
    ("pam-haiti-note.txt", 5),
    ("monde-djibo-reperes.txt", 2023), ("monde-djibo-reperes.txt", 31), ("monde-djibo-reperes.txt", 2025),
    ("ocha-rdc-kivu-maj.txt", 9), ("ocha-rdc-kivu-maj.txt", 2025), ("ocha-rdc-kivu-maj.txt", 1), ("ocha-rdc-kivu-maj.txt", 15),
    ("ocha-cameroun-tableau.txt", 2025), ("ocha-cameroun-tableau.txt", 30),
    ("ong-sahel-urgence.txt", 2025),
    ("niger-inondations-bilan.txt", 2025), ("niger-inondations-bilan.txt", 12),
]
