"""The graded fixtures (tests/french/graded and tests/graded/*/: texts written for these tests, each folder with its
gold.py): figures' value, event class, category, country and source stay at least as right as measured when the
mechanisms were built. Each folder's floors are below; a field a folder does not grade is not listed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
GRADE = TESTS / "graded" / "grade.py"

# folder -> the least count right of each graded field. "no event" and "no figure" at their gold's size mean every
# one (tests/french/graded: 6 and 5; en-conflict: 36 numbers that are no figure; en-bulletins 4; fr-depeches 3;
# fr-radios 1; en-wires 6 and 3).
# (branch learn: the event fallback trained on every tuned English set raised event and category of en-keyfigures,
# en-regional, en-conflict, en-disasters, en-stories, en-liveblogs and en-ngo to their counts)
FLOORS = {
    # the first French set, tuned on (2026-12-06, second session)
    # (fr12: two counts of cholera cases moved from no event to figures, infected, as the English sets grade them)
    "french/graded": {"found": 112, "event": 112, "country": 112, "source": 112, "no event": 6, "no figure": 5},
    # blind sets of the third session, then tuned on (gold written before the tool ran on them)
    "graded/fr-presse": {"found": 108, "event": 107, "category": 107, "country": 108, "source": 108, "no event": 17,
                         "no figure": 10},
    # (en20: the fallback retrained with en-migration abstains on "We have received more than 1.1 million people",
    # which its "received" returnees and nationals in other classes now split: event 132 -> 131)
    # (16th session: "It declared three days of national mourning" had been dropped only because the month test took
    # "declared" for December; with month words read whole it is a span of three days, which this set's gold counts
    # as no figure: no figure 36 -> 35)
    "graded/en-conflict": {"found": 134, "event": 133, "category": 133, "country": 132, "source": 134,
                           "no event": 28, "no figure": 35},
    # three outlets per event, graded on approx, counted, term and when too
    "graded/fr-recits": {"found": 83, "event": 83, "category": 83, "country": 76, "source": 81, "approx": 47,
                         "counted": 54, "term": 73, "when": 32, "no event": 5, "no figure": 3},
    "graded/en-disasters": {"found": 226, "event": 224, "category": 224, "country": 225, "source": 224,
                            "no event": 97, "no figure": 39},
    # no event 19 of 20: "4,200 tents set up" is aid by the disaster set's rule (relief counted), no event by this set's gold
    "graded/en-stories": {"found": 109, "event": 107, "category": 107, "country": 109, "source": 108, "approx": 45,
                          "counted": 84, "term": 108, "when": 48, "no event": 22, "no figure": 2},
    # fifteen reports in new styles (sixth session): blind all right 84/126, then tuned on; at their counts
    # (branch en13: also in the event fallback's training sets)
    "graded/en-reports": {"found": 126, "event": 126, "category": 126, "country": 126, "source": 126, "approx": 38,
                          "counted": 99, "term": 116, "when": 24, "no event": 35, "no figure": 6},
    # blind set of the sixth session (fr12: new styles: a situation report, communiqués, a bulletin, an interview, a radio
    # transcript; blind 44/100 all right), then tuned on: floors at its counts after tuning
    # (fr16: interviews set out as questions and answers: source 90 -> 94)
    "graded/fr-humanitaire": {"found": 100, "event": 98, "category": 97, "country": 96, "source": 96, "approx": 40,
                              "counted": 74, "term": 77, "when": 21, "no event": 12, "no figure": 16},
    # eleven liveblogs and rolling updates (branch en14): blind all right 110/141, then tuned on; at their counts
    # (en21: "had admitted 430 wounded people" is hospitalized, which the gold accepts after injured, so the category
    # it grades, the first class's, is casualties: category 136 -> 135)
    "graded/en-liveblogs": {"found": 139, "event": 136, "category": 136, "country": 139, "source": 138, "approx": 43,
                            "counted": 100, "term": 127, "when": 26, "no event": 27, "no figure": 31},
    # twelve stories of who states a figure (branch sources): blind source 80/103, all right 64/103, then tuned on
    # (attribution only); at their counts
    "graded/en-sources": {"found": 103, "event": 102, "category": 102, "country": 103, "source": 103, "approx": 37,
                          "counted": 89, "term": 97, "when": 38, "no event": 12, "no figure": 17},
    # ten NGO and Red Cross texts (branch en16): blind all right 51/94 (found 91, event 71, category 72, country 91,
    # source 68, approx 37/38, counted 72/77, term 57/64, when 17/21, no event 44/47, no figure 44/49), then tuned
    # on: floors at its counts after tuning
    # (en20: "WFP is assisting around 2,000 new arrivals every day" is aid, as this set's header says of aid recipients,
    # where its gold lists arrived first: category 88 -> 87)
    # (en21: "admitted 120 survivors of sexual violence" is hospitalized, which the gold accepts after aid: category
    # 87 -> 86)
    "graded/en-ngo": {"found": 94, "event": 91, "category": 90, "country": 94, "source": 90, "approx": 38,
                      "counted": 76, "term": 63, "when": 21, "no event": 47, "no figure": 49},
    # eleven bulletins, dashboards, appeal pages and fact boxes whose figures sit on labelled lines (branch en17):
    # blind all right 43/120 (found 96, event 48, category 48, country 95, source 86, approx 5/7, counted 58/86,
    # term 42/101, when 3/4, no event 32/34, no figure 20/25), then tuned on: floors at its counts after tuning
    "graded/en-keyfigures": {"found": 120, "event": 115, "category": 115, "country": 120, "source": 120, "approx": 7,
                             "counted": 86, "term": 100, "when": 4, "no event": 34, "no figure": 24},
    # twelve stories in the styles of South Asian, African and South-East Asian English-language press (branch en18):
    # blind all right 62/89 (found 88, event 77, category 76, country 83, source 81, approx 34/34, counted 72/73,
    # term 73/85, when 7/7, no event 39/42, no figure 15/15), then tuned on: floors at its counts after tuning
    "graded/en-regional": {"found": 89, "event": 87, "category": 86, "country": 88, "source": 87, "approx": 34,
                           "counted": 72, "term": 85, "when": 7, "no event": 41, "no figure": 15},
    # blind set of the en19 helper (four events, each told by a wire, a broadcaster or local paper, and a UN or NGO
    # note; blind all right 52/72, then 49/64 once the 8 headline figures were taken out of the gold), then tuned on:
    # floors at its counts after tuning
    "graded/en-outlets": {"found": 67, "event": 65, "category": 65, "country": 66, "source": 67, "approx": 27,
                          "counted": 57, "term": 63, "when": 23, "no event": 12, "no figure": 3},
    # blind set of the fr14 helper (regional Sahel, Central African and Haitian press; blind all right 62/102:
    # found 102, event 85, category 83, country 102, source 92, approx 37/37, counted 81/85, term 63/80, when 22/25,
    # no event 7/11, no figure 11/11), then tuned on: floors at its counts after tuning
    # (fr16: French weekends and days after "à partir du": when 22 -> 24)
    "graded/fr-afrique": {"found": 102, "event": 99, "category": 98, "country": 102, "source": 100, "approx": 37,
                          "counted": 84, "term": 78, "when": 25, "no event": 11, "no figure": 11},
    # blind set of the fr15 helper (French national news websites on crises abroad; blind all right 50/85: found 80,
    # event 69, category 67, country 74, source 76, approx 52/56, counted 67/72, term 57/74, when 21/27), then tuned
    # on: floors at its counts after tuning
    # (fr16: "souffrant de malnutrition" in need: event 74 -> 75, category 72 -> 73)
    "graded/fr-web": {"found": 85, "event": 80, "category": 80, "country": 85, "source": 84, "approx": 56,
                      "counted": 72, "term": 72, "when": 25, "no event": 13, "no figure": 8},
    # blind set of the fr16 helper (francophone agencies, outlets and communiqués on displacement and refugees; blind
    # all right 42/78, 39/73 once five title figures left the gold and week prefixes were corrected: found 72, event 57, category 61, country 67,
    # source 59, approx 38/39, counted 56/57, term 38/47, when 10/15, unit 10/10), then tuned on: floors at its counts
    # after tuning; units and sources of money, percentages and hours graded too
    "graded/fr-agences": {"found": 72, "event": 67, "category": 67, "country": 71, "source": 71, "approx": 38,
                          "counted": 56, "term": 43, "when": 14, "unit": 10, "no event": 33, "unit (no event)": 16,
                          "source (no event)": 3, "no figure": 21},
    # fourteen migration texts (branch en20: sea crossings, Darien, deportations, returns, border crossings, asylum,
    # interceptions): blind all right 51/118 (found 118, event 87, category 81, country 90, source 114, approx 28/28,
    # counted 98/102, term 84/95, when 45/56, no event 49/60, no figure 31/32), then tuned on and added to the event
    # fallback's training sets: floors at its counts after tuning
    "graded/en-migration": {"found": 118, "event": 106, "category": 107, "country": 114, "source": 118, "approx": 28,
                            "counted": 98, "term": 90, "when": 55, "unit (no event)": 31, "source (no event)": 8,
                            "no event": 59, "no figure": 31},
    # ten French migration texts (branch fr18: Channel, Lampedusa, Canaries, Mayotte, Assamaka, returns to Burkina,
    # Sudanese in Chad, Sfax, interceptions returned to Libya, asylum and retention in France): blind all right 34/82
    # (found 82, event 56, category 53, country 73, source 76, approx 12/12, counted 71/72, term 45/65, when 30/34, no
    # event 34/41, no figure 32/34), then tuned on: floors at its counts after tuning
    "graded/fr-migration": {"found": 82, "event": 65, "category": 67, "country": 78, "source": 79, "approx": 12,
                            "counted": 71, "term": 55, "when": 34, "unit (no event)": 15, "source (no event)": 4,
                            "no event": 41, "no figure": 33},
    # ten French natural-disaster texts (branch fr19: floods in Niger, Chad, Kinshasa and Cameroon's Far North,
    # cyclones in Madagascar and Mozambique, a landslide in Bukavu, earthquakes in Haiti and Morocco, drought in
    # Madagascar's south): blind all right 68/86 (found 86, event 76, category 76, country 83, source 82, approx
    # 22/22, counted 75/75, term 67/78, when 4/4, no event 44/55, no figure 14/18), then tuned on: floors at its
    # counts after tuning
    "graded/fr-catastrophes": {"found": 86, "event": 84, "category": 85, "country": 86, "source": 85, "approx": 22,
                               "counted": 75, "term": 76, "when": 4, "unit": 1, "unit (no event)": 16,
                               "no event": 52, "no figure": 18},
    # ten French armed-conflict texts (branch fr20: a jihadist attack near Djibo, a convoy in western Mali, CODECO in
    # Ituri, M23 in Masisi, ADF in Lubero, an ambush in Tillabéri, a gang massacre in Haiti, Cameroon's North-West,
    # Boko Haram in Chad's Lac, militias in the Central African Republic): blind all right 61/87 (found 87, event 73,
    # category 75, country 87, source 75, approx 35/35, counted 73/77, term 69/81, when 6/6, no event 31/33, no figure
    # 27/29), then tuned on: floors at its counts after tuning
    "graded/fr-conflits": {"found": 87, "event": 81, "category": 82, "country": 87, "source": 87, "approx": 35,
                           "counted": 76, "term": 77, "when": 6, "unit (no event)": 10, "no event": 31,
                           "no figure": 28},
    # ten French key-figure texts (branch fr22: "Chiffres clés" blocks of OCHA, HCR, OIM DTM, UNICEF and PAM products
    # for the Central African Republic, Chad, Mali, Niger, Haiti, the Kivus and Cameroon, a "Repères" box, an NGO
    # appeal page, a flood table): blind all right 35/90 (found 67, event 38, category 40, country 67, source 65,
    # approx 6/6, counted 44/67, term 35/89, when 6/6, unit 6/6, no event 22/22, unit (no event) 6/11, no figure
    # 24/27), then tuned on: floors at its counts after tuning
    "graded/fr-chiffres": {"found": 90, "event": 83, "category": 83, "country": 90, "source": 89, "approx": 6,
                           "counted": 67, "term": 82, "when": 6, "unit": 6, "unit (no event)": 11, "no event": 22,
                           "no figure": 27},
    # ten French pages as scrapers dump them from African and francophone news sites and relays (branch fr23: Le360
    # and Sahel-Intelligence "(Avec AFP)", Seneweb, Koaci, Abidjan.net relaying ONU Info, Actu Cameroun, Mosaïque
    # Guinée, Tchadinfos, Alwihda, Burkina24, with menus, bylines, reading times, "Lire aussi", comment counts and
    # footers): blind all right 41/69 (found 69, event 56, category 57, country 66, source 63, approx 25/25, counted
    # 63/64, term 43/65, when 9/9, no event 20/23, unit (no event) 8/8, source (no event) 3/3, no figure 41/49),
    # then tuned on: floors at its counts after tuning
    "graded/fr-sites": {"found": 69, "event": 63, "category": 63, "country": 69, "source": 66, "approx": 25,
                        "counted": 63, "term": 60, "when": 9, "unit (no event)": 8, "source (no event)": 3,
                        "no event": 22, "no figure": 47},
    # ten drought and food-insecurity texts (branch en21: IPC phases, malnutrition admissions, drought displacement,
    # water trucking, cholera, appeals): blind all right 48/82 (found 82, event 57, category 56, country 82, source
    # 81, approx 18/18, counted 73/73, term 45/56, when 20/23, no event 47/50, no figure 9/12), then tuned on: floors
    # at its counts after tuning, with the rules alone (the fallback is retrained once the branches are merged)
    "graded/en-drought": {"found": 82, "event": 81, "category": 81, "country": 82, "source": 82, "approx": 18,
                          "counted": 73, "term": 54, "when": 23, "unit (no event)": 22, "source (no event)": 3,
                          "no event": 52, "no figure": 10},
    # ten eviction and settlement-displacement texts (branch en22: forced evictions and demolitions in Nairobi, Lagos,
    # Delhi, Addis Ababa, Phnom Penh; camp and settlement fires; a Freetown landslide; gang displacement in
    # Port-au-Prince): blind all right 60/79 (found 79, event 72, category 73, country 69, source 76, approx 32/32,
    # counted 72/73, term 46/48, when 20/20, no event 39/41, unit (no event) 18/23, no figure 22/25), then tuned on:
    # floors at its counts after tuning, the fallback as shipped (retrained once the branches are merged)
    "graded/en-evictions": {"found": 79, "event": 76, "category": 77, "country": 79, "source": 78, "approx": 32,
                            "counted": 72, "term": 47, "when": 20, "unit (no event)": 23, "no event": 40,
                            "no figure": 24},
    # ten epidemic and health-emergency texts (branch en23: a WHO DON on Marburg, a ministry's cholera update, MSF on
    # measles, IFRC on dengue, Reuters on mpox, AP on Ebola, Xinhua on cholera in Darfur's camps, the NCDC's Lassa
    # report in a Nigerian daily, Nipah contacts in an Indian daily, AFP on diphtheria): blind all right 37/75 (found
    # 75, event 51, category 51, country 68, source 72, approx 12/13, counted 52/53, term 33/37, when 19/26, no event
    # 37/37, unit (no event) 11/11, source (no event) 6/6, no figure 27/30), then tuned on: floors at its counts after
    # tuning, the fallback as shipped
    "graded/en-epidemics": {"found": 75, "event": 69, "category": 69, "country": 75, "source": 75, "approx": 12,
                            "counted": 52, "term": 36, "when": 24, "unit (no event)": 11, "source (no event)": 6,
                            "no event": 37, "no figure": 30},
    # ten feature stories and human-interest reports on displacement and crisis (branch en26: Tawila, Cox's Bazar,
    # Rutshuru, a Port-au-Prince school, Baidoa, the Adré crossing, Djibo, Kupiansk, Torkham, Cabo Delgado; personal
    # numbers, agencies' figures woven in, background years, the reporter's own counts): blind all right 59/80 (found
    # 80, event 73, category 73, country 76, source 78, approx 41/41, counted 74/74, term 71/76, when 36/40, no event
    # 62/69, no figure 28/35), then tuned on: floors at its counts after tuning, the fallback as shipped; "no figure"
    # stays 28: an age said of one person is kept as a quantity in years of age with no event (NewsQuant counts it),
    # which grade.py's "no figure" counts against it
    "graded/en-features": {"found": 80, "event": 77, "category": 78, "country": 78, "source": 79, "approx": 41,
                           "counted": 74, "term": 74, "when": 39, "no event": 68, "no figure": 28},
    # ten English news pages as scrapers dump them, furniture and all (branch en25: navigation and breadcrumb lines,
    # share bars, bylines with ages, "Read more" links and related lists with their own figures, captions, counters,
    # newsletter prompts, copyright notices and footers with phone numbers; wires on aggregators, national papers of
    # Nigeria, Kenya, Bangladesh and the Philippines, broadcasters, a Somali radio site): blind all right 50/74 (found
    # 67, event 64, category 62, country 64, source 67, approx 24/27, counted 50/58, term 56/73, when 9/11, no event
    # 26/26, no figure 42/44), then tuned on: floors at its counts after tuning, the fallback as shipped
    "graded/en-scraped": {"found": 74, "event": 74, "category": 72, "country": 74, "source": 74, "approx": 27,
                          "counted": 57, "term": 72, "when": 11, "no event": 26, "no figure": 44},
    # blind sets of the fourth session, never tuned on (totals only): floors two below the fifth session's run
    # raised in the ninth session to two below its run then (event 130, category 131, country 138, source 137)
    "graded/en-bulletins": {"found": 142, "event": 128, "category": 129, "country": 136, "source": 135,
                            "no event": 12, "no figure": 4},
    # blind sets of the sixth session, kept as check sets (totals only): floors two below their first run
    "graded/fr-radios": {"found": 43, "event": 34, "category": 35, "country": 42, "source": 38, "approx": 10,
                         "counted": 29, "term": 32, "when": 9, "no event": 3, "no figure": 1},
    "graded/en-wires": {"found": 46, "event": 43, "category": 44, "country": 46, "source": 42, "approx": 17,
                        "counted": 30, "term": 42, "when": 6, "no event": 6, "no figure": 3},
    "graded/fr-depeches": {"found": 88, "event": 63, "category": 68, "country": 79, "source": 75, "no event": 5,
                           "no figure": 3},
    # blind check sets of branch blind1 (bulletins and flash updates, written for these tests, never tuned on):
    # en-flash blind found 56/59, event 49, category 48, country 49, source 49, approx 18/18, counted 41/46, term
    # 48/54, when 12/14, unit 6/7, no event 18/18, unit (no event) 10/11, no figure 11/13, all right 36/59;
    # fr-bulletins blind found 59/59, event 54, category 53, country 56, source 57, approx 18/19, counted 44/49, term
    # 49/56, when 14/14, unit 12/12, no event 12/13, unit (no event) 9/10, no figure 10/13, all right 43/59.
    # Floors two below the blind counts, per field
    "graded/en-flash": {"found": 54, "event": 47, "category": 46, "country": 47, "source": 47, "approx": 16,
                        "counted": 39, "term": 46, "when": 10, "unit": 4, "no event": 16, "unit (no event)": 8,
                        "no figure": 9},
    "graded/fr-bulletins": {"found": 57, "event": 52, "category": 51, "country": 54, "source": 55, "approx": 16,
                            "counted": 42, "term": 47, "when": 12, "unit": 10, "no event": 10,
                            "unit (no event)": 7, "no figure": 8},
    # situation reports written blind in the fourteenth session (2026-12-07), then tuned on: blind found 70/70,
    # event 60, category 60, country 55, source 68, all right 40/70; floors at the counts after its phase B
    "graded/en-sitreps": {"found": 70, "event": 64, "category": 64, "country": 68, "source": 68, "approx": 9,
                          "counted": 64, "term": 40, "when": 18, "unit": 8, "no event": 53, "unit (no event)": 33,
                          "source (no event)": 2, "no figure": 55},
    # nine French local press and radio texts on disasters and epidemics (branch fr-locale, fourteenth session:
    # Port-au-Prince, Les Cayes, the SAVA, Cotonou, Abidjan, Conakry, Uvira, Mbour, Mayotte), written blind: all
    # right 43/70 (found 69, event 57, category 57, country 67, source 62, approx 21/21, counted 49/51, term 44/55,
    # when 15/18, unit 6/7, no event 25/27, no figure 25/31); floors at its counts after phase B (two children of a
    # resident moved from NO_FIGURE to NO_EVENT, as fr-humanitaire and en-features grade them)
    "graded/fr-locale": {"found": 69, "event": 59, "category": 59, "country": 67, "source": 62, "approx": 21,
                         "counted": 49, "term": 45, "when": 18, "unit": 6, "no event": 29, "unit (no event)": 12,
                         "source (no event)": 2, "no figure": 27},
    # blind set of the fourteenth session's fr-ocha helper (French bulletins and situation reports: OCHA, HCR, OIM DTM,
    # clusters, an NGO; Tchad, RCA, Cameroun, Niger, RDC, Burundi; blind all right 45/70: found 64, event 50, category
    # 54, country 59, source 63, approx 16/20, counted 56/61, term 41/57, when 11/11, unit 11/12), then tuned on: floors
    # at its counts after tuning (all right 48/70)
    "graded/fr-ocha": {"found": 64, "event": 56, "category": 59, "country": 59, "source": 63, "approx": 16,
                       "counted": 56, "term": 46, "when": 11, "unit": 11, "no event": 42, "unit (no event)": 30,
                       "no figure": 12},
    # ten English wire-agency stories on conflict and forced movement, written blind (2026-12-07, fourteenth
    # session, branch en-agency; blind run all right 50/66, country 62): the counts after that session's change
    # (a crossing of the English Channel is counted in the United Kingdom)
    "graded/en-agency": {"found": 66, "event": 63, "category": 64, "country": 65, "source": 65, "approx": 30,
                         "counted": 50, "term": 56, "when": 28, "unit": 2, "no event": 32, "unit (no event)": 19,
                         "source (no event)": 2, "no figure": 29},
    # ten French press-agency dispatches on conflict and displacement in the Sahel and the Lake Chad basin (branch
    # fr-sahel, fourteenth session: AFP, Reuters, ANP, APA, AIB, Alwihda and a local paper): blind all right 52/70
    # (found 69, event 58, category 58, country 66, source 66, approx 27/29, counted 56/60, term 46/59, when 14/15,
    # unit 4/4, no event 24/26, unit (no event) 9/9, source (no event) 1/1, no figure 16/18), then tuned on: floors
    # at its counts after tuning
    # (fifteenth session: probes' mechanisms raised fr-sahel, fr-ocha, fr-sites, en-keyfigures and en-evictions: floors
    # at the new counts)
    "graded/fr-sahel": {"found": 69, "event": 62, "category": 62, "country": 67, "source": 67, "approx": 28,
                        "counted": 57, "term": 50, "when": 15, "unit": 4, "no event": 24, "unit (no event)": 9,
                        "source (no event)": 1, "no figure": 18},
    # nine English local and national outlets of affected countries (branch en-local, fourteenth session: a
    # Philippine provincial paper, a Guwahati daily, a Nepali TV liveblog, a Borno story, a Kenyan TV page, an
    # Ethiopian paper, a Cúcuta paper, a Libyan liveblog, a Haitian site): blind all right 51/70 (found 68, event 63,
    # category 64, country 58, source 67, approx 19/19, counted 57/59, term 62/67, when 14/15, unit 6/6, no event
    # 51/53, unit (no event) 12/15, no figure 21/22), then tuned on: floors at its counts after tuning (one gold
    # mistake corrected, the shared currencies read by the article's country, the fallback retrained with it)
    "graded/en-local": {"found": 68, "event": 65, "category": 65, "country": 58, "source": 68, "approx": 19,
                        "counted": 57, "term": 62, "when": 14, "unit": 6, "no event": 51, "unit (no event)": 14,
                        "no figure": 21},
}


def _grader():
    spec = importlib.util.spec_from_file_location("graded_grade", GRADE)
    grade = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(grade)
    return grade


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_graded_figures_do_not_fall(folder):
    right, misses = _grader().grade(TESTS / folder)
    fallen = {field: (right[field], floor) for field, floor in FLOORS[folder].items() if right[field] < floor}
    assert not fallen, (fallen, misses)
