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

  it('reads a table with a left date column row by row, the dates on their entry line', () => {
    const items = [
      item('WORK HISTORY', 40, 720),
      item('2021 – Current', 42, 700),
      item('Senior Technical Program Manager, Halcyon Freight Systems', 150, 700),
      item('▸ Coordinated the migration of forty internal services to Kubernetes', 150, 686),
      item('▸ Established a dependency tracking board shared by six teams', 150, 672),
      item('2017 – 2021', 42, 655),
      item('Release Manager, Bramblecote Software', 150, 655),
      item('▸ Owned the fortnightly release train for a payments product', 150, 641),
      item('2014 – 2017', 42, 624),
      item('Backend Developer, Tillandsia Labs', 150, 624),
      item('▸ Built order reconciliation services in Java and PostgreSQL', 150, 610),
      item('EDUCATION', 40, 590),
      item('2010 – 2014', 42, 575),
      item('Bachelor of Science in Computer Engineering, Colorado Mesa University', 150, 575),
    ];
    expect(layoutPage({ width: 612, height: 792, items }).map((l) => l.text)).toEqual([
      'WORK HISTORY',
      '2021 – Current\tSenior Technical Program Manager, Halcyon Freight Systems',
      '▸ Coordinated the migration of forty internal services to Kubernetes',
      '▸ Established a dependency tracking board shared by six teams',
      '2017 – 2021\tRelease Manager, Bramblecote Software',
      '▸ Owned the fortnightly release train for a payments product',
      '2014 – 2017\tBackend Developer, Tillandsia Labs',
      '▸ Built order reconciliation services in Java and PostgreSQL',
      'EDUCATION',
      '2010 – 2014\tBachelor of Science in Computer Engineering, Colorado Mesa University',
    ]);
  });
});
