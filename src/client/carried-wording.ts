// Page scripts never hold their own wording: it rides in the page's markup as JSON in a data-messages
// attribute (so the Traditional edition's converted page carries Traditional wording), and the script
// fills in `{name}` placeholders. One reader and one filler for every script that does this.

/** The wording `element` carries in its data-messages attribute; none if it carries none or it is malformed. */
export function carriedWording(element: HTMLElement | null | undefined): Record<string, unknown> {
  try {
    const carried: unknown = JSON.parse(element?.dataset['messages'] ?? '{}');
    return typeof carried === 'object' && carried !== null ? (carried as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** `template` with its `{name}` placeholders filled from `values` (unknown ones left as written); '' if it is not text. */
export function fillWording(template: unknown, values: Readonly<Record<string, string>> = {}): string {
  return typeof template === 'string'
    ? template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder)
    : '';
}
