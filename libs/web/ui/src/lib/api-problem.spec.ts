import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup } from '@angular/forms';
import { applyFieldErrors, problemMessage, toApiProblem } from './api-problem';

describe('API problems', () => {
  const validation = new HttpErrorResponse({
    status: 400,
    error: {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Some fields are not valid.',
      details: [
        { field: 'email', message: 'This email is already invited.' },
        { field: 'municipalityIds.0', message: 'Unknown municipality.' },
        { field: 'nonsense', message: 'Something else is wrong.' },
      ],
    },
  });

  it('reads the API error body', () => {
    expect(toApiProblem(validation)).toEqual({
      status: 400,
      message: 'Some fields are not valid.',
      details: expect.any(Array),
    });
  });

  it('puts field errors on their controls and returns the rest', () => {
    const form = new FormGroup({
      email: new FormControl('a@b.dk'),
      municipalityIds: new FormControl<string[]>([]),
    });
    const rest = applyFieldErrors(form, toApiProblem(validation).details);
    expect(form.controls.email.getError('server')).toBe('This email is already invited.');
    expect(form.controls.municipalityIds.getError('server')).toBe('Unknown municipality.');
    expect(form.controls.email.touched).toBe(true);
    expect(rest).toEqual(['Something else is wrong.']);
  });

  it('uses our own words when the server is unreachable or failed', () => {
    expect(problemMessage(toApiProblem(new HttpErrorResponse({ status: 0 })))).toEqual({
      key: 'errors.unreachable',
    });
    expect(
      problemMessage(
        toApiProblem(
          new HttpErrorResponse({
            status: 500,
            error: { statusCode: 500, error: 'Internal', message: 'TypeError at x.ts:12' },
          }),
        ),
      ),
    ).toEqual({ key: 'errors.generic' });
    expect(problemMessage(toApiProblem(validation))).toEqual({
      text: 'Some fields are not valid.',
    });
  });
});
