"""Graded figures of twelve stories in the styles of national and regional English-language press in South Asia,
Africa and South-East Asia (texts written for these tests: a Bangladeshi daily's district report and camp-fire story,
Indian state flood and cyclone reports with lakh and crore, a Pakistani provincial rain report, a Nepali landslide
story, a Nigerian state correspondent's attack report, Ugandan and Kenyan flood stories, a Mozambican story of
displacement in Cabo Delgado, a Philippine provincial flood story, a Myanmar exile-press airstrike report). Their
conventions: "2 lakh people", "1.75 crore", "over 3,000 persons", "flood-hit families", "rendered homeless", "IDPs",
"ex-gratia to the kin of the deceased", "as per the district administration", "told this correspondent",
"officials said on condition of anonymity", districts and states named without their country, money in Rs, Tk, N,
Sh and P, "on Tuesday last". Graded as tests/graded/en-reports/gold.py: (file, value, event classes accepted,
country or None, source words accepted or None when no one is named in the figure's sentence or referred back to,
{approx, counted, term, when}); the first line is the title and is not graded. Written blind: the gold was set
down before newsfacts ran on these texts. Read by tests/graded/grade.py and tests/test_french_graded.py.

Blind score (newsfacts at aa14605, run once the gold above was written, before any change): see BLIND below."""

DATE = "2025-03-14"  # a Friday

# The blind measurement (newsfacts at aa14605): found 88/89, event 77, category 76, country 83, source 81,
# approx 34/34, counted 72/73, term 73/85, when 7/7, no event 39/42, no figure 15/15, all right 62/89.
# Lakh and crore were read right already; the Rohingya camp story lost its country (Cox's Bazar, Ukhiya, Camp-11
# and Rakhine in a Bangladeshi story), "37 corpses ... buried" was read as houses destroyed, the Borno army's
# "neutralised eight terrorists" had no event, "households registered at the camps" and "shifted to safer places"
# none either.
# Gold corrected after the blind run where it under-accepted (the blind totals above stand): the surnames as names
# ("Ali Shah", "Islam"), and "sheltered" first where people stay in evacuation centres (the category graded is the
# first class's).
# After branch en18's changes (units below a district as place words, armed actors as people, "registered at"
# camps, animals no one's event, "corpses", a share "most of them" no speaker): found 88, event 81, category 81,
# country 87, source 83, approx 34/34, counted 72/73, term 76/85, when 7/7, no event 40/42, no figure 15/15, all
# right 67/89. Left, each seen in this set alone (no rule for one source): "shifted to safer places", "living in
# tent villages", "distributed among 32,000 families", "five were electrocuted", "two were swept away" (people),
# "The society's Coast regional manager" (Coast, a Tanzanian region in the gazetteer), "said PDRRMO head Engr.
# Mohajirin Ali" (the tagger ends the sentence at "Engr."), "Revenue and Disaster Management Minister X said",
# "sustained gunshot injuries" (the term is the verb, as the project writes it).
BLIND = {"all right": 62, "found": 88, "event": 77, "category": 76, "country": 83, "source": 81}

