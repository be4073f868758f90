// English for the embed view (?embed=1) only, which brings it with it
// (addEnglish): the full atlas's first view does not carry these strings.
// Other languages' files hold every string already.
export const EMBED = {
  'map.noWebglEmbed': 'This browser cannot draw the interactive map (WebGL is unavailable), so this is a static picture. The text works as usual.',
  'embed.showText': 'Show the text',
  'embed.hideText': 'Hide the text',
  'embed.sheet': 'What the statement says',
  'embed.closePlace': 'Close and show all places',
  'embed.choose': 'Choose a place to read what the statement says about it:',
  'embed.open': 'Open the full atlas',
  'embed.whole': 'Read the whole passage (¶{n})',
  'embed.excerpt': 'Show less',
  'embed.credit': 'Statement Atlas · text: {source}, {licence} · map: Natural Earth, © OpenStreetMap contributors',
} as const;
