import type { PublicOpportunity } from './service.js';

/**
 * schema.org description of an opportunity for search engines and aggregators. schema.org has
 * no volunteering type (a "VolunteerAction" was only ever proposed), so the opportunity is an
 * Event whose shifts are its subEvents (start, end, capacity, seats left), organized by the host
 * organization, with an ApplyAction pointing at this page's sign-up forms.
 */
export function opportunityJsonLd(o: PublicOpportunity, baseUrl: string): Record<string, unknown> {
  const url = `${baseUrl}/opportunities/${o.id}`;
  const location = o.remote
    ? { '@type': 'VirtualLocation', url }
    : {
        '@type': 'Place',
        name: o.place ? o.place.name : o.address,
        address: {
          '@type': 'PostalAddress',
          streetAddress: o.address ?? undefined,
          addressLocality: o.place?.name,
          addressRegion: o.place?.county,
          postalCode: o.place?.postalCode ?? undefined,
          addressCountry: 'HU',
        },
        geo: o.lat !== null && o.lon !== null ? { '@type': 'GeoCoordinates', latitude: o.lat, longitude: o.lon } : undefined,
      };
  const attendance = `https://schema.org/${o.remote ? 'Online' : 'Offline'}EventAttendanceMode`;
  const first = o.shifts[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url,
    url,
    name: o.title,
    description: o.description,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: attendance,
    isAccessibleForFree: true,
    location,
    organizer: { '@type': 'Organization', name: o.organization.name, url: `${baseUrl}/organizations/${o.organization.id}` },
    startDate: first?.startsAt.toISOString(),
    endDate: first?.endsAt.toISOString(),
    typicalAgeRange: o.minAge !== null ? `${o.minAge}-` : undefined,
    keywords: o.causes.length ? o.causes.map((c) => c.name).join(', ') : undefined,
    inLanguage: o.languages.length ? o.languages : undefined,
    subEvent: o.shifts.map((s) => ({
      '@type': 'Event',
      '@id': `${url}#shift-${s.id}`,
      name: o.title,
      startDate: s.startsAt.toISOString(),
      endDate: s.endsAt.toISOString(),
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: attendance,
      location,
      maximumAttendeeCapacity: s.capacity,
      remainingAttendeeCapacity: s.seatsLeft,
    })),
    potentialAction: { '@type': 'ApplyAction', target: url },
  };
}

/**
 * JSON safe inside <script type="application/ld+json">: the HTML parser ends a script at
 * "</script" and treats "<!--" specially, whatever the JSON means, so every < (and >, &, and the
 * line separators some parsers reject) becomes its \u escape — still the same JSON value.
 */
export function jsonForScriptTag(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
