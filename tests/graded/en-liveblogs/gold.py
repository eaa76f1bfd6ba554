"""Graded figures of eleven liveblogs and rolling updates (texts written for these tests, in the shape of real news
liveblogs: "Updated 2 hours ago", bylines, "Key points" bullets, entries under a clock time and a heading, rolling
totals revised upward, agency statements, officials with their titles, follow-ups by pronoun or "the agency said",
numbers in words and digits, ranges, qualifiers, households beside people, "according to" before and after) about
an earthquake in Nepal, strikes in Gaza, fighting in Darfur, floods in Pakistan, fighting in eastern DR Congo,
strikes in Lebanon, a cyclone in Malawi and Mozambique, floods in Brazil, an earthquake in Afghanistan, floods in
Kenya and Somalia, a typhoon in Vietnam. Graded as the shared realnews annotations are: (file, value, event
classes accepted, country or None when the text leaves it open, source words accepted or None when no one is
named in the figure's sentence or referred back to, {approx, counted, term, when}), with the conventions of
tests/graded/en-stories/gold.py: ``term`` holds the stems of the text's word, ``counted`` what is counted,
``approx`` one of over, at least, about, almost (``some``, ``roughly``, ``around``, ``an estimated`` are about;
``nearly`` is almost), ``when`` the date the figure's own sentence gives it, resolved from DATE (a Thursday). A
range is graded by its low bound. A movement between countries takes the country people reach. Key points bullets
and entry headings count as text (the first line is the title and is not graded); clock times, "Updated N hours
ago", dates and names with digits ("Rescue 1122") are no figures. Written blind: the gold was set down before
newsfacts ran on these texts. Read by tests/graded/grade.py.

Blind score (newsfacts at 6a40dd2, before any tuning on this set): see BLIND below."""

DATE = "2025-08-21"  # a Thursday

# The blind measurement (newsfacts at 6a40dd2, run once the gold above was written, before any change): found
# 139/141, event 124, category 122, country 137, source 128, approx 43/43, counted 99/101, term 123/131, when 25/27,
# no event 26/27, no figure 31/31, all right 110/141. Three of the category misses were the gold's: it listed
# "staying" (filed as other) first for people staying in camps, shelters or with relatives, where it meant
# displacement; the class order was corrected after the blind run (the blind figures above are as first run).
# After this session's changes (branch en14; the tuned sets' mechanisms: homeless by where people sleep, "the agency
# said" resolved, a rank before a name, people searched for, relief coordinated and staples): event 130, category 131,
# source 132, term 125, all right 121/141. Left: "Toll climbs to 63" under a clock time (the parse makes the level an
# xcomp), "treated for injuries", "up from its earlier estimate of 27,000" and "up by 9,800" (no event), "homes were
# flooded", "cut off by water", a movement whose country is the speaker's ("Syria's ... said 6,240 people had entered
# from Lebanon"), "Across the border in Mozambique, X said" (the border taken for the speaker), the "and" inside "Vietnam
# Disaster and Dyke Management Authority", "one of its soldiers" and "five are missing" not found as figures.
BLIND = {"all right": 110, "found": 139, "event": 124, "category": 122, "country": 137, "source": 128}

KILL = "kill|dead|death|died|die|fatalit|lives|toll"
INJ = "injur|wound|hurt"
PEOPLE = "people|person"
FLED = ("fled", "displaced")
CROSSED = ("arrived", "refugees", "fled", "moved")
HOMELESS = ("homeless", "displaced", "staying", "sheltered")
SHELTER = ("sheltered", "staying", "in_camps", "displaced")

