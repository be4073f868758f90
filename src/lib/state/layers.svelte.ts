// Which context layers and labels the map shows.
import { type ContextLayer, NO_CONTEXT } from '../map/context-layers';

export class MapLayers {
  context = $state<Record<ContextLayer, boolean>>({ ...NO_CONTEXT });
  labels = $state(true);
}
