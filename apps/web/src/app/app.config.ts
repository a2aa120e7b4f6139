import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import {
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  type ApplicationConfig,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { AuthService, sessionExpiredInterceptor } from '@techpact/web/auth';
import { I18nService } from '@techpact/web/i18n';
import { appRoutes } from './app.routes';
import { I18nTitleStrategy } from './i18n-title.strategy';

// No zone.js: change detection is zoneless (Angular's default since v21); the app is signals and
// OnPush throughout. The Material paginator's texts are provided by the pages that show one
// (`@techpact/web/ui/paginator`), so the paginator stays out of the initial bundle.
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
    // Know who is signed in (and get the CSRF cookie) before the first route is chosen, and have
    // the remembered language's texts (a lazy chunk unless English) before the first render.
    provideAppInitializer(() =>
      Promise.all([inject(AuthService).load(), inject(I18nService).ready()]),
    ),
  ],
};
