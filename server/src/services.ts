import type { Knex } from 'knex';
import { AuditRepository } from './audit/audit.repository';
import { AuthService } from './auth/auth.service';
import type { Config } from './config';
import { CampaignsService } from './features/campaigns/campaigns.service';
import { ChaptersService } from './features/chapters/chapters.service';
import { GoalsService } from './features/goals/goals.service';
import { GeoService } from './features/geo/geo.service';
import { ImportsService } from './features/imports/imports.service';
import { MapService } from './features/map/map.service';
import { MeService } from './features/me/me.service';
import { MembersService } from './features/members/members.service';
import { PodsService } from './features/pods/pods.service';
import { MentorshipsService } from './features/reserve/mentorships.service';
import { ReserveService } from './features/reserve/reserve.service';
import { RecruitmentFigures } from './features/stats/recruitment-figures';
import { RecruitmentService } from './features/stats/recruitment.service';
import { SouthService } from './features/stats/south.service';
import { StatsService } from './features/stats/stats.service';
import { UnionStaffersService } from './features/union-staffers/union-staffers.service';
import { createVoteServices } from './features/votes/vote-services';
import { WorkplacesService } from './features/workplaces/workplaces.service';

/** Every service, built once per app with its dependencies handed in. */
export function createServices(db: Knex, config: Config) {
  const audit = new AuditRepository(db);
  const geo = new GeoService(config.southStates);
  const chapters = new ChaptersService(db, geo, audit);
  const map = new MapService(db, config);
  const mapChanged = () => map.invalidate();
  const workplaces = new WorkplacesService(db, audit, mapChanged);
  const pods = new PodsService(db, config, audit);
  const figures = new RecruitmentFigures(db);
  const goals = new GoalsService(db, config, audit, pods.goals, figures);
  const reserve = new ReserveService(db, audit, geo, chapters.repo);
  return {
    db,
    config,
    audit,
    geo,
    auth: new AuthService(db, config, audit),
    chapters,
    workplaces,
    members: new MembersService(db, audit, mapChanged),
    campaigns: new CampaignsService(db, audit, mapChanged),
    map,
    pods,
    goals,
    recruitment: new RecruitmentService(db, config, figures, goals),
    south: new SouthService(db, config, figures, chapters.repo, reserve.repo),
    reserve,
    mentorships: new MentorshipsService(db, audit, reserve.repo, chapters.repo),
    unionStaffers: new UnionStaffersService(db),
    me: new MeService(db, audit, workplaces, chapters.repo),
    stats: new StatsService(db, config, geo),
    imports: new ImportsService(db, audit),
    ...createVoteServices(db, config, audit),
  };
}

export type Services = ReturnType<typeof createServices>;
