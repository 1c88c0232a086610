// The text of the inline script TextSizePreference.astro puts first in <body>: it must run before the
// page's content is laid out, so it cannot be a deferred module. astro.config.ts allows it in the
// Content-Security-Policy by its hash (inline scripts are otherwise refused).
import { createHash } from 'node:crypto';
import { textSizes } from '../site.ts';

const scales = JSON.stringify(Object.fromEntries(textSizes.choices.map((choice) => [choice.id, choice.scale])));

/** Applies a text size the reader chose earlier (localStorage), before the content is laid out. */
export const textSizeScript =
  `try{var s=${scales},c=localStorage.getItem(${JSON.stringify(textSizes.storageKey)});` +
  `if(c&&Object.hasOwn(s,c)){document.documentElement.style.fontSize=s[c]*100+"%";` +
  `document.documentElement.dataset.textSize=c}}catch(e){}`;

/** The CSP source that allows exactly that script. */
export const textSizeScriptHash = `sha256-${createHash('sha256').update(textSizeScript).digest('base64')}` as const;
