import type { ChapterSizeClass, IndustryCode, UnionStatus } from '@shopfloor/shared';

export interface DemoChapter {
  key: string;
  name: string;
  state: string;
  city: string;
  zip: string;
  hasLaborCommittee: boolean;
  hasClcDelegate: boolean;
  sizeClass: ChapterSizeClass;
  members: number;
  spanishShare: number;
}

/** A small organization with a story: a strong Southern chapter, growing ones, and gaps. */
export const demoChapters: DemoChapter[] = [
  {
    key: 'triangle',
    name: 'Triangle',
    state: 'NC',
    city: 'Durham',
    zip: '27701',
    hasLaborCommittee: true,
    hasClcDelegate: true,
    sizeClass: 'metro',
    members: 48,
    spanishShare: 0.15,
  },
  {
    key: 'chicago',
    name: 'Chicago',
    state: 'IL',
    city: 'Chicago',
    zip: '60607',
    hasLaborCommittee: true,
    hasClcDelegate: true,
    sizeClass: 'metro',
    members: 40,
    spanishShare: 0.2,
  },
  {
    key: 'atlanta',
    name: 'Atlanta',
    state: 'GA',
    city: 'Atlanta',
    zip: '30303',
    hasLaborCommittee: false,
    hasClcDelegate: false,
    sizeClass: 'metro',
    members: 30,
    spanishShare: 0.1,
  },
  {
    key: 'new-orleans',
    name: 'New Orleans',
    state: 'LA',
    city: 'New Orleans',
    zip: '70112',
    hasLaborCommittee: true,
    hasClcDelegate: false,
    sizeClass: 'metro',
    members: 22,
    spanishShare: 0.1,
  },
  {
    key: 'asheville',
    name: 'Asheville',
    state: 'NC',
    city: 'Asheville',
    zip: '28801',
    hasLaborCommittee: false,
    hasClcDelegate: false,
    sizeClass: 'small_city',
    members: 12,
    spanishShare: 0.05,
  },
  {
    key: 'huntington',
    name: 'Huntington',
    state: 'WV',
    city: 'Huntington',
    zip: '25701',
    hasLaborCommittee: false,
    hasClcDelegate: true,
    sizeClass: 'rural',
    members: 7,
    spanishShare: 0,
  },
  {
    key: 'rgv',
    name: 'Rio Grande Valley',
    state: 'TX',
    city: 'McAllen',
    zip: '78501',
    hasLaborCommittee: false,
    hasClcDelegate: false,
    sizeClass: 'small_city',
    members: 14,
    spanishShare: 0.7,
  },
  {
    key: 'madison',
    name: 'Madison',
    state: 'WI',
    city: 'Madison',
    zip: '53703',
    hasLaborCommittee: true,
    hasClcDelegate: true,
    sizeClass: 'small_city',
    members: 20,
    spanishShare: 0.05,
  },
  {
    key: 'tucson',
    name: 'Tucson',
    state: 'AZ',
    city: 'Tucson',
    zip: '85701',
    hasLaborCommittee: false,
    hasClcDelegate: false,
    sizeClass: 'small_city',
    members: 16,
    spanishShare: 0.35,
  },
];

export interface DemoWorkplace {
  chapter: string;
  employer: string;
  siteName: string | null;
  address: string | null;
  zip: string;
  industry: IndustryCode;
  size: string;
  unionStatus: UnionStatus;
  unionName: string | null;
}

const w = (
  chapter: string,
  employer: string,
  siteName: string | null,
  zip: string,
  industry: IndustryCode,
  size: string,
  unionStatus: UnionStatus = 'non_union',
  unionName: string | null = null,
  address: string | null = null,
): DemoWorkplace => ({
  chapter,
  employer,
  siteName,
  address,
  zip,
  industry,
  size,
  unionStatus,
  unionName,
});

/** Workplaces at real ZIP codes; employers are illustrative. */
export const demoWorkplaces: DemoWorkplace[] = [
  w(
    'triangle',
    'Duke University Health System',
    'Duke University Hospital',
    '27710',
    '62',
    '1000+',
    'partial',
    'SEIU',
    '2301 Erwin Rd',
  ),
  w(
    'triangle',
    'Amazon',
    'RDU1 Fulfillment Center',
    '27529',
    '48-49',
    '1000+',
    'non_union',
    null,
    '1805 TW Alexander Dr',
  ),
  w(
    'triangle',
    'Starbucks',
    'Ninth Street',
    '27705',
    '72',
    '10-49',
    'union',
    'Workers United',
    '742 9th St',
  ),
  w(
    'triangle',
    'Durham Public Schools',
    'Hillside High School',
    '27707',
    '61',
    '50-249',
    'partial',
    'NCAE',
  ),
  w('triangle', 'UNC Health', 'UNC Hospitals', '27514', '62', '1000+', 'non_union'),
  w('triangle', 'Whole Foods Market', 'Durham', '27705', '44-45', '50-249'),
  w(
    'triangle',
    'City of Durham',
    'Solid Waste Services',
    '27701',
    '92',
    '250-999',
    'partial',
    'UE Local 150',
  ),
  w('chicago', 'Amazon', 'DCH1 Delivery Station', '60638', '48-49', '250-999'),
  w(
    'chicago',
    'Chicago Public Schools',
    'Lincoln Park High School',
    '60614',
    '61',
    '50-249',
    'union',
    'Chicago Teachers Union',
  ),
  w('chicago', 'Rush University Medical Center', null, '60612', '62', '1000+', 'partial', 'INA'),
  w('chicago', 'Lettuce Entertain You', 'River North', '60654', '72', '50-249'),
  w(
    'chicago',
    'University of Chicago',
    'Graduate Students',
    '60637',
    '61',
    '1000+',
    'union',
    'UE Local 1103',
  ),
  w('atlanta', 'Delta Air Lines', 'Technical Operations', '30320', '48-49', '1000+'),
  w('atlanta', 'Grady Health System', 'Grady Memorial Hospital', '30303', '62', '1000+'),
  w('atlanta', 'Starbucks', 'Ponce City Market', '30308', '72', '10-49'),
  w('new-orleans', 'Ochsner Health', 'Ochsner Medical Center', '70121', '62', '1000+'),
  w('new-orleans', 'Port of New Orleans', null, '70130', '48-49', '250-999', 'union', 'ILA'),
  w(
    'new-orleans',
    'Hotel Monteleone',
    null,
    '70130',
    '72',
    '250-999',
    'non_union',
    null,
    '214 Royal St',
  ),
  w(
    'asheville',
    'Mission Hospital',
    null,
    '28801',
    '62',
    '1000+',
    'union',
    'National Nurses United',
  ),
  w('huntington', 'Marshall University', null, '25755', '61', '1000+'),
  w('rgv', 'H-E-B', 'McAllen', '78501', '44-45', '250-999'),
  w('rgv', 'DHR Health', null, '78539', '62', '1000+'),
  w(
    'madison',
    'University of Wisconsin',
    'Teaching Assistants',
    '53706',
    '61',
    '1000+',
    'union',
    'TAA',
  ),
  w('madison', 'Epic Systems', null, '53593', '54', '1000+'),
  w('tucson', 'Raytheon', 'Missiles & Defense', '85706', '31-33', '1000+'),
  w('tucson', 'Banner Health', 'Banner University Medical Center', '85719', '62', '1000+'),
];
