/**
 * Data for the synthetic article generator (bench/synthetic/articles.ts):
 * name pools by origin, countries and places, outlets, recurring figures and
 * organisations, and the topic templates. Templates use `{placeholders}`
 * resolved by the generator (FILLERS_BY_KEY there; {A}, {L}, {P}, {R} are the
 * people of a block); a leading `[tag …] ` keeps a topic template to the
 * issues with that tag. In name lists `_` stands for a space, and `masc/fem`
 * gives a surname's two forms where no rule derives them.
 */

/** Space-separated list to array; `_` joins multi-word names ("van_Dijk"). */
const list = (text: string): string[] => [...new Set(text.trim().split(/\s+/).map((w) => w.replace(/_/g, ' ')))];

// ─── Names ─────────────────────────────────────────────────────────────────

export interface NameGroup {
  id: string;
  female: string[];
  male: string[];
  /** Masculine forms, or `masc/fem` pairs. */
  surnames: string[];
  /** The rule for feminine surnames without an explicit pair. */
  feminine?: 'eastSlavic' | 'polish';
  /** Countries where a person of this origin is local. */
  countries: string[];
}

export const NAME_GROUPS: NameGroup[] = [
  {
    id: 'eastSlavic',
    countries: ['Belarus', 'Russia', 'Ukraine'],
    feminine: 'eastSlavic',
    // Transliteration variety is deliberate: Aleksei/Alexei/Oleksiy/Aliaksei, Yulia/Yuliya, Katsiaryna/Kateryna.
    female: list(`
      Irina Iryna Olga Volha Natalia Natalya Nataliya Yulia Yuliya Tatiana Tatyana Tetiana Svetlana Sviatlana
      Anastasia Anastasiya Yekaterina Ekaterina Kateryna Katsiaryna Maria Mariya Maryia Elena Yelena Olena Alena
      Oksana Lyudmila Liudmyla Galina Halyna Nadezhda Nadiya Veronika Daria Darya Alina Kseniya Ksenia Polina
      Viktoria Valentina Larysa Larisa Marina Maryna Anna Hanna Sofia Zoya Lidia Raisa Vera Lyubov Inna Alesia
      Yana Yevgeniya Evgenia Khrystyna Solomiya Ulyana Nina Tamara Zhanna Alla Yaroslava Lesya Vasilisa
    `),
    male: list(`
      Aleksei Alexei Alexey Oleksiy Aliaksei Dmitry Dmitriy Dmytro Dzmitry Sergei Sergey Serhiy Siarhei Andrei
      Andrey Andriy Aleksandr Alexander Oleksandr Aliaksandr Alyaksandr Mikhail Mykhailo Mikhas Yevgeny Evgeny
      Yevhen Yauhen Vladimir Volodymyr Uladzimir Nikolai Mykola Mikalai Pavel Pavlo Ivan Ihor Igor Yuri Yuriy
      Yury Viktor Vitaly Vitaliy Anatoly Oleg Oleh Aleh Roman Maxim Maksym Maksim Kirill Konstantin Kostiantyn
      Vasily Vasyl Grigory Hryhoriy Stanislav Taras Bohdan Yaroslav Vadim Artem Artyom Ruslan Denis Ilya Illia
      Timofei Fyodor Leonid Boris Gennady Valery Arkady Ales Zmitser Nikita Anton Semyon Gleb Matvei Yegor
    `),
    surnames: list(`
      Kovalenko Kavalenka Shevchenko Shauchenka Bondarenko Bandarenka Tkachenko Tkachenka Kravchenko Kravchanka
      Kovalchuk Kavalchuk Melnyk Melnik Boyko Boiko Tkachuk Oliynyk Oleinik Lysenko Marchenko Rudenko Moroz
      Savchenko Petrenko Klymenko Klimenko Pavlenko Kuzmenko Levchenko Kharchenko Demchenko Yurchenko Yakovenko
      Zakharchenko Zaharchenko Sydorenko Sidorenko Voloshenko Khomenko Homenko Hrytsenko Gritsenko Nazarenko
      Romanenko Vasylenko Vasilenko Fedorenko Fedarenka Ivanenko Hryhorenko Grigorenko Semenko Mykhailenko
      Kostenko Prokopenko Ostapenko Yeremenko Eremenko Dovzhenko Kyrylenko Kirilenko Hordienko Gordienko
      Stepanenko Sokolenko Vakulenko Oleshko Borysenko Borisenko Mazurenko Kucherenko Radchenko Didenko Dmytrenko
      Levytsky Levitsky Kovalevsky Kovalevskiy Sadovsky Sadovskiy Zhukovsky Zhukovskiy Vyshnevsky Vishnevsky
      Sosnovsky Rzhevsky Belinsky Bilinsky Kalinovsky Zelinsky Malinovsky Savitsky Dubrovsky Yablonsky Yablonskiy
      Olshansky Lozinsky Gorodetsky Horodetsky Pokrovsky Rozhdestvensky Voznesensky Ostrovsky Kamensky Obolensky
      Trubetskoy Ivanov Smirnov Kuznetsov Popov Vasiliev Vasilyev Petrov Sokolov Mikhailov Mikhaylov Novikov
      Fedorov Fyodorov Morozov Volkov Alekseev Alexeyev Lebedev Semenov Semyonov Yegorov Egorov Pavlov Kozlov
      Stepanov Nikolaev Nikolayev Orlov Andreev Andreyev Makarov Nikitin Zaitsev Zaytsev Solovyov Soloviev
      Borisov Yakovlev Grigoriev Grigoryev Vorobyov Vorobiev Sergeev Sergeyev Kuzmin Frolov Aleksandrov Dmitriev
      Korolev Korolyov Gusev Kiselev Kiselyov Ilyin Maksimov Polyakov Sorokin Vinogradov Kovalev Kovalyov Belov
      Antonov Tarasov Zhukov Baranov Filippov Komarov Davydov Belyaev Belyayev Gerasimov Bogdanov Osipov Sidorov
      Matveev Matveyev Titov Markov Mironov Krylov Kulikov Karpov Vlasov Melnikov Denisov Gavrilov Tikhonov
      Kazakov Afanasiev Afanasyev Danilov Savelyev Timofeev Timofeyev Fomin Chernov Abramov Martynov Efimov
      Yefimov Fedotov Shcherbakov Nazarov Kalinin Isaev Isayev Chernyshev Bykov Maslov Rodionov Konovalov Lazarev
      Voronin Klimov Filatov Golubev Kudryavtsev Prokhorov Naumov Potapov Zhuravlev Zhuravlyov Ovchinnikov
      Trofimov Leonov Sobolev Ermakov Yermakov Goncharov Emelyanov Yemelyanov Nikiforov Grachev Kotov Grishin
      Efremov Arkhipov Gromov Kirillov Malyshev Panov Moiseev Rumyantsev Akimov Kondratiev Biryukov Gorbunov
      Anisimov Eremin Yeryomin Tikhomirov Galkin Lukyanov Mikheev Skvortsov Yudin Belousov Nesterov Simonov
      Prokofiev Kharitonov Knyazev Tsvetkov Mitrofanov Voronov Aksenov Aksyonov Sofronov Maltsev Loginov Gorshkov
      Savin Krasnov Mayorov Yeliseev Rybakov Sukhanov Muravyov Kapustin Koshelev Ignatov Zimin Fokin Shubin
      Rusakov Golovin Ryabov Sazonov Kornilov Kolesov Bobrov Zotov Zubov Gorelov Shestakov Blinov Khokhlov
      Khrustalev Kholodov Khudyakov Khramov Antipov Artemyev Bazhenov Bespalov Bezrukov Vedernikov Gladkov
      Gubanov Ivashov Kalugin Kuprin Lapshin Lomov Lyapin Minin Nosov Obukhov Panfilov Pakhomov Rozanov Rogov
      Ryzhov Samsonov Sedov Shilov Shirokov Syomin Tretyakov Tyurin Ustinov Vavilov Veselov Vikhrov Yudakov
      Zuev Zuyev Kharlamov Yakunin Yurkov Yurasov Kazlou Navumchyk Karpovich Lukashevich Ramanovich Paulovich
      Yakubovich Markevich Daskevich Kalesnik Martsinkevich Yarmalovich Dashkevich Haidukevich Adamovich
      Sinkevich Zhuk Zhyhar Kasperovich Marchuk Savchuk Hrytsuk Polishchuk Romanyuk Romaniuk Kovalyuk Martyniuk
      Martynyuk Panasyuk Dmytruk Lytvyn Kushnir Kushnar Shvets Koval Kaval Sydoruk Kostyuk Kostiuk Pasichnyk
      Onyshchenko Semenyuk Vovk Bilyk Prystupa Hrytsak Savchyn Levkovych Yatsenko Yashchenko Zhdanov Zhytkevich
      Lukyanchuk Bondar Kryvonos Kryvoshei Holub Golub Hrabovsky Grabovsky Voronovich Dubovik Dubovyk Kulchytsky
      Kulchitsky Andrusenko Antonenko Bilous Bobrenko Chernyak Dovhan Fedoruk Fedchenko Gavrylyuk Havryliuk
      Harmash Humeniuk Ivashchenko Kalynychenko Karpenko Kobzar Kolomiets Kondratenko Korniyenko Kornienko
      Kotsyuba Kozachenko Kozak Kuzyk Lavrenko Lazarenko Leshchenko Lukashuk Lutsenko Makarenko Maksymenko Malyk
      Mykytenko Nesterenko Nikolenko Ovcharenko Pylypenko Pilipenko Prykhodko Prikhodko Reshetnyak Rybak
      Samoilenko Senchenko Shapoval Shcherbyna Shulha Sokolyuk Stasiuk Symonenko Tarasenko Tkach
      Trofymenko Usenko Vdovychenko Vlasenko Voitenko Yaremchuk Yatsyuk Zadorozhny Zadorozhnyi Zinchenko Zubko
      Khmelnytsky Khmelnitsky Yakymchuk Yakimchuk Yushkevich Khilko Khvostov Kharuk Kukharenko Kukharchuk
      Tsybulsky Tsybulskiy Shapovalov Sheremetyev Zhuravsky Yavorsky Yaworski Yurkevich Yuzefovich Yanushkevich
      Kazakevich Klimovich Klimovich Lavrinovich Mikhalevich Pashkevich Rusetsky Rusetski Shylko Tarasevich
      Tsvirko Vashkevich Zhavoronkov Zavyalov Zaslavsky Zverev Zvonarev Bocharov Vorontsov Golitsyn Dolgov
      Zharkov Kalmykov Kozhevnikov Kuzmich Kuzmych Lapin Lisitsyn Lysyuk Mamontov Nechaev Nechayev Ogarev
      Ozerov Panteleev Pashkov Pestov Polevoy Pronin Rakitin Reutov Saltykov Semashko Shatalov Shishkin Skorik
      Slepnev Smolin Sukhov Tolmachev Tomilin Tyutin Uvarov Vasnetsov Vereshchagin Vinokurov Volodarsky Yakushev
    `),
  },
  {
    id: 'polish',
    countries: ['Poland'],
    feminine: 'polish',
    female: list(`
      Agnieszka Katarzyna Małgorzata Magdalena Joanna Ewa Anna Barbara Dorota Justyna Monika Aleksandra Zofia
      Marta Beata Karolina Paulina Natalia Weronika Izabela Urszula Grażyna Halina Iwona
    `),
    male: list(`
      Piotr Krzysztof Tomasz Paweł Michał Marcin Jakub Łukasz Grzegorz Mateusz Wojciech Rafał Bartosz Kamil
      Adam Marek Dariusz Sławomir Zbigniew Jacek Szymon Maciej Przemysław Radosław Janusz
    `),
    surnames: list(`
      Nowak Wiśniewski Wójcik Kowalewski Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski
      Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski
      Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek
      Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski
      Pietrzak Zalewski Wróblewski Marciniak Jasiński Zawadzki Bąk Jakubowski Sadowski Włodarczyk
      Chmielewski Borkowski Sokołowski Szczepański Sawicki Kucharski Lis Maciejewski Kubiak Kalinowski Mazurek
      Wysocki Kołodziej Kaźmierczak Czarnecki Konieczny Urbański Głowacki Sobczak Zakrzewski Krajewski Adamski
      Wasilewski Kozieł Szulc Baranowski Laskowski Brzeziński Makowski Ziółkowski Przybylski Domański Nowacki
      Borowski Błaszczyk Chojnacki Ciesielski Mróz Szczepaniak Wesołowski Górecki Krupa Kaczmarczyk Leszczyński
      Lipiński Kowalczewski Urban Kozak Kania Mikołajczyk Czerwiński Bielecki Tomczak Gajewski Kołodziejczyk
      Wawrzyniak Szymczak Łuczak Siwiec Zając Rogalski Frankowski Dziedzic Kowalik Gołębiowski Cieślak
      Sobolewski Bednarek Żak Dobrowolski Szostak Milewski Kasprzak Przybył Maj Piątek Lewicki Gutowski
      Orłowski Grzelak Marczak Kurowski Skrzypczak Pająk Ryba Kubacki Stachowiak Wilczyński Kowal Dziekoński
      Bartkowiak Kamiński Sierakowski Wierzbicki Jędrzejewski Dudziński Podgórski Szewczuk Zawisza Żukowski
    `),
  },
  {
    id: 'czech',
    countries: ['Czech Republic', 'Slovakia'],
    female: list(`Jana Petra Lucie Kateřina Eva Veronika Tereza Hana Zuzana Markéta Lenka Simona`),
    male: list(`Jan Petr Tomáš Martin Jakub Lukáš Ondřej Pavel Michal Vojtěch Marek Jiří Miroslav Radek`),
    surnames: list(`
      Novák/Nováková Svoboda/Svobodová Novotný/Novotná Dvořák/Dvořáková Černý/Černá Procházka/Procházková
      Kučera/Kučerová Veselý/Veselá Horák/Horáková Němec/Němcová Pokorný/Pokorná Marek/Marková Pospíšil/Pospíšilová
      Hájek/Hájková Jelínek/Jelínková Král/Králová Růžička/Růžičková Beneš/Benešová Fiala/Fialová Sedláček/Sedláčková
      Doležal/Doležalová Zeman/Zemanová Kolář/Kolářová Navrátil/Navrátilová Čermák/Čermáková Urban/Urbanová
      Vaněk/Vaňková Blažek/Blažková Kříž/Křížová Kovář/Kovářová Bartoš/Bartošová Vlček/Vlčková Polák/Poláková
      Musil/Musilová Kopecký/Kopecká Šimek/Šimková Konečný/Konečná Malý/Malá Holub/Holubová Štěpánek/Štěpánková
      Kadlec/Kadlecová Dostál/Dostálová Soukup/Soukupová Šťastný/Šťastná Mareš/Marešová Moravec/Moravcová
      Sýkora/Sýkorová Tichý/Tichá Valenta/Valentová Vávra/Vávrová Matoušek/Matoušková Bláha/Bláhová
      Horváth/Horváthová Kováč/Kováčová Varga/Vargová Tóth/Tóthová Baláž/Balážová Szabó/Szabóová Lukáč/Lukáčová
      Hudák/Hudáková Kollár/Kollárová Oravec/Oravcová Mlynár/Mlynárová Šimko/Šimková Gregor/Gregorová
    `),
  },
  {
    id: 'romanian',
    countries: ['Romania', 'Moldova'],
    female: list(`Ana Elena Ioana Andreea Alexandra Mihaela Cristina Raluca Oana Diana Simona Lavinia Corina Adriana`),
    male: list(`Andrei Mihai Alexandru Ion Ioan Gheorghe Vasile Cristian Florin Bogdan Radu Adrian Dan Victor Sorin Ștefan`),
    surnames: list(`
      Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu Constantin Moldovan
      Marin Lazăr Florea Dinu Tudor Dobre Barbu Nistor Enache Ungureanu Cristea Toma Tănase Vasile Voicu Ene
      Anghel Cojocaru Sârbu Iordache Neagu Manea Mocanu Oprea Dragomir Preda Nedelcu Bălan Răducanu Stanciu
      Lungu Coman Niculescu Georgescu Dumitrescu Marinescu Constantinescu Vlad Dima Avram Ursu Pîrvu Zamfir
      Neacșu Grigore Bucur Costea Diaconu Rotaru Botnaru Cebotari Ceban Lupu Țurcan Moraru Vrabie Căldare
      Musteață Guțu Rusnac Bejenaru Croitoru Olaru
    `),
  },
  {
    id: 'balkan',
    countries: ['Serbia', 'Croatia', 'Bosnia and Herzegovina'],
    female: list(`Milica Jelena Ana Marija Ivana Dragana Snežana Tijana Maja Sanja Vesna Amra Lejla Mirjana`),
    male: list(`Nikola Marko Stefan Luka Aleksandar Miloš Dragan Zoran Goran Ivan Dejan Nemanja Emir Adnan Tomislav Ante`),
    surnames: list(`
      Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Kovačević Popović Tomić
      Babić Marić Knežević Horvat Kovačić Jurić Vuković Perić Radić Lukić Matić Mitrović Savić Ristić Simić
      Todorović Đukić Filipović Kostić Lazić Milić Obradović Pešić Radovanović Živković Bošnjak Hadžić Begić
      Mehmedović Hodžić Delić Kovač Mandić Grgić Blažević Šarić Bašić Pavić Galić Božić Jelić Vidović Stefanović
      Aleksić Milenković Dimitrijević Janković Vasić Zorić Antić Lalić Krstić Maksimović Mladenović Pantić Rakić
      Sekulić Tošić Vučković Zdravković
    `),
  },
  {
    id: 'english',
    countries: ['United Kingdom', 'Ireland'],
    female: list(`
      Sarah Emma Claire Rachel Helen Katherine Laura Rebecca Hannah Sophie Charlotte Lucy Fiona Siobhan Aoife
      Niamh Grace Eleanor Abigail Megan Jessica Harriet Joanna Caroline Bridget
    `),
    male: list(`
      James John Michael David Thomas Richard Daniel Matthew Andrew Christopher Peter Mark Paul Simon Patrick
      Sean Conor Ciaran Oliver Edward Nicholas Benjamin Jonathan Stephen Hugh
    `),
    surnames: list(`
      Smith Jones Williams Taylor Davies Evans Thomas Roberts Walker Wright Robinson Thompson White Hughes Edwards
      Green Hall Wood Harris Lewis Martin Jackson Clarke Clark Turner Hill Scott Cooper Morris Ward Moore King
      Watson Baker Harrison Morgan Patel Young Allen Mitchell James Anderson Phillips Lee Bell Parker Davis Bennett
      Griffiths Price Cook Carter Shaw Hughes Kelly Murphy Collins Richardson Cox Marshall Simpson Ellis Chapman
      Gray Mason Russell Webb Rogers Holmes Mills Owen Knight Lloyd Butler Barker Barnes Fisher Stevens Jenkins
      Dixon Fletcher Hunt Howard Palmer Pearson Reynolds Hunter Foster Graham Gibson Sullivan Kennedy Wells
      Lawrence Matthews Ryan Pearce Gardner Burton Dawson Fox Stone Hart Lane Reid Spencer Powell Warren Ferguson
      Saunders Atkinson Payne Holland Hayes Burns Harvey Armstrong Berry Willis Carr Jordan Newman Rose Henderson
      Brennan Byrne Doyle Gallagher Quinn Walsh Lynch Nolan Fitzgerald Daly Farrell Kavanagh McCarthy
      Donnelly Flanagan Hogan Keane Lennon Maguire McGrath Moran Regan Sheridan Whelan Callaghan Coughlan Dunne
      Ashby Bradshaw Cartwright Crawley Dalton Eastwood Fairbairn Garside Hargreaves Holloway Kendrick Lockwood
      Marsden Netherton Pemberton Radcliffe Sandford Thornton Underwood Whitfield Winterbottom Yardley Aldridge
      Blackwood Chadwick Dunmore Ellwood Fenwick Gillespie Haddon Ingram Jessop Kirkland Langley Merritt Norwood
      Oakley Prescott Ramsden Shelton Tennant Upton Venables Wakefield Whitmore Hollis Greaves Ashcroft Calloway
    `),
  },
  {
    id: 'german',
    countries: ['Germany', 'Austria', 'Switzerland'],
    female: list(`
      Anna Katrin Julia Sabine Claudia Petra Andrea Stefanie Birgit Susanne Ulrike Franziska Lena Miriam Johanna
      Annette Heike Ursula Nicole Carolin
    `),
    male: list(`
      Thomas Michael Stefan Andreas Markus Matthias Jürgen Klaus Wolfgang Frank Tobias Florian Sebastian Jan
      Lukas Felix Christoph Dieter Uwe Ralf
    `),
    surnames: list(`
      Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Bauer Klein Wolf
      Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier
      Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholl Möller
      Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke
      Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß
      Seidel Heinrich Brandt Haas Schreiber Graf Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas
      Voigt Sauer Arnold Wolff Pfeiffer Brandl Gruber Hofer Steiner Moser Leitner Pichler Eder Aigner Wimmer
      Egger Lechner Brunner Baumgartner Ebner Kofler Reiter Wieser Fuchsberger Ammann Bachmann Frei Gerber
      Hug Keller Kunz Lüthi Marti Meili Rüegg Sutter Tanner Widmer Wyss Zürcher Kessler Brenner Lindner
    `),
  },
  {
    id: 'dutch',
    countries: ['Netherlands', 'Belgium'],
    female: list(`Sanne Lotte Anouk Femke Marloes Eline Inge Maaike Lieke Annelies Els Griet`),
    male: list(`Jeroen Bas Maarten Pieter Sander Thijs Joost Wouter Bram Koen Stijn Hendrik Dirk Geert`),
    surnames: list(`
      de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder de_Groot
      Bos Vos Peters Hendriks van_Leeuwen Dekker Brouwer de_Wit Dijkstra Smits de_Graaf van_der_Meer van_der_Linden
      Kok Jacobs de_Haan van_den_Heuvel van_der_Veen van_den_Broek de_Bruijn de_Bruin van_der_Heijden
      Schouten van_Beek Willems van_Vliet van_de_Ven Hoekstra Maas Verhoeven Koster van_Dam Prins Blom Huisman
      Peeters Maes Claes Goossens Wouters De_Smet Mertens Lambrechts Verstraeten Claessens Desmet
    `),
  },
  {
    id: 'french',
    countries: ['France', 'Belgium'],
    female: list(`
      Marie Camille Léa Chloé Manon Julie Claire Isabelle Nathalie Sophie Élise Céline Aurélie Hélène Margaux
      Juliette
    `),
    male: list(`
      Jean Pierre Nicolas Julien Thomas Antoine Mathieu François Olivier Laurent Sébastien Guillaume Benoît
      Yann Arnaud Rémi Lucas
    `),
    surnames: list(`
      Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre Leroy Roux
      David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent Muller Lefèvre Faure
      André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand Gauthier Garcia Perrin Robin Clément
      Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand Duval Denis Dumont Marie Lemaire Noël Meyer
      Dufour Meunier Brun Blanchard Giraud Joly Rivière Lucas Brunet Gaillard Barbier Arnaud Martinez Gérard
      Roche Renard Schmitt Roy Leroux Colin Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix
      Olivier Philippe Bourgeois Pierre Benoît Rey Leclerc Payet Rolland Leclercq Guillaume Lecomte Lopez Jean
      Dupuy Guillot Hubert Berger Carpentier Sanchez Dupuis Moulin Louis Deschamps Huet Vasseur Perez Boucher
    `),
  },
  {
    id: 'iberian',
    countries: ['Spain', 'Portugal'],
    female: list(`
      María Carmen Lucía Elena Isabel Cristina Marta Laura Beatriz Raquel Pilar Inés Sofía Ana Mariana Joana
      Catarina
    `),
    male: list(`
      Javier Alejandro Pablo Carlos Miguel Sergio David Jorge Álvaro Diego Fernando Antonio Manuel Rafael João
      Tiago Rui
    `),
    surnames: list(`
      García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz
      Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano
      Blanco Molina Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido
      Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera
      Peña Flores Cabrera Campos Vega Fuentes Carrasco Diez Caballero Reyes Nieto Aguilar Pascual Santana
      Lorenzo Montero Hidalgo Giménez Ibáñez Ferrer Durán Santiago Benítez Mora Vicente Vargas Arias
      Carmona Crespo Román Pastor Soto Sáez Velasco Moya Soler Parra Esteban Bravo Gallardo Rojas Silva Ferreira
      Pereira Oliveira Costa Rodrigues Martins Sousa Carvalho Almeida Lopes Ribeiro Pinto Teixeira Moreira
      Correia Mendes Nunes Soares Vieira Monteiro Cardoso
    `),
  },
  {
    id: 'italian',
    countries: ['Italy'],
    female: list(`
      Giulia Francesca Chiara Sara Valentina Alessandra Federica Elisa Silvia Martina Paola Laura Roberta
      Beatrice Ilaria
    `),
    male: list(`
      Marco Alessandro Luca Giuseppe Andrea Francesco Matteo Lorenzo Stefano Davide Paolo Simone Giovanni
      Riccardo Fabio
    `),
    surnames: list(`
      Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini
      Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Caruso Ferrara Galli
      Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis Marchetti
      Parisi Villa Conte Ferraro Ferri Fabbri Bianco Marini Grasso Valentini Messina Sala De_Angelis Gatti
      Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi
      Pellegrino Carbone Giuliani Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri Bernardi Martino
      Fiore De_Rosa Ferretti Bellini Basile Riva Donati Piras Vitali Battaglia Sartori Neri Costantini Milani
      Pagano Ruggiero Sorrentino Orlando Damico Negri
    `),
  },
  {
    id: 'turkish',
    countries: ['Turkey'],
    female: list(`Ayşe Fatma Elif Zeynep Emine Hatice Merve Büşra Esra Selin Derya Gül Ebru Aslı Nur`),
    male: list(`Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Cem Kerem Serkan Volkan Onur`),
    surnames: list(`
      Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara
      Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdem Yavuz Can Acar Güneş Aksoy Bulut Tekin Güler Keskin
      Ünal Sarı Işık Turan Bozkurt Tuncer Karaca Uçar Avcı Kaplan Türk Taş Eren Altun Tunç Ateş Duman Kocabaş
      Akın Uysal Gündoğdu Karakaya Sönmez Baş Coşkun Erol Gök Başaran Ekinci Çiftçi Demirci Soylu Kahraman
      Bayram Aktaş Sezer Toprak Oral Akgül Yalçın Güven Özer Çınar Akbulut
    `),
  },
  {
    id: 'arabic',
    countries: ['Morocco', 'Tunisia', 'Lebanon', 'Jordan', 'Egypt'],
    female: list(`
      Fatima Amina Khadija Leila Nour Rania Samira Yasmine Salma Hiba Mariam Rim Dalia Lina Zeinab Hanan
      Fatima_Zahra Asma
    `),
    male: list(`
      Mohammed Ahmed Youssef Omar Karim Khalid Hassan Rachid Tarek Samir Nabil Walid Ziad Hamza Mehdi Bilal
      Anas Fadi Sami Jamal
    `),
    surnames: list(`
      Haddad Khalil Mansour Hamdan Nasser Saleh Darwish Farouk Aziz Hassan Ibrahim Khoury Sabbagh Najjar Shami
      Tahan Awad Barakat Ghanem Hijazi Qasim Rahal Saad Salem Shaheen Zaki Benali Benjelloun El_Amrani El_Idrissi
      Alaoui Bennani Tazi Cherkaoui Berrada Lahlou Ouazzani Chraibi Fassi Sefrioui
      Trabelsi Jaziri Gharbi Mejri Ayari Ben_Salah Ben_Youssef Hamdi Jebali Karoui Chebbi Riahi Dridi Ferchichi
      al-Masri al-Khatib al-Hashimi al-Rashid al-Tamimi al-Zoubi al-Sharif Abdelrahman Abdallah Mostafa Fathy
      Soliman Helmy Ragab Shafik Tantawi Zaghloul Amer Fawzi Gaber Kamel Lotfy Nassar Saber
      Shalaby Sherif Youssef Zidan
    `),
  },
  {
    id: 'georgian',
    countries: ['Georgia'],
    female: list(`Nino Tamar Ana Mariam Ketevan Salome Natia Eka Sopho Tea Maia`),
    male: list(`Giorgi Levan David Irakli Nikoloz Zurab Davit Lasha Tornike Beka Shota Gela`),
    surnames: list(`
      Beridze Kapanadze Gelashvili Maisuradze Giorgadze Lomidze Tsiklauri Bolkvadze Kvaratskhelia Nozadze
      Khutsishvili Abuladze Mikeladze Tabatadze Chikovani Japaridze Gogoladze Kharaishvili Lomsadze Dolidze
      Gvenetadze Jgenti Natsvlishvili Papava Shengelia Tsereteli Javakhishvili Chkheidze Dadiani
      Gabunia Jorjadze Kacharava Khurtsidze Liparteliani Mchedlishvili Nadiradze Okropiridze Sulaberidze
      Tsintsadze Vashakidze Gurgenidze Kiknadze Metreveli Bakradze Chanturia Dvali
    `),
  },
  {
    id: 'armenian',
    countries: ['Armenia'],
    female: list(`Anahit Lilit Ani Mariam Nare Gayane Armine Hasmik Tatevik Narine Siranush`),
    male: list(`Aram Armen Tigran Hayk Gor Vardan Davit Karen Artur Ashot Levon Samvel`),
    surnames: list(`
      Hovhannisyan Harutyunyan Sargsyan Grigoryan Khachatryan Hakobyan Vardanyan Petrosyan Karapetyan Gevorgyan
      Avetisyan Mkrtchyan Poghosyan Ghazaryan Margaryan Asatryan Manukyan Baghdasaryan Simonyan Martirosyan
      Galstyan Mnatsakanyan Torosyan Aslanyan Davtyan Hambardzumyan Minasyan Yeghiazaryan Zakaryan Melkonyan
      Abrahamyan Arakelyan Babayan Danielyan Galoyan Hayrapetyan Israelyan Kirakosyan Madoyan Nersisyan
      Ohanyan Sahakyan Tadevosyan Vardumyan Zohrabyan
    `),
  },
  {
    id: 'nordic',
    countries: ['Sweden', 'Norway', 'Denmark'],
    female: list(`Anna Maria Karin Ingrid Sofia Ida Emma Maja Linnea Astrid Sigrid Freja Mette Hanne`),
    male: list(`Lars Anders Johan Erik Per Nils Magnus Henrik Mikael Olav Sven Rasmus Søren Mads Jonas`),
    surnames: list(`
      Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson
      Jonsson Jansson Hansson Bengtsson Lindberg Lindström Lindqvist Lundgren Bergström Berglund Sandberg
      Forsberg Sjöberg Wallin Engström Danielsson Håkansson Lundin Hansen Johansen Olsen Larsen Andersen
      Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Bakke
      Halvorsen Solberg Moen Strand Nielsen Christensen Rasmussen Sørensen Jørgensen Madsen Kristensen Møller
      Lauritsen Thomsen Poulsen Østergaard Vestergaard Holm Skov
    `),
  },
];

