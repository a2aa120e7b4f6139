/** The one error shape every API error has. `details` carries field errors and the like. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: ApiErrorDetail[];
  requestId?: string;
}

export interface ApiErrorDetail {
  /** Dotted path of the offending field, e.g. `municipalityIds.0`. */
  field?: string;
  message: string;
}
