// Benchmark: frames per second of the Visits timeline while the editor pans
// (drags) and zooms (wheel), in Debian's Chromium against the built UI and
// the fake Rust side: with N generated stops, or (`--records`) with the whole
// built-in record, every official's stops in their lanes and then every
// visit to the US in the lanes by country. Prints JSON; asserts nothing.
// Run: npm run build && node bench/timeline-fps.mjs [stops | --records]
import { openApp, startBrowser, startServer } from "../tests/browser/harness.mjs";
import { travelRecords, visitRecords } from "./records.mjs";

const records = process.argv[2] === "--records";
const stops = records ? 0 : Number(process.argv[2] ?? 5000);
const setup = records
  ? `Object.assign(window.__fake, ${JSON.stringify({ ...travelRecords(), countryVisits: visitRecords() })});`
  : `window.__fake.generateStops(${stops});`;
const web = await startServer();
const browser = await startBrowser();
const { page, errors, close } = await openApp(browser, web.url, { setup });
await page.locator('nav [data-section="visits"]').click();
const report = records
  ? { official_lanes: await measure(), country_lanes: await page.getByLabel("Lanes").selectOption("country").then(measure) }
  : await measure();
console.log(JSON.stringify({ stops: records ? "the built-in record" : stops, ...report, page_errors: errors }, null, 2));
await close();
await browser.close();
web.server.close();

/** Pans and zooms the timeline as shown, and counts the frames drawn. */
async function measure() {
  await page.locator(".vis-item").first().waitFor({ timeout: 60000 });
  const box = await page.getByTestId("timeline").boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;

  // Out as far as the timeline goes, then in to about two years, so many
  // items are on screen while panning (the same span for every lane kind).
  for (let i = 0; i < 24; i++) await page.mouse.move(x, y), await page.mouse.wheel(0, 120);
  for (let i = 0; i < 12; i++) await page.mouse.move(x, y), await page.mouse.wheel(0, -120);

  await page.evaluate(() => {
    window.__frames = [];
    window.__stopFrames = false;
    const tick = (t) => {
      window.__frames.push(t);
      if (!window.__stopFrames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  for (let round = 0; round < 6; round++) {
    await page.mouse.move(x + 200, y);
    await page.mouse.down();
    await page.mouse.move(x - 200, y, { steps: 30 });
    await page.mouse.up();
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, round % 2 ? 120 : -120);
  }
  const seconds = (Date.now() - started) / 1000;
  const frames = await page.evaluate(() => {
    window.__stopFrames = true;
    return window.__frames;
  });
  const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
  const items = await page.locator(".vis-item").count();
  return {
    items_in_dom: items,
    seconds,
    frames: frames.length,
    fps: frames.length / seconds,
    frame_ms_p50: gaps[Math.floor(gaps.length * 0.5)],
    frame_ms_p95: gaps[Math.floor(gaps.length * 0.95)],
  };
}
