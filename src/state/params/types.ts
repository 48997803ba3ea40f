/**
 * One declaration per parameter. It drives the slider and number field, the URL codec (parse,
 * clamp, serialise), reset, the CLI flags and the property-test generators. Each chapter owns a
 * list of these (a key can mean slightly different ranges in different chapters: `alpha` runs to
 * 10 for the GLM and to 1e5 for SGD); keys are those of ../shared/PHYSICS.md §5.
 */
export interface NumberParam {
  readonly kind: 'number';
  readonly key: string;
  readonly label: string;
  /** KaTeX source for the symbol, e.g. `\\alpha = n/d` */
  readonly tex: string;
  readonly min: number;
  readonly max: number;
  /** slider / number-field step (in the value's own units; for log scale, the typed field's step) */
  readonly step: number;
  readonly scale: 'lin' | 'log';
  readonly default: number;
  readonly integer?: boolean;
  /**
   * A word that stands for +∞ in the URL and CLI (e.g. `K=large`): the slider's last stop.
   * The parsed value is then `Infinity`.
   */
  readonly infinityToken?: string;
  readonly help?: string;
}

export interface EnumParam {
  readonly kind: 'enum';
  readonly key: string;
  readonly label: string;
  readonly tex?: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly default: string;
  readonly help?: string;
}

export type ParamSpec = NumberParam | EnumParam;
export type ParamValue = number | string;
export type ParamValues = Record<string, ParamValue>;
