import { useRef } from 'react';
import { useApp$, useLinkFor } from '../view/context.ts';
import { useFigureHeight } from './useFigureHeight.ts';

/**
 * What every figure component needs from the shell: the current parameters (for the JSON export),
 * a ref to its SVG (for SVG/PNG export), its link / embed URL, and its height (fixed, or what an
 * embedding iframe leaves).
 */
export function useFigure(id: string, embed: boolean, fullHeight: number) {
  const params = useApp$((s) => s.params);
  const svgRef = useRef<SVGSVGElement>(null);
  const link = useLinkFor(id);
  const height = useFigureHeight(embed, fullHeight);
  return { params, svgRef, link, height };
}
