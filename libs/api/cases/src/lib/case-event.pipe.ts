import { Injectable, type PipeTransform } from '@nestjs/common';
import { createValidationPipe } from '@techpact/api/infra-http';
import { type CaseEventType, isCaseEventType } from '@techpact/lifecycle';
import { type CaseCommand, type CaseEventInput } from './case-command';
import { CaseErrors } from './case.errors';
import { CaseEventDto } from './dto/case-event.dto';
import { PauseEventDto } from './dto/pause-event.dto';
import { ReasonEventDto } from './dto/reason-event.dto';
import { ScheduleAssessmentEventDto } from './dto/schedule-assessment-event.dto';
import { SignEventDto } from './dto/sign-event.dto';

/** The body class of each event type; fields of other types are refused as unknown. */
export const EVENT_DTO_BY_TYPE: { readonly [T in CaseEventType]: new () => CaseEventDto } = {
  SCHEDULE_ASSESSMENT: ScheduleAssessmentEventDto,
  START_ASSESSMENT: CaseEventDto,
  SUBMIT_ASSESSMENT: CaseEventDto,
  SEND_FOR_SIGNATURE: CaseEventDto,
  SIGN: SignEventDto,
  DECLINE: ReasonEventDto,
  RECALL: CaseEventDto,
  COUNTERSIGN: CaseEventDto,
  AMEND_AGREEMENT: CaseEventDto,
  BEGIN_COMPLETION: CaseEventDto,
  COMPLETE: CaseEventDto,
  REOPEN: CaseEventDto,
  PAUSE: PauseEventDto,
  RESUME: CaseEventDto,
  WITHDRAW: ReasonEventDto,
};

type AnyEventDto = CaseEventDto &
  Partial<Omit<ScheduleAssessmentEventDto & SignEventDto & PauseEventDto, 'type'>>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function present(value: string | undefined, field: string): string {
  // The DTO of the type has already required the field; this keeps the types honest.
  if (value === undefined) throw new Error(`${field} passed validation without a value`);
  return value;
}

/** The command for a validated body (payload fields of its type only). */
export function toCommand(dto: AnyEventDto): CaseCommand {
  const { type } = dto;
  switch (type) {
    case 'SCHEDULE_ASSESSMENT':
      return { type, expertId: present(dto.expertId, 'expertId'), date: present(dto.date, 'date') };
    case 'SIGN':
      return { type, versionHash: present(dto.versionHash, 'versionHash') };
    case 'DECLINE':
    case 'WITHDRAW':
      return { type, reason: present(dto.reason, 'reason') };
    case 'PAUSE':
      return dto.until === undefined
        ? { type, reason: present(dto.reason, 'reason') }
        : { type, reason: present(dto.reason, 'reason'), until: dto.until };
    case 'START_ASSESSMENT':
    case 'SUBMIT_ASSESSMENT':
    case 'SEND_FOR_SIGNATURE':
    case 'RECALL':
    case 'COUNTERSIGN':
    case 'AMEND_AGREEMENT':
    case 'BEGIN_COMPLETION':
    case 'COMPLETE':
    case 'REOPEN':
    case 'RESUME':
      return { type };
  }
}

/**
 * Validates `POST /api/cases/:id/events` per event type: an unknown type is a 400 listing the
 * valid ones; the rest goes through the global validation rules with the type's own class, so
 * missing fields are named and fields of other types are refused.
 */
@Injectable()
export class CaseEventPipe implements PipeTransform<unknown, Promise<CaseEventInput>> {
  private readonly validation = createValidationPipe();

  async transform(body: unknown): Promise<CaseEventInput> {
    if (!isRecord(body)) throw CaseErrors.bodyNotObject();
    const type = body['type'];
    if (!isCaseEventType(type)) throw CaseErrors.unknownEventType(type);
    const dto = (await this.validation.transform(body, {
      type: 'body',
      metatype: EVENT_DTO_BY_TYPE[type],
    })) as AnyEventDto;
    const command = toCommand(dto);
    return dto.expectedVersion === undefined
      ? { command }
      : { command, expectedVersion: dto.expectedVersion };
  }
}
