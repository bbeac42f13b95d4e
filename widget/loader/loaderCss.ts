// The host reset, the theme (CSS variables, light / dark / auto) and the launcher's look. The
// reset on :host is !important: inside a shadow tree, important rules beat the page's.

// Only what the launcher needs; the dialog's stylesheet adds the rest of the palette.
const light =
  '--td-accent:#0a58ca;--td-accent-fg:#fff;--td-focus:#0a58ca;--td-shadow:0 8px 30px rgba(0,0,0,.25)';
const dark =
  '--td-accent:#4493f8;--td-accent-fg:#0d1117;--td-focus:#79c0ff;--td-shadow:0 8px 30px rgba(0,0,0,.6)';

export const themeCss = `
:host{all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483647!important;visibility:visible!important;opacity:1!important;transform:none!important;filter:none!important;${light}}
:host([data-theme=dark]){${dark}}
@media (prefers-color-scheme:dark){:host([data-theme=auto]){${dark}}}
*{box-sizing:border-box}
`;

export const launcherCss = `
.td-launcher{position:fixed;margin:0;display:inline-flex;align-items:center;gap:6px;padding:10px 16px;border:0;border-radius:999px;background:var(--td-accent);color:var(--td-accent-fg);font:600 14px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;box-shadow:var(--td-shadow);cursor:pointer}
.td-launcher:focus-visible{outline:3px solid var(--td-focus);outline-offset:3px}
.td-bottom-right{right:20px;bottom:20px}.td-bottom-left{left:20px;bottom:20px}
.td-top-right{right:20px;top:20px}.td-top-left{left:20px;top:20px}
`;
