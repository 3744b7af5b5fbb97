import type { Knex } from 'knex';
import type { Goal, GoalMetric, GoalScope } from '@shopfloor/shared';

export interface GoalValues {
  metric?: GoalMetric;
  target?: number;
  startsOn?: string | null;
  dueOn?: string;
}

const toGoal = (r: Record<string, unknown>): Goal => ({
  id: r.id as number,
  metric: r.metric as GoalMetric,
  scope: r.scope as GoalScope,
  scopeRef: (r.scope_ref as string | null) ?? null,
  target: Number(r.target),
  startsOn: (r.starts_on as string | null) ?? null,
  dueOn: r.due_on as string,
  createdBy: (r.created_by as number | null) ?? null,
  version: r.version as number,
});

function toRow(v: GoalValues): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  if (v.metric !== undefined) row.metric = v.metric;
  if (v.target !== undefined) row.target = v.target;
  if (v.startsOn !== undefined) row.starts_on = v.startsOn;
  if (v.dueOn !== undefined) row.due_on = v.dueOn;
  return row;
}

/** Targets for a metric at a scope by a date (the national goal, a chapter's, a pod's…). */
export class GoalsRepository {
  constructor(private readonly db: Knex) {}

  async forScope(scope: GoalScope, scopeRef: string | null): Promise<Goal[]> {
    const q = this.db('goals')
      .where('scope', scope)
      .orderBy([{ column: 'due_on' }, 'id']);
    if (scopeRef === null) q.whereNull('scope_ref');
    else q.where('scope_ref', scopeRef);
    return (await q).map(toGoal);
  }

  /**
   * Every goal matching the filter, each with the chapter and name of its pod (pod goals whose
   * pod is gone are left out).
   */
  async listWithPods(f: { scope?: GoalScope; scopeRef?: string; metric?: GoalMetric }) {
    const q = this.db('goals as g')
      .leftJoin('pods as p', (j) =>
        j
          .on(this.db.raw('g.scope_ref = cast(p.id as varchar(40))'))
          .andOnVal('g.scope', '=', 'pod'),
      )
      .select('g.*', 'p.id as pod_id', 'p.chapter_id as pod_chapter_id');
    if (f.scope) q.where('g.scope', f.scope);
    if (f.scopeRef !== undefined) q.where('g.scope_ref', f.scopeRef);
    if (f.metric) q.where('g.metric', f.metric);
    const rows: Record<string, unknown>[] = await q;
    return rows
      .filter((r) => r.scope !== 'pod' || r.pod_id != null)
      .map((r) => ({ goal: toGoal(r), podChapterId: (r.pod_chapter_id as number | null) ?? null }));
  }

  async get(id: number, trx: Knex | Knex.Transaction = this.db): Promise<Goal | null> {
    const row = await trx('goals').where('id', id).first();
    return row ? toGoal(row) : null;
  }

  async insert(
    trx: Knex.Transaction,
    g: GoalValues & { scope: GoalScope; scopeRef: string | null; createdBy: number | null },
  ): Promise<number> {
    const now = new Date().toISOString();
    const [row] = await trx('goals')
      .insert({
        ...toRow(g),
        scope: g.scope,
        scope_ref: g.scopeRef,
        created_by: g.createdBy,
        version: 0,
        created_at: now,
        updated_at: now,
      })
      .returning('id');
    return typeof row === 'object' ? row.id : row;
  }

  async update(trx: Knex.Transaction, id: number, v: GoalValues, version: number) {
    const n = await trx('goals')
      .where({ id, version })
      .update({
        ...toRow(v),
        updated_at: new Date().toISOString(),
        version: trx.raw('version + 1'),
      });
    return n === 1;
  }
}
