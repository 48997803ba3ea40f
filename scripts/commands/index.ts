import type { ParamSpec } from '../../src/state/params/types.ts';
import { glmParams } from '../../src/state/params/glm.ts';
import { committeeParams } from '../../src/state/params/committee.ts';
import { landscapesParams } from '../../src/state/params/landscapes.ts';
import { sgdParams } from '../../src/state/params/sgd.ts';
import { glmCommands } from './glm.ts';
import { landscapesCommands } from './landscapes.ts';
import { committeeCommands } from './committee.ts';
import { sgdCommands } from './sgd.ts';
import type { CommandSpec } from './types.ts';

/** Every CLI command with the parameter schema its keys come from. Adding a model: one line. */
export const commandGroups: readonly { params: readonly ParamSpec[]; commands: readonly CommandSpec[] }[] = [
  { params: glmParams, commands: glmCommands },
  { params: landscapesParams, commands: landscapesCommands },
  { params: committeeParams, commands: committeeCommands },
  { params: sgdParams, commands: sgdCommands },
];
