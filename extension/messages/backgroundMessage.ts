// Every message the background accepts, as one zod union: anything else (a page, a compromised
// content script, an older popup) is refused with a message that names the field.
import * as z from 'zod/mini';
import { ticketDraftSchema } from '@tierdesk/core/model/draft';

/** A screenshot as a PNG/JPEG data URL (what captureVisibleTab and a canvas give), ≤ 8 MiB. */
export const screenshotPayloadSchema = z.object({
  dataUrl: z
    .string()
    .check(
      z.regex(
        /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/=]+$/,
        'dataUrl: expected an image data URL',
      ),
      z.maxLength(Math.ceil((8 * 1024 * 1024 * 4) / 3) + 64, 'dataUrl: at most 8 MiB'),
    ),
  name: z.string().check(z.maxLength(255)),
  annotations: z.int().check(z.gte(0)),
});

export const backgroundMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('refresh-queue') }),
  z.object({ type: z.literal('settings-changed') }),
  z.object({
    type: z.literal('capture-tab'),
    screenshot: z.boolean(),
    /** The tab to report on when the popup runs as a page (`popup.html?tab=ID`). */
    tabId: z.optional(z.int().check(z.gte(0))),
  }),
  z.object({
    type: z.literal('submit-report'),
    draft: ticketDraftSchema,
    screenshot: z.optional(screenshotPayloadSchema),
  }),
  z.object({ type: z.literal('outbox-status') }),
]);

export type BackgroundMessage = z.infer<typeof backgroundMessageSchema>;
export type ScreenshotPayload = z.infer<typeof screenshotPayloadSchema>;