KILL = "kill|dead|death|died|die|fatalit|lives|toll"
INJ = "injur|wound|hurt"
PEOPLE = "people|person"
SIDDIQUE = ("Abu Ahmed Siddique", "Siddique", "Divisional Commissioner")
ALAM = ("Didarul Alam", "Alam", "Deputy Commissioner")
ASDMA = ("Assam State Disaster Management Authority", "ASDMA")
PDMA = ("Provincial Disaster Management Authority", "PDMA")
SHAH = ("Syed Murtaza Ali Shah", "Murtaza", "Ali Shah", "Deputy Commissioner")
THAPA = ("Kiran Thapa", "Thapa", "District Police Office", "Superintendent of Police")
NDRRMA = ("National Disaster Risk Reduction and Management Authority", "NDRRMA")
BULAMA = ("Mustapha Bulama", "Bulama", "Chairman")
SEMA = ("State Emergency Management Agency", "SEMA")
WALUSIMBI = ("Joe Walusimbi", "Walusimbi", "Resident District Commissioner")
KABUGHO = ("Annet Kabugho", "Kabugho", "Red Cross")
NOOR = ("Mohamed Noor", "Noor", "County Commissioner")
IOM = ("International Organization for Migration", "IOM")
ACLED = ("Armed Conflict Location", "ACLED", "UN agencies")
PDRRMO = ("Provincial Disaster Risk Reduction and Management Office", "PDRRMO", "provincial disaster office", "disaster office")
ALI = ("Mohajirin Ali", "Ali", "PDRRMO")
RESIDENT = ("resident",)
AA = ("Arakan Army", "AA", "information department")
PUJARI = ("Suresh Pujari", "Pujari", "Minister")
DOUZA = ("Mohammad Shamsud Douza", "Douza", "RRRC", "Refugee Relief and Repatriation Commissioner")
MOVED_OUT = ("evacuated", "relocated", "moved", "displaced")
CAMPS = ("sheltered", "in_camps", "staying", "displaced")  # sheltered first: the category graded is its

