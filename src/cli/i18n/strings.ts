import { en } from './en';
import { fr } from './fr';
import type { Lang, Strings } from './lang';

/** The strings of a language. */
export function stringsFor(lang: Lang): Strings {
  return lang === 'fr' ? fr : en;
}
