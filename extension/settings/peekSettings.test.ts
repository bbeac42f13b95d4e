import { describe, expect, it } from 'vitest';
import type { Settings } from './settingsSchema';
import { parseSettings } from './settingsStore';
import { peekSettings } from './peekSettings';

const agent: Settings = {
  hubUrl: 'https://hub.example',
  mode: 'agent',
  token: 'td_abcdefgh1234',
  reportApp: 'payroll',
  me: { id: 'ada', name: 'Ada', role: 'L1' },
  consoleCapture: false,
};

describe('peekSettings', () => {
  it('shows an agent with a token and an identity, as the schema reads them', () => {
    expect(parseSettings(agent).ok).toBe(true);
    expect(peekSettings(agent)).toEqual({ mode: 'agent', me: agent.me, signedIn: true });
  });

  it('shows a reporter, or an agent without a token, without a queue', () => {
    expect(peekSettings({ ...agent, mode: 'reporter', token: undefined })).toEqual({
      mode: 'reporter',
      me: agent.me,
      signedIn: false,
    });
    expect(peekSettings({ ...agent, token: undefined })?.signedIn).toBe(false);
    const nameless = peekSettings({ ...agent, me: { id: 'ada', name: 7, role: 'L1' } });
    expect(nameless).toEqual({ mode: 'agent', me: null, signedIn: false });
  });

  it('sees nothing where the schema would see nothing usable', () => {
    for (const raw of [undefined, null, 'agent', [], { ...agent, mode: 'admin' }])
      expect(peekSettings(raw)).toBe(null);
  });
});
