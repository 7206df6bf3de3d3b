// The leasing team's console in real chromium: a prospect chats at / and asks for a person; an operator signed in at
// /console in a second browser context sees that conversation at the top of the inbox within 2 s (live, no reload),
// reads the hand-off summary, takes over and writes; the prospect's page shows the reply under the operator's name;
// the operator hands back and the agent answers the prospect's next message. The console also fits 768 px.
// Usage: node console.e2e.mjs <gateway base url> <operator username> <operator password> <screenshot dir>
import { check, launchChromium } from './browser.mjs';

const [baseUrl, username, password, shotDir] = process.argv.slice(2);
if (!baseUrl || !username || !password || !shotDir) {
  console.error('usage: node console.e2e.mjs <base url> <operator username> <operator password> <screenshot dir>');
  process.exit(2);
}
const REPLY_TIMEOUT = 30000;
const SESSION_KEY = 'l2l.chat.any.session';

const browser = await launchChromium();
const problems = [];
try {
  // The prospect, on a phone.
  const prospect = await (await browser.newContext({ viewport: { width: 375, height: 812 } })).newPage();
  prospect.on('pageerror', (error) => problems.push(`prospect page error: ${error.message}`));
  const agentMessages = prospect.locator('#log .message.agent');
  async function say(text) {
    const before = await agentMessages.count();
    await prospect.focus('#message');
    await prospect.keyboard.type(text);
    await prospect.keyboard.press('Enter');
    await agentMessages.nth(before).waitFor({ timeout: REPLY_TIMEOUT });
    return (await agentMessages.nth(before).locator('.bubble').textContent()).trim();
  }
  await prospect.goto(baseUrl + '/');
  await prospect.waitForSelector('#connection[data-state="open"]', { timeout: REPLY_TIMEOUT });
  await agentMessages.first().waitFor({ timeout: REPLY_TIMEOUT });
  await say("Hi, I'm Ana, 2 bedrooms in Katy under 1900, I have a cat");
  const { sessionId } = await prospect.evaluate((key) => JSON.parse(sessionStorage.getItem(key)), SESSION_KEY);
  check(sessionId, 'the chat has no session');

  // The operator, on a laptop, in a context of their own.
  const console_ = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  console_.on('pageerror', (error) => problems.push(`console page error: ${error.message}`));
  console_.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  await console_.goto(baseUrl + '/console/');
  await console_.getByLabel('Username').fill(username);
  await console_.getByLabel('Password').fill(password);
  await console_.getByRole('button', { name: 'Sign in' }).click();
  await console_.waitForSelector('#live-state[data-state="live"]', { timeout: REPLY_TIMEOUT });
  const operatorName = (await console_.textContent('#operator-name')).trim();
  check(operatorName, 'the console does not say who is signed in');
  check(await console_.locator('main#main').count() === 1 && await console_.locator('nav[aria-label]').count() === 1,
    'landmarks missing');

  // "Can I talk to a person?" reaches the top of the inbox within 2 s of the prospect seeing the hand-off.
  const handedOff = await say('Can I talk to a person?');
  check(/leasing team/.test(handedOff), 'no hand-off: ' + handedOff);
  const seenAt = Date.now();
  const topRow = console_.locator(`#needs-person li:first-child[data-session-id="${sessionId}"]`);
  await topRow.waitFor({ timeout: 2000 });
  const inboxDelay = Date.now() - seenAt;
  const rowText = (await topRow.textContent()).replace(/\s+/g, ' ').trim();
  check(rowText.includes('Ana') && /waiting/.test(rowText), 'unexpected inbox row: ' + rowText);
  await console_.screenshot({ path: `${shotDir}/console-inbox.png`, fullPage: true });

  // The conversation: summary first, then take over and write.
  await topRow.getByRole('button').click();
  await console_.waitForFunction(() => document.getElementById('summary').textContent.includes('asked for a person'),
    null, { timeout: REPLY_TIMEOUT });
  const summary = (await console_.textContent('#summary')).trim();
  check(summary.startsWith('Ana, 2 bd in Katy ≤ $1,900, cat'), 'unexpected summary: ' + summary);
  check(await console_.evaluate(() => document.activeElement.id) === 'conversation-heading',
    'focus did not move to the conversation');
  await console_.getByRole('button', { name: 'Take over' }).click();
  await console_.waitForSelector('#conversation-state[data-state="held"]', { timeout: REPLY_TIMEOUT });

  const before = await agentMessages.count();
  const text = 'Hi Ana, this is the leasing office. Happy to help with anything.';
  await console_.getByLabel('Reply to the prospect as yourself').fill(text);
  await console_.getByRole('button', { name: 'Send reply' }).click();
  await agentMessages.nth(before).waitFor({ timeout: REPLY_TIMEOUT });
  const shown = (await agentMessages.nth(before).locator('.bubble').textContent()).trim();
  check(shown === `${operatorName} (leasing team): ${text}`, 'unexpected reply in the chat: ' + shown);
  await console_.locator('#transcript .from-operator').last().waitFor({ timeout: REPLY_TIMEOUT });
  await console_.screenshot({ path: `${shotDir}/console-conversation.png`, fullPage: true });

  // Hand back: the agent answers the prospect's next message again.
  await console_.getByRole('button', { name: 'Hand back to the agent' }).click();
  await console_.waitForSelector('#conversation-state[data-state="agent"]', { timeout: REPLY_TIMEOUT });
  const answered = await say('What are the pet rules?');
  check(answered && !/leasing team\):/.test(answered), 'the agent did not answer after the hand-back: ' + answered);

  // The funnel tab draws its charts from GET /api/funnel (this run's lead and tour included).
  await console_.getByRole('link', { name: 'Funnel' }).click();
  await console_.waitForSelector('#funnel-view .funnel-chart svg', { timeout: REPLY_TIMEOUT });
  await console_.screenshot({ path: `${shotDir}/console-funnel.png`, fullPage: true });
  await console_.getByRole('link', { name: 'Inbox' }).click();

  // Tablet width: one column, nothing cut off sideways.
  await console_.setViewportSize({ width: 768, height: 1024 });
  const overflow = await console_.evaluate(() => document.documentElement.scrollWidth);
  check(overflow <= 768, `the console is ${overflow} px wide at 768 px`);

  await console_.getByRole('button', { name: 'Sign out' }).click();
  await console_.waitForSelector('#sign-in-view:not([hidden])');
  check(await console_.evaluate(() => sessionStorage.length) === 0, 'the token outlived the sign-out');
  check(problems.length === 0, problems.join('\n'));

  console.log(JSON.stringify({ sessionId, operator: operatorName, inboxDelayMs: inboxDelay, summary, staffReply: shown,
    afterHandBack: answered }));
} finally {
  await browser.close();
}
