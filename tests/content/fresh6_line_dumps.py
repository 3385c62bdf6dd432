# ruff: noqa: E501  (the dump lines below are data, kept whole)
"""Small dumps of our own for the teaser-line kinds a fresh user met (round 6): an age
abbreviated with a full stop at a card line's end, a link address as a card line's last
piece, a bracketed source with the age after it, a one-line "read also" card whose label
holds combining marks. Used by ``test_dump_fresh6_lines.py``."""

PL_HEAD = """\
Gdańsk: nowa linia tramwajowa na Morenę gotowa przed terminem
Kurier Bałtycki · 3 godz. temu
Miasto oddało w poniedziałek do użytku nową linię tramwajową łączącą Wrzeszcz z osiedlem Morena, dwa miesiące przed planowanym terminem.
Trasa ma cztery kilometry długości i sześć przystanków, a tramwaje będą kursować co dziesięć minut w godzinach szczytu.
Inwestycja kosztowała 320 milionów złotych, z czego większość pokryły fundusze unijne przyznane miastu trzy lata temu.
"""

PL_ABBREVIATED_AGES = PL_HEAD + """\
Czytaj więcej
Remont dworca w Gdyni potrwa do wiosny przyszłego roku · Dziennik Portowy · 2 godz.
Nowe ścieżki rowerowe wzdłuż plaży w Sopocie · Kurier Bałtycki · 5 godz.
Rekordowa liczba turystów na Westerplatte w tym sezonie · Gazeta Pomorska · 9 godz.
"""

PT_HEAD = """\
Porto: metro vai ter nova linha até Gaia em 2027
Jornal do Douro · há 2 horas
A empresa do metro anunciou esta segunda-feira que a nova linha entre o Porto e Vila Nova de Gaia vai abrir no verão de 2027.
A linha terá seis quilómetros e oito estações, e deverá transportar cerca de quarenta mil passageiros por dia.
A obra custa 300 milhões de euros e é financiada em grande parte pelo plano de recuperação europeu.
"""

PT_LINKED_CARDS = PT_HEAD + """\
Mais notícias
Ponte D. Luís fecha ao trânsito durante duas semanas · Gazeta do Norte · há 3 horas · https://gazetadonorte.example/ponte
Novo mercado do Bolhão bate recorde de visitantes · Jornal do Douro · ontem · https://jornaldodouro.example/bolhao
"""

FR_HEAD = """\
Lyon : la ligne de tramway T10 ouvrira avec six mois de retard
Le Progrès du Rhône · il y a 2 heures
La métropole a annoncé lundi que la nouvelle ligne de tramway entre Vénissieux et Saint-Fons n'ouvrira qu'au printemps prochain.
Des difficultés lors du déplacement des réseaux d'eau et de gaz ont retardé les travaux sur plus d'un kilomètre de tracé.
Le chantier coûtera finalement 270 millions d'euros, soit vingt millions de plus que prévu au départ.
"""

FR_BRACKETED_SOURCES = FR_HEAD + """\
À lire aussi
Le pont Lafayette fermé aux voitures tout l'été (Lyon Matin) il y a 3 heures
Une nouvelle piscine olympique à Gerland en 2028 (Le Progrès du Rhône) hier
Les vélos en libre-service battent un record d'usage (Rhône Infos) il y a 2 jours
"""

ZH_HEAD = """\
南京地铁新线开通运营　全长三十公里设站二十座
金陵晚报　2小时前
南京地铁新线今天上午正式开通运营，线路全长约三十公里，共设车站二十座，连接江北新区与主城区。
新线开通后，江北新区居民前往新街口的时间将缩短至四十分钟以内，预计日均客流可达二十万人次。
地铁公司表示，开通初期列车运行间隔为六分钟，早晚高峰时段将加密至四分钟。
"""

ZH_BRACKETED_SOURCES = ZH_HEAD + """\
相关新闻
长江大桥维修工程今秋启动　预计工期一年（扬子日报）3小时前
南京南站新增多趟高铁列车往返上海（金陵晚报）昨天
"""

HI_READ_ALSO = """\
जयपुर में नई मेट्रो लाइन का काम शुरू, दो साल में पूरा होगा
राजस्थान समाचार · 3 घंटे पहले
जयपुर विकास प्राधिकरण ने सोमवार को शहर की दूसरी मेट्रो लाइन का निर्माण कार्य शुरू कर दिया, जो सीतापुरा को अंबाबाड़ी से जोड़ेगी।
इस लाइन की कुल लंबाई तेईस किलोमीटर होगी और इस पर बीस स्टेशन बनाए जाएंगे, जिनमें से आठ भूमिगत होंगे।
यह भी पढ़ें: अजमेर में नई बस सेवा से यात्रियों को बड़ी राहत मिली
परियोजना पर करीब दस हजार करोड़ रुपये खर्च होंगे, जिसका बड़ा हिस्सा केंद्र सरकार देगी।
अधिकारियों के अनुसार पहले चरण का काम अगले साल के अंत तक पूरा कर लिया जाएगा।
"""

