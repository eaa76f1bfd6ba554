"""Graded figures of ten French texts about armed conflict and violence, written for these tests (fr20 helper) in the
styles of an AFP dispatch (a jihadist attack near Djibo, Burkina Faso), an RFI story (a fuel convoy attacked in
western Mali, hostages freed at Nioro), a Radio Okapi story (a CODECO attack on a displacement site in Ituri), an
Actualité.cd story (M23 and wazalendo fighting in Masisi), an AFP dispatch (an ADF massacre at a wake in Lubero), a
Jeune Afrique story (an ambush on Niger's army in Tillabéri), a Le Nouvelliste story (a gang massacre at Pont-Sondé,
Haiti), an OCHA flash update in French (Cameroon's North-West and South-West), a HCR communiqué (Boko Haram attacks
in Chad's Lac province) and a Le Monde Afrique story (militia fighting in the Central African Republic's
Haut-Mbomou).

Layout as tests/graded/fr-catastrophes/gold.py: (file, value, event classes accepted, ISO3 country or None, source
words accepted or None, {approx, counted, term, when}); counted and term are French stems; ``when`` is graded only
where the figure's own sentence dates it ("en juillet": 2025-07; "depuis 2015"). The first line of each text is its
title, not graded.

Classes: people "tués", "morts", "ont perdu la vie", bodies counted or buried, fighters "neutralisés" killed;
"parmi les victimes figurent N enfants" killed (or casualties); "enlevés", "pris en otage", "toujours retenus"
abducted; hostages "libérés" are abducted people (or rescued, returned); "portés disparus" missing; houses, huts and
shelters "incendiés", "brûlés", "pillés" destroyed (pillaged: damaged too); people who "ont fui", "ont quitté",
"ont abandonné leurs domiciles" fled (or displaced, departed); "déplacés internes" idps (or displaced); people
"hébergés dans des écoles", "ayant trouvé refuge" in a mission, "accueillies" on a site sheltered (or in_camps,
hosted, staying); people who crossed a border "pour se réfugier" refugees (or fled); households and women given
goods aid; people cut off from care by a lockdown affected (or in_need). A movement to several countries takes no
country. Numbers that are no figure: days of a month, years, ages, route numbers (RN1, RN22, "route nationale numéro
1"), phone numbers, ranks. Numbers that are a figure of no event: vehicles and motorbikes, tanker trucks, livestock,
soldiers deployed, schools closed, boreholes, money (francs CFA, francs congolais, gourdes, dollars), percentages,
kilometres, kilograms and pounds, hours.

Written blind: the gold was set down and committed (940f7b0) before newsfacts ran on these texts.
Blind score (newsfacts at main 5ec0819, run once after the gold above was committed, before any change): found
87/87, event 73, category 75, country 87, source 75, approx 35/35, counted 73/77, term 69/81, when 6/6, no event
31/33, unit (no event) 10/11, no figure 27/29, all right 61/87.
Gold unchanged since. Tuned on by fr20 (mechanisms general to French news, most of them parse repairs): "selon lui",
"il", "-il" stand for the person or body the quote before describes without naming ("un élu local", "un habitant",
"l'administrateur du territoire") where no name resolves them or the name comes before that description; the outlet
after "joint par", "contacté par" is not the speaker (nor its acronym); an outlet glued by the tagger to the name after
"à l'" ("AFP Macaire Sivikunula") leaves the name the speaker; "donner/publier/communiquer/livrer/dresser/fournir un
bilan" state a figure (English give, publish); the "par X" the parse hangs on a weekday after a passive verb ("livré
lundi par"); a verb of hosting before the number the tagger misreads ("accueille déjà 2 140 personnes"); "brûler",
"calciner" destroy (English burn, torch); quotation marks around a count or a participle ("avoir « neutralisé 19
terroristes »", "« plus de 50 terroristes » ont été « neutralisés »", "21 assaillants « neutralisés »"); "parmi les
victimes figurent" after "Selon lui,"; a verb with its own subject is not the predicate's complement (a relative
clause "où 3 000 d'entre elles sont hébergées"); a number written with a leading zero is a telephone number): found
87, event 79, category 80, country 87, source 85, approx 35/35, counted 76/77, term 75/81, when 6/6, no event 31/33,
unit (no event) 10/11, no figure 28/29, all right 76/87. Left: "15 supplétifs civils de l'armée, les VDP, tués" (the
apposition breaks the parse); "restent aux mains des jihadistes", "ont été pillées", "ont été libérées",
"l'enlèvement de 2 de ses employés", "privant 120 000 élèves de cours", "empêché l'accès aux soins de 65 000 personnes"
carry no class; "ont traversé la frontière pour se réfugier en RDC" read as arrived; "affirmant avoir « neutralisé 19
terroristes »" takes no source (a present participle of saying, its subject the main verb's); "le HCR se dit
préoccupé par ..., où ... a contraint 8 500 personnes à fuir" takes no source; "des kits d'hygiène à 1 200 femmes"
term "kits"; "une dizaine de motos" after "plusieurs dizaines de disparus" (the gold's 10 collides with the vague
dozens); "une trentaine de véhicules incendiés" destroyed; "191e sur 193" read as a count; "371 millions requis" after
"67 millions de dollars" has no currency.
"""

