// The language the dialog file is built in. This is English; the German build
// (tierdesk-dialog-de.js, widget/build.ts) swaps in dialogStringsDe.ts, so a page carries only
// the strings of its own language.
export { enStrings as dialogStrings } from '@tierdesk/ui/enStrings';
