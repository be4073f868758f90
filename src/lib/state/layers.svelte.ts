// Which context layers and labels the map shows.
import type { ContextLayer } from '../map/style';

export class MapLayers {
  context = $state<Record<ContextLayer, boolean>>({ shelf: false, 'island-groups': false, 'sea-features': false, maritime: false });
  labels = $state(true);
}
