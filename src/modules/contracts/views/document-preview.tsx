import { usePage } from '../../../ui/page-context.js';
import type { ContractDocument } from '../contract-document.js';

/** A free text as paragraphs, one per line the organization typed (escaped by Preact, never raw HTML). */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .map((line) => (
          <p>{line}</p>
        ))}
    </>
  );
}

/** The contract as it will print; the Köt. 6. § (1) section is marked as fixed by law. */
export function DocumentPreview({ doc, headingId }: { doc: ContractDocument; headingId: string }) {
  const { t } = usePage();
  return (
    <article class="contract-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>{doc.title}</h3>
      <p>{doc.parties}</p>
      <Paragraphs text={doc.intro} />
      <section class="notice" aria-labelledby={`${headingId}-required`}>
        <h4 id={`${headingId}-required`}>{doc.requiredTitle}</h4>
        <p>
          <strong>{t('contracts.template.fixedNote')}</strong>
        </p>
        <ol>
          {doc.required.map((item) => (
            <li>
              <strong>
                {item.label} ({item.section}):
              </strong>{' '}
              {item.text}
            </li>
          ))}
        </ol>
        <p>{doc.term}</p>
        {doc.signingNote && <p>{doc.signingNote}</p>}
      </section>
      <Paragraphs text={doc.duties} />
      <Paragraphs text={doc.closing} />
      <p>{doc.dated}</p>
      <ul>
        {doc.signatures.map((s) => (
          <li>
            {s.role}
            {s.name ? `: ${s.name}` : ''}
          </li>
        ))}
      </ul>
    </article>
  );
}
