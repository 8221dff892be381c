// Placeholder until the search work lands: the Pagefind index is built here after `astro build`.
console.log('search index: not built yet');
