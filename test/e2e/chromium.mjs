// Debian's Chromium and the flags the e2e tests and the browser benchmark launch it with: headless,
// no sandbox (root on CI), and no background traffic (this machine's network is closed).
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
