// Selector and label text as apimachinery prints it (labels.Set.String, LabelSelector String()).
import { describe, expect, it } from 'vitest';
import { formatLabels, formatLabelSelector, layoutContainerCells, selectorString } from '../../../../src/engine/api/printers/labels';

describe('label and selector text', () => {
  it('formats labels sorted as whole k=v strings, <none> when empty', () => {
    expect(formatLabels({ tier: 'db', app: 'web' })).toBe('app=web,tier=db');
    // '-' sorts before '=': Go sorts the joined strings, not the keys.
    expect(formatLabels({ a: 'x', 'a-b': 'y' })).toBe('a-b=y,a=x');
    expect(formatLabels({})).toBe('<none>');
    expect(formatLabels(undefined)).toBe('<none>');
  });

  it('prints selectors with requirements sorted by key and values sorted', () => {
    const sel = {
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'tier', operator: 'In', values: ['fe', 'be'] },
        { key: 'canary', operator: 'DoesNotExist' },
        { key: 'env', operator: 'NotIn', values: ['prod'] },
        { key: 'release', operator: 'Exists' },
      ],
    };
    expect(selectorString(sel)).toBe('app=web,!canary,env notin (prod),release,tier in (be,fe)');
    expect(selectorString({})).toBe('');
    expect(formatLabelSelector({})).toBe('<none>');
    expect(formatLabelSelector(null)).toBe('<none>');
  });

  it('lays out container names and images', () => {
    expect(layoutContainerCells([{ name: 'a', image: 'nginx' }, { name: 'b', image: 'busybox:1.36' }])).toEqual({
      names: 'a,b',
      images: 'nginx,busybox:1.36',
    });
  });
});