// ─── Places ────────────────────────────────────────────────────────────────

/** `$`, `€`, `£` are written as signs; the others as words after the amount ("4.5 billion rubles"). */
export type Currency = '$' | '€' | '£' | 'rubles' | 'hryvnias' | 'zlotys' | 'lira';

export interface Country {
  name: string;
  /** Takes "the" ("the Netherlands"). */
  the?: boolean;
  demonym: string;
  /** `a|b`: spellings of the same place; an article uses one ("Kyiv|Kiev"). The first is the usual one. */
  capital: string;
  cities: string[];
  /** Written as in running text ("the Gomel region", "Bavaria"). */
  regions: string[];
  currencies: Currency[];
  /** Countries it borders (by land, or across a strait), for `{foreign}`: "the border with {foreign}". */
  neighbours: string[];
}

/** Neighbours that are never a story's setting: only their names are written. */
export const OTHER_COUNTRIES = list(`
  Lithuania Latvia Estonia Hungary Bulgaria Greece Slovenia Montenegro North_Macedonia Finland Kazakhstan
  Azerbaijan Iran Iraq Syria Israel Libya Algeria Saudi_Arabia Sudan
`);

export const COUNTRIES: Country[] = [
  {
    name: 'Belarus', demonym: 'Belarusian', capital: 'Minsk', currencies: ['$', '€'],
    cities: list('Grodno|Hrodna Gomel|Homel Brest Vitebsk|Vitsebsk Mogilev|Mahilyou Bobruisk|Babruysk Baranovichi|Baranavichy Pinsk Soligorsk|Salihorsk Lida Borisov|Barysau Orsha|Vorsha'),
    regions: ['the Grodno region|the Hrodna region', 'the Gomel region|the Homel region', 'the Brest region', 'the Vitebsk region', 'Polesie'],
    neighbours: list('Poland Lithuania Latvia Russia Ukraine'),
  },
  {
    name: 'Russia', demonym: 'Russian', capital: 'Moscow', currencies: ['$', 'rubles', '€'],
    cities: list('St._Petersburg Yekaterinburg|Ekaterinburg Novosibirsk Kazan Nizhny_Novgorod Samara Rostov-on-Don Krasnoyarsk Vladivostok Khabarovsk Irkutsk Chelyabinsk Perm Voronezh Ufa Omsk Tomsk Kaliningrad Murmansk Yakutsk'),
    regions: ['Siberia', 'the Urals', 'the Far East', 'the Moscow region', 'Tatarstan', 'Bashkortostan', 'Krasnodar Krai', 'the Volga region'],
    neighbours: list('Belarus Ukraine Georgia Kazakhstan Finland Norway Estonia Latvia Azerbaijan'),
  },
  {
    name: 'Ukraine', demonym: 'Ukrainian', capital: 'Kyiv|Kiev', currencies: ['$', 'hryvnias', '€'],
    cities: list('Kharkiv|Kharkov Odesa|Odessa Lviv|Lvov Dnipro Zaporizhzhia|Zaporozhye Mykolaiv|Nikolaev Chernihiv Poltava Vinnytsia Sumy Ternopil Uzhhorod Ivano-Frankivsk Kherson Rivne Lutsk Zhytomyr'),
    regions: ['the Kharkiv region|Kharkiv Oblast', 'Donbas|the Donbass', 'the Odesa region', 'Zakarpattia|Transcarpathia', 'the Lviv region', 'Podillia'],
    neighbours: list('Belarus Russia Poland Slovakia Hungary Romania Moldova'),
  },
  {
    name: 'Poland', demonym: 'Polish', capital: 'Warsaw', currencies: ['zlotys', '€', '$'],
    cities: list('Kraków|Krakow Łódź|Lodz Wrocław|Wroclaw Poznań|Poznan Gdańsk|Gdansk Szczecin Lublin Białystok|Bialystok Katowice Rzeszów|Rzeszow Toruń Olsztyn'),
    regions: ['Silesia', 'Masovia', 'Pomerania', 'Lesser Poland', 'Podlasie', 'Greater Poland'],
    neighbours: list('Germany Czech_Republic Slovakia Ukraine Belarus Lithuania Russia'),
  },
  {
    name: 'Czech Republic', the: true, demonym: 'Czech', capital: 'Prague', currencies: ['€', '$'],
    cities: list('Brno Ostrava Plzeň|Pilsen Olomouc Liberec České_Budějovice Hradec_Králové Pardubice Zlín'),
    regions: ['Bohemia', 'Moravia', 'South Moravia'],
    neighbours: list('Germany Poland Slovakia Austria'),
  },
  {
    name: 'Slovakia', demonym: 'Slovak', capital: 'Bratislava', currencies: ['€'],
    cities: list('Košice|Kosice Prešov Žilina Nitra Banská_Bystrica Trnava Martin'),
    regions: ['the High Tatras', 'Orava', 'eastern Slovakia'],
    neighbours: list('Czech_Republic Poland Ukraine Hungary Austria'),
  },
  {
    name: 'Romania', demonym: 'Romanian', capital: 'Bucharest', currencies: ['€', '$'],
    cities: list('Cluj-Napoca Timișoara|Timisoara Iași|Iasi Constanța|Constanta Craiova Brașov|Brasov Galați Ploiești Oradea Sibiu Arad'),
    regions: ['Transylvania', 'Moldavia', 'Wallachia', 'Dobruja', 'Banat'],
    neighbours: list('Ukraine Moldova Hungary Serbia Bulgaria'),
  },
  {
    name: 'Moldova', demonym: 'Moldovan', capital: 'Chișinău|Chisinau', currencies: ['$', '€'],
    cities: list('Bălți|Balti Tiraspol Cahul Orhei Ungheni Comrat Soroca'),
    regions: ['Transnistria', 'Gagauzia'],
    neighbours: list('Romania Ukraine'),
  },
  {
    name: 'Serbia', demonym: 'Serbian', capital: 'Belgrade', currencies: ['€', '$'],
    cities: list('Novi_Sad Niš|Nis Kragujevac Subotica Čačak Kraljevo Novi_Pazar Zrenjanin'),
    regions: ['Vojvodina', 'Šumadija', 'the Sandžak region'],
    neighbours: list('Hungary Romania Bulgaria North_Macedonia Montenegro Bosnia_and_Herzegovina Croatia'),
  },
  {
    name: 'Croatia', demonym: 'Croatian', capital: 'Zagreb', currencies: ['€'],
    cities: list('Split Rijeka Osijek Zadar Pula Dubrovnik Šibenik'),
    regions: ['Dalmatia', 'Istria', 'Slavonia'],
    neighbours: list('Slovenia Hungary Serbia Bosnia_and_Herzegovina Montenegro'),
  },
  {
    name: 'Bosnia and Herzegovina', demonym: 'Bosnian', capital: 'Sarajevo', currencies: ['€', '$'],
    cities: list('Banja_Luka Mostar Tuzla Zenica Bihać Bijeljina'),
    regions: ['Republika Srpska', 'Posavina'],
    neighbours: list('Croatia Serbia Montenegro'),
  },
  {
    name: 'United Kingdom', the: true, demonym: 'British', capital: 'London', currencies: ['£'],
    cities: list('Manchester Birmingham Glasgow Leeds Liverpool Bristol Cardiff Edinburgh Belfast Sheffield Newcastle Nottingham Leicester'),
    regions: ['Scotland', 'Wales', 'Northern Ireland', 'Yorkshire', 'the Midlands', 'Cornwall', 'Kent'],
    neighbours: list('Ireland France'),
  },
  {
    name: 'Ireland', demonym: 'Irish', capital: 'Dublin', currencies: ['€'],
    cities: list('Cork Limerick Galway Waterford Kilkenny Sligo Dundalk'),
    regions: ['Munster', 'Connacht', 'County Kerry', 'County Donegal'],
    neighbours: list('United_Kingdom'),
  },
  {
    name: 'Germany', demonym: 'German', capital: 'Berlin', currencies: ['€'],
    cities: list('Hamburg Munich Cologne Frankfurt Stuttgart Düsseldorf Leipzig Dresden Hanover Nuremberg Bremen Essen Dortmund Rostock Magdeburg'),
    regions: ['Bavaria', 'Saxony', 'Thuringia', 'Brandenburg', 'North Rhine-Westphalia', 'Lower Saxony', 'Hesse', 'Baden-Württemberg'],
    neighbours: list('Denmark Poland Czech_Republic Austria Switzerland France Belgium Netherlands'),
  },
  {
    name: 'Austria', demonym: 'Austrian', capital: 'Vienna', currencies: ['€'],
    cities: list('Graz Linz Salzburg Innsbruck Klagenfurt Villach'),
    regions: ['Tyrol', 'Styria', 'Carinthia', 'Upper Austria', 'Vorarlberg'],
    neighbours: list('Germany Czech_Republic Slovakia Hungary Slovenia Italy Switzerland'),
  },
  {
    name: 'Switzerland', demonym: 'Swiss', capital: 'Bern', currencies: ['$', '€'],
    cities: list('Zurich Geneva Basel Lausanne Lucerne Lugano Winterthur'),
    regions: ['Ticino', 'Valais', 'Graubünden', 'Vaud'],
    neighbours: list('Germany France Italy Austria'),
  },
  {
    name: 'Netherlands', the: true, demonym: 'Dutch', capital: 'Amsterdam', currencies: ['€'],
    cities: list('Rotterdam Utrecht Eindhoven Groningen Tilburg Almere Breda Nijmegen Maastricht'),
    regions: ['Friesland', 'Limburg', 'Zeeland', 'North Brabant', 'Gelderland'],
    neighbours: list('Germany Belgium'),
  },
  {
    name: 'Belgium', demonym: 'Belgian', capital: 'Brussels', currencies: ['€'],
    cities: list('Antwerp Ghent Liège Charleroi Bruges Namur Leuven Mons'),
    regions: ['Flanders', 'Wallonia'],
    neighbours: list('France Netherlands Germany'),
  },
  {
    name: 'France', demonym: 'French', capital: 'Paris', currencies: ['€'],
    cities: list('Marseille Lyon Toulouse Nice Nantes Strasbourg Montpellier Bordeaux Lille Rennes Reims Grenoble Dijon'),
    regions: ['Brittany', 'Normandy', 'Provence', 'Alsace', 'Occitania', 'Burgundy', 'Corsica'],
    neighbours: list('Belgium Germany Switzerland Italy Spain'),
  },
  {
    name: 'Spain', demonym: 'Spanish', capital: 'Madrid', currencies: ['€'],
    cities: list('Barcelona Valencia Seville Zaragoza Málaga Bilbao Murcia Palma Valladolid Granada Alicante Córdoba Vigo'),
    regions: ['Catalonia', 'Andalusia', 'the Basque Country', 'Galicia', 'Aragon', 'Extremadura', 'the Canary Islands'],
    neighbours: list('France Portugal Morocco'),
  },
  {
    name: 'Portugal', demonym: 'Portuguese', capital: 'Lisbon', currencies: ['€'],
    cities: list('Porto Braga Coimbra Faro Aveiro Setúbal Évora Funchal'),
    regions: ['the Algarve', 'Alentejo', 'Madeira', 'the Azores', 'Minho'],
    neighbours: list('Spain'),
  },
  {
    name: 'Italy', demonym: 'Italian', capital: 'Rome', currencies: ['€'],
    cities: list('Milan Naples Turin Palermo Genoa Bologna Florence Bari Catania Venice Verona Trieste Padua Cagliari'),
    regions: ['Lombardy', 'Sicily', 'Calabria', 'Tuscany', 'Piedmont', 'Veneto', 'Campania', 'Sardinia', 'Apulia'],
    neighbours: list('France Switzerland Austria Slovenia'),
  },
  {
    name: 'Turkey', demonym: 'Turkish', capital: 'Ankara', currencies: ['$', 'lira', '€'],
    cities: list('Istanbul Izmir Bursa Antalya Adana Gaziantep Konya Diyarbakır Mersin Kayseri Eskişehir Trabzon Antakya'),
    regions: ['Anatolia', 'Thrace', 'Cappadocia', 'Hatay'],
    neighbours: list('Greece Bulgaria Georgia Armenia Iran Iraq Syria Azerbaijan'),
  },
  {
    name: 'Morocco', demonym: 'Moroccan', capital: 'Rabat', currencies: ['$', '€'],
    cities: list('Casablanca Marrakesh|Marrakech Fez Tangier Agadir Meknes Oujda Tetouan'),
    regions: ['the Rif', 'Souss-Massa', 'the Atlas'],
    neighbours: list('Algeria Spain'),
  },
  {
    name: 'Tunisia', demonym: 'Tunisian', capital: 'Tunis', currencies: ['$', '€'],
    cities: list('Sfax Sousse Kairouan Bizerte Gabès Monastir Gafsa'),
    regions: ['Cap Bon', 'Djerba', 'Kasserine'],
    neighbours: list('Algeria Libya'),
  },
  {
    name: 'Lebanon', demonym: 'Lebanese', capital: 'Beirut', currencies: ['$'],
    cities: list('Tripoli Sidon Tyre Byblos Zahle Baalbek Jounieh'),
    regions: ['the Bekaa Valley', 'Mount Lebanon', 'Akkar'],
    neighbours: list('Syria Israel'),
  },
  {
    name: 'Jordan', demonym: 'Jordanian', capital: 'Amman', currencies: ['$'],
    cities: list('Zarqa Irbid Aqaba Mafraq Madaba Karak Jerash'),
    regions: ['the Jordan Valley', 'Wadi Rum'],
    neighbours: list('Syria Iraq Saudi_Arabia Israel'),
  },
  {
    name: 'Egypt', demonym: 'Egyptian', capital: 'Cairo', currencies: ['$'],
    cities: list('Alexandria Giza Port_Said Suez Luxor Aswan Mansoura Tanta Asyut'),
    regions: ['the Nile Delta', 'Sinai', 'Upper Egypt'],
    neighbours: list('Libya Sudan Israel'),
  },
  {
    name: 'Georgia', demonym: 'Georgian', capital: 'Tbilisi', currencies: ['$', '€'],
    cities: list('Batumi Kutaisi Rustavi Zugdidi Gori Poti Telavi'),
    regions: ['Adjara|Ajara', 'Kakheti', 'Imereti', 'Samegrelo', 'Svaneti'],
    neighbours: list('Russia Turkey Armenia Azerbaijan'),
  },
  {
    name: 'Armenia', demonym: 'Armenian', capital: 'Yerevan', currencies: ['$', '€'],
    cities: list('Gyumri Vanadzor Vagharshapat Abovyan Kapan Goris Ijevan'),
    regions: ['Syunik', 'Shirak', 'Lori', 'Tavush'],
    neighbours: list('Georgia Turkey Azerbaijan Iran'),
  },
  {
    name: 'Sweden', demonym: 'Swedish', capital: 'Stockholm', currencies: ['$', '€'],
    cities: list('Gothenburg Malmö Uppsala Linköping Örebro Umeå Luleå Västerås'),
    regions: ['Skåne', 'Norrland', 'Gotland', 'Lapland'],
    neighbours: list('Norway Finland Denmark'),
  },
  {
    name: 'Norway', demonym: 'Norwegian', capital: 'Oslo', currencies: ['$', '€'],
    cities: list('Bergen Trondheim Stavanger Tromsø Kristiansand Drammen Bodø'),
    regions: ['Finnmark', 'Nordland', 'Vestland'],
    neighbours: list('Sweden Finland Russia'),
  },
  {
    name: 'Denmark', demonym: 'Danish', capital: 'Copenhagen', currencies: ['$', '€'],
    cities: list('Aarhus Odense Aalborg Esbjerg Roskilde Kolding'),
    regions: ['Jutland', 'Zealand', 'Funen', 'Bornholm'],
    neighbours: list('Germany Sweden'),
  },
];

