import type { ReactNode } from 'react';
import { Tex } from '../../ui/Tex.tsx';

/** The caption's sentence when a curve runs off the top of the ε_g axis (model.ts egDomain, Y_CAP), with why. */
export function DivergedNote({ why }: { why: ReactNode }) {
  return (
    <>
      {' '}Errors above <Tex>{'10^{3}'}</Tex> run off the top: {why}.
    </>
  );
}
