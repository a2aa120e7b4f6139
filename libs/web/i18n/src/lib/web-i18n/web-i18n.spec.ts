import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebI18n } from './web-i18n';

describe('WebI18n', () => {
  let component: WebI18n;
  let fixture: ComponentFixture<WebI18n>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebI18n]
    }).compileComponents();

    fixture = TestBed.createComponent(WebI18n);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
