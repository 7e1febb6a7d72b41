import { describe, it, expect } from 'vitest';
import { isIncomplete, ScriptParser } from '../../../src/shell/bash/parse';

const parser = new ScriptParser();

describe('incomplete input (continuation prompt)', () => {
  it.each([
    'echo "unterminated',
    "echo 'unterminated",
    'echo $(date',
    'echo `date',
    'for i in 1 2; do',
    'for i in 1 2\ndo echo $i',
    'while true; do echo hi',
    'if true; then',
    'if true; then echo a; else',
    'case x in',
    '{ echo a',
    'f() {',
    'kubectl get pods |',
    'true &&',
    'false ||',
    'echo a \\',
    'kubectl apply -f - <<EOF',
    'kubectl apply -f - <<EOF\nkind: Pod',
    "cat <<'EOF' > f.yaml\nspec:\n  x: $HOME",
  ])('%j waits for more', (text) => {
    expect(isIncomplete(text, parser)).toBe(true);
  });

  it.each([
    '',
    'echo hi',
    'echo "a | b"',
    'echo a # trailing comment |',
    'echo a \\\\',
    'kubectl apply -f - <<EOF\nkind: Pod\nEOF',
    'cat <<-EOF\n\tindented\n\tEOF',
    'for i in 1 2; do echo $i; done',
    'echo a;',
    'fi',
    'echo )',
  ])('%j is complete (or a plain syntax error)', (text) => {
    expect(isIncomplete(text, parser)).toBe(false);
  });
});
