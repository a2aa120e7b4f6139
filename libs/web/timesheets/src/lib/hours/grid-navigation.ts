/** A cell of the grid: row index and day index (0 = Monday). */
export interface CellPosition {
  row: number;
  col: number;
}

/** What the grid knows when a key goes down in a cell. */
export interface KeyContext {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  /** Caret at the start / end of the cell's text with nothing selected (or all of it selected). */
  caretAtStart: boolean;
  caretAtEnd: boolean;
  rows: number;
  cols: number;
}

/**
 * Where focus goes for a key, or null when the key is the input's own (typing, moving the caret).
 * Tab and Shift+Tab are left to the browser: the cells are in reading order in the page.
 *
 * - Enter: down one row (Shift+Enter: up); stays put at the edge.
 * - ArrowUp / ArrowDown: up / down one row.
 * - ArrowLeft / ArrowRight: previous / next day when the caret is at that edge of the text, or
 *   always with Alt; so editing "1,5" with the arrows still works.
 * - Home / End with Alt: first / last day of the row.
 */
export function nextCell(from: CellPosition, context: KeyContext): CellPosition | null {
  const { key, shiftKey, altKey, caretAtStart, caretAtEnd, rows, cols } = context;
  let target: CellPosition;
  switch (key) {
    case 'Enter':
      target = { row: from.row + (shiftKey ? -1 : 1), col: from.col };
      break;
    case 'ArrowUp':
      target = { row: from.row - 1, col: from.col };
      break;
    case 'ArrowDown':
      target = { row: from.row + 1, col: from.col };
      break;
    case 'ArrowLeft':
      if (!altKey && !caretAtStart) return null;
      target = { row: from.row, col: from.col - 1 };
      break;
    case 'ArrowRight':
      if (!altKey && !caretAtEnd) return null;
      target = { row: from.row, col: from.col + 1 };
      break;
    case 'Home':
      if (!altKey) return null;
      target = { row: from.row, col: 0 };
      break;
    case 'End':
      if (!altKey) return null;
      target = { row: from.row, col: cols - 1 };
      break;
    default:
      return null;
  }
  const inside = target.row >= 0 && target.row < rows && target.col >= 0 && target.col < cols;
  // At the edge the key is still ours (no caret jump, no form submit), focus just stays.
  return inside ? target : from;
}
