// Cross-site scripting payloads (the classic vectors of the OWASP cheat sheet and the stored-XSS
// reports against agent consoles): each one, if it ever runs, calls `__xss(n)` — a hook the test
// installs — or, where the hook is missing, throws a ReferenceError naming `__xss`.

export const xssPayloads: string[] = [
  '<script>__xss(1)</script>',
  '<img src=x onerror=__xss(2)>',
  '"><svg onload=__xss(3)>',
  '\'><iframe srcdoc="<script>parent.__xss(4)</script>"></iframe>',
  'javascript:__xss(5)',
  '<a href="javascript:__xss(6)" id="xss6">x</a>',
  "{{constructor.constructor('__xss(7)')()}}",
  '<details open ontoggle=__xss(8)>',
  '<body onload=__xss(9)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(10)>',
  '<input autofocus onfocus=__xss(11)>',
  '</textarea><script>__xss(12)</script>',
  '<style>*{background:url("javascript:__xss(13)")}</style>',
  'data:text/html,<script>__xss(14)</script>',
  '&lt;img src=x onerror=__xss(15)&gt;',
  '<object data="javascript:__xss(16)"></object>',
  '<video><source onerror=__xss(17)></video>',
  '" onmouseover="__xss(18)" x="',
  '${__xss(19)}`+__xss(19)+`',
  '<svg><animate onbegin=__xss(20) attributeName=x dur=1s>',
  '<img src=1 onerror=alert(21)>',
  '<iframe src="javascript:alert(22)"></iframe>',
  '<noscript><p title="</noscript><img src=x onerror=__xss(23)>">',
  '<x contenteditable onfocus=__xss(24) autofocus>',
  '<link rel=import href="data:text/html,<script>__xss(25)</script>">',
];

/** One string carrying many payloads (for long fields). */
export const allPayloads = xssPayloads.join('\n');

/** Installed in every page before its scripts: counts executions instead of running alerts. */
export const xssHook = `
  window.__xssHits = [];
  window.__xss = (n) => { window.__xssHits.push(n); };
`;
