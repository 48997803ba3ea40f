import type { ComponentType } from 'react';
import type { ParamSpec, ParamValues } from '../../workers/physics/schema.ts';

/** What a chapter declares; the shell does the rest (controls, URL, embed, layout). */
export interface FigureMeta {
  id: string;
  title: string;
}

export interface Preset {
  label: string;
  values: ParamValues;
}

export interface FigureViewProps {
  embed: boolean;
}

export interface ChapterDef {
  id: string;
  title: string;
  /** one line under the title in the chapter list */
  summary: string;
  params: readonly ParamSpec[];
  figures: readonly FigureMeta[];
  /** the figure components, by figure id (same order as `figures`) */
  Figures: Readonly<Record<string, ComponentType<FigureViewProps>>>;
  /** prose and equations under the figures */
  Prose: ComponentType;
  presets?: readonly Preset[];
  /** hide a control that does not apply to the current values (e.g. ρ unless the prior is sparse) */
  showParam?: (key: string, values: ParamValues) => boolean;
  /** keys grouped under "Simulation" (finite-size runs) rather than "Model" */
  simulationKeys?: readonly string[];
}

/** A chapter listed in the header before it has landed. */
export interface ComingChapter {
  id: string;
  title: string;
  summary: string;
}
