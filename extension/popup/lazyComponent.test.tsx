import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/preact';
import { lazyComponent } from './lazyComponent';

describe('lazyComponent', () => {
  it('shows the fallback until the code arrives, then the component; loads once', async () => {
    const load = vi.fn(async () => (p: { name: string }) => <p>hello {p.name}</p>);
    const Hello = lazyComponent(load, () => <p>loading…</p>);
    render(<Hello name="Ada" />);
    expect(screen.getByText('loading…')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('hello Ada')).toBeTruthy());
    render(<Hello name="Bob" />);
    expect(screen.getByText('hello Bob')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failed load', async () => {
    let fail = true;
    const Hello = lazyComponent(async () => {
      if (fail) throw new Error('chunk');
      return () => <p>ok</p>;
    });
    await expect(Hello.preload()).rejects.toThrow('chunk');
    fail = false;
    await expect(Hello.preload()).resolves.toBeTypeOf('function');
  });
});
