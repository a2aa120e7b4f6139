import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { I18nService } from '@techpact/web/i18n';
import { type NavItem } from './nav-item';
import { SideNav } from './side-nav';

@Component({ template: '' })
class Blank {}

describe('SideNav', () => {
  const items: NavItem[] = [
    { path: '/my-case', label: 'nav.myCase' },
    { path: '/hours', label: 'nav.hours' },
  ];

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'my-case', component: Blank },
          { path: 'hours', component: Blank },
        ]),
      ],
    });
    TestBed.inject(I18nService).use('en');
  });

  it('renders a labelled nav landmark with one link per item and marks the current page', async () => {
    const fixture = TestBed.createComponent(SideNav);
    fixture.componentRef.setInput('items', items);
    await TestBed.inject(Router).navigateByUrl('/hours');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;

    const nav = element.querySelector('nav');
    expect(nav?.getAttribute('data-testid')).toBe('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Main navigation');
    const links = [...element.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent?.trim(), a.getAttribute('href')])).toEqual([
      ['My case', '/my-case'],
      ['Hours', '/hours'],
    ]);
    expect(links[1].getAttribute('aria-current')).toBe('page');
    expect(links[0].getAttribute('aria-current')).toBeNull();
  });
});
