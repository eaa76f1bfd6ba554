"""Graded figures of four news events, each told by three outlets in their own styles (texts written for these
tests: a wire story, a broadcaster's web page, a regional paper or local broadcaster that names the province and
not the country, a UN or NGO note), with tolls that rise between outlets, rounded figures, named agencies against
"officials said", and dates relative to publication. Graded as tests/graded/en-stories is: (file, value, event
classes accepted, country or None when the text leaves it open, source words accepted or None, {approx, counted,
term, when}); ``when`` is the date the figure's own sentence gives it, resolved from DATE. Gold written before the
tool was run on these texts. Read by tests/graded/grade.py and tests/test_french_graded.py.

Blind run (en19, first run, gold unchanged): found 64/72, event 59/72, category 59/72, country 59/72, source 64/72,
approx 27/30, counted 49/56, term 61/72, when 15/24, no event 12/15, no figure 3/3, all right 52/72.
Eight of those 72 were headline figures, which the gold first graded; the project reads a title as the article's
title, not its text (``focus._title_mention``: "the title is not the text"), so no figure comes of it, and the
eight were taken out after the blind run, unchanged else: on the 64 left, the same run reads found 64/64, event
59/64, category 59/64, country 59/64, source 64/64, approx 27/27, counted 54/54, term 61/64, when 19/24, no event
12/15, all right 49/64. Relief goods counted (shelter and hygiene kits, tonnes of food) were first graded as no event;
the project files them as "aid" (events.toml, as en-disasters grades tonnes of rice), so those three moved to
FIGURES as aid figures after the blind run (67 figures, 12 numbers that must carry no event): 52/67 all right (country 62,
when 19/24) on the untouched code.
Tuned on by en19 (a dateline city that is only where the outlet writes from; a date in another count's clause):
found 67, event 62, category 62, country 66, source 67, approx 27/27, counted 57/57, term 61/64, when 20/24,
no event 12/12, no figure 3/3, all right 55/67. Left: "moved to evacuation centres" (moved), people "still buried"
(destroyed), "the camp shelters 450,000 people", "survived the sinking", "children under five in the camp were in
need of treatment" (no class), "up from 38 a day earlier" (a date relative to another the tool does not read), a
toll "after Tuesday's landslide, ... said yesterday" dated by the event (the project's rule: the day a source spoke
is behind any other date)."""

DATE = "2025-03-14"  # a Friday

KILL = "kill|dead|death|died|die|drown|fatalit|lives|toll"
INJ = "injur|wound|hurt"
PEOPLE = "people|person"
TSAKA = ("Sandis Tsaka", "Tsaka", "administrator")
KAPI = ("Moses Kapi", "Kapi", "Disaster Coordinator")
IOM = ("International Organization for Migration", "IOM", "DTM", "Displacement Tracking Matrix", "migration agency")
SDN_DOCS = ("Sudan Doctors Network",)
KHAMIS = ("Mohamed Khamis", "Khamis", "coordinator")
MSF = ("Médecins Sans Frontières", "MSF", "Medecins Sans Frontieres")
HAMDARD = ("Hedayatullah Hamdard", "Hamdard", "disaster management")
ANDMA = ("Ministry of Disaster Management", "provincial department", "disaster management")
OCHA_AUTH = ("local authorities", "authorities")

