// Reads request bodies within a byte limit and parses JSON bodies with a zod schema (or a 4xx).
import { parseWith } from '@tierdesk/core';
import type { ZodMiniType, infer as Infer } from 'zod/mini';
import { ApiError } from './apiError';

/** The raw bytes of a body, refusing anything over `limit` before and while reading it. */
export async function readBodyBytes(request: Request, limit: number): Promise<Buffer> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limit) throw tooLarge(limit);
  // With a declared length (within the limit) Node's parser stops at it: read it in one go, and
  // without touching `request.body` (that builds a web stream; @hono/node-server reads directly).
  if (Number.isFinite(declared)) {
    try {
      return Buffer.from(await request.arrayBuffer());
    } catch {
      throw new ApiError('validation_failed', 'the body could not be read to its end');
    }
  }
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      // The client went away or sent a broken body: its problem, not a server error.
      throw new ApiError('validation_failed', 'the body could not be read to its end');
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(limit: number): ApiError {
  return new ApiError('payload_too_large', `the body is larger than ${limit} bytes`);
}

/** A JSON body parsed into `schema`'s type; names the field that is wrong. */
export async function readJson<S extends ZodMiniType>(
  request: Request,
  schema: S,
  limit: number,
): Promise<Infer<S>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError('unsupported_media_type', 'send the body as application/json');
  }
  const bytes = await readBodyBytes(request, limit);
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new ApiError('validation_failed', 'the body is not valid JSON', [
      { path: '(root)', message: 'malformed JSON' },
    ]);
  }
  const parsed = parseWith(schema, value);
  if (!parsed.ok) throw new ApiError('validation_failed', parsed.message, parsed.issues);
  return parsed.value as Infer<S>;
}

/** Query parameters parsed with `schema` (absent ones are left out). */
export function parseQuery<S extends ZodMiniType>(
  query: Record<string, string>,
  schema: S,
): Infer<S> {
  const parsed = parseWith(schema, query);
  if (!parsed.ok) {
    const issues = parsed.issues.map((i) => ({ ...i, path: `query.${i.path}` }));
    throw new ApiError(
      'validation_failed',
      issues.map((i) => `${i.path}: ${i.message}`).join('; '),
      issues,
    );
  }
  return parsed.value as Infer<S>;
}
