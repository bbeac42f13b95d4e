// Every `tierdesk` sub-command, in the order `tierdesk --help` lists them.
import type { Command } from './command';
import { hubCommand } from './commands/hub';
import { slaCommand } from './commands/sla';
import { classifyCommand } from './commands/classify';
import { demoCommand } from './commands/demo';

export const commands: Command[] = [demoCommand, hubCommand, slaCommand, classifyCommand];
