import { type ImportPreviewRow, TURNOVER_BANDS, type TurnoverBand } from '@techpact/contracts';
import { type CsvRecord } from './csv';
import { checkRegistration } from './cvr';
import { type CompanyRow, type CompanyValues } from './company.repository';
import { naceProblem } from './nace';

/** The columns an import understands, with the header names accepted for each. */
const COLUMN_ALIASES = {
  name: ['name', 'companyname', 'company', 'navn', 'virksomhed'],
  registrationNumber: [
    'registrationnumber',
    'registrationno',
    'regno',
    'cvr',
    'cvrnumber',
    'cvrnr',
  ],
  country: ['country', 'countrycode', 'land'],
  municipality: ['municipality', 'municipalitycode', 'kommune'],
  employees: ['employees', 'employeecount', 'ansatte'],
  sectorCode: ['sectorcode', 'sector', 'nace', 'nacecode', 'branchekode'],
  turnoverBand: ['turnoverband', 'turnover', 'omsaetning'],
  address: ['address', 'addressline', 'street', 'adresse'],
  postalCode: ['postalcode', 'postcode', 'zip', 'zipcode', 'postnr'],
  city: ['city', 'town', 'by'],
  contactName: ['contactname', 'contact', 'kontaktperson'],
  contactRole: ['contactrole', 'contacttitle'],
  contactEmail: ['contactemail', 'email', 'e-mail'],
  contactPhone: ['contactphone', 'phone', 'telefon'],
} as const;

export type ImportColumn = keyof typeof COLUMN_ALIASES;
const REQUIRED: readonly ImportColumn[] = ['name', 'registrationNumber'];

export const IMPORT_MAX_ROWS = 5000;

export interface ImportHeader {
  readonly columns: ReadonlyMap<ImportColumn, number>;
  readonly ignored: readonly string[];
  readonly width: number;
}

/** Why a header is unusable, or the column positions. */
export function readHeader(fields: readonly string[]): ImportHeader | { problem: string } {
  const columns = new Map<ImportColumn, number>();
  const ignored: string[] = [];
  for (const [index, raw] of fields.entries()) {
    const key = raw
      .trim()
      .toLowerCase()
      .replace(/[\s_.]/g, '')
      .replace(/æ/g, 'ae');
    const column = (Object.keys(COLUMN_ALIASES) as ImportColumn[]).find((candidate) =>
      (COLUMN_ALIASES[candidate] as readonly string[]).includes(key),
    );
    if (!column) {
      if (raw.trim()) ignored.push(raw.trim());
      continue;
    }
    if (columns.has(column))
      return { problem: `The header names the column "${raw.trim()}" twice.` };
    columns.set(column, index);
  }
  const missing = REQUIRED.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    return {
      problem: `The header (line 1) lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; the first line must name the columns, e.g. name,registrationNumber,municipality,employees.`,
    };
  }
  return { columns, ignored, width: fields.length };
}

export interface ImportMunicipality {
  id: string;
  name: string;
  code: string | null;
}

/** What the planner needs to know about the register and the caller. */
export interface ImportContext {
  readonly municipalities: readonly ImportMunicipality[];
  /** The municipalities the caller may write in; null for all (admins). */
  readonly writable: ReadonlySet<string> | null;
  /** Existing companies by `country:registrationNumber`. */
  readonly existing: ReadonlyMap<string, CompanyRow & { hasCases: boolean }>;
}

export interface ImportContact {
  name: string;
  role: string | null;
  email: string;
  phone: string | null;
}

/** One planned row: the preview row and, unless rejected, the company values to write. */
export interface PlannedRow {
  readonly preview: ImportPreviewRow;
  readonly values: CompanyValues | null;
  readonly contact: ImportContact | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+()\d][\d\s()+\-./]{2,39}$/;

export const registrationKey = (country: string, registrationNumber: string) =>
  `${country}:${registrationNumber}`;

class RowProblem extends Error {}

/**
 * Plans an import row by row: create (new registration number), update (a company of the
 * programme has it; empty cells leave its fields as they are) or reject with the reason. Pure: the
 * caller loads the context and writes the plan.
 */
