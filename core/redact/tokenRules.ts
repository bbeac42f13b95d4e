// Secrets recognisable by their own shape: provider API keys, tokens, JWTs, private keys.
// Plain regexes, no dependencies: this runs in the widget, where every byte counts.
import type { RedactionKind } from './redactionMarker';

export interface TokenRule {
  kind: RedactionKind;
  /** Global; the whole match is the secret unless `keep` says how much of it to keep. */
  pattern: RegExp;
  /** Leading capture group to keep (e.g. the `Bearer ` before a token). */
  keep?: boolean;
  /** A second look at the match, for shapes that ordinary words could take. */
  check?: (secret: string) => boolean;
}

/** True for a string that looks machine-made: long, with digits or inner capitals. */
export function looksRandom(s: string): boolean {
  if (s.length < 16) return false;
  // A slug of words (`payroll-2024-v2-production`) is a name, however long.
  const parts = s.split(/[-_.]/);
  if (
    /^[a-z0-9]+(?:[-_.][a-z0-9]+)+$/.test(s) &&
    parts.filter((p) => /^[a-z]+$/.test(p)).length * 2 >= parts.length
  ) {
    return false;
  }
  const digits = s.replace(/\D/g, '').length;
  const innerCaps = (s.match(/[a-z0-9][A-Z]/g) ?? []).length;
  return (digits >= 2 && /[A-Za-z]/.test(s)) || innerCaps >= 3;
}

/** Provider formats from their documentation (and gitleaks' rules), most specific first. */
export const tokenRules: TokenRule[] = [
  {
    kind: 'private_key',
    pattern:
      /-----BEGIN[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[ A-Z0-9]*PRIVATE KEY(?: BLOCK)?-----|$)/g,
  },
  // JWT: header and payload are base64url JSON (`eyJ` is `{"`); a cut-off one still leaks claims.
  { kind: 'jwt', pattern: /\beyJ[\w-]{8,}\.eyJ[\w-]*(?:\.[\w-]*)*/g },
  { kind: 'jwt', pattern: /\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/g },
  {
    kind: 'api_key',
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{16}\b/g,
  },
  {
    kind: 'secret',
    pattern:
      /(\baws.{0,20}?(?:secret|key).{0,20}?[=:][ \t]*["']?)[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/gi,
    keep: true,
  },
  { kind: 'token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,251}\b/g },
  { kind: 'token', pattern: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g },
  { kind: 'token', pattern: /\bgl(?:pat|dt|rt|ptt|cbt|oas|soat|ft|imt|agent)-[\w-]{20,}/g },
  { kind: 'token', pattern: /\bxox[abposre]-[A-Za-z0-9-]{10,}/g },
  { kind: 'token', pattern: /\bxapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+/gi },
  { kind: 'api_key', pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g },
  { kind: 'secret', pattern: /\bwhsec_[A-Za-z0-9+/]{24,}/g },
  { kind: 'api_key', pattern: /\bAIza[\w-]{35}(?![\w-])/g },
  { kind: 'token', pattern: /\bya29\.[\w-]{20,}/g },
  { kind: 'secret', pattern: /\bGOCSPX-[\w-]{20,}/g },
  {
    kind: 'api_key',
    pattern: /\bsk-(?:proj-|svcacct-|admin-|ant-(?:api|admin)\d\d-)?[\w-]{20,}/g,
    check: looksRandom,
  },
  { kind: 'token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { kind: 'token', pattern: /\bpypi-AgE[\w-]{50,}/g },
  { kind: 'token', pattern: /\bhf_[A-Za-z]{30,}\b/g },
  { kind: 'api_key', pattern: /\bSK[0-9a-f]{32}\b/g },
  { kind: 'api_key', pattern: /\bSG\.[\w-]{16,32}\.[\w-]{16,64}/g },
  { kind: 'api_key', pattern: /\bkey-[0-9a-f]{32}\b/g },
  { kind: 'token', pattern: /\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}\b/g },
  { kind: 'token', pattern: /\bdo[por]_v1_[a-f0-9]{64}\b/g },
  { kind: 'token', pattern: /\bsq0(?:atp|csp)-[\w-]{22,43}/g },
  { kind: 'token', pattern: /\bATATT3[\w=-]{20,}/g },
  { kind: 'token', pattern: /\b\d{8,10}:AA[\w-]{33}\b/g },
  // Command lines: `curl -u user:pass`, `--password secret` (the `=` form is a named value).
  {
    kind: 'credentials',
    pattern: /((?:^|\s)(?:-u|--user)[ =]["']?[^\s:"'-][^\s:"']*:)[^\s"']+/g,
    keep: true,
  },
  {
    kind: 'password',
    pattern:
      /((?:^|\s)--?(?:password|passwd|pwd|token|api[-_]?key|secret|client[-_]secret)[ \t]+)(?!-)[^\s"']+/gi,
    keep: true,
  },
  // Tierdesk's own agent and reporter tokens.
  { kind: 'token', pattern: /\b(?:td|rt)_[\w-]{16,}/g },
  {
    kind: 'bearer',
    pattern: /(\bbearer\s+)[\w.~+/-]{16,}=*/gi,
    keep: true,
    check: (s) => looksRandom(s.replace(/^bearer\s+/i, '')),
  },
  {
    kind: 'credentials',
    pattern: /(\bbasic\s+)[A-Za-z0-9+/]{12,}={0,2}(?![\w+/=])/gi,
    keep: true,
    check: (s) => looksRandom(s.replace(/^basic\s+/i, '')) || /=$/.test(s),
  },
];
