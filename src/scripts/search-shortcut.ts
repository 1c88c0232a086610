// "/" focuses the search box, as on most sites with search; never while typing elsewhere.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
    return;
  }
  const boxes = document.querySelectorAll<HTMLInputElement>('[data-search-input]');
  const box = boxes[boxes.length - 1];
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
