// Notes in-page navigation (history.pushState/replaceState, back/forward, hash changes) so an
// agent sees how the user got to the broken page. The history methods behave as before.

export function watchNavigation(win: Window, onNavigate: (url: string) => void): () => void {
  const history = win.history;
  const note = () => {
    try {
      onNavigate(win.location.href);
    } catch {
      // Capture is best effort.
    }
  };
  const restores = (['pushState', 'replaceState'] as const).map((name) => {
    const original = history[name];
    let active = true;
    const wrapper = function (this: History) {
      // eslint-disable-next-line prefer-rest-params -- pass exactly what the page passed
      const result = original.apply(this, arguments as never);
      if (active) note();
      return result;
    };
    history[name] = wrapper;
    return () => {
      active = false;
      if (history[name] === wrapper) history[name] = original;
    };
  });
  win.addEventListener('popstate', note);
  win.addEventListener('hashchange', note);
  return () => {
    restores.forEach((restore) => restore());
    win.removeEventListener('popstate', note);
    win.removeEventListener('hashchange', note);
  };
}
