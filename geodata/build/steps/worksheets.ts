// The flagship's worksheets, written at data-build time to
// public/data/static/<id>-worksheet.html and .svg. The sheets themselves are
// made by src/lib/worksheet/sheet.ts, which makes every other text's in the browser.
import type { Geography, RegionCollection, Statement, TourStep } from '../../../src/lib/model/types';
import type { Ringed, StaticBasemap } from '../../../src/lib/worksheet/picture';
import { sheetShell, worksheet } from '../../../src/lib/worksheet/sheet';

export function buildWorksheets(regions: RegionCollection, base: StaticBasemap, ringed: Ringed, statement: Statement, tour: TourStep[], geography: Geography): Map<string, string> {
  // The page the browser writes any other text's sheet into.
  const files = new Map<string, string>([['static/worksheet.html', sheetShell()]]);
  for (const r of regions.features) {
    const { svg, html } = worksheet(
      r,
      regions.features.filter((f) => f !== r),
      base,
      ringed,
      statement,
      tour,
      geography,
    );
    files.set(`static/${r.properties.id}-worksheet.svg`, svg);
    files.set(`static/${r.properties.id}-worksheet.html`, html);
  }
  return files;
}
