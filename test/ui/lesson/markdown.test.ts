// Lesson markdown: shell blocks get Run and Copy, other blocks Copy only, text is escaped, and
// Killercoda's inline {{exec}} / {{copy}} become clickable code.
import { describe, expect, it } from 'vitest';
import { escapeHtml, markdownToHtml } from '../../../src/ui/lesson/markdown';

const RUN = '<button type="button" class="code-run" data-action="run" title="Run in the terminal">▶ Run</button>';
const COPY = '<button type="button" class="code-copy" data-action="copy" title="Copy">Copy</button>';

describe('markdownToHtml', () => {
  it('renders a bash block with Run and Copy', () => {
    expect(markdownToHtml('```bash\nkubectl get pods -o wide\n```\n')).toBe(
      `<div class="code-block runnable"><pre><code class="language-bash">kubectl get pods -o wide</code></pre><div class="code-actions">${RUN}${COPY}</div></div>\n`,
    );
  });

  it('treats untagged blocks as shell, yaml blocks as copy-only', () => {
    expect(markdownToHtml('```\nls\n```')).toContain(RUN);
    const yaml = markdownToHtml('```yaml\napiVersion: v1\nkind: Pod\n```');
    expect(yaml).not.toContain(RUN);
    expect(yaml).toBe(
      `<div class="code-block"><pre><code class="language-yaml">apiVersion: v1\nkind: Pod</code></pre><div class="code-actions">${COPY}</div></div>\n`,
    );
  });

  it('escapes code', () => {
    expect(markdownToHtml("```bash\necho '<b>' && true\n```")).toContain(
      '<code class="language-bash">echo &#39;&#60;b&#62;&#39; &#38;&#38; true</code>',
    );
    expect(escapeHtml('a"b')).toBe('a&#34;b');
  });

  it('makes `cmd`{{exec}} clickable to run and `text`{{copy}} to copy', () => {
    expect(markdownToHtml('Run `kubectl get nodes`{{exec}} now, or copy `web`{{copy}}.')).toBe(
      '<p>Run <code class="inline-action run" data-action="run" title="Click to run in the terminal">kubectl get nodes</code> now, ' +
        'or copy <code class="inline-action copy" data-action="copy" title="Click to copy">web</code>.</p>\n',
    );
  });

  it('leaves plain inline code alone', () => {
    expect(markdownToHtml('Use `kubectl`.')).toBe('<p>Use <code>kubectl</code>.</p>\n');
  });
});
