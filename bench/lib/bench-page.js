/**
 * The page every sample runs in. `benchPage` is not called in Node: its source is written
 * into the page, where it defines `window.bench`, which the Node side drives with
 * `page.evaluate`. It may use nothing from outside its own body.
 */

export const BENCH_PAGE_PATH = '/__bench__/page.html';

function benchPage() {
  const host = document.getElementById('host');
  /** Yields to the event loop without setTimeout's 4 ms clamp on nested timers. */
  const nextTask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });

  const WEEK_MS = 7 * 24 * 3_600_000;

  /**
   * `count` sessions made from the seed: own id, title and times (37-minute steps, so some
   * cross midnight), moved by whole weeks to begin at least two days from now. Upcoming, as
   * the sessions a reader meets on a partner's page are: each card shows how soon it starts,
   * offers its calendar, and asks the page's clock to wake it.
   */
  function makeSessions(seed, count) {
    const seedStart = Date.parse(seed.start);
    const weeks = Math.max(0, Math.ceil((Date.now() + 2 * 24 * 3_600_000 - seedStart) / WEEK_MS));
    const start = seedStart + weeks * WEEK_MS;
    const duration = Date.parse(seed.end) - seedStart;
    const offsetText = seed.start.slice(-6);
    const offset =
      (offsetText[0] === '-' ? -1 : 1) * (Number(offsetText.slice(1, 3)) * 60 + Number(offsetText.slice(4, 6)));
    const iso = (ms) => new Date(ms + offset * 60_000).toISOString().slice(0, 19) + offsetText;
    return Array.from({length: count}, (_, i) => {
      const startMs = start + i * 37 * 60_000;
      return {
        ...seed,
        id: `${seed.id}.${i + 1}`,
        title: `${seed.title} (${i + 1})`,
        start: iso(startMs),
        end: iso(startMs + duration),
      };
    });
  }

  /** add-to-calendar-button's attributes for a session: local date and time in the event's zone. */
  function peerAttributes(session) {
    const wall = new Intl.DateTimeFormat('en-CA', {
      timeZone: session.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const local = (ms) => {
      const p = Object.fromEntries(wall.formatToParts(ms).map(({type, value}) => [type, value]));
      return {date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`};
    };
    const start = local(Date.parse(session.start));
    const end = local(Date.parse(session.end));
    return {
      name: session.title,
      startDate: start.date,
      startTime: start.time,
      endDate: end.date,
      endTime: end.time,
      timeZone: session.timeZone,
      options: "'Apple','Google','iCal','Microsoft365','Outlook.com','Yahoo'",
    };
  }

  async function settleLit(elements) {
    do await Promise.all(elements.map((el) => el.updateComplete));
    while (elements.some((el) => el.isUpdatePending));
  }

  /** session-card and the vanilla card take the same inputs: a `session` property, `lang` and `time-zone`. */
  const cardAdapter = (tagName) => ({
    create: (session) => Object.assign(document.createElement(tagName), {session}),
    rendered: settleLit,
    change: (el) => {
      el.setAttribute('lang', RERENDER.lang);
      el.setAttribute('time-zone', RERENDER.timeZone);
    },
    rerendered: settleLit,
  });

  const adapters = {
    card: cardAdapter('session-card'),
    vanilla: cardAdapter('vanilla-session-card'),
    peer: {
      create: (attributes) => {
        const el = document.createElement('add-to-calendar-button');
        for (const name in attributes) el.setAttribute(name, attributes[name]);
        return el;
      },
      rendered: (elements) => Promise.all(elements.map((el) => el.whenInitialized())),
      // The peer has no display zone (its timeZone is the event's): its language alone
      // makes it rebuild everything, as any attribute change does.
      change: (el) => el.setAttribute('language', RERENDER.lang),
      rerendered: async (elements) => {
        while (elements.some((el) => el.updatePending)) await nextTask();
      },
    },
  };

  let RERENDER;
  const state = {};

  /**
   * The page's side of what Node passes to every page: the change to re-render, and the
   * card's CSS for the vanilla card.
   */
  function receive({rerender, cardStylesheet}) {
    RERENDER = rerender;
    // bench/vanilla-card.js adopts this text as its stylesheet: the card's CSS, read from
    // the built card in a page of its own, so that this page never runs the card's code.
    if (cardStylesheet !== undefined) globalThis.SESSION_CARD_STYLESHEET = cardStylesheet;
  }

  window.bench = {
    /** Untimed: fetch the script, make the sessions (and the peer's attributes). */
    async prepare({impl, type, url, count, seed, ...shared}) {
      receive(shared);
      const text = await (await fetch(url)).text();
      state.impl = impl;
      state.type = type;
      state.blobUrl = URL.createObjectURL(new Blob([text], {type: 'text/javascript'}));
      state.sessions = makeSessions(seed, count);
      state.inputs = impl === 'peer' ? state.sessions.map(peerAttributes) : state.sessions;
      return true;
    },

    /** Timed: load (parse, compile, run, define), create, append, await render, force layout. */
    async firstRender() {
      const adapter = adapters[state.impl];
      const t0 = performance.now();
      await new Promise((resolve, reject) => {
        const script = document.createElement('script');
        if (state.type === 'module') script.type = 'module';
        script.src = state.blobUrl;
        script.onload = resolve;
        script.onerror = () => reject(new Error(`cannot load ${state.impl}`));
        document.head.append(script);
      });
      const t1 = performance.now();
      const elements = state.inputs.map(adapter.create);
      const fragment = document.createDocumentFragment();
      fragment.append(...elements);
      host.append(fragment);
      await adapter.rendered(elements);
      void host.offsetHeight;
      const t2 = performance.now();
      state.elements = elements;
      return {define: t1 - t0, render: t2 - t1, total: t2 - t0};
    },

    async rerender() {
      const adapter = adapters[state.impl];
      const t0 = performance.now();
      for (const el of state.elements) adapter.change(el);
      await adapter.rerendered(state.elements);
      void host.offsetHeight;
      return performance.now() - t0;
    },

    /** Untimed: did every card render its own session (and, after a re-render, the new language)? */
    check(afterRerender) {
      const problems = [];
      state.elements.forEach((el, i) => {
        const root = el.shadowRoot;
        if (state.impl === 'peer') {
          const shown = root?.querySelector('.atcb-initialized:not(.atcb-hidden)');
          if (!shown || !root.querySelector('button')) problems.push(`button ${i} not rendered`);
          else if (afterRerender && shown.getAttribute('lang') !== RERENDER.lang)
            problems.push(`button ${i}: language ${shown.getAttribute('lang')}`);
          return;
        }
        const title = root?.querySelector('[part~="title"]')?.textContent.trim();
        if (title !== state.sessions[i].title) problems.push(`card ${i}: title ${JSON.stringify(title?.slice(-20))}`);
        if (afterRerender) {
          const article = root.querySelector('article');
          const zone = root.querySelector('[part~="time-primary"] .zone')?.textContent ?? '';
          if (article?.getAttribute('lang') !== RERENDER.lang || !/\+9/.test(zone))
            problems.push(`card ${i}: lang ${article?.getAttribute('lang')}, zone ${zone}`);
        }
      });
      return problems.slice(0, 3).concat(problems.length > 3 ? [`… ${problems.length} in all`] : []);
    },

    /**
     * The shadow trees and stylesheets of session-card and the vanilla card for the same
     * sessions, for the parity check.
     */
    async markup({cardUrl, vanillaUrl, seed, count, ...shared}) {
      receive(shared);
      await import(cardUrl);
      await import(vanillaUrl);
      const sessions = makeSessions(seed, count);
      const pairs = sessions.map((session) => [adapters.card.create(session), adapters.vanilla.create(session)]);
      host.append(...pairs.flat());
      const all = pairs.flat();
      await settleLit(all);
      // Elements with their attributes, in order, and the text without white space
      // (Lit's templates keep their indentation as text nodes).
      const describe = (el) => {
        const rows = [];
        const walk = (node) => {
          for (const child of node.children) {
            rows.push(
              `<${child.localName} ${[...child.attributes]
                .map((a) => `${a.name}=${a.value}`)
                .sort()
                .join(' ')}>`
            );
            walk(child);
          }
        };
        walk(el.shadowRoot);
        return {elements: rows, text: el.shadowRoot.textContent.replace(/\s+/g, '')};
      };
      const first = pairs.map(([card, vanilla]) => [describe(card), describe(vanilla)]);
      for (const el of all) adapters.card.change(el);
      await settleLit(all);
      const second = pairs.map(([card, vanilla]) => [describe(card), describe(vanilla)]);
      const rulesOf = (el) =>
        el.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
      return {first, second, stylesheets: pairs[0].map(rulesOf)};
    },
  };
}

export const BENCH_PAGE_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bench</title></head>
<body><main id="host"></main><script>(${benchPage})()</script></body>
</html>`;
