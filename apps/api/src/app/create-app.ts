import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { type AppConfig } from '@techpact/api/infra-config';
import { createValidationPipe, jsonBody } from '@techpact/api/infra-http';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';

/** Builds the HTTP application with everything main.ts and the tests share. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  // Our own JSON parser, so that an unreadable body gets the one error shape.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.disable('x-powered-by');
  app.use(...jsonBody());
  app.use(cookieParser());
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('TechPact API')
      .setDescription(
        'Cases, assessments, agreements, activities and hours of an Industry 4.0 programme.',
      )
      .setVersion('1')
      .addCookieAuth('tp_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