export function planImport(
  header: ImportHeader,
  records: readonly CsvRecord[],
  context: ImportContext,
): PlannedRow[] {
  const byName = new Map<string, ImportMunicipality>();
  for (const m of context.municipalities) {
    byName.set(m.name.toLowerCase(), m);
    if (m.code) byName.set(m.code.toLowerCase(), m);
  }
  const seen = new Map<string, number>();
  return records.map((record) => {
    const cell = (column: ImportColumn): string => {
      const index = header.columns.get(column);
      return index === undefined ? '' : (record.fields[index] ?? '').trim();
    };
    const name = cell('name');
    const numberCell = cell('registrationNumber');
    const countryCell = cell('country').toUpperCase() || 'DK';
    const base: ImportPreviewRow = {
      line: record.line,
      action: 'reject',
      name,
      registrationNumber: numberCell,
      country: countryCell,
      companyId: null,
      changes: [],
      reason: null,
    };
    try {
      if (record.fields.length !== header.width) {
        throw new RowProblem(
          `The row has ${record.fields.length} fields but the header has ${header.width}; check for a missing or extra separator.`,
        );
      }
      if (!name) throw new RowProblem('The company name is missing.');
      if (name.length > 300)
        throw new RowProblem('The company name is longer than 300 characters.');
      const registration = checkRegistration(countryCell, numberCell);
      if (!registration.ok) throw new RowProblem(registration.reason);
      const key = registrationKey(registration.country, registration.registrationNumber);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        throw new RowProblem(
          `Registration number ${registration.registrationNumber} is also on line ${earlier}; each company may appear once.`,
        );
      }
      seen.set(key, record.line);
      const existing = context.existing.get(key) ?? null;

      let municipalityId = existing?.municipalityId ?? null;
      const municipalityCell = cell('municipality');
      if (municipalityCell) {
        const municipality = byName.get(municipalityCell.toLowerCase());
        if (!municipality) {
          throw new RowProblem(
            `There is no municipality "${municipalityCell}" in the programme; use one of ${context.municipalities.map((m) => m.name).join(', ')}.`,
          );
        }
        municipalityId = municipality.id;
      }
      if (!municipalityId) throw new RowProblem('The municipality is missing for a new company.');
      const writable = (id: string) => context.writable === null || context.writable.has(id);
      if (existing && !writable(existing.municipalityId)) {
        throw new RowProblem(
          `${existing.name} is registered in a municipality you do not serve; ask its coordinator to update it.`,
        );
      }
      if (!writable(municipalityId)) {
        const target = context.municipalities.find((m) => m.id === municipalityId)?.name ?? '';
        throw new RowProblem(
          `You can import companies only into your municipalities; ${target} is not one of them.`,
        );
      }
      if (existing && existing.municipalityId !== municipalityId && existing.hasCases) {
        throw new RowProblem(
          `${existing.name} has cases in its municipality, so the import cannot move it to another one.`,
        );
      }

      const employeesCell = cell('employees').replace(/[\s.]/g, '');
      let employees = existing?.employees ?? null;
      if (employeesCell) {
        if (!/^\d{1,8}$/.test(employeesCell)) {
          throw new RowProblem(
            `Employees must be a whole number such as 42; "${cell('employees')}" is not.`,
          );
        }
        employees = Number(employeesCell);
      }
      let sectorCode = existing?.sectorCode ?? null;
      if (cell('sectorCode')) {
        const problem = naceProblem(cell('sectorCode'));
        if (problem) throw new RowProblem(problem);
        sectorCode = cell('sectorCode');
      }
      let turnoverBand = existing?.turnoverBand ?? null;
      if (cell('turnoverBand')) {
        const band = TURNOVER_BANDS.find(
          (b) => b.toLowerCase() === cell('turnoverBand').toLowerCase(),
        );
        if (!band) {
          throw new RowProblem(
            `The turnover band must be one of ${TURNOVER_BANDS.join(', ')}; "${cell('turnoverBand')}" is not.`,
          );
        }
        turnoverBand = band satisfies TurnoverBand;
      }
      const bounded = (
        column: ImportColumn,
        max: number,
        label: string,
        current: string | null,
      ) => {
        const value = cell(column);
        if (value.length > max)
          throw new RowProblem(`The ${label} is longer than ${max} characters.`);
        return value || current;
      };
      const values: CompanyValues = {
        municipalityId,
        name,
        registrationNumber: registration.registrationNumber,
        country: registration.country,
        employees,
        sectorCode,
        turnoverBand,
        addressLine: bounded('address', 200, 'address', existing?.addressLine ?? null),
        postalCode: bounded('postalCode', 20, 'postal code', existing?.postalCode ?? null),
        city: bounded('city', 100, 'city', existing?.city ?? null),
      };
      const contact = contactOf(cell);
      const changes = existing
        ? (Object.keys(values) as (keyof CompanyValues)[]).filter(
            (field) => values[field] !== existing[field],
          )
        : [];
      return {
        preview: {
          ...base,
          action: existing ? 'update' : 'create',
          registrationNumber: registration.registrationNumber,
          country: registration.country,
          companyId: existing?.id ?? null,
          changes: contact ? [...changes, 'contact'] : changes,
        },
        values,
        contact,
      };
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      return { preview: { ...base, reason: error.message }, values: null, contact: null };
    }
  });
}

function contactOf(cell: (column: ImportColumn) => string): ImportContact | null {
  const email = cell('contactEmail').toLowerCase();
  const name = cell('contactName');
  const role = cell('contactRole');
  const phone = cell('contactPhone');
  if (!email && !name && !role && !phone) return null;
  if (!email) throw new RowProblem('A contact person needs an e-mail address (contactEmail).');
  if (!EMAIL.test(email) || email.length > 254) {
    throw new RowProblem(`"${cell('contactEmail')}" is not an e-mail address.`);
  }
  if (name.length > 200 || role.length > 100) {
    throw new RowProblem('The contact name (200) or role (100 characters) is too long.');
  }
  if (phone && !PHONE.test(phone)) throw new RowProblem(`"${phone}" is not a telephone number.`);
  return { name: name || email, role: role || null, email, phone: phone || null };
}
