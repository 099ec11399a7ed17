/**
 * A CPU profile of the 1,000-card define + first render of session-card, from an
 * unminified esbuild bundle of src/ so that functions keep their names and modules: self
 * time by function and by part of the card.
 */
import {join} from 'node:path';
import {heap, preparePage, withBenchPage} from './page-driver.js';
import {BENCH_PAGE_PATH} from './bench-page.js';
import {root} from './settings.js';

const PROFILE_BUNDLE_PATH = '/__bench__/session-card.profile.js';

/** The unminified bundle the profile reads, in memory: esbuild marks each module's start. */
async function profileBundle() {
  const {build} = await import('esbuild');
  const result = await build({
    entryPoints: [join(root, 'src/session-card.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Which part of the card a line of the unminified bundle belongs to, from esbuild's `// path` module comments. */
function moduleMap(bundle) {
  const starts = [];
  bundle.split('\n').forEach((line, index) => {
    const match = /^\/\/ ((?:node_modules|src)\/\S+)$/.exec(line);
    if (match) starts.push({line: index, module: match[1]});
  });
  return (line) => {
    let found = '(bundle)';
    for (const start of starts) {
      if (start.line > line) break;
      found = start.module;
    }
    return found;
  };
}

function categoryOf(module) {
  if (module.includes('node_modules/luxon')) return 'luxon';
  if (/node_modules\/(lit-html|lit-element|@lit\/reactive-element|lit)\//.test(module))
    return 'lit (templates, updates)';
  if (module.includes('node_modules/@lit/localize')) return '@lit/localize';
  if (module.startsWith('src/time/')) return 'src/time (Intl formatting, zones)';
  if (module.startsWith('src/contract/')) return 'src/contract (reading, validation)';
  if (module.startsWith('src/render/')) return 'src/render (templates, labels)';
  if (module.startsWith('src/i18n/') || module.startsWith('src/generated/')) return 'src/i18n (locale, strings)';
  if (module.startsWith('src/links/')) return 'src/links (URL checks)';
  if (module.startsWith('src/')) return 'src (element)';
  return module;
}

/** The function name and category a profile node's self time is counted under; undefined for idle time. */
function attribute(callFrame, moduleAt) {
  const {functionName, url, lineNumber} = callFrame;
  const name = functionName || '(anonymous)';
  if (url.startsWith('blob:')) {
    const module = moduleAt(lineNumber);
    return {category: categoryOf(module), name: `${name} (${module.replace(/^node_modules\//, '')})`};
  }
  if (url.includes(BENCH_PAGE_PATH)) {
    return {
      category: 'forced style + layout (in the harness frame, with element creation and append)',
      name: `${name} (harness)`,
    };
  }
  if (functionName === '(garbage collector)') return {category: 'garbage collection', name};
  if (functionName === '(program)') return {category: '(program): native work outside JS frames', name};
  if (functionName === '(idle)') return undefined;
  return {category: `native: ${functionName}`, name};
}

export async function cpuProfile(harness, runs) {
  const bundle = await profileBundle();
  harness.routes.set(PROFILE_BUNDLE_PATH, {type: 'text/javascript', body: bundle});
  const moduleAt = moduleMap(bundle);
  const selfByFunction = new Map();
  const selfByCategory = new Map();
  let total = 0;
  for (let run = 0; run < runs; run++) {
    await withBenchPage(harness, async (page, cdp) => {
      await preparePage(page, harness, {impl: 'card', url: PROFILE_BUNDLE_PATH, count: 1000});
      await heap(cdp);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', {interval: 100});
      await cdp.send('Profiler.start');
      await page.evaluate(() => window.bench.firstRender());
      const {profile} = await cdp.send('Profiler.stop');
      // A profile of cards that did not render would profile nothing worth reading.
      const problems = await page.evaluate(() => window.bench.check(false));
      if (problems.length) throw new Error(`cpu profile: the cards did not render: ${problems.join('; ')}`);
      const interval = new Map();
      // Each sample's weight is the time to the next one.
      profile.samples.forEach((id, i) => {
        const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        interval.set(id, (interval.get(id) ?? 0) + delta);
      });
      for (const node of profile.nodes) {
        const ms = interval.get(node.id) ?? 0;
        const counted = ms ? attribute(node.callFrame, moduleAt) : undefined;
        if (!counted) continue;
        total += ms;
        selfByFunction.set(counted.name, (selfByFunction.get(counted.name) ?? 0) + ms);
        selfByCategory.set(counted.category, (selfByCategory.get(counted.category) ?? 0) + ms);
      }
      await cdp.send('Profiler.disable');
    });
  }
  const top = (map, count) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => ({name, ms: ms / runs, share: ms / total}));
  return {runs, totalMs: total / runs, categories: top(selfByCategory, 14), functions: top(selfByFunction, 20)};
}
