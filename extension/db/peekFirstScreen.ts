// A hand-written shape check of the stored first screen: what lets the popup paint the queue
// before zod is even loaded. Every field the queue's model and rows read is checked for its type
// (and enum fields for membership); parseFirstScreen runs right after the paint and is the
// authority: what it rejects is dropped before anything but painting text nodes used it.
import { isPriority, isStatus, isTier } from '../triage/queueVocabulary';
import type { FirstScreen } from './firstScreen';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (o: Obj, k: string) => typeof o[k] === 'string';
const strOrNull = (o: Obj, k: string) => o[k] === null || typeof o[k] === 'string';
const bool = (o: Obj, k: string) => typeof o[k] === 'boolean';

function isItem(i: unknown): boolean {
  if (!isObject(i) || !isObject(i['app'])) return false;
  const app = i['app'];
  return (
    str(i, 'id') &&
    str(i, 'number') &&
    str(i, 'summary') &&
    str(app, 'id') &&
    str(app, 'name') &&
    str(i, 'category') &&
    isTier(i['tier']) &&
    isPriority(i['priority']) &&
    isStatus(i['status']) &&
    strOrNull(i, 'assignee') &&
    strOrNull(i, 'reporterName') &&
    str(i, 'createdAt') &&
    str(i, 'updatedAt') &&
    strOrNull(i, 'nextDueAt') &&
    strOrNull(i, 'nextDueTimer') &&
    (i['slaPct'] === null || typeof i['slaPct'] === 'number') &&
    bool(i, 'breached') &&
    bool(i, 'paused') &&
    strOrNull(i, 'incidentId') &&
    bool(i, 'majorIncident') &&
    bool(i, 'needsTriage')
  );
}

/** The stored record for this agent if it has the first screen's shape, else null. */
export function peekFirstScreen(raw: unknown, agentId: string): FirstScreen | null {
  if (!isObject(raw) || raw['v'] !== 1 || raw['agentId'] !== agentId) return null;
  const rows = raw['rows'];
  if (typeof raw['total'] !== 'number' || !Array.isArray(rows)) return null;
  for (const r of rows as unknown[])
    if (!isObject(r) || typeof r['pctAt'] !== 'number' || !isItem(r['item'])) return null;
  // The checks above are the schema's, field for field, short of the instants' ISO format.
  return raw as unknown as FirstScreen;
}
