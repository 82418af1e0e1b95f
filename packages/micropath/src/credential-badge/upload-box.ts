/** The box where a visitor chooses, drops or pastes a credential to check it (`allow-upload`). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export interface UploadBox {
  /** A credential is shown already: the box offers to check another. */
  showing: boolean;
  /** The pasted text, kept while the visitor corrects it. */
  pasted: string;
  error?: string | undefined;
  onFile(event: Event): void;
  onPasteInput(event: InputEvent): void;
  onPasteSubmit(event: SubmitEvent): void;
}

const ACCEPT = '.png,.svg,.json,.jsonld,.jwt,.txt,image/png,image/svg+xml,application/json';

export function renderUpload(box: UploadBox): TemplateResult {
  const errorId = 'upload-error';
  const describedBy = box.error ? errorId : nothing;
  return html`<form part="upload" class="upload" @submit=${box.onPasteSubmit}>
    <p class="upload-title">
      ${box.showing ? msg('Check another credential') : msg('Check a credential')}
    </p>
    <label class="button file">
      ${msg('Choose a badge file')}
      <input type="file" accept=${ACCEPT} aria-describedby=${describedBy} @change=${box.onFile} />
    </label>
    <span class="muted">${msg('or drop it here, or paste it below.')}</span>
    <label for="pasted">${msg('Credential JSON, signed credential or link')}</label>
    <textarea
      id="pasted"
      rows="3"
      spellcheck="false"
      .value=${box.pasted}
      aria-invalid=${box.error ? 'true' : 'false'}
      aria-describedby=${describedBy}
      @input=${box.onPasteInput}
    ></textarea>
    <button type="submit">${msg('Show credential')}</button>
    ${box.error ? html`<p id=${errorId} class="error" role="alert">${box.error}</p>` : nothing}
  </form>`;
}
