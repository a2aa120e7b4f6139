import {
  type CaseCompanyRef,
  type CaseSortField,
  type CaseSummary,
  type RefSummary,
} from '@techpact/contracts';
import { type CaseActor } from './case-command';

/** The SQL of a case summary (alias `cf`) and the scope of each role, shared by the reads. */

export const SORT_COLUMNS: { readonly [S in CaseSortField]: string } = {
  openedAt: 'cf.opened_at',
  updatedAt: 'cf.updated_at',
  companyName: 'cf.company_name',
};

export const SUMMARY_COLUMNS = `cf.id, cf.state, cf.version,
  cf.opened_at AS "openedAt", cf.updated_at AS "updatedAt", cf.last_event_at AS "lastEventAt",
  json_build_object('id', c.id, 'name', c.name, 'registrationNumber', c.registration_number,
                    'country', trim(c.country)) AS company,
  json_build_object('id', m.id, 'name', m.name) AS municipality,
  CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object('id', co.id, 'name', co.name) END AS coordinator,
  COALESCE((SELECT json_agg(json_build_object('id', e.id, 'name', e.name) ORDER BY e.name, e.id)
              FROM case_expert ce JOIN app_user e ON e.id = ce.expert_id
             WHERE ce.case_id = cf.id), '[]') AS experts`;

export const SUMMARY_FROM = `FROM case_file cf
  JOIN company c ON c.id = cf.company_id
  JOIN municipality m ON m.id = cf.municipality_id
  LEFT JOIN app_user co ON co.id = cf.coordinator_id`;

export interface RawSummary {
  id: string;
  state: string;
  version: number;
  openedAt: Date;
  updatedAt: Date;
  lastEventAt: Date;
  company: CaseCompanyRef;
  municipality: RefSummary;
  coordinator: RefSummary | null;
  experts: RefSummary[];
}

export function toSummary(row: RawSummary): CaseSummary {
  return {
    id: row.id,
    company: row.company,
    municipality: row.municipality,
    coordinator: row.coordinator,
    experts: row.experts,
    state: row.state,
    version: row.version,
    openedAt: row.openedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastEventAt: row.lastEventAt.toISOString(),
  };
}

/**
 * The condition that keeps `actor` to their cases (alias `cf`): admins the programme,
 * coordinators their municipalities, experts the cases they are assigned to, SME users their
 * company's cases. Appends its parameters to `params`.
 */
export function caseScope(actor: CaseActor, params: unknown[]): string {
  params.push(actor.programmeId);
  const programme = `cf.programme_id = $${params.length}`;
  switch (actor.role) {
    case 'admin':
      return programme;
    case 'coordinator':
      params.push(actor.municipalityIds);
      return `${programme} AND cf.municipality_id = ANY($${params.length}::uuid[])`;
    case 'expert':
      params.push(actor.id);
      return `${programme} AND EXISTS (SELECT 1 FROM case_expert se WHERE se.case_id = cf.id AND se.expert_id = $${params.length})`;
    case 'sme':
      if (actor.companyId === null) return `${programme} AND false`;
      params.push(actor.companyId);
      return `${programme} AND cf.company_id = $${params.length}`;
  }
}
