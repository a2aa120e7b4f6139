import { type AuthUser } from '@techpact/api/auth';

/** The parts of the signed-in user that decide which companies they see. */
export type CompanyViewer = Pick<
  AuthUser,
  'id' | 'role' | 'programmeId' | 'municipalityIds' | 'companyId'
>;

/**
 * The condition that keeps `viewer` to their companies (alias `c`): admins the programme,
 * coordinators their municipalities, experts the companies of the cases they are assigned to,
 * SME users their own company. Appends its parameters to `params`.
 */
export function companyScope(viewer: CompanyViewer, params: unknown[]): string {
  params.push(viewer.programmeId);
  const programme = `c.programme_id = $${params.length}`;
  switch (viewer.role) {
    case 'admin':
      return programme;
    case 'coordinator':
      params.push(viewer.municipalityIds);
      return `${programme} AND c.municipality_id = ANY($${params.length}::uuid[])`;
    case 'expert':
      params.push(viewer.id);
      return `${programme} AND EXISTS (SELECT 1 FROM case_file scf JOIN case_expert sce ON sce.case_id = scf.id
                                        WHERE scf.company_id = c.id AND sce.expert_id = $${params.length})`;
    case 'sme':
      if (viewer.companyId === null) return `${programme} AND false`;
      params.push(viewer.companyId);
      return `${programme} AND c.id = $${params.length}`;
  }
}

/** Whether `viewer` may register or change companies in `municipalityId`. */
export function mayWriteIn(viewer: CompanyViewer, municipalityId: string): boolean {
  switch (viewer.role) {
    case 'admin':
      return true;
    case 'coordinator':
      return viewer.municipalityIds.includes(municipalityId);
    case 'expert':
    case 'sme':
      return false;
  }
}
