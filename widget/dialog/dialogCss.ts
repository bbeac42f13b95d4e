// The dialog shell: a modal <dialog> in the shadow root, its panel, buttons and focus ring.
// Colours come from the theme variables (loaderCss), chosen for WCAG AA contrast in both themes.
// The later steps' rules come with their file (ui/stepsCss.ts, adopted as it loads).
import { formCss } from '@tierdesk/ui/formCss';

const light =
  '--td-fg:#1f2328;--td-bg:#fff;--td-surface:#f6f8fa;--td-muted:#57606a;--td-border:#8c959f;--td-input-bg:#fff;--td-danger:#b42318;--td-chip-bg:#eaeef2';
const dark =
  '--td-fg:#e6edf3;--td-bg:#161b22;--td-surface:#0d1117;--td-muted:#9da7b3;--td-border:#6e7681;--td-input-bg:#0d1117;--td-danger:#ff7b72;--td-chip-bg:#30363d';

export const dialogCss = `
:host{${light}}
:host([data-theme=dark]){${dark}}
@media (prefers-color-scheme:dark){:host([data-theme=auto]){${dark}}}
dialog.td-dialog{all:initial;position:fixed;inset:0;margin:auto;max-width:min(560px,calc(100vw - 24px));max-height:calc(100vh - 24px);width:100%;padding:0;border:1px solid var(--td-border);border-radius:12px;background:var(--td-bg);color:var(--td-fg);box-shadow:var(--td-shadow);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow:hidden;box-sizing:border-box}
dialog.td-dialog:not([open]){display:none}
dialog.td-dialog::backdrop{background:rgba(0,0,0,.45)}
.td-panel{display:flex;flex-direction:column;max-height:calc(100vh - 26px)}
.td-head{display:flex;align-items:center;justify-content:space-between;padding:12px 16px;border-bottom:1px solid var(--td-border)}
.td-head h2{margin:0;font-size:16px;font-weight:700}
.td-body{padding:14px 16px;overflow:auto;flex:1}
.td-foot{display:flex;justify-content:space-between;gap:8px;padding:12px 16px;border-top:1px solid var(--td-border)}
.td-foot:has(> :only-child){justify-content:flex-end}
button{font:inherit;cursor:pointer}
.td-primary,.td-secondary{padding:8px 14px;border-radius:6px;border:1px solid var(--td-accent);font-weight:600}
.td-primary{background:var(--td-accent);color:var(--td-accent-fg)}
.td-secondary{background:transparent;color:var(--td-accent)}
.td-primary[disabled],.td-secondary[disabled]{opacity:.6;cursor:default}
.td-link{background:none;border:0;padding:0;color:var(--td-accent);text-decoration:underline;cursor:pointer}
.td-close{background:none;border:0;font-size:22px;line-height:1;color:var(--td-fg);padding:2px 8px;border-radius:6px}
:focus-visible{outline:3px solid var(--td-focus);outline-offset:2px}
.td-shot{margin:0 0 8px}
.td-upload{margin-top:8px}
.td-visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);border:0}
.td-upload input:focus-visible + span,.td-upload:focus-within label{outline:3px solid var(--td-focus);outline-offset:2px}
${formCss}
`;
