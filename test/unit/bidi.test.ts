/** balanceIsolates and isolateQuoted: text from the input cannot end the isolate it is put in. */
import {expect} from '@open-wc/testing';
import {balanceIsolates, isolateQuoted} from '../../src/i18n/bidi.js';

const [LRI, RLI, FSI, PDI, RLO, PDF] = ['\u2066', '\u2067', '\u2068', '\u2069', '\u202E', '\u202C'];

describe('balanceIsolates', () => {
  it('returns text without isolate controls as it is, embeddings and overrides included', () => {
    for (const text of ['', 'ILO', 'الابتكار', `${RLO}ILO`, `A${PDF}B`]) expect(balanceIsolates(text)).to.equal(text);
  });

  it('keeps isolates that close, nested or not', () => {
    const text = `a${LRI}b${RLI}c${PDI}d${PDI}e${FSI}f${PDI}`;
    expect(balanceIsolates(text)).to.equal(text);
  });

  it('drops a PDI that closes nothing of the text’s own', () => {
    expect(balanceIsolates(`ILO${PDI}${RLO}x`)).to.equal(`ILO${RLO}x`);
    expect(balanceIsolates(`${PDI}${PDI}a${FSI}b${PDI}${PDI}`)).to.equal(`a${FSI}b${PDI}`);
  });

  it('closes the isolates the text leaves open', () => {
    expect(balanceIsolates(`a${RLI}b${LRI}c`)).to.equal(`a${RLI}b${LRI}c${PDI}${PDI}`);
  });
});

describe('isolateQuoted', () => {
  it('puts a value, balanced, between FSI and PDI', () => {
    expect(isolateQuoted('timeZone')).to.equal(`${FSI}timeZone${PDI}`);
    expect(isolateQuoted(404)).to.equal(`${FSI}404${PDI}`);
    expect(isolateQuoted(`Mars${PDI}${RLO}`)).to.equal(`${FSI}Mars${RLO}${PDI}`);
  });
});
