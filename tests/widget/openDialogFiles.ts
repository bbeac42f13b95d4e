// Which built files a working open dialog needs, per language: the loader and that language's
// dialog file (form, live triage preview and known issues, their answer parsing, redaction).
// The size test, its Chromium proof (open-dialog/) and the bench all count these.
// The later steps, the outbox and html2canvas are fetched after the dialog shows, or on use.

export const openDialogFiles = {
  en: ['tierdesk-widget.js', 'tierdesk-dialog.js'],
  de: ['tierdesk-widget.js', 'tierdesk-dialog-de.js'],
} as const satisfies Record<string, readonly string[]>;

/** Every file `npm run build -w widget` writes (widget/build.ts). */
export const widgetFiles = [
  'tierdesk-widget.js',
  'tierdesk-dialog.js',
  'tierdesk-dialog-de.js',
  'tierdesk-steps.js',
  'tierdesk-outbox.js',
  'tierdesk-screenshot.js',
] as const;
