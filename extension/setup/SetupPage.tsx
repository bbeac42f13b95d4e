// Setup: the hub URL, agent token or reporter mode with an intake key, the app reports go to,
// optional console capture, and a connection test. Host access is asked for the hub's origin only.
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/settingsSchema';
import { hubOrigin, settingsSchema } from '../settings/settingsSchema';
import { parseWith } from '@tierdesk/core/model/parse';
import type { ConnectionResult } from './testConnection';

export interface SetupWorld {
  load: () => Promise<Settings | null>;
  save: (s: Settings) => Promise<void>;
  /** Asks for host access (must run inside the click that asked for it). */
  requestOrigins: (origins: string[]) => Promise<boolean>;
  test: (s: Settings) => Promise<ConnectionResult>;
  notifyBackground: () => Promise<void>;
}

const blank: Settings = { hubUrl: '', mode: 'agent', reportApp: 'web', consoleCapture: false };

export function SetupPage({ world }: { world: SetupWorld }) {
  const [s, setS] = useState<Settings>(blank);
  const [status, setStatus] = useState('');
  const [ok, setOk] = useState(false);

  useEffect(() => {
    void world.load().then((x) => x && setS(x));
  }, []);

  const save = async (e: Event) => {
    e.preventDefault();
    setOk(false);
    const candidate: Settings = { ...s, hubUrl: s.hubUrl.trim().replace(/\/+$/, '') };
    if (candidate.mode === 'agent') delete candidate.intakeKey;
    else {
      delete candidate.token;
      delete candidate.me;
    }
    const parsed = parseWith(settingsSchema, candidate);
    if (!parsed.ok) return setStatus(parsed.message);
    // Host access for exactly the hub, asked first while the click still counts as a gesture.
    const origins = [`${hubOrigin(candidate.hubUrl)}/*`];
    if (candidate.consoleCapture) origins.push('<all_urls>');
    const granted = await world.requestOrigins(origins).catch(() => false);
    setStatus(granted ? 'Testing the connection…' : 'Host access was not granted; trying anyway…');
    const r = await world.test(parsed.value);
    if (!r.ok) return setStatus(`${r.step === 'hub' ? 'Hub' : 'Credential'}: ${r.message}`);
    const final: Settings = { ...parsed.value, ...(r.me ? { me: r.me } : {}) };
    await world.save(final);
    await world.notifyBackground();
    setS(final);
    setOk(true);
    setStatus(
      `Connected to hub ${r.version}` +
        (r.me
          ? ` as ${r.me.name} (${r.me.role})`
          : r.appName
            ? ` — reporting to ${r.appName}`
            : ''),
    );
  };

  const field = { display: 'block', margin: '8px 0' } as const;
  return (
    <form
      class="td-setup"
      onSubmit={(e) => void save(e)}
      style={{ font: '14px system-ui', maxWidth: '520px', padding: '16px' }}
    >
      <h1 style={{ fontSize: '18px' }}>Set up Tierdesk</h1>
      <label style={field}>
        Hub URL
        <input
          name="hubUrl"
          type="url"
          required
          placeholder="https://hub.example"
          value={s.hubUrl}
          style={{ width: '100%' }}
          onInput={(e) => setS({ ...s, hubUrl: (e.target as HTMLInputElement).value })}
        />
      </label>
      <fieldset>
        <legend>I am</legend>
        <label>
          <input
            type="radio"
            name="mode"
            checked={s.mode === 'agent'}
            onChange={() => setS({ ...s, mode: 'agent' })}
          />{' '}
          a support agent (token)
        </label>{' '}
        <label>
          <input
            type="radio"
            name="mode"
            checked={s.mode === 'reporter'}
            onChange={() => setS({ ...s, mode: 'reporter' })}
          />{' '}
          reporting problems only (intake key)
        </label>
      </fieldset>
      {s.mode === 'agent' ? (
        <label style={field}>
          Agent token
          <input
            name="token"
            type="password"
            autocomplete="off"
            placeholder="td_…"
            value={s.token ?? ''}
            style={{ width: '100%' }}
            onInput={(e) => setS({ ...s, token: (e.target as HTMLInputElement).value.trim() })}
          />
        </label>
      ) : (
        <label style={field}>
          Intake key
          <input
            name="intakeKey"
            placeholder="pk_…"
            value={s.intakeKey ?? ''}
            style={{ width: '100%' }}
            onInput={(e) => setS({ ...s, intakeKey: (e.target as HTMLInputElement).value.trim() })}
          />
        </label>
      )}
      <label style={field}>
        Reports go to app
        <input
          name="reportApp"
          value={s.reportApp}
          onInput={(e) => setS({ ...s, reportApp: (e.target as HTMLInputElement).value.trim() })}
        />
      </label>
      <label style={field}>
        <input
          name="consoleCapture"
          type="checkbox"
          checked={s.consoleCapture}
          onChange={(e) => setS({ ...s, consoleCapture: (e.target as HTMLInputElement).checked })}
        />{' '}
        Capture console errors on every page (asks for access to all sites)
      </label>
      <button type="submit">Save and test connection</button>
      <p role="status" class={ok ? 'td-setup-ok' : 'td-setup-status'}>
        {status}
      </p>
    </form>
  );
}
