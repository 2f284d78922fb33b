/** Verbs that credit a quote to a speaker, past and present ("said", "warns"): news writes both. A regex source. */
export const VERB =
  '(?:said|says|told|tells|explained|explains|added|adds|noted|notes|argued|argues|wrote|writes|according to|insisted|insists|claimed|claims|' +
  'asked|asks|warned|warns|stated|states|declared|declares|stressed|stresses|admitted|admits|urged|urges|replied|replies|responded|responds|' +
  'recalled|recalls|tweeted|posted|commented|remarked|announced|announces|continued|continues|put it|puts it)\\b';

/**
 * Between a speaker and the verb: nothing, or one aside between commas; then
 * at most three auxiliaries or adverbs ("Morozov, an analyst, said", "has long
 * warned"). A regex source.
 */
export const TO_VERB =
  '\\s*(?:,[^,"“”«»]{0,60},)?(?:\\s*\\b(?:has|had|have|also|later|once|then|long|repeatedly|previously|earlier|again|often|publicly|famously|reportedly|memorably|herself|himself)\\b){0,3}\\s*';
