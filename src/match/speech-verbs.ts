/** Verbs that credit a quote to a speaker, past and present ("said", "warns"): news writes both. A regex source. */
export const VERB =
  '(?:said|says|told|tells|explained|explains|added|adds|noted|notes|argued|argues|wrote|writes|according to|insisted|insists|claimed|claims|' +
  'asked|asks|warned|warns|stated|states|declared|declares|stressed|stresses|admitted|admits|urged|urges|replied|replies|responded|responds|' +
  'recalled|recalls|tweeted|posted|commented|remarked|announced|announces|continued|continues|put it|puts it)\\b';
