import { useContext, useEffect, useRef, useState } from 'react';
import type { JobResult } from '../../../workers/api.ts';
import type { SgdCurveRequest } from '../../../workers/physics/sgd/manifest.ts';
import type { WorkerPool } from '../../compute/pool.ts';
import { PoolContext, type JobState } from '../../compute/usePool.ts';

type Curve = JobResult<'sgdCurve'>;
type CurveState = JobState<Curve>;

const LANE = 'sgd/curve';

/**
 * The ODE solve of Figures 1 and 2, shared: both figures ask for the same request (curveRequest(p)) and get
 * the same run and the same result, so the ODE is solved once per parameter change. As with useJob, the
 * latest request wins, the last result stays shown while the next computes, and a run is cancelled once no
 * figure waits for it any more (e.g. an embed of one figure that is closed).
 */
interface SharedRun {
  key: string;
  state: CurveState;
  listeners: Set<(s: CurveState) => void>;
}

/** the run under way or done, shared by the figures that show it */
let current: SharedRun | null = null;

function start(pool: WorkerPool, req: SgdCurveRequest, key: string): SharedRun {
  const run: SharedRun = { key, state: { data: null, error: null, progress: 0, running: true }, listeners: new Set() };
  current = run;
  const set = (s: Partial<CurveState>) => {
    run.state = { ...run.state, ...s };
    run.listeners.forEach((l) => l(run.state));
  };
  pool.run(LANE, 'sgdCurve', req, { onProgress: (f) => run.state.running && set({ progress: f }) }).then(
    (data) => set({ data, error: null, progress: null, running: false }),
    (err: unknown) => {
      if (current === run) current = null;
      if (err instanceof Error && err.name === 'Cancelled') {
        run.state = { ...run.state, progress: null, running: false };
        return;
      }
      set({ error: err instanceof Error ? err.message : String(err), progress: null, running: false });
    },
  );
  return run;
}

export function useCurveJob(req: SgdCurveRequest): CurveState {
  const pool = useContext(PoolContext);
  const [state, setState] = useState<CurveState>({ data: null, error: null, progress: null, running: false });
  // the request is plain JSON (no typed arrays)
  const key = JSON.stringify(req);
  const reqRef = useRef(req);
  reqRef.current = req;

  useEffect(() => {
    if (!pool) return;
    const run = current && current.key === key ? current : start(pool, reqRef.current, key);
    const listener = (s: CurveState) => setState((prev) => ({ ...s, data: s.data ?? prev.data }));
    run.listeners.add(listener);
    listener(run.state);
    return () => {
      run.listeners.delete(listener);
      if (run.listeners.size === 0 && run.state.running && current === run) {
        current = null;
        pool.cancel(LANE);
      }
    };
  }, [pool, key]);

  return state;
}
