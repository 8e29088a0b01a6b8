/** The tables whose ids Slack shows (on buttons, in forms) and from which rows are deleted. */
export type IdTable = 'invitations' | 'thank_you_nudges';

/**
 * SQL for a new row's id: one more than both the table's largest id and the largest ever deleted
 * from it (migration 019). Left to itself SQLite would give the id of a forgotten newest check to
 * the next one, and a form or button still showing the forgotten one would act on it. Two reads
 * along primary keys, no write; the triggers keep the high-water mark as rows are deleted.
 */
export function nextIdSql(table: IdTable): string {
  return `max(coalesce((SELECT max(id) FROM ${table}), 0), (SELECT last_id FROM deleted_id_high_water WHERE table_name = '${table}')) + 1`;
}
