/** An http(s) address: the only kind a document's link may be. */
export const WEB_ADDRESS = /^https?:\/\/\S+$/i;

/**
 * `url` if it is an http(s) address, else null. Links are rendered on news
 * pages and copied into excerpts: a `javascript:` one from a shared pack, or
 * from a database written before packs were checked for it, would run in the
 * page when clicked.
 */
export function webAddress(url: string | null | undefined): string | null {
  return url && WEB_ADDRESS.test(url) ? url : null;
}