FIGURES = [
    # Bangladeshi daily, district floods (no country named)
    ("bangladesh-sylhet-floods.txt", 200000, ("stranded", "trapped", "affected"), "BGD", ("district administration",), {"approx": "about", "counted": PEOPLE, "term": "maroon"}),
    ("bangladesh-sylhet-floods.txt", 11, "killed", "BGD", SIDDIQUE, {"approx": "at least", "counted": PEOPLE, "term": KILL}),
    ("bangladesh-sylhet-floods.txt", 6, "killed", "BGD", SIDDIQUE, {"term": "drown"}),
    ("bangladesh-sylhet-floods.txt", 5, "killed", "BGD", SIDDIQUE, {"term": "electrocut"}),
    ("bangladesh-sylhet-floods.txt", 38000, CAMPS, "BGD", ALAM, {"approx": "over", "counted": "person|people", "term": "refuge|shelter"}),
    ("bangladesh-sylhet-floods.txt", 250, "aid", "BGD", ("DC", "district administration"), {"counted": "rice|tonne", "term": "allocat|rice"}),
    ("bangladesh-sylhet-floods.txt", 3200, ("destroyed", "damaged"), "BGD", ("relief and rehabilitation office",), {"counted": "house", "term": "damag"}),
    ("bangladesh-sylhet-floods.txt", 14500, "damaged", "BGD", ("relief and rehabilitation office",), {"term": "damag"}),

    # Indian state floods, lakh
    ("india-assam-floods.txt", 41, "killed", "IND", ("officials",), {"term": KILL}),
    ("india-assam-floods.txt", 3, "killed", "IND", ASDMA, {"counted": "person", "term": "drown", "when": "2025-03-12"}),
    ("india-assam-floods.txt", 650000, "affected", "IND", ASDMA, {"approx": "over", "counted": PEOPLE, "term": "affect"}),
    ("india-assam-floods.txt", 180000, "affected", "IND", None, {"counted": PEOPLE, "term": "affect"}),
    ("india-assam-floods.txt", 27350, CAMPS, "IND", ("report", "ASDMA"), {"approx": "up to", "counted": PEOPLE, "term": "shelter"}),
    ("india-assam-floods.txt", 2380, "rescued", "IND", ("ASDMA official", "official"), {"counted": "person", "term": "rescu"}),

    # Pakistani provincial rains
    ("pakistan-sindh-rains.txt", 23, "killed", "PAK", PDMA, {"approx": "at least", "counted": PEOPLE, "term": "lost|lose|lives"}),
    ("pakistan-sindh-rains.txt", 187, "killed", "PAK", PDMA, {"term": "toll|death"}),
    ("pakistan-sindh-rains.txt", 64, "injured", "PAK", PDMA, {"counted": PEOPLE, "term": INJ}),
    ("pakistan-sindh-rains.txt", 45000, MOVED_OUT, "PAK", SHAH, {"approx": "about", "counted": PEOPLE, "term": "shift"}),
    ("pakistan-sindh-rains.txt", 9000, CAMPS, "PAK", SHAH, {"term": "liv"}),
    ("pakistan-sindh-rains.txt", 16000, "destroyed", "PAK", SHAH, {"approx": "about", "counted": "house", "term": "destroy"}),
    ("pakistan-sindh-rains.txt", 32000, "aid", "PAK", ("spokesperson", "chief minister"), {"counted": "famil", "term": "distribut|ration"}),

    # Nepali landslide
    ("nepal-landslide.txt", 14, "killed", "NPL", None, {"counted": PEOPLE, "term": KILL}),
    ("nepal-landslide.txt", 9, "missing", "NPL", None, {"term": "missing"}),
    ("nepal-landslide.txt", 17, ("destroyed", "damaged"), "NPL", THAPA, {"counted": "house", "term": "buri|bury"}),
    ("nepal-landslide.txt", 8, ("injured", "evacuated"), "NPL", THAPA, {"counted": PEOPLE, "term": "injur|airlift"}),
    ("nepal-landslide.txt", 63, ("relocated", "moved", "evacuated", "sheltered", "displaced"), "NPL", ("District Disaster Management Committee", "committee"), {"counted": "famil", "term": "mov"}),
    ("nepal-landslide.txt", 112, "killed", "NPL", NDRRMA, {"counted": "li", "term": "claim|lives"}),
    ("nepal-landslide.txt", 71, "killed", "NPL", None, {"term": "die|died"}),

    # Nigerian state correspondent (Borno, Maiduguri; no country named but in names)
    ("nigeria-borno-attack.txt", 37, "killed", "NGA", None, {"approx": "at least", "counted": "farmer", "term": "kill", "when": "2025-03-11"}),
    ("nigeria-borno-attack.txt", 37, "killed", "NGA", BULAMA, {"counted": "corpse", "term": "corpse|recover"}),
    ("nigeria-borno-attack.txt", 6, "injured", "NGA", BULAMA, {"term": "injur|gunshot"}),
    ("nigeria-borno-attack.txt", 15, "abducted", "NGA", ("Civilian Joint Task Force", "CJTF", "member"), {"counted": "wom", "term": "abduct"}),
    ("nigeria-borno-attack.txt", 3000, ("arrived", "displaced", "fled", "idps", "in_camps"), "NGA", SEMA, {"approx": "over", "counted": "person", "term": "arriv"}),
    ("nigeria-borno-attack.txt", 1800000, ("idps", "displaced", "hosted"), "NGA", SEMA, {"approx": "about", "counted": "idp", "term": "idp|host"}),
    ("nigeria-borno-attack.txt", 8, "killed", "NGA", ("Nigerian Army", "Army", "spokesperson"), {"counted": "terrorist", "term": "neutrali"}),

    # Ugandan flood story (Kasese; no country named)
    ("uganda-kasese-floods.txt", 9, "killed", "UGA", None, {"approx": "at least", "counted": PEOPLE, "term": KILL}),
    ("uganda-kasese-floods.txt", 2000, ("displaced", "homeless"), "UGA", None, {"approx": "over", "term": "displac"}),
    ("uganda-kasese-floods.txt", 9, "killed", "UGA", WALUSIMBI, {"counted": "bod|people", "term": "retriev|bod"}),
    ("uganda-kasese-floods.txt", 4, "killed", "UGA", WALUSIMBI, {"counted": "child"}),
    ("uganda-kasese-floods.txt", 5, "missing", "UGA", WALUSIMBI, {"counted": PEOPLE, "term": "missing"}),
    ("uganda-kasese-floods.txt", 480, CAMPS, "UGA", KABUGHO, {"counted": "household", "term": "regist|camp"}),
    ("uganda-kasese-floods.txt", 300, "aid", "UGA", ("society", "Red Cross", "Kabugho"), {"counted": "famil", "term": "distribut|kit"}),
    ("uganda-kasese-floods.txt", 146, "destroyed", "UGA", None, {"counted": "house", "term": "destroy"}),
    ("uganda-kasese-floods.txt", 5000, "aid", "UGA", ("Lillian Aber", "Aber", "Minister"), {"counted": "bag|maize|flour"}),
    ("uganda-kasese-floods.txt", 2000, "aid", "UGA", ("Lillian Aber", "Aber", "Minister"), {"counted": "sheet"}),
    ("uganda-kasese-floods.txt", 8, "killed", "UGA", None, {"counted": PEOPLE, "term": KILL, "when": "2020-05"}),
    ("uganda-kasese-floods.txt", 100000, ("displaced",), "UGA", None, {"approx": "about", "term": "displac", "when": "2020-05"}),

    # Kenyan flood story
    ("kenya-tana-floods.txt", 3000, ("stranded", "trapped", "affected"), "KEN", None, {"approx": "over", "counted": "famil", "term": "maroon"}),
    ("kenya-tana-floods.txt", 18000, ("displaced",), "KEN", NOOR, {"approx": "over", "counted": "person", "term": "displac"}),
    ("kenya-tana-floods.txt", 5, "killed", "KEN", NOOR, {"counted": PEOPLE, "term": "lost|lose"}),
    ("kenya-tana-floods.txt", 3, "killed", "KEN", NOOR, {"term": "drown"}),
    ("kenya-tana-floods.txt", 2, ("killed", "missing"), "KEN", NOOR, {"term": "swept|sweep"}),
    ("kenya-tana-floods.txt", 640, "evacuated", "KEN", ("Kenya Red Cross", "Red Cross"), {"counted": PEOPLE, "term": "evacuat"}),
    ("kenya-tana-floods.txt", 42, ("infected", "diagnosed"), "KEN", ("Hassan Musa", "Musa", "Red Cross"), {"counted": "case", "term": "case|suspect|cholera|record"}),
    ("kenya-tana-floods.txt", 64, "killed", "KEN", ("National Disaster Operations Centre", "Operations Centre"), {"term": "toll|death"}),
    ("kenya-tana-floods.txt", 38, "injured", "KEN", None, {"counted": PEOPLE, "term": INJ}),
    ("kenya-tana-floods.txt", 150, "aid", "KEN", ("Kipchumba Murkomen", "Murkomen", "Cabinet Secretary"), {"counted": "tonne|food", "term": "relief|food|dispatch"}),

    # Mozambican story, Cabo Delgado
    ("mozambique-cabo-delgado.txt", 12000, ("fled", "displaced"), "MOZ", IOM, {"approx": "about", "counted": PEOPLE, "term": "fled|flee", "when": "2025-03"}),
    ("mozambique-cabo-delgado.txt", 7, "killed", "MOZ", ("Local sources", "sources"), {"approx": "at least", "counted": "civilian", "term": "behead"}),
    ("mozambique-cabo-delgado.txt", 4, "killed", "MOZ", ("Tomás Badae", "Badae", "administrator"), {"counted": "death", "term": "death"}),
    ("mozambique-cabo-delgado.txt", 2150, ("arrived", "displaced", "in_camps", "sheltered", "fled"), "MOZ", ("Atija Mussa", "Mussa", "relief committee"), {"counted": "famil", "term": "regist"}),
    ("mozambique-cabo-delgado.txt", 4000, "aid", "MOZ", ("World Food Programme", "WFP"), {"counted": "household", "term": "food|assist"}),
    ("mozambique-cabo-delgado.txt", 6000, "killed", "MOZ", ACLED, {"approx": "over", "counted": PEOPLE, "term": KILL}),
    ("mozambique-cabo-delgado.txt", 1300000, ("displaced", "idps"), "MOZ", ACLED, {"approx": "over", "term": "displac"}),
    ("mozambique-cabo-delgado.txt", 600000, "returned", "MOZ", IOM, {"approx": "about", "counted": "displaced", "term": "return"}),

    # Philippine provincial flood story (Mindanao; no country named)
    ("philippines-maguindanao-floods.txt", 25000, ("displaced",), "PHL", PDRRMO, {"approx": "about", "counted": "famil", "term": "displac"}),
    ("philippines-maguindanao-floods.txt", 118000, ("sheltered", "staying", "displaced", "in_camps"), "PHL", PDRRMO, {"approx": "about", "counted": "individual", "term": "stay"}),
    ("philippines-maguindanao-floods.txt", 4, "killed", "PHL", ALI, {"counted": "person", "term": "dead|drown"}),
    ("philippines-maguindanao-floods.txt", 2, "missing", "PHL", ALI, {"counted": "fisherm", "term": "missing"}),
    ("philippines-maguindanao-floods.txt", 8500, "aid", "PHL", ("Ministry of Social Services and Development", "Ministry"), {"counted": "pack", "term": "distribut|pack"}),
    ("philippines-maguindanao-floods.txt", 341000, "affected", "PHL", ("NDRRMC", "National Disaster Risk Reduction and Management Council"), {"counted": PEOPLE, "term": "affect"}),

    # Myanmar exile press, Rakhine airstrike
    ("myanmar-rakhine-airstrike.txt", 28, "killed", "MMR", ("residents", "Arakan Army", "AA"), {"approx": "at least", "counted": "civilian", "term": KILL, "when": "2025-03-11"}),
    ("myanmar-rakhine-airstrike.txt", 35, ("destroyed", "damaged"), "MMR", RESIDENT, {"counted": "house", "term": "destroy"}),
    ("myanmar-rakhine-airstrike.txt", 28, "killed", "MMR", RESIDENT, {"counted": "bod|people", "term": "bod|collect"}),
    ("myanmar-rakhine-airstrike.txt", 11, "killed", "MMR", RESIDENT, {"counted": "child"}),
    ("myanmar-rakhine-airstrike.txt", 40, "injured", "MMR", RESIDENT, {"approx": "over", "term": INJ}),
    ("myanmar-rakhine-airstrike.txt", 94, "killed", "MMR", AA, {"counted": "civilian", "term": KILL, "when": "2025-03"}),
    ("myanmar-rakhine-airstrike.txt", 3000, ("fled", "displaced"), "MMR", ("local aid group", "aid group"), {"approx": "about", "counted": "villager", "term": "fled|flee"}),
    ("myanmar-rakhine-airstrike.txt", 570000, ("displaced", "idps"), "MMR", ("UN refugee agency", "refugee agency", "UNHCR"), {"approx": "over", "counted": PEOPLE, "term": "displac"}),

    # Indian state cyclone, lakh and crore
    ("india-odisha-cyclone.txt", 580000, "evacuated", "IND", PUJARI, {"approx": "over", "counted": PEOPLE, "term": "evacuat"}),
    ("india-odisha-cyclone.txt", 2, "killed", "IND", PUJARI, {"counted": "person", "term": KILL}),
    ("india-odisha-cyclone.txt", 1, "killed", "IND", ("officials",), {"counted": "person", "term": KILL}),
    ("india-odisha-cyclone.txt", 17500000, "affected", "IND", ("state governments", "assessment"), {"approx": "over", "counted": PEOPLE, "term": "hit"}),
    ("india-odisha-cyclone.txt", 4500, "damaged", "IND", ("Special Relief Commissioner",), {"approx": "about", "counted": "house", "term": "damag"}),

    # Bangladeshi daily, camp fire
    ("bangladesh-rohingya-camp-fire.txt", 800, ("destroyed", "damaged"), "BGD", None, {"approx": "about", "counted": "shant", "term": "gut"}),
    ("bangladesh-rohingya-camp-fire.txt", 5000, ("homeless", "displaced"), "BGD", None, {"approx": "over", "counted": "rohingya", "term": "homeless"}),
    ("bangladesh-rohingya-camp-fire.txt", 12, "injured", "BGD", ("Md Rafiqul Islam", "Rafiqul", "Islam", "Station Officer"), {"approx": "at least", "counted": PEOPLE, "term": "burn|injur"}),
    ("bangladesh-rohingya-camp-fire.txt", 1150, "aid", "BGD", DOUZA, {"counted": "famil", "term": "receiv|food|tarpaulin"}),
    ("bangladesh-rohingya-camp-fire.txt", 1000000, ("refugees", "hosted"), "BGD", None, {"approx": "over", "counted": "rohingya|refugee", "term": "host|refugee"}),
]

