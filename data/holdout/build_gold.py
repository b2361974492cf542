#!/usr/bin/env python3
"""Writes gold.jsonl and manifest.jsonl for the held-out corpus (the annotation lives here)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

def ev(key, kind, status, date, location, participants, groups, evidence, date_end=None):
    e = {"key": key, "kind": kind, "status": status, "date": date}
    if date_end:
        e["date_end"] = date_end
    e.update({"location": location, "participants": participants, "groups": groups, "evidence": evidence})
    return e

M, C, O, P = "meeting", "call", "occurred", "planned"
A = []  # (id, true published, manifest published, events)

A.append(("001_in_wang_yi_arrives_delhi", "2025-08-18", True, [
    ev("2025-08-18-new-delhi-jaishankar-wang", M, O, "2025-08-18", "New Delhi",
       ["Wang Yi", "Subrahmanyam Jaishankar"], [],
       "held talks with External Affairs Minister Subrahmanyam Jaishankar at Hyderabad House"),
    ev("2025-08-19-new-delhi-doval-wang", M, P, "2025-08-19", "New Delhi",
       ["Wang Yi", "Ajit Doval"], [],
       "Wang is due to hold the 24th round of Special Representatives talks"),
]))

A.append(("002_in_mea_special_representatives_readout", "2025-08-19", True, [
    ev("2025-08-19-new-delhi-doval-wang", M, O, "2025-08-19", "New Delhi",
       ["Ajit Doval", "Wang Yi"], ["India", "China"],
       "on the Boundary Question was held in New Delhi on 19 August 2025"),
    ev("2026-china-doval-wang", M, P, "2026", "China",
       ["Ajit Doval", "Wang Yi"], [],
       "The two Special Representatives agreed to meet for the 25th round in China in 2026."),
    ev("2025-08-19-new-delhi-modi-wang", M, O, "2025-08-19", "New Delhi",
       ["Wang Yi", "Narendra Modi"], [],
       "Mr. Wang Yi also called on Prime Minister Shri Narendra Modi"),
    ev("2025-08-31-tianjin-modi-xi", M, P, None, "Tianjin",
       ["Narendra Modi", "Xi Jinping"], [],
       "Prime Minister would hold a bilateral meeting with President Xi Jinping"),
]))

A.append(("003_in_modi_xi_tianjin_analysis", "2025-08-31", True, [
    ev("2025-08-31-tianjin-modi-xi", M, O, "2025-08-31", "Tianjin",
       ["Narendra Modi", "Xi Jinping"], [],
       "met for nearly an hour in Tianjin on Sunday"),
    ev("2025-08-19-new-delhi-doval-wang", M, O, "2025-08", "New Delhi",
       ["Wang Yi", "Ajit Doval"], [],
       "he and National Security Adviser Ajit Doval held the 24th round of boundary talks"),
    ev("2024-10-23-kazan-modi-xi", M, O, "2024-10", "Kazan",
       ["Narendra Modi", "Xi Jinping"], [],
       "The two leaders last met in Kazan in October 2024"),
    ev("2025-09-01-tianjin-modi-putin", M, P, "2025-09-01", "Tianjin",
       ["Narendra Modi", "Vladimir Putin"], [],
       "Modi is due to meet Russian President Vladimir Putin in Tianjin on Monday"),
]))

A.append(("004_ve_grenell_caracas_wire", "2025-02-01", True, [
    ev("2025-01-31-caracas-grenell-maduro", M, O, "2025-01-31", "Caracas",
       ["Richard Grenell", "Nicolas Maduro"], [],
       "Richard Grenell met President Nicolas Maduro at the Miraflores presidential palace"),
    ev("2025-01-29-gil-grenell-call", C, O, "2025-01-29", None,
       ["Richard Grenell", "Yvan Gil"], [],
       "Grenell had spoken by phone with Venezuelan Foreign Minister Yvan Gil on Wednesday"),
]))

A.append(("005_ve_miraflores_communique_repost", "2025-02-01", False, [
    ev("2025-01-31-caracas-grenell-maduro", M, O, "2025-01-31", "Caracas",
       ["Nicolas Maduro", "Richard Grenell", "Jorge Rodriguez"], [],
       "President Nicolás Maduro received at Miraflores Palace the special envoy"),
    ev("2025-01-31-maduro-petro-call", C, O, "2025-01-31", None,
       ["Nicolas Maduro", "Gustavo Petro"], [],
       "Maduro held a telephone conversation with Colombian President Gustavo Petro"),
]))

A.append(("006_pk_af_doha_ceasefire_wire", "2025-10-19", True, [
    ev("2025-10-18-doha-asif-yaqoob", M, O, "2025-10-18", "Doha",
       ["Khawaja Asif", "Mohammad Yaqoob"], ["Pakistan", "Afghanistan", "Qatar", "Turkey"],
       "The talks on Saturday were led by Pakistani Defence Minister Khawaja Asif"),
    ev("2025-10-25-istanbul-afghanistan-pakistan", M, P, "2025-10-25", "Istanbul",
       [], ["Pakistan", "Afghanistan"],
       "The two sides agreed to meet again in Istanbul on October 25"),
    ev("2025-10-17-al-thani-sharif-call", C, O, "2025-10-17", None,
       ["Shehbaz Sharif", "Tamim bin Hamad Al Thani"], [],
       "Shehbaz Sharif spoke by phone with the Emir of Qatar"),
]))

A.append(("007_pk_af_istanbul_talks", "2025-10-27", False, [
    ev("2025-10-25-istanbul-afghanistan-pakistan", M, O, "2025-10-25", "Istanbul",
       ["Rahmatullah Najib"], ["Pakistan", "Afghanistan", "Turkey", "Qatar"],
       "Talks between Pakistani and Afghan delegations in Istanbul entered a third day on Monday"),
    ev("2025-10-26-erdogan-sharif-call", C, O, "2025-10-26", None,
       ["Shehbaz Sharif", "Recep Tayyip Erdogan"], [],
       "Shehbaz Sharif held a telephone call with President Recep Tayyip Erdoğan"),
]))

A.append(("008_va_pope_leo_turkey_preview", "2025-11-24", True, [
    ev("2025-11-27-ankara-erdogan-leo", M, P, "2025-11-27", "Ankara",
       ["Leo XIV", "Recep Tayyip Erdogan"], [],
       "Pope Leo XIV will meet Turkish President Recep Tayyip Erdogan in Ankara on Thursday"),
    ev("2025-10-rome-fidan-parolin", M, O, "2025-10", "Rome",
       ["Pietro Parolin", "Hakan Fidan"], [],
       "discussed the trip with Turkish Foreign Minister Hakan Fidan in Rome in October"),
]))

A.append(("009_va_pope_turkey_liveblog", "2025-11-28", True, [
    ev("2025-11-27-ankara-erdogan-leo", M, O, "2025-11-27", "Ankara",
       ["Leo XIV", "Recep Tayyip Erdogan"], [],
       "was received by President Recep Tayyip Erdoğan at the presidential complex"),
    ev("2025-11-28-iznik-bartholomew-leo", M, O, "2025-11-28", "Iznik",
       ["Leo XIV", "Bartholomew I"], [],
       "Leo and Bartholomew prayed together this afternoon"),
    ev("2025-11-29-istanbul-bartholomew-leo", M, P, "2025-11-29", "Istanbul",
       ["Leo XIV", "Bartholomew I"], [],
       "on Saturday Leo will visit the Phanar in Istanbul, where he and Bartholomew"),
    ev("2025-11-30-baabda-aoun-leo", M, P, "2025-11-30", "Baabda",
       ["Leo XIV", "Joseph Aoun"], [],
       "will be received by President Joseph Aoun at the presidential palace in Baabda"),
]))

A.append(("010_kr_lee_takaichi_gyeongju", "2025-10-31", True, [
    ev("2025-10-30-gyeongju-lee-takaichi", M, O, "2025-10-30", "Gyeongju",
       ["Lee Jae-myung", "Sanae Takaichi"], [],
       "held their first summit in Gyeongju on Thursday"),
    ev("2025-10-29-gyeongju-cho-motegi", M, O, "2025-10-29", "Gyeongju",
       ["Cho Hyun", "Toshimitsu Motegi"], [],
       "A day earlier, Foreign Minister Cho Hyun and his new Japanese counterpart"),
    ev("2025-10-31-gyeongju-takaichi-xi", M, P, "2025-10-31", "Gyeongju",
       ["Sanae Takaichi", "Xi Jinping"], [],
       "Takaichi is scheduled to meet Chinese President Xi Jinping in Gyeongju later Friday"),
]))

A.append(("011_jp_lee_takaichi_nara_analysis", "2026-01-14", False, [
    ev("2026-01-13-nara-lee-takaichi", M, O, "2026-01-13", "Nara",
       ["Sanae Takaichi", "Lee Jae-myung"], [],
       "for a two-day meeting on January 13 and 14", date_end="2026-01-14"),
    ev("2025-10-30-gyeongju-lee-takaichi", M, O, "2025-10", "Gyeongju",
       ["Sanae Takaichi", "Lee Jae-myung"], [],
       "The two leaders first met in Gyeongju in late October"),
    ev("2026-01-05-beijing-lee-xi", M, O, "2026-01-05", "Beijing",
       ["Lee Jae-myung", "Xi Jinping"], [],
       "holding talks with Xi Jinping on January 5"),
    ev("2026-02-seoul-cho-motegi", M, P, "2026-02", "Seoul",
       ["Cho Hyun", "Toshimitsu Motegi"], [],
       "Cho Hyun and Toshimitsu Motegi, would meet in Seoul next month"),
]))

A.append(("012_mk_government_readout_bulgaria", "2025-05-13", True, [
    ev("2025-05-13-mickoski-zhelyazkov-call", C, O, "2025-05-13", None,
       ["Hristijan Mickoski", "Rosen Zhelyazkov"], [],
       "Prime Minister Hristijan Mickoski today held a telephone conversation"),
    ev("2025-05-20-sofia-georgiev-mucunski", M, P, "2025-05", "Sofia",
       ["Timco Mucunski", "Georg Georgiev"], [],
       "Timčo Mucunski and Georg Georgiev, will meet in Sofia next week"),
    ev("2025-05-13-skopje-kos-mickoski", M, O, "2025-05-13", "Skopje",
       ["Hristijan Mickoski", "Marta Kos"], [],
       "Prime Minister Mickoski received the European Commissioner for Enlargement, Marta Kos"),
]))

A.append(("013_cop30_belem_negotiators_repost", "2025-11-18", False, [
    ev("2025-11-18-belem-correa-do-lago-liu", M, O, "2025-11-18", "Belem",
       ["Andre Correa do Lago", "Liu Zhenmin"], [],
       "meets China's special envoy for climate change, Liu Zhenmin, in Belém, 18 November 2025"),
    ev("2025-11-18-belem-correa-do-lago-hoekstra", M, O, "2025-11-18", "Belem",
       ["Andre Correa do Lago", "Wopke Hoekstra"], [],
       "the European Union's climate commissioner Wopke Hoekstra separately on Tuesday"),
    ev("2025-11-20-belem-guterres-lula", M, P, "2025-11-20", "Belem",
       ["Luiz Inacio Lula da Silva", "Antonio Guterres"], [],
       "will meet UN Secretary-General António Guterres there on Thursday"),
]))

A.append(("014_au_albanese_xi_beijing", "2025-07-15", True, [
    ev("2025-07-15-beijing-albanese-xi", M, O, "2025-07-15", "Beijing",
       ["Anthony Albanese", "Xi Jinping"], [],
       "met Chinese President Xi Jinping at the Great Hall of the People in Beijing"),
    ev("2025-07-15-beijing-albanese-li", M, O, "2025-07-15", "Beijing",
       ["Anthony Albanese", "Li Qiang"], [],
       "Albanese held the annual leaders' meeting with Premier Li Qiang"),
    ev("2025-07-14-beijing-farrell-wang", M, O, "2025-07-14", "Beijing",
       ["Don Farrell", "Wang Wentao"], [],
       "Trade Minister Don Farrell met Commerce Minister Wang Wentao in Beijing"),
]))

A.append(("015_pi_albanese_port_vila_nakamal", "2025-09-17", True, [
    ev("2025-09-17-port-vila-albanese-napat", M, O, "2025-09-17", "Port Vila",
       ["Anthony Albanese", "Jotham Napat"], [],
       "met Vanuatu Prime Minister Jotham Napat in Port Vila on Wednesday"),
    ev("2025-09-15-port-moresby-albanese-marape", M, O, "2025-09-15", "Port Moresby",
       ["Anthony Albanese", "James Marape"], [],
       "he and PNG Prime Minister James Marape met at Parliament House in Port Moresby"),
    ev("2025-10-06-canberra-albanese-marape", M, P, "2025-10", "Canberra",
       ["James Marape", "Anthony Albanese"], [],
       "Marape is due in Canberra early next month to sign the treaty with Albanese"),
    ev("2025-09-16-albanese-luxon-call", C, O, "2025-09-16", None,
       ["Anthony Albanese", "Christopher Luxon"], [],
       "Albanese held a video call with New Zealand Prime Minister Christopher Luxon"),
    ev("2025-09-10-honiara-pacific-islands-forum", M, O, "2025-09", "Honiara",
       ["Jeremiah Manele"], ["Pacific Islands Forum"],
       "Pacific leaders gathered in Honiara last week"),
]))

A.append(("016_fi_baltic_sea_nato_summit_helsinki", "2025-01-14", True, [
    ev("2025-01-14-helsinki-frederiksen-kristersson-michal-nauseda-rinkevics-rutte-stubb-tusk", M, O,
       "2025-01-14", "Helsinki",
       ["Alexander Stubb", "Kristen Michal", "Mark Rutte", "Ulf Kristersson", "Mette Frederiksen",
        "Edgars Rinkevics", "Gitanas Nauseda", "Donald Tusk"], [],
       "Leaders of NATO countries around the Baltic Sea met in Helsinki on Tuesday"),
    ev("2025-01-13-helsinki-rutte-stubb", M, O, "2025-01-13", "Helsinki",
       ["Alexander Stubb", "Mark Rutte"], [],
       "Stubb and Rutte had dined together at the president's residence on Monday evening"),
    ev("2025-01-21-tallinn-hakkanen-pevkur", M, P, "2025-01", "Tallinn",
       ["Antti Hakkanen", "Hanno Pevkur"], [],
       "Antti Häkkänen and Hanno Pevkur, will meet in Tallinn next week"),
]))

A.append(("017_kz_china_central_asia_astana_xinhua", "2025-06-17", True, [
    ev("2025-06-17-astana-berdimuhamedov-japarov-mirziyoyev-rahmon-tokayev-xi", M, O, "2025-06-17", "Astana",
       ["Xi Jinping", "Kassym-Jomart Tokayev", "Sadyr Japarov", "Emomali Rahmon",
        "Serdar Berdimuhamedov", "Shavkat Mirziyoyev"], [],
       "attended the second China-Central Asia Summit in Astana together with Kazakh President"),
    ev("2025-06-16-astana-tokayev-xi", M, O, "2025-06-16", "Astana",
       ["Xi Jinping", "Kassym-Jomart Tokayev"], [],
       "On Monday, Xi held talks with Tokayev in Astana."),
    ev("2025-06-17-astana-mirziyoyev-xi", M, O, "2025-06-17", "Astana",
       ["Xi Jinping", "Shavkat Mirziyoyev"], [],
       "Xi also met separately with Uzbek President Mirziyoev and Turkmen President Berdimuhamedov"),
    ev("2025-06-17-astana-berdimuhamedov-xi", M, O, "2025-06-17", "Astana",
       ["Xi Jinping", "Serdar Berdimuhamedov"], [],
       "Xi also met separately with Uzbek President Mirziyoev and Turkmen President Berdimuhamedov"),
]))

A.append(("018_ng_ecowas_abuja_summit_wire", "2025-06-22", False, [
    ev("2025-06-22-abuja-ecowas", M, O, None, "Abuja",
       ["Julius Maada Bio", "Bola Tinubu"], ["ECOWAS"],
       "West African leaders gathered in Abuja on Sunday for the ECOWAS summit"),
    ev("2025-06-21-abuja-bio-tinubu", M, O, None, "Abuja",
       ["Bola Tinubu", "Julius Maada Bio"], [],
       "On Saturday evening, Tinubu met Bio at the presidential villa"),
    ev("2025-07-bamako-alliance-of-sahel-states-ecowas", M, P, None, "Bamako",
       [], ["ECOWAS", "Alliance of Sahel States"],
       "the bloc would send a delegation to Bamako next month to meet officials"),
]))

A.append(("019_nl_nato_hague_summit_liveblog", "2025-06-25", True, [
    ev("2025-06-24-the-hague-nato", M, O, "2025-06-24", "The Hague",
       ["Mark Rutte"], ["NATO"],
       "the second and final day of the NATO summit in The Hague",
       date_end="2025-06-25"),
    ev("2025-06-25-the-hague-rutte-trump", M, O, "2025-06-25", "The Hague",
       ["Donald Trump", "Mark Rutte"], [],
       "Donald Trump held a bilateral meeting with Rutte before the session"),
    ev("2025-06-25-the-hague-trump-zelenskyy", M, O, "2025-06-25", "The Hague",
       ["Donald Trump", "Volodymyr Zelenskyy"], [],
       "Trump and Ukrainian President Volodymyr Zelensky met for about 50 minutes"),
    ev("2025-06-25-the-hague-erdogan-trump", M, O, "2025-06-25", "The Hague",
       ["Donald Trump", "Recep Tayyip Erdogan"], [],
       "Trump and Turkish President Recep Tayyip Erdogan are meeting now"),
]))

A.append(("020_br_mercosur_buenos_aires", "2025-07-04", True, [
    ev("2025-07-03-buenos-aires-mercosur", M, O, "2025-07-03", "Buenos Aires",
       ["Javier Milei", "Luiz Inacio Lula da Silva", "Yamandu Orsi", "Santiago Pena"], ["Mercosur"],
       "Mercosur leaders met in Buenos Aires on Thursday for the bloc's half-yearly summit"),
    ev("2025-07-03-buenos-aires-fernandez-de-kirchner-lula", M, O, "2025-07-03", "Buenos Aires",
       ["Luiz Inacio Lula da Silva", "Cristina Fernandez de Kirchner"], [],
       "Lula visited former Argentine President Cristina Fernández de Kirchner"),
    ev("2025-07-02-buenos-aires-vieira-werthein", M, O, "2025-07-02", "Buenos Aires",
       ["Mauro Vieira", "Gerardo Werthein"], [],
       "his Argentine counterpart Gerardo Werthein held talks in Buenos Aires"),
    ev("2025-12-20-foz-do-iguacu-mercosur", M, P, "2025-12", "Foz do Iguacu",
       ["Luiz Inacio Lula da Silva"], ["Mercosur"],
       "Lula will host the next Mercosur summit in Foz do Iguaçu"),
]))

files = sorted(f[:-4] for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".txt"))
assert files == [a[0] for a in A], set(files) ^ {a[0] for a in A}
with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as g, \
     open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as m:
    for aid, pub, in_manifest, events in A:
        g.write(json.dumps({"id": aid, "published": pub, "events": events}, ensure_ascii=False) + "\n")
        m.write(json.dumps({"id": aid, "published": pub if in_manifest else None}) + "\n")
print("wrote", len(A), "articles")
