// The region ↔ paragraph index, built once from the open data, answering both directions.
import type { FeatureCollection } from 'geojson';
import type { Box } from '../content/boxes';
import type { SharedAtlas } from '../draft/draft';
import type { Carried } from './url-links';
import type { RegionMention, Paragraph, RegionCollection, RegionFeature, Section, Statement } from './types';

/** What the map and the share dialog need of a user's text beyond its statement. */
export interface UserMap {
  regions: FeatureCollection;
  labels: FeatureCollection;
  overview: Box;
  atlas: SharedAtlas;
  /** How the page's link carries it; null for a draft being edited (its links are the editor's). */
  carried: Carried | null;
}

export class LinkIndex {
  readonly regions: RegionFeature[];
  readonly paragraphs: Paragraph[];
  #region = new Map<string, RegionFeature>();
  #paragraph = new Map<string, Paragraph>();
  #section = new Map<string, Section>();
  #byRegion = new Map<string, Paragraph[]>();

  /** `user`: a user's text (model/user-atlas): its places and labels for the map, the view it opens at, and the atlas as its link carries it. */
  constructor(
    statement: Statement,
    regions: RegionCollection,
    readonly user?: UserMap,
  ) {
    this.regions = regions.features;
    this.paragraphs = statement.sections.flatMap((s) => s.paragraphs);
    for (const r of this.regions) this.#region.set(r.properties.id, r);
    for (const s of statement.sections)
      for (const p of s.paragraphs) {
        this.#paragraph.set(p.id, p);
        this.#section.set(p.id, s);
        for (const region of new Set(p.mentions.map((m) => m.region)))
          (this.#byRegion.get(region) ?? this.#byRegion.set(region, []).get(region)!).push(p);
      }
  }

  /** The regions this statement names (another text of the collection may name fewer than all). */
  get named(): RegionFeature[] {
    return this.regions.filter((r) => this.#byRegion.has(r.properties.id));
  }

  hasRegion = (id: string) => this.#region.has(id);
  hasParagraph = (id: string) => this.#paragraph.has(id);
  region = (id: string) => this.#region.get(id);
  paragraph = (id: string) => this.#paragraph.get(id);
  sectionOf = (paragraphId: string) => this.#section.get(paragraphId);

  /** Paragraphs that name the region, in reading order. */
  paragraphsOf = (regionId: string): Paragraph[] => this.#byRegion.get(regionId) ?? [];

  /** Regions a paragraph names, in order of first mention. */
  regionsOf = (paragraphId: string): string[] => [...new Set(this.#paragraph.get(paragraphId)?.mentions.map((m) => m.region))];

  /** The mentions of one region within one paragraph. */
  mentionsOf = (paragraphId: string, regionId: string): RegionMention[] =>
    this.#paragraph.get(paragraphId)?.mentions.filter((m) => m.region === regionId) ?? [];
}
