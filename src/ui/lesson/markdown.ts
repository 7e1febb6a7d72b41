// Lesson text to HTML: marked 18 (GitHub-flavoured markdown), then DOMPurify 3 before it reaches the DOM.
// Shell code blocks (```bash, sh, shell, console or untagged) get a Run button (it types the commands
// into the terminal, Killercoda's `{{exec}}`) and every block a Copy button; inline
// `` `cmd`{{exec}} `` and `` `text`{{copy}} `` work as on Killercoda. The buttons carry only a
// `data-action`; the command is the text of the code element, read back on click.

import DOMPurify from 'dompurify';
import { Marked, type Tokens } from 'marked';

const RUNNABLE = new Set(['', 'bash', 'sh', 'shell', 'console', 'terminal']);

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const marked = new Marked({ gfm: true, breaks: false });

marked.use({
  renderer: {
    code({ text, lang }: Tokens.Code): string {
      const language = (lang ?? '').trim().split(/\s+/)[0]!.toLowerCase();
      const runnable = RUNNABLE.has(language);
      const cls = language ? ` class="language-${escapeHtml(language)}"` : '';
      const run = runnable
        ? '<button type="button" class="code-run" data-action="run" title="Run in the terminal">▶ Run</button>'
        : '';
      return (
        `<div class="code-block${runnable ? ' runnable' : ''}"><pre><code${cls}>${escapeHtml(text.replace(/\n+$/, ''))}</code></pre>` +
        `<div class="code-actions">${run}<button type="button" class="code-copy" data-action="copy" title="Copy">Copy</button></div></div>\n`
      );
    },
  },
  extensions: [
    {
      name: 'killercodaAction',
      level: 'inline',
      start: (src: string) => {
        const i = src.search(/`[^`\n]+`\{\{(exec|copy)\}\}/);
        return i < 0 ? undefined : i;
      },
      tokenizer(src: string) {
        const m = /^`([^`\n]+)`\{\{(exec|copy)\}\}/.exec(src);
        if (!m) return undefined;
        return { type: 'killercodaAction', raw: m[0], text: m[1]!, action: m[2] === 'exec' ? 'run' : 'copy' };
      },
      renderer(token) {
        const t = token as unknown as { text: string; action: string };
        const title = t.action === 'run' ? 'Click to run in the terminal' : 'Click to copy';
        return `<code class="inline-action ${t.action}" data-action="${t.action}" title="${title}">${escapeHtml(t.text)}</code>`;
      },
    },
  ],
});

/** Markdown to (unsanitised) HTML. */
export function markdownToHtml(md: string): string {
  return marked.parse(md, { async: false });
}

/** Markdown to HTML that is safe to put in the page. */
export function renderMarkdown(md: string): string {
  return DOMPurify.sanitize(markdownToHtml(md));
}

/** The command or text a clicked action element stands for, and what to do with it. */
export function actionFor(target: Element): { action: 'run' | 'copy'; text: string } | undefined {
  const el = target.closest('[data-action]');
  if (!el) return undefined;
  const action = el.getAttribute('data-action');
  if (action !== 'run' && action !== 'copy') return undefined;
  const code = el.tagName === 'CODE' ? el : el.closest('.code-block')?.querySelector('pre code');
  if (!code) return undefined;
  return { action, text: (code.textContent ?? '').replace(/\n+$/, '') };
}