// ─── Outlets and house styles ──────────────────────────────────────────────

export interface OutletStyle {
  name: string;
  domain: string;
  /** Curly “…” and ’ or straight "…" and '. */
  quotes: 'curly' | 'straight';
  /** us: "March 3"; ap: "Sept. 9"; uk: "3 March". */
  dates: 'us' | 'ap' | 'uk';
  percent: '%' | ' percent' | ' per cent';
  /** long: "$12 million"; short: "£12m", "$2.4bn". */
  money: 'long' | 'short';
  headline: 'title' | 'sentence';
  /** How often a later reference is "Mr. Brandt" rather than "Brandt". */
  honorifics: number;
}

export const OUTLETS: OutletStyle[] = [
  { name: 'The Continental Ledger', domain: 'continentalledger.com', quotes: 'curly', dates: 'us', percent: '%', money: 'long', headline: 'title', honorifics: 0.8 },
  { name: 'Eastern Europe Monitor', domain: 'eemonitor.org', quotes: 'straight', dates: 'us', percent: ' percent', money: 'long', headline: 'title', honorifics: 0 },
  { name: 'Baltic Wire', domain: 'balticwire.net', quotes: 'straight', dates: 'uk', percent: '%', money: 'short', headline: 'sentence', honorifics: 0 },
  { name: 'The European Correspondent', domain: 'europeancorrespondent.eu', quotes: 'curly', dates: 'uk', percent: ' per cent', money: 'short', headline: 'sentence', honorifics: 0.15 },
  { name: 'Danube Post', domain: 'danubepost.com', quotes: 'curly', dates: 'ap', percent: ' percent', money: 'long', headline: 'title', honorifics: 0 },
  { name: 'Meridian Daily', domain: 'meridiandaily.com', quotes: 'straight', dates: 'us', percent: '%', money: 'long', headline: 'title', honorifics: 0.7 },
  { name: 'Caucasus Review', domain: 'caucasusreview.org', quotes: 'straight', dates: 'us', percent: '%', money: 'long', headline: 'sentence', honorifics: 0 },
  { name: 'Central European Times', domain: 'cetimes.eu', quotes: 'curly', dates: 'uk', percent: '%', money: 'short', headline: 'sentence', honorifics: 0 },
  { name: 'The Northern Herald', domain: 'northernherald.co.uk', quotes: 'curly', dates: 'uk', percent: ' per cent', money: 'short', headline: 'title', honorifics: 0.6 },
  { name: 'Black Sea Dispatch', domain: 'blackseadispatch.com', quotes: 'straight', dates: 'ap', percent: ' percent', money: 'long', headline: 'title', honorifics: 0 },
  { name: 'Vistula Observer', domain: 'vistulaobserver.pl', quotes: 'curly', dates: 'us', percent: '%', money: 'long', headline: 'sentence', honorifics: 0 },
  { name: 'The Atlantic Courier', domain: 'atlanticcourier.com', quotes: 'straight', dates: 'us', percent: '%', money: 'long', headline: 'title', honorifics: 0.5 },
  { name: 'Frontline Europe', domain: 'frontlineeurope.net', quotes: 'curly', dates: 'ap', percent: '%', money: 'long', headline: 'title', honorifics: 0 },
  { name: 'Steppe Telegraph', domain: 'steppetelegraph.com', quotes: 'straight', dates: 'us', percent: '%', money: 'long', headline: 'sentence', honorifics: 0 },
];

/** Who else a source talks to ("X told Reuters"), and whose photos the captions credit. */
export const WIRES = ['Reuters', 'AFP', 'the Associated Press', 'Agence France-Presse', 'the BBC', 'Deutsche Welle'];
export const PHOTO_AGENCIES = ['Reuters', 'AFP', 'AP', 'EPA', 'Getty Images', 'Anadolu'];

// ─── Recurring figures and organisations ───────────────────────────────────

export interface RecurringOrg {
  name: string;
  acronym?: string;
  /** Takes "the" ("the European Commission", but "NATO", "Eurostat"). */
  the: boolean;
  /** Topics it speaks to; empty for any. */
  topics: string[];
  /** A non-governmental body (fictional), which can stand in for a story's local NGO. */
  ngo?: boolean;
}

