/**
 * A form inside the article's box: a comment or newsletter form's field labels ("Name", "Email
 * Address", "Required"), a poll's question and its choices ("Yes", "No", "or View Results"), a sign-in
 * box ("Remember Me", "Forgot password?"), a shop's order form. What a `<form>` (or an element with the
 * role "form" or "search") holds is what the reader fills in or picks, in the site's voice, not the
 * story; Readability keeps such a box when it stands in the article's container. Told by the markup
 * alone, so in any language. An old page whose template wraps the whole page in one form (ASP.NET's
 * `<form id="aspnetForm">`) holds the article in it: a box that holds most of the article is the
 * article (fitsLabel), and the form the answer sits in is above the walk.
 * Dev pages, lines inside a form, mostly false / mostly true (html-kept-chrome's reading): utomo 91 / 66
 * (the 66 all on pages whose whole article is in the page's form), aed 7 / 0, fundus 4 / 0, snippets 1 / 9
 * (the 9 a forum page's posts in its page form).
 */
interface Labelled {
  nodeName: string;
  getAttribute?(name: string): string | null;
}

export const FORM_KIND = "a form (its fields' labels, a poll's choices, a sign-in)";

/** Whether the element is a form the reader fills in: a `<form>`, or a box with the role of one. */
export function isFormBox(tag: string, element: Labelled): boolean {
  if (tag === 'FORM') return true;
  const role = element.getAttribute?.('role');
  return role === 'form' || role === 'search';
}
