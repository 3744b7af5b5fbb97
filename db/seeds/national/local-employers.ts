import type { Rng } from '../random';
import { saints, schoolNames, streetKinds, streets } from './industry-data';

/** Local employers by sector; `{token}`s are filled by `fill` below. */
const localTemplates: Readonly<Record<string, string>> = {
  '62': "{city} General Hospital|St. {saint} Medical Center|{city} Community Health Center|{last} Family Medicine|{city} Nursing and Rehabilitation Center|{city} Home Health Services|{state} Behavioral Health|{last} Dental Group|{city} Children's Hospital|{city} Regional Medical Center|{city} Free Clinic|{city} Head Start|{last} Home Care",
  '61': '{city} {district}|{city} {district}|{city} {district}|{state} State University|University of {state}|{city} Community College|{city} College|{city} Montessori School|{city} Charter Academy|{last} College',
  '44-45':
    "{last}'s Market|{city} Food Co-op|{last} Hardware|{city} Books|{last} Pharmacy|{city} Thrift|{last} Furniture|{noun} Grocery",
  '72': "{last}'s Diner|{city} Brewing Company|{noun} Kitchen|{city} Grand Hotel|{last}'s Tavern|{noun} Coffee Roasters|{city} Pizza Company|{last}'s Barbecue|Taqueria {last}|{city} Country Club",
  '48-49':
    '{city} Transit Authority|{city} Regional Airport|Port of {city}|{last} Trucking|{city} Cab Company|{last} Logistics|{city} Moving and Storage',
  '54': '{last} & {last2} LLP|{last} Architects|{city} Legal Aid|{last} Engineering|{noun} Labs|{last} Consulting Group|{city} Design Studio|{last} Accounting',
  '92': 'City of {city}|City of {city}|{state} Department of Transportation|{state} Department of Health|{city} Public Library|{state} Department of Corrections|{city} Housing Authority|{state} Department of Labor|{city} Fire Department|{state} Office of the Public Defender',
  '31-33':
    '{last} Manufacturing|{city} Steel|{last} Precision Parts|{city} Bakery|{last} Plastics|{last} Packaging|{city} Meat Processing|{noun} Foods',
  '51': 'The {city} {paper}|{city} Public Radio|{noun} Software|{last} Media|{city} Community Television|{noun} Games|{city} Broadband',
  '56': '{city} Janitorial Services|{last} Staffing|{city} Security Services|{last} Landscaping|{city} Recycling|{noun} Call Center',
  '81': "{city} Workers Center|{last}'s Auto Repair|{city} Tenants Union|{city} Community Foundation|{last} Salon|{city} YMCA|{city} Food Bank|{noun} Alliance",
  '52': '{city} Credit Union|{city} Savings Bank|{last} Insurance Agency|{state} Employees Credit Union',
  '71': "{city} Museum of Art|{city} Symphony Orchestra|{city} Zoo|{city} Children's Museum|{city} Repertory Theatre|{city} Science Center|{city} Climbing Gym",
  '23': '{last} Construction|{last} Electric|{last} Roofing|{last} Plumbing and Heating|{city} Builders|{last} Concrete',
  '22': '{city} Water Department|{city} Electric Cooperative|{city} Public Utilities|{state} Power Authority',
  '42': '{last} Wholesale|{city} Produce Company|{last} Supply|{city} Beverage Distributors',
  '53': '{last} Property Management|{city} Apartment Homes|{last} Realty|{city} Self Storage',
  '11': '{last} Farms|{last} Orchards|{city} Dairy|{last} Nursery|{city} Vineyards',
  '55': '{last} Holdings|{city} Capital Group|{last} Enterprises',
  '21': '{last} Mining|{city} Quarry|{last} Energy Services|{city} Sand and Gravel',
};

