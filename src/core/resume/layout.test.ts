import { describe, expect, it } from 'vitest';
import { layoutPage, type TextItem } from './layout.ts';

const item = (str: string, x: number, y: number, size = 10): TextItem => ({
  str,
  x,
  y,
  width: str.length * size * 0.5,
  height: size,
});

describe('layoutPage', () => {
  it('reads a sidebar apart from the main column, whatever the stream order', () => {
    const main = [
      'EXPERIENCE',
      'Project Manager',
      'Led the migration',
      'Ran planning',
      'EDUCATION',
      'BSc Leeds',
    ];
    const side = ['SKILLS', 'Jira', 'Scrum', 'Kanban', 'SQL'];
    const items = [
      // Interleaved row by row in the stream, baselines independent.
      ...main.flatMap((t, i) => [
        item(t, 40, 700 - i * 14),
        ...(side[i] ? [item(side[i]!, 400, 702 - i * 17)] : []),
      ]),
    ];
    const lines = layoutPage({ width: 612, height: 792, items });
    expect(lines.map((l) => l.text)).toEqual([...main, ...side]);
    expect(lines.map((l) => l.column)).toEqual([...main.map(() => 1), ...side.map(() => 2)]);
  });

  it('keeps right-aligned dates on their title line in one column', () => {
    const items = [
      item('Project Manager', 40, 700),
      item('Jan 2020 - Present', 460, 700),
      item('Acme Corp', 40, 686),
      item('- Delivered the programme across four teams and three time zones on budget', 50, 672),
      item('Developer', 40, 650),
      item('2015 - 2019', 490, 650),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'Project Manager\tJan 2020 - Present',
      'Acme Corp',
      '- Delivered the programme across four teams and three time zones on budget',
      'Developer\t2015 - 2019',
    ]);
  });

  it('joins the wrapped lines of a paragraph', () => {
    const a = 'Coordinated four delivery teams across two sites and three';
    const items = [
      item(a, 40, 700),
      item('time zones.', 40, 687),
      item(a.replace('Coordinated', 'Reported to'), 40, 660),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      `${a} time zones.`,
      a.replace('Coordinated', 'Reported to'),
    ]);
  });
});
