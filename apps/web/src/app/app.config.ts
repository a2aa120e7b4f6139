import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  type ApplicationConfig,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { AuthService, sessionExpiredInterceptor } from '@techpact/web/auth';
import { providePaginatorI18n } from '@techpact/web/ui';
import { appRoutes } from './app.routes';
import { I18nTitleStrategy } from './i18n-title.strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(
      // The API sets a readable XSRF-TOKEN cookie and checks the header on state changes.
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([sessionExpiredInterceptor]),
    ),
    provideRouter(appRoutes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: I18nTitleStrategy },
    providePaginatorI18n(),
    // Know who is signed in (and get the CSRF cookie) before the first route is chosen.
    provideAppInitializer(() => inject(AuthService).load()),
  ],
};
