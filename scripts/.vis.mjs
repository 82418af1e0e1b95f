import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const out = [];
for (let i = 0; i < 16; i++) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  await page.goto('data:text/html,<title>x</title>');
  out.push(await page.evaluate(() => document.visibilityState));
  await page.close();
  if (process.argv[2] === 'closectx') await ctx.close();
}
console.log(out.join(' '));
await browser.close();
