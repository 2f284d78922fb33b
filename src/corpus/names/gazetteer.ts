import { continents, countries } from 'countries-list';
import femaleDe from 'human-names/data/female-human-names-de.json';
import femaleEn from 'human-names/data/female-human-names-en.json';
import femaleEs from 'human-names/data/female-human-names-es.json';
import femaleFr from 'human-names/data/female-human-names-fr.json';
import femaleIt from 'human-names/data/female-human-names-it.json';
import maleDe from 'human-names/data/male-human-names-de.json';
import maleEn from 'human-names/data/male-human-names-en.json';
import maleEs from 'human-names/data/male-human-names-es.json';
import maleFr from 'human-names/data/male-human-names-fr.json';
import maleIt from 'human-names/data/male-human-names-it.json';
import { normalize } from '../../text/normalize';

/**
 * General knowledge the type rules lean on: given names (human-names, plus
 * the Slavic, Irish, Nordic, Arabic and Turkish names the lists lack), and
 * places (countries and their capitals from countries-list, continents, and
 * regions and large cities news writes about).
 */

const MORE_GIVEN_NAMES = `
Aleksei Alexei Alexey Aleksey Aleksandr Alyaksandr Aliaksandr Oleksandr Oleksiy Andrei Andriy Anatoly Arkady Artem Artyom Bogdan Bohdan Boris
Dmitri Dmitry Dmytro Evgeny Yevgeny Fyodor Gennady Grigory Igor Ihor Ilya Ivan Kirill Konstantin Leonid Maksim Maxim Mikhail Mykhailo Mykola
Nikolai Oleg Pavel Pavlo Petr Pyotr Roman Ruslan Sergei Sergey Serhiy Stanislav Taras Timur Vadim Valery Vasily Viktor Vitaly Vitali Vladimir
Volodymyr Vyacheslav Yaroslav Yuri Yury Yuriy Zakhar Alesia Alena Alina Anastasia Darya Daria Ekaterina Yekaterina Katsiaryna Irina Iryna Ksenia
Larisa Lyudmila Marina Maryna Natalia Natalya Nadezhda Olga Olena Oksana Polina Svetlana Sviatlana Tatiana Tetiana Valentina Vera Yelena Yulia
Yuliya Zoya Zhanna Maria Mariya Hanna Halyna Lesya Nataliya Veronika Kateryna Khrystyna Anzhelika Yana Inna Nina
Siobhan Siobhán Niamh Aoife Ciaran Ciarán Caoimhe Saoirse Orla Gráinne Grainne Sinead Sinéad Roisin Róisín Eoin Cian Oisin Oisín Padraig Pádraig
Seamus Séamus Sean Seán Declan Diarmuid Fionn Fergal Cathal Donal Dónal Eamon Éamon Enda Micheál Tadhg Aisling Clodagh Deirdre Eimear Fiona Maeve Méabh
Lars Nils Anders Sven Bjorn Björn Magnus Henrik Jens Mette Ingrid Astrid Sigrid Kari Kristin Liv Freya Jonas Mikkel Rasmus Soren Søren Thor
Mohammed Muhammad Mohamed Ahmed Ahmad Ali Omar Hassan Hussein Mahmoud Mustafa Youssef Yusuf Ibrahim Khalid Tariq Karim Samir Nabil Fatima Aisha
Layla Leila Mariam Maryam Noor Nour Yasmin Zainab Amira Rania Mehmet Ahmet Emre Burak Can Cem Deniz Elif Emine Fatma Hakan Kemal Murat Selin Zeynep
Tomás Tomas Vicente Pablo Carmen Elena Marta Lucía Javier Jordi Núria Xavier Joan Pau Iñaki Aitor Ainhoa Itziar
Piotr Paweł Pawel Krzysztof Tomasz Marek Michał Agnieszka Katarzyna Małgorzata Magdalena Zofia Wojciech Jakub Jan Jiří Petr Tereza Zuzana
`;

const given = new Set<string>(
  [femaleEn, maleEn, femaleDe, maleDe, femaleFr, maleFr, femaleEs, maleEs, femaleIt, maleIt, MORE_GIVEN_NAMES.split(/\s+/)]
    .flat()
    .filter((n): n is string => typeof n === 'string' && n.length > 1)
    .map((n) => normalize(n)),
);

/** Whether a word is a common given name ("Carmen", "Oleksandr"). */
export function isGivenName(word: string): boolean {
  return given.has(normalize(word));
}

const MORE_PLACES = `
Africa|Asia|Europe|North America|South America|Latin America|Central America|Oceania|Antarctica|Arctic|Middle East|Far East|Central Asia|Central Europe|
Eastern Europe|Western Europe|Southeast Asia|Scandinavia|Balkans|Caucasus|Baltics|Siberia|Crimea|Donbas|Donbass|Kharkiv|Odesa|Odessa|Lviv|Dnipro|
Mariupol|Donetsk|Luhansk|Kherson|Zaporizhzhia|Kyiv|Kiev|St. Petersburg|Saint Petersburg|Novosibirsk|Yekaterinburg|Kazan|Vladivostok|
Hong Kong|New York|Los Angeles|Chicago|San Francisco|Boston|Houston|Miami|Toronto|Montreal|Vancouver|Sydney|
Melbourne|Shanghai|Mumbai|Istanbul|Barcelona|Milan|Munich|Hamburg|Frankfurt|Rotterdam|Marseille|Lyon|Naples|Geneva|Zurich|Manchester|Birmingham|
Liverpool|Glasgow|Edinburgh|Belfast|Krakow|Gdansk|Valencia|Seville|Porto|Gothenburg|Antwerp|Alexandria|Casablanca|Lagos|
Johannesburg|Cape Town|Dubai|Jeddah|Gaza|West Bank|Tel Aviv|Aleppo|Mosul|Basra|Kandahar|Karachi|Lahore|Kolkata|Chennai|Bangalore|Osaka|Busan|
Sao Paulo|São Paulo|Rio de Janeiro|Sicily|Sardinia|Corsica|Catalonia|Andalusia|Bavaria|Scotland|Wales|England|Northern Ireland|Flanders|Wallonia|
Transnistria|Abkhazia|Chechnya|Dagestan|Kaliningrad|Kashmir|Tibet|Xinjiang|Taiwan|Kosovo|Texas|California|Florida|Mediterranean|Baltic Sea|Black Sea|
North Sea|Atlantic|Pacific|Munster|Leinster|Connacht|Ulster`;

const places = new Set<string>(
  [
    ...Object.values(countries).flatMap((c) => [c.name, c.capital]),
    ...Object.values(continents),
    ...MORE_PLACES.split('|'),
    'US', 'U.S.', 'USA', 'UK', 'U.K.', 'UAE',
  ]
    .map((n) => n.trim())
    .filter(Boolean)
    .map((n) => normalize(n)),
);

/** Whether a name is a known place: a country, capital, continent, region or large city. */
export function isKnownPlace(name: string): boolean {
  return places.has(normalize(name));
}
