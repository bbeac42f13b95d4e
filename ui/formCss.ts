// Styles of the ticket form and what shows with it (live preview, known issues), themed only
// through CSS variables (`--td-*`). The widget's dialog file carries only these; uiCss.ts has all.

export const formCss = `
.td-form,.td-preview,.td-known{display:block}
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
.td-preview,.td-known{border:1px solid var(--td-border);border-radius:8px;padding:10px 12px;margin:0 0 12px;background:var(--td-surface)}
.td-preview h3,.td-known h3{font-size:1em;margin:0 0 6px}
.td-facts{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:0}
.td-facts dt{color:var(--td-muted)}
.td-facts dd{margin:0;font-weight:600}
.td-known ul{list-style:none;margin:0;padding:0}
.td-known li{padding:4px 0;border-top:1px solid var(--td-border)}
.td-known li:first-child{border-top:0}
.td-known summary{cursor:pointer;font-weight:600}
.td-workaround,.td-detail{white-space:pre-line;margin:6px 0;overflow-wrap:anywhere}
.td-detail{color:var(--td-muted);font-size:.875em}
`;
