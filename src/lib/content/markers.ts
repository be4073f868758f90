// A site's marker on the map, in screen pixels: read by the style (how it is
// drawn), the map (how far a click may miss it) and the data build (from which
// zoom it is told apart from the place it lies in).

/** The circle's radius, unselected. */
export const SITE_RADIUS_PX = 6.5;
/** The white rim around it. */
export const SITE_RIM_PX = 2;
/** The slack a click is given around what is drawn, so a small island is easy to hit. */
export const PICK_SLACK_PX = 4;
