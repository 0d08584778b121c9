import QRCode from 'qrcode';

/**
 * The QR code of a check-in page's URL as SVG text, for views/qr-code.tsx: the same size and error
 * correction for every check-in code (a shift's or a training session's), so one printout reads alike.
 */
export function checkInQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: 320 });
}
