import { defineModel } from '../manifest.ts';
import { committeeParams } from './params.ts';
import { jobs } from './jobs.ts';

/** The committee model as the app, the worker pool, the CLI and the benchmarks see it (../manifest.ts). */
export const committeeModel = defineModel({
  id: 'committee',
  params: committeeParams,
  jobs,
  commands: () => import('./commands.ts').then((c) => c.committeeCommands),
  bench: () => import('./bench.ts').then((b) => ({ committee: b.benchCommittee })),
});

/** The types the chapter (src/chapters/committee) draws from: it imports physics only as types, from here. */
export type {
  CommitteeAmpResult, CommitteePhaseView, CurvePanel, CurvePoint, CurveRequest, CurveSeries, FiniteKThresholds, LargeKThresholds, SeMethod,
  TransitionLine, TransitionMarks,
} from './index.ts';
