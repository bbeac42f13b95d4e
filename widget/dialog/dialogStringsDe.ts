// The German build's dialogStrings.ts (see there): the dialog file for pages in German.
export { deStrings as dialogStrings } from '@tierdesk/ui/deStrings';
