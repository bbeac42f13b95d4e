// Styles of what follows the form (review, mark-up editor, confirmation, my tickets), themed
// only through CSS variables. The widget loads them with its later steps; uiCss.ts has all.

export const stepsCss = `
.td-review,.td-confirm,.td-mine,.td-annotate{display:block}
.td-mine{border:1px solid var(--td-border);border-radius:8px;padding:10px 12px;margin:0 0 12px;background:var(--td-surface)}
.td-review h3,.td-confirm h3,.td-mine h3{font-size:1em;margin:0 0 6px}
.td-review ul,.td-mine ul,.td-boxes{list-style:none;margin:0;padding:0}
.td-mine li{padding:4px 0;border-top:1px solid var(--td-border)}
.td-mine li:first-child{border-top:0}
.td-review li{display:grid;grid-template-columns:auto 1fr;gap:0 8px;align-items:start;padding:4px 0}
.td-review .td-detail{grid-column:2}
.td-excluded label{text-decoration:line-through;color:var(--td-muted)}
.td-status{margin-left:8px;padding:1px 6px;border-radius:4px;background:var(--td-chip-bg);color:var(--td-fg);font-size:.85em}
.td-number{font-variant-numeric:tabular-nums}
.td-tools{display:flex;flex-wrap:wrap;gap:8px;margin:0 0 6px}
.td-tools [aria-pressed=true]{border-color:var(--td-accent)}
.td-surface{position:relative;width:100%;user-select:none;touch-action:none;border:1px solid var(--td-border);cursor:crosshair;overflow:hidden}
.td-surface canvas{display:block;width:100%;height:100%;pointer-events:none}
.td-box{position:absolute;box-sizing:border-box;margin:0;padding:0;border:3px solid #f59e0b;background:transparent;cursor:move;min-width:0;border-radius:0}
.td-box-blackout{background:#000;border-color:#000}
.td-box:focus-visible{outline:3px solid var(--td-focus);outline-offset:2px}
.td-boxes li{padding:2px 0}
`;
