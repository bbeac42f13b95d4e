// Drives the setup page like a user: hub URL, agent token, the app reports go to, console capture.
import type { BrowserContext } from 'playwright-core';

export async function configureExtension(
  context: BrowserContext,
  origin: string,
  s: { hubUrl: string; token: string; reportApp: string; consoleCapture: boolean },
): Promise<string> {
  const page = await context.newPage();
  await page.goto(`${origin}/options.html`);
  await page.fill('input[name=hubUrl]', s.hubUrl);
  await page.check('input[name=mode] >> nth=0');
  await page.fill('input[name=token]', s.token);
  await page.fill('input[name=reportApp]', s.reportApp);
  if (s.consoleCapture) await page.check('input[name=consoleCapture]');
  else await page.uncheck('input[name=consoleCapture]');
  await page.click('button[type=submit]');
  await page.waitForSelector('.td-setup-ok', { timeout: 15_000 });
  const status = (await page.textContent('[role=status]')) ?? '';
  await page.close();
  return status;
}
