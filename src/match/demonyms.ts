import { readBlock, type BlockText } from './block-text';
import { findNames, type NameIndex } from './names';

/** Adjectives of nationality, lower case, with the country each names. */
const DEMONYMS: Record<string, string> = {
  russian: 'Russia',
  belarusian: 'Belarus',
  ukrainian: 'Ukraine',
  polish: 'Poland',
  lithuanian: 'Lithuania',
  latvian: 'Latvia',
  estonian: 'Estonia',
  moldovan: 'Moldova',
  georgian: 'Georgia',
  armenian: 'Armenia',
  azerbaijani: 'Azerbaijan',
  kazakh: 'Kazakhstan',
  kyrgyz: 'Kyrgyzstan',
  german: 'Germany',
  french: 'France',
  italian: 'Italy',
  spanish: 'Spain',
  swiss: 'Switzerland',
  austrian: 'Austria',
  hungarian: 'Hungary',
  czech: 'Czech Republic',
  slovak: 'Slovakia',
  romanian: 'Romania',
  bulgarian: 'Bulgaria',
  serbian: 'Serbia',
  turkish: 'Turkey',
  chinese: 'China',
  japanese: 'Japan',
  iranian: 'Iran',
  syrian: 'Syria',
  british: 'United Kingdom',
  american: 'United States',
};

/** Capitals, with the country each stands in (and, in news, often stands for: "Moscow backed Yanukovych"). */
const CAPITALS: Record<string, string> = {
  Moscow: 'Russia',
  Minsk: 'Belarus',
  Kyiv: 'Ukraine',
  Kiev: 'Ukraine',
  Warsaw: 'Poland',
  Vilnius: 'Lithuania',
  Riga: 'Latvia',
  Tallinn: 'Estonia',
  Chisinau: 'Moldova',
  Tbilisi: 'Georgia',
  Yerevan: 'Armenia',
  Baku: 'Azerbaijan',
  Astana: 'Kazakhstan',
  Bishkek: 'Kyrgyzstan',
  Berlin: 'Germany',
  Paris: 'France',
  Rome: 'Italy',
  Madrid: 'Spain',
  Vienna: 'Austria',
  Budapest: 'Hungary',
  Prague: 'Czech Republic',
  Bratislava: 'Slovakia',
  Bucharest: 'Romania',
  Belgrade: 'Serbia',
  Ankara: 'Turkey',
  Beijing: 'China',
  Tokyo: 'Japan',
  Tehran: 'Iran',
  Damascus: 'Syria',
  London: 'United Kingdom',
};

/** The people of a country, plural, where not the adjective and "s": "Poles", "Britons", "Turks". */
const PEOPLES: Record<string, string> = {
  poles: 'Poland',
  czechs: 'Czech Republic',
  slovaks: 'Slovakia',
  serbs: 'Serbia',
  turks: 'Turkey',
  kazakhs: 'Kazakhstan',
  azerbaijanis: 'Azerbaijan',
  britons: 'United Kingdom',
};

/**
 * The corpus places that the sentence's adjectives of nationality name:
 * "100 Russian cities" is about Russia, as "100 cities in Russia" is; and the
 * countries of the capitals it names. Read for claims only (a country's
 * adjective is not its name, and is not highlighted).
 */
const NONE: readonly string[] = [];

export class Demonyms {
  private readonly places = new Map<string, string[]>();

  /** Corpus places that are capitals, with their countries' corpus places. */
  private readonly capitals = new Map<string, string[]>();

  constructor(indexes: NameIndex[], ambiguous: Set<string>) {
    // Each country is named by an adjective and by its capital: looked up once.
    const named = new Map<string, string[]>();
    const placesNamed = (name: string) => {
      let found = named.get(name);
      if (!found) {
        found = findNames(readBlock(name), indexes, ambiguous)
          .filter((hit) => hit.entityType === 'place' && hit.start === 0 && hit.end === name.length)
          .flatMap((hit) => [hit.entityId, ...(hit.others ?? [])]);
        named.set(name, found);
      }
      return found;
    };
    // "Belarusians took to the streets" is about Belarus, as "Belarusian protesters" is.
    const peoples = Object.entries(DEMONYMS).flatMap(([adjective, country]) => (adjective.endsWith('n') ? [[`${adjective}s`, country]] : []));
    for (const [word, country] of [...Object.entries(DEMONYMS), ...peoples, ...Object.entries(PEOPLES)]) {
      const found = placesNamed(country);
      if (found.length) this.places.set(word, found);
    }
    for (const [capital, country] of Object.entries(CAPITALS)) {
      const countries = placesNamed(country);
      if (!countries.length) continue;
      for (const place of placesNamed(capital)) this.capitals.set(place, [...(this.capitals.get(place) ?? []), ...countries]);
    }
  }

  /** The corpus countries a corpus place is the capital of: a sentence in Moscow is about Russia too. */
  countriesOf(entityId: string): readonly string[] {
    return this.capitals.get(entityId) ?? NONE;
  }

  /** Whether the corpus place is a country (one with an adjective of nationality). */
  isCountry(entityId: string): boolean {
    if (!this.countries) this.countries = new Set([...this.places.values()].flat());
    return this.countries.has(entityId);
  }

  private countries: Set<string> | null = null;

  /** Places named by capitalised adjectives among tokens[from, to) of the block. */
  placesIn(block: BlockText, from: number, to: number): string[] {
    if (!this.places.size) return [];
    const out: string[] = [];
    for (let k = from; k < to; k++) {
      const places = this.places.get(block.tokens[k].word);
      if (!places) continue;
      const initial = block.text.charCodeAt(block.map[block.tokens[k].start]);
      if (initial >= 65 && initial <= 90) out.push(...places);
    }
    return out;
  }
}
