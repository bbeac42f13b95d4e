// Every user-visible string of the shared pieces and the widget, by language: English
// (enStrings.ts) and German (deStrings.ts), one module each so the widget loads only its own.
import { deStrings } from './deStrings';
import { enStrings, type Strings } from './enStrings';

export type { Strings };

export const locales = { en: enStrings, de: deStrings } as const;
export type Locale = keyof typeof locales;

/** Strings for a BCP 47 tag (`de-AT` → German); English when we do not have the language. */
export function stringsFor(locale: string | undefined): Strings {
  const lang = (locale ?? 'en').toLowerCase().split('-')[0] as Locale;
  return locales[lang] ?? enStrings;
}
