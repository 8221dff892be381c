/**
 * The words of a paywall box at the top of an article: the question to readers who already pay
 * ("Sie sind bereits Kunde?", "Already a subscriber?", "Déjà abonné ?", "¿Ya eres suscriptor?") and
 * the offer to buy the one article ("Für 0.99 € können Sie diesen Artikel erwerben.", "Buy this
 * article"). A sentence of the article says neither: it does not ask its reader whether they
 * subscribe, nor sell itself. Used by stages/main-text/above/paywall-box-above.ts.
 */

/** "Already a subscriber?" in a few languages: a short question, perhaps with its log-in link run on ("Already subscribed? Log in"). */
export const ALREADY_A_SUBSCRIBER =
  /^¿?(?:sie sind |du bist |vous êtes |you are |are you )?(?:bereits|schon|already|déjà|ya|già|já|al|allerede|redan|już)(?: (?:ein|eine|a|an|un|une|eres|es|sei|é|bent|er|är|jesteś|estás))? ?(?:kunde|kundin|abonnent(?:in)?|abonniert|registriert|mitglied|plus-abonnent|subscriber|subscribed|a member|member|customer|registered|abonné(?:e)?|inscrit(?:e)?|client(?:e)?|suscriptor(?:a)?|suscrito|abbonato|abbonata|cliente|assinante|abonnee|klant|lid|prenumerant|abonnentti|subskrybentem)\s?\?/iu;

/** The offer to buy this one article: "diesen Artikel erwerben / kaufen / freischalten", "buy this article". */
export const BUY_THIS_ARTICLE =
  /diesen (?:artikel|beitrag) (?:erwerben|kaufen|freischalten)|(?:buy|purchase|unlock) this (?:article|story)|acheter cet article|débloquer cet article|comprar este artículo|acquista(?:re)? questo articolo|comprar este artigo|dit artikel kopen/iu;

/** A paywall box's line is short: a question, an offer, a button. */
export const PAYWALL_LINE_WORDS = 14;
export const PAYWALL_BOX_WHY = "a paywall box above the article (the offer to buy it, the question to readers who already pay, its buttons)";
