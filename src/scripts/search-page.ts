interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const searchQuery = new URLSearchParams(location.search).get('q')?.trim() ?? '';

async function run(): Promise<void> {
  if (!status || !list || searchQuery === '') return;
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
  const found = await pagefind.search(searchQuery);
  const items = await Promise.all(found.results.map((result) => result.data()));
  list.replaceChildren(
    ...items.map((item) => {
      const entry = document.createElement('li');
      const link = document.createElement('a');
      link.href = item.url;
      link.textContent = item.meta['title'] ?? item.url;
      entry.append(link);
      return entry;
    }),
  );
  status.textContent = items.length > 0 ? `找到 ${items.length} 篇文章` : '没有找到相关文章';
}

void run();
