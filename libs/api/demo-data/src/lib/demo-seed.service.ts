import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PasswordService } from '@techpact/api/auth';
import { seedDemoAssessments } from '@techpact/api/assessments';
import { type AfterCommit, CaseParticipants, seedDemoCases } from '@techpact/api/cases';
import { seedDemoActivitiesAndHours } from '@techpact/api/timesheets';
import { DataSource, type EntityManager } from 'typeorm';
import { demoCvr } from './demo-cvr';
import { seedDemoJourneys } from './demo-journeys.seed';
import { DEMO_JOURNEYS } from './demo-journeys.fixtures';
import {
  DEMO_ADMIN,
  DEMO_COMPANIES,
  DEMO_COORDINATORS,
  DEMO_EXPERTS,
  DEMO_MUNICIPALITIES,
  DEMO_PASSWORD,
  DEMO_PROGRAMME,
  DEMO_UNIVERSITY,
  type MunicipalityKey,
} from './demo-fixtures';

export interface SeedResult {
  seeded: boolean;
  users: number;
  companies: number;
  cases: number;
  assessments: number;
}

@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
    private readonly participants: CaseParticipants,
  ) {}

  /**
   * Loads the demo programme unless it is there already. One transaction, and a lock so that
   * two processes starting together do not both seed.
   */
  async seed(): Promise<SeedResult> {
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    const afterCommit: AfterCommit[] = [];
    const result = await this.db.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('techpact:demo-seed'))`);
      const existing = (await manager.query(`SELECT 1 FROM programme WHERE name = $1`, [
        DEMO_PROGRAMME.name,
      ])) as unknown[];
      if (existing.length > 0)
        return { seeded: false, users: 0, companies: 0, cases: 0, assessments: 0 };
      const inserted = await this.insertDemo(manager, passwordHash, afterCommit);
      this.logger.log(
        `Demo programme loaded: ${inserted.users} users, ${inserted.companies} companies, ${inserted.cases} cases, ${inserted.assessments} assessment drafts`,
      );
      return inserted;
    });
    // The signing e-mails of the agreements out for signature, so their links work in the demo.
    for (const work of afterCommit) {
      await work().catch((error: unknown) =>
        this.logger.warn(`A demo e-mail was not sent: ${String(error)}`),
      );
    }
    return result;
  }

  /** Seeds only a database without any programme (the development start). */
  async seedIfEmpty(): Promise<SeedResult> {
    const [row] = (await this.db.query(`SELECT EXISTS (SELECT 1 FROM programme) AS any`)) as [
      { any: boolean },
    ];
    return row.any
      ? { seeded: false, users: 0, companies: 0, cases: 0, assessments: 0 }
      : this.seed();
  }

  private async insertDemo(
    manager: EntityManager,
    passwordHash: string,
    afterCommit: AfterCommit[],
  ): Promise<SeedResult> {
    const p = DEMO_PROGRAMME;
    const [{ id: programmeId }] = (await manager.query(
      `INSERT INTO programme (name, funder, starts_on, ends_on, time_zone, country, settings) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      // NordVest Smart Production's published targets; the hour budgets are our estimate.
      [
        p.name,
        p.funder,
        p.startsOn,
        p.endsOn,
        p.timeZone,
        p.country,
        JSON.stringify({
          targets: {
            agreements: 32,
            activities: 100,
            jobs: 20,
            companiesWithNewProducts: 25,
            expertHours: 3000,
            smeHours: 1500,
          },
        }),
      ],
    )) as [{ id: string }];

    const municipalityIds = new Map<MunicipalityKey, string>();
    for (const m of DEMO_MUNICIPALITIES) {
      const [{ id }] = (await manager.query(
        `INSERT INTO municipality (programme_id, name, code) VALUES ($1, $2, $3) RETURNING id`,
        [programmeId, m.name, m.code],
      )) as [{ id: string }];
      municipalityIds.set(m.key, id);
    }
    const municipality = (key: MunicipalityKey): string => {
      const id = municipalityIds.get(key);
      if (!id) throw new Error(`Unknown demo municipality ${key}`);
      return id;
    };

    const insertUser = async (
      person: { email: string; name: string; language: string },
      role: string,
      extra: { companyId?: string; organisation?: string } = {},
    ): Promise<string> => {
      const [{ id }] = (await manager.query(
        `INSERT INTO app_user (programme_id, email, name, role, language, password_hash, company_id, organisation)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          programmeId,
          person.email,
          person.name,
          role,
          person.language,
          passwordHash,
          extra.companyId ?? null,
          extra.organisation ?? null,
        ],
      )) as [{ id: string }];
      return id;
    };

    let users = 0;
    await insertUser(DEMO_ADMIN, 'admin');
    users += 1;
    const coordinators = new Map<string, string>();
    const experts: string[] = [];
    for (const coordinator of DEMO_COORDINATORS) {
      const id = await insertUser(coordinator, 'coordinator');
      coordinators.set(municipality(coordinator.municipality), id);
      await manager.query(
        `INSERT INTO coordinator_municipality (user_id, municipality_id) VALUES ($1, $2)`,
        [id, municipality(coordinator.municipality)],
      );
      users += 1;
    }
    for (const expert of DEMO_EXPERTS) {
      experts.push(await insertUser(expert, 'expert', { organisation: DEMO_UNIVERSITY }));
      users += 1;
    }
    for (const [n, company] of DEMO_COMPANIES.entries()) {
      const [{ id }] = (await manager.query(
        `INSERT INTO company (programme_id, municipality_id, name, registration_number, country, employees,
                              sector_code, turnover_band, address_line, postal_code, city)
         VALUES ($1, $2, $3, $4, 'DK', $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          programmeId,
          municipality(company.municipality),
          company.name,
          demoCvr(n),
          company.employees,
          company.sector,
          company.turnoverBand,
          company.address.line,
          company.address.postalCode,
          company.address.city,
        ],
      )) as [{ id: string }];
      const contacts = [
        ...(company.contact
          ? [
              {
                name: company.contact.name,
                role: 'Managing director',
                email: company.contact.email,
                phone: null,
              },
            ]
          : []),
        ...(company.extraContact ? [company.extraContact] : []),
      ];
      for (const contact of contacts) {
        await manager.query(
          `INSERT INTO company_contact (company_id, name, role, email, phone) VALUES ($1, $2, $3, $4, $5)`,
          [id, contact.name, contact.role, contact.email, contact.phone],
        );
      }
      if (company.contact) {
        await insertUser(company.contact, 'sme', { companyId: id });
        users += 1;
      }
    }
    // Cases go through the real transition code, so their audit and outbox rows are real.
    const { cases } = await seedDemoCases(manager, { programmeId });
    // The six default dimensions, and T0 drafts for the cases whose assessment has started.
    const { drafts } = await seedDemoAssessments(manager, { programmeId });
    // Cases past the assessment: agreements, signatures, activities, completions; then hours.
    const journeys = await seedDemoJourneys(
      manager,
      {
        programmeId,
        municipality,
        coordinatorOf: (municipalityId) => {
          const id = coordinators.get(municipalityId);
          if (!id) throw new Error(`No demo coordinator for municipality ${municipalityId}`);
          return id;
        },
        experts,
      },
      this.participants.all(),
    );
    afterCommit.push(...journeys.afterCommit);
    await seedDemoActivitiesAndHours(manager, { programmeId, months: 2 });
    return {
      seeded: true,
      users,
      companies: DEMO_COMPANIES.length + DEMO_JOURNEYS.length,
      cases: cases + journeys.cases,
      assessments: drafts,
    };
  }
}
