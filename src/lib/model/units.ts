/** The international nautical mile, in kilometres. */
export const KM_PER_NMI = 1.852;
