import { describe, expect, it } from 'vitest';
import { composeAccents } from './accents.ts';

describe('composeAccents: a TeX accent and its letter are one letter again', () => {
  it('puts an accent set before its letter on it, the dotless i too', () => {
    expect(composeAccents('Componentes Ebro Automoci´on S.L.')).toBe('Componentes Ebro Automoción S.L.');
    expect(composeAccents('Ingenier´ıa Industrial')).toBe('Ingeniería Industrial');
    expect(composeAccents('Civilingenj¨or, M¨unchen')).toBe('Civilingenjör, München');
    expect(composeAccents('Cr`eme brˆul´ee, S˜ao Paulo, Dvoˇr´ak')).toBe('Crème brûlée, São Paulo, Dvořák');
    expect(composeAccents('´Elodie Wi´sniewska')).toBe('Élodie Wiśniewska');
  });

  it('puts a cedilla or an ogonek on the letter after it, else on the one before', () => {
    expect(composeAccents('Fran¸cois Gon¸calves, Ł´od´z, ˛')).toBe('François Gonçalves, Łódź, ˛');
    expect(composeAccents('C¸ a˘gda¸s, zaj˛ecia, C¸ELIK')).toBe('Ç ağdaş, zajęcia, ÇELIK');
    expect(composeAccents('¸x ¸')).toBe('¸x ¸');
  });

  it('leaves an accent used as an apostrophe, and one Unicode has no letter for', () => {
    expect(composeAccents('don´t, Sander´s team, we´ll, it´s, O´Brien, Mar´21')).toBe(
      'don´t, Sander´s team, we´ll, it´s, O´Brien, Mar´21',
    );
    expect(composeAccents('a ` b, `npm`, x´')).toBe('a ` b, `npm`, x´');
  });

  it('returns text without accents as it is', () => {
    const text = 'Led the migration of 62 services';
    expect(composeAccents(text)).toBe(text);
  });
});
