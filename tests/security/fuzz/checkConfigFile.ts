// The judge of one generated config file: loadHubConfig gives a config that is sound and parses
// to itself, or a ConfigError naming the file and each wrong field; anything else is a failure.
import { writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { ConfigError, loadHubConfig, parseHubConfig } from '../../../hub/config/loadHubConfig';

export async function checkConfigFile(text: string, file: string): Promise<string | null> {
  writeFileSync(file, text);
  try {
    const config = await loadHubConfig(file);
    const keys = config.apps.flatMap((a) => a.intakeKeys);
    if (new Set(keys).size !== keys.length) return 'accepted an intake key used twice';
    if (new Set(config.apps.map((a) => a.id)).size !== config.apps.length)
      return 'accepted an app id used twice';
    if (!isDeepStrictEqual(parseHubConfig(config), config))
      return 'an accepted config does not parse to itself';
    return null;
  } catch (error) {
    if (!(error instanceof ConfigError)) return `not a ConfigError: ${String(error)}`;
    if (!error.message.startsWith(file)) return 'the error does not name the file';
    if (error.issues.length === 0) return 'a ConfigError without issues';
    const vague = error.issues.find((i) => !i.path || !i.message.trim());
    return vague ? `an issue without a path or message: ${JSON.stringify(vague)}` : null;
  }
}
