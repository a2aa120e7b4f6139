import { type KeyContext, nextCell } from './grid-navigation';

const grid = { rows: 3, cols: 7 };
const key = (overrides: Partial<KeyContext>): KeyContext => ({
  key: 'x',
  shiftKey: false,
  altKey: false,
  caretAtStart: false,
  caretAtEnd: false,
  ...grid,
  ...overrides,
});

describe('nextCell', () => {
  it('leaves typing and Tab to the input and the browser', () => {
    expect(nextCell({ row: 0, col: 0 }, key({ key: '5' }))).toBeNull();
    expect(nextCell({ row: 0, col: 0 }, key({ key: 'Tab' }))).toBeNull();
    expect(nextCell({ row: 0, col: 0 }, key({ key: 'Tab', shiftKey: true }))).toBeNull();
  });

  it('moves down with Enter and up with Shift+Enter', () => {
    expect(nextCell({ row: 0, col: 2 }, key({ key: 'Enter' }))).toEqual({ row: 1, col: 2 });
    expect(nextCell({ row: 1, col: 2 }, key({ key: 'Enter', shiftKey: true }))).toEqual({
      row: 0,
      col: 2,
    });
  });

  it('stays on the last row with Enter (the key is still handled, so it saves)', () => {
    expect(nextCell({ row: 2, col: 4 }, key({ key: 'Enter' }))).toEqual({ row: 2, col: 4 });
  });

  it('moves up and down with the arrow keys, never out of the grid', () => {
    expect(nextCell({ row: 1, col: 3 }, key({ key: 'ArrowUp' }))).toEqual({ row: 0, col: 3 });
    expect(nextCell({ row: 1, col: 3 }, key({ key: 'ArrowDown' }))).toEqual({ row: 2, col: 3 });
    expect(nextCell({ row: 0, col: 3 }, key({ key: 'ArrowUp' }))).toEqual({ row: 0, col: 3 });
  });

  it('moves left or right only when the caret is at that edge of the text', () => {
    const inside = key({ key: 'ArrowLeft' });
    expect(nextCell({ row: 0, col: 3 }, inside)).toBeNull();
    expect(nextCell({ row: 0, col: 3 }, key({ key: 'ArrowLeft', caretAtStart: true }))).toEqual({
      row: 0,
      col: 2,
    });
    expect(nextCell({ row: 0, col: 3 }, key({ key: 'ArrowRight', caretAtStart: true }))).toBeNull();
    expect(nextCell({ row: 0, col: 3 }, key({ key: 'ArrowRight', caretAtEnd: true }))).toEqual({
      row: 0,
      col: 4,
    });
  });

  it('moves left or right with Alt wherever the caret is', () => {
    expect(nextCell({ row: 0, col: 3 }, key({ key: 'ArrowLeft', altKey: true }))).toEqual({
      row: 0,
      col: 2,
    });
    expect(nextCell({ row: 0, col: 3 }, key({ key: 'ArrowRight', altKey: true }))).toEqual({
      row: 0,
      col: 4,
    });
  });

  it('stops at Monday and Sunday', () => {
    expect(nextCell({ row: 0, col: 0 }, key({ key: 'ArrowLeft', caretAtStart: true }))).toEqual({
      row: 0,
      col: 0,
    });
    expect(nextCell({ row: 0, col: 6 }, key({ key: 'ArrowRight', caretAtEnd: true }))).toEqual({
      row: 0,
      col: 6,
    });
  });

  it('jumps to the first or last day with Alt+Home / Alt+End only', () => {
    expect(nextCell({ row: 1, col: 3 }, key({ key: 'Home' }))).toBeNull();
    expect(nextCell({ row: 1, col: 3 }, key({ key: 'Home', altKey: true }))).toEqual({
      row: 1,
      col: 0,
    });
    expect(nextCell({ row: 1, col: 3 }, key({ key: 'End', altKey: true }))).toEqual({
      row: 1,
      col: 6,
    });
  });
});
