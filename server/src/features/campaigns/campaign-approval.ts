import type { Knex } from 'knex';
import type { ApprovalChange } from '@shopfloor/shared';
import type { AuditRepository } from '../../audit/audit.repository';
import { canManageChapter, type Actor } from '../../auth/policy';
import { ForbiddenError, StaleVersionError, ValidationError } from '../../http/errors';
import { toCampaign, type CampaignValues, type CampaignsRepository } from './campaigns.repository';

/**
 * DSLC approval. A chapter committee submits its own campaign (from none or after a decline);
 * national staff and admins approve it with its metrics of success or decline it with a reason.
 * Submitting is also what lets national staff see the campaign (without employer or site).
 */
export async function decideApproval(
  trx: Knex.Transaction,
  repo: CampaignsRepository,
  audit: AuditRepository,
  actor: Actor,
  row: Record<string, unknown>,
  change: ApprovalChange,
): Promise<void> {
  const chapterId = row.chapter_id as number;
  if (actor.role === 'chapter') {
    if (!canManageChapter(actor, chapterId))
      throw new ForbiddenError('This belongs to another chapter');
    if (change.decision !== 'submitted')
      throw new ForbiddenError('Only national staff approve or decline a campaign');
    if (row.approval === 'submitted' || row.approval === 'approved')
      throw new ValidationError({
        decision: {
          message: `The campaign is already ${row.approval}`,
          key: 'campaignAlready',
          params: { approval: row.approval },
        },
      });
  } else if (actor.role !== 'national' && actor.role !== 'admin') {
    throw new ForbiddenError();
  }
  const values: CampaignValues = { approval: change.decision };
  if (change.decision === 'approved')
    Object.assign(values, { approvalMetrics: change.metrics, approvalReason: null });
  if (change.decision === 'declined') values.approvalReason = change.reason;
  if (change.decision === 'submitted') {
    values.approvalReason = null;
    if (change.metrics !== undefined) values.approvalMetrics = change.metrics;
  }
  const before = toCampaign(row, true);
  if (!(await repo.update(trx, before.id, values, change.version))) throw new StaleVersionError();
  await audit.record(trx, actor, {
    entity: 'campaign',
    entityId: before.id,
    chapterId,
    action: 'approval',
    before,
    after: toCampaign((await repo.get(before.id, trx))!, true),
  });
}
