// The text model as stored (versioned JSON, zod-checked) and as used (decoded weights), with the
// conversions between them. A model of another version or a damaged one fails with a clear error.
import * as z from 'zod/mini';
import { compactWeights, type CompactWeights } from './compactWeights';
import type { FeatureSpec } from './ticketFeatures';
import { decodeWeights, encodeWeights, type EncodedWeights } from './weightCodec';

export const textModelFormat = 'tierdesk-text-model';
// Version 2 (2026-11): word n-grams scaled per word and shared norm with the word (ticketFeatures.ts).
export const textModelVersion = 2;

const featureSpecSchema = z.object({
  bits: z.int().check(z.gte(8), z.lte(24)),
  charNgrams: z.tuple([z.int().check(z.gte(0), z.lte(8)), z.int().check(z.gte(0), z.lte(8))]),
  charWeight: z.number().check(z.gte(0)),
  bigramWeight: z.number().check(z.gte(0)),
});

export const textModelSchema = z.object({
  format: z.literal(textModelFormat),
  version: z.literal(textModelVersion),
  /** Names the model in `Classification.modelVersion`, e.g. `it-tickets-2`. */
  name: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The labels of the training data, in score order. */
  labels: z.array(z.string().check(z.minLength(1))).check(z.minLength(2)),
  /** Label → Tierdesk category id; a label mapped to `null` is "no category" (e.g. Miscellaneous). */
  categories: z.record(z.string(), z.nullable(z.string())),
  features: featureSpecSchema,
  /** Softmax temperature fitted on the validation split (calibration). */
  temperature: z.number().check(z.positive()),
  bias: z.array(z.number()),
  weights: z.object({
    encoding: z.literal('sqrt-int8-rows'),
    pruned: z.optional(z.number().check(z.gte(0), z.lt(1))),
    max: z.number().check(z.gte(0)),
    rows: z.string(),
    data: z.string(),
  }),
  /** How it was trained, for people reading the file (rows, seed, validation figures). */
  training: z.optional(z.record(z.string(), z.unknown())),
});

export type StoredTextModel = z.infer<typeof textModelSchema>;

/** A model ready to predict: the stored fields with decoded weights. */
export interface TextModel extends Omit<StoredTextModel, 'weights' | 'features'> {
  features: FeatureSpec;
  weights: Float32Array;
  /** The same weights laid out for fast prediction (built when a model file is loaded). */
  compact?: CompactWeights;
}

/** A model file that cannot be used: wrong format, wrong version, or damaged. */
export class TextModelError extends Error {}

/** Parses stored JSON into a usable model, or throws a `TextModelError` naming the problem. */
export function loadTextModel(json: unknown): TextModel {
  if (typeof json !== 'object' || json === null)
    throw new TextModelError('model: not a JSON object');
  const head = json as { format?: unknown; version?: unknown };
  if (head.format !== textModelFormat) {
    throw new TextModelError(
      `model: format is ${JSON.stringify(head.format)}, expected "${textModelFormat}"`,
    );
  }
  if (head.version !== textModelVersion) {
    throw new TextModelError(
      `model: version ${JSON.stringify(head.version)} is not supported (this Tierdesk reads version ${textModelVersion}); retrain it with \`tierdesk classify train\``,
    );
  }
  const parsed = textModelSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new TextModelError(`model: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const stored = parsed.data;
  const classes = stored.labels.length;
  if (stored.bias.length !== classes) {
    throw new TextModelError(`model: bias has ${stored.bias.length} entries for ${classes} labels`);
  }
  const missing = stored.labels.find((label) => !Object.hasOwn(stored.categories, label));
  if (missing !== undefined)
    throw new TextModelError(`model: categories has no entry for label "${missing}"`);
  let weights: Float32Array;
  try {
    weights = decodeWeights(stored.weights, classes, 2 ** stored.features.bits);
  } catch (error) {
    throw new TextModelError(`model: weights are damaged (${(error as Error).message})`);
  }
  return {
    ...stored,
    features: stored.features as FeatureSpec,
    weights,
    compact: compactWeights(weights, classes),
  };
}

/** Weights below this share of the largest are dropped when stored (see `encodeWeights`). */
export const defaultPrune = 0.01;

/** The JSON form of a model (weights compressed), ready for `JSON.stringify`. */
export function storeTextModel(model: TextModel, prune = defaultPrune): StoredTextModel {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- derived data, not stored
  const { compact, ...rest } = model;
  const weights: EncodedWeights = encodeWeights(
    model.weights,
    model.labels.length,
    2 ** model.features.bits,
    prune,
  );
  return { ...rest, weights };
}
