// Hashed features of a token stream: words, word pairs and character n-grams inside words
// (the strong small baseline for short ticket texts), weighted and L2-normalised per group.

/** How a model turns tokens into features; stored in the model so prediction matches training. */
export interface FeatureSpec {
  /** Hash space is 2^bits buckets. */
  bits: number;
  /** Character n-gram lengths inside padded words, e.g. [3, 5]; [0, 0] turns them off. */
  charNgrams: [number, number];
  /** Weight of the character group relative to the word group (each group has unit length). */
  charWeight: number;
  /** Weight of the word-pair group. */
  bigramWeight: number;
}

/** A sparse feature vector: sorted bucket indices and their values. */
export interface SparseVector {
  indices: Uint32Array;
  values: Float32Array;
}

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;

/** Murmur3's finaliser: spreads FNV's weak low bits before masking. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function hashWord(word: string, seed: number): number {
  let h = fnvOffset ^ seed;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), fnvPrime);
  return h >>> 0;
}

/**
 * Visits every feature of the tokens, slowly but with its origin: `group` 0 words, 1 word pairs,
 * 2 character n-grams; `token` is the index of the word it came from (the second of a pair).
 */
export function visitFeatures(
  tokens: readonly string[],
  spec: FeatureSpec,
  visit: (bucket: number, group: number, token: number) => void,
): void {
  const mask = (1 << spec.bits) - 1;
  const [minN, maxN] = spec.charNgrams;
  let previous = 0;
  for (let t = 0; t < tokens.length; t++) {
    const word = tokens[t]!;
    const h = hashWord(word, 1);
    visit(mix(h) & mask, 0, t);
    if (t > 0) visit(mix(Math.imul(previous, 0x9e3779b1) ^ h ^ 0x5bd1e995) & mask, 1, t);
    previous = h;
    if (maxN === 0) continue;
    // Character n-grams of " word ": prefixes and suffixes carry the boundary (char_wb style).
    const padded = ` ${word.slice(0, 256)} `;
    for (let start = 0; start + minN <= padded.length; start++) {
      let c = fnvOffset ^ 3;
      for (let end = start; end < padded.length && end - start < maxN; end++) {
        c = Math.imul(c ^ padded.charCodeAt(end), fnvPrime);
        const n = end - start + 1;
        if (n >= minN) visit(mix(c ^ n) & mask, 2, t);
      }
    }
  }
}

// Buffers reused between calls: feature extraction is the hot path of classification (≥ 20k
// tickets/s), so it neither allocates per feature nor sorts; duplicates are counted in an
// open-addressing table whose slots are "emptied" by bumping a generation stamp.
let emitted = new Uint32Array(4096);
let origins = new Uint32Array(4096);
let emissionSlot = new Uint32Array(4096);
let tableKey = new Uint32Array(8192);
let tableCount = new Uint32Array(8192);
let tableStamp = new Uint32Array(8192);
let slots = new Uint32Array(8192);
let generation = 0;
const codes = new Int32Array(258);

function reserve(bound: number): void {
  if (emitted.length < bound) {
    emitted = new Uint32Array(bound * 2);
    origins = new Uint32Array(bound * 2);
    emissionSlot = new Uint32Array(bound * 2);
  }
  let size = tableKey.length;
  while (size < bound * 2) size *= 2;
  if (size !== tableKey.length) {
    tableKey = new Uint32Array(size);
    tableCount = new Uint32Array(size);
    tableStamp = new Uint32Array(size);
    slots = new Uint32Array(size);
    generation = 0;
  }
  generation = (generation + 1) >>> 0;
  if (generation === 0) {
    tableStamp.fill(0);
    generation = 1;
  }
}

/**
 * Hashes the tokens' features into the reused buffers and counts duplicates: `emitted[i]` is the
 * key (group above the bucket bits) of the i-th feature in `visitFeatures` order, `origins[i]`
 * its token, `emissionSlot[i]` its slot in the count table; `slots` lists the distinct keys' slots
 * in first-seen order. Valid until the next call (internal: predictText and explainText).
 */
