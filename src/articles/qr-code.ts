import QRCode from 'qrcode';
import { articleQrCode } from '../i18n/wording.ts';

/** An inline SVG QR code of `url`, drawn in currentColor so it follows the colour scheme. */
export async function qrCodeSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    // One fixed mask instead of scoring all eight: any mask is a valid code, and scoring tripled the cost of
    // the two codes (both editions) every article page draws.
    maskPattern: 0,
    margin: 2,
    color: { dark: '#000000ff', light: '#ffffffff' },
  });
  // A QR code needs a light quiet zone to scan, so it keeps black on white even in dark mode.
  return svg.replace('<svg ', `<svg role="img" aria-label="${articleQrCode.imageLabel}" focusable="false" `);
}