NPL_MIN = ("Home Ministry", "Ministry")
ADHIKARI = ("Rishi Raj Adhikari", "Adhikari", "Home Ministry", "spokesperson")
NDRRMA = ("National Disaster Risk Reduction and Management Authority", "NDRRMA", "authority")
HOLTBY = ("Maren Holtby", "Holtby", "UNICEF")
GAZA_MOH = ("health ministry", "ministry")
BURSH = ("Khalil al-Bursh", "al-Bursh", "Bursh", "ministry")
OCHA = ("OCHA", "UN humanitarian office", "humanitarian office", "Office for the Coordination of Humanitarian Affairs")
IDF = ("Israeli military", "military")
WHO = ("World Health Organization", "WHO")
IOM = ("International Organization for Migration", "IOM")
UNHCR = ("UN refugee agency", "refugee agency", "UNHCR")
MSF = ("Médecins Sans Frontières", "MSF")
SDN_DOCTORS = ("Sudan Doctors Network", "Doctors Network")
NDMA = ("National Disaster Management Authority", "NDMA", "authority")
QAYYUM = ("Kashif Qayyum", "Qayyum", "deputy commissioner")
PDMA = ("Provincial Disaster Management Authority", "PDMA")
ICRC = ("International Committee of the Red Cross", "ICRC", "Red Cross")
MBUYI = ("Didier Mbuyi", "Mbuyi", "spokesman")
LBN_MOH = ("Ministry of Public Health", "health ministry", "ministry")
DTM = ("Displacement Tracking Matrix", "IOM", "DTM")
DODMA = ("Department of Disaster Management Affairs", "DoDMA")
MWANZA = ("Grace Mwanza", "Mwanza", "DoDMA", "Commissioner")
PHIRI = ("Emmanuel Phiri", "Phiri", "Red Cross")
CIVIL_DEFENCE = ("civil defence",)
NURISTANI = ("Hamidullah Nuristani", "Nuristani", "spokesman")
ARCS = ("Afghan Red Crescent Society", "Red Crescent")
MWANGI = ("Samuel Mwangi", "Mwangi", "Cabinet Secretary")
KIPRONO = ("Peter Kiprono", "Kiprono", "county commissioner")
VDDMA = ("Vietnam Disaster and Dyke Management Authority", "Dyke Management Authority", "Authority")
BORDER_GUARD = ("border guard command", "border guard")

