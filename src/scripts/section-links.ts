// Progressive enhancement for article pages: copy-link buttons beside every
// heading and paragraph self-link, and a table of contents that marks the
// section being read. Without JavaScript the self-links and TOC still work.

const statusRegion = document.querySelector<HTMLElement>('[data-copy-status]');
let statusTimer: number | undefined;

function announce(message: string): void {
  if (!statusRegion) return;
  statusRegion.classList.add('is-visible');
  statusRegion.textContent = message;
  window.clearTimeout(statusTimer);
  statusTimer = window.setTimeout(() => statusRegion.classList.remove('is-visible'), 4000);
}

/** The shareable address of a fragment: no query string (search highlights), just page and id. */
function absoluteUrlOf(fragmentId: string): string {
  return `${location.origin}${location.pathname}#${fragmentId}`;
}

async function copyLink(button: HTMLButtonElement, fragmentId: string): Promise<void> {
  const url = absoluteUrlOf(fragmentId);
  try {
    // A permission prompt nobody answers would leave the reader without feedback: give up after a moment.
    const refusedAfterWaiting = new Promise<never>((_, reject) =>
      window.setTimeout(() => reject(new Error('timeout')), 1500),
    );
    await Promise.race([navigator.clipboard.writeText(url), refusedAfterWaiting]);
    button.dataset['copied'] = 'true';
    announce(`已复制链接：${url}`);
    window.setTimeout(() => delete button.dataset['copied'], 2000);
  } catch {
    // Clipboard access can be refused (permissions, insecure origin): show the URL so it can be copied by hand.
    announce(`无法自动复制，请手动复制：${url}`);
  }
}

function addCopyButton(selfLink: HTMLAnchorElement): void {
  const fragmentId = decodeURIComponent(selfLink.hash.slice(1));
  const isHeading = selfLink.classList.contains('heading-link');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = isHeading ? 'copy-link copy-link-heading' : 'copy-link copy-link-paragraph';
  const visibleText = '复制链接';
  button.textContent = visibleText;
  const target = selfLink.getAttribute('aria-label')?.replace(/^链接到/, '') ?? fragmentId;
  button.setAttribute('aria-label', `${visibleText}：${target}`);
  button.addEventListener('click', () => void copyLink(button, fragmentId));
  selfLink.after(button);
}

function markSectionBeingRead(): void {
  const tocLinks = new Map<string, HTMLAnchorElement>();
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')) {
    tocLinks.set(link.dataset['tocLink'] ?? '', link);
  }
  const headings = [...tocLinks.keys()]
    .map((id) => document.getElementById(id))
    .filter((heading): heading is HTMLElement => heading !== null);
  if (headings.length === 0) return;
  let currentId: string | undefined;
  const update = (): void => {
    // The section being read is the last one whose heading has passed the top third of the window.
    const threshold = window.innerHeight / 3;
    let reading: string | undefined;
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top <= threshold) reading = heading.id;
    }
    if (reading === currentId) return;
    if (currentId) tocLinks.get(currentId)?.removeAttribute('aria-current');
    if (reading) tocLinks.get(reading)?.setAttribute('aria-current', 'true');
    currentId = reading;
  };
  let scheduled = false;
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      update();
    });
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  window.addEventListener('hashchange', schedule);
  update();
}

for (const selfLink of document.querySelectorAll<HTMLAnchorElement>(
  '.article-body a.heading-link, .article-body a.paragraph-link',
)) {
  addCopyButton(selfLink);
}
markSectionBeingRead();
