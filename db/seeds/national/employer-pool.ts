import type { IndustryCode } from '@shopfloor/shared';
import type { Size } from './industry-data';

export interface NationalEmployer {
  name: string;
  industry: IndustryCode;
  /** Kind of site, which names it: a store number, a fulfillment-centre code, a hospital. */
  site: string;
  sizes: Size[];
  weight: number;
  /** States where it operates; empty means everywhere. */
  states: string[];
  unions: string[];
  /** Share of its sites where workers have a union. */
  unionShare: number;
}

/** name | NAICS | site kind | sizes | weight | states (blank: all) | unions (;-separated) | union share */
const rows = `
Kaiser Permanente|62|hospital|250-999 1000+|6|CA OR WA CO GA MD VA DC HI|SEIU;OPEIU;UNAC/UHCP|0.7
Kaiser Permanente|62|clinic|50-249 250-999|4|CA OR WA CO GA MD VA DC HI|SEIU;OPEIU|0.6
HCA Healthcare|62|hospital|250-999 1000+|6|TX FL TN GA VA NC SC CO UT NV KS MO NH ID KY LA MS CA IN|National Nurses United|0.08
Ascension|62|hospital|250-999 1000+|4|TX WI MI IN TN FL AL KS OK MD IL NY|SEIU|0.12
CommonSpirit Health|62|hospital|250-999 1000+|4|CA AZ NV CO TX AR KY TN NE WA OR|SEIU;National Nurses United|0.3
Providence|62|hospital|250-999 1000+|3|WA OR CA AK MT TX NM|SEIU;Oregon Nurses Association|0.35
Tenet Healthcare|62|hospital|250-999 1000+|2|TX FL CA AZ MA MI SC AL|National Nurses United|0.1
Veterans Health Administration|62|hospital|1000+|3||AFGE;National Nurses United|0.9
Sutter Health|62|hospital|250-999 1000+|3|CA|National Nurses United;SEIU|0.5
Atrium Health|62|hospital|250-999 1000+|2|NC SC GA||0
Banner Health|62|hospital|250-999 1000+|2|AZ CO WY NE NV||0
Mayo Clinic|62|hospital|1000+|1|MN AZ FL WI|SEIU|0.1
Cleveland Clinic|62|hospital|1000+|1|OH FL||0
UPMC|62|hospital|250-999 1000+|2|PA NY MD|SEIU|0.15
Northwell Health|62|hospital|1000+|2|NY|1199SEIU;NYSNA|0.5
NYC Health + Hospitals|62|hospital|1000+|2|NY|NYSNA;1199SEIU;DC 37 AFSCME|0.95
Mass General Brigham|62|hospital|1000+|2|MA|Massachusetts Nurses Association;SEIU|0.4
Intermountain Health|62|hospital|250-999 1000+|2|UT NV CO ID MT WY||0
Baylor Scott & White Health|62|hospital|1000+|2|TX||0
Ochsner Health|62|hospital|1000+|2|LA MS||0
Trinity Health|62|hospital|250-999 1000+|2|MI IA OH PA NY ID MD CT MA IL|SEIU|0.2
DaVita|62|clinic|10-49 50-249|3|||0
Fresenius Kidney Care|62|clinic|10-49|2|||0
Planned Parenthood|62|clinic|10-49 50-249|2||SEIU;OPEIU|0.35
Labcorp|62|clinic|10-49|2|||0
Genesis HealthCare|62|center|50-249|2||SEIU;1199SEIU|0.3
Brookdale Senior Living|62|center|50-249|2|||0
KinderCare|62|center|10-49|2|||0
KIPP|61|school|50-249|2|TX NY CA GA TN LA NJ DC MA FL||0
Success Academy|61|school|50-249|1|NY||0
Kaplan|61|center|10-49|1|||0
Walmart|44-45|store|50-249 250-999|10|||0
Target|44-45|store|50-249 250-999|6|||0
Kroger|44-45|store|50-249 250-999|5|OH MI IN KY TN GA TX VA WV IL AL MS SC NC AR LA|UFCW|0.6
Whole Foods Market|44-45|store|50-249|3|||0
Trader Joe's|44-45|store|50-249|3||Trader Joe's United|0.03
Costco|44-45|store|250-999|3||Teamsters|0.15
The Home Depot|44-45|store|50-249 250-999|4|||0
Lowe's|44-45|store|50-249 250-999|3|||0
CVS Pharmacy|44-45|store|10-49|5||UFCW|0.05
Walgreens|44-45|store|10-49|4|||0
Dollar General|44-45|store|1-9 10-49|5|AL AR FL GA KY LA MS NC OK SC TN TX VA WV MO IN OH PA IL MI NY KS||0
Dollar Tree|44-45|store|10-49|3|||0
Best Buy|44-45|store|50-249|2|||0
REI|44-45|store|50-249|2||RWDSU;UFCW|0.15
Apple|44-45|store|50-249|1||IAM|0.05
Publix|44-45|store|50-249|5|FL GA AL SC NC TN VA||0
H-E-B|44-45|store|50-249 250-999|6|TX||0
Safeway|44-45|store|50-249|3|CA OR WA CO AZ MD VA DC|UFCW|0.8
Albertsons|44-45|store|50-249|2|CA ID TX OR WA NV NM MT WY LA|UFCW|0.5
Meijer|44-45|store|250-999|3|MI OH IN IL KY WI|UFCW|0.4
Wegmans|44-45|store|250-999|3|NY PA NJ MA MD VA NC DC DE||0
Stop & Shop|44-45|store|50-249|3|MA CT RI NY NJ|UFCW|0.9
Fred Meyer|44-45|store|250-999|2|OR WA ID AK|UFCW|0.8
Ralphs|44-45|store|50-249|2|CA|UFCW|0.9
Barnes & Noble|44-45|store|10-49|1||RWDSU|0.1
Starbucks|72|store|10-49|12||Workers United|0.12
McDonald's|72|store|10-49|5|||0
Chipotle Mexican Grill|72|store|10-49|4||Teamsters|0.01
Panera Bread|72|store|10-49|2|||0
Waffle House|72|store|10-49|3|GA AL FL SC NC TN MS LA TX VA KY AR OH||0
Cracker Barrel|72|store|50-249|2|TN GA FL TX NC AL VA OH IN KY PA||0
Chick-fil-A|72|store|50-249|2|||0
Burgerville|72|store|10-49|1|OR WA|Burgerville Workers Union|0.5
Marriott|72|hotel|50-249 250-999|3||UNITE HERE|0.3
Hilton|72|hotel|50-249 250-999|3||UNITE HERE|0.3
Hyatt|72|hotel|250-999|2||UNITE HERE|0.4
Caesars Entertainment|72|hotel|1000+|2|NV NJ LA IN MS MO|UNITE HERE|0.7
MGM Resorts|72|hotel|1000+|2|NV NJ MS MI MD MA|UNITE HERE|0.8
Aramark|72|food|50-249 250-999|3||UNITE HERE;SEIU;Teamsters|0.35
Sodexo|72|food|50-249|2||UNITE HERE;SEIU|0.3
Compass Group|72|food|50-249|2||UNITE HERE|0.3
Amazon|48-49|warehouse|250-999 1000+|14||Teamsters|0.02
Amazon|48-49|delivery|50-249 250-999|8|||0
UPS|48-49|hub|250-999 1000+|8||Teamsters|0.95
FedEx|48-49|hub|50-249 250-999|5|||0
United States Postal Service|48-49|post|10-49 50-249 250-999|9||APWU;NALC;NPMHU|0.95
DHL|48-49|hub|250-999|2||Teamsters|0.3
Greyhound|48-49|station|10-49|1||ATU|0.8
Amtrak|48-49|station|50-249|1||TWU;IAM|0.9
Delta Air Lines|48-49|airport|1000+|2|GA MN MI UT NY CA WA|AFA-CWA|0.02
American Airlines|48-49|airport|1000+|2|TX NC IL PA FL AZ NY DC|APFA;TWU|0.9
United Airlines|48-49|airport|1000+|2|IL TX CO NJ CA VA DC|AFA-CWA;Teamsters|0.9
Southwest Airlines|48-49|airport|250-999 1000+|2|TX MD NV AZ CO IL CA FL|TWU|0.9
Alaska Airlines|48-49|airport|1000+|1|WA OR AK CA|AFA-CWA|0.9
First Student|48-49|depot|50-249|2||Teamsters;ATU|0.4
Transdev|48-49|depot|250-999|1||ATU|0.6
Deloitte|54|office|250-999 1000+|2|||0
Accenture|54|office|250-999 1000+|2|||0
IBM|54|office|250-999|1|||0
Booz Allen Hamilton|54|office|250-999|1|VA MD DC CA TX FL CO||0
Epic Systems|54|office|1000+|1|WI||0
Oracle|54|office|250-999|1|CA TX CO||0
Salesforce|54|office|250-999|1|CA NY IL WA IN||0
AECOM|54|office|50-249|1|||0
Google|51|office|250-999 1000+|2|CA NY WA TX IL CO GA MA|Alphabet Workers Union-CWA|0.05
Microsoft|51|office|1000+|2|WA CA TX NY|CWA|0.03
Meta|51|office|1000+|1|CA NY WA TX||0
Verizon|51|office|50-249 250-999|3||CWA|0.45
AT&T|51|office|50-249 250-999|3||CWA|0.6
Comcast|51|office|50-249|2||CWA|0.05
T-Mobile|51|store|10-49|2||CWA|0.01
AMC Theatres|51|store|10-49|2|||0
The New York Times|51|office|1000+|1|NY|NewsGuild-CWA|0.95
Gannett|51|newsroom|10-49|2||NewsGuild-CWA|0.5
Bank of America|52|branch|10-49|3|||0
Wells Fargo|52|branch|10-49|3||CWA|0.03
JPMorgan Chase|52|branch|10-49|3|||0
State Farm|52|office|250-999|1|IL TX AZ GA||0
GEICO|52|office|1000+|1|MD VA TX NY GA FL||0
Allied Universal|56|contract|50-249|3||SEIU|0.3
ABM Industries|56|contract|50-249|3||SEIU|0.5
Securitas|56|contract|50-249|1||SEIU|0.2
Waste Management|56|yard|50-249|2||Teamsters|0.3
Republic Services|56|yard|50-249|2||Teamsters|0.35
Planet Fitness|71|store|10-49|2|||0
Six Flags|71|park|250-999|1|TX GA CA NJ IL MO MD MA||0
Live Nation|71|venue|50-249|1||IATSE|0.5
Sierra Club|81|office|10-49|1||NPEU|0.7
Turner Construction|23|jobsite|250-999|1||Carpenters;IBEW;LIUNA|0.8
Skanska|23|jobsite|250-999|1|NY CA WA TX FL|LIUNA;Carpenters|0.7
Duke Energy|22|utility|250-999|2|NC SC FL IN OH KY|IBEW|0.3
Pacific Gas and Electric|22|utility|250-999|2|CA|IBEW|0.9
Con Edison|22|utility|1000+|1|NY|UWUA|0.9
Dominion Energy|22|utility|250-999|1|VA SC NC UT OH|IBEW|0.4
Xcel Energy|22|utility|250-999|1|MN CO WI TX NM ND SD MI|IBEW|0.8
Entergy|22|utility|250-999|1|LA AR MS TX|IBEW|0.3
Sysco|42|warehouse|250-999|2||Teamsters|0.3
US Foods|42|warehouse|250-999|1||Teamsters|0.3
Enterprise Rent-A-Car|53|branch|10-49|2|||0
Hertz|53|branch|10-49|1||Teamsters|0.3
Driscoll's|11|farm|250-999|1|CA|UFW|0.1
ExxonMobil|21|plant|250-999|1|TX LA|USW|0.3
Chevron|21|plant|250-999|1|TX CA NM|USW|0.3
Peabody Energy|21|mine|250-999|1|WY IL IN|UMWA|0.2
CONSOL Energy|21|mine|250-999|1|PA WV|UMWA|0.5
Tesla|31-33|auto|1000+|2|CA TX NV NY||0
Boeing|31-33|plant|1000+|2|WA SC MO PA TX AL|IAM|0.7
General Motors|31-33|auto|1000+|2|MI TN TX KS OH IN MO KY|UAW|0.95
Ford Motor Company|31-33|auto|1000+|2|MI KY IL MO OH|UAW|0.95
Stellantis|31-33|auto|1000+|2|MI OH IL IN|UAW|0.95
Tyson Foods|31-33|plant|250-999 1000+|3|AR TX IA NE KS MS NC GA AL TN KY MO OK VA IN|UFCW|0.35
John Deere|31-33|plant|1000+|1|IA IL|UAW|0.9
Caterpillar|31-33|plant|1000+|1|IL IN TX NC SC GA|UAW|0.5
Lockheed Martin|31-33|plant|1000+|1|TX GA FL CO AL MD|IAM|0.5
Nucor|31-33|plant|250-999|2|SC AL AR IN NE TX UT KY NC||0
Volkswagen|31-33|auto|1000+|1|TN|UAW|0.5
Mercedes-Benz|31-33|auto|1000+|1|AL||0
Hyundai Motor Manufacturing|31-33|auto|1000+|1|AL GA||0
Toyota|31-33|auto|1000+|1|KY IN TX MS AL WV||0
Smithfield Foods|31-33|plant|1000+|1|NC VA IA SD|UFCW|0.6
Social Security Administration|92|office|50-249|2||AFGE|0.9
Internal Revenue Service|92|office|250-999|1||NTEU|0.9
Federal Bureau of Prisons|92|facility|250-999|1||AFGE|0.9
`;

export const nationalEmployers: readonly NationalEmployer[] = rows
  .trim()
  .split('\n')
  .map((line) => {
    const [
      name = '',
      industry = '',
      site = '',
      sz = '',
      weight = '',
      st = '',
      unions = '',
      share = '',
    ] = line.split('|');
    return {
      name,
      industry: industry as IndustryCode,
      site,
      sizes: sz.split(' ') as Size[],
      weight: Number(weight),
      states: st ? st.split(' ') : [],
      unions: unions ? unions.split(';') : [],
      unionShare: Number(share),
    };
  });