export const RECURRING_ORGS: RecurringOrg[] = [
  { name: 'European Commission', the: true, topics: [] },
  { name: 'European Union', acronym: 'EU', the: true, topics: [] },
  { name: 'United Nations', acronym: 'UN', the: true, topics: ['protests', 'migration', 'courts', 'environment'] },
  { name: 'NATO', the: false, topics: ['protests', 'migration'] },
  { name: 'International Monetary Fund', acronym: 'IMF', the: true, topics: ['energy', 'elections', 'transport'] },
  { name: 'World Bank', the: true, topics: ['energy', 'health', 'environment', 'transport'] },
  { name: 'World Health Organization', acronym: 'WHO', the: true, topics: ['health', 'environment'] },
  { name: 'UN refugee agency', acronym: 'UNHCR', the: true, topics: ['migration'] },
  { name: 'Council of Europe', the: true, topics: ['courts', 'protests', 'elections', 'migration'] },
  { name: 'Organization for Security and Co-operation in Europe', acronym: 'OSCE', the: true, topics: ['elections', 'protests'] },
  { name: 'Eurostat', the: false, topics: ['energy', 'health', 'migration', 'transport'] },
  { name: 'European Court of Human Rights', the: true, topics: ['courts', 'protests', 'migration'] },
  { name: 'International Energy Agency', acronym: 'IEA', the: true, topics: ['energy', 'environment'] },
  { name: 'European Central Bank', acronym: 'ECB', the: true, topics: ['energy'] },
  { name: 'International Labour Organization', acronym: 'ILO', the: true, topics: ['transport', 'migration'] },
  { name: 'International Organization for Migration', acronym: 'IOM', the: true, topics: ['migration'] },
  // Fictional non-governmental bodies that recur across the corpus.
  { name: 'Civic Monitor Network', the: true, topics: ['protests', 'elections'], ngo: true },
  { name: 'Eastern Rights Observatory', the: true, topics: ['protests', 'courts', 'migration'], ngo: true },
  { name: 'Open Courts Initiative', the: true, topics: ['courts'], ngo: true },
  { name: 'Free Assembly Watch', the: false, topics: ['protests'], ngo: true },
  { name: 'Ballot Integrity Project', the: true, topics: ['elections'], ngo: true },
  { name: 'Energy Policy Forum', the: true, topics: ['energy', 'environment'], ngo: true },
  { name: 'Clean Air Coalition', the: true, topics: ['environment', 'health'], ngo: true },
  { name: 'Migrant Aid Network', the: true, topics: ['migration'], ngo: true },
  { name: 'Patients First Alliance', the: true, topics: ['health'], ngo: true },
  { name: 'Transit Users Alliance', the: true, topics: ['transport'], ngo: true },
  { name: 'Press Freedom Institute', the: true, topics: ['protests', 'courts', 'elections'], ngo: true },
  { name: 'Northern Climate Institute', the: true, topics: ['environment', 'energy'], ngo: true },
  { name: 'Institute for Democratic Transition', acronym: 'IDT', the: true, topics: ['elections', 'protests', 'courts'], ngo: true },
  { name: 'European Transport Workers Federation', acronym: 'ETWF', the: true, topics: ['transport'], ngo: true },
  { name: 'Fiscal Transparency Lab', the: true, topics: ['energy', 'elections', 'health'], ngo: true },
];

export interface RecurringPerson {
  /** Spellings as [full name, surname]; an article uses one. */
  spellings: [string, string][];
  female: boolean;
  /** Title written before the name: "Polish President". */
  title: string;
  /** Organisations named inside the title ("NATO" in "NATO Secretary-General"). */
  titleOrgs: string[];
  /** The organisation the figure speaks for, by name in RECURRING_ORGS (international figures). */
  org?: string;
  /** Set for a country's leader or opposition figure, who appears in that country's stories. */
  country?: string;
  kind: 'leader' | 'opposition' | 'international';
  topics: string[];
}

export const RECURRING_PEOPLE: RecurringPerson[] = [
  { spellings: [['Alyaksandr Rahacheuski', 'Rahacheuski'], ['Aleksandr Rogachevsky', 'Rogachevsky']], female: false, title: 'Belarusian President', titleOrgs: [], country: 'Belarus', kind: 'leader', topics: [] },
  { spellings: [['Sviatlana Kryvitskaya', 'Kryvitskaya'], ['Svetlana Krivitskaya', 'Krivitskaya']], female: true, title: 'exiled opposition leader', titleOrgs: [], country: 'Belarus', kind: 'opposition', topics: ['protests', 'elections', 'courts'] },
  { spellings: [['Gennady Vyazemsky', 'Vyazemsky'], ['Gennadiy Vyazemskiy', 'Vyazemskiy']], female: false, title: 'Russian President', titleOrgs: [], country: 'Russia', kind: 'leader', topics: [] },
  { spellings: [['Aleksei Tumanov', 'Tumanov'], ['Alexei Tumanov', 'Tumanov']], female: false, title: 'jailed opposition politician', titleOrgs: [], country: 'Russia', kind: 'opposition', topics: ['protests', 'elections', 'courts'] },
  { spellings: [['Oleksandr Kruhlyak', 'Kruhlyak'], ['Aleksandr Kruglyak', 'Kruglyak']], female: false, title: 'Ukrainian President', titleOrgs: [], country: 'Ukraine', kind: 'leader', topics: [] },
  { spellings: [['Marta Kowalczyk', 'Kowalczyk']], female: true, title: 'Polish President', titleOrgs: [], country: 'Poland', kind: 'leader', topics: [] },
  { spellings: [['Katrin Albers', 'Albers']], female: true, title: 'German Chancellor', titleOrgs: [], country: 'Germany', kind: 'leader', topics: [] },
  { spellings: [['Étienne Marchal', 'Marchal'], ['Etienne Marchal', 'Marchal']], female: false, title: 'French President', titleOrgs: [], country: 'France', kind: 'leader', topics: [] },
  { spellings: [['Helen Ashworth', 'Ashworth']], female: true, title: 'British Prime Minister', titleOrgs: [], country: 'United Kingdom', kind: 'leader', topics: [] },
  { spellings: [['Kemal Aydoğan', 'Aydoğan'], ['Kemal Aydogan', 'Aydogan']], female: false, title: 'Turkish President', titleOrgs: [], country: 'Turkey', kind: 'leader', topics: [] },
  { spellings: [['Levan Kipiani', 'Kipiani']], female: false, title: 'Georgian Prime Minister', titleOrgs: [], country: 'Georgia', kind: 'leader', topics: [] },
  { spellings: [['Giorgio Santarelli', 'Santarelli']], female: false, title: 'Italian Prime Minister', titleOrgs: [], country: 'Italy', kind: 'leader', topics: [] },
  { spellings: [['Lucía Herrero', 'Herrero'], ['Lucia Herrero', 'Herrero']], female: true, title: 'Spanish Prime Minister', titleOrgs: [], country: 'Spain', kind: 'leader', topics: [] },
  { spellings: [['Anneli Rask', 'Rask']], female: true, title: 'EU foreign policy chief', titleOrgs: ['EU'], org: 'European Union', kind: 'international', topics: ['protests', 'elections', 'courts', 'migration'] },
  { spellings: [['Sophie Delacroix', 'Delacroix']], female: true, title: 'European Commission President', titleOrgs: ['European Commission'], org: 'European Commission', kind: 'international', topics: ['energy', 'migration', 'environment', 'transport'] },
  { spellings: [['Henrik Dahl', 'Dahl']], female: false, title: 'NATO Secretary-General', titleOrgs: ['NATO'], org: 'NATO', kind: 'international', topics: ['protests', 'migration'] },
  { spellings: [['Claudia Rinaldi', 'Rinaldi']], female: true, title: 'IMF Managing Director', titleOrgs: ['IMF'], org: 'International Monetary Fund', kind: 'international', topics: ['energy', 'transport'] },
  { spellings: [['Joris Vermeulen', 'Vermeulen']], female: false, title: 'UN High Commissioner for Refugees', titleOrgs: ['UN'], org: 'UN refugee agency', kind: 'international', topics: ['migration'] },
  { spellings: [['Rafael Montoya', 'Montoya']], female: false, title: 'UN human rights chief', titleOrgs: ['UN'], org: 'United Nations', kind: 'international', topics: ['protests', 'courts', 'migration'] },
  { spellings: [['Amara Okafor', 'Okafor']], female: true, title: 'WHO Director-General', titleOrgs: ['WHO'], org: 'World Health Organization', kind: 'international', topics: ['health', 'environment'] },
  { spellings: [['Birgitta Halvorsrud', 'Halvorsrud']], female: true, title: 'Council of Europe Secretary General', titleOrgs: ['Council of Europe'], org: 'Council of Europe', kind: 'international', topics: ['courts', 'elections', 'protests'] },
];

// ─── Topics ────────────────────────────────────────────────────────────────

/**
 * One news beat. Every template is a sentence (or, for roles, issues and
 * quotes, a phrase) with placeholders. Sentences in `ledes`, `official`,
 * `claims`, `actorClaims` and `background` carry a figure, a date or a record
 * (they are the article's check-worthy claims); quotes and roles carry none,
 * so the truth the generator records stays exact.
 */
export interface Topic {
  id: string;
  section: string;
  /** `{event}`: the story's main event, as a noun phrase. */
  events: string[];
  /**
   * `{issue}`: what the story is about, as a noun phrase that fits "amid/over/against {issue}"; `long|short`, the
   * short form for later mentions. An issue may carry tags ("[floods] severe flooding in {region}|the floods"):
   * then templates tagged for other issues are left out of its articles, and untagged ones fit every issue.
   */
  issues: string[];
  /** Titles for the official who leads the story, written before the name. */
  leadTitles: string[];
  ministry: string;
  /** Word for `{agency}`: "National <word> Agency". */
  agency: string;
  /** Fields for generated NGOs ("Centre for <field>"). */
  ngoFields: string[];
  /** Fields for institutes ("<City> Institute for <field> Studies"). */
  fields: string[];
  /** Plural professions for associations and unions ("Association of <profession>"). */
  professions: string[];
  /** Discipline for academic roles ("a professor of <discipline>"). */
  discipline: string;
  /** What a consultant advises on ("advises governments on <subject>"). */
  subject: string;
  /** Industries for `{company}` ("Vostok Energy"). */
  industries: string[];
  /** Appositions for local people: "Irina Voloshenko, <role>,". */
  localRoles: string[];
  headlines: string[];
  ledes: string[];
  /** Sentences that introduce the lead official `{L}`. */
  official: string[];
  officialQuotes: string[];
  claims: string[];
  /** Claims by or about a local person `{A}` whatever their role; their first mention introduces them. */
  actorClaims: string[];
  /** Claims from experience, for the local roles they fit (keys are entries of `localRoles`). */
  roleClaims: Record<string, string[]>;
  /** `problem`: the issue is a problem with costs (floods, prices); `case`: a trial or a vote, which has none. */
  kind: 'problem' | 'case';
  background: string[];
  closing: string[];
  quotes: string[];
  captions: string[];
}

