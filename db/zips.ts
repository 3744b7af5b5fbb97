import zipcodes from 'zipcodes';

export interface ZipPlace {
  zip: string;
  lat: number;
  lng: number;
  city: string;
  state: string;
}

/** Offline ZIP centroid lookup from the `zipcodes` package (about 44,000 US ZIP codes). */
export function geocodeZip(zip: string): ZipPlace | null {
  const hit = zipcodes.lookup(zip.slice(0, 5));
  if (!hit || hit.country !== 'US') return null;
  return { zip: hit.zip, lat: hit.latitude, lng: hit.longitude, city: hit.city, state: hit.state };
}

/** Every US ZIP code, for the national generator. */
export function allZips(): ZipPlace[] {
  return Object.values(
    zipcodes.codes as Record<
      string,
      {
        zip: string;
        latitude: number;
        longitude: number;
        city: string;
        state: string;
        country: string;
      }
    >,
  )
    .filter((z) => z.country === 'US')
    .map((z) => ({ zip: z.zip, lat: z.latitude, lng: z.longitude, city: z.city, state: z.state }));
}
