// What the review step lists: one line per part of the report, each removable but the report.
import type { PageContext } from '@tierdesk/core/model/context';
import type { Strings } from '@tierdesk/ui/strings';
import type { ReviewItem } from '@tierdesk/ui/ReviewList';
import type { ReviewPart } from '../dialog/keptContext';

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
