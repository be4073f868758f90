// The map's teaching layers, by toggle: a module of its own, so the views'
// state can name them without loading the style code.

/** Context layers for teaching, by toggle: off until the reader turns them on. */
export const CONTEXT_LAYERS = {
  shelf: ['context-shelf', 'context-shelf-label'],
  'island-groups': ['context-island-groups-fill', 'context-island-groups-line', 'context-island-groups-label'],
  'sea-features': ['context-sea-features-fill', 'context-sea-features-line', 'context-sea-features-label'],
  maritime: ['context-maritime'],
} as const;
export type ContextLayer = keyof typeof CONTEXT_LAYERS;
/** Every context layer off: how the atlas opens, and all an embed shows. */
export const NO_CONTEXT: Readonly<Record<ContextLayer, boolean>> = Object.freeze(
  Object.fromEntries(Object.keys(CONTEXT_LAYERS).map((k) => [k, false])) as Record<ContextLayer, boolean>,
);
