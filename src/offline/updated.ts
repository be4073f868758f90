// The second line of defence when the atlas is redeployed under an open page
// (the service worker keeps each open page's version, but a page may run
// without it: a first visit, a private window, storage cleared). A part loaded
// on use whose file is gone then fails to load; Vite reports every such
// failure as `vite:preloadError`. If the server's page no longer loads this
// page's script, the atlas was updated: say so, and offer to reload (the URL
// keeps the view, and a draft is saved when the page is left).
import { format } from '../lib/i18n/messages';

export function offerReloadWhenUpdated(): void {
  addEventListener('vite:preloadError', async () => {
    const script = document.querySelector('script[type="module"][src]')?.getAttribute('src');
    // The server's page as it is now: a query the worker never cached goes to the network.
    const now = await fetch(`./?updated=${Date.now()}`, { cache: 'no-store' }).then((r) => (r.ok ? r.text() : ''), () => '');
    if (!script || !now || now.includes(script) || document.querySelector('.updated')) return;
    const lang = document.documentElement.lang;
    const note = document.createElement('p');
    const reload = document.createElement('button');
    note.className = 'updated';
    note.setAttribute('role', 'alert');
    reload.textContent = format(lang, 'app.reload');
    reload.onclick = () => location.reload();
    note.append(format(lang, 'app.updated'), ' ', reload);
    document.body.append(note);
  });
}
