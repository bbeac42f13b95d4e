import { describe, expect, it } from 'vitest';
import { redactText } from '../redactText';
import { redactUrl } from '../redactUrl';
import { lookAlikes } from './lookAlikes';

describe('the look-alike corpus', () => {
  it('holds at least 100 look-alikes', () => {
    expect(lookAlikes.length).toBeGreaterThanOrEqual(100);
  });

  it('survives redactText unchanged', () => {
    const changed = lookAlikes
      .map((l) => ({ ...l, output: redactText(l.text) }))
      .filter((l) => l.output !== l.text)
      .map((l) => `${l.why}: ${l.output}`);
    expect(changed).toEqual([]);
  });

  it('survives redactUrl unchanged where it is a URL', () => {
    const urls = lookAlikes.filter((l) => /^(https?:|mailto:|\/)/.test(l.text));
    expect(urls.length).toBeGreaterThan(5);
    for (const l of urls) expect(redactUrl(l.text), l.why).toBe(l.text);
  });
});
