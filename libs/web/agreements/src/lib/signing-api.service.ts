import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type DeclineRequest,
  type SignRequest,
  type SigningResult,
  type SigningView,
} from '@techpact/contracts';
import { firstValueFrom } from 'rxjs';

const tokenPath = (token: string): string => `/api/signing/${encodeURIComponent(token)}`;

/** The public signing API: the token from the e-mail is the credential, no session needed. */
@Injectable({ providedIn: 'root' })
export class SigningApi {
  private readonly http = inject(HttpClient);

  view(token: string): Promise<SigningView> {
    return firstValueFrom(this.http.get<SigningView>(tokenPath(token)));
  }

  documentUrl(token: string): string {
    return `${tokenPath(token)}/document.pdf`;
  }

  sign(token: string, body: SignRequest): Promise<SigningResult> {
    return firstValueFrom(this.http.post<SigningResult>(`${tokenPath(token)}/sign`, body));
  }

  decline(token: string, body: DeclineRequest): Promise<SigningResult> {
    return firstValueFrom(this.http.post<SigningResult>(`${tokenPath(token)}/decline`, body));
  }
}
