# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Small aggregator dumps of our own, one per failure kind a fresh user met (issue 12), in
several languages: used by ``test_dump_fresh_kinds.py``."""

SV_CARDS = """\
NYHETSPORTALEN
Start | Inrikes | Utrikes | Sport | Kultur
Färjetrafiken till Gotland ställs in efter stormen
Av Erik Lindqvist
Den kraftiga stormen över Östersjön fick på tisdagen rederiet att ställa in alla avgångar mellan Nynäshamn och Visby.
Enligt SMHI nådde vindbyarna upp till 30 meter per sekund längs den svenska ostkusten under natten.
Omkring tvåtusen resenärer har fått sina biljetter ombokade till onsdagen, meddelar rederiet i ett pressmeddelande.
Trafikverket uppmanar samtidigt bilister att undvika onödiga resor på kustvägarna så länge varningen gäller.
Dela på Facebook · Dela på X · Kopiera länk
Mer från Nyhetsportalen
Elpriset väntas stiga kraftigt i södra Sverige
Dagens Affärer · för 3 timmar sedan
Ny bro över Göta älv invigs i Göteborg
Västkusten Nu · för 5 timmar sedan
Rekordmånga söker till polisutbildningen i år
Nyhetsportalen · för 1 dag sedan
Skolorna i Malmö får fler lärare till hösten
Sydsvenska Nytt · för 2 dagar sedan
© 2026 Nyhetsportalen AB
"""
ID_CARDS = """\
KABAR NUSANTARA
Beranda | Nasional | Ekonomi | Olahraga
Banjir rendam ratusan rumah di pesisir utara Jawa Tengah
Oleh Dewi Lestari
Hujan deras yang turun sejak Senin malam membuat ratusan rumah di pesisir utara Jawa Tengah terendam banjir setinggi lutut orang dewasa.
Badan Penanggulangan Bencana Daerah mencatat lebih dari seribu warga terpaksa mengungsi ke balai desa dan masjid terdekat.
Petugas gabungan masih menyedot air dengan pompa portabel di sejumlah titik yang paling parah terdampak.
Pemerintah daerah berjanji akan menyalurkan bantuan logistik dan obat-obatan kepada para pengungsi hari ini.
Bagikan ke WhatsApp · Bagikan ke Facebook · Salin tautan
Berita Lainnya
Harga cabai rawit naik tajam menjelang Lebaran
Warta Ekonomi · 3 jam yang lalu
Kereta cepat tambah jadwal perjalanan akhir pekan
Kabar Nusantara · 5 jam yang lalu
Timnas muda lolos ke semifinal piala Asia
Sport Kita · 1 hari yang lalu
Jalan tol baru di Sumatra mulai beroperasi
Warta Ekonomi · 2 hari yang lalu
© 2026 Kabar Nusantara
"""
EL_CARDS = """\
ΕΙΔΗΣΕΙΣ ΣΗΜΕΡΑ
Αρχική | Πολιτική | Οικονομία | Αθλητικά
Κλειστά τα σχολεία στην Κρήτη λόγω της κακοκαιρίας
Του Νίκου Παπαδάκη
Κλειστά θα παραμείνουν την Τετάρτη όλα τα σχολεία της Κρήτης εξαιτίας της έντονης κακοκαιρίας που πλήττει το νησί.
Η Πολιτική Προστασία έστειλε μήνυμα στο 112 στους κατοίκους των Χανίων και του Ρεθύμνου για ισχυρές βροχές.
Συνεργεία του δήμου εργάζονται όλη τη νύχτα για να καθαρίσουν τους δρόμους από λάσπη και πεσμένα δέντρα.
Η Εθνική Μετεωρολογική Υπηρεσία εκτιμά ότι τα φαινόμενα θα εξασθενήσουν από την Πέμπτη το πρωί.
Κοινοποίηση στο Facebook · Κοινοποίηση στο X · Αντιγραφή συνδέσμου
Διαβάστε επίσης
Αυξάνονται οι τιμές στα καύσιμα πριν από το Πάσχα
Οικονομικός Ταχυδρόμος · πριν από 2 ώρες
Νέα γραμμή μετρό στη Θεσσαλονίκη από τον Μάιο
Βόρεια Νέα · πριν από 4 ώρες
Ο Ολυμπιακός κέρδισε στο ντέρμπι της Κυριακής
Αθλητική Ώρα · πριν από 1 ημέρα
Μειώνεται η ανεργία στους νέους κάτω των 25
Οικονομικός Ταχυδρόμος · πριν από 3 ημέρες
© 2026 Ειδήσεις Σήμερα
"""
HU_CARDS = """\
HÍRPORTÁL
Címlap | Belföld | Külföld | Sport
Lezárják a Lánchidat a hétvégi futóverseny miatt
Írta: Kovács Anna
A budapesti maratonra készülve szombat reggeltől vasárnap estig lezárják a Lánchidat a gépjárműforgalom elől.
A szervezők szerint idén több mint tizenkétezer futó indul a versenyen, ami új rekordnak számít.
A közösségi közlekedésben is változások lesznek, több villamos- és buszjárat terelőúton közlekedik majd.
A rendőrség arra kéri az autósokat, hogy a hétvégén kerüljék el a belváros érintett részeit.
Megosztás Facebookon · Megosztás X-en · Link másolása
Ezek is érdekelhetik
Tovább drágul a benzin a jövő héten
Gazdasági Napló · 2 órája
Új játszótér épül a Margitszigeten
Fővárosi Hírek · 5 órája
Bajnok lett a Ferencváros kézilabdacsapata
Sportvilág · 1 napja
Csökkent az infláció márciusban
Gazdasági Napló · 3 napja
© 2026 Hírportál Kft.
"""
DA_ONE_LINE = """\
NYHEDSAVISEN
Forside | Indland | Udland | Sport
Ny cykelbro over havnen i Aarhus åbner til sommer
Af Mette Jensen
Den nye cykelbro over havnen i Aarhus bliver efter planen åbnet for trafik i slutningen af juni.
Broen er tre hundrede meter lang og skal forbinde den nye bydel på havnen med midtbyen.
Kommunen forventer, at omkring ti tusind cyklister vil bruge broen hver dag, når den er åben.
Byggeriet har været forsinket i et halvt år på grund af problemer med fundamentet.
Del på Facebook · Del på X · Kopiér link
Læs også
Elprisen stiger igen i næste uge — Erhvervsnyt, for 2 timer siden
Ny metrolinje til Amager får grønt lys — Hovedstaden, for 5 timer siden
FCK vinder pokalfinalen efter straffespark — Sportsliv, for 1 dag siden
Flere unge søger ind på erhvervsskolerne — Erhvervsnyt, for 3 dage siden
© 2026 Nyhedsavisen
"""
CS_AGE_FIRST = """\
ZPRÁVY DNES
Domů | Domácí | Zahraničí | Sport
Praha otevře nové parkoviště u stanice metra Letňany
Autor: Jana Novotná
Hlavní město v pondělí otevřelo nové záchytné parkoviště u stanice metra Letňany, které nabízí přes osm set míst.
Řidiči zde mohou nechat auto za symbolický poplatek a pokračovat do centra veřejnou dopravou.
Radnice doufá, že parkoviště pomůže snížit počet aut, která denně vjíždějí do vnitřního města.
Další podobná parkoviště mají vzniknout do konce příštího roku na Zličíně a v Opatově.
Sdílet na Facebooku · Sdílet na X · Kopírovat odkaz
Mohlo by vás zajímat
Ceny elektřiny v zimě nejspíš klesnou
před 2 hodinami · Ekonomický deník
Brno dostaví novou tramvajovou trať
před 4 hodinami · Jižní zprávy
Sparta vyhrála derby po dramatickém závěru
před 1 dnem · Sportovní svět
Nemocnice zkracují čekací lhůty na operace
před 3 dny · Ekonomický deník
© 2026 Zprávy Dnes
"""
EN_DEK = """\
THE HARBOUR GAZETTE
News | Sport | Business | Opinion
Council approves new ferry terminal after decade of delays
The £40m building will replace the 1970s shed and open in time for the 2028 summer season
By Anna Berg · 3 hours ago
The council voted on Tuesday night to approve the new ferry terminal, ending more than ten years of arguments over its cost and design.
The building will have a glass waiting hall, a covered bus stop and space for two ferries to berth at the same time.
Construction is due to start in the spring, with the old terminal staying open until the new one is finished.
Local businesses welcomed the decision, saying the current building puts visitors off before they even reach the town.
Share on Facebook · Share on X · Copy link
© 2026 The Harbour Gazette
"""
ES_DEK = """\
EL DIARIO DEL SUR
Portada | Local | Deportes | Cultura
El ayuntamiento aprueba el nuevo mercado de abastos
La obra costará doce millones de euros y el edificio abrirá sus puertas antes del verano de 2028
Por Lucía Romero | hace 4 horas
El pleno municipal aprobó el martes por la noche el proyecto del nuevo mercado de abastos, tras años de debate.
El edificio tendrá cuarenta puestos, un aparcamiento subterráneo y una terraza abierta al público.
Las obras comenzarán en primavera y el mercado actual seguirá abierto mientras duren los trabajos.
Los comerciantes celebraron la decisión, aunque piden que se respeten los plazos anunciados.
Compartir en Facebook · Compartir en X · Copiar enlace
© 2026 El Diario del Sur
"""
EN_BYLINE_DATE = """\
THE HARBOUR GAZETTE
News | Sport | Business | Opinion
Council approves new ferry terminal after decade of delays
By Anna Berg — Wednesday 12 March 2025, 14:05 GMT
The council voted on Tuesday night to approve the new ferry terminal, ending more than ten years of arguments over its cost and design.
The building will have a glass waiting hall, a covered bus stop and space for two ferries to berth at the same time.
Construction is due to start in the spring, with the old terminal staying open until the new one is finished.
Local businesses welcomed the decision, saying the current building puts visitors off before they even reach the town.
Share on Facebook · Share on X · Copy link
© 2026 The Harbour Gazette
"""
IT_BYLINE_DATE = """\
IL CORRIERE LAGUNARE
Cronaca | Sport | Cultura
Chioggia, il nuovo ponte mobile entra in funzione dopo tre anni di cantiere
Giulia Ferri — mercoledì 12 marzo 2025, 14:05
Il nuovo ponte mobile di Chioggia è entrato in funzione martedì mattina, dopo tre anni di lavori e numerosi ritardi.
La struttura permette il passaggio delle barche più alte senza interrompere a lungo il traffico delle auto.
Il sindaco ha ringraziato i residenti per la pazienza dimostrata durante il lungo cantiere.
Secondo il comune, i tempi di attesa al ponte si ridurranno di oltre la metà nelle ore di punta.
Condividi su Facebook · Condividi su X · Copia link
© 2026 Il Corriere Lagunare
"""
KO_HEAD = """\
한빛일보
홈 | 정치 | 경제 | 사회 | 스포츠
서울시, 한강 수상버스 내년 봄 정식 운항
김지은 기자
서울시는 한강을 오가는 수상버스를 내년 3월부터 정식으로 운항한다고 12일 밝혔다.
수상버스는 마곡에서 잠실까지 일곱 개 선착장을 연결하며 출퇴근 시간에는 15분 간격으로 다닌다.
시는 시범 운항 기간 동안 하루 평균 이천 명이 넘는 시민이 수상버스를 이용했다고 설명했다.
요금은 지하철과 같은 수준으로 책정되며 환승 할인도 적용될 예정이다.
공유하기 · 카카오톡 · 페이스북 · 링크 복사
관련 기사
코스피 사흘째 상승 마감
"""
"""A Korean story page down to its "related" heading: the two Korean dumps differ only in their cards."""
KO_MORE_LINK = KO_HEAD + """\
경제투데이 · 2시간 전
올해 김장 비용은 얼마나 오를까?
생활일보 · 4시간 전
프로야구 개막전 전석 매진
스포츠한빛 · 6시간 전
미세먼지 나쁨
한빛일보 · 1일 전
더보기
© 2026 한빛일보
"""
JA_MORE_LINK = """\
みなと新聞
ホーム | 政治 | 経済 | 社会 | スポーツ
横浜港に新しい客船ターミナル、来春に開業へ
山田花子 記者
横浜市は十二日、大さん橋の隣に建設中の新しい客船ターミナルを来年春に開業すると発表した。
ターミナルには大型客船二隻が同時に着岸でき、待合室や免税店、展望デッキも設けられる。
市は開業後、年間の寄港数が現在の一・五倍に増えると見込んでいる。
周辺の商店街からは観光客の増加に期待する声が上がっている。
シェア · X · Facebook · リンクをコピー
関連記事
川崎の工場夜景ツアーが人気
神奈川経済新聞 · 2時間前
箱根駅伝のコースで道路工事
スポーツみなと · 5時間前
鎌倉の大仏、修理を終えて公開再開
みなと新聞 · 1日前
横須賀に新しい水族館が誕生
湘南ニュース · 3日前
もっと見る
© 2026 みなと新聞
"""
DE_NUMBER_SOURCE = """\
DER LANDBOTE
Startseite | Region | Sport | Kultur
Gemeinderat genehmigt neues Hallenbad nach jahrelangem Streit
Von Katrin Vogel
Der Gemeinderat hat am Dienstagabend mit großer Mehrheit den Bau eines neuen Hallenbads beschlossen.
Das Bad soll ein Sportbecken mit acht Bahnen, ein Lehrschwimmbecken und eine kleine Sauna erhalten.
Die Bauarbeiten beginnen im Frühjahr, das alte Bad bleibt bis zur Eröffnung des neuen geöffnet.
Die Schwimmvereine der Stadt zeigten sich erleichtert über die Entscheidung nach dem langen Streit.
Teilen auf Facebook · Teilen auf X · Link kopieren
Mehr aus der Region
Neue Buslinie verbindet die Dörfer im Tal
24 · vor 2 Stunden
Stadtfest lockt Tausende in die Altstadt
Landbote · vor 4 Stunden
Brücke über die Aare wird ab Montag saniert
360 · vor 6 Stunden
Bäckerei am Marktplatz schließt nach 80 Jahren
20 Minuten · gestern
© 2026 Der Landbote
"""
EN_NUMBER_SOURCE = """\
THE HARBOUR GAZETTE
News | Sport | Business | Opinion
Council approves new ferry terminal after decade of delays
By Anna Berg
The council voted on Tuesday night to approve the new ferry terminal, ending more than ten years of arguments over its cost and design.
The building will have a glass waiting hall, a covered bus stop and space for two ferries to berth at the same time.
Construction is due to start in the spring, with the old terminal staying open until the new one is finished.
Local businesses welcomed the decision, saying the current building puts visitors off before they even reach the town.
Share on Facebook · Share on X · Copy link
More news
Lifeboat crew rescues walkers cut off by tide — 9, 2 hours ago
New cycle lane opens on the seafront road — Harbour Gazette, 5 hours ago
Fish market to stay open on Sundays this summer — 360, yesterday
Pier reopens after winter storm repairs — Coast Echo, 2 days ago
© 2026 The Harbour Gazette
"""
FR_NUMBER_SOURCE = """\
LE COURRIER DU PORT
Accueil | Région | Sports | Culture
Le conseil municipal valide la nouvelle gare maritime
Par Claire Morel
Le conseil municipal a voté mardi soir le projet de nouvelle gare maritime, après plus de dix ans de débats sur son coût.
Le bâtiment comprendra une salle d'attente vitrée, un arrêt de bus couvert et deux postes d'accostage.
Les travaux doivent commencer au printemps, l'ancienne gare restant ouverte jusqu'à la fin du chantier.
Les commerçants ont salué la décision, estimant que le bâtiment actuel donne une mauvaise image de la ville.
Partager sur Facebook · Partager sur X · Copier le lien
À lire aussi
La piscine municipale rouvre après travaux
20 | il y a 2 heures
Le marché de Noël s'installe sur le port
Ouest Matin | il y a 5 heures
Une nouvelle ligne de bus vers la plage
7 | hier
© 2026 Le Courrier du Port
"""
EN_UPDATED = """\
THE HARBOUR GAZETTE
News | Sport | Business | Opinion
Council approves new ferry terminal after decade of delays
By Anna Berg
Updated 3 hours ago
The council voted on Tuesday night to approve the new ferry terminal, ending more than ten years of arguments over its cost and design.
The building will have a glass waiting hall, a covered bus stop and space for two ferries to berth at the same time.
Construction is due to start in the spring, with the old terminal staying open until the new one is finished.
Local businesses welcomed the decision, saying the current building puts visitors off before they even reach the town.
Share on Facebook · Share on X · Copy link
© 2026 The Harbour Gazette
"""
DE_UPDATED = """\
DER LANDBOTE
Startseite | Region | Sport | Kultur
Gemeinderat genehmigt neues Hallenbad nach jahrelangem Streit
Von Katrin Vogel
Aktualisiert vor 3 Stunden
Der Gemeinderat hat am Dienstagabend mit großer Mehrheit den Bau eines neuen Hallenbads beschlossen.
Das Bad soll ein Sportbecken mit acht Bahnen, ein Lehrschwimmbecken und eine kleine Sauna erhalten.
Die Bauarbeiten beginnen im Frühjahr, das alte Bad bleibt bis zur Eröffnung des neuen geöffnet.
Die Schwimmvereine der Stadt zeigten sich erleichtert über die Entscheidung nach dem langen Streit.
Teilen auf Facebook · Teilen auf X · Link kopieren
© 2026 Der Landbote
"""
EN_READ_ALSO = """\
THE HARBOUR GAZETTE
News | Sport | Business | Opinion
Council approves new ferry terminal after decade of delays
By Anna Berg
The council voted on Tuesday night to approve the new ferry terminal, ending more than ten years of arguments over its cost and design.
The building will have a glass waiting hall, a covered bus stop and space for two ferries to berth at the same time.
Read also: Lifeboat crew rescues walkers cut off by the tide
What happens to the old terminal
The old terminal building will be sold to a developer, and the council hopes to turn the site into flats and a small park by the water.
Construction is due to start in the spring, with the old terminal staying open until the new one is finished.
Local businesses welcomed the decision, saying the current building puts visitors off before they even reach the town.
Share on Facebook · Share on X · Copy link
© 2026 The Harbour Gazette
"""
ES_READ_ALSO = """\
EL DIARIO DEL SUR
Portada | Local | Deportes | Cultura
El ayuntamiento aprueba el nuevo mercado de abastos
Por Lucía Romero
El pleno municipal aprobó el martes por la noche el proyecto del nuevo mercado de abastos, tras años de debate.
El edificio tendrá cuarenta puestos, un aparcamiento subterráneo y una terraza abierta al público.
Lee también: El festival de jazz regresa al claustro del antiguo convento
Qué pasará con el edificio antiguo
El viejo edificio se venderá a una empresa que quiere convertirlo en viviendas con una pequeña plaza para los vecinos del barrio.
Las obras comenzarán en primavera y el mercado actual seguirá abierto mientras duren los trabajos.
Los comerciantes celebraron la decisión, aunque piden que se respeten los plazos anunciados.
Compartir en Facebook · Compartir en X · Copiar enlace
© 2026 El Diario del Sur
"""
EN_PITCH_END = """\
THE HARBOUR GAZETTE
News | Sport | Business | Opinion
Council approves new ferry terminal after decade of delays
By Anna Berg
The council voted on Tuesday night to approve the new ferry terminal, ending more than ten years of arguments over its cost and design.
The building will have a glass waiting hall, a covered bus stop and space for two ferries to berth at the same time.
Construction is due to start in the spring, with the old terminal staying open until the new one is finished.
Local businesses welcomed the decision, saying the current building puts visitors off before they even reach the town.
Don't miss a story – sign up for our daily briefing.
Share on Facebook · Share on X · Copy link
© 2026 The Harbour Gazette
"""
FR_PITCH_END = """\
LE COURRIER DU PORT
Accueil | Région | Sports | Culture
Le conseil municipal valide la nouvelle gare maritime
Par Claire Morel
Le conseil municipal a voté mardi soir le projet de nouvelle gare maritime, après plus de dix ans de débats sur son coût.
Le bâtiment comprendra une salle d'attente vitrée, un arrêt de bus couvert et deux postes d'accostage.
Les travaux doivent commencer au printemps, l'ancienne gare restant ouverte jusqu'à la fin du chantier.
Les commerçants ont salué la décision, estimant que le bâtiment actuel donne une mauvaise image de la ville.
Ne manquez plus rien – recevez notre lettre du matin gratuitement.
Partager sur Facebook · Partager sur X · Copier le lien
À lire aussi
La piscine municipale rouvre après travaux
20 | il y a 2 heures
Le marché de Noël s'installe sur le port
Ouest Matin | il y a 5 heures
Une nouvelle ligne de bus vers la plage
7 | hier
© 2026 Le Courrier du Port
"""
KO_YEAR_FIRST = KO_HEAD + """\
경제투데이 | 2026.03.14 14:05
올해 김장 비용은 얼마나 오를까?
생활일보 | 2026.03.10 14:05
프로야구 개막전 전석 매진
스포츠한빛 | 2026.03.15 14:05
미세먼지 나쁨
한빛일보 | 2026.03.17 14:05
© 2026 한빛일보
"""
ZH_YEAR_FIRST = """\
城市快讯网
首页 | 本地 | 财经 | 体育
地铁三号线延伸段年底前开通运营
记者 王晓明
市轨道交通集团十二日宣布，地铁三号线延伸段将于今年十二月底前开通，新增车站五座。
延伸段全长九点六公里，连接老城区与高铁新城，预计每天可分流乘客约八万人次。
沿线居民表示，开通后上下班通勤时间将缩短一半左右，出行更加方便。
集团负责人称，目前各车站装修已基本完成，正在进行设备联调联试。
分享到：微信 · 微博 · 复制链接
相关新闻
新城区将建三所公立小学
江南日报 | 2026/03/14 09:30
高铁站南广场改造完成
城市快讯网 | 2026/03/12 18:05
本周末全市气温回升
天气在线 | 2026/03/10 07:45
© 2026 城市快讯网
"""