FIGURES = [
    # Nepal earthquake (Tuesday 19 August, shortly before midnight)
    ("nepal-quake-live.txt", 157, "killed", "NPL", NPL_MIN, {"approx": "at least", "counted": PEOPLE, "term": KILL}),
    ("nepal-quake-live.txt", 248, "injured", "NPL", NPL_MIN, {"term": INJ}),
    ("nepal-quake-live.txt", 3000, ("destroyed",), "NPL", ("national disaster authority", "disaster authority"), {"approx": "over", "counted": "house", "term": "destroy"}),
    ("nepal-quake-live.txt", 12000, HOMELESS, "NPL", ("UNICEF",), {"approx": "about", "counted": "child", "term": "sleep|open"}),
    ("nepal-quake-live.txt", 157, "killed", "NPL", None, {"term": KILL}),  # the entry's heading
    ("nepal-quake-live.txt", 157, "killed", "NPL", ADHIKARI, {"counted": "death", "term": KILL}),
    ("nepal-quake-live.txt", 143, "killed", "NPL", ADHIKARI, {"when": "2025-08-20"}),
    ("nepal-quake-live.txt", 248, ("injured", "hospitalized"), "NPL", ADHIKARI, {"counted": PEOPLE, "term": INJ + "|treat"}),
    ("nepal-quake-live.txt", 34, ("evacuated", "relocated", "moved"), "NPL", ("Nepal Army", "army"), {"counted": PEOPLE + "|injured", "term": "airlift"}),
    ("nepal-quake-live.txt", 3216, ("destroyed",), "NPL", NDRRMA, {"counted": "house", "term": "destroy"}),
    ("nepal-quake-live.txt", 5870, ("damaged",), "NPL", NDRRMA, {"term": "damag"}),
    ("nepal-quake-live.txt", 4500, HOMELESS, "NPL", NDRRMA, {"approx": "about", "counted": "famil", "term": "outdoor|night|spent"}),
    ("nepal-quake-live.txt", 12000, HOMELESS, "NPL", HOLTBY, {"approx": "about", "counted": "child", "term": "lost|lose|home|sleep"}),
    ("nepal-quake-live.txt", 2000, "aid", "NPL", HOLTBY, {"counted": "household", "term": "sent|send|tarpaulin|blanket"}),
    ("nepal-quake-live.txt", 7, "rescued", "NPL", ("Santosh Rokaya", "Rokaya", "police chief"), {"counted": PEOPLE, "term": "rescu"}),
    ("nepal-quake-live.txt", 9000, "killed", "NPL", None, {"approx": "almost", "counted": PEOPLE, "term": KILL, "when": "2015"}),

    # Gaza (Thursday's update of the ministry; displacement Sunday to Wednesday)
    ("gaza-live.txt", 64, "killed", "PSE", GAZA_MOH, {"approx": "at least", "counted": "palestinian", "term": KILL}),
    ("gaza-live.txt", 90000, ("displaced",), "PSE", OCHA, {"approx": "about", "counted": PEOPLE, "term": "displac"}),
    ("gaza-live.txt", 64, "killed", "PSE", GAZA_MOH, {"approx": "at least", "counted": "palestinian", "term": KILL}),
    ("gaza-live.txt", 213, "injured", "PSE", GAZA_MOH, {"term": INJ}),
    ("gaza-live.txt", 19, "killed", "PSE", BURSH, {"counted": "child", "term": KILL}),
    ("gaza-live.txt", 62004, "killed", "PSE", BURSH, {"term": KILL}),
    ("gaza-live.txt", 156000, "injured", "PSE", BURSH, {"approx": "over", "term": INJ}),
    ("gaza-live.txt", 90000, ("displaced",), "PSE", OCHA, {"approx": "about", "counted": PEOPLE, "term": "displac", "when": "2025-08-17"}),
    ("gaza-live.txt", 1100000, SHELTER, "PSE", ("Miriam Castell", "Castell", "UNRWA"), {"approx": "over", "counted": PEOPLE, "term": "stay|shelter"}),
    ("gaza-live.txt", 1, "killed", "PSE", IDF, {"counted": "soldier", "term": KILL, "when": "2025-08-20"}),
    ("gaza-live.txt", 2, "injured", "PSE", IDF, {"counted": "soldier", "term": INJ}),
    ("gaza-live.txt", 1450, "aid", "PSE", ("World Food Programme", "WFP"), {"counted": "tonne|food", "term": "deliver|food"}),
    ("gaza-live.txt", 38, ("evacuated", "relocated", "moved"), "JOR", WHO, {"counted": "patient", "term": "mov"}),
    ("gaza-live.txt", 12000, ("in_need",), "PSE", ("Hans Voller", "Voller", "WHO"), {"approx": "over", "counted": "patient", "term": "need"}),

    # Darfur and eastern Chad
    ("sudan-el-fasher-live.txt", 40000, FLED, "SDN", IOM, {"approx": "almost", "counted": PEOPLE, "term": "fled|flee"}),
    ("sudan-el-fasher-live.txt", 2300, CROSSED, "TCD", UNHCR, {"counted": "arrival", "term": "arriv|refugee"}),
    ("sudan-el-fasher-live.txt", 97, ("injured", "hospitalized"), "SDN", MSF, {"term": INJ}),
    ("sudan-el-fasher-live.txt", 21, "killed", "SDN", MSF, {"term": KILL}),
    ("sudan-el-fasher-live.txt", 39850, FLED, "SDN", IOM, {"counted": PEOPLE, "term": "fled|flee", "when": "2025-08-17"}),
    ("sudan-el-fasher-live.txt", 7970, FLED, "SDN", IOM, {"approx": "about", "counted": "household", "term": "fled|flee"}),
    ("sudan-el-fasher-live.txt", 27000, FLED, "SDN", IOM),
    ("sudan-el-fasher-live.txt", 2300, CROSSED, "TCD", UNHCR, {"counted": PEOPLE, "term": "cross", "when": "2025-08-18"}),
    ("sudan-el-fasher-live.txt", 1200000, ("refugees", "hosted"), "TCD", UNHCR, {"approx": "over", "counted": "refugee|sudanese", "term": "refugee"}),
    ("sudan-el-fasher-live.txt", 97, ("injured", "hospitalized"), "SDN", MSF, {"counted": PEOPLE, "term": INJ, "when": "2025-08-19"}),
    ("sudan-el-fasher-live.txt", 21, "killed", "SDN", MSF, {"term": KILL}),
    ("sudan-el-fasher-live.txt", 14, "killed", "SDN", SDN_DOCTORS, {"approx": "at least", "counted": "civilian", "term": KILL}),
    ("sudan-el-fasher-live.txt", 312, ("infected", "diagnosed"), "SDN", ("health ministry", "ministry"), {"counted": "case", "term": "case|cholera|suspect|report"}),
    ("sudan-el-fasher-live.txt", 11, "killed", "SDN", ("health ministry", "ministry"), {"counted": "death", "term": KILL}),

    # Pakistan floods (toll since 26 June)
    ("pakistan-floods-live.txt", 341, "killed", "PAK", NDMA, {"term": KILL, "when": "2025-06-26"}),
    ("pakistan-floods-live.txt", 184, "killed", "PAK", None, {"term": KILL}),
    ("pakistan-floods-live.txt", 341, "killed", "PAK", NDMA, {"term": KILL, "when": "2025-06-26"}),
    ("pakistan-floods-live.txt", 327, "killed", "PAK", NDMA),
    ("pakistan-floods-live.txt", 712, "injured", "PAK", NDMA, {"counted": PEOPLE, "term": INJ}),
    ("pakistan-floods-live.txt", 1940, ("damaged", "destroyed"), "PAK", NDMA, {"counted": "house", "term": "damag"}),
    ("pakistan-floods-live.txt", 184, "killed", "PAK", QAYYUM, {"counted": PEOPLE, "term": KILL}),
    ("pakistan-floods-live.txt", 52, "missing", "PAK", QAYYUM, {"counted": PEOPLE, "term": "missing"}),
    ("pakistan-floods-live.txt", 11, "killed", "PAK", QAYYUM, {"counted": "bod", "term": "recover|bod"}),
    ("pakistan-floods-live.txt", 21500, ("displaced", "idps"), "PAK", PDMA, {"approx": "about", "counted": "famil", "term": "displac"}),
    ("pakistan-floods-live.txt", 150000, ("displaced", "idps"), "PAK", PDMA, {"approx": "about", "counted": PEOPLE}),
    ("pakistan-floods-live.txt", 4200, ("in_camps", "sheltered", "staying"), "PAK", PDMA, {"approx": "about", "term": "stay|camp"}),
    ("pakistan-floods-live.txt", 5, "killed", "PAK", ("chief minister's office", "office"), {"counted": "crew|member", "term": KILL}),
    ("pakistan-floods-live.txt", 3650, "evacuated", "PAK", ("Rescue 1122",), {"counted": PEOPLE, "term": "evacuat"}),

    # Eastern DR Congo, Uganda and Burundi (since Saturday 16 August)
    ("drc-goma-live.txt", 85000, FLED, "COD", OCHA, {"approx": "over", "counted": PEOPLE, "term": "fled|flee"}),
    ("drc-goma-live.txt", 430, ("injured", "hospitalized"), "COD", ICRC, {"term": INJ + "|treat"}),
    ("drc-goma-live.txt", 85600, FLED, "COD", OCHA, {"counted": PEOPLE, "term": "fled|flee"}),
    ("drc-goma-live.txt", 12000, ("displaced", "idps"), "COD", OCHA, {"counted": PEOPLE, "term": "displac"}),
    ("drc-goma-live.txt", 430, ("injured", "hospitalized"), "COD", ICRC, {"counted": PEOPLE + "|wounded", "term": INJ + "|admit"}),
    ("drc-goma-live.txt", 23, "killed", "COD", MBUYI, {"approx": "at least", "counted": "civilian", "term": KILL, "when": "2025-08-20"}),
    ("drc-goma-live.txt", 40, "injured", "COD", MBUYI, {"term": INJ}),
    ("drc-goma-live.txt", 3400, CROSSED, "UGA", ("Office of the Prime Minister", "Prime Minister"), {"counted": "refugee|congolese", "term": "cross"}),
    ("drc-goma-live.txt", 1800, CROSSED, "BDI", ("interior ministry", "ministry"), {"approx": "about", "counted": "arrival", "term": "arriv"}),
    ("drc-goma-live.txt", 700000, ("in_camps", "idps", "displaced", "staying"), "COD", ("UN peacekeeping mission", "peacekeeping mission", "MONUSCO"), {"approx": "over", "counted": "displaced|people", "term": "living|liv|displac|camp"}),

    # Lebanon (strikes on Wednesday 20 August), crossings into Syria
    ("lebanon-strikes-live.txt", 31, "killed", "LBN", LBN_MOH, {"counted": PEOPLE, "term": KILL, "when": "2025-08-20"}),
    ("lebanon-strikes-live.txt", 97, "injured", "LBN", LBN_MOH, {"term": INJ, "when": "2025-08-20"}),
    ("lebanon-strikes-live.txt", 6000, CROSSED + ("returned", "departed"), "SYR", ("Syrian authorities", "authorities"), {"approx": "over", "counted": PEOPLE, "term": "cross"}),
    ("lebanon-strikes-live.txt", 110000, ("idps", "displaced"), "LBN", ("IOM",), {"approx": "over", "counted": "displaced|people", "term": "displac"}),
    ("lebanon-strikes-live.txt", 31, "killed", "LBN", LBN_MOH, {"counted": PEOPLE, "term": KILL, "when": "2025-08-20"}),
    ("lebanon-strikes-live.txt", 4, "killed", "LBN", LBN_MOH, {"counted": "paramedic", "term": KILL}),
    ("lebanon-strikes-live.txt", 97, "injured", "LBN", LBN_MOH, {"term": INJ, "when": "2025-08-20"}),
    ("lebanon-strikes-live.txt", 6240, CROSSED + ("returned", "departed"), "SYR", ("General Directorate of Immigration", "Directorate"), {"counted": PEOPLE, "term": "enter"}),
    ("lebanon-strikes-live.txt", 112300, ("idps", "displaced"), "LBN", DTM, {"counted": PEOPLE, "term": "displac"}),
    ("lebanon-strikes-live.txt", 9800, ("idps", "displaced"), "LBN", DTM, {"when": "2025-08-18"}),
    ("lebanon-strikes-live.txt", 27500, ("sheltered", "in_camps", "staying"), "LBN", DTM, {"term": "stay|shelter"}),
    ("lebanon-strikes-live.txt", 5, "killed", "LBN", ("Fouad Haidar", "Haidar", "mayor"), {"counted": "civilian", "term": KILL}),
    ("lebanon-strikes-live.txt", 90000, "affected", "LBN", ("education ministry", "ministry"), {"approx": "about", "counted": "pupil", "term": "affect"}),

    # Malawi and Mozambique cyclone
    ("malawi-floods-live.txt", 63, "killed", "MWI", None, {"term": KILL}),
    ("malawi-floods-live.txt", 39, "missing", "MWI", None, {"counted": PEOPLE, "term": "missing"}),
    ("malawi-floods-live.txt", 80000, ("displaced", "idps"), "MWI", ("disaster officials", "officials"), {"approx": "almost", "counted": PEOPLE, "term": "displac"}),
    ("malawi-floods-live.txt", 63, "killed", "MWI", None, {"term": KILL}),  # the entry's heading
    ("malawi-floods-live.txt", 63, "killed", "MWI", DODMA, {"counted": PEOPLE, "term": KILL, "when": "2025-08-21"}),
    ("malawi-floods-live.txt", 48, "killed", "MWI", DODMA, {"when": "2025-08-20"}),
    ("malawi-floods-live.txt", 39, "missing", "MWI", DODMA, {"term": "missing"}),
    ("malawi-floods-live.txt", 78450, FLED + ("in_camps", "sheltered"), "MWI", MWANZA, {"counted": PEOPLE, "term": "fled|flee"}),
    ("malawi-floods-live.txt", 17200, FLED + ("in_camps", "sheltered"), "MWI", MWANZA, {"counted": "household", "term": "fled|flee"}),
    ("malawi-floods-live.txt", 212, "injured", "MWI", MWANZA, {"counted": PEOPLE, "term": INJ}),
    ("malawi-floods-live.txt", 146, "rescued", "MWI", PHIRI, {"counted": PEOPLE, "term": "rescu"}),
    ("malawi-floods-live.txt", 2000, ("stranded", "trapped"), "MWI", PHIRI, {"approx": "about", "counted": PEOPLE, "term": "cut"}),
    ("malawi-floods-live.txt", 1200, "aid", "MWI", ("World Food Programme", "WFP"), {"counted": "tonne|maize", "term": "distribut|maize"}),
    ("malawi-floods-live.txt", 11, "killed", "MOZ", ("National Institute for Disaster Risk Management", "Institute"), {"counted": PEOPLE, "term": KILL}),
    ("malawi-floods-live.txt", 4600, ("damaged", "destroyed", "affected"), "MOZ", ("National Institute for Disaster Risk Management", "Institute"), {"counted": "home", "term": "flood"}),

    # Brazil floods
    ("brazil-floods-live.txt", 94, "killed", "BRA", CIVIL_DEFENCE, {"counted": "death", "term": KILL}),
    ("brazil-floods-live.txt", 120, "missing", "BRA", CIVIL_DEFENCE, {"counted": PEOPLE, "term": "unaccounted|missing"}),
    ("brazil-floods-live.txt", 150000, ("displaced", "evacuated", "homeless", "departed"), "BRA", None, {"approx": "over", "counted": PEOPLE, "term": "forc|home"}),
    ("brazil-floods-live.txt", 94, "killed", "BRA", None, {"term": KILL}),  # the entry's heading
    ("brazil-floods-live.txt", 94, "killed", "BRA", CIVIL_DEFENCE, {"counted": "death", "term": KILL}),
    ("brazil-floods-live.txt", 85, "killed", "BRA", CIVIL_DEFENCE, {"when": "2025-08-20"}),
    ("brazil-floods-live.txt", 128, "missing", "BRA", CIVIL_DEFENCE, {"counted": PEOPLE, "term": "missing"}),
    ("brazil-floods-live.txt", 372, "injured", "BRA", CIVIL_DEFENCE, {"term": INJ}),
    ("brazil-floods-live.txt", 48600, SHELTER, "BRA", ("state government", "government"), {"counted": PEOPLE, "term": "shelter"}),
    ("brazil-floods-live.txt", 112000, ("hosted", "staying", "displaced", "sheltered"), "BRA", ("state government", "government"), {"term": "stay|relative"}),
    ("brazil-floods-live.txt", 60000, "rescued", "BRA", CIVIL_DEFENCE, {"approx": "over", "counted": PEOPLE, "term": "rescu"}),
    ("brazil-floods-live.txt", 30, "aid", "BRA", ("health ministry", "ministry"), {"counted": "tonne|medicine", "term": "send|sending|medicine"}),

    # Afghanistan earthquake (Saturday 16 August)
    ("afghanistan-herat-quake-live.txt", 1040, "killed", "AFG", ("Ministry of Disaster Management", "Ministry"), {"approx": "at least", "counted": PEOPLE, "term": KILL}),
    ("afghanistan-herat-quake-live.txt", 1600, ("injured", "hospitalized"), "AFG", WHO, {"approx": "over", "term": INJ + "|treat"}),
    ("afghanistan-herat-quake-live.txt", 1040, "killed", "AFG", NURISTANI, {"approx": "at least", "counted": PEOPLE, "term": KILL, "when": "2025-08-16"}),
    ("afghanistan-herat-quake-live.txt", 1870, "injured", "AFG", NURISTANI, {"term": INJ, "when": "2025-08-16"}),
    ("afghanistan-herat-quake-live.txt", 1320, ("destroyed",), "AFG", NURISTANI, {"counted": "home", "term": "destroy"}),
    ("afghanistan-herat-quake-live.txt", 850, "killed", "AFG", NURISTANI, {"term": KILL}),
    ("afghanistan-herat-quake-live.txt", 1600, ("injured", "hospitalized"), "AFG", WHO, {"approx": "over", "counted": PEOPLE + "|injured", "term": INJ + "|treat"}),
    ("afghanistan-herat-quake-live.txt", 4700, ("returned", "deported"), "AFG", IOM, {"approx": "about", "counted": "famil", "term": "return"}),
    ("afghanistan-herat-quake-live.txt", 600, "aid", "AFG", ARCS, {"counted": "tent", "term": "distribut|tent"}),
    ("afghanistan-herat-quake-live.txt", 1500, "aid", "AFG", ARCS, {"counted": "blanket", "term": "distribut|blanket"}),
    ("afghanistan-herat-quake-live.txt", 12000, HOMELESS, "AFG", ("Ghulam Sakhi Barakzai", "Barakzai", "Red Crescent"), {"approx": "about", "counted": PEOPLE, "term": "slept|sleep|outdoor", "when": "2025-08-19"}),

    # Kenya and Somalia floods (since March; the dam on Monday 18 August)
    ("kenya-floods-live.txt", 179, "killed", "KEN", ("Interior ministry", "ministry"), {"counted": PEOPLE, "term": KILL, "when": "2025-03"}),
    ("kenya-floods-live.txt", 45, "killed", "KEN", None, {"approx": "at least", "term": KILL, "when": "2025-08-18"}),
    ("kenya-floods-live.txt", 190000, ("displaced", "idps"), "KEN", None, {"approx": "over", "counted": PEOPLE, "term": "displac"}),
    ("kenya-floods-live.txt", 179, "killed", "KEN", MWANGI, {"counted": PEOPLE, "term": KILL, "when": "2025-03"}),
    ("kenya-floods-live.txt", 169, "killed", "KEN", MWANGI, {"when": "2025-08-19"}),
    ("kenya-floods-live.txt", 90, "missing", "KEN", MWANGI, {"counted": PEOPLE, "term": "missing"}),
    ("kenya-floods-live.txt", 185000, ("displaced", "idps"), "KEN", MWANGI, {"term": "displac"}),
    ("kenya-floods-live.txt", 24000, ("displaced", "idps"), "KEN", MWANGI),
    ("kenya-floods-live.txt", 45, "killed", "KEN", KIPRONO, {"approx": "at least", "counted": PEOPLE, "term": KILL, "when": "2025-08-18"}),
    ("kenya-floods-live.txt", 17, "missing", "KEN", KIPRONO, {"counted": PEOPLE, "term": "search|missing"}),
    ("kenya-floods-live.txt", 300000, "affected", "SOM", ("UN's humanitarian office", "humanitarian office", "OCHA"), {"approx": "over", "counted": PEOPLE, "term": "affect"}),
    ("kenya-floods-live.txt", 50000, FLED, "SOM", ("UN's humanitarian office", "humanitarian office", "OCHA"), {"approx": "about", "term": "fled|flee"}),

    # Vietnam typhoon
    ("vietnam-typhoon-live.txt", 530000, ("evacuated", "relocated", "moved"), "VNM", ("Authorities",), {"approx": "about", "counted": PEOPLE, "term": "mov"}),
    ("vietnam-typhoon-live.txt", 2, "killed", "VNM", ("officials",), {"counted": "fisherm", "term": "drown"}),
    ("vietnam-typhoon-live.txt", 5, "missing", "VNM", ("officials",), {"term": "missing"}),
    ("vietnam-typhoon-live.txt", 531800, "evacuated", "VNM", VDDMA, {"counted": PEOPLE, "term": "evacuat", "when": "2025-08-21"}),
    ("vietnam-typhoon-live.txt", 142600, "evacuated", "VNM", VDDMA, {"counted": "household"}),
    ("vietnam-typhoon-live.txt", 96000, ("evacuated", "relocated", "moved"), "VNM", ("provincial officials", "officials"), {"counted": PEOPLE, "term": "mov"}),
    ("vietnam-typhoon-live.txt", 2, "killed", "VNM", BORDER_GUARD, {"counted": "fisherm", "term": "drown"}),
    ("vietnam-typhoon-live.txt", 5, "missing", "VNM", BORDER_GUARD, {"term": "missing"}),
    ("vietnam-typhoon-live.txt", 3, "rescued", "VNM", BORDER_GUARD, {"counted": "crew|member", "term": "rescu"}),
    ("vietnam-typhoon-live.txt", 20000, "aid", "VNM", ("Vietnam Red Cross Society", "Red Cross"), {"counted": "household", "term": "relief|position"}),
]

