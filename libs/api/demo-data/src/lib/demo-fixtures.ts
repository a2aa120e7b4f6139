/** The demo programme, modelled on NordVest Smart Production (Denmark, 2017–2022). */
export const DEMO_PASSWORD = 'techpact-demo';

export const DEMO_PROGRAMME = {
  name: 'NordVest Smart Production',
  funder: 'EU Regional Development Fund and the municipalities',
  startsOn: '2026-01-01',
  endsOn: '2028-12-31',
  timeZone: 'Europe/Copenhagen',
  country: 'DK',
};

export const DEMO_MUNICIPALITIES = [
  { key: 'vesthimmerland', name: 'Vesthimmerland', code: '820' },
  { key: 'jammerbugt', name: 'Jammerbugt', code: '849' },
  { key: 'mariagerfjord', name: 'Mariagerfjord', code: '846' },
  { key: 'thisted', name: 'Thisted', code: '787' },
] as const;

export type MunicipalityKey = (typeof DEMO_MUNICIPALITIES)[number]['key'];

export const DEMO_UNIVERSITY = 'Aalborg University';

interface DemoPerson {
  email: string;
  name: string;
  language: 'en' | 'da';
}

export const DEMO_ADMIN: DemoPerson = {
  email: 'admin@demo.techpact.dk',
  name: 'Anne Admin',
  language: 'en',
};

export const DEMO_COORDINATORS: (DemoPerson & { municipality: MunicipalityKey })[] = [
  {
    email: 'coordinator@demo.techpact.dk',
    name: 'Mette Kristensen',
    language: 'en',
    municipality: 'vesthimmerland',
  },
  {
    email: 'jammerbugt.coordinator@demo.techpact.dk',
    name: 'Lars Pedersen',
    language: 'da',
    municipality: 'jammerbugt',
  },
  {
    email: 'mariagerfjord.coordinator@demo.techpact.dk',
    name: 'Sofie Nielsen',
    language: 'da',
    municipality: 'mariagerfjord',
  },
  {
    email: 'thisted.coordinator@demo.techpact.dk',
    name: 'Jens Christensen',
    language: 'da',
    municipality: 'thisted',
  },
];

export const DEMO_EXPERTS: DemoPerson[] = [
  { email: 'expert@demo.techpact.dk', name: 'Dr. Henrik Madsen', language: 'en' },
  { email: 'robotics.expert@demo.techpact.dk', name: 'Dr. Ida Sørensen', language: 'da' },
  { email: 'data.expert@demo.techpact.dk', name: 'Dr. Peter Larsen', language: 'en' },
  { email: 'lean.expert@demo.techpact.dk', name: 'Dr. Camilla Jørgensen', language: 'da' },
];

/** Companies with valid CVR numbers; the first one's SME user is the fixed demo login. */
export const DEMO_COMPANIES: {
  name: string;
  municipality: MunicipalityKey;
  employees: number;
  contact?: DemoPerson;
}[] = [
  {
    name: 'Farsø Stål & Maskin ApS',
    municipality: 'vesthimmerland',
    employees: 42,
    contact: { email: 'sme@demo.techpact.dk', name: 'Karen Holm', language: 'en' },
  },
  { name: 'Aars Plastteknik A/S', municipality: 'vesthimmerland', employees: 118 },
  { name: 'Løgstør Træindustri ApS', municipality: 'vesthimmerland', employees: 23 },
  { name: 'Himmerland Fødevarer A/S', municipality: 'vesthimmerland', employees: 210 },
  {
    name: 'Fjerritslev Metal ApS',
    municipality: 'jammerbugt',
    employees: 17,
    contact: { email: 'fjerritslev.sme@demo.techpact.dk', name: 'Ole Thomsen', language: 'da' },
  },
  { name: 'Aabybro Elektronik ApS', municipality: 'jammerbugt', employees: 8 },
  { name: 'Brovst Emballage A/S', municipality: 'jammerbugt', employees: 64 },
  {
    name: 'Hobro Automation A/S',
    municipality: 'mariagerfjord',
    employees: 95,
    contact: { email: 'hobro.sme@demo.techpact.dk', name: 'Birgitte Lund', language: 'da' },
  },
  { name: 'Hadsund Komposit ApS', municipality: 'mariagerfjord', employees: 31 },
  { name: 'Mariager Glas & Facade ApS', municipality: 'mariagerfjord', employees: 12 },
  {
    name: 'Thisted Bryghus Teknik ApS',
    municipality: 'thisted',
    employees: 27,
    contact: { email: 'thisted.sme@demo.techpact.dk', name: 'Niels Vestergaard', language: 'da' },
  },
  { name: 'Hanstholm Fiskeindustri A/S', municipality: 'thisted', employees: 150 },
  { name: 'Snedsted Smedje ApS', municipality: 'thisted', employees: 6 },
];
