import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputChecks, insertMember, insertUser, podWorld, type PodWorld } from '../factories/pods';

/** Bad input to pods: a clear 400 or 409 naming the field, and nothing written. */
let w: PodWorld;
beforeAll(async () => {
  w = await podWorld();
});
afterAll(() => w.ctx.close());
const { call, refused } = inputChecks(() => w);

describe('pod input', () => {
  it('refuses a coordinator who is not an organizer, or organizes in another chapter', async () => {
    const member = (await w.ctx.db('users').where('email', 'member@demo.test').first()).id;
    await refused(
      'chapter',
      'put',
      `/api/pods/${w.podId}/coordinators/${member}`,
      undefined,
      400,
      'userId',
      /not an organizer/,
    );
    const chicagoOrganizer = await insertUser(w.ctx.db, 'organizer', w.chicago);
    await refused(
      'chapter',
      'put',
      `/api/pods/${w.podId}/coordinators/${chicagoOrganizer.id}`,
      undefined,
      400,
      'userId',
      /another chapter/,
    );
    const body = {
      name: 'Teachers',
      industry: '61',
      scope: 'chapter',
      chapterId: w.triangle,
      coordinatorIds: [member],
    };
    await refused('chapter', 'post', '/api/pods', body, 400, 'coordinatorIds', /not an organizer/);
  });

  it('names what a pod is missing and refuses a stale version', async () => {
    await refused(
      'chapter',
      'post',
      '/api/pods',
      { name: 'X', industry: '62', scope: 'chapter' },
      400,
      'chapterId',
    );
    await refused(
      'chapter',
      'post',
      '/api/pods',
      { name: 'X', industry: '99', scope: 'chapter', chapterId: w.triangle },
      400,
      'industry',
    );
    await refused(
      'chapter',
      'post',
      '/api/pods',
      { name: 'X', industry: '62', scope: 'county', chapterId: w.triangle },
      400,
      'scope',
    );
    await refused(
      'national',
      'post',
      '/api/pods',
      { name: 'X', industry: '62', scope: 'region' },
      400,
      'region',
    );
    await refused(
      'national',
      'post',
      '/api/pods',
      { name: 'X', industry: '62', scope: 'nation', chapterId: w.triangle },
      400,
      'chapterId',
    );
    await refused(
      'chapter',
      'patch',
      `/api/pods/${w.podId}`,
      { name: 'Renamed', version: 99 },
      409,
      'version',
    );
    const region = await call('chapter', 'post', '/api/pods', {
      name: 'South nurses',
      industry: '62',
      scope: 'region',
      region: 'south',
    });
    expect(region.status).toBe(403);
  });

  it('refuses attendance of people outside the pod and a workplace training that is not a training', async () => {
    const stranger = await insertMember(w.ctx.db, w.triangle);
    const meeting = await call('organizer', 'post', `/api/pods/${w.podId}/meetings`, {
      heldOn: '2026-11-10',
      kind: 'training',
      title: 'Mapping',
      workplaceTraining: true,
    });
    expect(meeting.status).toBe(201);
    const path = `/api/pods/${w.podId}/meetings/${meeting.body.id}/attendance`;
    await refused(
      'organizer',
      'put',
      path,
      { memberIds: [w.keishaId, stranger] },
      400,
      'memberIds',
      new RegExp(String(stranger)),
    );
    await refused(
      'organizer',
      'post',
      `/api/pods/${w.podId}/meetings`,
      { heldOn: '2026-11-10', kind: 'meeting', title: 'Social', workplaceTraining: true },
      400,
      'workplaceTraining',
    );
    await refused(
      'organizer',
      'post',
      `/api/pods/${w.podId}/meetings`,
      { heldOn: '10/11/2026', kind: 'meeting', title: 'Social' },
      400,
      'heldOn',
    );
  });

  it('keeps each pod to its reach: its chapter, or its region', async () => {
    const chicagoMember = await insertMember(w.ctx.db, w.chicago);
    await refused(
      'admin',
      'put',
      `/api/pods/${w.podId}/members/${chicagoMember}`,
      undefined,
      400,
      'memberId',
    );
    const south = await call('national', 'post', '/api/pods', {
      name: 'Southern nurses',
      industry: '62',
      scope: 'region',
      region: 'south',
    });
    expect(south.status).toBe(201);
    expect(south.body).toMatchObject({ scope: 'region', chapterId: null, access: 'manage' });
    expect(south.body.members).toBeUndefined();
    await refused(
      'admin',
      'put',
      `/api/pods/${south.body.id}/members/${chicagoMember}`,
      undefined,
      400,
      'memberId',
      /south/,
    );
    const own = await call('chapter', 'put', `/api/pods/${south.body.id}/members/${w.keishaId}`);
    expect(own.body).toEqual({ podId: south.body.id, memberId: w.keishaId, added: true });
    const seen = await w.agents.chapter.get(`/api/pods/${south.body.id}`);
    // A chapter reads a region pod's count suppressed: the pod spans other chapters' members.
    expect(seen.body).toMatchObject({ access: 'read', memberCount: '<5' });
    expect(seen.body.members.map((m: { id: number }) => m.id)).toEqual([w.keishaId]);
    const workplacePod = await call('chapter', 'post', '/api/pods', {
      name: 'Duke unit',
      scope: 'workplace',
      workplaceId: (
        await w.ctx.db('workplaces').where('site_name', 'Duke University Hospital').first()
      ).id,
    });
    expect(workplacePod.body).toMatchObject({ industry: '62', chapterId: w.triangle });
    await refused(
      'chapter',
      'post',
      `/api/pods/${w.podId}/goals`,
      { metric: 'trained', target: 5, startsOn: '2027-02-01', dueOn: '2027-01-01' },
      400,
      'startsOn',
    );
  });
});
