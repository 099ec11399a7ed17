/**
 * Markup parity: the vanilla card is a fair floor only while it renders what session-card
 * renders. Compares the two cards' shadow trees (elements, attributes, text) for the same
 * sessions, before and after the lang and zone change, and the stylesheets they adopt.
 */
import {cardMarkup, withBenchPage} from './page-driver.js';
import {CDN_FILE, RERENDER, VANILLA_FILE} from './settings.js';

export function checkParity(harness) {
  return withBenchPage(harness, async (page) => {
    const {first, second, stylesheets} = await cardMarkup(page, harness, {
      cardUrl: `/${CDN_FILE}`,
      vanillaUrl: `/${VANILLA_FILE}`,
      count: 60,
    });
    const differences = [];
    const compare = (pairs, what) =>
      pairs.forEach(([card, vanilla], i) => {
        if (card.text !== vanilla.text) differences.push(`${what} #${i}: text differs`);
        const length = Math.max(card.elements.length, vanilla.elements.length);
        for (let j = 0; j < length; j++) {
          if (card.elements[j] !== vanilla.elements[j]) {
            differences.push(`${what} #${i}: ${card.elements[j] ?? '(none)'}  ≠  ${vanilla.elements[j] ?? '(none)'}`);
            break;
          }
        }
      });
    compare(first, 'first render');
    compare(second, `after lang=${RERENDER.lang} time-zone=${RERENDER.timeZone}`);
    const [cardRules, vanillaRules] = stylesheets;
    if (cardRules.join('\n') !== vanillaRules.join('\n')) {
      differences.push(
        `stylesheet: ${cardRules.length} CSS rules in session-card, ${vanillaRules.length} in the vanilla card`
      );
    }
    const elementsPerCard = first[0][0].elements.length;
    return {sessions: first.length, elementsPerCard, differences};
  });
}
