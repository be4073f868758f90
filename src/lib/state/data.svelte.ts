// Loads the open data once; exposes loading, ready and error states with a retry.
import { DEFAULT_STATEMENT, type StatementEntry } from '../content/statements';
import { LinkIndex } from '../model/link-index';
import type { Geography, RegionCollection, Statement, TourStep } from '../model/types';

export type Ready = { status: 'ready'; statement: Statement; regions: RegionCollection; geography: Geography; tour: TourStep[]; index: LinkIndex };
export type DataState = { status: 'loading' } | Ready | { status: 'error'; message: string };

/** Absolute URL of a file under public/data, valid from any folder the build is served from. */
export const dataUrl = (path: string) => new URL(`${import.meta.env.BASE_URL}data/${path}`, document.baseURI).href;

/** Requests started before the view that reads them (main.ts), each taken once. */
const early = new Map<string, Promise<Response>>();

/** The files a reading view loads first, for its statement: its text and tour, every region's properties (the map draws the wide outlines from tiles), their geography. */
export const firstFiles = ({ dataPath }: StatementEntry) => ({
  statement: `${dataPath}statement.json`,
  regions: 'regions-lite.geojson',
  geography: 'geography.json',
  tour: `${dataPath}tour.json`,
});

/** The views a link's map is built at, before the text's data (state/link-view.ts). */
export const viewsFile = ({ dataPath }: StatementEntry) => `${dataPath}views.json`;

/** Starts these files' requests now, for the view that will read them once its code is in. */
export function fetchEarly(files: Record<string, string>) {
  for (const path of Object.values(files)) {
    const request = fetch(dataUrl(path));
    request.catch(() => undefined); // a failure is reported where the file is read, not as an unhandled rejection
    early.set(path, request);
  }
}

/** A file of public/data, parsed and checked for its shape; each failure says which file and how. */
export async function fetchJson<T>(path: string, check: (v: unknown) => v is T): Promise<T> {
  const started = early.get(path);
  early.delete(path); // a retry asks again
  const response = await (started ?? fetch(dataUrl(path)));
  if (!response.ok) throw new Error(`${path} could not be loaded (HTTP ${response.status}).`);
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    throw new Error(`${path} is damaged (not valid JSON).`);
  }
  if (!check(value)) throw new Error(`${path} does not have the expected shape.`);
  return value;
}

export const isRegions = (v: unknown): v is RegionCollection =>
  typeof v === 'object' && v !== null && (v as RegionCollection).type === 'FeatureCollection' && Array.isArray((v as RegionCollection).features);
export const isGeography = (v: unknown): v is Geography =>
  typeof v === 'object' && v !== null && Array.isArray((v as Geography).measures) && typeof (v as Geography).regions === 'object';
export const isStatement = (v: unknown): v is Statement =>
  typeof v === 'object' && v !== null && Array.isArray((v as Statement).sections) && typeof (v as Statement).title === 'string';
const isTour = (v: unknown): v is { steps: TourStep[] } =>
  typeof v === 'object' && v !== null && Array.isArray((v as { steps: unknown }).steps);

export class AtlasData {
  state = $state.raw<DataState>({ status: 'loading' });

  /**
   * `about` names the statement: its text and tour are under its data path; the regions and measures are shared.
   * A text that is not a file of the atlas (a user's, from a link) comes from `read` instead.
   */
  constructor(
    readonly about: StatementEntry = DEFAULT_STATEMENT,
    private readonly read?: () => Promise<Ready>,
  ) {}

  async load(): Promise<void> {
    this.state = { status: 'loading' };
    const files = firstFiles(this.about);
    try {
      if (this.read) return void (this.state = await this.read());
      const [statement, regions, geography, tour] = await Promise.all([
        fetchJson(files.statement, isStatement),
        fetchJson(files.regions, isRegions),
        fetchJson(files.geography, isGeography),
        fetchJson(files.tour, isTour),
      ]);
      const index = new LinkIndex(statement, regions);
      this.state = { status: 'ready', statement, regions, geography, tour: tour.steps, index };
    } catch (e) {
      this.state = { status: 'error', message: e instanceof Error ? e.message : 'The atlas data could not be loaded.' };
    }
  }
}
