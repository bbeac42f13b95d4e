// What an employee does on the demo payroll app, through the widget as a person would: press
// "Download PDF", open the widget, describe the problem, add a screenshot, review and send.
import type { BrowserContext, Page } from 'playwright-core';
import { dialog, launcher, widgetReady } from '../widget/widgetWorld';

export interface Employee {
  id: string;
  name: string;
  email: string;
}

export interface Problem {
  summary: string;
  description: string;
  impact: 'individual' | 'team' | 'department' | 'organization';
  urgency: 'blocked' | 'degraded' | 'minor';
}

/** Opens the payroll app signed in as `who` (the app tells the widget who its user is). */
export async function openPayroll(
  context: BrowserContext,
  appUrl: string,
  who: Employee,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${appUrl}/`);
  await widgetReady(page);
  await page.evaluate((user) => {
    (window as unknown as { Tierdesk: { identify: (u: unknown) => void } }).Tierdesk.identify(user);
  }, who);
  return page;
}

/** Presses "Download PDF" and waits for the app's own error message (its API answered 500). */
export async function pressDownload(page: Page): Promise<string> {
  const failed = page.waitForResponse((r) => r.url().includes('/api/payslips/'));
  await page.click('#download');
  const status = (await failed).status();
  await page.waitForFunction(() =>
    document.getElementById('status')?.textContent?.includes('Something went wrong'),
  );
  return `${status}`;
}

/**
 * Opens the widget and fills in the form; with `preview`, resolves once the live preview
 * ("what happens next") has answered.
 */
export async function describeProblem(
  page: Page,
  problem: Problem,
  options: { preview: boolean } = { preview: true },
): Promise<void> {
  await page.click(launcher);
  await page.waitForSelector(`${dialog}[open]`);
  await page.fill('tierdesk-widget #td-summary', problem.summary);
  await page.fill('tierdesk-widget #td-description', problem.description);
  await page.check(`tierdesk-widget input[value=${problem.impact}]`);
  await page.check(`tierdesk-widget input[value=${problem.urgency}]`);
  if (options.preview) await page.waitForSelector('tierdesk-widget .td-preview .td-facts');
}

/** Takes the page screenshot in the widget and adds one black-out box. */
export async function addBlackoutScreenshot(page: Page): Promise<void> {
  await page.click('tierdesk-widget .td-shot button');
  await page.waitForSelector('tierdesk-widget .td-surface canvas');
  await page.click('tierdesk-widget .td-tools button:nth-child(2)');
  await page.waitForSelector('tierdesk-widget .td-box-blackout');
}

/** Reviews and sends; resolves with the confirmation's text once the hub answered. */
export async function sendReport(page: Page): Promise<{ number: string; confirmation: string }> {
  await page.click('tierdesk-widget .td-foot .td-primary'); // to the review
  await page.waitForSelector('tierdesk-widget .td-review');
  await page.click('tierdesk-widget .td-foot .td-primary'); // send
  await page.waitForSelector('tierdesk-widget .td-confirm .td-number');
  return {
    number: (await page.textContent('tierdesk-widget .td-confirm .td-number'))!.trim(),
    confirmation: (await page.textContent('tierdesk-widget .td-confirm'))!,
  };
}

/** The whole report without a screenshot: what each employee of an outage does. */
export async function reportOutage(
  context: BrowserContext,
  appUrl: string,
  who: Employee,
  problem: Problem,
): Promise<string> {
  const page = await openPayroll(context, appUrl, who);
  await pressDownload(page);
  // The preview is step 1's business; these employees just send.
  await describeProblem(page, problem, { preview: false });
  const { number } = await sendReport(page);
  await page.close();
  return number;
}
