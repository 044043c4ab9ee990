// Colours that stay apart for colour-blind readers: the Okabe–Ito palette (blue, orange, bluish green, reddish
// purple, vermillion), each series also with its own dash and point shape, so no line depends on hue alone.
// "others" is grey and dotted.
export const SERIES_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00'] as const;
export const OTHERS_COLOUR = '#8C8C8C';
/** SVG stroke-dasharray per series (solid first). */
export const SERIES_DASHES: readonly (readonly number[])[] = [[], [14, 5], [4, 4], [16, 5, 4, 5], [8, 4, 2, 4]];
export const OTHERS_DASH: readonly number[] = [2, 5];
export const SERIES_SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'triangle-down'] as const;
export const OTHERS_SHAPE = 'cross';
export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const GRID = '#e3e3e3';
