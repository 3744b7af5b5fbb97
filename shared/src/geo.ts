import { z } from 'zod';

/** US Census Bureau regions and divisions (the four-region, nine-division scheme). */
export const censusRegions = {
  northeast: { name: 'Northeast', divisions: ['new_england', 'middle_atlantic'] },
  midwest: { name: 'Midwest', divisions: ['east_north_central', 'west_north_central'] },
  south: {
    name: 'South',
    divisions: ['south_atlantic', 'east_south_central', 'west_south_central'],
  },
  west: { name: 'West', divisions: ['mountain', 'pacific'] },
} as const;

export type RegionCode = keyof typeof censusRegions;
export const regionCode = z.enum(['northeast', 'midwest', 'south', 'west']);

export const censusDivisionNames = {
  new_england: 'New England',
  middle_atlantic: 'Middle Atlantic',
  east_north_central: 'East North Central',
  west_north_central: 'West North Central',
  south_atlantic: 'South Atlantic',
  east_south_central: 'East South Central',
  west_south_central: 'West South Central',
  mountain: 'Mountain',
  pacific: 'Pacific',
} as const;
export type DivisionCode = keyof typeof censusDivisionNames;

export interface StateInfo {
  code: string;
  name: string;
  fips: string;
  region: RegionCode;
  division: DivisionCode;
}

const s = (code: string, name: string, fips: string, division: DivisionCode): StateInfo => ({
  code,
  name,
  fips,
  division,
  region: (Object.keys(censusRegions) as RegionCode[]).find((r) =>
    (censusRegions[r].divisions as readonly string[]).includes(division),
  )!,
});

/** The 50 states and DC, with their FIPS codes and Census divisions. */
export const states: readonly StateInfo[] = [
  s('AL', 'Alabama', '01', 'east_south_central'),
  s('AK', 'Alaska', '02', 'pacific'),
  s('AZ', 'Arizona', '04', 'mountain'),
  s('AR', 'Arkansas', '05', 'west_south_central'),
  s('CA', 'California', '06', 'pacific'),
  s('CO', 'Colorado', '08', 'mountain'),
  s('CT', 'Connecticut', '09', 'new_england'),
  s('DE', 'Delaware', '10', 'south_atlantic'),
  s('DC', 'District of Columbia', '11', 'south_atlantic'),
  s('FL', 'Florida', '12', 'south_atlantic'),
  s('GA', 'Georgia', '13', 'south_atlantic'),
  s('HI', 'Hawaii', '15', 'pacific'),
  s('ID', 'Idaho', '16', 'mountain'),
  s('IL', 'Illinois', '17', 'east_north_central'),
  s('IN', 'Indiana', '18', 'east_north_central'),
  s('IA', 'Iowa', '19', 'west_north_central'),
  s('KS', 'Kansas', '20', 'west_north_central'),
  s('KY', 'Kentucky', '21', 'east_south_central'),
  s('LA', 'Louisiana', '22', 'west_south_central'),
  s('ME', 'Maine', '23', 'new_england'),
  s('MD', 'Maryland', '24', 'south_atlantic'),
  s('MA', 'Massachusetts', '25', 'new_england'),
  s('MI', 'Michigan', '26', 'east_north_central'),
  s('MN', 'Minnesota', '27', 'west_north_central'),
  s('MS', 'Mississippi', '28', 'east_south_central'),
  s('MO', 'Missouri', '29', 'west_north_central'),
  s('MT', 'Montana', '30', 'mountain'),
  s('NE', 'Nebraska', '31', 'west_north_central'),
  s('NV', 'Nevada', '32', 'mountain'),
  s('NH', 'New Hampshire', '33', 'new_england'),
  s('NJ', 'New Jersey', '34', 'middle_atlantic'),
  s('NM', 'New Mexico', '35', 'mountain'),
  s('NY', 'New York', '36', 'middle_atlantic'),
  s('NC', 'North Carolina', '37', 'south_atlantic'),
  s('ND', 'North Dakota', '38', 'west_north_central'),
  s('OH', 'Ohio', '39', 'east_north_central'),
  s('OK', 'Oklahoma', '40', 'west_south_central'),
  s('OR', 'Oregon', '41', 'pacific'),
  s('PA', 'Pennsylvania', '42', 'middle_atlantic'),
  s('RI', 'Rhode Island', '44', 'new_england'),
  s('SC', 'South Carolina', '45', 'south_atlantic'),
  s('SD', 'South Dakota', '46', 'west_north_central'),
  s('TN', 'Tennessee', '47', 'east_south_central'),
  s('TX', 'Texas', '48', 'west_south_central'),
  s('UT', 'Utah', '49', 'mountain'),
  s('VT', 'Vermont', '50', 'new_england'),
  s('VA', 'Virginia', '51', 'south_atlantic'),
  s('WA', 'Washington', '53', 'pacific'),
  s('WV', 'West Virginia', '54', 'south_atlantic'),
  s('WI', 'Wisconsin', '55', 'east_north_central'),
  s('WY', 'Wyoming', '56', 'mountain'),
];

export const stateCodes = states.map((st) => st.code) as [string, ...string[]];
export const stateCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(z.enum(stateCodes, { message: 'Use a two-letter state code such as NC or DC' }));

export const stateByCode = new Map(states.map((st) => [st.code, st]));
export const stateByFips = new Map(states.map((st) => [st.fips, st]));

/** The Census South region: 16 states and DC. The server may be configured with another list. */
export const censusSouth = states.filter((st) => st.region === 'south').map((st) => st.code);

export const zip5 = z
  .string()
  .trim()
  .regex(/^\d{5}(-\d{4})?$/, 'Use a 5-digit ZIP code (ZIP+4 is accepted)')
  .transform((v) => v.slice(0, 5));

export const regionsResponse = z.object({
  regions: z.array(
    z.object({
      code: regionCode,
      name: z.string(),
      divisions: z.array(z.object({ code: z.string(), name: z.string() })),
    }),
  ),
  states: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      fips: z.string(),
      region: regionCode,
      division: z.string(),
      isSouth: z.boolean(),
    }),
  ),
});
export type RegionsResponse = z.infer<typeof regionsResponse>;