EL_DAY_WORD_BYLINE = """\
Θεσσαλονίκη: ανοίγει το μετρό προς την Καλαμαριά τον Νοέμβριο
Βόρειος Τύπος · χθες
Η εταιρεία του μετρό ανακοίνωσε ότι η επέκταση προς την Καλαμαριά θα δοθεί στο κοινό στις αρχές Νοεμβρίου, μετά από δοκιμές δύο μηνών.
Η νέα γραμμή έχει μήκος τεσσάρων χιλιομέτρων και πέντε σταθμούς, και αναμένεται να εξυπηρετεί σαράντα χιλιάδες επιβάτες την ημέρα.
Οι συρμοί θα κινούνται κάθε τέσσερα λεπτά τις ώρες αιχμής, σύμφωνα με το πρόγραμμα που δόθηκε στη δημοσιότητα.
"""

EL_DAY_WORD_CARDS = EL_DAY_WORD_BYLINE + """\
Διαβάστε ακόμη
Κλειστή η παραλιακή λεωφόρος λόγω έργων για δύο εβδομάδες
Μακεδονικά Νέα · χθες
Νέο πάρκο στη θέση του παλιού στρατοπέδου στην ανατολική πόλη
Βόρειος Τύπος · χθες
"""

TR_SITE_PITCH = """\
Ege Postası
Menü
İzmir'de metro hattı Buca'ya uzanıyor: ilk sefer yıl sonunda
İzmir Büyükşehir Belediyesi, Buca metrosunun tünel çalışmalarının tamamlandığını ve ilk seferin yıl sonunda yapılacağını açıkladı.
Hat, Üçyol ile Çamlıkule arasında on üç kilometre uzunluğunda olacak ve on bir istasyondan oluşacak.
Ege Postası uygulamasını indirin, son dakika haberlerini kaçırmayın
Belediye başkanı, projenin toplam maliyetinin yaklaşık 600 milyon avro olduğunu ve büyük kısmının dış krediyle karşılandığını söyledi.
Yetkililer, hattın açılmasıyla kent içi trafiğin belirgin biçimde azalmasını bekliyor.
Künye · İletişim · Gizlilik
© 2026 Ege Postası
"""

NL_SITE_SUBHEADING = """\
Utrecht krijgt een nieuwe fietsbrug over het Amsterdam-Rijnkanaal
Stadskrant Utrecht · 3 uur geleden
De gemeente Utrecht heeft dinsdag besloten een nieuwe fietsbrug over het Amsterdam-Rijnkanaal te bouwen, tussen Leidsche Rijn en Lombok.
De brug moet in 2029 klaar zijn en gaat naar verwachting ruim dertig miljoen euro kosten.
Stadskrant Utrecht vroeg lezers om hun mening over de brug
Van de ruim tweeduizend lezers die reageerden, vindt een ruime meerderheid de brug een goed idee.
Tegenstanders vrezen vooral voor extra drukte op de smalle fietspaden in Lombok.
"""

AR_COMMA_CARDS = """\
عمّان: افتتاح أول خط للحافلات الكهربائية بين وسط المدينة والجامعة
صحيفة الأردن اليوم، منذ 3 ساعات
أعلنت أمانة عمّان الكبرى اليوم تشغيل أول خط للحافلات الكهربائية يربط وسط المدينة بالجامعة الأردنية، بأسطول من عشرين حافلة.
وقالت الأمانة إن الحافلات ستعمل من السادسة صباحاً حتى منتصف الليل، بمعدل رحلة كل عشر دقائق في ساعات الذروة.
ويأتي المشروع ضمن خطة لخفض الانبعاثات وتقليل الازدحام المروري في العاصمة خلال السنوات الخمس المقبلة.
أخبار ذات صلة
ارتفاع أسعار الوقود للمرة الثالثة هذا العام في الأردن
الرأي الاقتصادي، منذ 5 ساعات
مهرجان جرش يعلن برنامج دورته الجديدة بمشاركة عربية واسعة
صحيفة الأردن اليوم، منذ 8 ساعات
"""
