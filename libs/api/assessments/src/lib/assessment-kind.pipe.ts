import { Injectable, type PipeTransform } from '@nestjs/common';
import { AppError, ErrorCode } from '@techpact/api/infra-http';
import { type AssessmentKind } from '@techpact/contracts';

/** `t0` / `t1` (any case) in a path → `T0` / `T1`. */
@Injectable()
export class AssessmentKindPipe implements PipeTransform<string, AssessmentKind> {
  transform(value: string): AssessmentKind {
    const kind = value.toUpperCase();
    if (kind === 'T0' || kind === 'T1') return kind;
    throw new AppError(
      ErrorCode.Validation,
      `Unknown assessment "${value}": use t0 (baseline) or t1 (follow-up).`,
      [{ field: 'kind', message: 'kind must be t0 or t1' }],
    );
  }
}
