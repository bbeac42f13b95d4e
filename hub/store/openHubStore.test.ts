import { describe, expect, it } from 'vitest';
import { chooseStorage, describeStorage, openHubStore } from './openHubStore';

describe('chooseStorage', () => {
  it('keeps SQLite in the data folder unless a database URL is given', () => {
    expect(chooseStorage({ dataDir: '/srv/td' })).toEqual({ kind: 'sqlite', dataDir: '/srv/td' });
    expect(chooseStorage({ dataDir: '/srv/td', config: { maxConnections: 4 } })).toEqual({
      kind: 'sqlite',
      dataDir: '/srv/td',
    });
  });

  it('takes the flag over the config, with the config pool size', () => {
    const config = { database: 'postgres://cfg@db/td', maxConnections: 4 };
    expect(chooseStorage({ dataDir: '.', config })).toEqual({
      kind: 'postgres',
      url: 'postgres://cfg@db/td',
      maxConnections: 4,
    });
    expect(chooseStorage({ dataDir: '.', database: 'postgresql://flag@db/td', config })).toEqual({
      kind: 'postgres',
      url: 'postgresql://flag@db/td',
      maxConnections: 4,
    });
  });

  it('refuses what is not a PostgreSQL URL, naming what it expects', () => {
    expect(() => chooseStorage({ dataDir: '.', database: 'mysql://db/td' })).toThrow(
      /database URL: expected a PostgreSQL URL like postgres:\/\//,
    );
    expect(() => chooseStorage({ dataDir: '.', database: '' })).toThrow(/database URL/);
  });
});

describe('describeStorage', () => {
  it('never shows the password of a database URL', () => {
    const shown = describeStorage({ kind: 'postgres', url: 'postgres://hub:s3cret@db:5432/td' });
    expect(shown).toBe('postgres://hub:***@db:5432/td');
    expect(describeStorage({ kind: 'sqlite', dataDir: '/srv/td' })).toBe('/srv/td');
  });
});

describe('openHubStore', () => {
  it('opens SQLite when chosen', async () => {
    const store = await openHubStore({ kind: 'sqlite', dataDir: ':memory:' });
    expect(store.kind).toBe('sqlite');
    expect(await store.countOpen()).toBe(0);
    await store.close();
  });
});
