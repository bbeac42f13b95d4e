import { describe, expect, it } from 'vitest';
import { parseWith } from './parse';
import { attachmentMetaSchema, maxAttachmentBytes } from './attachment';

const meta = {
  id: '01JD8Z5Q9X7YB3C4D5E6F7G8H9',
  kind: 'screenshot',
  contentType: 'image/png',
  bytes: 1024,
  sha256: 'a'.repeat(64),
  width: 1280,
  height: 800,
  createdAt: '2026-11-02T09:00:00.000Z',
};

describe('attachmentMetaSchema', () => {
  it('accepts a screenshot', () => expect(parseWith(attachmentMetaSchema, meta).ok).toBe(true));
  it('accepts only PNG, JPEG and WebP, within the size limit', () => {
    expect(parseWith(attachmentMetaSchema, { ...meta, contentType: 'image/svg+xml' }).ok).toBe(
      false,
    );
    expect(parseWith(attachmentMetaSchema, { ...meta, bytes: maxAttachmentBytes + 1 }).ok).toBe(
      false,
    );
  });
});
