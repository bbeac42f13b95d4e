// The context that is left after the user removed items in the review: a removed part is not
// sent at all (blanked where the schema needs the field).
import type { PageContext } from '@tierdesk/core/model/context';

export type ReviewPart =
  'report' | 'page' | 'environment' | 'console' | 'requests' | 'errors' | 'app' | 'screenshot';

/** The context without the parts the user removed. */
export function keptContext(context: PageContext, excluded: ReadonlySet<ReviewPart>): PageContext {
  const out: PageContext = { ...context };
  if (excluded.has('page')) {
    out.url = '';
    out.title = '';
    out.referrer = undefined;
    out.navigation = [];
  }
  if (excluded.has('environment')) {
    out.environment = { userAgent: '' };
    out.viewport = { width: 0, height: 0, devicePixelRatio: 1 };
  }
  if (excluded.has('console')) out.consoleErrors = [];
  if (excluded.has('requests')) out.failedRequests = [];
  if (excluded.has('errors')) out.jsErrors = [];
  if (excluded.has('app')) out.app = undefined;
  return out;
}
