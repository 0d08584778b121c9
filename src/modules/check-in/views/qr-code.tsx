/**
 * A QR code drawn on the server as inline SVG (no script; the CSP allows inline SVG). It is an
 * image with a text alternative; the URL is always printed next to it as well.
 */
export function QrCode(props: { svg: string; label: string }) {
  const label = props.label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const svg = props.svg.replace(/<\?xml[^>]*>/, '').replace('<svg ', `<svg role="img" aria-label="${label}" focusable="false" `);
  return <div class="check-in-qr" dangerouslySetInnerHTML={{ __html: svg }} />;
}
