import { describe, expect, it } from 'vitest';
import { comparable, compatible, farApart } from '../../../src/match/figure-compare';
import type { Figure, Qualifier } from '../../../src/shared/records';

const figure = (value: number, unit: string, counted: string | null, qualifier: Qualifier = 'exact'): Figure => ({ value, unit, counted, qualifier, text: String(value), start: 0, end: 0 });

describe('comparing figures', () => {
  it.each([
    [figure(26, 'years', 'years in power'), figure(20, 'years', 'reigning'), true],
    [figure(26, 'years', 'years in power'), figure(3, 'years', 'years in prison'), false],
    [figure(26, 'years', 'years'), figure(3, 'years', 'years in prison'), true],
    [figure(300, 'count', 'people killed'), figure(280, 'count', 'dead'), true],
    [figure(3711, 'count', 'people detained'), figure(3700, 'count', 'arrested'), true],
    [figure(40000, 'count', 'fans'), figure(40000, 'count', 'people attended'), false],
    // Fans, runners, spectators are counted only as themselves, whatever they did: fans rallying are no protest's crowd.
    [figure(2000, 'count', 'fans rallied'), figure(40000, 'count', 'attending', 'estimated'), false],
    [figure(3000, 'count', 'runners took part'), figure(40000, 'count', 'attending', 'estimated'), false],
    [figure(2000, 'count', 'fans rallied'), figure(5000, 'count', 'fans'), true],
    // Who they are is not what they did: Belarusians who fled are not those who believe the vote was rigged.
    [figure(2000, 'count', 'belarusians fled', 'order-of'), figure(1e4, 'count', 'belarusians believe', 'order-of'), false],
    [figure(2000, 'count', 'belarusians', 'order-of'), figure(1e4, 'count', 'belarusians believe', 'order-of'), true],
    [figure(3000, 'count', 'russians protested'), figure(40000, 'count', 'attending', 'estimated'), true],
    // Durations in two units: only when both say what lasted, and it is one thing.
    [figure(1, 'years', 'standoff'), figure(1, 'months', 'standoff'), true],
    [figure(312, 'months', 'months in power'), figure(26, 'years', 'years in power'), true],
    [figure(2, 'hours', null), figure(1, 'months', 'standoff'), false],
    // What happened to them decides: protesters detained are not those attending.
    [figure(3700, 'count', 'protesters detained', 'about'), figure(40000, 'count', 'attending', 'estimated'), false],
    [figure(40000, 'count', 'protested'), figure(40000, 'count', 'attending', 'estimated'), true],
    // "People" alone may be any people counted, never places or things.
    [figure(4000, 'count', 'people'), figure(40000, 'count', 'attending'), true],
    // Marching is not attending: troops march in a parade.
    [figure(10000, 'count', 'troops marching'), figure(40000, 'count', 'attending', 'estimated'), false],
    [figure(4000, 'count', 'people'), figure(100, 'count', 'cities and towns', 'more-than'), false],
    [figure(200, 'count', 'seats won'), figure(150, 'count', 'people'), false],
    [figure(5, 'percent', null), figure(5, 'usd', null), false],
    [figure(1994, 'since', 'years in power'), figure(1994.71, 'since', 'years in power', 'at-most'), true],
    [figure(1994, 'since', 'years in power'), figure(2020, 'since', 'years in prison'), false],
    [figure(2006, 'since', null), figure(1994.71, 'since', 'years in power', 'at-most'), false],
    [figure(1994, 'since', 'years in power'), figure(26, 'years', 'years in power'), false],
    // A count in words that does not say what it counts is of people ("took to the streets in the tens of thousands"), not of places.
    [figure(1e4, 'count', null, 'order-of'), figure(198, 'count', 'towns and cities'), false],
    [figure(1e4, 'count', null, 'order-of'), figure(4000, 'count', 'people attended'), true],
  ])('%o and %o measure the same thing: %s', (a, b, same) => {
    expect(comparable(a, b)).toBe(same);
  });

  it.each([
    [figure(3700, 'count', null, 'more-than'), figure(3711, 'count', null), true],
    [figure(40000, 'count', null, 'about'), figure(40000, 'count', null, 'estimated'), true],
    [figure(3e9, 'usd', null), figure(1.5e9, 'usd', null), false],
    [figure(15000, 'count', null, 'nearly'), figure(14000, 'count', null), true],
    [figure(15000, 'count', null, 'nearly'), figure(16000, 'count', null), false],
    // How close "about" and "nearly" are is told by the figure's last written digit, within 5% to 10%.
    [figure(13000, 'count', null, 'about'), figure(15000, 'count', null, 'nearly'), false],
    [figure(14000, 'count', null, 'about'), figure(15000, 'count', null, 'nearly'), true],
    [figure(3700, 'count', null, 'about'), figure(3711, 'count', null), true],
    [figure(40000, 'count', null, 'about'), figure(36000, 'count', null), true],
    [figure(40000, 'count', null, 'about'), figure(35000, 'count', null), false],
    [figure(1.5e9, 'usd', null, 'about'), figure(1.6e9, 'usd', null), false],
    // Durations are compared in days.
    [figure(1, 'years', 'standoff'), figure(1, 'months', 'standoff'), false],
    [figure(312, 'months', 'months in power'), figure(26, 'years', 'years in power', 'more-than'), true],
    // A year written out is all of that year; a start reckoned from a date is a point in it.
    [figure(1994, 'since', null), figure(1994.71, 'since', null, 'at-most'), true],
    [figure(1995, 'since', null), figure(1994.71, 'since', null, 'at-most'), false],
    [figure(2001, 'since', null), figure(1994.71, 'since', null, 'at-most'), false],
    [figure(1997.38, 'since', null), figure(1994.71, 'since', null, 'at-most'), false],
    [figure(1993, 'since', null), figure(1994.21, 'since', null), true],
    [figure(1992, 'since', null), figure(1994.21, 'since', null), false],
    // Years of birth agree where the months both allow are two or more.
    [figure(1954.13, 'born', null), figure(1955.04, 'born', null), false],
    [figure(1954.46, 'born', null), figure(1955.04, 'born', null), true],
    // Counts in words allow from their value to short of ten times it: "tens of thousands" is 10,000 to 99,000, "thousands" 2,000 to 19,800.
    [figure(1e5, 'count', null, 'order-of'), figure(1e4, 'count', null, 'order-of'), false],
    [figure(1e4, 'count', null, 'order-of'), figure(40000, 'count', null, 'estimated'), true],
    [figure(1e5, 'count', null, 'order-of'), figure(40000, 'count', null, 'estimated'), false],
    [figure(2000, 'count', null, 'order-of'), figure(1e4, 'count', null, 'order-of'), true],
    [figure(2000, 'count', null, 'order-of'), figure(3711, 'count', null), true],
    [figure(2000, 'count', null, 'order-of'), figure(40000, 'count', null, 'estimated'), false],
    [figure(200, 'count', null, 'order-of'), figure(3711, 'count', null), false],
    // "Dozens" is short of a hundred: "dozens of cities" is not "more than 100 cities".
    [figure(24, 'count', null, 'order-of'), figure(100, 'count', null, 'more-than'), false],
    [figure(24, 'count', null, 'order-of'), figure(60, 'count', null), true],
    [figure(1e4, 'count', null, 'order-of'), figure(100000, 'count', null, 'nearly'), true],
  ])('%o and %o agree: %s', (a, b, agree) => {
    expect(compatible(a, b)).toBe(agree);
  });

  it.each([
    [figure(400, 'count', null, 'more-than'), figure(3711, 'count', null), true],
    [figure(3000, 'count', null, 'more-than'), figure(3711, 'count', null), false],
    [figure(100, 'count', null, 'more-than'), figure(100, 'count', null, 'more-than'), false],
    [figure(5000, 'count', null, 'less-than'), figure(100, 'count', null), true],
    // Bounded figures are as close as they say; durations are compared in days.
    [figure(400, 'count', null), figure(3711, 'count', null), false],
    [figure(20, 'years', null, 'more-than'), figure(26, 'years', null), false],
    [figure(312, 'months', null), figure(26, 'years', null, 'more-than'), false],
    [figure(1, 'months', null, 'more-than'), figure(26, 'years', null), true],
    // A count in words says little: it is far from an open figure only an order of magnitude away.
    [figure(1e4, 'count', null, 'order-of'), figure(3000, 'count', null, 'more-than'), false],
    [figure(1e5, 'count', null, 'order-of'), figure(3000, 'count', null, 'more-than'), true],
  ])('%o and %o are too far apart to be one count: %s', (a, b, far) => {
    expect(farApart(a, b)).toBe(far);
  });
});
