// The attributes by which the built pages mark what the search reads. The project's own extraction
// (../build/extract.ts) takes an article's text from the element marked SEARCH_BODY_ATTRIBUTE and leaves out
// what is marked SEARCH_IGNORE_ATTRIBUTE inside it (navigation, self-links, editor's notes); the article
// page's highlighting (../client/highlight-page.ts) skips those too. Pagefind never reads the pages (it is
// given the extracted documents), so the names are the archive's own, not Pagefind's.

/** Attribute of the element whose text is an article's search text (the article page's `<article>`). */
export const SEARCH_BODY_ATTRIBUTE = 'data-archive-body';

/** Attribute of an element, inside the body, whose text is not the article's and is not searched. */
export const SEARCH_IGNORE_ATTRIBUTE = 'data-archive-ignore';

// The spreadable forms below give the attributes an empty value: Astro writes `true` as ="true".

/** Attributes to spread on an element of the markup (`{...NOT_SEARCHED}`) to leave its text out of the search. */
export const NOT_SEARCHED: Readonly<Record<string, ''>> = { [SEARCH_IGNORE_ATTRIBUTE]: '' };

/** Attributes to spread on the article page's `<article>` (`{...SEARCH_BODY}`): its text is what is searched. */
export const SEARCH_BODY: Readonly<Record<string, ''>> = { [SEARCH_BODY_ATTRIBUTE]: '' };
