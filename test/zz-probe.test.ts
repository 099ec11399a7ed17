describe('probe', () => {
  it('prints', () => {
    const f = new Intl.DateTimeFormat('en-GB', {hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Kolkata'});
    const s = Date.parse('2021-06-01T14:05:00-03:00'), e = Date.parse('2021-06-01T15:35:00-03:00');
    console.log(JSON.stringify([f.format(s), f.format(e), f.resolvedOptions(), f.formatRange(s, e)]));
    const t = new Intl.DateTimeFormat('en-GB', {hour: 'numeric', minute: '2-digit', timeZone: 'Asia/Tokyo'});
    console.log(JSON.stringify([t.format(s), t.format(e), t.formatRange(s, e), t.formatRangeToParts(s,e)]));
    const z = new Intl.DateTimeFormat('en-GB', {hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Madrid'});
    console.log(JSON.stringify([z.format(Date.parse('2021-06-01T22:00:00Z')), z.format(Date.parse('2021-06-02T00:05:00Z')), z.formatRange(Date.parse('2021-06-01T19:30:00Z'), Date.parse('2021-06-01T21:59:00Z'))]));
    console.log(navigator.userAgent);
  });
});
