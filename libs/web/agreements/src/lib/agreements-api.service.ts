import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type AddSuggestedUpgradesRequest,
  type AgreementDiff,
  type AgreementOverview,
  type AgreementVersionDetail,
  type CaseDetail,
  type CreateUpgradeRequest,
  type DeclineRequest,
  type Page,
  type PendingSignature,
  type SetSignersRequest,
  type SignRequest,
  type SigningResult,
  type UpdateDraftRequest,
  type UpdateUpgradeRequest,
  type UserResponse,
} from '@techpact/contracts';
import { firstValueFrom } from 'rxjs';

/** The lifecycle events the agreement page sends (the case page offers the others). */
export type AgreementEvent = 'SEND_FOR_SIGNATURE' | 'RECALL' | 'COUNTERSIGN' | 'AMEND_AGREEMENT';

const casePath = (caseId: string): string => `/api/cases/${encodeURIComponent(caseId)}`;
const agreementPath = (caseId: string): string => `${casePath(caseId)}/agreement`;
const draftPath = (caseId: string): string => `${agreementPath(caseId)}/draft`;

/** Where a version's PDFs are downloaded (plain links: the browser sends the session cookie). */
export function versionPdfUrl(caseId: string, number: number, kind: 'document' | 'signed'): string {
  return `${agreementPath(caseId)}/versions/${number}/${kind}.pdf`;
}

/** The Agreements API of a case, typed by the shared contracts. */
@Injectable({ providedIn: 'root' })
export class AgreementsApi {
  private readonly http = inject(HttpClient);

  caseFile(caseId: string): Promise<CaseDetail> {
    return firstValueFrom(this.http.get<CaseDetail>(casePath(caseId)));
  }

  overview(caseId: string): Promise<AgreementOverview> {
    return firstValueFrom(this.http.get<AgreementOverview>(agreementPath(caseId)));
  }

  version(caseId: string, number: number): Promise<AgreementVersionDetail> {
    return firstValueFrom(
      this.http.get<AgreementVersionDetail>(`${agreementPath(caseId)}/versions/${number}`),
    );
  }

  draft(caseId: string): Promise<AgreementVersionDetail> {
    return firstValueFrom(this.http.get<AgreementVersionDetail>(draftPath(caseId)));
  }

  updateDraft(caseId: string, body: UpdateDraftRequest): Promise<AgreementVersionDetail> {
    return firstValueFrom(this.http.patch<AgreementVersionDetail>(draftPath(caseId), body));
  }

  /* Upgrade and signer changes answer with whatever the API likes; the page reloads the draft. */

  async addUpgrade(caseId: string, body: CreateUpgradeRequest): Promise<void> {
    await firstValueFrom(this.http.post(`${draftPath(caseId)}/upgrades`, body));
  }

  async updateUpgrade(
    caseId: string,
    upgradeId: string,
    body: UpdateUpgradeRequest,
  ): Promise<void> {
    await firstValueFrom(
      this.http.patch(`${draftPath(caseId)}/upgrades/${encodeURIComponent(upgradeId)}`, body),
    );
  }

  async deleteUpgrade(caseId: string, upgradeId: string): Promise<void> {
    await firstValueFrom(
      this.http.delete(`${draftPath(caseId)}/upgrades/${encodeURIComponent(upgradeId)}`),
    );
  }

  async addSuggested(caseId: string, body: AddSuggestedUpgradesRequest): Promise<void> {
    await firstValueFrom(this.http.post(`${draftPath(caseId)}/upgrades/from-suggestions`, body));
  }

  async setSigners(caseId: string, body: SetSignersRequest): Promise<void> {
    await firstValueFrom(this.http.put(`${draftPath(caseId)}/signers`, body));
  }

  diff(caseId: string, from: number, to: number): Promise<AgreementDiff> {
    return firstValueFrom(
      this.http.get<AgreementDiff>(`${agreementPath(caseId)}/diff`, { params: { from, to } }),
    );
  }

  /** Lifecycle events go through the case, with the version the page shows. */
  sendEvent(caseId: string, type: AgreementEvent, expectedVersion: number): Promise<CaseDetail> {
    return firstValueFrom(
      this.http.post<CaseDetail>(`${casePath(caseId)}/events`, { type, expectedVersion }),
    );
  }

  /** The programme's active experts, to choose who carries out an upgrade. */
  async experts(): Promise<UserResponse[]> {
    const page = await firstValueFrom(
      this.http.get<Page<UserResponse>>('/api/users', {
        params: { role: 'expert', limit: 200, offset: 0 },
      }),
    );
    return page.items.filter((expert) => expert.active);
  }

  /** What the signed-in SME user is asked to sign. */
  pendingSignatures(): Promise<PendingSignature[]> {
    return firstValueFrom(this.http.get<PendingSignature[]>('/api/me/signatures'));
  }

  /** The signed-in SME user signs in the app (no link needed). */
  sign(caseId: string, number: number, body: SignRequest): Promise<SigningResult> {
    return firstValueFrom(
      this.http.post<SigningResult>(`${agreementPath(caseId)}/versions/${number}/sign`, body),
    );
  }

  decline(caseId: string, number: number, body: DeclineRequest): Promise<SigningResult> {
    return firstValueFrom(
      this.http.post<SigningResult>(`${agreementPath(caseId)}/versions/${number}/decline`, body),
    );
  }
}
