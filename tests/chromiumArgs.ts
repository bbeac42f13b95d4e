// How every browser test and bench starts Debian's Chromium: headless in a container, with no
// background traffic (updates, sync, QUIC) to skew what the tests watch and the benches time.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
