// A prospect on a phone-sized screen searches homes at /book/, opens tour times, picks one and books it.
// Usage: node booking-page.e2e.mjs <gateway base url> <lead email> <screenshot dir>
import { launchChromium } from './browser.mjs';

const [baseUrl, email, shotDir] = process.argv.slice(2);
if (!baseUrl || !email || !shotDir) {
  console.error('usage: node booking-page.e2e.mjs <base url> <lead email> <screenshot dir>');
  process.exit(2);
}

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(baseUrl + '/book/');
  await page.click('#search button[type=submit]');
  await page.waitForSelector('.card');
  await page.click('.card button');
  await page.waitForSelector('#slots button');
  await page.keyboard.press('Tab');
  await page.click('#slots button >> nth=1');
  await page.fill('input[name=name]', 'Ana Browser');
  await page.fill('input[name=email]', email);
  await page.fill('input[name=phone]', '713-555-0142');
  await page.click('#book button[type=submit]');
  await page.waitForSelector('.confirmation', { timeout: 15000 });
  await page.screenshot({ path: `${shotDir}/booking-page-confirmation.png`, fullPage: true });
  const confirmation = await page.textContent('.confirmation');
  if (!confirmation.includes('You are booked!') || !confirmation.includes(email)) {
    throw new Error('unexpected confirmation: ' + confirmation);
  }
  console.log('booked through the page: ' + confirmation.replace(/\s+/g, ' ').trim());

  // The confirmation's own link opens the tour's page, which moves it to another time with the tour's token.
  await page.click('text=Reschedule or cancel this tour');
  await page.waitForSelector('#tour:not([hidden])', { timeout: 15000 });
  const before = (await page.textContent('#summary')).trim();
  await page.click('#reschedule');
  await page.waitForSelector('#slots button', { timeout: 15000 });
  await page.click('#slots button');
  await page.waitForFunction(() => document.querySelector('#status').textContent.startsWith('Done'), null,
    { timeout: 15000 });
  const after = (await page.textContent('#summary')).trim();
  if (after === before || !(await page.textContent('#state')).includes('rescheduled')) {
    throw new Error(`the manage page did not move the tour: ${before} → ${after}`);
  }
  await page.screenshot({ path: `${shotDir}/booking-page-manage.png`, fullPage: true });
  console.log(`moved on the manage page: ${before} → ${after}`);
} finally {
  await browser.close();
}
