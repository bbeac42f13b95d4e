// What a ticket carries besides its record, and what deflects tickets, in PostgreSQL:
// attachments (bytea, one per ticket and SHA-256) and known issues with their deflection counts.
import type { AttachmentMeta, KnownIssue } from '@tierdesk/core';
import type { HubTx } from '../hubStore';
import { conflictOn, type PgDb } from './pgDb';

export type PgKnowledgeStore = Pick<
  HubTx,
  | 'attachmentByHash'
  | 'insertAttachment'
  | 'attachment'
  | 'knownIssues'
  | 'knownIssue'
  | 'insertKnownIssue'
  | 'updateKnownIssue'
  | 'addDeflection'
>;

type KnownIssuePgRow = { body: KnownIssue; deflections: number };

const knownIssueFrom = (row: KnownIssuePgRow): KnownIssue => ({
  ...row.body,
  deflections: row.deflections,
});

export function pgKnowledgeStore(db: PgDb): PgKnowledgeStore {
  // Inside a transaction the issue stays locked until the commit (read-modify-write is safe).
  const lock = db.inTransaction ? ' FOR UPDATE' : '';
  return {
    async attachmentByHash(ticketId, sha256) {
      const { rows } = await db.query<{ meta: AttachmentMeta }>(
        'SELECT meta FROM attachments WHERE ticket_id = $1 AND sha256 = $2',
        [ticketId, sha256],
      );
      return rows[0]?.meta ?? null;
    },
    async insertAttachment(ticketId, meta, data) {
      await conflictOn(
        'attachment',
        meta.id,
        db.query(
          `INSERT INTO attachments (id, ticket_id, sha256, content_type, meta, data)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [meta.id, ticketId, meta.sha256, meta.contentType, JSON.stringify(meta), data],
        ),
      );
    },
    async attachment(id) {
      const { rows } = await db.query<{ ticket_id: string; meta: AttachmentMeta; data: Buffer }>(
        'SELECT ticket_id, meta, data FROM attachments WHERE id = $1',
        [id],
      );
      const row = rows[0];
      return row ? { ticketId: row.ticket_id, meta: row.meta, data: row.data } : null;
    },
    async knownIssues() {
      const { rows } = await db.query<KnownIssuePgRow>(
        'SELECT body, deflections FROM known_issues ORDER BY id',
      );
      return rows.map(knownIssueFrom);
    },
    async knownIssue(id) {
      const { rows } = await db.query<KnownIssuePgRow>(
        `SELECT body, deflections FROM known_issues WHERE id = $1${lock}`,
        [id],
      );
      return rows[0] ? knownIssueFrom(rows[0]) : null;
    },
    async insertKnownIssue(issue) {
      await conflictOn(
        'known_issue',
        issue.id,
        db.query(
          'INSERT INTO known_issues (id, status, updated_at, body) VALUES ($1, $2, $3, $4)',
          [issue.id, issue.status, issue.updatedAt, JSON.stringify(issue)],
        ),
      );
    },
    async updateKnownIssue(issue) {
      const { rowCount } = await db.query(
        'UPDATE known_issues SET status = $2, updated_at = $3, body = $4 WHERE id = $1',
        [issue.id, issue.status, issue.updatedAt, JSON.stringify(issue)],
      );
      if (rowCount !== 1) throw new Error(`known issue ${issue.id} does not exist`);
    },
    async addDeflection(knownIssueId, appId, summary, at) {
      const { rowCount } = await db.query(
        'UPDATE known_issues SET deflections = deflections + 1 WHERE id = $1',
        [knownIssueId],
      );
      if (rowCount !== 1) throw new Error(`known issue ${knownIssueId} does not exist`);
      await db.query(
        'INSERT INTO deflections (known_issue_id, app_id, summary, at) VALUES ($1, $2, $3, $4)',
        [knownIssueId, appId, summary, at],
      );
    },
  };
}
