// Scrubs the captured page context before it leaves the page (and again on the hub): URLs,
// titles, console messages, failed requests, errors and stacks, navigation, app context.
import type { PageContext } from '../model/context';
import { fieldLimits } from './fieldLimits';
import type { RedactionOptions } from './redactionOptions';
import { clip } from './clip';
import { redactFailedRequest } from './redactFailedRequest';
import { redactJsonValue } from './redactJsonValue';
import { redactText } from './redactText';
import { redactUrl } from './redactUrl';

/**
 * The context with every text field redacted and kept within the schema's limits.
 * @example redactPageContext(ctx).url // 'https://app.example/cb?code=[REDACTED:oauth_code]'
 */
export function redactPageContext(ctx: PageContext, options: RedactionOptions = {}): PageContext {
  const url = (u: string) => clip(redactUrl(u, options), fieldLimits.url);
  const text = (t: string, max: number) => clip(redactText(t, options), max);
  const out: PageContext = {
    ...ctx,
    url: url(ctx.url),
    title: text(ctx.title, fieldLimits.title),
    consoleErrors: ctx.consoleErrors.map((e) => ({
      ...e,
      message: text(e.message, fieldLimits.message),
    })),
    failedRequests: ctx.failedRequests.map((r) => redactFailedRequest(r, options)),
    jsErrors: ctx.jsErrors.map((e) => ({
      ...e,
      message: text(e.message, fieldLimits.message),
      ...(e.source === undefined ? {} : { source: url(e.source) }),
      ...(e.stack === undefined ? {} : { stack: text(e.stack, fieldLimits.stack) }),
    })),
  };
  if (ctx.referrer !== undefined) out.referrer = url(ctx.referrer);
  if (ctx.navigation) out.navigation = ctx.navigation.map((n) => ({ ...n, url: url(n.url) }));
  if (ctx.app) {
    const app = redactJsonValue(ctx.app, options);
    if (app && typeof app === 'object' && !Array.isArray(app)) out.app = app;
  }
  return out;
}
