/** A light English stem for retrieval: enough that "detained"/"detains"/"detention" and "protests"/"protesters" meet. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3) return w;
  for (const [suffix, replacement] of [
    ['ations', ''], ['ation', ''], ['ention', ''], ['ings', ''], ['ing', ''], ['ers', ''], ['ies', 'y'], ['ied', 'y'],
    ['ed', ''], ['er', ''], ['es', ''], ['s', ''],
  ] as const) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, w.length - suffix.length) + replacement;
      break;
    }
  }
  return w.replace(/(.)\1$/, '$1');
}

/** Words too common to tell two statements apart. */
export const STOPWORDS = new Set(
  `a an the and or but nor of in on at to from by for with without about as into over under than then that this these those
  there their them they he she his her him it its we our us you your i me my is are was were be been being has have had do does
  did not no yes so such can could will would may might must shall should also only just very more most less least many much
  some any all each every both either neither other another which who whom whose what when where why how after before during
  while since until up down out off again further once here same own too s t now said says say told according people`
    .split(/\s+/)
    .filter(Boolean),
);
