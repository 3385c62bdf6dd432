# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Small dumps of our own for the card kinds a fresh user met (issue 12, round 2): one-line
cards with plain hyphens, ages no reader knows told by the list's repetition, two-line cards
over a footer, rank numbers over cards. Used by ``test_dump_fresh_cards.py``."""

DA_HEAD = """\
Havnebadet i Aarhus lukker for vinteren en måned tidligere end planlagt
Af Mette Kjær · 14. oktober 2026
Kommunen besluttede tirsdag aften at lukke havnebadet allerede i oktober, fordi vandkvaliteten har været for dårlig i flere uger.
Badegæsterne har klaget over alger og en ubehagelig lugt siden slutningen af august, og prøverne har bekræftet forureningen.
Teknisk forvaltning vil bruge vinteren på at undersøge, om et nyt filteranlæg kan løse problemet inden næste sæson.
Badeklubben kalder beslutningen skuffende, men forstår at sundheden må komme først for de mange daglige gæster.
"""

DA_HYPHEN_CARDS = DA_HEAD + """\
Mest læste
1. Elprisen stiger igen i december - Erhvervsnyt - for 2 timer siden
2. Ny letbane til Lisbjerg åbner til foråret - Aarhus Avis - for 4 timer siden
3. Rekordmange ansøgere til politiskolen i år - Danmarks Dagblad - for 9 timer siden
"""

HI_CARDS = DA_HEAD + """\
Relaterede
दिल्ली मेट्रो ने किराए में बढ़ोतरी की — नवभारत · 3 घंटे पहले
मुंबई में नई बस सेवा शुरू हुई — लोकवाणी · 5 घंटे पहले
जयपुर हवाई अड्डे का विस्तार होगा — राजस्थान समाचार · 8 घंटे पहले
"""

PL_ONE_AGE_UNREAD = DA_HEAD + """\
Zobacz także
Nowy most na Wiśle otwarty dla ruchu — Gazeta Pomorska · 2 godz. temu
Tramwaj do Fordonu pojedzie od wiosny — Ekspres Miejski · 5 godz. temu
Port w Gdyni bije rekord przeładunków — Dziennik Bałtycki · 3 tyg. temu
Festiwal jazzowy wraca na Stare Miasto — Kurier Nadmorski · 9 godz. temu
"""

FR_CARDS_FOOTER = DA_HEAD + """\
À lire aussi
Le port de Brest accueille un nouveau terminal
Ouest Matin · il y a 2 h
La ligne de tram B prolongée jusqu'à la gare
Presse Océane · il y a 5 h
Un festival de jazz annoncé pour juillet
Le Courrier · il y a 9 h
Mentions légales  Confidentialité  Nous contacter
"""

KO_CARDS_FOOTER = DA_HEAD + """\
관련 기사
부산항 신항에 새 터미널 문 연다
해양일보 · 3시간 전
지하철 2호선 연장 구간 내년 개통
부산타임즈 · 5시간 전
해운대 겨울 축제 일정 발표
동남뉴스 · 9시간 전
이용약관　개인정보처리방침　고객센터
"""

DE_RANKED_CARDS = DA_HEAD + """\
Meistgelesen
1
Fähre nach Helgoland fällt wegen Sturm aus
Nordkurier · 2 Std.
2
Neue Radbrücke über die Trave eröffnet
Lübecker Blatt · 4 Std.
3
Hafenfest zieht Rekordzahl an Besuchern an
Küstenbote · 7 Std.
"""

IT_HEAD = """\
Il porto di Livorno apre un nuovo terminal per le navi da crociera
Di Giulia Romano · 3 ore fa
La giunta comunale ha approvato martedì sera il progetto definitivo, dopo una lunga discussione durata fino a tarda notte.
I lavori cominceranno in primavera e dureranno circa undici mesi, con un centinaio di operai impiegati nella fase più intensa.
Gli ambientalisti avevano chiesto di proteggere la scogliera vicina e di limitare il traffico dei pullman in centro.
L'autorità portuale assicura che il terminal funzionerà con energia elettrica da terra già dalla prossima estate.
"""

IT_PITCH_FOOT = IT_HEAD + """\
Ti è piaciuto questo articolo? Iscriviti alla nostra newsletter e ricevila ogni mattina.
Chi siamo | Contatti | Privacy
"""

PL_PITCH_FOOT = IT_HEAD + """\
Pobierz naszą aplikację i nie przegap żadnej ważnej wiadomości!
O nas | Kontakt | Polityka prywatności
"""

IT_STORY_ENDS_EXCLAIMING = IT_HEAD + """\
Il sindaco ha salutato il progetto: finalmente il terminal porterà nuovi crocieristi in città!
Chi siamo | Contatti | Privacy
"""