BLIND = {"all right": 61, "found": 87, "event": 73, "category": 75, "country": 87, "source": 75}
TUNED = {"all right": 76, "found": 87, "event": 79, "category": 80, "country": 87, "source": 85}

DATE = "2025-11-20"  # a Thursday: "mercredi" 2025-11-19, "mardi" 2025-11-18, "lundi" 2025-11-17, "dimanche" 2025-11-16

KILL = "mort|décè|tué|tu|vie|corps|neutralis|enterr|victime"
PEOPLE = "personne"
SHELTER = ("sheltered", "in_camps", "hosted", "staying")
LEFT = ("fled", "displaced", "departed")
IDPS = ("idps", "displaced")
FREED = ("abducted", "rescued", "returned")

# afp-burkina-djibo-attaque
SECU = ("sources sécuritaires", "sources", "source sécuritaire")
ELU = ("élu local", "élu")
ARMEE_BF = ("armée", "communiqué")
HUMA = ("responsable humanitaire", "responsable")
CONASUR = ("Conseil national de secours", "Conasur", "chiffres")
ACLED = ("Acled", "ONG")
# rfi-mali-convoi
LOCALES = ("sources locales", "sources")
ARMEE_ML = ("armée malienne", "armée", "communiqué")
MEN = ("ministère de l'Éducation", "ministère")
PROCHES = ("proches",)
NOTABLE = ("notable",)
# okapi-ituri-codeco
LOSSA = ("Jean-Pierre Lossa", "Lossa", "société civile", "président")
NGONGO = ("Jules Ngongo", "Ngongo", "porte-parole", "lieutenant")
SOCIV = ("société civile", "décompte")
# actualite-cd-m23-masisi
ADMIN = ("administrateur",)
CMP = ("Commission mouvement de population", "CMP", "Commission")
ONU = ("ONU",)
# afp-lubero-adf
SIVIK = ("Macaire Sivikunula", "Sivikunula", "chef")
KIWEWA = ("Alain Kiwewa", "Kiwewa", "colonel", "administrateur")
SOCIV_L = ("société civile",)
# jeuneafrique-niger-tillaberi
MINDEF = ("ministère de la Défense", "ministère", "communiqué")
HCR = ("HCR", "Haut-Commissariat")
# nouvelliste-pont-sonde
OPC = ("Office de la protection du citoyen", "OPC", "rapport", "document")
PC = ("Protection civile",)
HABITANT = ("habitant",)
BINUH = ("Bureau intégré", "BINUH")
OIM = ("OIM", "Organisation internationale pour les migrations")
# ocha-cameroun-nowso-flash
COMMU = ("sources communautaires", "sources")
AUT_LOC = ("autorités locales", "autorités")
OIM_R = ("OIM", "rapport")
# hcr-tchad-lac-communique
AUT_PROV = ("autorités provinciales", "autorités")
EM = ("état-major",)
# lemonde-centrafrique-mbomou
MINUSCA = ("Minusca", "Mission", "bilan")
RELIGIEUX = ("religieux",)
MSF = ("Médecins sans frontières", "MSF")

