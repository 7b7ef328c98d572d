// Times one step of an agent in the page itself, on the page's own clock (performance.now()): from the event that
// starts it (Enter in the search box, or a click) to the frame after the DOM change that puts the expected content on
// screen. Blazor applies a render batch as DOM changes, so a MutationObserver sees the moment it lands. The address bar
// is part of what is expected, and it can change after the last DOM change (history.replaceState is no mutation), so a
// change of address is watched as well.
(() => {
  for (const method of ['pushState', 'replaceState']) {
    const original = history[method];
    history[method] = function (...args) {
      const result = original.apply(this, args);
      window.dispatchEvent(new Event('loadbench:address'));
      return result;
    };
  }

  const grid = () => document.getElementById('bookings-grid');
  const rows = () => grid()?.querySelectorAll('tbody tr:not(.no-rows)') ?? [];
  // The list says it is busy while a newer page loads.
  const loading = () => grid()?.getAttribute('aria-busy') === 'true';
  const firstRowText = () => (rows()[0]?.textContent ?? '').toLowerCase();
  const firstReference = () => rows()[0]?.querySelector('a.booking-reference')?.textContent.trim() ?? null;

  const shown = {
    // The list answers this search: the URL holds it, nothing is loading, and the first row shows the text or at least
    // is not the one shown before (the database also matches other cases and accents).
    search: ({ text, before }) => new URLSearchParams(location.search).get('q') === text
      && !loading() && rows().length > 0 && (firstRowText().includes(text.toLowerCase()) || firstReference() !== before),
    // Another page of the same search: a different first row, nothing loading.
    page: ({ before }) => !loading() && firstReference() !== null && firstReference() !== before,
    // The booking page with its heading.
    open: ({ reference }) => location.pathname.endsWith('/bookings/' + reference)
      && document.getElementById('booking-reference')?.textContent.trim() === reference,
  };

  // A step not shown by then is reported as failed instead of waiting for ever.
  const giveUpMs = 30000;
  let pending = null;

  window.loadBench = {
    firstReference,
    loading,
    rowCount: () => rows().length,
    arm(step, expected) {
      const startEvent = step === 'search' ? 'keydown' : 'click';
      pending = new Promise((resolve, reject) => {
        let start = null;
        const onStart = event => {
          if (start === null && (step !== 'search' || event.key === 'Enter')) {
            start = event.timeStamp;
          }
        };
        const stopWatching = () => {
          observer.disconnect();
          window.removeEventListener('loadbench:address', check);
          document.removeEventListener(startEvent, onStart, true);
        };
        const check = () => {
          if (start !== null && shown[step](expected)) {
            stopWatching();
            requestAnimationFrame(() => resolve(performance.now() - start));
          }
        };
        document.addEventListener(startEvent, onStart, true);
        const observer = new MutationObserver(check);
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        window.addEventListener('loadbench:address', check);
        setTimeout(() => {
          stopWatching();
          reject(new Error(`${step} ${JSON.stringify(expected)} not shown within ${giveUpMs} ms (${start === null ? 'never started' : 'started'}, ` +
            `url ${location.pathname}${location.search}, ${rows().length} rows, first ${firstReference()}, ` +
            `search box "${document.getElementById('booking-search')?.value}", loading ${loading()})`));
        }, giveUpMs);
      });
    },
    // The milliseconds of the armed step, once it is shown.
    finished: () => pending,
  };
})();
