/**
 * "Email" the noun and a mail tool's "inbox" are words of article prose: read as a call to action's
 * imperative "Email…" and a sign-up form's "your inbox", they took lines out of articles
 * (lib/page-text/lines/cta-words.ts). The calls and forms those words were read for
 * stay calls to action.
 */
import { describe, expect, it } from 'vitest';
import { blockFeatures, furnitureFeatures } from '../../scripts/ingest/lib/page-text/lines/block-features.ts';
import { detectLanguage } from '../../scripts/ingest/lib/page-text/language/language.ts';
import { article, PROSE } from './helpers.ts';

function callToAction(line: string): boolean {
  const plain = furnitureFeatures(line).callToAction;
  expect(blockFeatures(line, detectLanguage(line)).callToAction, line).toBe(plain);
  return plain;
}

const PROSE_LINES = [
  // "Email" the noun.
  'Email Marketing — Email marketing enables businesses to send branded, promotional content directly to prospective customers via email. The use of automated newsletters is common in this context.',
  'Email notifications for high-intent events by routing CRM updates to your email tool (simple new lead or stage change alerts).',
  'Email/ SMS/ WhatsApp campaigns',
  'Email marketing, SMS, & WhatsApp that turn messages into sales',
  'Email marketing sigue siendo rentable para las empresas, que envían newsletters semanales a sus clientes.',
  // A mail tool's inbox, or the reader's without a form's verb or field.
  'GMass’s deliverability tools help you get to the inbox',
  'On top of that, GMass has a unique suite of deliverability tools that can really help you get to the inbox.',
  'If you send cold emails, GMass has everything you’re looking for, like inbox rotation (with unlimited sending domains), a great unified inbox, advanced SMTP incorporation, and all the extras like spintax.',
  'CVs in your inbox within 72 hours',
  'Las herramientas de entregabilidad ayudan a que tus correos lleguen al inbox.',
];

const CALLS = [
  'Contact us',
  'Join Us in Seattle for the Cybersecurity Event!',
  'FOLLOW US ON INSTAGRAM',
  'Email us at tips@example.com',
  'Email our newsroom with your tips',
  'Email this story to a friend',
  'Email: newsletter@example.com for our weekly alerts',
  'Get the best stories of the week in your inbox',
  'Get Jane Doe’s stories in your inbox',
  'Thanks for subscribing! Check your inbox',
  'Sign up to get our newsletter delivered straight to your inbox',
  'Recibe las noticias en tu inbox cada mañana.',
  'Recevez notre newsletter dans votre inbox',
  'Stay in the loop! Get updates sent to your email inbox or RSS.',
  'ECO-ACTION IN YOUR INBOX!',
  'Email Newsletters',
  'Email Updates',
  'Email • Twitter',
  'Email jane.doe@example.com // Twitter @janedoe',
  'Email Jane Doe at jdoe@example.com or follow her on Twitter.',
  'Contact US',
  'Follow US',
  'VISIT US (For Meetings & Parcel Delivery)',
  'No spam. Just the latest releases and interesting articles in your inbox every week.',
  'Top articles, case studies, events (and more) in your inbox every month.',
  'Keep an eye on your inbox for the latest sports news.',
  'If you do not wish to see us in your inbox, you can easily unsubscribe using the links in our emails at any time.',
];

describe('the words of a call to action, in prose', () => {
  it('does not read the noun "Email" or a mail tool’s inbox as a call’s', () => {
    for (const line of PROSE_LINES) expect(callToAction(line), line).toBe(false);
  });

  it('still reads the calls and sign-up forms those words were read for', () => {
    for (const line of CALLS) expect(callToAction(line), line).toBe(true);
  });

  it('keeps a sentence about a mail tool’s inbox in the middle of the article', () => {
    const sentence = 'On top of that, the service has a suite of deliverability tools that can really help you get to the inbox.';
    const A2 = 'The first data are expected in 2027, when the instrument starts regular observations of the southern sky and shares them with every partner institute.';
    const A3 = 'Funding for the first phase comes from the member states, which agreed last year to split the cost according to the size of their economies and research budgets.';
    const { body } = article(`Observatory opens its doors to foreign partners\n\nMarch 4, 2024\n\n${PROSE}\n\n${A2}\n\n${sentence}\n\n${A3}\n\n${PROSE.replace('five', 'ten')}`);
    expect(body).toContain(sentence);
    expect(body).toContain(A3);
  });
});
