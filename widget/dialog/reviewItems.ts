// What the review step lists, and the context that is left after the user removed items: a
// removed part is not sent at all (blanked where the schema needs the field).
import type { PageContext } from '@tierdesk/core/model/context';
import type { Strings } from '@tierdesk/ui/strings';
import type { ReviewItem } from '@tierdesk/ui/ReviewList';

export type ReviewPart =
  'report' | 'page' | 'environment' | 'console' | 'requests' | 'errors' | 'app' | 'screenshot';

const short = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function reviewItems(
  context: PageContext,
  summary: string,
  hasScreenshot: boolean,
  excluded: ReadonlySet<ReviewPart>,
  strings: Strings,
): ReviewItem[] {
  const items: Array<Omit<ReviewItem, 'included'> & { id: ReviewPart }> = [
    { id: 'report', label: strings.reviewReport, detail: short(summary), required: true },
    { id: 'page', label: strings.reviewPage, detail: short(`${context.title} — ${context.url}`) },
    {
      id: 'environment',
      label: strings.reviewEnvironment,
      detail: short(
        `${context.environment.userAgent}, ${context.viewport.width}×${context.viewport.height}, ${context.locale}`,
      ),
    },
  ];
  const first = <T>(list: T[], text: (t: T) => string) =>
    list.length ? short(text(list[list.length - 1]!)) : undefined;
  if (context.consoleErrors.length)
    items.push({
      id: 'console',
      label: strings.reviewConsole(context.consoleErrors.length),
      detail: first(context.consoleErrors, (e) => e.message),
    });
  if (context.failedRequests.length)
    items.push({
      id: 'requests',
      label: strings.reviewRequests(context.failedRequests.length),
      detail: first(
        context.failedRequests,
        (r) => `${r.method} ${r.url} → ${r.status || r.error || 'failed'}`,
      ),
    });
  if (context.jsErrors.length)
    items.push({
      id: 'errors',
      label: strings.reviewErrors(context.jsErrors.length),
      detail: first(context.jsErrors, (e) => e.message),
    });
  if (context.app && Object.keys(context.app).length)
    items.push({
      id: 'app',
      label: strings.reviewAppContext,
      detail: short(JSON.stringify(context.app)),
    });
  if (hasScreenshot) items.push({ id: 'screenshot', label: strings.reviewScreenshot });
  return items.map((item) => ({ ...item, included: !excluded.has(item.id) }));
}

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
