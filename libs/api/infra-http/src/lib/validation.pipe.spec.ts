import { type BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsString, Max, ValidateNested } from 'class-validator';
import { createValidationPipe } from './validation.pipe';

class Score {
  @IsInt()
  @Max(5)
  value!: number;
}

class Body {
  @IsString()
  name!: string;

  @ValidateNested({ each: true })
  @Type(() => Score)
  scores!: Score[];
}

async function problems(value: unknown): Promise<unknown> {
  try {
    await createValidationPipe().transform(value, { type: 'body', metatype: Body });
  } catch (error) {
    return (error as BadRequestException).getResponse();
  }
  return null;
}

describe('createValidationPipe', () => {
  it('names an unknown field', async () => {
    expect(await problems({ name: 'x', scores: [], extra: 1 })).toMatchObject({
      details: [{ field: 'extra', message: 'Unknown field "extra" is not allowed.' }],
    });
  });

  it('gives nested fields their dotted path', async () => {
    expect(await problems({ name: 'x', scores: [{ value: 9 }] })).toMatchObject({
      details: [{ field: 'scores.0.value', message: 'scores.0.value must not be greater than 5' }],
    });
  });

  it('passes a valid body through', async () => {
    expect(await problems({ name: 'x', scores: [{ value: 3 }] })).toBeNull();
  });
});
