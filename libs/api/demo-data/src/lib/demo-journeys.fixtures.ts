import { type ActiveCaseStateValue, type CaseStateValue } from '@techpact/lifecycle';
import { type MunicipalityKey } from './demo-fixtures';

/** A company whose demo case goes past the assessment, and the state its case ends in. */
export interface DemoJourney {
  readonly company: string;
  readonly municipality: MunicipalityKey;
  readonly city: string;
  readonly postalCode: string;
  readonly employees: number;
  /** NACE Rev. 2 class. */
  readonly sector: string;
  readonly contact: { readonly name: string; readonly email: string };
  readonly state: CaseStateValue;
  /** For on hold and withdrawn: where the case was. */
  readonly from?: ActiveCaseStateValue;
  /** The agreement's upgrades (title, category, planned hours). */
  readonly upgrades: readonly (readonly [string, string, number])[];
}

const CELL: readonly [string, string, number] = ['Collaborative robot cell', 'Automation', 60];
const MES: readonly [string, string, number] = ['Shop-floor data capture (MES)', 'Data', 40];
const PLAN: readonly [string, string, number] = ['Digital production planning', 'Data', 32];
const VISION: readonly [string, string, number] = ['Vision-based quality control', 'AI', 48];
const ENERGY: readonly [string, string, number] = ['Energy monitoring', 'Green', 24];
const SKILLS: readonly [string, string, number] = ['Operator training plan', 'People', 16];

/**
 * Cases in every state beyond the assessment, so that a newcomer sees agreements out for
 * signature, activities with hours, completions and results. The signers are contact persons
 * without accounts (they sign from the e-mailed link).
 */
export const DEMO_JOURNEYS: readonly DemoJourney[] = [
  j(
    'Vesthimmerlands Værktøjsfabrik ApS',
    'vesthimmerland',
    'Aars',
    '9600',
    28,
    '25.73',
    'implementation',
    [CELL, MES],
  ),
  j('Nørager Rustfri A/S', 'vesthimmerland', 'Nørager', '9610', 64, '25.99', 'completed', [
    VISION,
    ENERGY,
  ]),
  j(
    'Ranum Landbrugsmaskiner ApS',
    'vesthimmerland',
    'Ranum',
    '9681',
    37,
    '28.30',
    'agreement.awaitingSignature',
    [PLAN, SKILLS],
  ),
  j('Hornum Pressestøberi ApS', 'vesthimmerland', 'Hornum', '9600', 22, '24.53', 'completion', [
    CELL,
    SKILLS,
  ]),
  j(
    'Aalestrup Inventar A/S',
    'vesthimmerland',
    'Aalestrup',
    '9620',
    51,
    '31.01',
    'onHold',
    [MES, PLAN],
    'implementation',
  ),
  j(
    'Pandrup Stålkonstruktion ApS',
    'jammerbugt',
    'Pandrup',
    '9490',
    33,
    '25.11',
    'implementation',
    [CELL, VISION],
  ),
  j(
    'Biersted Hydraulik ApS',
    'jammerbugt',
    'Biersted',
    '9440',
    19,
    '28.12',
    'agreement.awaitingCountersignature',
    [ENERGY, PLAN],
  ),
  j('Saltum Betonvarer A/S', 'jammerbugt', 'Saltum', '9493', 46, '23.61', 'completed', [
    MES,
    ENERGY,
  ]),
  j(
    'Blokhus Sejl & Presenning ApS',
    'jammerbugt',
    'Blokhus',
    '9492',
    14,
    '13.92',
    'agreement.drafting',
    [SKILLS, PLAN],
  ),
  j('Arden Maskinværksted ApS', 'mariagerfjord', 'Arden', '9510', 26, '33.12', 'implementation', [
    PLAN,
    MES,
    SKILLS,
  ]),
  j(
    'Als Bådebyggeri ApS',
    'mariagerfjord',
    'Als',
    '9560',
    18,
    '30.12',
    'agreement.awaitingSignature',
    [CELL, ENERGY],
  ),
  j('Assens Elektromotorer A/S', 'mariagerfjord', 'Mariager', '9550', 72, '27.11', 'completed', [
    VISION,
    MES,
  ]),
  j(
    'Hobro Fjedre ApS',
    'mariagerfjord',
    'Hobro',
    '9500',
    24,
    '25.93',
    'withdrawn',
    [CELL, PLAN],
    'agreement.awaitingSignature',
  ),
  j('Vestervig Mejeriteknik ApS', 'thisted', 'Vestervig', '7770', 31, '28.93', 'implementation', [
    ENERGY,
    VISION,
  ]),
  j('Hurup Trailerfabrik A/S', 'thisted', 'Hurup', '7760', 58, '29.20', 'completion', [CELL, MES]),
  j(
    'Nors Laser & Klip ApS',
    'thisted',
    'Nors',
    '7700',
    12,
    '25.62',
    'agreement.awaitingCountersignature',
    [VISION, SKILLS],
  ),
  j(
    'Sjørring Vindueskompagni ApS',
    'thisted',
    'Sjørring',
    '7700',
    23,
    '16.23',
    'agreement.drafting',
    [PLAN, ENERGY],
  ),
];

function j(
  company: string,
  municipality: MunicipalityKey,
  city: string,
  postalCode: string,
  employees: number,
  sector: string,
  state: CaseStateValue,
  upgrades: DemoJourney['upgrades'],
  from?: ActiveCaseStateValue,
): DemoJourney {
  const slug = company
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const first = ['Anne', 'Søren', 'Mette', 'Jesper', 'Lone', 'Kim', 'Pia', 'Rasmus'];
  const last = ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Larsen', 'Sørensen'];
  const name = `${first[company.length % first.length]} ${last[employees % last.length]}`;
  return {
    company,
    municipality,
    city,
    postalCode,
    employees,
    sector,
    contact: { name, email: `kontakt@${slug}.example` },
    state,
    from,
    upgrades,
  };
}
