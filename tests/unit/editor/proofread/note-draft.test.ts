import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../src/editor/proofread/finding.ts';
import { draftEditorNote } from '../../../../src/editor/proofread/note-draft.ts';

const finding = (kind: string, extra: Partial<Finding>): Finding => ({
  kind,
  level: 'kept',
  line: 1,
  what: kind,
  context: '',
  action: '',
  section: undefined,
  ...extra,
});

describe('draftEditorNote', () => {
  it('writes one aside in the README’s form with the section’s clauses', () => {
    expect(
      draftEditorNote([finding('no-closing-punctuation', { noteClause: '原文“最贴心地解答”一句句末没有标点' })]),
    ).toBe(
      '<aside class="editor-note" aria-label="编者注" data-archive-ignore><p><strong>编者注</strong>：本节照录来源原文，未作改动。原文“最贴心地解答”一句句末没有标点，均按原样保留。</p></aside>',
    );
  });

  it('names one reversed pair as 一处', () => {
    expect(draftEditorNote([finding('reversed-quotes', { subject: '载体', context: '”载体“' })])).toContain(
      '“载体”一处的引号在原文中左右颠倒（写作”载体“）',
    );
  });
});
