import { describe, expect, it } from 'vitest';
import { randomStrings } from '../../../test/random-strings.ts';
import { describesProduct, LABELLED_LIST, LIST_LABEL, namesProductKind } from './cues.ts';

describe('list cues', () => {
  // The expressions before: exponential (LABELLED_LIST) and quadratic (LIST_LABEL) on hostile lines.
  const OLD_LABELLED_LIST =
    /^\s*(?:[-*•▪●◦·]\s*)?[A-Za-z][\w /&+.-]{0,30}:\s*[^,.;:]{1,40}(?:,\s*[^,.;:]{1,40})+\.?\s*$/;
  const OLD_LIST_LABEL =
    /^\s*(?:[-*•▪●◦·]\s*)?(?:key\s+)?(?:skills?|technolog(?:y|ies)|tools?(?:\s+used)?|tech(?:nical)?\s+stack|stack|environment|platforms?|languages?|frameworks?|software|technical skills|competencies|keywords|expertise)\s*(?:used)?\s*[:\-–—]/i;

  it('accept exactly the lines the old expressions accepted', () => {
    const lines = randomStrings(['A', 'a', ':', ',', '.', ';', ' ', '\t', '-', '•'], 50_000, 16, 3).map(
      (s, k) => (k % 2 === 0 ? `A:${s}` : `Tools${s}`),
    );
    expect(lines.filter((l) => LABELLED_LIST.test(l) !== OLD_LABELLED_LIST.test(l))).toEqual([]);
    expect(lines.filter((l) => LIST_LABEL.test(l) !== OLD_LIST_LABEL.test(l))).toEqual([]);
    expect(lines.filter((l) => LABELLED_LIST.test(l)).length).toBeGreaterThan(400);
  });

  it('reject a long list that ends badly without trying every way to split it', () => {
    expect(LABELLED_LIST.test(`Tools: ${'a, '.repeat(130)};`)).toBe(false);
    expect(LIST_LABEL.test(`Stack${' '.repeat(100_000)}*used:`)).toBe(false);
  });
});

describe('product descriptions', () => {
  it.each([
    'This application comprise of following module Inquiry and ',
    'Debtor invoicing software helps small businesses and freelancers keep ',
    'The goal of this application is to ',
    'additionally the application can do the ',
    'Project Description: This software is helps to ',
    'This Project aims to provide a reporting solution for ',
    'Created a full-featured web application to plan and ',
    'Created a progress bar to help users ',
    'Built a dashboard for managers to ',
    'Developed a tool for tracking ',
    'Navnirman Tech Festival is a technical event management application that is used to scheduling and ',
    'Payroll Plus is an application for ',
    'The portal was a web site to ',
    'A reporting module which is used for ',
  ])('reads "%s…" as what a product does', (prefix) => {
    expect(describesProduct(prefix)).toBe(true);
  });

  it.each([
    'Used Jira tool to ',
    'Coordinated with the team to ',
    'Worked on the billing system for ',
    'Managed the service desk for ',
    'Responsible for the application support team and ',
    'Work directly with customer to understand their process and develop the best solution For their requirement, ',
    'Developed software for clients in retail and ',
    'My role is a support engineer for ',
    'Trained the users on the system for ',
    'It is an opportunity to ',
    '',
  ])('reads "%s…" as the person\'s work', (prefix) => {
    expect(describesProduct(prefix)).toBe(false);
  });

  it('takes linear time on long runs', () => {
    const start = performance.now();
    describesProduct(`${'application '.repeat(2000)}x`);
    describesProduct(`this ${'a '.repeat(5000)}`);
    describesProduct(`is a ${'a '.repeat(5000)}`);
    describesProduct(`${'is a '.repeat(3000)}x`);
    namesProductKind('for the '.repeat(3000), 'x', ' a'.repeat(5000));
    namesProductKind('built '.repeat(3000), 'x', `${' word'.repeat(5000)} app`);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('namesProductKind', () => {
  // [the clause before the mention, the mention, the line after it]
  it.each([
    [
      'Lead a team of 5 front end developers building a B2B ',
      'scheduling',
      ' and workforce management web app (React 18)',
    ],
    [
      'Description: Development of ',
      'inventory',
      ' replenishment and order management system for US retail chain.',
    ],
    ['Built a ', 'budget', ' tracking tool in Excel'],
    ['Developed trade reporting and ', 'reconciliation', ' applications in Java and Spring.'],
    [
      'Scrum Master for 2 development teams building a patient ',
      'scheduling',
      ' web application (React, .NET)',
    ],
    ['Built ', 'risk', ' check service used by trading desks'],
    ['Lead a QA team of 6 testers for a cloud ', 'accounting', ' and invoicing platform.'],
    ['Software tester for the internal ', 'inventory', ' and order system.'],
    ['Develop new features in React for the ', 'scheduling', ' system of a chain of 14 clinics.'],
  ])('reads "%s[%s]%s" as the kind of product built', (prefix, matched, after) => {
    expect(namesProductKind(prefix, matched, after)).toBe(true);
  });

  it.each([
    ['Managed the ', 'schedule', ' for the new system'],
    ['Used ', 'project management', ' tools like Jira'],
    ['Developed ', 'project plans', ' with the product team'],
    ['Design ', 'lead for the', ' driver app and the dispatch dashboard'],
    ['Wrote and maintained ', 'standard operating procedures', ' and system documentation.'],
    ['Developed the ', 'risk', ' register and escalated to the steering group'],
    ['Built the contingency plan; ', 'Project Manager', ' Valeo Vision Systems September 2015 to June 2016'],
    ['Trained and developed ', 'Project Coordinators', ' and Service Representatives'],
    ['Maintained the ', 'release', ' calendar for every product'],
    ["Ran the program's ", 'Earned Value Management', ' System (EIA-748 compliant)'],
    ['Managed the ', 'budget', ' for the new system'],
    ['Coordinated the ', 'release', ' of the mobile app'],
    ['Managed the ', 'migration', ' of the billing system to AWS'],
    ['Built the ', 'risk', ' register of the program'],
  ])('reads "%s[%s]%s" as work done', (prefix, matched, after) => {
    expect(namesProductKind(prefix, matched, after)).toBe(false);
  });
});
