import type { z } from 'zod';

/** One problem with an input: where (a dotted path such as `messages.3.role`) and which rule it breaks. */
export type FieldIssue = { path: string; message: string };

/** Input that breaks the contract. `issues` name each field and rule. */
export class ValidationError extends Error {
  readonly code = 'validation_error';
  constructor(
    readonly issues: FieldIssue[],
    options?: ErrorOptions,
  ) {
    super(issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; '), options);
    this.name = 'ValidationError';
  }
}

/** Turns zod issues into field issues with dotted paths. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Parses `input` with `schema`, or throws a ValidationError naming every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(toFieldIssues(result.error), { cause: result.error });
  return result.data;
}
