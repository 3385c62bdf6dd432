# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Dumps of our own for the mid-story card kinds a fresh user met (issue 6 of round 6): a
"read also" card of several lines (label, title, source and age) inside the story, a site's
name over the headline, a byline's introducing word. Each in another language than the
reproducer that showed it (en, es, it)."""

NL_CARD_UNDER_TWO_PARAGRAPHS = """\
Gemeente houdt het laatste openluchtzwembad van Zwolle open
Zwolse Courant · 1 uur geleden
Het openluchtbad aan de IJssel blijft minstens drie jaar open, nadat de gemeenteraad dinsdagavond unaniem besloot het geld voor de exploitatie te vinden.
Het bad zou in februari sluiten als onderdeel van een bezuiniging, omdat de reparatie van de kleedkamers meer zou kosten dan het gebouw waard was.
Lees ook:
Nieuwe fietsbrug over de Vecht opnieuw vertraagd
Stentor Regio · 3 uur geleden
Een campagne van zwemverenigingen en ouders haalde in zes weken ruim negenduizend handtekeningen op, en meer dan tweehonderd mensen kwamen naar de raadszaal.
Wethouder Pieter de Boer zei dat de gemeente zeshonderdduizend euro leent voor het dak en subsidie aanvraagt voor de rest.
De inspraak over de nieuwe openingstijden begint volgende maand, meldde de gemeente woensdag.
"""

FR_CARD_LONG_TITLE = """\
Lyon adopte un plan pour limiter les meublés touristiques dans le Vieux-Lyon
Par Claire Martin | 12 mars 2026
Le conseil municipal de Lyon a adopté jeudi une modification du plan local qui interdit les nouveaux meublés touristiques dans la plus grande partie du Vieux-Lyon pour cinq ans.
La mesure, soutenue par la majorité et un groupe de l'opposition, concerne plus de mille deux cents logements situés dans le secteur sauvegardé.
Selon les chiffres de la ville, le nombre de meublés touristiques du quartier a triplé depuis 2019, tandis que la population a baissé de 14 % sur la même période.
À lire aussi
Les loyers dans la métropole de Lyon augmentent de 11 % en un an selon l'observatoire
Le Progrès Économie
il y a 4 heures
« Nous voulons que le quartier reste un lieu où vivent des gens, pas un décor », a déclaré l'adjoint à l'urbanisme pendant la séance.
Les associations d'habitants ont salué la décision, tout en demandant son extension aux pentes de la Croix-Rousse.
Les loueurs professionnels ont annoncé un recours devant le tribunal administratif, estimant que la règle porte atteinte à la liberté d'entreprendre.
#Lyon #Logement #Tourisme
Partager sur Facebook · Partager sur X · Envoyer par WhatsApp
"""

DE_CARD_LABEL_SOURCE = """\
Stadtrat rettet das letzte Hallenbad von Bocholt
Bocholter Bote · vor 2 Stunden
Das einzige Hallenbad der Stadt bleibt mindestens drei weitere Jahre geöffnet, nachdem der Stadtrat am Dienstagabend einstimmig beschlossen hat, das Geld für den Betrieb aufzubringen.
Das Bad an der Münsterstraße sollte im Februar im Rahmen eines Sparpakets schließen, weil die Reparatur des Daches mehr kosten würde, als das Gebäude wert sei.
Lesen Sie auch
Umgehungsstraße erneut verschoben wegen Entwässerungsfehler
Borkener Zeitung
vor 3 Stunden
Eine Kampagne der Schwimmvereine und Eltern sammelte in sechs Wochen mehr als neuntausend Unterschriften, und über zweihundert Menschen kamen zur Abstimmung ins Rathaus.
Bürgermeister Jan Keller sagte, die Stadt nehme einen Kredit über 650.000 Euro für das Dach auf und beantrage Fördermittel für den Rest.
Eine Bürgerbeteiligung zu den neuen Öffnungszeiten beginnt im kommenden Monat, teilte die Stadt am Mittwoch mit.
"""

PT_SITE_NAME_OVER_HEADLINE = """\
O Correio do Douro
O comboio histórico do Douro volta a circular em junho, com carruagens renovadas e três viagens por semana
por Ana Sousa - 9 de janeiro de 2026
O comboio histórico que liga a Régua ao Tua volta a circular a partir de junho, depois de dois anos de obras de recuperação das carruagens e da locomotiva a vapor.
A intervenção, financiada com 4,5 milhões de euros de fundos europeus, incluiu a substituição dos bancos, do sistema de travagem e da iluminação das cinco carruagens.
Durante o verão haverá três viagens por semana, aos sábados, domingos e feriados, com partida da estação da Régua às 15 horas.
O presidente da câmara disse que o comboio é um dos principais atrativos turísticos da região e traz milhares de visitantes por ano.
Descarregue a aplicação do Correio do Douro: notícias da região em tempo real
© 2026 O Correio do Douro. Todos os direitos reservados.
"""

FR_BYLINE_INTRODUCED = """\
Le tramway de Grenoble prolongé jusqu'à Pont-de-Claix
Par Julien Morel | 3 avril 2026
La métropole a voté jeudi le prolongement de la ligne A du tramway jusqu'au centre de Pont-de-Claix, un chantier attendu depuis plus de dix ans.
Les travaux, estimés à 80 millions d'euros, doivent commencer à l'automne et durer deux ans, selon le calendrier présenté par les élus.
Les commerçants du quartier craignent une baisse de fréquentation pendant le chantier et demandent des indemnités.
Partager par e-mail · Partager sur Facebook
"""

PL_CARD_WITHOUT_META = """\
Kraków otwiera nowy park nad Wisłą po trzech latach budowy
Gazeta Krakowska · 2 godz. temu
Nowy park nad Wisłą w Krakowie został w sobotę otwarty dla mieszkańców po trzech latach prac, które kosztowały miasto ponad czterdzieści milionów złotych.
Na terenie parku posadzono ponad dwa tysiące drzew i krzewów, a wzdłuż rzeki powstała ścieżka rowerowa o długości czterech kilometrów.
Przeczytaj także
Miasto planuje kolejne zielone skwery w dzielnicach
Pierwsze prace ruszą wiosną
Według urzędników park będzie otwarty przez całą dobę, a w sezonie letnim odbywać się w nim będą koncerty i pokazy filmowe.
Mieszkańcy mogą zgłaszać swoje uwagi dotyczące parku przez miejską aplikację do końca przyszłego miesiąca.
"""

AR_CASELESS_MASTHEAD = """\
النهار الجديد — صوت المدينة
بلدية الإسكندرية تفتتح أكبر حديقة عامة على الكورنيش بعد عامين من العمل
النهار الجديد · منذ 3 ساعات
افتتحت بلدية الإسكندرية يوم السبت حديقة عامة جديدة على الكورنيش تمتد على مساحة عشرين فداناً، وهي الأكبر من نوعها في المدينة منذ عقود.
وقال المحافظ خلال حفل الافتتاح إن الحديقة تضم أكثر من ثلاثة آلاف شجرة ومسارات للدراجات وملاعب للأطفال ومكتبة صغيرة مفتوحة للجميع.
وبلغت تكلفة المشروع نحو مئة وعشرين مليون جنيه، مولت البلدية نصفها بينما جاء الباقي من تبرعات رجال الأعمال في المدينة.
ومن المقرر أن تفتح الحديقة أبوابها يومياً من السادسة صباحاً حتى منتصف الليل طوال أشهر الصيف.
جميع الحقوق محفوظة © 2026 النهار الجديد
"""
