// How a text's source is credited in a line: any publisher, any licence.
import type { StatementSource } from './types';

/** The text's short credit: its reference (else its publisher) and its licence's name (what comes before a colon). */
export const creditOf = (s: StatementSource) => ({ source: s.reference ?? s.publisher, licence: s.licence.split(':')[0] || '—' });
