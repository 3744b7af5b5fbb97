import type { Knex } from 'knex';
import { AuditRepository } from './audit/audit.repository';
import { AuthService } from './auth/auth.service';
import type { Config } from './config';
import { ChaptersService } from './features/chapters/chapters.service';
import { GeoService } from './features/geo/geo.service';
import { StatsService } from './features/stats/stats.service';

/** Every service, built once per app with its dependencies handed in. */
export function createServices(db: Knex, config: Config) {
  const audit = new AuditRepository(db);
  const geo = new GeoService(config.southStates);
  return {
    db,
    config,
    audit,
    geo,
    auth: new AuthService(db, config, audit),
    chapters: new ChaptersService(db, geo, audit),
    stats: new StatsService(db, config, geo),
  };
}

export type Services = ReturnType<typeof createServices>;
