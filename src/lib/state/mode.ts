// The view's modes as one union. Reading (a tour is reading step by step), a
// quiz, the measure tool and the editor asking where a place is each say what
// the map does while they are on: what a click does, what is drawn as selected,
// whether the map names places and answers the pointer, its cursor, where the
// camera goes and the panel the text shows. Its address: reading's is the
// selection's (a tour step's ?tour=), a quiz writes its round (?quiz=); the
// tools leave the address alone. The view asks the mode in force
// (`selection.mode`), never which one it is.
import type { FeatureCollection } from 'geojson';
import type { Component } from 'svelte';
import type { CameraRequest } from '../map/camera';
import type { LinkIndex } from '../model/link-index';

/** Where a click was, beyond its position: the map's zoom, and the wide places (countries, seas) drawn under it. */
export interface ClickContext {
  zoom: number;
  wide: string[];
}

/** A part of the text pane a mode shows (its code loads on use), with its props. */
export interface Panel {
  // `any`: each mode's panel has props of its own.
  load: () => Promise<{ default: Component<any> }>;
  props: Record<string, unknown>;
}

export interface Mode {
  readonly kind: 'read' | 'tour' | 'quiz' | 'measure' | 'place' | 'choose';
  /** A click on the map: the place under it (or null), where, and what else is under it. */
  pick(id: string | null, at: [number, number], near: ClickContext): void;
  /** The places drawn as selected. */
  readonly highlighted: string[];
  /**
   * Whether the map names places, answers the pointer and frames what the text selects, and the
   * text shows the card and the list of places: a quiz's "find" would be given away by any of them.
   */
  readonly hints: boolean;
  /** A cursor for the whole map (a crosshair where a click marks a point); while set, pointing reports no place. */
  readonly cursor?: string | null;
  /** What the mode draws over the map (points numbered by their `n`), in place of a measured line. */
  readonly overlay?: FeatureCollection | null;
  /** Where the mode moves the camera, read in an effect (asked again when what it reads changes); null asks nothing. */
  camera?(index: LinkIndex): CameraRequest | null;
  /** The panel the text shows above the card (the tour's bar, the quiz), or none. */
  readonly panel?: Panel | null;
}
