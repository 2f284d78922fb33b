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

/**
 * The corpus places that the sentence's adjectives of nationality name:
 * "100 Russian cities" is about Russia, as "100 cities in Russia" is. Read for
 * claims only (a country's adjective is not its name, and is not highlighted).
 */
export class Demonyms {
  private readonly places = new Map<string, string[]>();

  constructor(indexes: NameIndex[], ambiguous: Set<string>) {
    for (const [adjective, country] of Object.entries(DEMONYMS)) {
      const block = readBlock(country);
      const found = findNames(block, indexes, ambiguous).filter((hit) => hit.entityType === 'place' && hit.start === 0 && hit.end === country.length);
      if (found.length) this.places.set(adjective, found.flatMap((hit) => [hit.entityId, ...(hit.others ?? [])]));
    }
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
