/**
 * GDELT's *Geo_CountryCode columns hold FIPS 10-4 codes (IZ is Iraq, SA Saudi
 * Arabia, SY Syria, UK the United Kingdom), while its Actor*CountryCode columns
 * hold CAMEO's three-letter codes. marsad's lexicons carry ISO 3166 alpha-3,
 * which CAMEO's country codes follow, so the actor columns take them as they
 * are; the geography columns go through this table. A country not in it gets
 * an empty cell rather than a guess.
 */
const ISO3_TO_FIPS: Readonly<Record<string, string>> = {
  AFG: "AF", ALB: "AL", DZA: "AG", AGO: "AO", ARG: "AR", ARM: "AM", AUS: "AS", AUT: "AU", AZE: "AJ",
  BHR: "BA", BGD: "BG", BLR: "BO", BEL: "BE", BRA: "BR", BGR: "BU", CAN: "CA", TCD: "CD", CHN: "CH",
  COM: "CN", CUB: "CU", CYP: "CY", CZE: "EZ", DNK: "DA", DJI: "DJ", EGY: "EG", ERI: "ER", ETH: "ET",
  FIN: "FI", FRA: "FR", GEO: "GG", DEU: "GM", GRC: "GR", HUN: "HU", IND: "IN", IDN: "ID", IRN: "IR",
  IRQ: "IZ", IRL: "EI", ISR: "IS", ITA: "IT", JPN: "JA", JOR: "JO", KAZ: "KZ", KEN: "KE", PRK: "KN",
  KOR: "KS", KWT: "KU", KGZ: "KG", LBN: "LE", LBY: "LY", MYS: "MY", MLI: "ML", MRT: "MR", MEX: "MX",
  MAR: "MO", MMR: "BM", NPL: "NP", NLD: "NL", NZL: "NZ", NER: "NG", NGA: "NI", NOR: "NO", OMN: "MU",
  PAK: "PK", PSE: "WE", PHL: "RP", POL: "PL", PRT: "PO", QAT: "QA", ROU: "RO", RUS: "RS", SAU: "SA",
  SEN: "SG", SRB: "RI", SOM: "SO", ZAF: "SF", ESP: "SP", LKA: "CE", SDN: "SU", SSD: "OD", SWE: "SW",
  CHE: "SZ", SYR: "SY", TWN: "TW", TJK: "TI", THA: "TH", TUN: "TS", TUR: "TU", TKM: "TX", UGA: "UG",
  UKR: "UP", ARE: "AE", GBR: "UK", USA: "US", UZB: "UZ", VEN: "VE", VNM: "VM", ESH: "WI", YEM: "YM",
  SVK: "LO", SVN: "SI", HRV: "HR", BIH: "BK", MKD: "MK", MNE: "MJ", KOS: "KV", XKX: "KV", LVA: "LG",
  LTU: "LH", EST: "EN", MDA: "MD", ISL: "IC", LUX: "LU", MLT: "MT", CHL: "CI", COL: "CO", PER: "PE",
  ECU: "EC", BOL: "BL", PRY: "PA", URY: "UY", NIC: "NU", HND: "HO", GTM: "GT", SLV: "ES", PAN: "PM",
  CRI: "CS", DOM: "DR", HTI: "HA", JAM: "JM", SGP: "SN", KHM: "CB", LAO: "LA", MNG: "MG", BTN: "BT",
  MDV: "MV", GHA: "GH", CIV: "IV", CMR: "CM", COD: "CG", COG: "CF", CAF: "CT", RWA: "RW", BDI: "BY",
  TZA: "TZ", MOZ: "MZ", ZWE: "ZI", ZMB: "ZA", NAM: "WA", BWA: "BC", MWI: "MI", MDG: "MA", GIN: "GV",
  SLE: "SL", LBR: "LI", BFA: "UV", BEN: "BN", TGO: "TO", GMB: "GA", GNB: "PU", GAB: "GB", GNQ: "EK",
  VAT: "VT",
};

export function isoToFips(iso3: string): string | undefined {
  return ISO3_TO_FIPS[iso3.toUpperCase()];
}
