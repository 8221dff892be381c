/**
 * HTML seeds: the site's sign-in or registration box ("public-login", "login-form", "register-success",
 * "sign-in", "logIn"), left in the page until a reader asks for it, which Readability keeps when it stands
 * inside the article's container: its lines ("Forgot your password?", "Passwort vergessen?", "We've sent
 * you an email") leave the body, reported. The words apart ("sign-up" aside, "live-log", "design-in")
 * take nothing away, and a box so named that holds the article is the article.
 */
import { describe, expect, it } from 'vitest';
import { article } from './helpers.ts';

const P = [
  'The Kestrel Valley council voted on Monday to turn the old rail yard into a park, ending a dispute over the land that had lasted nearly a decade.',
  'Under the plan, the tracks will be lifted next summer and the sheds kept as a market hall, with the first trees planted along the river in autumn.',
  'Residents who had asked for housing on the site said they would accept the decision, as long as the council keeps its promise of homes elsewhere.',
  'The park will be paid for from the sale of two smaller plots in the town centre, which developers have already offered to buy at the asking price.',
];

const page = (after: string, lang = 'en') => `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">
<title>Rail yard to become a park</title></head><body>
<article class="post"><h1>Rail yard to become a park</h1>
<div class="entry-content">${P.map((p) => `<p>${p}</p>`).join('\n')}
${after}</div></article></body></html>`;

const sentEmail = 'We have sent you an email with instructions on how to reset your password, please follow them within two days.';

describe('the sign-in or registration box', () => {
  for (const [box, line] of [
    [
      `<section class="public-login"><h2>Sign In</h2><p>Forgot your password?</p><section class="register-success"><p>${sentEmail}</p></section><p>Your username will appear next to your comments.</p></section>`,
      'We have sent you an email',
    ],
    [`<div id="login-body"><h2>Need to register for a new account?</h2><p>If you do not have an account yet it is free and easy, and it takes a minute.</p></div>`, 'If you do not have an account yet'],
    [`<div class="modal sign-in-dialog"><p>Passwort vergessen? Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort wählen können.</p></div>`, 'Passwort vergessen?'],
    [`<form class="logIn"><p>Mot de passe oublié ? Nous vous envoyons un lien pour en choisir un nouveau dans votre boîte de réception.</p></form>`, 'Mot de passe oublié'],
    [`<div class="registration"><p>Regístrate gratis para comentar las noticias y recibir nuestro boletín cada mañana en tu correo.</p></div>`, 'Regístrate gratis'],
  ] as const) {
    it(`leaves out ${box.slice(0, 50)}…, and reports it`, () => {
      const { body, report } = article(page(box), 'page.html');
      for (const p of P) expect(body).toContain(p);
      expect(body).not.toContain(line);
      expect(report.entries.some((e) => e.rule === 'furniture' && e.text?.includes(line) && e.detail?.includes('a sign-in box'))).toBe(true);
    });
  }

  it('keeps boxes whose names hold "sign" or "log" apart from "in"', () => {
    const NOTE = 'The council will publish the plans for the park in the library and online, and residents can comment on them until the end of March.';
    const boxes = `<div class="live-log"><p>${NOTE}</p></div><div class="design-intro"><p>The design team will visit the yard again in spring to measure the sheds.</p></div>`;
    const { body, report } = article(page(boxes), 'page.html');
    expect(body).toContain('residents can comment on them');
    expect(body).toContain('measure the sheds');
    expect(report.entries.filter((e) => e.rule === 'furniture')).toEqual([]);
  });

  it('keeps the article when the box so named holds it', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Rail yard to become a park</title></head><body>
<div class="page register-page"><article class="post"><h1>Rail yard to become a park</h1>
<div class="entry-content">${P.map((p) => `<p>${p}</p>`).join('\n')}</div></article></div></body></html>`;
    const { body } = article(html, 'page.html');
    for (const p of P) expect(body).toContain(p);
  });
});
