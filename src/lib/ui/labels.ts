import type { RegionKind } from '../model/types';

export const KIND_LABELS: Record<RegionKind, string> = {
  sea: 'Sea',
  strait: 'Strait',
  'island-group': 'Island group',
  island: 'Island',
  site: 'Site',
  country: 'Country',
  region: 'Region',
};