/** Site names by kind of site, for national employers and some local ones. */
const sitePatterns: Readonly<Record<string, string>> = {
  store: '{city}|{city}|{city} #{n}|{street}|{street}|{city} {noun}',
  warehouse:
    '{code} Fulfillment Center|{code} Fulfillment Center|{code} Sortation Center|{city} Distribution Center',
  delivery: 'D{code} Delivery Station',
  hub: '{city} Hub|{city} Customer Center|{city} Distribution Center',
  hospital: '{city} Medical Center|{city} Hospital|St. {saint} Hospital|{city} Medical Center',
  clinic: '{city} Clinic|{city} Medical Offices|{street}',
  center: '{city}|{noun} of {city}|{street}',
  post: '{city} Post Office|{city} Post Office|{city} Processing and Distribution Center',
  plant: '{city} Plant|{city} Plant|{city} Works|{city} Facility',
  auto: '{city} Assembly|{city} Assembly Plant|{city} Stamping Plant',
  utility: '{city} Generating Station|{city} Service Center|{city} Operations Center',
  hotel: '{city} Downtown|{city} Airport|{city} Convention Center',
  food: '{city} Campus Dining|{city} Hospital Food Service|{city} Stadium Concessions',
  airport: '{city} Airport|{city} Maintenance Base|{city} Crew Base',
  office: '{city} Office|{city} Office|{street}',
  branch: '{city} Branch|{street} Branch',
  school: '{school} Elementary School|{school} Middle School|{school} High School',
  campus:
    'Graduate Workers|Main Campus|Dining Services|Facilities|Libraries|Medical Center|Postdocs',
  city: 'Solid Waste Services|Water Department|Parks and Recreation|City Hall|Public Works Yard|Transit Division',
  contract:
    '{city} Airport|Downtown Office Towers|{city} University Contract|{city} Hospital Contract',
  yard: '{city} Yard|{city} Hauling District',
  depot: '{city} Depot|{city} Bus Yard',
  station: '{city} Station',
  newsroom: 'The {city} {paper}',
};

const nouns =
  'Blue Heron, Red Oak, Golden, Northstar, Evergreen, Copper, Liberty, Riverbend, Sunrise, Ironwood, Bluebird, Magnolia, Cardinal, Harbor, Prairie'.split(
    ', ',
  );
const papers = 'Times, Herald, Tribune, Gazette, Courier, Observer, Journal, Record'.split(', ');

export interface FillContext {
  city: string;
  state: string;
  stateName: string;
  lastNames: readonly string[];
}

function district(state: string): string {
  if (state === 'CA') return 'Unified School District';
  if (state === 'TX') return 'Independent School District';
  return 'Public Schools';
}

export function fill(r: Rng, template: string, ctx: FillContext): string {
  const letters = () =>
    String.fromCharCode(65 + r.int(0, 25), 65 + r.int(0, 25), 65 + r.int(0, 25));
  return template.replace(/\{(\w+)\}/g, (_, token: string) => {
    switch (token) {
      case 'city':
        return ctx.city;
      case 'state':
        return ctx.stateName;
      case 'district':
        return district(ctx.state);
      case 'last':
      case 'last2':
        return r.pick(ctx.lastNames);
      case 'saint':
        return r.pick(saints);
      case 'school':
        return r.pick(schoolNames);
      case 'noun':
        return r.pick(nouns);
      case 'paper':
        return r.pick(papers);
      case 'n':
        return String(r.int(100, 9999));
      case 'code':
        return `${letters()}${r.int(1, 9)}`;
      case 'street':
        return `${r.pick(streets)} ${r.pick(streetKinds)}`;
      default:
        return token;
    }
  });
}

export const localTemplatesOf = (industry: string): string[] =>
  (localTemplates[industry] ?? '{last} Company').split('|');

export function siteName(r: Rng, kind: string, ctx: FillContext): string {
  return fill(r, r.pick((sitePatterns[kind] ?? '{city}').split('|')), ctx);
}

/** What kind of site a local employer has, read from its name. */
export function localSiteKind(employer: string): string | null {
  if (/Schools|School District/.test(employer)) return 'school';
  if (/University|College$/.test(employer)) return 'campus';
  if (/^City of /.test(employer)) return 'city';
  return null;
}
