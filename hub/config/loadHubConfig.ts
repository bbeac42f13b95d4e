// Reads and validates a hub configuration: a typed config, or an error naming every mistake.
import { readFile } from 'node:fs/promises';
import { parseWith, type FieldIssue } from '@tierdesk/core';
import { hubConfigSchema, type HubConfig } from './hubConfig';

export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly issues: FieldIssue[],
  ) {
    super(
      `${source}: invalid configuration\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
    );
  }
}

/** Parses a config value (already JSON-decoded); cross-checks what a schema alone cannot. */
export function parseHubConfig(input: unknown, source = 'config'): HubConfig {
  const parsed = parseWith(hubConfigSchema, input);
  if (!parsed.ok) throw new ConfigError(source, parsed.issues);
  const config = parsed.value;
  const issues: FieldIssue[] = [];
  const seenKeys = new Map<string, string>();
  config.apps.forEach((app, i) => {
    if (config.apps.findIndex((a) => a.id === app.id) !== i) {
      issues.push({ path: `apps.${i}.id`, message: `app id "${app.id}" is used twice` });
    }
    app.intakeKeys.forEach((key, k) => {
      const other = seenKeys.get(key);
      if (other !== undefined) {
        issues.push({
          path: `apps.${i}.intakeKeys.${k}`,
          message: `intake key already belongs to app "${other}"`,
        });
      }
      seenKeys.set(key, app.id);
    });
  });
  config.taxonomy.forEach((c, i) => {
    if (config.taxonomy.findIndex((o) => o.id === c.id) !== i) {
      issues.push({ path: `taxonomy.${i}.id`, message: `category id "${c.id}" is used twice` });
    }
  });
  if (issues.length) throw new ConfigError(source, issues);
  return config;
}

/** Reads a JSON config file; a missing file path means the defaults (no apps). */
export async function loadHubConfig(path: string | undefined): Promise<HubConfig> {
  if (path === undefined) return parseHubConfig({ apps: [] }, 'defaults');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(path, [
      { path: '(file)', message: `cannot read: ${(error as Error).message}` },
    ]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(path, [
      { path: '(file)', message: `not valid JSON: ${(error as Error).message}` },
    ]);
  }
  return parseHubConfig(value, path);
}
