import { useMemo } from 'react';
import { readParams, type ParamsOf, type Schema } from '../../workers/physics/schema.ts';
import { useApp$ } from './context.ts';

/**
 * The current chapter's values, typed by its schema: `useModelParams(chapter.params).alpha` is a number,
 * `.act` the union of its options. One object per store change, so it can go straight into a job request
 * (useJob compares requests by value).
 */
export function useModelParams<S extends Schema>(schema: S): ParamsOf<S> {
  const values = useApp$((s) => s.params);
  return useMemo(() => readParams(schema, values), [schema, values]);
}
