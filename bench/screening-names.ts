// Name pools for the screening benchmark, written for it: common Dutch given names and surnames
// (with tussenvoegsels, patronymics and compound surnames made from place-name stems) and common
// names of nine other language areas, Russian and Greek in their own script. Fictional lists,
// no real records.

export const dutchGiven = (
  'Jan Pieter Kees Henk Gerrit Johannes Cornelis Hendrik Willem Jacobus Dirk Klaas Bart Ruud Sander ' +
  'Joost Martijn Bas Thijs Daan Sem Lucas Finn Jesse Milan Ruben Niels Stefan Maarten Wouter Jeroen ' +
  'Arjen Erik Rob Frank Marco Paul Peter Hans Wim Theo Gert Harm Geert Sjoerd Tjeerd Wietse Douwe ' +
  'Ate Hidde Floris Reinier Roeland Tijmen Gijs Teun Stijn Koen Jochem Niek Bram Tom Job Mees Olivier ' +
  'Maria Johanna Anna Cornelia Elisabeth Wilhelmina Hendrika Geertruida Grietje Aaltje Anke Ingrid ' +
  'Marieke Femke Sanne Lotte Fleur Eva Anouk Iris Lieke Roos Noor Julia Sophie Emma Tess Sara Lisa ' +
  'Esther Judith Mirjam Petra Monique Yvonne Astrid Marjolein Annemieke Wilma Gerda Ria Tineke Hennie ' +
  'Joke Truus Dieuwke Sietske Baukje Wietske Froukje Jantine Gerdien Marloes Liesbeth Mieke Hanneke'
).split(' ');

export const dutchSurnames = (
  'de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|' +
  'de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|' +
  'van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|van den Broek|' +
  'de Bruijn|de Bruin|van der Heijden|Schouten|van Beek|Willems|van Vliet|van de Ven|Hoekstra|Maas|' +
  'Verhoeven|Koster|van Dam|van der Wal|Prins|Blom|Huisman|Peeters|de Jonge|Kuipers|van Veen|Post|' +
  'Kuiper|Veenstra|Kramer|van den Brink|Scholten|van Wijk|Postma|Martens|Vink|de Ridder|Timmermans|' +
  'Schipper|van Rijn|Kroon|Hermans|Pols|Verbeek|van Schaik|Wouters|Evers|Boer|Jonker|van Doorn|' +
  'Goossens|Sanders|Bosman|Koning|van Loon|de Lange|Molenaar|Mertens|Verschuren|Schreuder|Hofman|' +
  "Claassen|van Wijngaarden|Groen|Stam|van 't Hof|in 't Veld|op de Beek|ter Horst|ten Brink|" +
  'van der Ploeg|Schmidt|Heijmans|Rijpkema|Wijnands|IJzerman|Zijlstra|de Kort|Schuurman|Terpstra|' +
  'van Beusekom|Vonk|Lambregts|Coenen|Gijsbers|Thijssen|Teunissen|Hoogendoorn|van Zanten|Broekhuizen'
).split('|');

/** Place-like stems that Dutch surnames are made of, with the endings and particles they take. */
const stems = (
  'Berg Bosch Broek Dijk Hoek Veen Brink Kamp Molen Horst Wal Meer Beek Heuvel Hof Ven Laan Bree Akker ' +
  'Water Zand Velde Linde Wijk Graaf Haar Hout Steen Kerk Burg Vliet Dam Donk Rode Loo Mors Esch Bunt ' +
  'Hage Heide Hoeve Kolk Leeuw Mast Noord Oost West Zuid Plas Poel Ree Rijn Schaar Sloot Spijk Stap ' +
  'Vaart Weerd Werf Wiel Wolde Zijl Bunder Klooster Marke Meulen Oever Riet Schoor Slag Tol Gaast Lier'
).split(' ');
const endings = [
  'sma',
  'man',
  'mans',
  'stra',
  'ink',
  'ema',
  'huis',
  'kamp',
  'veld',
  'hof',
  'meijer',
  'ers',
  'sen',
];
const stemParticles = [
  'van',
  'van de',
  'van den',
  'van der',
  'ter',
  'ten',
  'op de',
  "in 't",
  'de',
  'van het',
];

