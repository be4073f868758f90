// The Content-Security-Policy the atlas is built to run under, as the preview
// server (and so every browser test) sends it. Publishers: send it too.
// Only what MapLibre needs beyond 'self': data: images (the controls' icons
// in its stylesheet). No inline script, no eval, no other origin.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  // The embed view is meant to be framed by any article.
  'frame-ancestors *',
].join('; ');
