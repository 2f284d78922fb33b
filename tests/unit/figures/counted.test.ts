import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/figures/extract';
import { comparable } from '../../../src/match/figure-compare';

/** The first figure of a sentence: what it counts. */
const counted = (text: string) => extractFigures(text)[0]?.counted;

describe('what a figure counts', () => {
  it.each([
    // The noun phrase, with the event verb that defines the count, wherever the verb stands.
    ['300 people were killed in the attack.', 'people killed'],
    ['At least 300 were killed.', 'killed'],
    ['More than 200 people have been arrested.', 'people arrested'],
    ['12 people were injured overnight.', 'people injured'],
    ['40 protesters injured in clashes', 'protesters injured'],
    ['2,000 people died of the disease.', 'people died'],
    ['three people are missing', 'people missing'],
    ['at least 12 dead', 'dead'],
    ['An estimated 33,400 new homes were completed last year.', 'new homes completed'],
    ['1,021 social homes had been delivered in the city', 'social homes delivered'],
    ['Police detained 3,711 people on January 23.', 'people detained'],
    ['a war that killed nearly 15,000 people', 'people killed'],
    ['Russia launched 143 drones and four ballistic missiles.', 'drones launched'],
    ['We had to reroute nine ships in ten days.', 'ships rerouted'],
    ['by cutting fewer than 400 jobs', 'jobs cut'],
    ['with an estimated 40,000 attending the rally', 'attending'],
    ['more than 60 container ships waiting at anchor', 'container ships waiting'],
    // A verb that only tells what the counted did is no part of it.
    ['5,000 attendees came to the fair.', 'attendees'],
    ['about 200 protesters chanted slogans', 'protesters'],
    ['the 1,400 people who drive those cranes', 'people'],
    ['More than 300 people crowded into the gallery.', 'people'],
    // Noun phrases: modifiers, coordination, partitives; they end at prepositions, adverbs, numbers, dashes.
    ['protests in more than 100 cities and towns', 'cities and towns'],
    ['300 displaced people', 'displaced people'],
    ['roughly 1,000 police officers', 'police officers'],
    ['18 of the 26 ship-to-shore cranes', 'ship-to-shore cranes'],
    ['About 4,200 of the union’s roughly 5,000 members took part.', 'members'],
    ['two local councils nearly £2.8 million', 'local councils'],
    ['at least 11 sites — fields, quarries and a farm', 'sites'],
    ['more than 2,000 of its roughly 85,000 jobs worldwide', 'jobs'],
    // A clause naming some of those counted stands between the noun and its verb.
    ["More than 3,000 people, including Navalny's wife Yulia, were detained across Russia.", 'people detained'],
    ['About 200 people, most of them students, were arrested.', 'people arrested'],
    // A time before or after something is a point in time, not a duration.
    ['murders committed 15 years ago, which he denies', 'years ago'],
    ['Ten years prior, during the Orange Revolution', 'years ago'],
    ['Two years later, he was freed.', 'years later'],
    ['Russia protests, two years on', 'years later'],
    ['Two years on, little has changed.', 'years later'],
    // Durations: in power, in prison.
    ['Lukashenko, 26 years in power, spoke.', 'years in power'],
    ['the dictator reigning for over 26 years', 'years in power'],
    ['He has ruled Belarus for 26 years.', 'years in power'],
    ['He has been in power for 26 years.', 'years in power'],
    ['his 26-year rule', 'years in power'],
    ['after 30 years in office', 'years in power'],
    ['He was jailed for seven years.', 'years in prison'],
    ['a court sentenced him to five years in prison', 'years in prison'],
    ['the six-week trial', null],
  ])('%s → %s', (text, expected) => {
    expect(counted(text)).toBe(expected);
  });

  it('reads each figure of a sentence on its own', () => {
    expect(extractFigures('12 people were injured and 3 died.').map((f) => f.counted)).toEqual(['people injured', 'died']);
  });

  it('keeps figures of one event comparable, and of different ones apart', () => {
    const figure = (text: string) => extractFigures(text)[0];
    expect(comparable(figure('300 people were killed.'), figure('The war killed 300 people.'))).toBe(true);
    expect(comparable(figure('300 people were killed.'), figure('At least 300 were killed.'))).toBe(true);
    expect(comparable(figure('He has spent 26 years in power.'), figure('the dictator reigning for over 26 years'))).toBe(true);
    expect(comparable(figure('300 people were killed.'), figure('300 runners took part.'))).toBe(false);
    expect(comparable(figure('Police detained 3,711 people.'), figure('3,711 people were killed.'))).toBe(false);
  });
});
