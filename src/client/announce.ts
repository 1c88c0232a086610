// Messages of page scripts ("已复制链接…"), shown for a moment and read out by screen readers, through the
// one status region every page has (src/components/StatusMessage.astro).

/** How long a message stays on screen. */
const MESSAGE_MS = 4000;
let hideTimer: number | undefined;

/** Shows `message` in the page's status region and has screen readers announce it. */
export function announce(message: string): void {
  const region = document.querySelector<HTMLElement>('[data-status-message]');
  if (!region) return;
  region.textContent = message;
  region.classList.add('is-visible');
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => region.classList.remove('is-visible'), MESSAGE_MS);
}
