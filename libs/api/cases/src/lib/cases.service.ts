import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CaseDetail,
  type CaseSummary,
  type CaseTimelineEntry,
  type Page,
} from '@techpact/contracts';
import { allowedEvents, mainPathPosition } from '@techpact/lifecycle';
import { DataSource } from 'typeorm';
import { type CaseActor, type CaseEventInput } from './case-command';
import { CaseParticipants } from './case-participants';
import { CaseErrors } from './case.errors';
import { CaseRepository } from './case.repository';
import {
  type AppliedCaseEvent,
  applyCaseEvent,
  openCase,
  restoreSnapshot,
} from './case-transition';
import { type CreateCaseDto } from './dto/create-case.dto';
import { type ListCasesQueryDto } from './dto/list-cases.query';
import { type TimelineQueryDto } from './dto/timeline.query';

/** The case use cases. Every write is one transaction; reads are scoped to the caller. */
@Injectable()
export class CasesService {
  private readonly logger = new Logger(CasesService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly participants: CaseParticipants,
  ) {}

  /** Opens a case in intake (coordinators: companies of their municipalities; admins: any). */
  async create(actor: CaseActor, dto: CreateCaseDto): Promise<CaseDetail> {
    const id = await this.db.transaction((manager) => openCase(manager, actor, dto));
    return this.get(actor, id);
  }

  async list(actor: CaseActor, query: ListCasesQueryDto): Promise<Page<CaseSummary>> {
    const { items, total } = await new CaseRepository(this.db.manager).list(actor, query);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /** The case with its position and the events the caller may send now; 404 outside scope. */
  async get(actor: CaseActor, id: string): Promise<CaseDetail> {
    const row = await new CaseRepository(this.db.manager).findInScope(actor, id);
    if (!row) throw CaseErrors.caseNotFound();
    const { snapshot: stored, ...summary } = row;
    const snapshot = restoreSnapshot(id, stored);
    return {
      ...summary,
      position: mainPathPosition(snapshot),
      allowedEvents: allowedEvents(snapshot, actor.role),
    };
  }

  /** The audit events of a case, newest first. */
  async timeline(
    actor: CaseActor,
    id: string,
    query: TimelineQueryDto,
  ): Promise<Page<CaseTimelineEntry>> {
    const repository = new CaseRepository(this.db.manager);
    if (!(await repository.findInScope(actor, id))) throw CaseErrors.caseNotFound();
    const { items, total } = await repository.timeline(id, query.limit, query.offset);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /**
   * Applies one event in one transaction (see `applyCaseEvent`), then runs what the participants
   * asked to do after commit (e-mails); a failure there is logged, the transition stands.
   */
  async transition(actor: CaseActor, id: string, input: CaseEventInput): Promise<AppliedCaseEvent> {
    const applied = await this.db.transaction((manager) =>
      applyCaseEvent(manager, actor, id, input, this.participants.all()),
    );
    for (const work of applied.afterCommit) {
      await work().catch((error: unknown) =>
        this.logger.error(
          { err: error, caseId: id },
          `After ${input.command.type}: ${String(error)}`,
        ),
      );
    }
    return applied;
  }

  /** Applies one event and returns the case as it is after it. */
  async sendEvent(actor: CaseActor, id: string, input: CaseEventInput): Promise<CaseDetail> {
    await this.transition(actor, id, input);
    return this.get(actor, id);
  }
}