export const TOPICS: Topic[] = [
  {
    id: 'protests',
    kind: 'problem',
    section: 'World',
    events: ['the protests', 'the demonstrations', 'the rallies', 'the street protests'],
    issues: [
      'the disputed presidential election|the election', 'the jailing of opposition activists|the jailings', 'a new law restricting public assemblies|the assembly law',
      'the arrest of a popular blogger|the arrest', 'allegations of vote rigging|the rigging allegations', 'the closure of independent media outlets|the media closures',
      'a constitutional amendment extending presidential terms|the amendment', 'rising fuel and food prices|the price rises', 'police violence against students|the police violence',
      "the government's handling of the economy|the economy",
    ],
    leadTitles: ['Interior Minister', 'Deputy Interior Minister', 'National Police Chief', '{capital} Police Chief'],
    ministry: 'Interior Ministry',
    agency: 'Security',
    ngoFields: ['Human Rights', 'Civil Liberties', 'Legal Aid', 'Political Prisoners', 'Freedom of Assembly'],
    fields: ['Security', 'Political', 'Democracy', 'Civil Society'],
    professions: ['Human Rights Lawyers', 'Defence Lawyers', 'Independent Journalists'],
    discipline: 'political science',
    subject: 'policing and public order',
    industries: ['Media', 'Telecom'],
    localRoles: [
      'a human rights lawyer in {city}', 'a student who was detained in {capital} last week', 'a coordinator at {ngo}',
      'an organiser of the marches in {city}', 'a volunteer medic at the {capital} rallies', 'a retired schoolteacher from {city}',
      'a spokesperson for {ngo}', 'a photographer who has covered the protests since they began', 'a monitor with {ngo2}',
      'an opposition councillor in {city}', 'a lawyer representing several detained protesters',
      'a software engineer who joined the protests in {city}',
    ],
    headlines: [
      'Police detain hundreds as protests spread across {country}', 'Thousands march in {capital} despite crackdown',
      '{demonym} protesters defy ban for another weekend', 'Crackdown in {capital} fails to stop street protests',
      'Rights groups say detentions in {country} reach new high', '{n:200:2000} detained as {demonym} police break up rallies',
      'In {city}, protesters vow to keep marching', 'Police violence in {capital} draws international condemnation',
    ],
    ledes: [
      'Police in {capital} detained {qn:200:4000} people {on} as tens of thousands marched against {issue} for the {ord:2:9} weekend in a row.',
      'Tens of thousands of people took to the streets of {capital} and {qn:10:90} other cities {on} to protest against {issue}, in the biggest show of dissent in {country} since {year:3:25}.',
      'Security forces in {country} have detained {qn:500:9000} people in {weeks:2:9} of protests over {issue}, rights groups said {on}.',
      'Protests over {issue} spread to {qn:20:140} towns across {country} {on}, with police detaining {qn:100:2500} people by nightfall.',
      '{demonym} riot police used tear gas and stun grenades to break up a crowd of {qn:3000:60000} in {city} {on}, the latest clash in a protest movement now in its {ord:2:8} month.',
      'A march against {issue} drew {qn:5000:80000} people to the centre of {capital} {on}, according to {ngo}, which said {qn:50:900} of them were detained.',
    ],
    official: [
      '{L} said {on} that {n:20:300} officers had been injured and {qn:10:120} police vehicles damaged since the unrest began.',
      '{L} defended the police response, telling lawmakers {on} that {qn:100:900} of those detained had been released without charge.',
      '{L} said {on} that the authorities had opened {qn:20:400} criminal cases over what {L.he} called mass riots.',
      'In a televised address {on}, {L} put the number of protesters nationwide at {qn:8000:90000}, far below the estimates of organisers.',
      '{L}, who has been in the post for {years:2:12}, said {on} that the police had acted within the law and that {qn:10:90} officers were under investigation.',
      '{L} told reporters {on} that {qn:300:5000} additional officers had been deployed to {capital} and {city}.',
    ],
    officialQuotes: [
      'order will be restored, and those who organised the violence will answer for it',
      'the police showed restraint in the face of open provocation',
      'nobody will be allowed to turn the streets of {capital} into a battlefield',
      'peaceful citizens have nothing to fear from the police',
      'these gatherings were not authorised, and the law is the same for everyone',
      'we have evidence that the unrest was coordinated from abroad',
    ],
    claims: [
      'Police detained {qn:150:4000} people in {qn:10:120} cities and towns {on}, according to {ngo}.',
      'Organisers put the crowd in {capital} at {qn:5000:120000}, while {ministry} gave a figure of {n:2000:30000}.',
      'At least {n:12:400} people were treated in hospital after the clashes in {city}, {ngo} reported.',
      'Courts in {capital} have handed down {qn:40:900} administrative sentences since the protests began, most of them for {days:5:15} in jail.',
      'Fines imposed on protesters have reached {qmoney:0.5:12}, according to {ngo2}.',
      'Demonstrations were reported in {qn:20:150} towns {on}, the largest turnout since {year:5:30}.',
      '{ngo} said it had documented {qn:60:900} cases of ill-treatment in custody over the past {months:2:14}.',
      'Mobile internet in {capital} was cut for {hours:3:72} {on}, according to {ngo2}.',
      '{ministry} said {qn:150:2500} people had been released by {day}, but {qn:20:400} remained in custody.',
      'In a survey by {think}, {qpct:20:70} of respondents said they supported the demands of the protesters.',
      'A record {n:1000:9000} people were detained in a single day {on}, according to {ngo}.',
      'The crackdown has produced {qn:10:300} criminal cases, with sentences of up to {years:2:10} in prison.',
      'Marchers walked {km:5:40} from the outskirts of {city} to the city centre {on}.',
      'Crowdfunding campaigns have raised {qmoney:0.2:6} to pay the fines of detained protesters since {lastMonth}.',
      'The number of people recognised as political prisoners in {country} has risen to {qn:100:1500}, the highest since {year:5:25}.',
      'Volunteers counted {qn:20:300} people still missing after the detentions {on}, according to {ngo2}.',
      'Police have used water cannon in {capital} on {n:3:12} occasions since {lastMonth}.',
      'At least {n:5:60} journalists have been detained while covering the protests since {lastMonth}, {ngo} said.',
      'The authorities blocked access to {qn:20:300} websites and messaging channels over the past {weeks:2:8}.',
      'Employers in {city} have dismissed {qn:20:400} workers for taking part in the protests, according to {ngo2}.',
    ],
    actorClaims: [
      'According to {A}, police detained {qn:30:600} people in {city} alone {on}.',
      '{A} estimated that {qpct:20:60} of those detained in {city} were under the age of {n:21:25}.',
      '{A} said at least {n:3:40} people had been taken to hospital from the square in {city} {on}.',
      'According to {A}, the march in {city} {on} drew {qn:2000:30000} people, far more than the police said.',
    ],
    roleClaims: {
      'a student who was detained in {capital} last week': [
        '{A} said {A.he} had spent {days:3:30} in a detention centre in {city} after {A.his} arrest {lastMonth}.',
        '{A} said {A.he} had been fined {money:0.0005:0.004} for taking part in a march in {city} {on}.',
      ],
      'a coordinator at {ngo}': ['{A} said {A.his} group had received {qn:200:3000} calls from relatives of detained protesters in {days:2:9}.'],
      'a lawyer representing several detained protesters': [
        '{A}, who has represented {qn:20:150} detained protesters since {lastMonth}, said most had been denied access to a lawyer for {days:2:10}.',
      ],
      'a human rights lawyer in {city}': ['{A} said {A.he} had taken on {qn:10:90} new cases since {lastMonth}, most of them young people detained at marches.'],
    },
    background: [
      'In {year:2:15}, a smaller wave of protests in {capital} ended after {months:2:6}, with {qn:100:3000} people detained.',
      'The last protests on this scale, in {year:5:25}, drew {qn:20000:150000} people to the streets of {capital}.',
      'Rights groups say the number of political prisoners in {country} has risen from {n:10:80} in {year:3:8} to {qn:200:1400} today.',
      '{country} has seen {qn:3:9} waves of mass protest since {year:15:30}, but none has lasted as long as the current one.',
    ],
    closing: [
      'A court in {capital} is due to begin hearing the first criminal cases {future}.',
      'Organisers have called for another march in {capital} {future}.',
      '{ministry} did not respond to a request for comment.',
      'The opposition has called for a nationwide strike to begin {future}.',
      'Lawyers for the detained said they would appeal the sentences, which are due to be reviewed {future}.',
    ],
    quotes: [
      'people came out because they are tired of being lied to', 'nobody in {city} expected the police to act with such brutality',
      'the detentions were meant to frighten people, but they have had the opposite effect',
      'we have documented beatings in almost every police station we visited',
      'the police are acting as if the law simply does not apply to them',
      'my son was taken off the street on his way home, and nobody will tell us where he is',
      'these are peaceful people, teachers and doctors and students, not criminals',
      'the authorities are trying to break the movement one arrest at a time',
      'every weekend more people join us, and the government knows it', 'the riot police were waiting for us at the end of the street',
      'we will keep coming back to the square until our demands are heard',
      'they can fill the prisons, but they cannot change what people think',
      'I have never seen so many people in {capital} who were not afraid',
      'the courts are processing people like parcels, a few minutes per case',
      'what happened in {city} was not policing, it was punishment', 'people are scared, but they are more angry than scared',
    ],
    captions: [
      'Protesters march through central {capital} on {day}.', 'Riot police detain a man during a rally in {city} on {day}.',
      'Demonstrators gather outside a detention centre in {capital}.',
    ],
  },
  {
    id: 'elections',
    kind: 'case',
    section: 'Politics',
    events: ['the vote', 'the election', 'the ballot'],
    issues: [
      '[presidential] the presidential election|the election', '[parliament] the parliamentary elections|the elections', '[parliament] the snap parliamentary vote|the vote', '[local] the local elections|the local vote',
      '[referendum] the constitutional referendum|the referendum', '[presidential] the presidential runoff|the runoff', '[local] the mayoral race in {capital}|the mayoral race',
    ],
    leadTitles: ['Central Election Commission Chair', 'Election Commission Chief', 'Deputy Prime Minister'],
    ministry: 'Central Election Commission',
    agency: 'Statistics',
    ngoFields: ['Election Monitoring', 'Democratic Governance', 'Civic Participation', 'Electoral Integrity', 'Voter Education'],
    fields: ['Political', 'Democracy', 'Public Opinion', 'Governance'],
    professions: ['Political Scientists', 'Election Lawyers', 'Pollsters'],
    discipline: 'political science',
    subject: 'elections and party politics',
    industries: ['Media', 'Research'],
    localRoles: [
      '[parliament local presidential] a candidate for {party} in {city}', 'an election observer with {ngo}', 'a member of a polling station commission in {city}',
      '[parliament local presidential] a campaign manager for {party}', 'a first-time voter from {city}', 'a political scientist at {uni}', 'a pollster at {think}',
      '[parliament local presidential] a spokesperson for {party2}', 'a former election official in {region}', 'a volunteer who counted ballots in {city}',
    ],
    headlines: [
      '{demonym} voters head to the polls amid claims of pressure', 'Opposition alleges fraud after {country} vote',
      'Turnout slumps in {country} election', 'Ruling party leads in early count in {country}',
      'Observers report irregularities in {demonym} election', 'A tight race in {capital} could reshape {demonym} politics',
      'Recount demanded in {city} after narrow result',
    ],
    ledes: [
      '[parliament local presidential] {party} won {pct:30:55} of the vote in {issue}, according to preliminary results released by {ministry} {on}.',
      'Voters in {country} went to the polls {on} in {issue}, with turnout reaching {qpct:35:75} by early evening, {ministry} said.',
      'The opposition in {country} has refused to recognise the results of {issue}, in which the ruling party was credited with {pct:55:85} of the vote {on}.',
      '[parliament local presidential] With {pct:80:99} of ballots counted, {party} was leading in {issue} with {pct:28:48}, ahead of {party2} on {pct:18:27}.',
      'More than {rn:2:9} million people voted in {issue} {on}, the highest turnout since {year:8:30}.',
      '[referendum] Voters in {country} backed the constitutional amendments by {pct:52:80} to {pct:20:48} in {issue} {on}, according to preliminary results.',
      'Observers from {ngo} said they had recorded {qn:150:2500} violations during {issue} {on}, including ballot stuffing and pressure on voters.',
    ],
    official: [
      '{L} said {on} that turnout had reached {pct:40:80}, compared with {pct:30:55} at the previous election.',
      '[parliament local presidential] {L} announced {on} that {n:3:12} candidates had been registered for {issue} and {n:2:9} rejected.',
      '{L} told reporters {on} that complaints had been filed at {qn:30:400} polling stations, fewer than in {year:3:8}.',
      'According to {L}, {qn:1:6} million ballots had been counted by the morning of {day}.',
      '{L}, who has overseen {n:3:6} national votes since {year:8:20}, said {on} that the count had been transparent.',
    ],
    officialQuotes: [
      'the election was free, fair and conducted in full accordance with the law',
      'every complaint will be examined, but the result reflects the will of the voters',
      'we had more international observers this year than ever before', 'the commission will not be pressured by street politics',
      'people voted in large numbers, and that is the best answer to our critics',
    ],
    claims: [
      'Turnout reached {pct:35:82}, {ministry} said, compared with {pct:30:75} at the previous election in {year:3:6}.',
      '[parliament local presidential] {party} won {pct:20:60} of the vote, according to preliminary results published {on}.',
      'Observers from {ngo} reported irregularities at {qn:40:900} of the {n:1000:7000} polling stations they visited.',
      '[parliament] {party} is projected to win {n:40:120} of the {n:150:460} seats in parliament.',
      '[parliament local presidential] Candidates spent {qmoney:5:80} between them on the campaign, {ngo2} estimated.',
      'Early voting, which lasted {days:3:5}, accounted for {qpct:15:40} of all ballots cast.',
      'A petition demanding a recount in {city} gathered {qn:5000:60000} signatures within {hours:24:72}.',
      'Voter turnout in {city} was the lowest since {year:10:30}, at {pct:25:45}.',
      'The electoral roll lists {qn:2:38} million eligible voters, including {qn:100000:900000} living abroad.',
      'In a poll by {think} published {on}, {pct:30:60} of respondents said they did not trust the official count.',
      '[parliament local presidential] State television gave {party} {qpct:60:90} of its political airtime during the campaign, {ngo} found.',
      'Voters abroad queued for up to {hours:2:6} in {foreign}, where {qn:5000:70000} citizens cast ballots.',
      '[parliament local] The commission disqualified {n:10:90} candidates from local races {lastMonth}.',
      'Some {rn:30:300} international observers monitored the vote, fewer than at the previous election in {year:3:6}.',
      'Invalid ballots made up {pct:3:9} of the total, up from {pct:1:2} last time.',
      '[parliament local] {party2} received {pct:8:25} of the vote, its worst result since {year:6:20}.',
      'Turnout among voters under {n:25:30} was {pct:20:45}, according to {think}.',
      '[referendum] Some {pct:52:80} of voters backed the amendments, which would extend the presidential term to {years:6:7}.',
      '[referendum] The amendments need the support of at least {pct:33:50} of registered voters to pass.',
      'The commission printed {qn:100000:900000} more ballots than there were registered voters, {ngo} said.',
    ],
    actorClaims: [
      'According to {A}, {qpct:10:40} of observers were denied access to the count in {region}.',
      '{A} estimated that turnout among voters under {n:25:30} fell to {pct:20:40}.',
      'According to {A}, at least {n:10:90} polling stations in {city} closed their doors early {on}.',
      '{A} said complaints had been filed at {qn:20:300} polling stations in {region} alone.',
    ],
    roleClaims: {
      'a candidate for {party} in {city}': [
        '{A} said {A.he} had been barred from {n:3:20} debates on state television.',
        '{A} said {A.his} campaign had collected {qn:10000:150000} signatures in {weeks:2:6}.',
      ],
      'a member of a polling station commission in {city}': [
        '{A} said {A.he} had counted {qn:20:300} more ballots than registered voters at {A.his} polling station in {city}.',
      ],
      'a campaign manager for {party}': ['{A} said the campaign had spent {qmoney:0.1:3} on advertising that state television refused to air.'],
    },
    background: [
      '[parliament] At the previous election, in {year:3:6}, {party2} won {pct:20:45} and formed a coalition with {n:2:4} smaller parties.',
      'No party has won an outright majority in {country} since {year:10:30}.',
      'In {year:4:12}, a disputed count in {capital} led to {weeks:2:8} of protests and the resignation of the commission chair.',
      'The ruling coalition has governed {country} for {qyears:6:20}.',
    ],
    closing: [
      'Final results are expected {future}.', '[parliament local presidential] {party2} said it would challenge the result in {court}.',
      '[presidential local] A runoff, if needed, would be held {future}.', '[parliament] The new parliament is due to convene {future}.',
    ],
    quotes: [
      'people were bussed to the polling stations and told how to vote',
      'we saw the same faces voting again and again at different stations',
      'the count in {city} simply does not match what our observers saw',
      'this result shows that voters want change, not more of the same',
      'we accept the numbers, but we do not accept the way the campaign was run', 'young people stayed home because nobody spoke to them',
      '[parliament local presidential] the opposition has to stop fighting itself if it wants to win',
      'state television behaved like a campaign office for the ruling party',
      'nobody believes that turnout figure, not even the people who announced it',
      'we will go to court over every polling station where the count was stopped',
      'voters in {region} punished the government for the state of the economy',
      'I have counted votes for years and I have never seen anything like this', 'the real story is how many people did not vote at all',
    ],
    captions: [
      'A woman casts her ballot at a polling station in {capital} on {day}.', 'Election officials count ballots in {city}.',
      'Supporters of the opposition wait for results in {capital}.',
    ],
  },
  {
    id: 'energy',
    kind: 'problem',
    section: 'Business',
    events: ['the price rises', 'the energy crisis', 'the gas dispute'],
    issues: [
      'soaring gas prices|gas prices', 'the new energy price cap|the price cap', 'a dispute over gas transit fees|the transit dispute', 'the closure of coal mines|the mine closures',
      'the privatisation of the state power company|the privatisation', 'rising electricity bills|higher bills', "the government's plan to raise fuel taxes|the fuel tax plan",
      'a shortage of heating fuel|the fuel shortage',
    ],
    leadTitles: ['Energy Minister', 'Economy Minister', 'Finance Minister', 'Deputy Prime Minister'],
    ministry: 'Energy Ministry',
    agency: 'Statistics',
    ngoFields: ['Energy Policy', 'Consumer Rights', 'Economic Research', 'Fiscal Transparency'],
    fields: ['Energy', 'Economic', 'Fiscal', 'Industrial'],
    professions: ['Energy Consumers', 'Small Businesses', 'Economists'],
    discipline: 'economics',
    subject: 'energy markets',
    industries: ['Energy', 'Gas', 'Power', 'Oil', 'Grid'],
    localRoles: [
      'an economist at {think}', 'the owner of a bakery in {city}', 'a pensioner in {city}', 'a spokesperson for {company}',
      'an energy analyst at {think}', 'the head of {ngo}', 'a factory manager in {region}', 'a trader at a brokerage in {capital}',
      'a researcher at {uni}', 'a board member of {company}',
    ],
    headlines: [
      'Gas prices in {country} hit record as winter nears', '{demonym} households brace for higher energy bills',
      'Government in {capital} unveils emergency energy package', 'Inflation in {country} climbs as fuel costs soar',
      'Factories in {region} cut output over power costs', 'Energy deal with {foreign} faces scrutiny',
    ],
    ledes: [
      '{demonym} wholesale gas prices rose {qpct:15:80} {on}, the highest level since {year:5:25}, amid {issue}.',
      'The government in {capital} announced a support package worth {money:300:9000} {on} to shield households from {issue}.',
      'Annual inflation in {country} accelerated to {pct:6:24} {lastMonth}, driven by {issue}, {agency} said {on}.',
      '{company} said {on} it would raise electricity prices for households by {pct:8:45} from next month, citing {issue}.',
      'Energy bills for a typical household in {country} have risen by {qmoney:0.0002:0.0012} a year since {lastMonth}, according to {ngo}.',
    ],
    official: [
      '{L} said {on} that the state would spend {qmoney:200:6000} on subsidies over the next {months:6:24}.',
      '{L} told parliament {on} that gas reserves were {pct:40:95} full, enough for {weeks:6:20} of normal consumption.',
      '{L} said {on} that the budget deficit would reach {pct:2:9} of GDP this year, up from {pct:1:2} in {year:1:3}.',
      '{L}, a former banker who took office {lastMonth}, said {on} that electricity tariffs would be frozen for {months:3:12}.',
      '{L} announced {on} that {qn:50:400} state companies would be required to cut energy use by {pct:5:20}.',
    ],
    officialQuotes: [
      'we will not allow families to choose between heating and eating this winter',
      'the support package is generous, but it cannot last forever', 'our reserves are sufficient, and there is no reason for panic',
      'prices are set by the market, and the market is under enormous pressure', 'every cent of this money will be accounted for',
    ],
    claims: [
      'Wholesale electricity prices averaged {money:0.00005:0.0004} per megawatt hour {lastMonth}, {agency} said.',
      'The state budget will spend {qmoney:100:8000} on energy subsidies this year, up from {money:50:99} in {year:1:3}.',
      '{company} reported a net profit of {money:40:3000} for the first half of the year, a rise of {pct:10:300}.',
      'Gas storage facilities in {country} were {pct:30:95} full as of {day}, according to {agency}.',
      'Industrial output in {region} fell by {pct:2:18} in the first quarter, the steepest drop since {year:4:20}.',
      'Around {pct:8:35} of households in {country} are behind on their utility bills, {ngo} estimated.',
      'The central bank raised its main interest rate to {pct:5:25} {on}, the {ord:2:6} increase this year.',
      'Unemployment in {city} rose to {pct:4:16} {lastMonth}, according to {agency}.',
      'Imports of gas from {foreign} fell by {qpct:20:70} over the past {months:3:12}.',
      'The new pipeline, which cost {qmoney:400:6000} to build, can carry {n:5:30} billion cubic metres of gas a year.',
      'Petrol prices have risen for {weeks:3:15} in a row, reaching a record {money:0.0000012:0.0000025} a litre.',
      'Some {rn:40:400} small businesses in {city} have closed since {lastMonth}, according to {ngo2}.',
      'The currency has lost {pct:8:40} of its value against the dollar since {lastMonth}.',
      '{company} employs {qn:2000:45000} people and supplies {pct:10:60} of the electricity used in {country}.',
      'Foreign investment fell to {money:200:5000} in {year:1:2}, the lowest level since {year:6:20}.',
      'Household electricity tariffs have risen by {pct:15:90} since {lastMonth}, {agency} said.',
      'The government has capped gas prices for {qn:200000:4000000} households until the end of the year.',
      "Coal-fired plants supplied {pct:20:60} of the country's power in the first half of the year.",
      '{company} plans to invest {money:200:5000} in new capacity over the next {years:3:10}.',
      "Heating costs now take up {pct:8:25} of the average pensioner's income in {region}, {ngo} estimated.",
    ],
    actorClaims: [
      'According to {A}, the subsidies will cost the budget at least {money:300:5000} by the end of next year.',
      '{A} estimated that {qn:20000:200000} jobs in {region} depend on energy-intensive industry.',
      '{A}, who has followed the energy market for {years:10:30}, expects prices to stay high for at least {months:6:24}.',
      'According to {A}, gas prices would have to fall by {pct:30:60} to return to their level of {year:2:4}.',
    ],
    roleClaims: {
      'the owner of a bakery in {city}': [
        '{A} said {A.his} monthly gas bill had risen from {money:0.00004:0.00009} to {money:0.00012:0.0003} since {lastMonth}.',
      ],
      'a pensioner in {city}': ['{A} said {A.he} now spends {pct:20:45} of {A.his} pension on heating and electricity.'],
      'a factory manager in {region}': ['{A} said {A.his} company had cut production by {pct:10:50} and put {qn:50:900} workers on short time.'],
    },
    background: [
      'In {year:2:10}, a similar price shock pushed inflation in {country} to {pct:10:30} and brought down the government.',
      '{country} imported {qpct:30:90} of its gas from {foreign} until {year:1:6}.',
      'The state power company was last partly privatised in {year:6:25}, when a {pct:10:49} stake was sold for {money:200:3000}.',
      'Energy prices in {country} were among the lowest in Europe for {qyears:10:25}, thanks to long-term supply contracts.',
    ],
    closing: [
      'Parliament is due to vote on the support package {future}.', 'The central bank will next review interest rates {future}.',
      '{company} declined to comment.', 'New tariffs are scheduled to take effect {future}.',
    ],
    quotes: [
      'nobody can run a business when the energy bill doubles every few months',
      'the subsidies help people today, but they are storing up a problem for tomorrow',
      'we are paying for years of bad decisions about where our gas comes from',
      'pensioners in {city} are turning off the heating and sitting in their coats',
      'the market will calm down eventually, but not before a lot of small firms go under',
      'we have told the ministry for years that the grid needs investment',
      'I keep the lights off in the evening now, and I am not the only one',
      'the price cap is a political decision dressed up as an economic one',
      'energy security is now national security, and the budget has to reflect that',
      'our customers understand that we did not create this crisis',
      'if prices stay at this level, whole industries in {region} will disappear',
      'the government is treating the symptoms and ignoring the disease', 'what worries me is not this winter but the one after it',
    ],
    captions: [
      'A worker checks equipment at a gas compressor station near {city}.', 'Customers queue at a petrol station in {capital} on {day}.',
      'Power lines outside {city}.',
    ],
  },
  {
    id: 'courts',
    kind: 'case',
    section: 'Law',
    events: ['the trial', 'the case', 'the hearings'],
    issues: [
      'the trial of a former defence minister|the trial', 'a high-profile corruption case|the case', 'the prosecution of an opposition leader|the prosecution',
      'a treason case against a prominent journalist|the treason case', "the trial of the organisers of last year's protests|the trial",
      'a bribery case involving a state energy company|the bribery case', 'an appeal by a jailed human rights defender|the appeal',
      'the case against a former central bank governor|the case',
    ],
    leadTitles: ['Justice Minister', 'Prosecutor General', 'Deputy Prosecutor General', 'Chief Justice'],
    ministry: 'Justice Ministry',
    agency: 'Anti-Corruption',
    ngoFields: ['Judicial Independence', 'Legal Aid', 'Rule of Law', 'Human Rights', 'Anti-Corruption Research'],
    fields: ['Legal', 'Constitutional', 'Criminal Justice', 'Governance'],
    professions: ['Defence Lawyers', 'Judges', 'Legal Scholars'],
    discipline: 'law',
    subject: 'judicial reform',
    industries: ['Holdings', 'Capital'],
    localRoles: [
      'a defence lawyer in {capital}', 'a former judge of {court}', 'a lawyer for the defendant', 'a legal analyst at {think}',
      'a court reporter who has followed the case since it opened', "the defendant's sister", 'a law professor at {uni}',
      'the head of {ngo}', 'a prosecutor in {city}', 'a trial monitor with {ngo2}',
    ],
    headlines: [
      'Verdict due in {capital} corruption trial', 'Court in {city} jails former official',
      'Defence says trial in {country} is politically motivated', 'Prosecutors seek long sentence in {demonym} treason case',
      'Appeal rejected as {demonym} court upholds sentence', 'Closed hearings raise concerns over justice in {country}',
    ],
    ledes: [
      'A court in {capital} handed down a sentence of {years:4:15} in prison {on} in {issue}, a verdict the defence said it would appeal.',
      'Prosecutors in {country} asked for a sentence of {years:6:25} {on} in {issue}, which has divided opinion in {capital}.',
      '{court} opened {issue} {on}, with the defendant accused of taking bribes worth {qmoney:1:60}.',
      'The judge in {issue} ordered the hearings to be held behind closed doors {on}, after prosecutors cited {qn:12:90} classified documents.',
      'A {demonym} appeals court upheld a {n:3:12}-year prison sentence {on} in {issue}, ending what the defence called the last legal option at home.',
    ],
    official: [
      '{L} said {on} that the prosecution had gathered {qn:60:400} volumes of evidence.',
      '{L} told reporters {on} that {qn:10:90} witnesses would testify in the case.',
      '{L} said {on} that the state had recovered {qmoney:2:200} in stolen assets since {year:2:6}.',
      '{L}, who was appointed {lastMonth}, said {on} that courts had received {qpct:10:40} more corruption cases than a year earlier.',
      '{L} announced {on} that charges had been brought against {n:3:14} former officials.',
    ],
    officialQuotes: [
      'the court is independent, and the evidence speaks for itself', 'nobody is above the law, whatever position they once held',
      'this case is about money stolen from ordinary taxpayers', 'the defence has had every opportunity to present its arguments',
      'the hearings were closed to protect witnesses, not to hide anything',
    ],
    claims: [
      'The trial has lasted {months:3:20}, with {qn:40:160} hearings held so far.',
      'Prosecutors say the defendant received {qmoney:0.5:40} in kickbacks between {year:6:12} and {year:2:5}.',
      'The case file runs to {qn:40:300} volumes, according to {ngo}.',
      'The defendant, {age:38:74}, has been held in pre-trial detention for {months:4:24}.',
      '{ngo} said {qpct:60:99} of criminal trials in {country} ended in a conviction last year.',
      '{court} has rejected {qn:10:90} defence motions since the trial opened {lastMonth}.',
      'Bail was set at {money:0.05:5}, which the defence said was the highest ever demanded in {country}.',
      'The maximum penalty for the charges is {years:10:25} in prison.',
      'Only {n:10:40} seats were made available to the public in a courtroom that holds {n:80:200}.',
      'Assets worth {qmoney:2:300} have been frozen in {country} and {foreign}, prosecutors said {on}.',
      'According to {think}, {qn:50:1200} people are serving sentences in cases that rights groups consider political.',
      'The number of treason cases opened in {country} rose to {n:20:200} last year, a record.',
      'The judge has heard from {n:20:140} witnesses since the trial opened {lastMonth}.',
      'Defence lawyers filed {qn:5:40} complaints about the conduct of the hearings {lastMonth}.',
      'Prosecutors have brought {qn:30:400} similar cases in {country} since {year:2:6}.',
      'The defendant faces {n:3:9} charges, including abuse of office and money laundering.',
      'A related case in {city} ended {lastMonth} with a sentence of {years:3:10}.',
    ],
    actorClaims: [
      'According to {A}, {qn:5:40} witnesses for the defence were not allowed to testify.',
      "{A} said the prosecution's key witness had changed his testimony {n:2:5} times.",
      '{A}, who has followed the courts for {years:10:35}, said {A.he} had never seen a case move so quickly.',
      'According to {A}, the court sat for {hours:6:14} on some days {lastMonth}.',
    ],
    roleClaims: {
      'a lawyer for the defendant': [
        '{A} said {A.he} had been allowed to see the defendant for only {hours:1:6} in {months:2:8}.',
        '{A} estimated the legal costs of the defence at {qmoney:0.05:2}.',
      ],
      "the defendant's sister": ['{A} said the family had been allowed {n:2:6} visits in {months:4:18}.'],
      'a court reporter who has followed the case since it opened': ['{A} said {A.he} had attended {qn:20:120} of the hearings so far.'],
    },
    background: [
      'In {year:2:8}, a court in {city} acquitted {n:2:6} officials in a comparable bribery case, a ruling later overturned on appeal.',
      'The defendant served as deputy minister for {years:3:9} before being dismissed in {year:1:4}.',
      '{country} has been criticised by {intl} for the use of pre-trial detention in {qpct:30:80} of criminal cases.',
      'Judges in {country} are appointed for terms of {years:5:12}, a system critics say leaves them open to pressure.',
    ],
    closing: [
      'The verdict is expected {future}.', 'The defence has {days:10:30} to file an appeal.',
      'The next hearing is scheduled for {futureDay}.', '{ministry} declined to comment on the case.',
    ],
    quotes: [
      'the verdict was written long before the trial began', 'my client has been punished for his opinions, not for any crime',
      'the prosecution has not produced a single document that proves a bribe', 'in this courtroom the defence is a formality',
      'the judge did not even look up when the sentence was read', 'this case shows that corruption reaches the very top of the state',
      'we will appeal this verdict wherever we can, at home or abroad',
      'the family was not allowed to hand him warm clothes or letters', 'nobody in {capital} believes this trial is about money',
      'the law is being used as a weapon against people the government dislikes',
      'witnesses were clearly reading from prepared statements', 'the public deserves to see how this case is decided',
    ],
    captions: [
      'The defendant stands in a glass cage at a court in {capital} on {day}.', 'Lawyers leave the court building in {city}.',
      'Supporters wait outside the courthouse in {capital}.',
    ],
  },
  {
    id: 'migration',
    kind: 'problem',
    section: 'Europe',
    events: ['the crossings', 'the arrivals', 'the border crisis'],
    issues: [
      'the surge in arrivals at the border with {foreign}|the arrivals', 'the new asylum law|the asylum law', 'a plan to build a fence along the border|the fence plan',
      'the deportation of rejected asylum seekers|the deportations', 'overcrowding in reception centres|the overcrowding', 'the treatment of migrants at the border|the pushbacks',
      'a shortage of workers in farming and construction|the labour shortage',
    ],
    leadTitles: ['Interior Minister', 'Migration Minister', 'Border Guard Chief', 'Deputy Interior Minister'],
    ministry: 'Interior Ministry',
    agency: 'Migration',
    ngoFields: ['Refugee Rights', 'Migrant Support', 'Humanitarian Aid', 'Asylum Law'],
    fields: ['Migration', 'Demographic', 'Border', 'Humanitarian'],
    professions: ['Asylum Lawyers', 'Social Workers', 'Seasonal Workers'],
    discipline: 'sociology',
    subject: 'migration and asylum policy',
    industries: ['Logistics', 'Agro'],
    localRoles: [
      'a volunteer at a reception centre in {city}', 'an asylum lawyer in {capital}', 'a border guard in {region}',
      'a coordinator at {ngo}', 'a farmer near {city} who employs seasonal workers', 'the mayor of a border town in {region}',
      'a doctor with {ngo2}', 'a migration researcher at {uni}', 'a teacher who runs language classes for refugees in {city}',
      'a spokesperson for {agency}',
    ],
    headlines: [
      'Arrivals at {demonym} border climb as winter approaches', '{country} tightens asylum rules',
      'Reception centres in {city} near capacity', 'Border town in {region} struggles with new arrivals',
      '{demonym} farms look abroad as labour shortage bites', 'Rights groups criticise pushbacks at {demonym} border',
    ],
    ledes: [
      'Border guards in {country} recorded {qn:800:12000} attempts to cross the frontier illegally {lastMonth}, {agency} said {on}, amid {issue}.',
      'In the first {months:3:9} of the year, {qn:1500:20000} people applied for asylum in {country}, {agency} said {on}, a rise of {pct:15:120} on the same period last year.',
      'Reception centres in {city} are housing {qn:800:6000} people in facilities built for {n:300:700}, {ngo} said {on}.',
      'The government in {capital} said {on} it would spend {qmoney:20:900} on border security over the next {years:2:5}, amid {issue}.',
    ],
    official: [
      '{L} said {on} that {qn:200:4000} people had been returned to their countries of origin since {lastMonth}.',
      '{L} told lawmakers {on} that the asylum backlog stood at {qn:5000:90000} cases.',
      '{L} said {on} that {qn:300:3000} additional border guards would be deployed to {region}.',
      '{L}, who has held the post for {years:1:8}, said {on} that the average asylum decision now took {months:3:18}.',
      'According to {L}, {pct:20:70} of asylum applications were rejected last year.',
    ],
    officialQuotes: [
      'we have a duty to protect our borders and a duty to treat people humanely, and we will do both',
      'the smugglers are the ones putting lives at risk, not the border guards',
      'those who have no right to stay will be returned quickly', 'our reception system was never designed for numbers like these',
      'we need a common European answer, not a patchwork of national measures',
    ],
    claims: [
      '{agency} registered {qn:2000:40000} asylum applications last year, up from {n:1000:1900} in {year:2:4}.',
      'At least {n:5:60} people have died trying to cross the border since {lastMonth}, according to {ngo}.',
      'The new fence along the border with {foreign} will stretch {km:40:400} and cost {qmoney:50:800}.',
      'Around {pct:20:60} of the people arriving in {region} are women and children, {ngo2} said.',
      'Seasonal workers from abroad make up {qpct:10:45} of the farm workforce in {region}.',
      'The average wait for an asylum decision is {months:4:22}, according to {think}.',
      'Some {rn:300:5000} migrants were sleeping rough in {city} as of {day}, {ngo} estimated.',
      'Deportations rose by {pct:10:90} in the first half of the year, the highest figure since {year:4:15}.',
      '{country} issued {qn:20000:300000} work permits to foreign nationals last year.',
      'The government has set aside {qmoney:20:600} to build {n:3:15} new reception centres.',
      'Rescue teams found {n:12:140} people in the forest near the border {on}, including {n:2:11} children.',
      'The number of unaccompanied minors arriving in {region} rose to {qn:100:2000} last year.',
      'Border guards said they had turned back {qn:500:9000} people at the frontier with {foreign} since {lastMonth}.',
      'Asylum seekers in {country} receive an allowance of {money:0.00005:0.0004} a month.',
      'Only {pct:10:40} of rejected asylum seekers were actually deported last year, {think} found.',
      'Reception centres in {region} had {qn:100:900} free places left as of {day}.',
    ],
    actorClaims: [
      '{A} estimated that {qn:100:2000} people were living in makeshift camps near {city}.',
      'According to {A}, at least {n:20:300} people crossed near {city} in a single night {lastMonth}.',
      '{A} said the number of families arriving in {region} had doubled since {lastMonth}.',
      'According to {A}, {qpct:20:60} of new arrivals in {region} are children.',
    ],
    roleClaims: {
      'a volunteer at a reception centre in {city}': ['{A} said the centre had taken in {qn:200:2000} people {lastMonth} alone.'],
      'an asylum lawyer in {capital}': [
        'According to {A}, {qpct:20:70} of the people {A.he} represents have been waiting for a decision for more than a year.',
      ],
      'a farmer near {city} who employs seasonal workers': [
        '{A} said {A.he} needed {n:20:300} more workers for the harvest but had been able to hire only {n:2:19}.',
      ],
      'a coordinator at {ngo}': ['{A} said {A.his} organisation had handed out {qn:2000:40000} meals at the border since {lastMonth}.'],
    },
    background: [
      'In {year:4:9}, {country} received {qn:5000:200000} asylum applications, a figure it has not reached since.',
      '{country} has been a transit country for migrants heading west for {qyears:10:30}.',
      'The border with {foreign} was fortified after {year:2:8}, when {qn:3000:30000} people crossed in a single month.',
      'The asylum law was last overhauled in {year:3:12}.',
    ],
    closing: [
      'The new rules are due to take effect {future}.', 'European interior ministers will discuss the situation {future}.',
      '{agency} did not respond to a request for comment.', 'A court ruling on the legality of pushbacks is expected {future}.',
    ],
    quotes: [
      'these people are not numbers, they are families who have lost everything', 'we are doing the job the state should be doing',
      'the forest is freezing at night, and people are arriving with hypothermia',
      'without foreign workers, the fruit would simply rot in the fields', 'nobody leaves home like this unless they have no choice',
      'the town has been generous, but people are tired and the schools are full',
      'the law says every person has the right to apply for asylum, and that right is being ignored',
      'smugglers charge thousands for a place in the back of a truck', 'the children I teach have seen things no child should see',
      'the reception centre in {city} is full, and there is nowhere else to send people',
      'we cannot build a wall high enough to stop people who are desperate',
      'most of the people we see want to work, not to live on benefits',
    ],
    captions: [
      'Migrants wait at a border crossing near {city} on {day}.', 'Volunteers hand out food at a reception centre in {city}.',
      'Border guards patrol a fence in {region}.',
    ],
  },
  {
    id: 'health',
    kind: 'problem',
    section: 'Health',
    events: ['[outbreak] the outbreak', 'the health crisis', '[staff hospitals] the staff shortage'],
    issues: [
      '[outbreak] a measles outbreak|the outbreak', '[staff] the shortage of hospital doctors|the staff shortage', '[hospitals] the planned closure of rural hospitals|the closures',
      '[waits] long waiting lists for surgery|the waiting lists', '[medicines] a shortage of essential medicines|the medicine shortage', '[outbreak] a surge in flu cases|the flu wave',
      'the reform of the health insurance system|the insurance reform',
    ],
    leadTitles: ['Health Minister', 'Deputy Health Minister', 'Chief Sanitary Doctor', 'Chief Medical Officer'],
    ministry: 'Health Ministry',
    agency: 'Public Health',
    ngoFields: ["Patients' Rights", 'Public Health', 'Health Policy', 'Medical Aid'],
    fields: ['Health', 'Epidemiological', 'Medical', 'Social Policy'],
    professions: ['Nurses', 'Family Doctors', 'Pharmacists'],
    discipline: 'public health',
    subject: 'health systems',
    industries: ['Pharma', 'Medical'],
    localRoles: [
      'a nurse at {hospital}', 'an epidemiologist at {uni}', 'a paediatrician in {city}',
      'the head of the intensive care unit at {hospital}', 'a pharmacist in {city}', 'a spokesperson for {ngo}',
      'a family doctor in a village near {city}', '[waits] a patient who waited months for surgery', 'a health economist at {think}',
      'a union representative for hospital staff in {region}',
    ],
    headlines: [
      '[staff hospitals] Hospitals in {region} struggle as staff leave', '[outbreak] Measles cases climb in {country}',
      '[waits] Patients in {city} face long waits for surgery', '[medicines] {demonym} pharmacies run short of basic medicines',
      'Doctors warn of strain on {demonym} health service', 'Government in {capital} promises health overhaul',
    ],
    ledes: [
      '[outbreak] Health officials in {country} reported {qn:300:6000} new cases of measles {lastMonth}, the highest monthly total since {year:5:25}, {agency} said {on}.',
      '[staff hospitals] Hospitals in {region} have lost {qn:200:3000} doctors and nurses over the past {years:2:5}, {ngo} said {on}, amid {issue}.',
      '[waits] Patients in {country} now wait an average of {months:4:20} for routine surgery, according to figures published by {ministry} {on}.',
      '[medicines] Pharmacies in {city} ran out of {qn:20:150} essential medicines {lastMonth}, {ngo} said {on}, amid {issue}.',
      'The government in {capital} pledged {qmoney:100:3000} {on} to tackle {issue}, after months of pressure from doctors.',
    ],
    official: [
      '{L} said {on} that {qn:500:5000} new medical graduates would be sent to rural hospitals over the next {years:2:5}.',
      '[outbreak] {L} told parliament {on} that vaccination rates among children had fallen to {pct:70:92}.',
      '[waits] {L} said {on} that waiting times had fallen by {pct:5:25} since {lastMonth}.',
      '{L}, a surgeon who worked in {city} for {years:10:30} before entering politics, said {on} that salaries for nurses would rise by {pct:8:30}.',
      '[hospitals] {L} announced {on} that {n:6:40} rural hospitals would be merged into regional centres.',
    ],
    officialQuotes: [
      '[hospitals] no hospital will close without an alternative being in place',
      '[outbreak] vaccines are safe, and they are the only real protection we have',
      'we inherited a system that had been underfunded for decades', "the salaries of nurses are a priority in next year's budget",
      'I understand the frustration of patients, and I share it',
    ],
    claims: [
      '[outbreak] {ministry} recorded {qn:3000:60000} flu cases in the week to {day}.',
      '[outbreak] Vaccination coverage for measles in {region} stands at {pct:65:90}, well below the {pct:93:95} needed to stop outbreaks.',
      '{hospital} is operating with {qpct:20:45} fewer nurses than it had in {year:3:8}.',
      'Health spending in {country} amounts to {pct:4:9} of GDP, according to {intl}.',
      '[waits] Some {rn:10000:150000} patients are on waiting lists for hip and knee operations.',
      'Nurses in {country} earn an average of {money:0.0006:0.0025} a month, {ngo} said.',
      '[outbreak] At least {n:2:40} people have died in the outbreak since {lastMonth}, most of them unvaccinated children.',
      'The average age of family doctors in {region} is {age:52:61}, according to {think}.',
      '[staff] Last year {qn:40:400} doctors left {country} to work abroad, a record.',
      'The new hospital in {city}, which cost {qmoney:40:400}, has {n:200:900} beds.',
      'Emergency departments in {capital} treated {qn:1000:9000} patients in a single week {lastMonth}.',
      '[medicines] Drug imports from {foreign} fell by {pct:10:60} after new licensing rules came into force.',
      'Some {rn:200:2000} nursing posts are vacant in {region}, {ngo} said.',
      'The average wait for an ambulance in rural parts of {region} is {n:25:70} minutes.',
      '[medicines] Prices of common medicines have risen by {pct:10:60} since {lastMonth}, according to {agency}.',
      'Last winter {qn:500:8000} patients were treated in hospital corridors, {ngo2} estimated.',
      'The ministry has budgeted {qmoney:20:500} for new medical equipment this year.',
    ],
    actorClaims: [
      '[outbreak] {A} estimated that {qn:5000:60000} children in {region} had missed at least one vaccination.',
      'According to {A}, waiting times in {region} have grown by {pct:10:60} since {year:1:3}.',
      'According to {A}, {qn:20:200} doctors have left hospitals in {region} since {lastMonth}.',
      '{A} said the nearest emergency department for many villages near {city} is now {km:30:120} away.',
    ],
    roleClaims: {
      'a nurse at {hospital}': ['{A} said {A.his} ward had {n:8:20} nurses for {n:40:90} patients on a typical night.'],
      'the head of the intensive care unit at {hospital}': [
        'According to {A}, {qpct:20:60} of the doctors in {A.his} department are over retirement age.',
      ],
      'a patient who waited months for surgery': ['{A} said {A.he} had waited {months:6:24} for an operation on {A.his} knee.'],
      'a paediatrician in {city}': ['[outbreak] {A} said {A.he} had seen {n:5:40} children with measles in {weeks:2:6}.'],
    },
    background: [
      '[outbreak] In {year:4:12}, a similar outbreak in {region} infected {qn:500:5000} people.',
      'The health system was last reformed in {year:5:20}, when {n:30:200} hospitals were closed or merged.',
      '{country} has lost {qpct:10:30} of its doctors to emigration over the past {years:10:20}, according to {intl}.',
      'Hospital budgets were frozen for {years:2:5} after the financial crisis of {year:12:16}.',
    ],
    closing: [
      '[hospitals] The ministry is due to publish its plan for rural hospitals {future}.', '{ngo} has called for a meeting with the minister {future}.',
      '{hospital} did not respond to a request for comment.', '[outbreak] A vaccination campaign in {region} is set to begin {future}.',
    ],
    quotes: [
      'we are working double shifts because there is simply nobody else',
      '[outbreak] parents are scared, and misinformation spreads faster than the virus',
      'the young doctors we train leave for abroad as soon as they can',
      'patients are sleeping in the corridors, and that is not an exaggeration',
      'nobody becomes a nurse for the money, but people have to pay their rent',
      '[hospitals] the closure of the hospital in {city} means a long drive for anyone having a heart attack',
      '[medicines] we have had no insulin on the shelves for weeks', '[outbreak] this outbreak was completely preventable',
      '[waits] I waited so long for surgery that I lost my job', 'the ministry talks about reform, but on the ward nothing changes',
      'every winter we say the system cannot take any more, and every winter it gets worse',
      '[outbreak] vaccination is not a political question, it is a medical one',
    ],
    captions: [
      '[outbreak] A nurse prepares a vaccine at a clinic in {city} on {day}.', 'Patients wait in a corridor at a hospital in {capital}.',
      'An ambulance outside the emergency department in {city}.',
    ],
  },
  {
    id: 'transport',
    kind: 'problem',
    section: 'Transport',
    events: ['the strike', 'the walkout', 'the industrial action'],
    issues: [
      'a dispute over pay and working hours|the pay dispute', 'plans to privatise the national railway|the privatisation plans', 'cuts to regional bus services|the bus cuts',
      'the closure of ticket offices|the closures', 'a new pension rule for train drivers|the pension rule', 'a row over staffing on night trains|the staffing row',
    ],
    leadTitles: ['Transport Minister', 'Labour Minister', 'Infrastructure Minister', 'Deputy Transport Minister'],
    ministry: 'Transport Ministry',
    agency: 'Transport',
    ngoFields: ["Passengers' Rights", 'Transport Policy', 'Labour Rights'],
    fields: ['Transport', 'Labour', 'Urban', 'Economic'],
    professions: ['Train Drivers', 'Rail Workers', 'Air Traffic Controllers', 'Bus Drivers'],
    discipline: 'economics',
    subject: 'transport policy',
    industries: ['Rail', 'Railways', 'Transit', 'Rail Cargo'],
    localRoles: [
      'a train driver from {city}', 'a commuter who travels daily from {city} to {capital}', 'a spokesperson for {company}',
      'a shop steward at {union}', 'the general secretary of {union}', 'a transport economist at {think}', 'a bus driver in {city}',
      'a labour lawyer in {capital}', 'a nurse who could not get to work in {city}', 'the owner of a logistics firm in {region}',
    ],
    headlines: [
      'Rail strike brings {country} to a standstill', 'Commuters in {capital} face another day of disruption',
      'Transport workers in {country} walk out over pay', 'Talks collapse as {demonym} rail strike enters second week',
      'Bus drivers in {city} join strike', 'Strike costs {demonym} economy millions, business groups say',
    ],
    ledes: [
      'Train drivers across {country} walked out {on} in {issue}, cancelling {qpct:60:95} of services and leaving commuters in {capital} stranded.',
      'A strike by {qn:5000:60000} transport workers halted buses and trains in {capital} and {city} {on}, the {ord:2:6} walkout this year.',
      '{union} said {on} its members would strike for {days:2:7} from next week in {issue}.',
      'Airports in {country} cancelled {qn:100:1200} flights {on} as the strike over {issue} spread to ground staff.',
      'Rail services between {capital} and {city} were suspended for {hours:12:72} {on}, as a strike over {issue} entered its {ord:2:5} week.',
    ],
    official: [
      '{L} said {on} that the strike was costing the economy {qmoney:5:120} a day.',
      '{L} offered the unions a pay rise of {pct:3:9} {on}, below the {pct:10:20} they have demanded.',
      '{L} told reporters {on} that {qpct:30:70} of trains would run under a minimum service law.',
      '{L}, who has been in the post for {months:4:30}, said {on} that talks would resume within {days:2:10}.',
      '{L} said {on} that {qmoney:200:4000} would be invested in the rail network over the next {years:3:10}.',
    ],
    officialQuotes: [
      'the door to negotiations remains open, but the demands have to be realistic',
      'commuters should not be held hostage to a dispute about pensions', 'we have made a fair offer, and the unions know it',
      'the railways need investment, not another strike', 'the law on minimum services exists for exactly this situation',
    ],
    claims: [
      '{company} said it had cancelled {qn:800:6000} trains since the strike began {on}.',
      'About {pct:40:90} of train drivers voted in favour of the strike, on a turnout of {pct:55:85}, {union} said.',
      'The average train driver in {country} earns {money:0.0015:0.004} a month before tax, according to {union}.',
      'Business groups estimate the walkout has cost retailers in {capital} {qmoney:10:300}.',
      '{union} represents {qn:8000:90000} workers across {country}.',
      'Passenger numbers on regional lines in {region} have fallen by {pct:10:40} since {year:2:6}.',
      '{company} carried {qn:40:300} million passengers last year and employs {qn:8000:70000} people.',
      'Road traffic into {capital} rose by {pct:15:60} during the strike, with queues of up to {km:5:40} on the ring road.',
      'The dispute has now lasted {months:2:9}, the longest in the sector since {year:8:30}.',
      'Fares have risen by {pct:10:45} over the past {years:2:5}, according to {ngo}.',
      'The strike is the {ord:2:6} this year and the largest since {year:5:20}.',
      'Ticket sales at {company} fell by {pct:20:70} in the week of the strike.',
      'Some {rn:200:2000} freight trains are stuck in depots across {country}, according to {company}.',
      "Overtime accounts for {pct:15:40} of the average driver's pay, {union} said.",
      'Rail freight volumes in {region} have fallen by {pct:10:35} since {year:2:5}.',
      'Commuters in {capital} made {qn:200000:2000000} fewer journeys by train during the strike, {agency} estimated.',
    ],
    actorClaims: [
      'According to {A}, drivers have worked up to {n:50:70} hours a week since staffing was cut.',
      '{A} estimated that {qn:20000:200000} commuters were affected every day.',
      'According to {A}, {qpct:30:80} of the trains between {capital} and {city} were cancelled {on}.',
      '{A} said the unions had made {n:3:9} offers to the management since {lastMonth}.',
    ],
    roleClaims: {
      'a train driver from {city}': [
        '{A} said {A.he} had driven trains for {years:8:30} and that {A.his} pay had not kept up with inflation for {years:3:8}.',
      ],
      'a commuter who travels daily from {city} to {capital}': [
        '{A} said {A.his} journey to work, which normally takes {n:30:55} minutes, had taken more than {hours:2:4}.',
      ],
      'the owner of a logistics firm in {region}': ['{A} said {A.his} firm had lost {qmoney:0.02:0.6} in orders since the strike began.'],
      'a bus driver in {city}': ['{A} said {A.he} had worked up to {n:50:70} hours a week since staffing was cut.'],
    },
    background: [
      'The last national rail strike, in {year:3:12}, lasted {days:3:21} and ended with a pay rise of {pct:4:12}.',
      'The railway was partly privatised in {year:5:20}, when {company} took over {qpct:20:60} of passenger services.',
      'Minimum service rules were introduced in {year:2:6} after a {n:5:30}-day walkout by bus drivers.',
      'Staff numbers on the railways have fallen by {qpct:10:35} since {year:8:20}.',
    ],
    closing: [
      'Talks between the unions and {company} are due to resume {future}.', 'A further strike has been called for {futureDay}.',
      '{company} advised passengers to check timetables before travelling.', 'The unions will ballot members on the latest offer {future}.',
    ],
    quotes: [
      'nobody wants to strike, but we have been pushed to the edge',
      'I have been driving trains for most of my life and I have never felt so undervalued',
      'commuters are the ones paying the price for this dispute',
      'the company says there is no money, but the managers keep getting bonuses',
      'we run the trains safely because we are rested, and that is what this is about',
      "I had to sleep at my sister's flat in {capital} to get to my shift",
      'if the government wants the trains to run, it should come to the table',
      'a minimum service law just means the strike lasts longer', 'small firms like mine cannot survive many more weeks like this',
      'the public is more patient with us than the government expected', 'this is about safety as much as it is about pay',
      'we have offered to talk every day, and every day the answer is no',
    ],
    captions: [
      'Empty platforms at the central station in {capital} on {day}.', 'Striking rail workers picket outside a depot in {city}.',
      'Commuters wait for a bus in {capital}.',
    ],
  },
  {
    id: 'environment',
    kind: 'problem',
    section: 'Environment',
    events: ['[floods] the floods', '[fires] the wildfires', '[drought] the drought', '[air spill] the pollution', '[coal logging] the controversy'],
    issues: [
      '[floods] severe flooding in {region}|the floods', '[fires] wildfires in {region}|the fires', '[drought] a prolonged drought|the drought', '[air] air pollution in {city}|the smog',
      '[spill] a chemical spill in the river near {city}|the spill', '[coal] the expansion of a coal mine in {region}|the mine expansion', '[logging] illegal logging in {region}|the logging',
    ],
    leadTitles: ['Environment Minister', 'Climate Minister', 'Emergency Situations Minister', 'Agriculture Minister'],
    ministry: 'Environment Ministry',
    agency: 'Environmental Protection',
    ngoFields: ['Environmental Law', 'Clean Air', 'River Protection', 'Climate Action', 'Forest Conservation'],
    fields: ['Climate', 'Environmental', 'Energy Transition', 'Water'],
    professions: ['Ecologists', 'Foresters', 'Organic Farmers'],
    discipline: 'environmental science',
    subject: 'climate policy',
    industries: ['Chemicals', 'Mining', 'Steel', 'Cement'],
    localRoles: [
      'a climate scientist at {uni}', '[drought floods] a farmer in {region}', '[floods] a resident of a flooded village near {city}',
      'a campaigner with {ngo}', '[fires] a volunteer firefighter in {region}', '[floods drought spill] a hydrologist at {think}', 'the deputy mayor of {city}',
      'a lawyer for {ngo2}', '[drought air] a beekeeper near {city}', 'a spokesperson for {company}',
    ],
    headlines: [
      '[floods] Floods force thousands from homes in {region}', '[fires] Wildfires rage across {region}', '[drought] Drought hits {demonym} harvest',
      '[air] Smog returns to {city}', '[coal] Coal mine expansion in {region} approved despite protests',
      '[logging] Illegal logging strips forests in {region}', '[spill] Chemical spill turns river near {city} red', 'Campaigners in {country} sue government over climate targets',
    ],
    ledes: [
      '[floods] Floodwaters forced {qn:2000:40000} people from their homes in {region} {on}, after {n:80:300} millimetres of rain fell in {hours:24:72}.',
      '[fires] Wildfires have burned {qn:5000:90000} hectares of forest in {region} since {lastMonth}, {agency} said {on}, the largest area in {years:10:30}.',
      '[air] Air pollution in {city} exceeded safe limits on {n:40:150} days last year, according to data published by {ngo} {on}.',
      '[spill] A chemical spill killed {qn:2:40} tonnes of fish in the river near {city} {lastMonth}, {agency} said {on}.',
      '[coal] The government in {capital} approved {issue} {on}, despite a petition against it signed by {qn:2000:40000} residents.',
      '[logging] Some {rn:20000:300000} cubic metres of timber were felled illegally in {region} last year, {agency} said {on}.',
      '[drought] Farmers in {region} expect to lose {qpct:20:60} of this year\'s harvest after months without rain, the agriculture ministry said {on}.',
    ],
    official: [
      '{L} said {on} that {qmoney:20:900} would be set aside to compensate people affected by {issue}.',
      '[floods fires] {L} told reporters {on} that {qn:500:5000} rescuers and {n:20:120} aircraft had been deployed.',
      '{L} said {on} that emissions had fallen by {pct:5:30} since {year:5:15}.',
      '[floods fires] {L}, who visited {city} {on}, said {qn:300:4000} homes had been damaged.',
      '[air spill] {L} announced {on} that {n:12:90} companies had been fined a total of {money:0.5:40} for breaching pollution rules.',
    ],
    officialQuotes: [
      'climate change is no longer a distant threat, it is happening in our towns',
      '[floods fires] everyone who lost a home will receive help from the state',
      '[spill] the companies responsible for this spill will pay for the clean-up', 'we are meeting our targets, whatever the campaigners say',
      'the rescue services have done extraordinary work in very difficult conditions',
    ],
    claims: [
      '[floods] The river in {city} rose {qn:2:9} metres above its normal level {on}, {agency} said.',
      '[fires] Fires have burned {qn:5000:90000} hectares of forest in {region} this year, {pct:40:300} more than the ten-year average.',
      'Average summer temperatures in {country} have risen by {deg:0.8:2.4} since {year:30:50}.',
      '[air] Concentrations of fine particles in {city} reached {n:3:12} times the limit recommended by {intl} {on}.',
      '[floods] Insurers estimate the damage from the floods at {qmoney:50:3000}.',
      '[spill] {company} was fined {money:0.2:30} for the spill, which {ngo} says was the largest in {country} since {year:5:25}.',
      'Coal still generates {qpct:15:70} of the electricity in {country}.',
      "[coal] The expansion would add {n:5:60} million tonnes of coal to the mine's output over {years:10:25}.",
      '[floods] The floods have killed {n:2:40} people, and {qn:3:60} are still missing.',
      '[drought fires] Rainfall in {region} has been {pct:30:80} below normal since {lastMonth}.',
      '[logging] Illegal logging costs {country} an estimated {money:20:600} a year, according to {ngo2}.',
      'The government aims to cut emissions by {pct:40:65} by {futureYear}.',
      '[drought] Water levels in the main reservoir near {city} have fallen to {pct:15:45} of capacity.',
      '[fires] More than {rn:200:2000} firefighters are battling the blazes in {region}, {agency} said.',
      '[spill] The clean-up of the river is expected to take {years:2:8} and cost {qmoney:10:400}.',
      '[floods fires] Emergency services evacuated {qn:300:8000} residents from villages near {city} {on}.',
      '[fires logging] Fire and logging have destroyed {pct:10:40} of the forest in {region} since {year:10:25}.',
    ],
    actorClaims: [
      '{A} estimated that repairing the damage in {region} would cost at least {money:20:500} and take {years:5:15}.',
      'According to {A}, average temperatures in {region} have risen by {deg:0.8:2.2} since {year:30:45}.',
      '[floods spill] {A} said {n:3:12} villages near {city} had been without clean water since {lastMonth}.',
      '[fires drought logging] According to {A}, {qpct:10:50} of the forest in {region} is now at high risk of fire.',
    ],
    roleClaims: {
      'a resident of a flooded village near {city}': [
        '{A} said the water had risen more than {n:2:3} metres inside {A.his} house within {hours:1:5}.',
      ],
      'a beekeeper near {city}': ['According to {A}, {qpct:20:70} of the bee colonies in {region} have died over the past {years:2:5}.'],
      'a farmer in {region}': ['{A} said {A.he} had lost {pct:30:90} of {A.his} harvest this year.'],
      'a campaigner with {ngo}': ['{A} said {A.his} team had measured pollution levels {n:4:15} times above the legal limit near {city}.'],
    },
    background: [
      '[floods] In {year:3:15}, floods in {region} killed {n:10:80} people and caused damage estimated at {money:200:5000}.',
      '{country} pledged in {year:2:8} to close its last coal plant by {futureYear}.',
      '[spill] The river has been polluted by industrial waste for {qyears:20:50}, according to {ngo}.',
      '[drought fires] The region has suffered {n:3:8} major droughts since {year:15:30}.',
    ],
    closing: [
      '[floods] More rain is forecast for {region} {future}.', 'A court in {capital} will hear the climate case brought by {ngo} {future}.',
      '[spill air coal] {company} said it was cooperating with investigators.',
      'The environment ministry is expected to publish its final damage assessment {future}.',
    ],
    quotes: [
      '[floods] we have never seen the water rise this fast', '[fires] the forest is burning, and the fire brigade has no planes',
      'this is what climate change looks like, and it will only get worse',
      'my family has farmed this land for generations, and I do not know if we can continue',
      '[spill] the company knew about the leak and said nothing', '[air] people in {city} are breathing poison every winter',
      '[coal] the government keeps approving new mines while promising to cut emissions',
      '[spill] the river was the heart of this town, and now it is dead',
      'we need money for prevention, not just for cleaning up after disasters',
      'the court is the last place left where we can hold the government to its promises',
      '[drought air] the bees are dying, and the orchards will follow', '[fires] volunteers have done more than the state to fight these fires',
    ],
    captions: ['Campaigners protest outside the ministry in {capital}.', '[floods] A flooded street in {city} on {day}.', '[fires] Firefighters tackle a blaze in {region}.', '[air] Smog over {city}.'],
  },
];

