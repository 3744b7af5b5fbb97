import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputChecks, podWorld, type PodWorld } from '../factories/pods';

/**
 * Bad input to campaigns (an organizer's stage moves included): a clear 400 or 409 naming the
 * field, and nothing written; outcomes, appraisal and approval as they should be.
 */
let w: PodWorld;
let campaignId: number;
beforeAll(async () => {
  w = await podWorld();
  campaignId = (await w.ctx.db('campaigns').where('chapter_id', w.triangle).first()).id;
});
afterAll(() => w.ctx.close());
const { call, refused } = inputChecks(() => w);
const version = async () =>
  (await w.ctx.db('campaigns').where('id', campaignId).first()).version as number;

describe('campaign input', () => {
  it('refuses an unknown stage, a jump back without a note, too many assessed and a stale version', async () => {
    const path = `/api/campaigns/${campaignId}`;
    await refused(
      'organizer',
      'post',
      `${path}/stage`,
      { stage: 'strike', version: 1 },
      400,
      'stage',
    );
    await refused(
      'organizer',
      'post',
      `${path}/stage`,
      { stage: 'mapping', version: 1 },
      400,
      'note',
      /needs a note/,
    );
    await refused(
      'chapter',
      'patch',
      path,
      { assessments: { 1: 100, 2: 30, 3: 0, 4: 0, 5: 0 }, version: 1 },
      400,
      'assessments',
      /130 workers assessed/,
    );
    await refused(
      'chapter',
      'post',
      `${path}/stage`,
      { stage: 'majority', version: 0 },
      409,
      'version',
    );
  });

  it('sets the outcome with won, lost or paused and clears it when the campaign resumes', async () => {
    const won = await call('organizer', 'post', `/api/campaigns/${campaignId}/stage`, {
      stage: 'won',
      version: await version(),
    });
    expect(won.body).toMatchObject({ stage: 'won', outcome: 'won', isPublic: true });
    const back = await call('chapter', 'post', `/api/campaigns/${campaignId}/stage`, {
      stage: 'bargaining',
      note: 'The boss walked out of the deal',
      version: won.body.version,
    });
    expect(back.body).toMatchObject({ stage: 'bargaining', outcome: null });
    const appraisal = await call('chapter', 'patch', `/api/campaigns/${campaignId}`, {
      appraisalWorked: 'Shop-floor actions',
      appraisalDidnt: '',
      version: back.body.version,
    });
    expect(appraisal.body).toMatchObject({
      appraisalWorked: 'Shop-floor actions',
      appraisalDidnt: null,
    });
  });

  it('needs metrics to approve, a reason to decline, and leaves deciding to national staff', async () => {
    const path = `/api/campaigns/${campaignId}/approval`;
    const v = await version();
    await refused('national', 'post', path, { decision: 'approved', version: v }, 400, 'metrics');
    await refused(
      'national',
      'post',
      path,
      { decision: 'declined', reason: ' ', version: v },
      400,
      'reason',
    );
    await refused(
      'national',
      'post',
      path,
      { decision: 'approved', metrics: 'A majority', version: v - 1 },
      409,
      'version',
    );
    await refused(
      'chapter',
      'post',
      path,
      { decision: 'submitted', version: v },
      400,
      'decision',
      /already submitted/,
    );
    const chapterApproves = await call('chapter', 'post', path, {
      decision: 'approved',
      metrics: 'x',
      version: v,
    });
    expect(chapterApproves.status).toBe(403);
    const ok = await call('national', 'post', path, {
      decision: 'declined',
      reason: 'Too early',
      version: v,
    });
    expect(ok.body).toMatchObject({ approval: 'declined', approvalReason: 'Too early' });
  });
});
