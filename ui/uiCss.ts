// Styles of the shared pieces, themed only through CSS variables (`--td-*`), so the widget's
// Shadow DOM and the extension's popup each set the palette and reuse these rules.

export const uiCss = `
.td-form,.td-preview,.td-known,.td-review,.td-confirm,.td-mine,.td-annotate{display:block}
.td-field{margin:0 0 12px}
.td-field label,.td-choice legend{display:block;font-weight:600;margin:0 0 4px}
.td-field input,.td-field textarea{box-sizing:border-box;width:100%;padding:8px;border:1px solid var(--td-border);border-radius:6px;background:var(--td-input-bg);color:var(--td-fg);font:inherit}
.td-field textarea{resize:vertical;min-height:80px}
.td-field [aria-invalid=true]{border-color:var(--td-danger)}
.td-hint{margin:4px 0 0;color:var(--td-muted);font-size:.875em}
.td-error{margin:4px 0 0;color:var(--td-danger);font-size:.875em}
.td-choice{border:0;margin:0 0 12px;padding:0}
.td-option{display:flex;gap:8px;align-items:center;padding:3px 0;cursor:pointer}
.td-option input{margin:0;accent-color:var(--td-accent)}
.td-preview,.td-known,.td-mine{border:1px solid var(--td-border);border-radius:8px;padding:10px 12px;margin:0 0 12px;background:var(--td-surface)}
.td-preview h3,.td-known h3,.td-review h3,.td-confirm h3,.td-mine h3{font-size:1em;margin:0 0 6px}
.td-facts{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:0}
.td-facts dt{color:var(--td-muted)}
.td-facts dd{margin:0;font-weight:600}
.td-known ul,.td-review ul,.td-mine ul,.td-boxes{list-style:none;margin:0;padding:0}
.td-known li,.td-mine li{padding:4px 0;border-top:1px solid var(--td-border)}
.td-known li:first-child,.td-mine li:first-child{border-top:0}
.td-known summary{cursor:pointer;font-weight:600}
.td-workaround,.td-detail{white-space:pre-line;margin:6px 0;overflow-wrap:anywhere}
.td-detail{color:var(--td-muted);font-size:.875em}
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
