import { policySchema, type Policy } from './policy-config';
import { ValidationError, toFieldIssues } from '../schema/validation-error';

/** Parses a policy override (already JSON-decoded) or throws a ValidationError naming the bad key. */
export function parsePolicy(input: unknown): Policy {
  const result = policySchema.safeParse(input ?? {});
  if (!result.success) {
    throw new ValidationError(
      toFieldIssues(result.error).map((i) => ({ path: `policy${i.path ? '.' + i.path : ''}`, message: i.message })),
      { cause: result.error },
    );
  }
  return result.data;
}
