// Drops the samples on the page served by `fundbook serve`, checks the Street
// lighting finding is shown with its cell excerpt, downloads the report and
// hands it back to the caller to check with fundbook's own reader.
//   node drop_in.test.mjs URL SAMPLES_DIR DOWNLOAD_TO [SCREENSHOT]
import { chromium } from "playwright-core";
import fs from "node:fs";
import path from "node:path";

const [url, samples, downloadTo, screenshot] = process.argv.slice(2);
const fail = (msg) => { console.error("FAIL: " + msg); process.exit(1); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1500 }, acceptDownloads: true });
  const outside = [];
  page.on("request", (r) => { if (!r.url().startsWith(url)) outside.push(r.url()); });
  await page.goto(url);
  const files = fs.readdirSync(samples).filter((f) => /\.(xlsx|xls|ods|csv)$/.test(f)).map((f) => path.join(samples, f));
  if (files.length === 0) fail("no samples in " + samples);
  await page.setInputFiles("#picker", files);
  await page.waitForSelector("#results", { state: "visible", timeout: 30000 });
  const rowTotal = page.locator('section[data-rule="row-total-mismatch"]');
  await rowTotal.waitFor({ timeout: 10000 });
  const text = await rowTotal.innerText();
  if (!text.includes("Street lighting synergies (B/R.6.214)")) fail("the Street lighting finding is not shown:\n" + text);
  if (!text.includes("I124")) fail("the finding does not name its cell");
  // The rule's meaning and what to do (serve fills them in from its rule registry).
  const explain = await rowTotal.locator(".explain").innerText();
  if (!/^\S.*What to do: \S/.test(explain)) fail("the rule's meaning and what to do are not shown: " + explain);
  const hit = await rowTotal.locator("td.hit").first().innerText();
  if (hit.trim() !== "-1941") fail("the excerpt does not highlight the stated TOTAL (got '" + hit + "')");
  // Errors first.
  const first = await page.locator("#groups section").first().getAttribute("data-rule");
  if (!["row-total-mismatch", "column-total-mismatch", "rag-count-mismatch"].includes(first)) fail("errors are not listed first: " + first);
  // The severity filter hides errors.
  await page.locator('#filters input[value="error"]').uncheck();
  if (await page.locator('section[data-rule="row-total-mismatch"]').count() !== 0) fail("the filter did not hide errors");
  await page.locator('#filters input[value="error"]').check();
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  await download.saveAs(downloadTo);
  // The account of what was checked: a table checked one way only says which way was not.
  const oneWay = path.join(path.dirname(new URL(import.meta.url).pathname), "../data/coverage/one-way.xlsx");
  await page.setInputFiles("#picker", [oneWay]);
  await page.waitForFunction(() => /not checked/.test(document.querySelector("#coverage")?.innerText || ""), null,
                             { timeout: 30000 }).catch(() => {});
  const coverage = await page.locator("#coverage").innerText();
  if (!/Checked: .*one-way\.xlsx.*compared; the total rows were not checked/.test(coverage))
    fail("a table checked one way does not say which way was not:\n" + coverage);
  // A table whose totals agree with no reading of its rows: the account's
  // line is the command line's and the report's, never 'no table with totals'.
  const doubtful = path.join(path.dirname(new URL(import.meta.url).pathname), "../data/account/total-disagrees.csv");
  await page.setInputFiles("#picker", [doubtful]);
  await page.waitForFunction(() => /total-disagrees/.test(document.querySelector("#coverage")?.innerText || ""), null,
                             { timeout: 30000 }).catch(() => {});
  const account = await page.locator("#coverage").innerText();
  if (!account.includes("No total was checked: in total-disagrees!B2:C7, rows read as totals ('Subtotal', 'Total') " +
                        "agree with no reading of the rows above them, so the table's structure is not known; 12 " +
                        "figures on 1 sheet not understood (total-disagrees)") ||
      account.includes("no table with totals was recognised"))
    fail("the page's account of a table whose totals agree with no reading is not the command line's:\n" + account);
  if (outside.length) fail("the page asked for something outside the server: " + outside.join(", "));
  console.log("OK: findings shown, report downloaded to " + downloadTo);
} finally {
  await browser.close();
}