// ─── Shared templates ──────────────────────────────────────────────────────

/**
 * Appositions for people from elsewhere, who comment from their home city:
 * `{home}` is a city in their own country, `{homeThink}`/`{homeUni}` an
 * institute or university there; `{field}` and `{discipline}` come from the topic.
 */
export const EXPERT_ROLES = [
  'a {fieldLower} analyst based in {home}', 'a senior fellow at {homeThink}', 'a professor of {discipline} at {homeUni}',
  'a former ambassador to {country}', 'a {homeDemonym} journalist who has covered {country} for years',
  'an analyst at {homeThink}', 'a consultant who advises governments on {subject}', 'a lecturer in {discipline} at {homeUni}',
  'a visiting scholar at {homeThink}', 'an expert on {country} at {homeThink}', 'a former diplomat now at {homeThink}',
];

/** Quote pieces: any core may take an opener, a tail and a second sentence. */
export const QUOTE_OPENERS = [
  'Frankly, ', 'To be honest, ', 'Let me be clear: ', 'In my view, ', 'Look, ', 'The truth is that ', 'I think ', 'Honestly, ',
  'For us, ', 'At this point, ', 'Believe me, ', 'The problem is that ', 'Everyone knows that ', 'Put simply, ', 'What I can say is that ',
];
export const QUOTE_TAILS = [
  ', whatever the officials say', ', and that is what worries me most',
  ', and nobody in {capital} wants to admit it', ', and it has been like this for a long time', ', which is why we are speaking out',
  ', and the government should listen', ', and we cannot pretend otherwise', ', and that will not change overnight',
  ', and I say that with regret', ', and people are losing patience', ', and that should worry all of us',
  ', no matter what happens next', ' in {city} and far beyond it', ', and the whole of {country} can see it',
  ', especially in {city}', ', and not only in {city}', ', from {city} to {city2}',
  ', in {region} more than anywhere', ', and {capital} knows it', ', even in a place like {city}',
  ', and that goes for {region} too', ', whatever they say in {capital}',
];
/** Tails only someone on the spot would say. */
export const LOCAL_QUOTE_TAILS = [
  ...QUOTE_TAILS, ', and everyone here knows it', ' here in {city}', ', and the people of {city} deserve better', ', and we see it every day here',
];
export const QUOTE_SECONDS = [
  'We will not give up.', 'Nobody should be surprised.', 'That is the real story here.', 'The rest is propaganda.',
  'People deserve the truth.', 'We have said this many times.', 'It cannot go on like this.', 'Something has to change.',
  'We are not asking for much.', 'History will judge this.', 'I hope I am wrong.', 'That is all we want.',
  'This is only the beginning.', 'It is getting worse every day.', 'We need answers, not promises.',
  'Everyone in {city} can see it.', 'Ask anyone in {region}.', 'I am not optimistic.', 'We have no other choice.',
  'Nobody in {capital} wants to hear that.', 'People in {city2} say the same.',
  'That is the view from {city}.', 'We will see what {capital} does next.',
];
export const GENERAL_QUOTES = [
  'the government has lost the trust of ordinary people', 'nobody has explained where the money went',
  'this is not about politics, it is about basic dignity', 'people want to be treated like citizens, not like subjects',
  'we warned about this months ago and nobody listened', 'the official figures tell only part of the story',
  'the state has been absent for years, and now we see the result', 'there is a lot of fear, but there is also a lot of solidarity',
  'the authorities are hoping people will simply get tired',
  'what happens in {capital} over the next few weeks will matter for the whole region',
  'I do not think the government understands how angry people are',
  'the crisis did not start yesterday, and it will not end tomorrow', 'everyone in {city} knows someone who has been affected',
  'the decision was taken behind closed doors without asking anyone', 'they promised reforms, and instead we got more of the same',
  'people here are practical, they want solutions, not speeches',
  'the international community has been watching, but watching is not enough',
  'what we need now is transparency, and we are not getting it',
  'I have lived in {city} all my life and I have never seen anything like this',
  'the situation in {region} is much worse than the official statements suggest',
  'nobody in {capital} is willing to take responsibility', 'the people paying for this are the ones with the least',
  'there is still time to fix this, but not much', 'the government talks a lot and listens very little',
];
/** Quotes for experts commenting from elsewhere: analysis, not experience. */
export const EXPERT_QUOTES = [
  'the government has tried to manage the symptoms rather than the causes',
  'what we are seeing in {country} is part of a wider pattern across the region',
  'the numbers are bad, but the trend is what should worry policymakers',
  'there is no quick fix here, and anyone who promises one is not being honest',
  'the real test will be whether the institutions in {capital} can adapt',
  'in my experience, crises like this tend to last longer than governments expect',
  'the authorities have the tools to deal with this, but so far not the will',
  'the official data understate the problem, in my view significantly',
  'other countries have faced the same choice and most of them got it wrong at first',
  'the situation in {country} is a warning for its neighbours',
  'politically, the government has very little room left to manoeuvre',
  'the longer this goes on, the more expensive it becomes to fix',
  'public trust is the scarcest resource in {capital} right now',
  'nobody in the region has found a good answer to this yet',
  'the pressure on {capital} from abroad is growing, and it will keep growing',
  'it would be a mistake to read this as a purely domestic story',
  '{country} is paying the price for reforms that were postponed for years',
  'the next few months will show whether the government has learned anything',
  'what happens in {capital} over the next few weeks will matter for the whole region',
  'the official figures tell only part of the story',
];

