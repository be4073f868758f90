// Which on-demand data (style.ts ON_DEMAND) the map needs now and has not fetched yet.
import type { OnDemandData } from './style';

export function dueOnDemand(all: readonly OnDemandData[], shown: (layer: string) => boolean, fetched: ReadonlySet<string>): OnDemandData[] {
  return all.filter((d) => !fetched.has(d.source) && d.layers.some(shown));
}
