// How a text's source is credited in a line: any publisher, any licence.
import type { Statement } from './types';

/** The text's short credit: its reference (else its publisher, else its title) and its licence's name (what comes before a colon). */
export const creditOf = ({ source: s, title }: Pick<Statement, 'source' | 'title'>) => ({
  source: s.reference || s.publisher || `“${title}”`,
  licence: s.licence.split(':')[0] || '—',
});
