/*! Statement Atlas embed loader: turns each <div data-statement-atlas> into the
 * atlas's embed iframe, sized to its content by the atlas's height messages.
 * No dependencies. Protocol and options: see the README, "Embedding". */
(function () {
  'use strict';
  var script = document.currentScript;
  var base = new URL('./', (script && script.src) || location.href);
  var PREFIX = 'statement-atlas:';
  /** data-* attribute → URL parameter of the embed view. */
  var OPTIONS = { statement: 'statement', region: 'region', passage: 'p', tour: 'tour', lang: 'lang', labels: 'labels', height: 'height' };
  var VALUE = /^[a-z0-9-]{1,64}$/;
  var ATLAS_FILE = /^(?!.*\.\.)(?!\/\/)[A-Za-z0-9_.\/-]{1,200}\.json$/;
  var ATLAS_HASH = /^[A-Za-z0-9_-]{1,200000}$/;
  // The map's height limits, as src/lib/model/url-state.ts's EMBED_HEIGHT (a unit test keeps them equal).
  var MIN_HEIGHT = 240;
  var MAX_MAP_HEIGHT = 1200;
  var MAX_HEIGHT = 4000;
  var embeds = [];

  function clamp(n, lo, hi) {
    return Math.max(lo, Math.min(hi, n));
  }

  function build(div) {
    if (div.hasAttribute('data-statement-atlas-ready')) return;
    div.setAttribute('data-statement-atlas-ready', '');
    var url = new URL('./', base);
    url.searchParams.set('embed', '1');
    Object.keys(OPTIONS).forEach(function (key) {
      var value = div.getAttribute('data-' + key);
      if (value !== null && VALUE.test(value)) url.searchParams.set(OPTIONS[key], value);
    });
    // A user's atlas: an atlas file beside the atlas (a plain .json name or path), or the atlas itself for the frame's hash.
    var file = div.getAttribute('data-atlas');
    var carried = div.getAttribute('data-atlas-hash');
    if (file !== null && ATLAS_FILE.test(file)) url.searchParams.set('atlas', file);
    if (carried !== null && ATLAS_HASH.test(carried)) url.hash = 'atlas=' + carried;
    if (url.searchParams.has('atlas') || url.hash) url.searchParams.set('view', 'atlas');
    // Only this page may drive its embeds.
    url.searchParams.set('hosts', location.origin);
    var height = clamp(parseInt(div.getAttribute('data-height'), 10) || 400, MIN_HEIGHT, MAX_MAP_HEIGHT);
    var iframe = document.createElement('iframe');
    iframe.src = url.href;
    // The title: data-title, else the fallback link's words (the snippet writes the statement's and place's names there).
    iframe.title = div.getAttribute('data-title') || (div.textContent || '').trim() || 'Interactive map (Statement Atlas)';
    iframe.setAttribute('loading', 'lazy');
    iframe.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    iframe.setAttribute('allow', 'fullscreen');
    iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    iframe.style.cssText = 'display:block;width:100%;border:0;height:' + height + 'px';
    // The div's own content (a link, a picture) was the no-script fallback.
    while (div.firstChild) div.removeChild(div.firstChild);
    div.appendChild(iframe);
    embeds.push({ div: div, iframe: iframe });
  }

  function scan(root) {
    var found = (root || document).querySelectorAll('[data-statement-atlas]');
    for (var i = 0; i < found.length; i++) build(found[i]);
  }

  function embedOf(source) {
    for (var i = 0; i < embeds.length; i++) if (embeds[i].iframe.contentWindow === source) return embeds[i];
    return null;
  }

  addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== base.origin || !d || typeof d !== 'object' || typeof d.type !== 'string' || d.type.indexOf(PREFIX) !== 0) return;
    var embed = embedOf(e.source);
    if (!embed) return;
    if (d.type === PREFIX + 'height' && typeof d.height === 'number' && isFinite(d.height)) {
      embed.iframe.style.height = clamp(Math.round(d.height), MIN_HEIGHT, MAX_HEIGHT) + 'px';
    }
    // Host scripts listen for these on the div (or any ancestor).
    embed.div.dispatchEvent(new CustomEvent('statement-atlas', { detail: d, bubbles: true }));
  });

  /** Sends a message to the embed in `div`, e.g. { type: 'statement-atlas:select', region: 'okinawa' }. */
  function send(div, message) {
    for (var i = 0; i < embeds.length; i++) {
      if (embeds[i].div === div && embeds[i].iframe.contentWindow) embeds[i].iframe.contentWindow.postMessage(message, base.origin);
    }
  }

  window.StatementAtlas = { scan: scan, send: send };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { scan(); });
  else scan();
})();
