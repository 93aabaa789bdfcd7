/**
 * The member states of the Arab League and Palestine (ISO 3166 alpha-3): where
 * family names are mostly Arabic words (سلامة، خطاب، شرف), so a family name
 * alone is no evidence of a person.
 */
export const ARABIC_STATES: ReadonlySet<string> = new Set([
  "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
]);