# Numbers that are no figure at all: clock times of entries, "Updated N hours ago", dates, years, names.
NO_FIGURE = [
    ("nepal-quake-live.txt", 2015),
    ("nepal-quake-live.txt", 16),
    ("nepal-quake-live.txt", 40),
    ("nepal-quake-live.txt", 45),
    ("gaza-live.txt", 41),
    ("gaza-live.txt", 48),
    ("gaza-live.txt", 35),
    ("gaza-live.txt", 22),
    ("sudan-el-fasher-live.txt", 18),
    ("sudan-el-fasher-live.txt", 40),
    ("sudan-el-fasher-live.txt", 50),
    ("pakistan-floods-live.txt", 1122),
    ("pakistan-floods-live.txt", 3),
    ("pakistan-floods-live.txt", 25),
    ("pakistan-floods-live.txt", 55),
    ("pakistan-floods-live.txt", 26),
    ("drc-goma-live.txt", 58),
    ("drc-goma-live.txt", 17),
    ("lebanon-strikes-live.txt", 1),
    ("lebanon-strikes-live.txt", 50),
    ("malawi-floods-live.txt", 25),
    ("malawi-floods-live.txt", 30),
    ("brazil-floods-live.txt", 4),
    ("brazil-floods-live.txt", 45),
    ("brazil-floods-live.txt", 6),
    ("afghanistan-herat-quake-live.txt", 5),
    ("afghanistan-herat-quake-live.txt", 55),
    ("kenya-floods-live.txt", 50),
    ("kenya-floods-live.txt", 40),
    ("vietnam-typhoon-live.txt", 1),
    ("vietnam-typhoon-live.txt", 45),
]

