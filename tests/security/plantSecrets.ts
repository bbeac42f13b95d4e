// Turns core's corpus of planted secrets into a test page's behaviour: each secret logged to
// the console, thrown as an uncaught error, and — where it sits in a URL — requested from the
// app's own failing API (so it lands in the failed-request log), plus the page URL itself.
import { plantedSecrets, type PlantedSecret } from '../../core/redact/corpus/plantedSecrets';

export { plantedSecrets };

/** A same-origin failing request carrying the URL part (path, query, fragment) of a secret. */
export function failingUrlOf(secret: PlantedSecret): string | null {
  const m = /\bhttps?:\/\/[^\s'"]+/.exec(secret.text);
  if (!m) return null;
  let url: URL;
  try {
    url = new URL(m[0]);
  } catch {
    return null;
  }
  if (url.username || url.password) return null; // fetch refuses credentials in URLs
  return `/api/fail${url.pathname}${url.search}${url.hash}`;
}

/** The script a test page runs to leak `batch` everywhere the widget looks. */
export function leakScript(batch: readonly PlantedSecret[], canary: string): string {
  const texts = JSON.stringify(batch.map((s) => s.text));
  const urls = JSON.stringify(batch.map(failingUrlOf).filter((u): u is string => u !== null));
  return `
    window.__leaks = (async () => {
      const texts = ${texts};
      const urls = ${urls};
      await Promise.all(urls.concat(['/api/fail/${canary}']).map((u) => fetch(u).catch(() => null)));
      for (const t of texts) console.error(t);
      console.error('${canary}');
      for (const t of texts.slice(0, 15)) setTimeout(() => { throw new Error(t); });
      await new Promise((r) => setTimeout(r, 50));
      return urls.length;
    })();`;
}

/** Every form a secret may take on the wire (as written, and percent-decoded). */
export function secretForms(secret: PlantedSecret): string[] {
  const forms = new Set([secret.secret]);
  try {
    forms.add(decodeURIComponent(secret.secret));
  } catch {
    // not percent-encoded
  }
  return [...forms].filter((f) => f.length >= 6);
}
