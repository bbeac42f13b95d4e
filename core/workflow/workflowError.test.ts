import { describe, expect, it } from 'vitest';
import { workflowError } from './workflowError';

describe('workflowError', () => {
  it('names the field only when one is at fault', () => {
    expect(workflowError('forbidden', 'No.')).toEqual({ code: 'forbidden', message: 'No.' });
    expect(workflowError('invalid_action', 'Pick a category.', 'category')).toEqual({
      code: 'invalid_action',
      message: 'Pick a category.',
      field: 'category',
    });
  });
});
