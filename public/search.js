// Site search on /search, which imports this file only when the address has a query
// (searchLoaderScript in lib/pages/inline-code.mjs). Reads ?q=, asks Pagefind's index of the article
// bodies (built into /pagefind/ at build) and lists the matching pages. Without JavaScript the form
// still submits and the page's A to Z list stands in for results.
const query = (new URLSearchParams(location.search).get('q') ?? '').trim();
const input = document.getElementById('search-query');
const section = document.querySelector('.search-results');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');

/** One result: the page title as a link, then Pagefind's excerpt with the matched words marked. */
function resultItem(data) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title;
  link.className = 'text-xl font-semibold underline';
  const excerpt = document.createElement('p');
  // Pagefind escapes the page text and adds only <mark> elements around the matched words.
  excerpt.innerHTML = data.excerpt;
  item.append(link, excerpt);
  return item;
}

if (query && input && section && status && list) {
  input.value = query;
  section.hidden = false;
  status.textContent = 'Searching…';
  try {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ excerptLength: 24 });
    const search = await pagefind.search(query);
    const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
    list.replaceChildren(...results.map(resultItem));
    const count = results.length === 1 ? '1 page matches' : `${results.length} pages match`;
    status.textContent =
      results.length === 0
        ? `No pages match “${query}”. Try another word, or use the A to Z list below.`
        : `${count} “${query}”.`;
  } catch {
    status.textContent = 'Search is not working right now. Please use the A to Z list below.';
  }
}
