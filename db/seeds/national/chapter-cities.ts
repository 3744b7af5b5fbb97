/**
 * Candidate chapter cities per state, largest or best organized first. A trailing `*` marks a
 * metro chapter; `Label=City` names a chapter after an area whose ZIP codes carry another city
 * name (Queens ZIPs are filed under their neighbourhoods). Rural chapters are placed separately,
 * in one-ZIP towns away from these.
 */
const cityLists: Readonly<Record<string, string>> = {
  AL: 'Birmingham*, Huntsville*, Montgomery, Mobile, Tuscaloosa, Auburn',
  AK: 'Anchorage*, Fairbanks, Juneau',
  AZ: 'Phoenix*, Tucson*, Mesa, Flagstaff, Tempe, Yuma',
  AR: 'Little Rock*, Fayetteville, Fort Smith, Jonesboro',
  CA:
    'Los Angeles*, San Diego*, San Francisco*, San Jose*, Oakland*, Sacramento*, Fresno*, Long Beach*, ' +
    'Santa Ana*, Riverside*, Bakersfield*, Berkeley, Pasadena, Stockton, Santa Cruz, Santa Barbara, ' +
    'San Bernardino, Santa Rosa, Modesto, Irvine, Chico, Davis, Salinas, Eureka, Redding, Palm Springs',
  CO: 'Denver*, Colorado Springs*, Boulder, Fort Collins, Pueblo, Grand Junction',
  CT: 'Hartford*, New Haven*, Bridgeport, Stamford, New London',
  DE: 'Wilmington*, Newark, Dover',
  DC: 'Washington*',
  FL:
    'Miami*, Tampa*, Orlando*, Jacksonville*, Fort Lauderdale*, Saint Petersburg*, Tallahassee, ' +
    'Gainesville, Pensacola, Sarasota, West Palm Beach, Fort Myers, Daytona Beach, Lakeland, Ocala',
  GA: 'Atlanta*, Savannah, Athens, Augusta, Macon, Columbus, Decatur, Valdosta',
  HI: 'Honolulu*, Hilo',
  ID: 'Boise*, Moscow, Pocatello',
  IL: 'Chicago*, Evanston, Springfield, Peoria, Rockford, Champaign, Bloomington, Carbondale, Aurora, Joliet',
  IN: 'Indianapolis*, Fort Wayne, Bloomington, South Bend, Evansville, Lafayette, Gary',
  IA: 'Des Moines*, Iowa City, Cedar Rapids, Ames, Davenport',
  KS: 'Wichita*, Lawrence, Topeka, Manhattan, Kansas City',
  KY: 'Louisville*, Lexington*, Bowling Green, Covington, Frankfort',
  LA: 'New Orleans*, Baton Rouge*, Lafayette, Shreveport, Lake Charles',
  ME: 'Portland, Bangor, Lewiston',
  MD: 'Baltimore*, Silver Spring, Annapolis, Frederick, College Park, Salisbury',
  MA: 'Boston*, Cambridge, Worcester, Springfield, Somerville, Lowell, Northampton',
  MI: 'Detroit*, Grand Rapids*, Ann Arbor, Lansing, Flint, Kalamazoo, Marquette',
  MN: 'Minneapolis*, Saint Paul*, Duluth, Rochester, Saint Cloud, Mankato',
  MS: 'Jackson*, Oxford, Hattiesburg, Gulfport, Starkville',
  MO: 'Saint Louis*, Kansas City*, Columbia, Springfield, Joplin',
  MT: 'Missoula, Billings, Bozeman, Helena',
  NE: 'Omaha*, Lincoln, Kearney',
  NV: 'Las Vegas*, Reno*, Henderson',
  NH: 'Manchester, Concord, Portsmouth, Nashua',
  NJ: 'Newark*, Jersey City*, New Brunswick, Trenton, Paterson, Camden, Princeton, Montclair',
  NM: 'Albuquerque*, Santa Fe, Las Cruces',
  NY:
    'New York*, Brooklyn*, Bronx*, Queens=Long Island City*, Buffalo*, Rochester*, Syracuse, Albany, ' +
    'Ithaca, Yonkers, Binghamton, Staten Island, Poughkeepsie, Utica, New Paltz',
  NC: 'Charlotte*, Raleigh*, Durham, Greensboro, Winston Salem, Asheville, Wilmington, Chapel Hill, Greenville, Boone',
  ND: 'Fargo, Grand Forks, Bismarck',
  OH: 'Columbus*, Cleveland*, Cincinnati*, Toledo, Akron, Dayton, Athens, Youngstown',
  OK: 'Oklahoma City*, Tulsa*, Norman, Stillwater',
  OR: 'Portland*, Eugene, Salem, Corvallis, Bend, Ashland',
  PA:
    'Philadelphia*, Pittsburgh*, Harrisburg, Allentown, Erie, Lancaster, Scranton, State College, ' +
    'Reading, Bethlehem',
  RI: 'Providence*, Newport',
  SC: 'Columbia*, Charleston*, Greenville, Spartanburg, Rock Hill',
  SD: 'Sioux Falls, Rapid City',
  TN: 'Nashville*, Memphis*, Knoxville, Chattanooga, Murfreesboro, Johnson City',
  TX:
    'Houston*, Dallas*, Austin*, San Antonio*, Fort Worth*, El Paso*, Corpus Christi, Denton, Lubbock, ' +
    'Arlington, McAllen, Brownsville, Laredo, Waco, College Station, San Marcos, Amarillo, Plano',
  UT: 'Salt Lake City*, Ogden, Provo, Logan',
  VT: 'Burlington, Montpelier, Brattleboro',
  VA: 'Richmond*, Norfolk*, Arlington, Alexandria, Charlottesville, Roanoke, Blacksburg, Harrisonburg',
  WA: 'Seattle*, Tacoma*, Spokane, Olympia, Bellingham, Vancouver, Yakima, Everett',
  WV: 'Charleston, Morgantown, Huntington',
  WI: 'Milwaukee*, Madison*, Green Bay, Eau Claire, La Crosse, Oshkosh',
  WY: 'Cheyenne, Laramie, Casper',
};

export interface ChapterCity {
  label: string;
  city: string;
  metro: boolean;
}

export function chapterCitiesOf(state: string): ChapterCity[] {
  return (cityLists[state] ?? '').split(',').flatMap((raw) => {
    const entry = raw.trim();
    if (!entry) return [];
    const metro = entry.endsWith('*');
    const [label = '', city = label] = entry.replace(/\*$/, '').split('=');
    return [{ label, city, metro }];
  });
}
