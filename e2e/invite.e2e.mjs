// A lead who filled in a form elsewhere (it reached us by a Zapier webhook) follows the link in our first email: the
// web chat opens on their conversation, greets them knowing the form (every expected fragment must be in the first
// reply), the invite leaves the address bar, and the chat goes on from those facts: the homes that fit, one of three
// tour times, "You're booked" without being asked again for the email, then "I'd like to apply now".
// Prints one line `RESULT {"sessionId": ..., "listing": ..., "slot": ...}` for the caller.
// Usage: node invite.e2e.mjs <invite link> <screenshot dir> <expected greeting fragment>...
import { check, launchChromium } from './browser.mjs';

const [link, shotDir, ...expected] = process.argv.slice(2);
if (!link || !shotDir) {
  console.error('usage: node invite.e2e.mjs <invite link> <screenshot dir> <expected greeting fragment>...');
  process.exit(2);
}
const REPLY_TIMEOUT = 30000;
const SESSION_KEY = 'l2l.chat.any.session';

const browser = await launchChromium();
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  const agentMessages = page.locator('#log .message.agent');
  const latest = page.locator('#log .message.agent.current');

  async function say(text) {
    const before = await agentMessages.count();
    await page.focus('#message');
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await agentMessages.nth(before).waitFor({ timeout: REPLY_TIMEOUT });
    return (await agentMessages.nth(before).locator('.bubble').textContent()).trim();
  }

  async function click(button) {
    const before = await agentMessages.count();
    await button.click();
    await agentMessages.nth(before).waitFor({ timeout: REPLY_TIMEOUT });
    return (await latest.locator('.bubble').textContent()).trim();
  }

  await page.goto(link);
  await page.waitForSelector('#connection[data-state="open"]', { timeout: REPLY_TIMEOUT });
  await agentMessages.first().waitFor({ timeout: REPLY_TIMEOUT });
  const greeting = (await agentMessages.first().locator('.bubble').textContent()).trim();
  for (const fragment of expected) {
    check(greeting.includes(fragment), `the greeting does not say "${fragment}": ${greeting}`);
  }
  check(!page.url().includes('invite='), 'the invite is still in the address bar: ' + page.url());
  const session = await page.evaluate((key) => JSON.parse(sessionStorage.getItem(key)), SESSION_KEY);
  check(session && session.sessionId, 'no chat session stored after opening the invite');
  await page.screenshot({ path: `${shotDir}/invite-greeting.png`, fullPage: true });

  const listed = await say('Show me the homes that fit');
  const cards = latest.locator('.listing-card');
  check(await cards.count() >= 1, 'no listing cards after the form\'s facts: ' + listed);
  const listing = (await cards.first().locator('h3').textContent()).trim();

  await click(cards.first().getByRole('button', { name: `Choose ${listing}` }));
  const slotButtons = latest.locator('.slot-button');
  check(await slotButtons.count() === 3, `expected exactly 3 slot buttons, got ${await slotButtons.count()}`);
  const slot = (await slotButtons.first().textContent()).trim();
  const confirmation = await click(slotButtons.first());
  check(confirmation.includes(`You're booked: a tour of ${listing} on ${slot}.`), 'unexpected confirmation: ' + confirmation);
  await page.screenshot({ path: `${shotDir}/invite-booked.png`, fullPage: true });

  const applied = await say("I'd like to apply now");
  check(/appl/i.test(applied), 'unexpected answer to applying: ' + applied);
  check(problems.length === 0, problems.join('\n'));
  console.log('RESULT ' + JSON.stringify({ sessionId: session.sessionId, listing, slot, greeting }));
} finally {
  await browser.close();
}
