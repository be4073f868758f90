/** The international nautical mile, in kilometres. */
export const KM_PER_NMI = 1.852;

/** Kilometres per screen pixel at a latitude and zoom on a web map (Web Mercator, the equator 512 px wide at zoom 0). */
export const kmPerPx = (lat: number, zoom: number) => (40075.017 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
