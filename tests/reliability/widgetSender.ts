// One employee at one tab of an internal app: files tickets through the built widget's dialog in
// real Chromium (the dialog's submit writes the ticket to the page's IndexedDB outbox, then sends
// it), and now and then reloads the page while a ticket is being sent.
import type { BrowserContext, Page } from 'playwright-core';
import type { SenderLog } from './senderLog';

const launcher = 'tierdesk-widget .td-launcher';
const dialog = 'tierdesk-widget dialog.td-dialog';
const confirm = 'tierdesk-widget .td-confirm';

export interface WidgetSenderOptions {
  context: BrowserContext;
  appUrl: string;
  /** A prefix that makes every summary of this sender unique. */
  name: string;
  tickets: number;
  /** Chance that a submit is cut by a page reload at a random moment. */
  reloadChance: number;
  random: () => number;
  log: SenderLog;
  /** Mean pause between tickets, so a short run's submits spread over the whole chaos. */
  paceMs?: number;
}

/** Opens the dialog on its form step, whatever state the page was left in. */
async function toForm(page: Page): Promise<void> {
  if (await page.$(`${confirm} .td-secondary`)) {
    await page.click(`${confirm} .td-secondary`); // "Report another problem"
  } else if (!(await page.$(`${dialog}[open]`))) {
    await page.click(launcher);
    await page.waitForSelector(`${dialog}[open]`);
  }
  await page.waitForSelector('tierdesk-widget #td-summary');
}

export async function runWidgetSender(o: WidgetSenderOptions): Promise<Page> {
  const page = await o.context.newPage();
  await page.goto(o.appUrl);
  for (let i = 0; i < o.tickets; i++) {
    if (o.paceMs) await page.waitForTimeout(o.random() * 2 * o.paceMs);
    const summary = `${o.name} ticket ${i}: work order list does not load`;
    try {
      await page.waitForSelector(launcher, { state: 'visible', timeout: 30_000 });
      await toForm(page);
      await page.fill('tierdesk-widget #td-summary', summary);
      await page.click('tierdesk-widget .td-foot .td-primary'); // Next: review
      await page.waitForSelector('tierdesk-widget .td-foot .td-secondary'); // review's Back button
      await page.click('tierdesk-widget .td-foot .td-primary'); // Submit
      if (o.random() < o.reloadChance) {
        // A reload mid-send: the flush (and the page's Web Lock) dies wherever it was.
        await page.waitForTimeout(o.random() * 250);
        const confirmed = await confirmation(page);
        o.log.reloads++;
        await page.reload();
        o.log.record(summary, confirmed ?? 'interrupted');
        continue;
      }
      await page.waitForSelector(confirm, { timeout: 30_000 });
      o.log.record(summary, (await confirmation(page)) ?? 'interrupted');
    } catch (error) {
      // The page was torn down under the driver (a reload raced a click): count it as cut off.
      o.log.record(summary, 'interrupted', String(error).slice(0, 200));
      await page.goto(o.appUrl).catch(() => {});
    }
  }
  return page;
}

/** What the confirmation says, if it is on screen: the hub's receipt, saved for later, refused. */
async function confirmation(page: Page): Promise<'accepted' | 'queued' | 'refused' | null> {
  if (!(await page.$(confirm))) return null;
  if (await page.$(`${confirm} .td-number`)) return 'accepted';
  if (await page.$(`${confirm} .td-error`)) return 'refused';
  return 'queued';
}
