import { describe, expect, it } from 'vitest';
import { fireEvent, render } from '@testing-library/preact';
import { ZoomableImage } from './ZoomableImage';

describe('ZoomableImage', () => {
  it('zooms in and out by buttons and cycles on click', () => {
    const { container, getByLabelText } = render(<ZoomableImage src="blob:x" alt="screenshot" />);
    const img = container.querySelector('img')!;
    expect(img.style.width).toBe('100%');
    fireEvent.click(getByLabelText('Zoom in'));
    expect(img.style.width).toBe('150%');
    fireEvent.click(getByLabelText('Zoom out'));
    expect(img.style.width).toBe('100%');
    for (let n = 0; n < 4; n++) fireEvent.click(img);
    expect(img.style.width).toBe('100%');
  });
});
