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
  /** NACE Rev. 2 class. */
  sector: string;
  address: { line: string; postalCode: string; city: string };
  turnoverBand: 'upTo2m' | 'upTo10m' | 'upTo50m' | 'over50m';
  /** The SME user (and contact person) of the company. */
  contact?: DemoPerson;
  /** A further contact person without an account, who can be invited. */
  extraContact?: { name: string; role: string; email: string; phone: string };
}[] = [
  {
    name: 'Farsø Stål & Maskin ApS',
    municipality: 'vesthimmerland',
    employees: 42,
    sector: '25.62',
    address: { line: 'Industrivej 12', postalCode: '9640', city: 'Farsø' },
    turnoverBand: 'upTo10m',
    extraContact: {
      name: 'Jonas Holm',
      role: 'Production manager',
      email: 'jonas.holm@farsoe-staal.example',
      phone: '+45 98 63 12 12',
    },
    contact: { email: 'sme@demo.techpact.dk', name: 'Karen Holm', language: 'en' },
  },
  {
    name: 'Aars Plastteknik A/S',
    municipality: 'vesthimmerland',
    employees: 118,
    sector: '22.29',
    address: { line: 'Himmerlandsgade 80', postalCode: '9600', city: 'Aars' },
    turnoverBand: 'upTo50m',
  },
  {
    name: 'Løgstør Træindustri ApS',
    municipality: 'vesthimmerland',
    employees: 23,
    sector: '16.23',
    address: { line: 'Havnevej 4', postalCode: '9670', city: 'Løgstør' },
    turnoverBand: 'upTo10m',
  },
  {
    name: 'Himmerland Fødevarer A/S',
    municipality: 'vesthimmerland',
    employees: 210,
    sector: '10.13',
    address: { line: 'Mejerivej 2', postalCode: '9600', city: 'Aars' },
    turnoverBand: 'over50m',
  },
  {
    name: 'Fjerritslev Metal ApS',
    municipality: 'jammerbugt',
    employees: 17,
    sector: '25.11',
    address: { line: 'Smedevej 7', postalCode: '9690', city: 'Fjerritslev' },
    turnoverBand: 'upTo10m',
    contact: { email: 'fjerritslev.sme@demo.techpact.dk', name: 'Ole Thomsen', language: 'da' },
  },
  {
    name: 'Aabybro Elektronik ApS',
    municipality: 'jammerbugt',
    employees: 8,
    sector: '26.11',
    address: { line: 'Teglværksvej 3', postalCode: '9440', city: 'Aabybro' },
    turnoverBand: 'upTo2m',
  },
  {
    name: 'Brovst Emballage A/S',
    municipality: 'jammerbugt',
    employees: 64,
    sector: '17.21',
    address: { line: 'Industriparken 15', postalCode: '9460', city: 'Brovst' },
    turnoverBand: 'upTo50m',
  },
  {
    name: 'Hobro Automation A/S',
    municipality: 'mariagerfjord',
    employees: 95,
    sector: '28.99',
    address: { line: 'Mariagervej 120', postalCode: '9500', city: 'Hobro' },
    turnoverBand: 'upTo50m',
    extraContact: {
      name: 'Mads Krogh',
      role: 'Head of engineering',
      email: 'mads.krogh@hobro-automation.example',
      phone: '+45 98 52 20 20',
    },
    contact: { email: 'hobro.sme@demo.techpact.dk', name: 'Birgitte Lund', language: 'da' },
  },
  {
    name: 'Hadsund Komposit ApS',
    municipality: 'mariagerfjord',
    employees: 31,
    sector: '22.21',
    address: { line: 'Fjordvej 9', postalCode: '9560', city: 'Hadsund' },
    turnoverBand: 'upTo10m',
  },
  {
    name: 'Mariager Glas & Facade ApS',
    municipality: 'mariagerfjord',
    employees: 12,
    sector: '23.12',
    address: { line: 'Glasværksvej 1', postalCode: '9550', city: 'Mariager' },
    turnoverBand: 'upTo2m',
  },
  {
    name: 'Thisted Bryghus Teknik ApS',
    municipality: 'thisted',
    employees: 27,
    sector: '28.93',
    address: { line: 'Bryggerivej 5', postalCode: '7700', city: 'Thisted' },
    turnoverBand: 'upTo10m',
    contact: { email: 'thisted.sme@demo.techpact.dk', name: 'Niels Vestergaard', language: 'da' },
  },
  {
    name: 'Hanstholm Fiskeindustri A/S',
    municipality: 'thisted',
    employees: 150,
    sector: '10.20',
    address: { line: 'Havnen 30', postalCode: '7730', city: 'Hanstholm' },
    turnoverBand: 'over50m',
  },
  {
    name: 'Snedsted Smedje ApS',
    municipality: 'thisted',
    employees: 6,
    sector: '25.50',
    address: { line: 'Bygaden 14', postalCode: '7752', city: 'Snedsted' },
    turnoverBand: 'upTo2m',
  },
];
