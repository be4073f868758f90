import { mount } from 'svelte';
import { chooseLang } from './lib/i18n/locale.svelte';
import { loadLaterMessages, loadMessages } from './lib/i18n/messages';
import { hasMapView, readPage } from './lib/model/url-state';
import { cssColours } from './lib/content/palette';
import { statementFor } from './lib/content/statements';
import { fetchEarly, firstFiles, viewsFile } from './lib/state/data.svelte';
import { offerReloadWhenUpdated } from './offline/updated';
import './app.css';

// The selection colours, from the palette, for every stylesheet.
for (const [name, value] of Object.entries(cssColours())) document.documentElement.style.setProperty(name, value);

const target = document.getElementById('app');
if (!target) throw new Error('Statement Atlas: no #app element to mount into');

// ?embed=1 is the compact view for articles; it loads only what it needs.
const page = readPage(location.search);
const embedded = page.embed;
// A reading view's first files are requested now, beside its code, not once it has loaded;
// a link to a place (without its own #map= view) also the views file its map is built at.
const statement = page.view ? undefined : statementFor(page.statement);
const linked = page.selects && !hasMapView(location.hash);
if (statement) fetchEarly({ ...firstFiles(statement), ...(linked && { views: viewsFile(statement) }) });
// And the code that reads it and frames the place, beside maplibre-gl's rather than after it.
if (linked) import('./lib/state/link-view').catch(() => undefined);
// Two separate import() calls: in one conditional expression the build
// preloads only one branch's stylesheet (Vite 8 / Rolldown).
// A user's atlas from a link (?view=atlas), and a draft being edited (?view=new), are read by the same views as
// every text, with the strings they need for it.
async function view() {
  const later = page.view && loadLaterMessages();
  if (embedded) return (await Promise.all([import('./Embed.svelte'), later]))[0].default;
  return (await Promise.all([import('./App.svelte'), later]))[0].default;
}
// The interface language's messages load beside the view, so nothing shows in the wrong language.
const messages = loadMessages(chooseLang(page.lang, navigator.languages).lang);
export default Promise.all([view(), messages]).then(([component]) => mount(component, { target }));

// A part of an older deployment that is gone from the server: the reader is told, and offered a reload.
offerReloadWhenUpdated();

// After one visit the atlas keeps working offline (production builds only).
// Not in embeds: a publisher's page should not install workers for its readers.
if (import.meta.env.PROD && !embedded && 'serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((e: unknown) => console.warn('Offline support unavailable:', e));
  });
}