FIGURES = [
    # AFP, Burkina: the toll and its civilians, injured, VDP, the army's claim, the flight to Djibo, displaced, Acled
    ("afp-burkina-djibo-attaque.txt", 42, "killed", "BFA", SECU, {"approx": "at least", "counted": PEOPLE, "term": KILL}),
    ("afp-burkina-djibo-attaque.txt", 27, "killed", "BFA", None, {"counted": "civil", "term": KILL}),
    ("afp-burkina-djibo-attaque.txt", 20, "injured", "BFA", ELU, {"approx": "about", "counted": PEOPLE, "term": "bless"}),
    ("afp-burkina-djibo-attaque.txt", 15, "killed", "BFA", SECU, {"counted": "supplétif|VDP|volontaire", "term": KILL}),
    ("afp-burkina-djibo-attaque.txt", 100, "killed", "BFA", ARMEE_BF, {"approx": "over", "counted": "terroriste", "term": KILL}),
    ("afp-burkina-djibo-attaque.txt", 3000, LEFT, "BFA", HUMA, {"approx": "at least", "counted": "habitant", "term": "fui|fuir"}),
    ("afp-burkina-djibo-attaque.txt", 300000, IDPS + SHELTER, "BFA", CONASUR, {"approx": "over", "counted": "déplacé", "term": "déplac|accueil"}),
    ("afp-burkina-djibo-attaque.txt", 26000, "killed", "BFA", ACLED, {"approx": "over", "counted": "mort", "term": KILL, "when": "2015"}),
    ("afp-burkina-djibo-attaque.txt", 2000000, IDPS, "BFA", None, {"approx": "over", "counted": PEOPLE, "term": "déplac"}),

    # RFI, Mali: drivers killed and kidnapped, the army's claim, pupils out of school, hostages freed and still held
    ("rfi-mali-convoi.txt", 11, "killed", "MLI", LOCALES, {"approx": "at least", "counted": "chauffeur", "term": KILL}),
    ("rfi-mali-convoi.txt", 8, "abducted", "MLI", LOCALES, {"term": "enlev"}),
    ("rfi-mali-convoi.txt", 19, "killed", "MLI", ARMEE_ML, {"counted": "terroriste", "term": KILL}),
    ("rfi-mali-convoi.txt", 120000, ("affected", "in_need"), "MLI", MEN, {"approx": "about", "counted": "élève"}),
    ("rfi-mali-convoi.txt", 23, FREED, "MLI", PROCHES, {"counted": PEOPLE, "term": "enlev|libér"}),
    ("rfi-mali-convoi.txt", 80, "abducted", "MLI", NOTABLE, {"approx": "over", "counted": PEOPLE, "term": "main|reste"}),

    # Radio Okapi, Ituri: the toll, children and women among the dead, injured, shelters, households gone, the army
    ("okapi-ituri-codeco.txt", 18, "killed", "COD", LOSSA, {"approx": "at least", "counted": "civil", "term": KILL}),
    ("okapi-ituri-codeco.txt", 7, ("killed", "casualties"), "COD", LOSSA, {"counted": "enfant", "term": KILL}),
    ("okapi-ituri-codeco.txt", 4, ("killed", "casualties"), "COD", LOSSA, {"counted": "femme", "term": KILL}),
    ("okapi-ituri-codeco.txt", 9, "injured", "COD", LOSSA, {"counted": PEOPLE, "term": "bless"}),
    ("okapi-ituri-codeco.txt", 35, "destroyed", "COD", None, {"counted": "abri", "term": "incendi"}),
    ("okapi-ituri-codeco.txt", 2500, LEFT, "COD", None, {"approx": "over", "counted": "ménage", "term": "quitt|réfugi"}),
    ("okapi-ituri-codeco.txt", 3, "killed", "COD", NGONGO, {"counted": "assaillant", "term": KILL}),
    ("okapi-ituri-codeco.txt", 5, "detained", "COD", NGONGO, {"term": "arrêt"}),
    ("okapi-ituri-codeco.txt", 21000, IDPS + SHELTER, "COD", None, {"approx": "almost", "counted": "déplacé"}),
    ("okapi-ituri-codeco.txt", 600, "killed", "COD", SOCIV, {"approx": "over", "counted": "civil", "term": KILL, "when": "2025-01"}),

    # Actualité.cd, Masisi: dead, injured, the flight, houses looted, households in schools, teachers missing, the DRC
    ("actualite-cd-m23-masisi.txt", 9, "killed", "COD", LOCALES, {"approx": "at least", "counted": "civil", "term": KILL}),
    ("actualite-cd-m23-masisi.txt", 14, "injured", "COD", LOCALES, {"term": "bless"}),
    ("actualite-cd-m23-masisi.txt", 12000, LEFT, "COD", ADMIN, {"approx": "over", "counted": PEOPLE, "term": "fui|fuir"}),
    ("actualite-cd-m23-masisi.txt", 100, ("damaged", "destroyed"), "COD", ADMIN, {"approx": "about", "counted": "maison", "term": "pill"}),
    ("actualite-cd-m23-masisi.txt", 4200, SHELTER + IDPS, "COD", CMP, {"counted": "ménage", "term": "viv|école|déplac"}),
    ("actualite-cd-m23-masisi.txt", 6, "missing", "COD", None, {"approx": "at least", "counted": "enseignant", "term": "dispar"}),
    ("actualite-cd-m23-masisi.txt", 7800000, IDPS, "COD", ONU, {"counted": "déplacé", "term": "déplac"}),

    # AFP, Lubero: the toll, bodies buried, the administrator's toll and its women, injured evacuated, houses, Komanda
    ("afp-lubero-adf.txt", 60, "killed", "COD", LOCALES, {"approx": "at least", "counted": PEOPLE, "term": KILL}),
    ("afp-lubero-adf.txt", 52, "killed", "COD", SIVIK, {"counted": "corps", "term": KILL}),
    ("afp-lubero-adf.txt", 64, "killed", "COD", KIWEWA, {"counted": "mort", "term": KILL}),
    ("afp-lubero-adf.txt", 19, ("killed", "casualties"), "COD", KIWEWA, {"counted": "femme"}),
    ("afp-lubero-adf.txt", 20, ("injured", "evacuated", "hospitalized"), "COD", KIWEWA, {"approx": "about", "counted": "blessé", "term": "bless|évacu"}),
    ("afp-lubero-adf.txt", 30, "destroyed", "COD", SOCIV_L, {"approx": "about", "counted": "maison", "term": "incendi"}),
    ("afp-lubero-adf.txt", 43, "killed", "COD", None, {"counted": "mort", "term": KILL, "when": "2025-07"}),

    # Jeune Afrique, Niger: soldiers killed, injured, missing, the claim, the mosque in March, displaced, hostages held
    ("jeuneafrique-niger-tillaberi.txt", 23, "killed", "NER", MINDEF, {"counted": "soldat", "term": KILL}),
    ("jeuneafrique-niger-tillaberi.txt", 17, "injured", "NER", MINDEF, {"term": "bless"}),
    ("jeuneafrique-niger-tillaberi.txt", 4, "missing", "NER", None, {"counted": "militaire", "term": "dispar"}),
    ("jeuneafrique-niger-tillaberi.txt", 50, "killed", "NER", None, {"approx": "over", "counted": "terroriste", "term": KILL}),
    ("jeuneafrique-niger-tillaberi.txt", 44, "killed", "NER", None, {"counted": "fidèle", "term": KILL, "when": "2025-03"}),
    ("jeuneafrique-niger-tillaberi.txt", 140000, IDPS, "NER", HCR, {"approx": "over", "counted": "déplacé", "term": "déplac"}),
    ("jeuneafrique-niger-tillaberi.txt", 12, "abducted", "NER", None, {"counted": PEOPLE, "term": "enlev|reten"}),

    # Le Nouvelliste, Haiti: the toll, children, injured and police, houses, the flight and schools, hostages, BINUH, OIM
    ("nouvelliste-pont-sonde.txt", 115, "killed", "HTI", OPC, {"counted": "mort", "term": KILL}),
    ("nouvelliste-pont-sonde.txt", 10, ("killed", "casualties"), "HTI", OPC, {"counted": "enfant", "term": KILL}),
    ("nouvelliste-pont-sonde.txt", 16, "injured", "HTI", OPC, {"counted": "blessé", "term": "bless"}),
    ("nouvelliste-pont-sonde.txt", 2, "injured", "HTI", OPC, {"counted": "policier"}),
    ("nouvelliste-pont-sonde.txt", 45, "destroyed", "HTI", OPC, {"counted": "maison", "term": "incendi"}),
    ("nouvelliste-pont-sonde.txt", 6200, LEFT, "HTI", PC, {"approx": "at least", "counted": PEOPLE, "term": "abandon|réfugi"}),
    ("nouvelliste-pont-sonde.txt", 3000, SHELTER, "HTI", PC, {"term": "héberg|école"}),
    ("nouvelliste-pont-sonde.txt", 30, "abducted", "HTI", HABITANT, {"approx": "at least", "counted": PEOPLE, "term": "otage"}),
    ("nouvelliste-pont-sonde.txt", 8, FREED, "HTI", HABITANT, {"term": "libér|otage"}),
    ("nouvelliste-pont-sonde.txt", 4864, "killed", "HTI", BINUH, {"counted": PEOPLE, "term": KILL, "when": "2025"}),
    ("nouvelliste-pont-sonde.txt", 1400000, IDPS, "HTI", OIM, {"approx": "over", "counted": "déplacé", "term": "déplac"}),

    # OCHA, Cameroon: the displaced, dead and injured, abductions (highlights and body), houses, the freed, the
    # lockdown, household kits, the regions' displaced
    ("ocha-cameroun-nowso-flash.txt", 2800, IDPS, "CMR", None, {"approx": "at least", "counted": PEOPLE, "term": "déplac"}),
    ("ocha-cameroun-nowso-flash.txt", 5, "killed", "CMR", COMMU, {"counted": "civil", "term": KILL}),
    ("ocha-cameroun-nowso-flash.txt", 3, "injured", "CMR", COMMU, {"term": "bless"}),
    ("ocha-cameroun-nowso-flash.txt", 11, "abducted", "CMR", None, {"counted": PEOPLE, "term": "enlev"}),
    ("ocha-cameroun-nowso-flash.txt", 4, "abducted", "CMR", None, {"counted": "élève", "term": "enlev"}),
    ("ocha-cameroun-nowso-flash.txt", 27, "destroyed", "CMR", AUT_LOC, {"counted": "maison", "term": "incendi"}),
    ("ocha-cameroun-nowso-flash.txt", 11, "abducted", "CMR", None, {"counted": PEOPLE, "term": "enlev"}),
    ("ocha-cameroun-nowso-flash.txt", 4, "abducted", "CMR", None, {"counted": "élève", "term": "enlev"}),
    ("ocha-cameroun-nowso-flash.txt", 7, FREED, "CMR", None, {"term": "libér"}),
    ("ocha-cameroun-nowso-flash.txt", 65000, ("affected", "in_need"), "CMR", None, {"approx": "about", "counted": PEOPLE}),
    ("ocha-cameroun-nowso-flash.txt", 430, "aid", "CMR", None, {"counted": "ménage", "term": "distribu"}),
    ("ocha-cameroun-nowso-flash.txt", 583000, IDPS, "CMR", OIM_R, {"counted": PEOPLE, "term": "déplac"}),

    # HCR, Chad: the flight, fishermen killed and kidnapped, the army post, the new site, relief, the province's stock
    ("hcr-tchad-lac-communique.txt", 8500, LEFT, "TCD", HCR, {"approx": "over", "counted": PEOPLE, "term": "fui|fuir"}),
    ("hcr-tchad-lac-communique.txt", 13, "killed", "TCD", AUT_PROV, {"counted": "pêcheur", "term": KILL}),
    ("hcr-tchad-lac-communique.txt", 6, "abducted", "TCD", AUT_PROV, {"term": "enlev"}),
    ("hcr-tchad-lac-communique.txt", 7, "killed", "TCD", EM, {"counted": "militaire", "term": KILL}),
    ("hcr-tchad-lac-communique.txt", 21, "killed", "TCD", EM, {"counted": "assaillant", "term": KILL}),
    ("hcr-tchad-lac-communique.txt", 2140, SHELTER, "TCD", None, {"counted": PEOPLE, "term": "accueil"}),
    ("hcr-tchad-lac-communique.txt", 600, "aid", "TCD", HCR, {"counted": "famille", "term": "distribu"}),
    ("hcr-tchad-lac-communique.txt", 1200, "aid", "TCD", HCR, {"counted": "femme", "term": "distribu"}),
    ("hcr-tchad-lac-communique.txt", 220000, IDPS, "TCD", None, {"approx": "over", "counted": "déplacé", "term": "déplac"}),
    ("hcr-tchad-lac-communique.txt", 19000, "refugees", "TCD", None, {"counted": "réfugié", "term": "réfugi"}),

    # Le Monde, CAR: the Minusca toll, bodies, huts, the mission, Zémio's camp and its dead, MSF staff, refugees
    ("lemonde-centrafrique-mbomou.txt", 25, "killed", "CAF", MINUSCA, {"approx": "at least", "counted": "mort", "term": KILL}),
    ("lemonde-centrafrique-mbomou.txt", 31, "killed", "CAF", RELIGIEUX, {"counted": "corps", "term": KILL}),
    ("lemonde-centrafrique-mbomou.txt", 200, "destroyed", "CAF", RELIGIEUX, {"approx": "almost", "counted": "case", "term": "brûl"}),
    ("lemonde-centrafrique-mbomou.txt", 5000, SHELTER, "CAF", RELIGIEUX, {"approx": "about", "counted": "habitant", "term": "refuge"}),
    ("lemonde-centrafrique-mbomou.txt", 9000, IDPS + SHELTER, "CAF", None, {"counted": "déplacé"}),
    ("lemonde-centrafrique-mbomou.txt", 14, "killed", "CAF", MSF, {"approx": "at least", "term": KILL, "when": "2025-07"}),
    ("lemonde-centrafrique-mbomou.txt", 2, FREED, "CAF", None, {"counted": "employé", "term": "enlèv|enlev"}),
    ("lemonde-centrafrique-mbomou.txt", 40000, ("refugees", "fled"), None, HCR, {"approx": "over", "counted": "centrafricain", "term": "réfugi|travers"}),
]