export function collectFeatures(tokens: readonly string[], spec: FeatureSpec): FeatureTable {
  const bits = spec.bits;
  const mask = (1 << bits) - 1;
  const [minN, maxN] = spec.charNgrams;
  // Key = group in the bits above the bucket, so words, pairs and n-grams never merge.
  const pairGroup = 1 << bits;
  const charGroup = 2 << bits;
  let bound = 0;
  for (const word of tokens) bound += 2 + Math.max(0, word.length + 3 - minN) * (maxN - minN + 1);
  reserve(bound);
  let n = 0;
  let previous = 0;
  for (let t = 0; t < tokens.length; t++) {
    const word = tokens[t]!;
    const h = hashWord(word, 1);
    origins[n] = t;
    emitted[n++] = mix(h) & mask;
    if (t > 0) {
      origins[n] = t;
      emitted[n++] = pairGroup | (mix(Math.imul(previous, 0x9e3779b1) ^ h ^ 0x5bd1e995) & mask);
    }
    previous = h;
    if (maxN === 0) continue;
    // Character n-grams of " word ": prefixes and suffixes carry the boundary.
    const length = Math.min(word.length, 256) + 2;
    codes[0] = 32;
    for (let i = 1; i < length - 1; i++) codes[i] = word.charCodeAt(i - 1);
    codes[length - 1] = 32;
    for (let start = 0; start + minN <= length; start++) {
      let c = fnvOffset ^ 3;
      const stop = Math.min(length, start + maxN);
      for (let end = start; end < stop; end++) {
        c = Math.imul(c ^ codes[end]!, fnvPrime);
        const size = end - start + 1;
        if (size >= minN) {
          origins[n] = t;
          emitted[n++] = charGroup | (mix(c ^ size) & mask);
        }
      }
    }
  }
  // Count duplicates.
  const shift = 32 - Math.log2(tableKey.length);
  const wrap = tableKey.length - 1;
  let unique = 0;
  for (let i = 0; i < n; i++) {
    const key = emitted[i]!;
    let slot = Math.imul(key, 0x9e3779b1) >>> shift;
    while (tableStamp[slot] === generation && tableKey[slot] !== key) slot = (slot + 1) & wrap;
    if (tableStamp[slot] === generation) tableCount[slot]!++;
    else {
      tableStamp[slot] = generation;
      tableKey[slot] = key;
      tableCount[slot] = 1;
      slots[unique++] = slot;
    }
    emissionSlot[i] = slot;
  }
  table.emitted = emitted;
  table.origins = origins;
  table.emissionSlot = emissionSlot;
  table.count = n;
  table.slots = slots;
  table.unique = unique;
  table.keys = tableKey;
  table.counts = tableCount;
  return table;
}

/** What `collectFeatures` found (views of reused buffers). */
export interface FeatureTable {
  emitted: Uint32Array;
  origins: Uint32Array;
  emissionSlot: Uint32Array;
  /** Features emitted. */
  count: number;
  slots: Uint32Array;
  /** Distinct keys. */
  unique: number;
  keys: Uint32Array;
  counts: Uint32Array;
}

const table: FeatureTable = {
  emitted,
  origins,
  emissionSlot,
  count: 0,
  slots,
  unique: 0,
  keys: tableKey,
  counts: tableCount,
};

/** The feature vector of one token stream (the same buckets `visitFeatures` visits). */
export function ticketFeatures(tokens: readonly string[], spec: FeatureSpec): SparseVector {
  const bits = spec.bits;
  const mask = (1 << bits) - 1;
  const { unique } = collectFeatures(tokens, spec);
  // Sub-linear counts (1 + ln count), then unit length per group: long bodies do not drown
  // short summaries, and each group's weight is set by the spec.
  const indices = new Uint32Array(unique);
  const values = new Float32Array(unique);
  const norms = [0, 0, 0];
  for (let u = 0; u < unique; u++) {
    const slot = slots[u]!;
    const count = tableCount[slot]!;
    const v = count === 1 ? 1 : 1 + Math.log(count);
    indices[u] = tableKey[slot]!;
    values[u] = v;
    norms[indices[u]! >>> bits]! += v * v;
  }
  const weights = [1, spec.bigramWeight, spec.charWeight];
  const scale = norms.map((sum, g) => (sum > 0 ? weights[g]! / Math.sqrt(sum) : 0));
  for (let i = 0; i < unique; i++) {
    const key = indices[i]!;
    values[i] = values[i]! * scale[key >>> bits]!;
    // A bucket may repeat across groups: dot products and updates simply add both.
    indices[i] = key & mask;
  }
  return { indices, values };
}
