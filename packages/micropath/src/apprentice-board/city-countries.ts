/**
 * Cities that careers feeds name without their country ("Berlin", "São Paulo", "Remote -
 * London"), folded as location-address.ts folds them, with the country each is in. Only cities
 * whose name means one place to a job seeker; "Cambridge", "Portland" or "Valencia" are left
 * out, as a wrong country is worse than none. Used by the JobPosting JSON-LD only (a lazy
 * chunk), so a board's first load does not carry it.
 */
const BY_COUNTRY: Record<string, string> = {
  US: 'new york|new york city|nyc|san francisco|los angeles|seattle|chicago|boston|austin|denver|atlanta|miami|washington dc|houston|dallas|philadelphia|san diego|san jose|palo alto|mountain view|menlo park|brooklyn|pittsburgh|minneapolis|detroit|phoenix|nashville|salt lake city|raleigh',
  CA: 'toronto|montreal|vancouver|ottawa|calgary|edmonton|waterloo|quebec city',
  GB: 'london|manchester|edinburgh|glasgow|bristol|leeds|birmingham|belfast',
  IE: 'dublin|cork',
  DE: 'berlin|munchen|munich|hamburg|koln|cologne|frankfurt|frankfurt am main|stuttgart|dusseldorf|leipzig|dresden|hannover|nurnberg|nuremberg|karlsruhe',
  AT: 'wien|vienna|graz|linz|salzburg',
  CH: 'zurich|geneve|geneva|basel|bern|lausanne',
  FR: 'paris|lyon|marseille|toulouse|bordeaux|lille|nantes|nice|strasbourg|montpellier|rennes',
  BE: 'bruxelles|brussels|brussel|antwerpen|antwerp|gent|ghent|liege',
  NL: 'amsterdam|rotterdam|utrecht|den haag|the hague|eindhoven|groningen',
  LU: 'luxembourg',
  ES: 'madrid|barcelona|sevilla|seville|bilbao|malaga|zaragoza',
  PT: 'lisboa|lisbon|porto|braga|coimbra',
  IT: 'milano|milan|roma|rome|torino|turin|bologna|napoli|naples',
  DK: 'kobenhavn|copenhagen|aarhus',
  SE: 'stockholm|goteborg|gothenburg|malmo',
  NO: 'oslo|bergen',
  FI: 'helsinki|espoo|tampere',
  PL: 'warszawa|warsaw|krakow|wroclaw|gdansk|poznan',
  CZ: 'praha|prague|brno',
  EE: 'tallinn',
  GR: 'athens|athina',
  RO: 'bucharest|bucuresti|cluj napoca',
  BR: 'sao paulo|rio de janeiro|belo horizonte|curitiba|porto alegre|brasilia|recife|florianopolis|campinas|salvador|fortaleza',
  MX: 'ciudad de mexico|mexico city|cdmx|guadalajara|monterrey',
  AR: 'buenos aires',
  CL: 'santiago de chile',
  CO: 'bogota|medellin',
  PE: 'lima',
  UY: 'montevideo',
  IN: 'bengaluru|bangalore|mumbai|new delhi|delhi|hyderabad|pune|chennai|gurgaon|gurugram|noida',
  SG: 'singapore',
  JP: 'tokyo|osaka',
  KR: 'seoul',
  CN: 'shanghai|beijing|shenzhen',
  HK: 'hong kong',
  TW: 'taipei',
  AU: 'sydney|melbourne|brisbane|perth|adelaide|canberra',
  NZ: 'auckland|wellington',
  IL: 'tel aviv|jerusalem',
  AE: 'dubai|abu dhabi',
  ZA: 'cape town|johannesburg',
  NG: 'lagos',
  KE: 'nairobi',
  EG: 'cairo',
  TR: 'istanbul',
};

let cities: Map<string, string> | undefined;

/** The ISO code of the country a folded city name is in, when the board can place it. */
export function countryOfCity(folded: string): string | undefined {
  cities ??= new Map(
    Object.entries(BY_COUNTRY).flatMap(([code, names]) =>
      names.split('|').map((name) => [name, code] as const),
    ),
  );
  return cities.get(folded);
}