export const dutchAllSurnames: string[] = [
  ...dutchSurnames,
  ...stems.flatMap((stem) => endings.map((ending) => stem + ending)),
  ...stems.flatMap((stem) => stemParticles.map((particle) => `${particle} ${stem}`)),
  ...dutchGiven.slice(0, 60).flatMap((given) => [`${given}s`, `${given}sen`, `${given}se`]),
];

export interface Region {
  name: string;
  share: number;
  given: string[];
  surnames: string[];
  /** A second surname (Spanish) instead of a middle name. */
  doubleSurname?: boolean;
  /** A patronymic from the given names (Russian) as the middle name. */
  patronymic?: boolean;
  country: string;
  /** Written in a non-Latin script; the list holds a romanisation. */
  script?: 'cyrillic' | 'greek';
  /** The given name may be two syllables (Chinese). */
  syllables?: string[];
}

const split = (text: string) => text.split(' ');

export const regions: Region[] = [
  { name: 'dutch', share: 0.5, given: dutchGiven, surnames: dutchAllSurnames, country: 'nl' },
  {
    name: 'english',
    share: 0.1,
    country: 'gb',
    given: split(
      'James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony ' +
        'Mark Donald Steven Andrew Kenneth Joshua Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan ' +
        'Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra ' +
        'Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura',
    ),
    surnames: split(
      'Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Jackson White Harris ' +
        'Martin Thompson Robinson Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson ' +
        'Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy ' +
        'Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks ' +
        'Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Butler ' +
        'Barnes Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Wallace Fletcher',
    ),
  },
  {
    name: 'german',
    share: 0.06,
    country: 'de',
    given: split(
      'Jürgen Klaus Günter Dieter Wolfgang Horst Uwe Bernd Jörg Andreas Stefan Matthias Björn Sören Lukas Jonas ' +
        'Felix Maximilian Tobias Florian Ursula Jutta Renate Gisela Brigitte Sabine Kerstin Birgit Anja Katrin ' +
        'Jürgen Anneliese Käthe Lena Leonie Hannah Marie Greta Ida Lotte Frieda Gerhard Manfred Hartmut Reinhard',
    ),
    surnames: split(
      'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter ' +
        'Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner ' +
        'Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs ' +
        'Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler',
    ),
  },
  {
    name: 'turkish',
    share: 0.06,
    country: 'tr',
    given: split(
      'Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman ' +
        'Abdullah Mahmut Recep Salih Fatih Emre Burak Serkan Volkan Kemal Ayşe Fatma Emine Hatice Zeynep Elif ' +
        'Meryem Şerife Zehra Sultan Hanife Merve Özlem Esra Büşra Gül Derya Sevgi Yasemin Aysel Filiz',
    ),
    surnames: split(
      'Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara ' +
        'Koç Kurt Özkan Şimşek Polat Korkmaz Karataş Erdoğan Güneş Aktaş Acar Bulut Ünal Tekin Kaplan Tunç ' +
        'Yavuz Keskin Duman Başaran Güler Bozkurt Avcı Coşkun Sarı Özer Altun Uçar Türk Sönmez Eren Işık Kocaman',
    ),
  },
  {
    name: 'moroccan',
    share: 0.06,
    country: 'ma',
    given: split(
      'Mohamed Mohammed Ahmed Youssef Karim Hamza Said Abdelkader Rachid Mustapha Hassan Khalid Nordin Bilal ' +
        'Soufiane Anouar Redouan Mimoun Driss Abdelhak Ayoub Ilias Zakaria Othman Tarik Fatima Khadija Nadia ' +
        'Samira Naima Malika Latifa Hanane Karima Souad Loubna Imane Siham Houda Asmae Salma Yasmina Ikram',
    ),
    surnames: split(
      'Benali Bouzid Bakkali Ouali Haddou Azzouz Tahiri Chaoui Alaoui Belhaj Ziani Amrani Idrissi Khatib Bouali ' +
        'Mansouri Lahlou Benjelloun Berrada Tazi Fassi Bennani Chraibi Sebti Kettani Hajji Bouchikhi Ouazzani ' +
        'Zerouali Aboutaleb Marzouk Azaouagh Boukhari Lamrani Harrak Mourabit Hamdaoui Boujemaa Touzani Kaddouri',
    ).concat(split('El-Amrani El-Idrissi El-Khatib Ait-Ali Ben-Said El-Haddad El-Ouardi Ait-Hamou')),
  },
  {
    name: 'iberian',
    share: 0.06,
    country: 'es',
    doubleSurname: true,
    given: split(
      'José Juan Carlos Luis Javier Antonio Manuel Francisco Miguel Ángel Jesús Alejandro Pablo Sergio Jorge ' +
        'Alberto Raúl Diego Rubén Iván Fernando María Carmen Ana Lucía Isabel Dolores Pilar Teresa Rosa Laura ' +
        'Cristina Marta Elena Sofía Paula Beatriz Raquel Inés Nuria João Gonçalo Tiago Rui',
    ),
    surnames: split(
      'García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández ' +
        'Díaz Moreno Muñoz Álvarez Romero Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco ' +
        'Suárez Molina Castro Ortega Rubio Núñez Medina Garrido Santos Silva Pereira Oliveira Costa Ferreira ' +
        'Rodrigues Martins Sousa Carvalho Gonçalves Lopes Marques Almeida Ribeiro Pinto Cardoso Teixeira Moreira',
    ),
  },
  {
    name: 'polish',
    share: 0.04,
    country: 'pl',
    given: split(
      'Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Grzegorz Józef Marek Łukasz Adam Zbigniew Jerzy ' +
        'Tadeusz Mateusz Dariusz Mariusz Wojciech Ryszard Kazimierz Jakub Anna Katarzyna Małgorzata Agnieszka ' +
        'Barbara Ewa Krystyna Elżbieta Magdalena Joanna Zofia Monika Teresa Danuta Natalia Aleksandra Karolina',
    ),
    surnames: split(
      'Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski ' +
        'Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając ' +
        'Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski ' +
        'Jaworski Adamczyk Dudek Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk',
    ),
  },
  {
    name: 'russian',
    share: 0.06,
    country: 'ru',
    script: 'cyrillic',
    patronymic: true,
    given: split(
      'Александр Алексей Андрей Борис Вадим Василий Виктор Владимир Дмитрий Евгений Иван Игорь Константин ' +
        'Михаил Николай Олег Павел Сергей Юрий Ярослав Геннадий Григорий Фёдор Анатолий Леонид Пётр Роман ' +
        'Станислав Тимур Аркадий Анна Елена Ирина Наталья Ольга Светлана Татьяна Юлия Мария Екатерина Людмила ' +
        'Галина Валентина Надежда Ксения Дарья Алёна Вера Любовь Зоя',
    ),
    surnames: split(
      'Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев ' +
        'Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев ' +
        'Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев ' +
        'Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов ' +
        'Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков ' +
        'Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов ' +
        'Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Быков ' +
        'Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов ' +
        'Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров ' +
        'Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев ' +
        'Бирюков Горбунов Анисимов Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов Прокофьев ' +
        'Харитонов Князев Цветков Левин Воронцов Мальцев Логинов Горшков Савин Краснов Майоров Демидов Елисеев ' +
        'Рыбаков Сафонов Плотников Хохлов Жданов Шестаков Шевченко Бондаренко Коваленко Ткаченко Кравченко',
    ),
  },
  {
    name: 'greek',
    share: 0.02,
    country: 'gr',
    script: 'greek',
    given: split(
      'Γεώργιος Νικόλαος Κωνσταντίνος Ιωάννης Δημήτριος Παναγιώτης Βασίλειος Χρήστος Αθανάσιος Μιχαήλ ' +
        'Ευάγγελος Σπυρίδων Αντώνιος Θεόδωρος Ανδρέας Σταύρος Αλέξανδρος Μαρία Ελένη Αικατερίνη Βασιλική ' +
        'Σοφία Αγγελική Γεωργία Δήμητρα Ευαγγελία Ειρήνη Παναγιώτα Χριστίνα Αναστασία Θεοδώρα Ιωάννα',
    ),
    surnames: split(
      'Παπαδόπουλος Παπαδάκης Παπαγεωργίου Οικονόμου Γεωργίου Παπανικολάου Βασιλείου Νικολάου Καραγιάννης ' +
        'Ιωάννου Δημητρίου Αθανασίου Παππάς Μακρής Αντωνίου Κωνσταντίνου Αλεξίου Χριστοδούλου Λαμπρόπουλος ' +
        'Αναστασίου Μιχαηλίδης Σταθόπουλος Πετρόπουλος Ζαχαρίου Θεοδωρίδης Κυριακίδης Αλεξανδρόπουλος ' +
        'Βλαχόπουλος Γεωργιάδης Δημόπουλος Ευαγγέλου Καλογεράκης Κωστόπουλος Λιάπης Μαυρίδης Ξενάκης ' +
        'Παναγιωτόπουλος Ραφαηλίδης Σαββίδης Τσακίρης Φωτόπουλος Χατζηδάκης Ψαράς Ανδρεάδης Βενιζέλος',
    ),
  },
  {
    name: 'chinese',
    share: 0.04,
    country: 'cn',
    given: [],
    syllables: split(
      'wei fang min jing lei jun yan hui ming xiao xiu li hong hua jian guo qiang ping yong zhi hai tao bo ' +
        'yu lin na ying feng chen long',
    ),
    surnames: split(
      'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie ' +
        'Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Jiang Cai Yu Du Ye Cheng Wei Su Lu Ding',
    ),
  },
];

