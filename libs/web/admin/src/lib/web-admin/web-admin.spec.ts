import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebAdmin } from './web-admin';

describe('WebAdmin', () => {
  let component: WebAdmin;
  let fixture: ComponentFixture<WebAdmin>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebAdmin]
    }).compileComponents();

    fixture = TestBed.createComponent(WebAdmin);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
