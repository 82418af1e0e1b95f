/**
 * Names, titles and addresses inside translated sentences ("Signed by {0}, with the issuer’s
 * published key") keep their own direction. A Latin issuer in an Arabic sentence, or an Arabic
 * title in an English one, would otherwise take the sentence's direction, and the punctuation
 * and numbers around it would jump to the wrong side. Each string value of a `str` message is
 * wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (Unicode's recommendation for text
 * of unknown direction inserted into a sentence) when it holds a letter written the other way
 * from the UI language: values of the sentence's own direction, and numbers, stay as they are.
 */
const rtlScripts =
  '\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Syriac}\\p{Script=Thaana}\\p{Script=Nko}\\p{Script=Adlam}';
const rightToLeftLetter = new RegExp(`[${rtlScripts}]`, 'u');
const leftToRightLetter = new RegExp(`(?![${rtlScripts}])\\p{L}`, 'u');

/** `text` isolated from a sentence written right to left (`rtl`) or left to right, if it needs it. */
export function isolate(text: string, rtl: boolean): string {
  return (rtl ? leftToRightLetter : rightToLeftLetter).test(text) ? `\u2068${text}\u2069` : text;
}