# Numbers that are no figure at all: days of a month, years, ages, route numbers, phone numbers, ranks.
NO_FIGURE = [
    ("afp-burkina-djibo-attaque.txt", 2022), ("afp-burkina-djibo-attaque.txt", 2023), ("afp-burkina-djibo-attaque.txt", 2015),
    ("afp-burkina-djibo-attaque.txt", 22),
    ("rfi-mali-convoi.txt", 1), ("rfi-mali-convoi.txt", 67),
    ("okapi-ituri-codeco.txt", 16), ("okapi-ituri-codeco.txt", 815550123),
    ("actualite-cd-m23-masisi.txt", 18), ("actualite-cd-m23-masisi.txt", 4), ("actualite-cd-m23-masisi.txt", 2025),
    ("afp-lubero-adf.txt", 2014), ("afp-lubero-adf.txt", 2021),
    ("jeuneafrique-niger-tillaberi.txt", 2023),
    ("nouvelliste-pont-sonde.txt", 2025), ("nouvelliste-pont-sonde.txt", 2024), ("nouvelliste-pont-sonde.txt", 1),
    ("ocha-cameroun-nowso-flash.txt", 10), ("ocha-cameroun-nowso-flash.txt", 14), ("ocha-cameroun-nowso-flash.txt", 12),
    ("ocha-cameroun-nowso-flash.txt", 2025),
    ("hcr-tchad-lac-communique.txt", 8), ("hcr-tchad-lac-communique.txt", 9), ("hcr-tchad-lac-communique.txt", 15),
    ("hcr-tchad-lac-communique.txt", 235), ("hcr-tchad-lac-communique.txt", 66),
    ("lemonde-centrafrique-mbomou.txt", 3), ("lemonde-centrafrique-mbomou.txt", 191), ("lemonde-centrafrique-mbomou.txt", 193),
]