/** Quotes for the recurring international figures. */
export const REACTION_QUOTES = [
  'the international community is following events in {country} very closely',
  'we call on all sides to show restraint and to respect the law', 'our support for the people of {country} is unwavering',
  'there can be no impunity for violations of fundamental rights',
  'we stand ready to help, but the authorities must engage in good faith',
  'what happens in {country} matters to all of Europe', 'dialogue is the only way out of this situation',
];

/** Reactions by a recurring international figure `{R}` and the body they speak for `{R.org}`. */
export const REACTIONS = [
  '{R} called {on} for restraint and said {R.org} was ready to send {qn:10:80} experts to {country}.',
  '{R} said {on} that {R.org} would release {qmoney:5:400} in emergency assistance for {country}.',
  '{R} urged the authorities in {capital} {on} to respect their international commitments.',
  '{R} discussed the situation with {demonym} officials by phone {on}, {R.his} office said.',
  '{R} is due to visit {capital} {future} for talks with the government.',
  '{R} said {on} that {R.org} had raised its concerns with {capital} {n:2:6} times this year.',
];

/** Claims that fit any beat, to vary the figures paragraphs. */
export const GENERAL_CLAIMS = [
  'Parliament debated {issue} for {hours:3:14} {on} before adjourning without a vote.',
  '{ngo2} said it had received {qn:200:5000} complaints about {issue} since {lastMonth}.',
  'Opposition deputies collected {n:20:90} signatures {on} to force a debate on {issue}.',
  'A petition on {issue} has gathered {qn:10000:300000} signatures since {lastMonth}.',
  'Trust in the government fell to {pct:15:45} {lastMonth}, the lowest level since {year:3:15}, according to {think}.',
  'Coverage of {issue} on state television amounted to less than {n:2:9} minutes over {days:5:14}, {ngo} found.',
];

