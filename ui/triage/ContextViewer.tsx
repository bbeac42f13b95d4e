// The page context a ticket arrived with: where the user was, console errors, failed requests,
// JS errors and the environment, as plain text (all of it is user- or page-supplied).
import type { PageContext } from '@tierdesk/core/model/context';

export interface ContextViewerProps {
  context: PageContext | undefined;
}

const section = { margin: '8px 0 2px', fontSize: '12px', fontWeight: 700 } as const;
const mono = {
  fontFamily: 'ui-monospace, monospace',
  fontSize: '11px',
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
} as const;

export function ContextViewer({ context }: ContextViewerProps) {
  if (!context) return <p class="td-context-empty">No page context was captured.</p>;
  const env = context.environment;
  return (
    <div class="td-context">
      <div style={mono}>
        {context.title} — {context.url}
      </div>
      <h4 style={section}>Console errors ({context.consoleErrors.length})</h4>
      {context.consoleErrors.length === 0 ? <div>none captured</div> : null}
      <ul class="td-console" style={{ margin: 0, paddingLeft: '16px' }}>
        {context.consoleErrors.map((e, i) => (
          <li key={i} style={mono}>
            [{e.level}] {e.message}
            {e.count && e.count > 1 ? ` ×${e.count}` : ''}
          </li>
        ))}
        {context.jsErrors.map((e, i) => (
          <li key={`js${i}`} style={mono}>
            [{e.kind}] {e.message}
            {e.source ? ` (${e.source}:${e.line ?? '?'})` : ''}
          </li>
        ))}
      </ul>
      <h4 style={section}>Failed requests ({context.failedRequests.length})</h4>
      {context.failedRequests.length === 0 ? <div>none captured</div> : null}
      <ul class="td-requests" style={{ margin: 0, paddingLeft: '16px' }}>
        {context.failedRequests.map((r, i) => (
          <li key={i} style={mono}>
            {r.method} {r.url} → {r.status === 0 ? (r.error ?? 'network error') : r.status} (
            {Math.round(r.durationMs)} ms{r.kind ? `, ${r.kind}` : ''})
          </li>
        ))}
      </ul>
      <h4 style={section}>Environment</h4>
      <dl class="td-env" style={{ ...mono, margin: 0 }}>
        <dt>Browser</dt>
        <dd>{env.userAgent}</dd>
        <dt>Viewport</dt>
        <dd>
          {context.viewport.width}×{context.viewport.height} @{context.viewport.devicePixelRatio}x
          {env.screen ? ` (screen ${env.screen.width}×${env.screen.height})` : ''}
        </dd>
        <dt>Locale / time zone</dt>
        <dd>
          {context.locale} · {context.timeZone}
          {env.online === false ? ' · offline' : ''}
        </dd>
      </dl>
    </div>
  );
}
