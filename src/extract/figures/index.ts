// Figures: what each number counts, who claims it, and where sources disagree.
export { extractFigures, type ExtractOptions } from './extract-figures.ts';
export { groupFigures, type FigureSource } from './group-figures.ts';
export { indexGroups, type FigureGroupIndex } from './index-groups.ts';
export { filterGroups } from './filter-groups.ts';
export type { Approx, Figure, FigureGroup, FigureKind, FigureMember } from './types.ts';
