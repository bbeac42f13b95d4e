import { describe, expect, it } from 'vitest';
import { priorities, statuses, tiers } from '@tierdesk/core/model/enums';
import {
  isPriority,
  isStatus,
  isTier,
  queuePriorities,
  queueStatuses,
  queueTiers,
} from './queueVocabulary';

describe('queueVocabulary', () => {
  it('lists exactly core’s values, in core’s order', () => {
    expect(queueTiers).toEqual([...tiers]);
    expect(queuePriorities).toEqual([...priorities]);
    expect(queueStatuses).toEqual([...statuses]);
  });

  it('recognises members only (not inherited names, not other types)', () => {
    expect(isTier('L2')).toBe(true);
    expect(isTier('L4')).toBe(false);
    expect(isTier('toString')).toBe(false);
    expect(isPriority('P5')).toBe(true);
    expect(isPriority(5)).toBe(false);
    expect(isStatus('waiting_on_user')).toBe(true);
    expect(isStatus('__proto__')).toBe(false);
  });
});
