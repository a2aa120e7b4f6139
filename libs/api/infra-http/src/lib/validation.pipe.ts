import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';
import { type ApiErrorDetail } from '@techpact/contracts';

/**
 * The global validation pipe: unknown fields are refused (not silently dropped) and every
 * problem is reported with the field's dotted path.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      return new BadRequestException({
        message: details.map((d) => d.message).join('; '),
        details,
      });
    },
  });
}

function flatten(errors: ValidationError[], parent = ''): ApiErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      message:
        rule === 'whitelistValidation'
          ? `Unknown field "${field}" is not allowed.`
          : message.replace(error.property, field),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
