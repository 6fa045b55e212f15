// GET /health: a load balancer's or a person's check that the bot is up and which briefings it serves.
import type { CustomRoute } from '@slack/bolt';
import type { BriefingConfig } from '../config/load-briefings.ts';

export function healthRoute(briefings: BriefingConfig[]): CustomRoute {
  return {
    path: '/health',
    method: ['GET'],
    handler: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, briefings: briefings.map((briefing) => briefing.name) }));
    },
  };
}
