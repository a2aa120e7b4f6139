import { type BadRequestException } from '@nestjs/common';
import { IsOptional, IsString } from 'class-validator';
import { PageQuery } from './page-query';
import { createValidationPipe } from './validation.pipe';

class ListThingsQuery extends PageQuery({ defaultLimit: 25, maxLimit: 100, maxOffset: 1_000 }) {
  @IsOptional()
  @IsString()
  q?: string;
}

const transform = (value: unknown) =>
  createValidationPipe().transform(value, { type: 'query', metatype: ListThingsQuery });

async function problems(value: unknown): Promise<unknown> {
  try {
    await transform(value);
  } catch (error) {
    return (error as BadRequestException).getResponse();
  }
  return null;
}

describe('PageQuery', () => {
  it('gives the list its default page and turns query strings into numbers', async () => {
    expect(await transform({ q: 'cobot' })).toMatchObject({ q: 'cobot', limit: 25, offset: 0 });
    expect(await transform({ limit: '10', offset: '20' })).toMatchObject({ limit: 10, offset: 20 });
  });

  it('refuses a page beyond the list’s limits, naming the field', async () => {
    expect(await problems({ limit: '101' })).toMatchObject({
      details: [{ field: 'limit', message: 'limit must not be greater than 100' }],
    });
    expect(await problems({ offset: '1001' })).toMatchObject({
      details: [{ field: 'offset', message: 'offset must not be greater than 1000' }],
    });
    expect(await problems({ limit: '0' })).toMatchObject({
      details: [{ field: 'limit', message: 'limit must not be less than 1' }],
    });
  });
});
