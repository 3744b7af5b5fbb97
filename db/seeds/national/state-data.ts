/** Resident population of each state and DC, 2020 Census (P1, April 1, 2020). */
export const statePopulation2020: Readonly<Record<string, number>> = {
  AL: 5024279,
  AK: 733391,
  AZ: 7151502,
  AR: 3011524,
  CA: 39538223,
  CO: 5773714,
  CT: 3605944,
  DE: 989948,
  DC: 689545,
  FL: 21538187,
  GA: 10711908,
  HI: 1455271,
  ID: 1839106,
  IL: 12812508,
  IN: 6785528,
  IA: 3190369,
  KS: 2937880,
  KY: 4505836,
  LA: 4657757,
  ME: 1362359,
  MD: 6177224,
  MA: 7029917,
  MI: 10077331,
  MN: 5706494,
  MS: 2961279,
  MO: 6154913,
  MT: 1084225,
  NE: 1961504,
  NV: 3104614,
  NH: 1377529,
  NJ: 9288994,
  NM: 2117522,
  NY: 20201249,
  NC: 10439388,
  ND: 779094,
  OH: 11799448,
  OK: 3959353,
  OR: 4237256,
  PA: 13002700,
  RI: 1097379,
  SC: 5118425,
  SD: 886667,
  TN: 6910840,
  TX: 29145505,
  UT: 3271616,
  VT: 643077,
  VA: 8631393,
  WA: 7705281,
  WV: 1793716,
  WI: 5893718,
  WY: 576851,
};

/**
 * Membership per resident relative to the national average, by Census region: an organization
 * like this one is densest on the coasts and thinnest in the South, which is why the South is a
 * priority. The South still ends up with roughly a quarter of the members.
 */
export const regionMembershipFactor: Readonly<Record<string, number>> = {
  northeast: 1.25,
  west: 1.2,
  midwest: 0.95,
  south: 0.7,
};

/** States far off their region's factor: the capital is as organized as the coastal cities. */
export const stateMembershipFactor: Readonly<Record<string, number>> = { DC: 2.2 };

/** Share of members who prefer Spanish, by state; the rest of the country uses the default. */
export const spanishShareByState: Readonly<Record<string, number>> = {
  NM: 0.22,
  TX: 0.18,
  CA: 0.16,
  AZ: 0.15,
  FL: 0.12,
  NV: 0.1,
  CO: 0.07,
  NJ: 0.07,
  NY: 0.06,
  IL: 0.06,
};
export const defaultSpanishShare = 0.035;

/** Chapters whose cities are far more Spanish-speaking than their state. */
export const spanishShareByCity: Readonly<Record<string, number>> = {
  'TX|Laredo': 0.5,
  'TX|McAllen': 0.45,
  'TX|Brownsville': 0.45,
  'TX|El Paso': 0.35,
  'TX|San Antonio': 0.25,
  'FL|Miami': 0.3,
  'CA|Santa Ana': 0.32,
  'NM|Las Cruces': 0.3,
  'NY|Bronx': 0.16,
};
