import type { MessageKey } from '../i18n/messages';
import type { RegionKind } from '../model/types';

/** The message that names a kind of region ("Sea", "Island group", …). */
export const kindLabel = (kind: RegionKind): MessageKey => `kind.${kind}`;
