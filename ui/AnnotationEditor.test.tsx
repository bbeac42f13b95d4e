import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { AnnotationEditor } from './AnnotationEditor';
import type { AnnotationBox } from './annotations';
import { stringsFor } from './strings';

afterEach(cleanup);

function Harness({ seen }: { seen: AnnotationBox[][] }) {
  const [boxes, setBoxes] = useState<AnnotationBox[]>([]);
  let n = 0;
  return (
    <AnnotationEditor
      source={document.createElement('canvas')}
      image={{ width: 1000, height: 500 }}
      boxes={boxes}
      onChange={(b) => {
        seen.push(b);
        setBoxes(b);
      }}
      strings={stringsFor('en')}
      newId={() => `box${++n}`}
    />
  );
}

describe('AnnotationEditor', () => {
  it('adds, moves, resizes and removes a box by keyboard alone', async () => {
    const seen: AnnotationBox[][] = [];
    render(<Harness seen={seen} />);
    fireEvent.click(screen.getByText('Add black-out box'));
    const box = await screen.findByLabelText('Black-out 1');
    expect(seen.at(-1)).toEqual([{ id: 'box1', kind: 'blackout', x: 375, y: 188, w: 250, h: 125 }]);
    fireEvent.keyDown(box, { key: 'ArrowRight' });
    expect(seen.at(-1)![0]).toMatchObject({ x: 385 });
    fireEvent.keyDown(screen.getByLabelText('Black-out 1'), { key: 'ArrowDown', shiftKey: true });
    expect(seen.at(-1)![0]).toMatchObject({ h: 135 });
    fireEvent.keyDown(screen.getByLabelText('Black-out 1'), { key: 'Delete' });
    expect(seen.at(-1)).toEqual([]);
  });
});
