// What every listener (and the local bot) needs: the store, the briefings, and answer settings.
import type { BriefingConfig } from '../config/load-briefings.ts';
import type { BriefingStore } from '../store/store.ts';

export interface BriefingDeps {
  store: BriefingStore;
  briefings: BriefingConfig[];
  summaryWords?: number;
}
