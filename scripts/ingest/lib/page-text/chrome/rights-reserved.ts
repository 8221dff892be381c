/**
 * "All rights reserved" (or "no copying without permission", as Korean, Japanese and Chinese pages
 * write it) in the languages of most news on the web besides English, whose "all rights reserved"
 * each reader spells out itself: the foot of a page (chrome-rules.ts, block-features.ts), and never an
 * outlet's name (headline/outlet-name.ts).
 */
export const RIGHTS_RESERVED =
  /(?<!\p{L})(?:todos os direitos reservados|todos los derechos reservados|tous (?:les )?droits (?:sont )?réservés|alle rechte vorbehalten|tutti i diritti (?:sono )?riservati|alle rechten voorbehouden|wszelkie prawa zastrzeżone|všechna práva vyhrazena|všetky práva vyhradené|toate drepturile rezervate|minden jog fenntartva|alla rättigheter förbehållna|alle rettigheder forbeholdes|tüm hakları saklıdır|все права защищены|(?:всі|усі) права захищені|hak cipta dilindungi(?: undang-undang)?|جميع الحقوق محفوظة|כל הזכויות שמורות|सर्वाधिकार सुरक्षित|สงวนลิขสิทธิ์)(?!\p{L})|무단\s?전재|無断(?:で)?(?:転載|複製)|版[权權]所有|(?:禁止|严禁|嚴禁)(?:任何)?转载/iu;
/** A line RIGHTS_RESERVED may match has one of these: most lines are not looked at further. */
export const RIGHTS_RESERVED_MAY_MATCH = /direitos|derechos|droits|rechte|diritti|rechten|prawa|práva|drepturile|jog |rättigheter|rettigheder|hakları|права|hak cipta|الحقوق|הזכויות|सर्वाधिकार|ลิขสิทธิ์|무단|無断|版[权權]|转载/i;