export const dutchSectors = split(
  'Bouw Transport Vastgoed Installatietechniek Advies Beheer Consultancy Logistiek Handel Schoonmaak Media ' +
    'Energie Zorg Techniek Projecten Ontwikkeling Accountants Advocaten Makelaardij Bouwbedrijf Aannemers ' +
    'Metaalbewerking Hoveniers Autobedrijf Verhuur Beveiliging Catering Drukkerij Groenvoorziening Horeca ' +
    'Investeringen Participaties Recycling Sloopwerken Uitzendbureau Vervoer Verzekeringen Zonwering Infra',
);
export const places = split(
  'Amsterdam Rotterdam Utrecht Eindhoven Groningen Tilburg Almere Breda Nijmegen Apeldoorn Haarlem Arnhem ' +
    'Enschede Amersfoort Zaandam Zwolle Leiden Maastricht Dordrecht Ede Alkmaar Emmen Delft Venlo Deventer ' +
    'Sittard Helmond Oss Hilversum Heerlen Leeuwarden Hengelo Purmerend Roosendaal Schiedam Vlaardingen ' +
    'Gouda Assen Veenendaal Katwijk',
);
export const internationalSectors = split(
  'Trading Holdings Shipping Logistics Capital Investments Resources Energy Consulting Partners Ventures ' +
    'Industries Technologies Maritime Commodities Properties Services Finance Minerals Petroleum',
);
export const dutchLegalForms = ['B.V.', 'B.V.', 'BV', 'N.V.', 'Holding B.V.', 'V.O.F.', ''];
export const internationalLegalForms = [
  'Ltd',
  'Limited',
  'LLC',
  'Inc.',
  'GmbH',
  'S.A.',
  'PLC',
  'AG',
  'OOO',
  '',
];
