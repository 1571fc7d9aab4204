import type { Messages } from '../messages';
import type { Locale } from '../types';
import { en } from './en';
import { fr } from './fr';

/** Every locale's strings. Adding a language is adding a folder and a line here. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = { fr, en };

/** The supported locales, French first (the platform's own language). */
export const LOCALES: readonly Locale[] = ['fr', 'en'];
