/**
 * Chinese, Korean and Vietnamese names in Arabic script: two to four
 * one-syllable words (لي تشاو شينج، كيم جونغ - ايل). Each syllable alone is
 * too short and too often an Arabic word to name anyone, so a name needs a
 * family name first and at least one more syllable after it. Written from
 * general knowledge of how Arabic news transliterates these names.
 */
import { normalizeKey } from "../lang/ar/normalize.js";

/** Frequent family names, in the spellings Arabic news uses. */
const FAMILY = [
  "وانغ", "وانج", "لي", "تشانغ", "تشانج", "جانغ", "جانج", "ليو", "تشن", "تشين", "يانغ", "يانج", "هوانغ", "هوانج", "خوانغ",
  "تشاو", "جاو", "وو", "شو", "تشو", "سون", "سونغ", "ما", "قوه", "غوه", "قو", "غو", "لين", "قاو", "غاو", "ليانغ", "تشنغ",
  "تشينغ", "لوه", "شيه", "تانغ", "تانج", "هان", "فنغ", "فينغ", "دنغ", "دينغ", "تساو", "بنغ", "بينغ", "تسنغ", "شياو",
  "تيان", "دونغ", "يوان", "جيانغ", "تساي", "جيا", "وي", "جين", "فو", "منغ", "مينغ", "كونغ", "لونغ", "باي", "مو", "شي", "هو",
  "يو", "خه", "هه", "تشيو", "شين", "قين", "تشين", "لو",
  // Korean and Vietnamese
  "كيم", "بارك", "تشوي", "جونغ", "يون", "كانغ", "هوانغ", "نغوين", "تران", "فام", "بان", "هون",
];

/** Syllables of given names (and family names again, which may come second). */
const SYLLABLE = [
  ...FAMILY,
  "مين", "جن", "جون", "جيان", "هاي", "قوانغ", "غوانغ", "شوي", "شنغ", "شينغ", "شينج", "يونغ", "يونج", "هوا", "ون", "وين",
  "جي", "تسونج", "تسونغ", "خاي", "سي", "هونغ", "هونج", "هوي", "رن", "يي", "هي", "تاو", "تشيانغ", "كانغ", "تشوان", "نينغ",
  "فانغ", "جينغ", "جيه", "تشيه", "تشي", "كاي", "تشون", "هوان", "يوي", "رونغ", "بو", "تشانغ", "لونغ", "ينغ", "دا", "تشيانغ",
  "باو", "شان", "شيانغ", "تشيوان", "تسي", "شيو", "ين",
  // Korean
  "ايل", "إيل", "هيون", "جاي", "سوك", "هيوك", "نام", "بيونغ", "ميونغ", "سانغ", "كيونغ", "يونغ", "ريم", "وون", "سو", "هيي", "أوك",
  "مون", "كي", "جو",
];

const key = (w: string): string => normalizeKey(w);
export const EAST_ASIAN_FAMILY: ReadonlySet<string> = new Set(FAMILY.map(key));
export const EAST_ASIAN_SYLLABLE: ReadonlySet<string> = new Set(SYLLABLE.map(key));
