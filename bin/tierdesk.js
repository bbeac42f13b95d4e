#!/usr/bin/env node
// The `tierdesk` command. Sources are TypeScript; tsx loads them without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../hub/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
