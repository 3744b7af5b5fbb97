import type { Response } from 'express';
import { importQuery, importResult, templateQuery } from '@shopfloor/shared';
import { idParams, route } from '../../http/route';
import { templateCsv, type CsvFile } from './exports.service';

function sendCsv(res: Response, file: CsvFile): void {
  res.setHeader('Cache-Control', 'no-store');
  // Filenames are slugs ([a-z0-9-]), so they need no escaping inside the quotes.
  res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
  res.type('text/csv; charset=utf-8');
  res.send(file.csv);
}

export const importRoutes = [
  route({
    method: 'post',
    path: '/api/chapters/:id/import/members',
    summary:
      "Import the chapter's roster from a CSV file (the national list or the Shopfloor template); a dry run by default",
    tag: 'members',
    access: ['chapter', 'admin'],
    params: idParams,
    query: importQuery,
    csvBody: true,
    response: importResult,
    handler: ({ services, actor, params, query, body }) =>
      services.imports.importMembers(actor!, params.id, body, query),
  }),
  route({
    method: 'get',
    path: '/api/chapters/:id/export/members.csv',
    summary:
      "The chapter's roster as CSV in the template's columns, with each member's current job (audited)",
    tag: 'members',
    access: ['chapter'],
    params: idParams,
    send: 'raw',
    handler: async ({ services, actor, params, res }) =>
      sendCsv(res, await services.imports.exports.membersCsv(actor!, params.id)),
  }),
  route({
    method: 'get',
    path: '/api/chapters/:id/export/workplaces.csv',
    summary: "The chapter's workplaces as CSV (audited)",
    tag: 'members',
    access: ['chapter'],
    params: idParams,
    send: 'raw',
    handler: async ({ services, actor, params, res }) =>
      sendCsv(res, await services.imports.exports.workplacesCsv(actor!, params.id)),
  }),
  route({
    method: 'get',
    path: '/api/import/template.csv',
    summary:
      'The Shopfloor roster template: its header line and one example row, in English or Spanish (lang)',
    tag: 'members',
    access: 'any',
    query: templateQuery,
    send: 'raw',
    handler: ({ res, query }) => sendCsv(res, templateCsv(query.lang)),
  }),
];
