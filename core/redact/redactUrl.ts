// Scrubs secrets out of a URL (a page address, a request log's URL, a referrer): its structure,
// then the text rules. Anything that is not one URL is redacted as text.
import type { RedactionOptions } from './redactionOptions';
import { redactSecrets } from './redactSecrets';
import { redactText } from './redactText';
import { redactUrlParts } from './redactUrlParts';

/** One absolute or relative URL, nothing around it. */
const singleUrl = /^(?:[a-z][a-z0-9+.-]{0,30}:\/\/|[/?#])\S*$/i;

/**
 * `url` with every secret it carries replaced by a marker; the rest stays as it was, so the
 * agent still sees the page and the parameters.
 * @example redactUrl('https://app.example/cb?code=4/0AX4&state=xyz') // 'https://app.example/cb?code=[REDACTED:oauth_code]&state=xyz'
 * @example redactUrl('postgres://app:s3cret@db:5432/pay') // 'postgres://app:[REDACTED:credentials]@db:5432/pay'
 */
export function redactUrl(url: string, options: RedactionOptions = {}): string {
  return singleUrl.test(url)
    ? redactSecrets(redactUrlParts(url), options)
    : redactText(url, options);
}
