import { randomUUID } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AgreementsModule } from '@techpact/api/agreements';
import { ActivitiesModule } from '@techpact/api/activities';
import { AssessmentsModule } from '@techpact/api/assessments';
import { AuthModule } from '@techpact/api/auth';
import { CasesModule } from '@techpact/api/cases';
import { CompaniesModule } from '@techpact/api/companies';
import { CompletionModule } from '@techpact/api/completion';
import { DemoDataModule } from '@techpact/api/demo-data';
import { HealthModule } from '@techpact/api/health';
import { type AppConfig, InfraConfigModule } from '@techpact/api/infra-config';
import { InfraDbModule } from '@techpact/api/infra-db';
import { AllExceptionsFilter } from '@techpact/api/infra-http';
import { MailboxModule } from '@techpact/api/mailbox';
import { NotificationsModule } from '@techpact/api/notifications';
import { ProgrammesModule } from '@techpact/api/programmes';
import { RemindersModule } from '@techpact/api/reminders';
import { ReportingModule } from '@techpact/api/reporting';
import { TimesheetsModule } from '@techpact/api/timesheets';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfraConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            genReqId: requestId,
            redact: [
              'req.headers.cookie',
              'req.headers.authorization',
              'req.headers["x-xsrf-token"]',
              'res.headers["set-cookie"]',
            ],
            autoLogging: { ignore: (req) => req.url?.startsWith('/api/health') ?? false },
            transport:
              config.nodeEnv === 'development'
                ? { target: 'pino-pretty', options: { singleLine: true } }
                : undefined,
          },
        }),
        InfraDbModule.forRoot(),
        AuthModule,
        ProgrammesModule,
        CompaniesModule,
        CasesModule,
        AssessmentsModule,
        ActivitiesModule,
        TimesheetsModule,
        AgreementsModule,
        CompletionModule,
        MailboxModule,
        NotificationsModule,
        RemindersModule,
        ReportingModule,
        HealthModule,
        DemoDataModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
    };
  }
}

/** Keeps a caller's request id (e.g. from a load balancer) or makes one, and echoes it back. */
function requestId(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
  response.setHeader('X-Request-Id', id);
  return id;
}
