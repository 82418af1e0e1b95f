/**
 * A checkbox's state, right on a server and live in the browser:
 * `<input type="checkbox" ?checked=${on} ${checked(on)}>`. Lit's server renders a
 * `.checked=${false}` binding as the attribute `checked="false"`, which HTML reads as checked,
 * so a server-rendered filter showed "Paid only" ticked until the script ran. The boolean
 * attribute gives the server's HTML; this directive sets the property in the browser, which a
 * visitor's click has made independent of the attribute.
 */
import { noChange, nothing } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

class Checked extends Directive {
  render(_on: boolean) {
    return nothing;
  }

  override update(part: ElementPart, [on]: [boolean]) {
    (part.element as HTMLInputElement).checked = on;
    return noChange;
  }
}

export const checked = directive(Checked);
