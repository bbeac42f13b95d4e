// What a ticket carries besides its record, and what deflects tickets, in SQL: attachments
// (BLOBs, one per ticket and SHA-256) and known issues with their deflection counts.
import type Database from 'better-sqlite3';
import type { AttachmentMeta, KnownIssue } from '@tierdesk/core';
import type { StoredAttachment } from './hubStore';
import { conflictOn, type SqliteOps } from './sqliteOps';

export type KnowledgeStore = Pick<
  SqliteOps,
  | 'attachmentByHash'
  | 'insertAttachment'
  | 'attachment'
  | 'knownIssues'
  | 'knownIssue'
  | 'insertKnownIssue'
  | 'updateKnownIssue'
  | 'addDeflection'
>;

type KnownIssueRow = { body: string; deflections: number };

const knownIssueFrom = (row: KnownIssueRow): KnownIssue => ({
  ...(JSON.parse(row.body) as KnownIssue),
  deflections: row.deflections,
});

export function sqliteKnowledgeStore(db: Database.Database): KnowledgeStore {
  const s = {
    attachmentByHash: db
      .prepare('SELECT meta FROM attachments WHERE ticket_id = ? AND sha256 = ?')
      .pluck(),
    insertAttachment: db.prepare(
      'INSERT INTO attachments (id, ticket_id, sha256, content_type, meta, data) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    attachment: db.prepare('SELECT ticket_id, meta, data FROM attachments WHERE id = ?'),
    knownIssues: db.prepare('SELECT body, deflections FROM known_issues ORDER BY id'),
    knownIssue: db.prepare('SELECT body, deflections FROM known_issues WHERE id = ?'),
    insertKnownIssue: db.prepare(
      'INSERT INTO known_issues (id, status, updated_at, body) VALUES (?, ?, ?, ?)',
    ),
    updateKnownIssue: db.prepare(
      'UPDATE known_issues SET status = ?, updated_at = ?, body = ? WHERE id = ?',
    ),
    addDeflection: db.prepare(
      'INSERT INTO deflections (known_issue_id, app_id, summary, at) VALUES (?, ?, ?, ?)',
    ),
    countDeflection: db.prepare(
      'UPDATE known_issues SET deflections = deflections + 1 WHERE id = ?',
    ),
  };
  return {
    attachmentByHash(ticketId, sha256) {
      const meta = s.attachmentByHash.get(ticketId, sha256) as string | undefined;
      return meta ? (JSON.parse(meta) as AttachmentMeta) : null;
    },
    insertAttachment(ticketId, meta, data) {
      const json = JSON.stringify(meta);
      conflictOn('attachment', meta.id, () =>
        s.insertAttachment.run(meta.id, ticketId, meta.sha256, meta.contentType, json, data),
      );
    },
    attachment(id): StoredAttachment | null {
      const row = s.attachment.get(id) as
        { ticket_id: string; meta: string; data: Buffer } | undefined;
      return row ? { ticketId: row.ticket_id, meta: JSON.parse(row.meta), data: row.data } : null;
    },
    knownIssues: () => (s.knownIssues.all() as KnownIssueRow[]).map(knownIssueFrom),
    knownIssue(id) {
      const row = s.knownIssue.get(id) as KnownIssueRow | undefined;
      return row ? knownIssueFrom(row) : null;
    },
    insertKnownIssue(issue) {
      const body = JSON.stringify(issue);
      conflictOn('known_issue', issue.id, () =>
        s.insertKnownIssue.run(issue.id, issue.status, issue.updatedAt, body),
      );
    },
    updateKnownIssue(issue) {
      const body = JSON.stringify(issue);
      if (s.updateKnownIssue.run(issue.status, issue.updatedAt, body, issue.id).changes !== 1)
        throw new Error(`no known issue ${issue.id} to update`);
    },
    addDeflection(knownIssueId, appId, summary, at) {
      if (s.countDeflection.run(knownIssueId).changes !== 1)
        throw new Error(`no known issue ${knownIssueId} to count a deflection on`);
      s.addDeflection.run(knownIssueId, appId, summary, at);
    },
  };
}
