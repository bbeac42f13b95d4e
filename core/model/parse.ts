// Parsing at the edges: a typed value or an error that names each field and what was expected.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini ships without messages (to stay small); English ones say what was expected.
z.config(en());

export interface FieldIssue {
  /** Dotted path to the field, e.g. `context.failedRequests.0.status`; `(root)` for the value itself. */
  path: string;
  message: string;
}

export type Parsed<T> =
  { ok: true; value: T } | { ok: false; issues: FieldIssue[]; message: string };

/** Turns zod issues into field-named messages. */
export function describeIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Parses `input` with `schema`; never throws. */
export function parseWith<S extends z.ZodMiniType>(schema: S, input: unknown): Parsed<z.infer<S>> {
  const result = z.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.data };
  const issues = describeIssues(result.error);
  return { ok: false, issues, message: issues.map((i) => `${i.path}: ${i.message}`).join('; ') };
}