FIGURES = [
    # Landslide at Yakam, Enga province, Papua New Guinea, early Tuesday 11 March
    ("png-landslide-wire.txt", 64, "killed", "PNG", ("officials",), {"term": KILL, "when": "2025-03-13"}),
    ("png-landslide-wire.txt", 38, "killed", "PNG", ("officials",), {"term": KILL, "when": "2025-03-12"}),
    ("png-landslide-wire.txt", 41, "killed", "PNG", TSAKA, {"counted": "bod", "term": "recover|bod"}),
    ("png-landslide-wire.txt", 20, "missing", "PNG", TSAKA, {"approx": "about", "counted": PEOPLE, "term": "missing"}),
    ("png-landslide-wire.txt", 150, ("destroyed", "damaged"), "PNG", TSAKA, {"approx": "over", "counted": "house", "term": "buri|bury|destroy"}),
    ("png-landslide-wire.txt", 1200, ("evacuated", "relocated", "sheltered", "displaced"), "PNG", TSAKA, {"approx": "about", "counted": PEOPLE, "term": "move|evacuat"}),
    ("png-landslide-wire.txt", 670, "killed", "PNG", IOM, {"approx": "about", "counted": PEOPLE, "term": KILL, "when": "2024-05"}),

    ("png-landslide-postcourier.txt", 71, "killed", "PNG", KAPI, {"counted": PEOPLE, "term": KILL, "when": "2025-03-13"}),
    ("png-landslide-postcourier.txt", 52, "killed", "PNG", KAPI, {"counted": "bod", "term": "pull|bod|recover"}),
    ("png-landslide-postcourier.txt", 19, ("missing", "trapped", "killed"), "PNG", ("families",) + KAPI, {"approx": "at least", "term": "buri|bury|missing"}),
    ("png-landslide-postcourier.txt", 312, ("sheltered", "displaced", "staying"), "PNG", KAPI, {"counted": PEOPLE, "term": "shelter"}),
    ("png-landslide-postcourier.txt", 180, "destroyed", "PNG", KAPI, {"counted": "home", "term": "destroy"}),

    ("png-landslide-iom.txt", 64, "killed", "PNG", ("disaster centre",), {"counted": PEOPLE, "term": KILL}),
    ("png-landslide-iom.txt", 20, "missing", "PNG", ("disaster centre",), {"approx": "about", "term": "missing"}),
    ("png-landslide-iom.txt", 1650, "displaced", "PNG", IOM, {"counted": PEOPLE, "term": "displac"}),
    ("png-landslide-iom.txt", 780, "displaced", "PNG", IOM, {"counted": "child", "term": "displac"}),
    ("png-landslide-iom.txt", 300, "aid", "PNG", IOM, {"counted": "kit"}),
    ("png-landslide-iom.txt", 450, "aid", "PNG", IOM, {"counted": "kit"}),
    ("png-landslide-iom.txt", 4000, "at_risk", "PNG", IOM, {"counted": PEOPLE, "term": "risk"}),

    # Attack on Abu Shouk camp, El Fasher, North Darfur, Sudan, from late Wednesday 12 March
    ("darfur-camp-ap.txt", 40, "killed", "SDN", ("aid workers",), {"approx": "at least", "counted": PEOPLE, "term": KILL, "when": "2025-03-13"}),
    ("darfur-camp-ap.txt", 9, "killed", "SDN", ("aid workers",), {"counted": "child", "term": KILL}),
    ("darfur-camp-ap.txt", 62, "injured", "SDN", SDN_DOCS, {"counted": PEOPLE, "term": INJ}),
    ("darfur-camp-ap.txt", 450000, ("in_camps", "sheltered", "idps", "hosted", "staying"), "SDN", ("United Nations",), {"approx": "about", "counted": PEOPLE, "term": "shelter"}),
    ("darfur-camp-ap.txt", 24000, "killed", "SDN", ("U.N.",), {"approx": "over", "counted": PEOPLE, "term": KILL}),
    ("darfur-camp-ap.txt", 12000000, ("displaced", "fled"), "SDN", ("U.N.",), {"approx": "over", "term": "driven|drive|home|displac"}),

    ("darfur-camp-aljazeera.txt", 57, "killed", "SDN", ("activists",), {"approx": "at least", "counted": PEOPLE, "term": KILL}),
    ("darfur-camp-aljazeera.txt", 43, "killed", "SDN", ("Emergency Lawyers",), {"term": KILL, "when": "2025-03-13"}),
    ("darfur-camp-aljazeera.txt", 300, ("fled", "displaced"), "SDN", KHAMIS, {"approx": "at least", "counted": "famil", "term": "fled|flee"}),
    ("darfur-camp-aljazeera.txt", 100, ("destroyed", "damaged"), "SDN", KHAMIS, {"approx": "over", "counted": "shelter", "term": "burn|destroy"}),
    ("darfur-camp-aljazeera.txt", 1200, ("in_need", "affected"), "SDN", ("UNICEF", "children's agency"), {"counted": "child", "term": "need|malnutrition|treatment", "when": "2025-03-13"}),

    ("darfur-camp-msf.txt", 98, "injured", "SDN", MSF, {"counted": "patient|wounded", "term": "wound|receiv"}),
    ("darfur-camp-msf.txt", 21, "killed", "SDN", MSF, {"counted": PEOPLE, "term": "dead|arrival"}),
    ("darfur-camp-msf.txt", 34, "injured", "SDN", None, {"counted": "child", "term": "wound"}),
    ("darfur-camp-msf.txt", 4, "killed", "SDN", None, {"term": "died|die"}),
    ("darfur-camp-msf.txt", 60000, ("fled", "displaced"), "SDN", MSF, {"approx": "over", "counted": PEOPLE, "term": "fled|flee", "when": "2025-02"}),

    # Boat capsized off Godoria, Djibouti, early Tuesday 11 March
    ("djibouti-boat-afp.txt", 45, "killed", "DJI", IOM, {"approx": "at least", "counted": "migrant", "term": KILL, "when": "2025-03-12"}),
    ("djibouti-boat-afp.txt", 115, "rescued", "DJI", IOM, {"counted": "survivor", "term": "rescu"}),
    ("djibouti-boat-afp.txt", 150, "missing", "DJI", IOM, {"counted": PEOPLE, "term": "unaccounted|missing"}),
    ("djibouti-boat-afp.txt", 558, ("killed", "casualties", "missing"), None, ("Missing Migrants Project", "IOM"), {"approx": "at least", "counted": PEOPLE, "term": KILL, "when": "2024"}),

    ("djibouti-boat-bbc.txt", 48, "killed", "DJI", ("officials",), {"counted": PEOPLE, "term": KILL}),
    ("djibouti-boat-bbc.txt", 3, "killed", "DJI", ("coastguard",), {"counted": "bod", "term": "bod|wash", "when": "2025-03-13"}),
    ("djibouti-boat-bbc.txt", 140, "missing", "DJI", ("coastguard",), {"approx": "about", "counted": PEOPLE, "term": "missing"}),
    ("djibouti-boat-bbc.txt", 116, ("rescued",), "DJI", IOM, {"counted": PEOPLE, "term": "surviv"}),

    ("djibouti-boat-iom.txt", 45, "killed", "DJI", None, {"approx": "at least", "counted": "migrant", "term": KILL, "when": "2025-03-11"}),
    ("djibouti-boat-iom.txt", 150, "missing", "DJI", None, {"term": "missing", "when": "2025-03-11"}),
    ("djibouti-boat-iom.txt", 115, ("rescued", "aid"), "DJI", ("IOM",), {"counted": "survivor", "term": "assist|surviv"}),
    ("djibouti-boat-iom.txt", 7890, ("moved", "arrived", "migrants", "departed"), "DJI", ("IOM",), {"counted": "migrant", "term": "travel|record", "when": "2025-01"}),
    ("djibouti-boat-iom.txt", 93000, "arrived", "YEM", None, {"approx": "over", "counted": PEOPLE, "term": "arriv", "when": "2024"}),

    # Flash floods in Baghlan, Afghanistan, Tuesday night 11 March
    ("baghlan-floods-wire.txt", 58, "killed", "AFG", ("Taliban official", "official"), {"approx": "at least", "counted": PEOPLE, "term": KILL, "when": "2025-03-13"}),
    ("baghlan-floods-wire.txt", 126, "injured", "AFG", HAMDARD, {"counted": PEOPLE, "term": INJ}),
    ("baghlan-floods-wire.txt", 600, "destroyed", "AFG", HAMDARD, {"approx": "over", "counted": "house", "term": "destroy"}),
    ("baghlan-floods-wire.txt", 1500, "affected", "AFG", ("United Nations",), {"approx": "about", "counted": "famil", "term": "affect", "when": "2025-03-12"}),
    ("baghlan-floods-wire.txt", 300, "killed", "AFG", ("World Food Programme", "WFP"), {"approx": "over", "counted": PEOPLE, "term": KILL, "when": "2024-05"}),

    ("baghlan-floods-tolo.txt", 66, "killed", "AFG", ANDMA, {"counted": PEOPLE, "term": KILL, "when": "2025-03-13"}),
    ("baghlan-floods-tolo.txt", 14, "missing", "AFG", ("officials",), {"counted": PEOPLE, "term": "missing"}),
    ("baghlan-floods-tolo.txt", 1230, ("damaged", "destroyed"), "AFG", ("officials",), {"counted": "house", "term": "damag|destroy"}),
    ("baghlan-floods-tolo.txt", 40, "aid", "AFG", ("Zabihullah Mujahid", "Mujahid", "spokesman"), {"counted": "tonne|food"}),
    ("baghlan-floods-tolo.txt", 2300, ("in_need", "aid"), "AFG", ("Afghan Red Crescent", "Red Crescent"), {"counted": "famil", "term": "need|aid"}),

    ("baghlan-floods-ocha.txt", 61, "killed", "AFG", OCHA_AUTH, {"counted": PEOPLE, "term": KILL, "when": "2025-03-13"}),
    ("baghlan-floods-ocha.txt", 118, "injured", "AFG", OCHA_AUTH, {"term": INJ, "when": "2025-03-13"}),
    ("baghlan-floods-ocha.txt", 12, "missing", "AFG", OCHA_AUTH, {"term": "missing", "when": "2025-03-13"}),
    ("baghlan-floods-ocha.txt", 2100, ("damaged", "destroyed"), "AFG", None, {"approx": "about", "counted": "house", "term": "damag|destroy"}),
    ("baghlan-floods-ocha.txt", 1800, "displaced", "AFG", None, {"approx": "about", "counted": "famil", "term": "displac"}),
    ("baghlan-floods-ocha.txt", 950, "aid", "AFG", ("WFP",), {"counted": "household", "term": "distribut|food"}),
    ("baghlan-floods-ocha.txt", 350, "killed", "AFG", None, {"approx": "over", "counted": PEOPLE, "term": KILL, "when": "2024"}),
    ("baghlan-floods-ocha.txt", 8000, "damaged", "AFG", None, {"approx": "over", "counted": "home", "term": "damag", "when": "2024"}),
    ("baghlan-floods-ocha.txt", 24000, "in_need", "AFG", ("Humanitarian partners", "partners"), {"counted": PEOPLE, "term": "need|assist"}),
]

# Numbers that are no figure at all: clock times, years.
NO_FIGURE = [
    ("png-landslide-wire.txt", 3),
    ("darfur-camp-ap.txt", 2023),
    ("baghlan-floods-ocha.txt", 2024),
]

# Numbers that are no figure of people's plight (areas, distances, money, shells, specialists, ages, beds, acres):
# they must carry no event class.
NO_EVENT = [
    ("png-landslide-wire.txt", 4),
    ("png-landslide-wire.txt", 30),
    ("png-landslide-postcourier.txt", 5),
    ("png-landslide-postcourier.txt", 2000000),
    ("png-landslide-iom.txt", 2500000),
    ("darfur-camp-aljazeera.txt", 60),
    ("darfur-camp-aljazeera.txt", 70),
    ("darfur-camp-msf.txt", 12),
    ("djibouti-boat-bbc.txt", 19),
    ("djibouti-boat-bbc.txt", 600),
    ("baghlan-floods-wire.txt", 25),
    ("baghlan-floods-tolo.txt", 4000),
]
