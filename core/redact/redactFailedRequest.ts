// Scrubs a failed request from the page's log before it leaves: its URL and the error text.
import type { FailedRequest } from '../model/context';
import { fieldLimits } from './fieldLimits';
import type { RedactionOptions } from './redactionOptions';
import { clip } from './clip';
import { redactText } from './redactText';
import { redactUrl } from './redactUrl';

/**
 * @example redactFailedRequest({ method: 'GET', url: '/api?token=abc', status: 401, durationMs: 12, at }).url // '/api?token=[REDACTED:token]'
 */
export function redactFailedRequest(
  request: FailedRequest,
  options: RedactionOptions = {},
): FailedRequest {
  return {
    ...request,
    url: clip(redactUrl(request.url, options), fieldLimits.url),
    ...(request.error === undefined
      ? {}
      : { error: clip(redactText(request.error, options), fieldLimits.requestError) }),
  };
}
