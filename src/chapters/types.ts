import type { ComponentType } from 'react';
import type { KeyOf, ParamsOf, Schema } from '../../workers/physics/schema.ts';

/**
 * A chapter is a folder `src/chapters/<id>/` (the id of its model in workers/physics/models.ts) with
 * `meta.ts` — what the shell needs before any figure is drawn (schema, figure list, presets), loaded
 * with the page — and `ui.tsx` — the figure components and prose, loaded when the chapter is opened.
 * registry.ts finds both by folder name.
 */
export interface FigureMeta {
  readonly id: string;
  readonly title: string;
}

export interface Preset<S extends Schema = Schema> {
  readonly label: string;
  readonly values: Partial<ParamsOf<S>>;
}

/** A prepared step of a lecture: the values it sets (the rest stay) and one line on what to look at. */
export interface StoryStep<S extends Schema = Schema> {
  readonly values: Partial<ParamsOf<S>>;
  readonly caption: string;
}

/** A story: steps a lecturer walks through with the arrow keys (`story=<id>&step=<n>`; src/state/story.ts). */
export interface Story<S extends Schema = Schema> {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly StoryStep<S>[];
}

/**
 * A story's steps along one key: the first step sets the scene (every model key, like a preset) and the
 * key's first value, each next step only the key. One `[value, caption]` per step.
 */
export function stepsAlong<S extends Schema, const K extends KeyOf<S>>(_schema: S, key: K, scene: Partial<ParamsOf<S>>, steps: readonly (readonly [ParamsOf<S>[K], string])[]): StoryStep<S>[] {
  // a computed key cannot be typed by TypeScript: `key` is a key of S and `value` its type, by the signature
  return steps.map(([value, caption], i) => ({ values: { ...(i ? {} : scene), [key]: value } as Partial<ParamsOf<S>>, caption }));
}

export interface ChapterMeta<S extends Schema = Schema> {
  readonly id: string;
  /** position in the chapter list; the same order as workers/physics/models.ts (a test checks it) */
  readonly order: number;
  readonly title: string;
  /** one line under the title in the chapter list */
  readonly summary: string;
  /** the model's schema, with view keys (axes, which plane) and browser-sized defaults */
  readonly params: S;
  readonly figures: readonly FigureMeta[];
  readonly presets?: readonly Preset<S>[];
  /** curated stories (≥ 2, scripts/manifests.test.ts); the presets become one-step stories besides them */
  readonly stories?: readonly Story<S>[];
  /** keys grouped under "Simulation" (finite-size runs) rather than "Model" */
  readonly simulationKeys?: readonly KeyOf<S>[];
  /** hide a control that does not apply to the current values (e.g. ρ unless the prior is sparse) */
  showParam?(key: KeyOf<S>, values: ParamsOf<S>): boolean;
}

export function defineChapter<const S extends Schema>(c: ChapterMeta<S>): ChapterMeta<S> {
  return c;
}

export interface FigureViewProps {
  embed: boolean;
}

/** What `ui.tsx` exports as `ui`. */
export interface ChapterUi {
  /** the figure components, by figure id (every id of the meta's `figures`) */
  readonly Figures: Readonly<Record<string, ComponentType<FigureViewProps>>>;
  /** prose and equations under the figures */
  readonly Prose: ComponentType;
  /** a line under the control of that key (e.g. a computed limit beside a slider), shown by the controls panel */
  readonly ControlNotes?: Readonly<Partial<Record<string, ComponentType>>>;
}

/** A chapter listed in the header before it has landed. */
export interface ComingChapter {
  id: string;
  title: string;
  summary: string;
}