# Numbers that are no figure of people's plight (magnitudes, areas, durations, shares, operations, helicopters,
# camps, schools, districts, animals, money, boats, ages): they carry no event class.
NO_EVENT = [
    ("nepal-quake-live.txt", 6.4),
    ("nepal-quake-live.txt", 8),
    ("nepal-quake-live.txt", 500),
    ("gaza-live.txt", 24),
    ("gaza-live.txt", 4),
    ("gaza-live.txt", 6),
    ("gaza-live.txt", 12),
    ("gaza-live.txt", 21),
    ("sudan-el-fasher-live.txt", 4),
    ("sudan-el-fasher-live.txt", 3),
    ("pakistan-floods-live.txt", 2),
    ("pakistan-floods-live.txt", 38),
    ("drc-goma-live.txt", 112),
    ("drc-goma-live.txt", 4),
    ("lebanon-strikes-live.txt", 24),
    ("lebanon-strikes-live.txt", 164),
    ("lebanon-strikes-live.txt", 340),
    ("malawi-floods-live.txt", 9),
    ("malawi-floods-live.txt", 96),
    ("malawi-floods-live.txt", 2),
    ("brazil-floods-live.txt", 9000),
    ("brazil-floods-live.txt", 1200000000),
    ("brazil-floods-live.txt", 220000000),
    ("kenya-floods-live.txt", 62),
    ("kenya-floods-live.txt", 19),
    ("vietnam-typhoon-live.txt", 6),
    ("vietnam-typhoon-live.txt", 57000),
]
