import accountEs from './account.es.json';
import esBase from './es.json';
import growthEs from './growth.es.json';
import mapsEs from './maps.es.json';
import podsEs from './pods.es.json';
import votesEs from './votes.es.json';
import workspaceEs from './workspace.es.json';

/**
 * The Spanish strings, in a chunk of their own: i18n/index.ts loads them when Spanish is chosen,
 * so the first download of an English reader does not carry them. Same keys as the English.
 */
export const es = {
  ...esBase,
  workspace: workspaceEs,
  maps: mapsEs,
  votes: votesEs,
  pods: podsEs,
  account: accountEs,
  growth: growthEs,
};
