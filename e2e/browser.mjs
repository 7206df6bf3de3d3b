// What every real-browser check shares: Debian's chromium (never a downloaded one) and a failing check.
import { chromium } from 'playwright-core';

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}