# Numbers that are no figure at all: years, dates, clock times, phone numbers, road numbers.
NO_FIGURE = [
    ("bangladesh-sylhet-floods.txt", 9),
    ("pakistan-sindh-rains.txt", 18),
    ("nepal-landslide.txt", 30),
    ("nepal-landslide.txt", 11),
    ("nigeria-borno-attack.txt", 8031234567),
    ("uganda-kasese-floods.txt", 2020),
    ("mozambique-cabo-delgado.txt", 380),
    ("mozambique-cabo-delgado.txt", 6),
    ("mozambique-cabo-delgado.txt", 11),
    ("mozambique-cabo-delgado.txt", 2017),
    ("mozambique-cabo-delgado.txt", 2021),
    ("myanmar-rakhine-airstrike.txt", 2023),
    ("myanmar-rakhine-airstrike.txt", 2),
    ("bangladesh-rohingya-camp-fire.txt", 45),
    ("bangladesh-rohingya-camp-fire.txt", 2017),
]

# Numbers that are no figure of people's plight (money in lakh, crore and other currencies, areas, water levels,
# shelters and camps counted, admin units, livestock, ages, durations, ward and camp numbers): no event class.
NO_EVENT = [
    ("bangladesh-sylhet-floods.txt", 412),
    ("bangladesh-sylhet-floods.txt", 1500000),
    ("bangladesh-sylhet-floods.txt", 62),
    ("bangladesh-sylhet-floods.txt", 7),
    ("india-assam-floods.txt", 19),
    ("india-assam-floods.txt", 186),
    ("india-assam-floods.txt", 1346),
    ("india-assam-floods.txt", 42000),
    ("india-assam-floods.txt", 400000),
    ("india-assam-floods.txt", 500000000),
    ("india-assam-floods.txt", 48),
    ("india-assam-floods.txt", 233),
    ("pakistan-sindh-rains.txt", 1200000),
    ("pakistan-sindh-rains.txt", 10000000000),
    ("pakistan-sindh-rains.txt", 24),
    ("nepal-landslide.txt", 52),
    ("nepal-landslide.txt", 10000),
    ("nepal-landslide.txt", 2),
    ("nigeria-borno-attack.txt", 200),
    ("nigeria-borno-attack.txt", 20000000),
    ("uganda-kasese-floods.txt", 65),
    ("kenya-tana-floods.txt", 200000000),
    ("kenya-tana-floods.txt", 1200),
    ("kenya-tana-floods.txt", 23),
    ("kenya-tana-floods.txt", 1000000000),
    ("mozambique-cabo-delgado.txt", 78),
    ("philippines-maguindanao-floods.txt", 18),
    ("philippines-maguindanao-floods.txt", 7),
    ("philippines-maguindanao-floods.txt", 312000000),
    ("myanmar-rakhine-airstrike.txt", 20),
    ("myanmar-rakhine-airstrike.txt", 14),
    ("myanmar-rakhine-airstrike.txt", 17),
    ("india-odisha-cyclone.txt", 14),
    ("india-odisha-cyclone.txt", 6210),
    ("india-odisha-cyclone.txt", 220000),
    ("india-odisha-cyclone.txt", 400000),
    ("india-odisha-cyclone.txt", 120000),
    ("india-odisha-cyclone.txt", 3000000),
    ("india-odisha-cyclone.txt", 16),
    ("bangladesh-rohingya-camp-fire.txt", 11),
    ("bangladesh-rohingya-camp-fire.txt", 35),
    ("bangladesh-rohingya-camp-fire.txt", 33),
]
