// Files the New atlas view hands to the user: a download made in the page
// (nothing is sent anywhere), and the atlas file of a draft.
import type { Draft, SharedAtlas } from './draft';
import { folderId } from './folder';
import { linksOf, type Reviewed } from './review';

export function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The draft as one atlas file: the draft, and the links its reviewed text makes. */
export function downloadAtlas(draft: Draft, reviewed: Reviewed | null): void {
  const atlas: SharedAtlas = { draft, links: reviewed ? linksOf(reviewed) : [] };
  download(`${folderId(draft)}.atlas.json`, `${JSON.stringify(atlas)}\n`, 'application/json');
}