/** Claims for a problem with costs (prices, floods, shortages), not for a trial or a vote. */
export const PROBLEM_CLAIMS = [
  'A poll by {think} published {on} found that {pct:25:70} of respondents blamed the government for {issue}.',
  'The government has spent {qmoney:5:300} on its response to {issue} since {lastMonth}, according to {ngo2}.',
  'Local authorities in {region} have set aside {qmoney:1:60} to deal with {issue} this year.',
  'Officials in {city} have held {n:3:12} emergency meetings on {issue} since {lastMonth}.',
];

/** Claims by or about an expert commenting from elsewhere, fit for any story. */
export const EXPERT_CLAIMS = [
  '{A} said similar problems had been recorded in {qn:3:12} other countries in the region since {year:2:8}.',
  '{A} noted that {country} had faced a comparable situation in {year:3:15}, when it took {months:3:18} to restore normality.',
  '{A}, who has studied {country} for {years:8:30}, said the official figures understated the scale of the problem.',
  '{A} said a similar case in {foreign} in {year:2:9} had taken {months:4:30} to resolve.',
  '{A} noted that {country} had been criticised in {n:3:12} international reports since {year:3:10}.',
  '{A} said trust in institutions in {country} had fallen steadily since {year:5:15}.',
];
/** Expert claims for a problem with costs, not for a trial or a vote. */
export const EXPERT_PROBLEM_CLAIMS = [
  'According to {A}, {issue} could cost the economy of {country} {qmoney:50:3000} this year.',
  'In a report published {on}, {A} put the number of people affected at {qn:5000:400000}.',
  '{A} said the government had ignored at least {n:3:9} warnings about {issue} since {year:1:4}.',
  'According to {A}, {qpct:20:80} of the funds promised {lastMonth} have yet to be spent.',
  '{A} estimated that {qpct:10:60} of people in {country} had been directly affected by {issue}.',
];

/** Qualifiers in front of a figure ("more than 1,200"); an empty one leaves the figure bare. */
export const QUALIFIERS = ['more than', 'over', 'nearly', 'about', 'around', 'an estimated', 'at least', 'up to', 'fewer than', 'almost', 'roughly', 'some'];
/** Qualifiers that make a writer round the figure ("about 1,200", not "about 1,237"). */
export const ROUNDING_QUALIFIERS = new Set(['more than', 'over', 'nearly', 'about', 'around', 'an estimated', 'almost', 'roughly', 'some', 'up to', 'fewer than']);

/** A recurring opposition figure `{P}` in the story's background. */
export const OPPOSITION_LINES = [
  '{P} said in a statement {on} that {qn:100:900} supporters had been detained since {lastMonth}.',
  'Supporters of {P} say {qn:200:2000} people linked to {P.his} movement have faced prosecution since {year:1:5}.',
  '{P} has called for the release of all political prisoners, whose number rights groups put at {qn:300:1500}.',
  '{P} urged supporters {on} to keep up the pressure, after a poll by {think} found {pct:30:60} of respondents still willing to protest.',
];

/** A country's recurring leader `{P}` in the story's background. */
export const LEADER_LINES = [
  '{P}, who has led {country} since {year:3:25}, has not commented publicly on {event}.',
  'Approval ratings for {P} fell to {pct:20:45} {lastMonth}, according to {think}.',
  '{P} last addressed the issue {on}, promising a review within {weeks:2:8}.',
  '{P} has been in office for {qyears:3:25} and faces re-election in {futureYear:1:3}.',
  'The {age:48:76}-year-old {P.noun} has faced growing criticism over {issue} since {lastMonth}.',
];

/** More on the lead official once introduced: possessives and surname references. */
export const OFFICIAL_MORE = [
  "{L's} spokesperson later said the figures were preliminary.", "{L's} critics say the official account is not credible.",
  "Opposition lawmakers have called for {L's} resignation.", '{L} did not say how the figures had been calculated.',
  '{L.He} gave no further details.', 'The {age:41:71}-year-old {L.noun} took office in {year:1:6}.',
  "{L's} office has faced mounting criticism over {issue}.", '{L} is expected to answer questions in parliament {future}.',
];

/** After a person's quote: more about them, without figures. */
export const FOLLOW_UPS = [
  "{A's} account could not be independently verified.", "{A's} comments were echoed by several others interviewed for this article.",
  "{A's} view is widely shared in {city}.", '{A} has spoken publicly about {issue} before.',
];
/** Follow-ups that only a local person fits. */
export const LOCAL_FOLLOW_UPS = [
  ...FOLLOW_UPS,
  "{ministry} did not respond to questions about {A's} account.",
  '{A.He} said {A.he} had raised the issue with local officials but received no reply.',
];

/** Connective sentences without figures, dates or records. */
export const FILLERS = [
  'Officials in {capital} have struggled to contain the fallout from {event}.',
  'Public anger over {issue} has grown steadily in recent weeks.', 'The mood in {city} was tense but calm by the evening.',
  'The government has so far rejected calls for an independent inquiry into {issue}.',
  'Local media in {region} have given the story extensive coverage.',
  'Opposition politicians accused the government of mishandling {issue} from the start.',
  'Residents of {city} said they had received little information from the authorities.',
  'Diplomats in {capital} say the row over {issue} has also strained relations with {foreign}.',
  'Few in {capital} expect a quick resolution.', 'The debate over {issue} has dominated the political agenda for months.',
  'Analysts say the coming weeks will be decisive.', 'Critics say the government has repeatedly ignored warnings about {issue}.',
  'The story has drawn attention well beyond {country}.', 'Neighbouring {foreign} is watching developments closely.',
  'Similar concerns have been raised in {city} and {city2}.', 'For many in {region}, the question of {issue} is no longer an abstract one.',
];

// ─── Organisation patterns ─────────────────────────────────────────────────

/** Invented company names: "<stem> <industry>" ("Vostok Energy"). */
export const COMPANY_STEMS = list(`
  Vostok Zenit Nord Baltia Atlas Orion Polar Meridian Delta Danubia Helios Titan Aurora Vega Stella Crystal
  Terra Alfa Sever Yug Kvant Granit Saturn Neva Volga Karpaty Adria Iberia Alpina Boreal Cascade Sigma Omega
  Nova Arctic Lumen Ferro Petra Silva
`);
export const PARTY_FIRST = list(`Civic Democratic People's National Social Liberal United Free Green Christian Patriotic Progressive Popular Republican Labour Independent Reform`);
export const PARTY_SECOND = list(`Alliance Union Front Platform Movement Forum Bloc Coalition Choice Renewal Dawn Centre Future Action Unity Voice`);
export const INITIATIVE_ADJECTIVES = list(`Open Free Civic Independent Public Clear Honest Common Shared New Just`);
export const INITIATIVE_NOUNS = list(`Justice Voice Society Rights Accountability Dialogue Future Horizon Citizen Square Compass Bridge`);
export const INITIATIVE_KINDS = list(`Initiative Network Watch Project Forum Collective`);

// ─── Page chrome and numbers ───────────────────────────────────────────────

export const SHARE_LINES = ['Share this article', 'Share', 'Share on Facebook', 'Share on X', 'Share via email'];
export const AD_LINES = ['Advertisement', 'ADVERTISEMENT', 'Sponsored'];

export const NUMBER_WORDS = list('zero one two three four five six seven eight nine ten eleven twelve');
export const ORDINALS = list('zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth');
export const MONTHS = list('January February March April May June July August September October November December');
/** AP style abbreviates these months before a day ("Sept. 9"). */
export const AP_MONTHS = list('Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.');
