import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { type SavedCaseView } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { SavedViews } from './saved-views';

const settle = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const intake: SavedCaseView = {
  id: 'v1',
  name: 'Intake',
  query: { state: ['intake'] },
  position: 0,
  createdAt: '2026-11-01T09:00:00Z',
};
const completed: SavedCaseView = {
  id: 'v2',
  name: 'Completed, by company',
  query: { stage: ['completed'], sort: 'companyName', order: 'asc', limit: 50 },
  position: 1,
  createdAt: '2026-11-02T09:00:00Z',
};

// Real dialogs and menus in jsdom take several seconds on a busy machine.
describe('SavedViews', { timeout: 30_000 }, () => {
  let fixture: ComponentFixture<SavedViews>;
  let http: HttpTestingController;
  let router: Router;
  let element: HTMLElement;

  async function flush(ms = 0): Promise<void> {
    await settle(ms);
    await fixture.whenStable();
  }

  async function start(url: string, views: SavedCaseView[]): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        // Dialogs close at once instead of after their exit animation.
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    await router.navigateByUrl(url);
    fixture = TestBed.createComponent(SavedViews);
    element = fixture.nativeElement as HTMLElement;
    await flush();
    http.expectOne('/api/cases/views').flush(views);
    await flush();
  }

  const links = () => [...element.querySelectorAll<HTMLAnchorElement>('a.apply')];
  const names = () => links().map((link) => link.textContent?.replace(/\s+/g, ' ').trim());
  const overlay = () => document.querySelector<HTMLElement>('.cdk-overlay-container');
  const dialogButton = (text: string) =>
    [...(overlay()?.querySelectorAll<HTMLButtonElement>('mat-dialog-container button') ?? [])].find(
      (button) => button.textContent?.trim() === text,
    );
  const nameInput = () =>
    overlay()?.querySelector<HTMLInputElement>('mat-dialog-container input') ?? null;

  function type(value: string): void {
    const input = nameInput();
    if (!input) throw new Error('No name field');
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function openMenuOf(view: SavedCaseView, item: string): Promise<void> {
    element
      .querySelector<HTMLButtonElement>(`button[aria-label="Actions for the view ${view.name}"]`)
      ?.click();
    await flush();
    [...(overlay()?.querySelectorAll<HTMLButtonElement>('[mat-menu-item]') ?? [])]
      .find((button) => button.textContent?.trim() === item)
      ?.click();
    await flush();
  }

  afterEach(() => {
    http.verify();
    overlay()?.replaceChildren();
  });

  it('lists the views as links that apply their filters, and marks the current one', async () => {
    await start('/?state=intake', [intake, completed]);
    expect(names()).toEqual(['Intake (current view)', 'Completed, by company']);
    expect(links()[0]?.getAttribute('aria-current')).toBe('true');
    expect(links()[1]?.getAttribute('aria-current')).toBeNull();
    expect(links()[1]?.getAttribute('href')).toBe(
      '/?stage=completed&sort=companyName&order=asc&size=50',
    );

    links()[1]?.click();
    await flush();
    expect(router.url).toBe('/?stage=completed&sort=companyName&order=asc&size=50');
    expect(links()[0]?.getAttribute('aria-current')).toBeNull();
    expect(links()[1]?.getAttribute('aria-current')).toBe('true');
  });

  it('ignores the page and the order of list values when telling the current view', async () => {
    await start('/?page=3&state=intake', [intake]);
    expect(links()[0]?.getAttribute('aria-current')).toBe('true');
  });

  it('saves the current filters under a name, keeping the input when the save fails', async () => {
    await start('/?state=intake&q=Aars', [intake]);
    element.querySelector<HTMLButtonElement>('button.save')?.click();
    await flush();
    expect(overlay()?.querySelector('h2')?.textContent?.trim()).toBe('Save current view');

    dialogButton('Save view')?.click();
    await flush();
    expect(overlay()?.textContent).toContain('Enter a name for the view.');

    type('Intake');
    dialogButton('Save view')?.click();
    await flush();
    const refused = http.expectOne('/api/cases/views');
    expect(refused.request.method).toBe('POST');
    expect(refused.request.body).toEqual({
      name: 'Intake',
      query: { state: ['intake'], q: 'Aars' },
    });
    refused.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'You already have a saved view named "Intake". Choose another name.',
        details: [{ field: 'name', message: 'You already have a view with this name.' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await flush();
    expect(nameInput()?.value).toBe('Intake');
    expect(overlay()?.querySelector('mat-error')?.textContent?.trim()).toBe(
      'You already have a view with this name.',
    );

    type('Intake in Aars');
    dialogButton('Save view')?.click();
    await flush();
    const saved: SavedCaseView = {
      ...intake,
      id: 'v3',
      name: 'Intake in Aars',
      query: { state: ['intake'], q: 'Aars' },
      position: 1,
    };
    http.expectOne('/api/cases/views').flush(saved, { status: 201, statusText: 'Created' });
    await flush(50);
    expect(nameInput()).toBeNull();
    expect(names()).toEqual(['Intake', 'Intake in Aars (current view)']);
    expect(links()[1]?.getAttribute('aria-current')).toBe('true');
    expect(element.querySelector('[role=status]')?.textContent).toBe(
      'View “Intake in Aars” saved.',
    );
  });

  it('renames a view from its menu', async () => {
    await start('/', [intake, completed]);
    await openMenuOf(intake, 'Rename…');
    expect(nameInput()?.value).toBe('Intake');
    type('New cases');
    dialogButton('Save view')?.click();
    await flush();
    const request = http.expectOne('/api/cases/views/v1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ name: 'New cases' });
    request.flush({ ...intake, name: 'New cases' });
    await flush(50);
    expect(names()).toEqual(['New cases', 'Completed, by company']);
  });

  it('deletes a view only after confirmation', async () => {
    await start('/', [intake, completed]);
    await openMenuOf(completed, 'Delete…');
    expect(overlay()?.textContent).toContain('Delete the view “Completed, by company”?');
    dialogButton('Cancel')?.click();
    await flush(50);
    expect(links()).toHaveLength(2);

    await openMenuOf(completed, 'Delete…');
    dialogButton('Delete view')?.click();
    await flush();
    const request = http.expectOne('/api/cases/views/v2');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await flush(50);
    expect(names()).toEqual(['Intake']);
    expect(document.activeElement).toBe(element.querySelector('button.save'));
  });
});
