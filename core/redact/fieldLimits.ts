// The schema's length limits of the fields redaction writes, kept here as plain numbers so the
// widget's redaction does not pull the zod schemas into its bundle (a test keeps them equal).

export const fieldLimits = {
  url: 2048,
  message: 2000,
  stack: 4000,
  title: 512,
  requestError: 500,
  summary: 200,
  description: 10_000,
} as const;
