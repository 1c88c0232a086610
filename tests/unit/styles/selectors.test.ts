import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import postcss, { type ChildNode, type Container } from 'postcss';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../support/build-site.ts';

const sourceRoot = join(projectRoot, 'src');

/** A block of CSS: its file, and whether its rules are global (stylesheets, `<style is:global>`) or scoped to the file. */
interface StyleBlock {
  file: string;
  global: boolean;
  css: string;
}

function styleBlocks(): StyleBlock[] {
  const files = readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' }).map((file) => join(sourceRoot, file));
  return files.flatMap((file): StyleBlock[] => {
    const name = relative(projectRoot, file);
    if (file.endsWith('.css')) return [{ file: name, global: true, css: readFileSync(file, 'utf8') }];
    if (!file.endsWith('.astro')) return [];
    return [...readFileSync(file, 'utf8').matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((match) => ({
      file: name,
      global: /\sis:global\b/.test(match[1] ?? ''),
      css: match[2] ?? '',
    }));
  });
}

/** Every selector of a block, with the at-rules it sits in. */
function selectorsOf(root: Container<ChildNode>, context: string[] = []): { selector: string; context: string }[] {
  const found: { selector: string; context: string }[] = [];
  root.each((node) => {
    if (node.type === 'rule') {
      for (const selector of node.selectors) found.push({ selector, context: context.join(' ') });
    } else if (node.type === 'atrule' && node.name !== 'keyframes' && node.nodes) {
      found.push(...selectorsOf(node, [...context, `@${node.name} ${node.params}`]));
    }
  });
  return found;
}

describe('the stylesheets and component styles', () => {
  it('define no selector twice in the same scope and at-rule (a rule for it lives in one place)', () => {
    const blocks = styleBlocks();
    expect(blocks.length).toBeGreaterThan(10);
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const block of blocks) {
      for (const { selector, context } of selectorsOf(postcss.parse(block.css))) {
        const key = `${block.global ? 'global' : block.file} ${context} ${selector.replace(/\s+/g, ' ')}`;
        const earlier = seen.get(key);
        if (earlier !== undefined) twice.push(`${selector} ${context}: ${earlier} and ${block.file}`);
        else seen.set(key, block.file);
      }
    }
    expect(twice).toEqual([]);
  });
});