# Numbers that are a figure of no event of people: vehicles, livestock, soldiers deployed, schools, boreholes, money,
# percentages, distances, weights, hours.
NO_EVENT = [
    ("afp-burkina-djibo-attaque.txt", 30), ("afp-burkina-djibo-attaque.txt", 40, {"unit": "percent"}),
    ("rfi-mali-convoi.txt", 60), ("rfi-mali-convoi.txt", 30), ("rfi-mali-convoi.txt", 2000, {"unit": "XOF"}),
    ("rfi-mali-convoi.txt", 775), ("rfi-mali-convoi.txt", 400), ("rfi-mali-convoi.txt", 72),
    ("okapi-ituri-codeco.txt", 60), ("okapi-ituri-codeco.txt", 10),
    ("actualite-cd-m23-masisi.txt", 80), ("actualite-cd-m23-masisi.txt", 25), ("actualite-cd-m23-masisi.txt", 45000),
    ("afp-lubero-adf.txt", 10), ("afp-lubero-adf.txt", 4000),
    ("jeuneafrique-niger-tillaberi.txt", 40), ("jeuneafrique-niger-tillaberi.txt", 900),
    ("jeuneafrique-niger-tillaberi.txt", 10000000, {"unit": "XOF"}),
    ("nouvelliste-pont-sonde.txt", 3), ("nouvelliste-pont-sonde.txt", 24, {"unit": "percent"}), ("nouvelliste-pont-sonde.txt", 50),
    ("nouvelliste-pont-sonde.txt", 6500, {"unit": "HTG"}),
    ("ocha-cameroun-nowso-flash.txt", 40), ("ocha-cameroun-nowso-flash.txt", 18, {"unit": "percent"}),
    ("ocha-cameroun-nowso-flash.txt", 67000000, {"unit": "USD"}), ("ocha-cameroun-nowso-flash.txt", 371000000, {"unit": "USD"}),
    ("hcr-tchad-lac-communique.txt", 30), ("hcr-tchad-lac-communique.txt", 62, {"unit": "percent"}),
    ("hcr-tchad-lac-communique.txt", 4), ("hcr-tchad-lac-communique.txt", 214000000, {"unit": "USD"}),
    ("hcr-tchad-lac-communique.txt", 31, {"unit": "percent"}),
    ("lemonde-centrafrique-mbomou.txt", 120), ("lemonde-centrafrique-mbomou.txt", 300),
]
